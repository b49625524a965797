"""Matching form of Arabic and English text, with a map back to the original offsets.

News prints the same word many ways (diacritics, tatweel, hamza seats, ى/ي, ة/ه,
Arabic-Indic digits). Lexicons are matched against one folded form; every folded
character remembers where it came from, so evidence spans always point into the
article as published.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Sequence

# harakat, Quranic marks, superscript alef and tatweel: dropped for matching. Module constants are Final:
# compiled, they are C statics rather than a look-up in the module's globals at every use
_DROP: Final = (set(chr(c) for c in range(0x0610, 0x061B)) | set(chr(c) for c in range(0x064B, 0x0660))
                | {"\u0670", "\u0640"} | set(chr(c) for c in range(0x06D6, 0x06EE)) | {"\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"})

_FOLD: Final = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "–": "-", "—": "-", "‐": "-", "−": "-", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "‘": "'",
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Eastern (Persian) digits


def fold_char(ch: str) -> str:
    """One character's matching form ('' when it is dropped; two letters for a lam-alef ligature)."""
    if ch in _DROP:
        return ""
    mapped = _FOLD.get(ch, ch)
    if "\ufb50" <= mapped <= "\ufeff":  # Arabic presentation forms (ﻣ, ﻮ...): their letter, when it is one letter
        compat = unicodedata.normalize("NFKC", mapped)
        if len(compat) == 1:
            mapped = _FOLD.get(compat, compat)
        elif len(compat) == 2 and compat[0] == "ل":  # the lam-alef ligatures (ﻻ, ﻷ): two letters
            return "ل" + _FOLD.get(compat[1], compat[1])
    lowered = mapped.casefold()
    return lowered if len(lowered) == 1 else mapped  # keep the map one-to-one (ß, ﬁ...)


_FOLDED: Final[dict[str, str]] = {}


def fold(text: str) -> str:
    """Matching form of a lexicon entry or a short string (no offsets kept); kept per string in a
    plain dict bounded at 65,536 (compiled, cheaper to reach than an lru_cache)."""
    known = _FOLDED.get(text)
    if known is None:
        if len(_FOLDED) >= 65_536:
            _FOLDED.clear()
        normal = unicodedata.normalize("NFC", text)
        known = _FOLDED[text] = " ".join("".join(fold_char(c) for c in normal).split())
    return known


@dataclass(init=False)
class Folded:
    """`text` is the matching form; `origin[i]` is the index in the original of `text[i]` (a range
    when nothing was dropped or widened, as in most texts: no list of offsets to build then).
    Never changed once made; `__init__` is written out so that mypyc compiles it (see actors.Mention)."""

    original: str
    text: str
    origin: Sequence[int]
    identity: bool  # every character kept its place: text[i] comes from original[i], and no mark was dropped

    def __init__(self, original: str, text: str, origin: Sequence[int]) -> None:
        self.original, self.text, self.origin = original, text, origin
        self.identity = isinstance(origin, range) and len(origin) == len(original) == len(text) and origin.start == 0 and origin.step == 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering folded [start, end), with the marks that trail its last letter ("غداً", "هـ")."""
        if self.identity:  # most texts: no offset to look up (a generic item read of a range, compiled), no mark to pass
            if start >= end:
                o = min(start, len(self.original))
                return o, o
            return start, end
        if start >= end:
            o = self.origin[start] if start < len(self.origin) else len(self.original)
            return o, o
        stop = self.origin[end - 1] + 1
        limit = self.origin[end] if end < len(self.origin) else len(self.original)
        while stop < limit and self.original[stop] in _DROP and not self.original[stop].isspace():
            stop += 1
        return self.origin[start], stop


class _CharTable(dict):
    """str.translate table filled on demand with `fold_char` (one char in, one char out, or two for ﻻ)."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = fold_char(chr(code))
        return folded


_TABLE: Final = _CharTable()
_KEPT_RUN: Final = re.compile("[^" + "".join(sorted(_DROP)) + "]+")
_DROPPED_RUN: Final = re.compile("[" + "".join(sorted(_DROP)) + "]+")


_CHUNK_CACHE_SIZE: Final = 65_536  # space-separated chunks whose folded form and words are kept (news reuses its words)


class _Chunk:
    """A space-separated chunk of original text: its folded form, whether every character kept its
    place (nothing dropped, nothing widened), its words with their offsets in the folded form, and
    the runs of marks folding drops from it ([start, end) in the chunk)."""

    __slots__ = ("folded", "aligned", "words", "dropped")

    def __init__(self, folded: str, aligned: bool, words: tuple[tuple[str, int, int], ...], dropped: tuple[tuple[int, int], ...]) -> None:
        self.folded = folded
        self.aligned = aligned
        self.words = words
        self.dropped = dropped


_CHUNKS_SEEN: Final[dict[str, _Chunk]] = {}
_CHUNK_WORDS: Final[dict[str, tuple[tuple[str, int, int], ...]]] = {}


def _chunk(original: str) -> _Chunk:
    """A chunk worked out once and kept: news reuses its words, so a known one costs one look-up rather
    than a `str.translate` step per character and a regex scan."""
    known = _CHUNKS_SEEN.get(original)
    if known is None:
        if len(_CHUNKS_SEEN) >= _CHUNK_CACHE_SIZE:
            _CHUNKS_SEEN.clear()
        folded = original.translate(_TABLE)
        aligned = len(folded) == len(original) and (not original or _KEPT_RUN.fullmatch(original) is not None)
        words = _CHUNK_WORDS.get(folded)
        dropped = () if aligned else tuple(m.span() for m in _DROPPED_RUN.finditer(original))
        known = _CHUNKS_SEEN[original] = _Chunk(folded, aligned, _chunk_words(folded) if words is None else words, dropped)
    return known


def fold_and_tokenize(original: str) -> tuple[Folded, list[Token]]:
    """`fold_with_offsets` and `tokenize` of its text in one pass over the text's chunks: the table
    maps a space to itself and no word spans one, so the folded chunks join back to the folded
    text and each chunk's words sit at its offset there."""
    out: list[str] = []
    tokens: list[Token] = []
    aligned = True
    cuts: list[tuple[int, int]] = []  # the runs of dropped marks, as offsets into the original
    pos = at = 0
    for piece in original.split(" "):
        c = _chunk(piece)
        out.append(c.folded)
        if not c.aligned:
            aligned = False
            cuts.extend((at + s, at + e) for s, e in c.dropped)
        for w, s, e in c.words:
            tokens.append(Token(w, pos + s, pos + e, len(tokens)))
        pos += len(c.folded) + 1
        at += len(piece) + 1
    return _with_offsets(original, " ".join(out), None if aligned else cuts), tokens


def fold_with_offsets(original: str) -> Folded:
    """Fold the text: every kept character maps to one character (a lam-alef ligature to two, both
    pointing at it), dropped marks to none. The extractor takes the tokens from the same pass."""
    return fold_and_tokenize(original)[0]


def _with_offsets(original: str, text: str, cuts: list[tuple[int, int]] | None) -> Folded:
    """When no character was dropped or widened (`cuts` None), `text[i]` comes from `original[i]`;
    otherwise the offsets are all those of the original less the runs of dropped marks its chunks
    found (a text has few: cutting them out is cheaper than a scan of the whole text), or, when a
    ligature widened the text, worked out character by character."""
    if cuts is None:
        return Folded(original, text, range(len(text)))
    origin = list(range(len(original)))
    for start, end in reversed(cuts):
        del origin[start:end]
    if len(origin) != len(text):
        origin = [k for k, ch in enumerate(original) for _ in _TABLE[ord(ch)]]
    return Folded(original, text, origin)


_WORD: Final = re.compile(r"[\w]+(?:-[\w]+)*", re.UNICODE)  # "Uruguay's" is two words; "الروسية-الهندية" one


class Token:
    """A word of folded text. A plain class rather than a NamedTuple: compiled, it is a C struct,
    made and read without the generic attribute look-up a tuple's fields take, and every rule
    reads tokens."""

    __slots__ = ("text", "start", "end", "index")

    def __init__(self, text: str, start: int, end: int, index: int) -> None:
        self.text = text  # folded form
        self.start = start  # offsets into the folded text
        self.end = end
        self.index = index

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.index})"


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of folded text; hyphenated compounds ("الروسية-الهندية") stay one token.

    No word spans a space, so the text is read one space-separated chunk at a time, and a chunk
    seen before gives its words and their offsets from a cache instead of a regex scan."""
    start, end, _ = slice(start, end).indices(len(folded))  # slice semantics
    text = folded if start == 0 and end == len(folded) else folded[start:end]
    cache = _CHUNK_WORDS
    tokens: list[Token] = []
    pos = start
    for chunk in text.split(" "):
        words = cache.get(chunk)
        if words is None:
            words = _chunk_words(chunk)
        for w, s, e in words:
            tokens.append(Token(w, pos + s, pos + e, len(tokens)))
        pos += len(chunk) + 1
    return tokens


def _chunk_words(chunk: str) -> tuple[tuple[str, int, int], ...]:
    """The words of one chunk with their offsets in it: `findall` makes no match objects, and a word
    is where it is next found, since only non-word characters lie between one word and the next."""
    if len(_CHUNK_WORDS) >= _CHUNK_CACHE_SIZE:
        _CHUNK_WORDS.clear()
    found: list[tuple[str, int, int]] = []
    pos = 0
    for w in _WORD.findall(chunk):
        pos = chunk.find(w, pos)
        found.append((w, pos, pos + len(w)))
        pos += len(w)
    words = _CHUNK_WORDS[chunk] = tuple(found)
    return words


def ends_in_ta_marbuta(folded: Folded, tok: Token) -> bool:
    """Does the token end in ta marbuta as printed ("إصابة", "المحافظة")? Folded to ه it reads like a noun or verb with a
    pronoun ("أصابه", المحافظ + ه)."""
    return tok.text.endswith("ه") and folded.original[folded.origin[tok.end - 1]] == "ة"


def one_space(text: str, a: int, b: int) -> bool:
    """Is text[a:b] one space? Most words are one space apart: asked first, that needs no gap string cut and searched."""
    return b - a == 1 and text[a] == " "


def is_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum("\u0600" <= c <= "\u06ff" for c in letters) * 2 > len(letters)
