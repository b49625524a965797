"""Load the extractor's data files into phrase tries over folded tokens.

The data (countries, offices, actors, groups, triggers, cues, dates) lives in `data/`
so a user extends the extractor by editing YAML/TSV; this module only turns it into
lookup structures, once per process.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Final, Iterable

import pycountry
import yaml
from babel import Locale

from .normalize import Token, fold

DATA_DIR = Path(__file__).with_name("data")

# proclitics that attach to the next word; "لل" is ل + ال with the alef dropped
_CONJ: Final = ("و", "ف")
_PREP: Final = ("ب", "ل", "ك")


# Word caches are bounded well below a large corpus's vocabulary: filled, 262,144 readings
# held about 100 MiB, which a long run paid on top of one batch (bench/memory.py); news
# repeats its frequent words, so the most recent 32,768 keep nearly every hit.
WORD_CACHE: Final = 32_768


_VARIANTS: Final[dict[tuple[str, bool], tuple[tuple[str, str], ...]]] = {}


def clitic_variants(word: str, prepositions: bool = True) -> tuple[tuple[str, str], ...]:
    """(stripped word, stripped prefix) readings of a folded token, longest word first; kept per word
    in a plain dict bounded at WORD_CACHE (compiled, cheaper to reach than an lru_cache)."""
    key = (word, prepositions)
    known = _VARIANTS.get(key)
    if known is None:
        if len(_VARIANTS) >= WORD_CACHE:
            _VARIANTS.clear()
        known = _VARIANTS[key] = _variants(word, prepositions)
    return known


def _variants(word: str, prepositions: bool) -> tuple[tuple[str, str], ...]:
    out = [(word, "")]
    for c in _CONJ:
        if word.startswith(c) and len(word) > 2:
            out.append((word[1:], c))
    if not prepositions:
        return tuple(out)
    for base, pre in list(out):
        if base.startswith("لل") and len(base) > 3:  # ل + ال with the alef elided
            out.append(("ال" + base[2:], pre + "ل"))  # للدفاع = ل + الدفاع
            out.append(("الل" + base[2:], pre + "لل"))  # للجنة = ل + اللجنة
        for p in _PREP:
            if base.startswith(p) and len(base) > 2:
                out.append((base[1:], pre + p))
    return tuple(out)


@dataclass(frozen=True)
class Entry:
    """One reading of a phrase: what kind of thing it names and its attributes."""

    kind: str  # country | capital | nisba | actor | group | office | honorific | trigger | cue | ...
    value: str  # canonical (country code, office, event type, cue class...)
    attrs: tuple[tuple[str, Any], ...] = ()
    # `attrs` as a dict, built once: the extractor asks entries for attributes hundreds of times per article
    by_name: dict[str, Any] = field(init=False, repr=False, compare=False, hash=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", dict(self.attrs))

    def get(self, key: str, default: Any = None) -> Any:
        """An attribute by name; a method, so that compiled callers reach it by a native call rather than
        through a stored bound method of a dict."""
        return self.by_name.get(key, default)


_UNKNOWN: Final = object()  # a position not looked up yet (None is a looked-up miss); Final: a C static when compiled, not a globals look-up


def _match_order(m: tuple[int, str, list[Entry]]) -> tuple[int, int]:
    """Longest phrase first; then the fewest clitics, except that "لل" reads as ل + ال."""
    return -m[0], 0 if m[1].endswith("لل") else len(m[1])


@dataclass
class Trie:
    """Phrase trie keyed by folded tokens; the first token may carry proclitics."""

    root: dict = field(default_factory=dict)
    prepositions: bool = True  # may the first word carry ب/ل/ك? (not for function words: "كما" is not ك + ما)
    depth: int = 0  # longest phrase, in words
    # word -> the (node, stripped prefix) its readings reach from the root, () when it opens nothing (most
    # words); news repeats its words across articles
    _heads: dict[str, tuple[tuple[dict, str], ...]] = field(default_factory=dict)
    _tokens: list | None = None  # the article the per-position cache `_best` belongs to
    _best: list = field(default_factory=list)  # per token position: its answer, or _UNKNOWN (a list: compiled, read by a native index)
    _END = "\0"
    _HEADS_LIMIT = 50_000  # bounded: memory must not grow with the input

    def add(self, phrase: str, entry: Entry) -> None:
        words = fold(phrase).split()
        if not words:
            return
        self._heads.clear()
        self._tokens = None
        self.depth = max(self.depth, len(words))
        node = self.root
        for w in words:
            node = node.setdefault(w, {})
        node.setdefault(self._END, [])
        if entry not in node[self._END]:
            node[self._END].append(entry)

    def longest(self, tokens: list[Token], i: int) -> tuple[int, str, list[Entry]] | None:
        """The best match starting at token i, (end token index exclusive, prefix stripped, entries):
        the longest phrase, then the fewest clitics. Kept per position: callers ask the same one many times."""
        if tokens is not self._tokens:
            self._begin(tokens)
        if i >= len(tokens):
            return None
        if i < 0:
            found = self._walk(tokens, i)  # a position counted from the end: asked rarely, not kept
            return found[0] if found else None
        best = self._best[i]
        if best is _UNKNOWN:
            heads = self._heads.get(tokens[i].text)
            if heads is not None and not heads:
                return None  # a word known to open nothing: the common case, answered without a walk
            found = self._walk(tokens, i, heads)
            best = self._best[i] = found[0] if found else None
        return best

    def longest_in(self, words: list[str], i: int) -> tuple[int, str, list[Entry]] | None:
        """`longest` over a few loose words (a name being learned), leaving the article's caches alone."""
        if i >= len(words):
            return None
        found = self._walk([Token(w, 0, 0, n) for n, w in enumerate(words)], i)
        return found[0] if found else None

    def opens(self, word: str) -> bool:
        """Can any reading of this word open a phrase? Most words cannot, and callers skip them cheaply."""
        return bool(self._heads_of(word))

    def _begin(self, tokens: list[Token]) -> None:
        """A new article: per-position answers start afresh."""
        self._tokens, self._best = tokens, [_UNKNOWN] * len(tokens)

    def _heads_of(self, word: str) -> tuple[tuple[dict, str], ...]:
        heads = self._heads.get(word)
        if heads is None:
            if len(self._heads) >= self._HEADS_LIMIT:
                self._heads.clear()
            root = self.root
            heads = self._heads[word] = tuple((root[v], p) for v, p in clitic_variants(word, self.prepositions) if v in root)
        return heads

    def _walk(self, tokens: list[Token], i: int, heads: tuple | None = None) -> list[tuple[int, str, list[Entry]]]:
        """Follow the trie from each reading of token i (`heads`, when the caller has them) as far as the next tokens go."""
        found: list[tuple[int, str, list[Entry]]] = []
        n = len(tokens)
        end = self._END
        for node, prefix in self._heads_of(tokens[i].text) if heads is None else heads:
            j = i + 1
            while True:
                entries = node.get(end)
                if entries is not None:
                    found.append((j, prefix, entries))
                if j >= n:
                    break
                node = node.get(tokens[j].text)
                if node is None:
                    break
                j += 1
        if len(found) > 1:
            found.sort(key=_match_order)
        return found


class WordTable:
    """A per-word answer about an article's words (which lexicons a word may open), worked out
    once per word and kept in a plain dict bounded at WORD_CACHE.

    Every word of every article is asked: one look-up in one table, rather than one per trie
    or a bounded lru_cache's bookkeeping per word, keeps the common answer (nothing) cheap.
    """

    def __init__(self, answer: Callable[[str], Any]):
        self.answer = answer
        self._known: dict[str, Any] = {}

    def of(self, tokens: list[Token]) -> list[Any]:
        """The answer for every token: one dict look-up each, worked out for a word not seen before.
        Compiled, the loop is native reads and look-ups (no `None in found` scan, which compares
        every answer with None through the generic rich comparison)."""
        known = self._known
        found: list[Any] = []
        for t in tokens:
            answer = known.get(t.text)
            found.append(self._work_out(t.text) if answer is None else answer)
        return found

    def _work_out(self, word: str) -> Any:
        if len(self._known) >= WORD_CACHE:
            self._known.clear()
        self._known[word] = answer = self.answer(word)
        return answer


_CUE_WORDS: Final[dict[str, frozenset[str]]] = {}


def cue_words(key: str) -> frozenset[str]:
    """A word list of cues.yaml (reference words, phrase breaks, onset verbs...), folded for matching.
    Kept in a plain dict rather than an lru_cache: the rules ask for these lists in their inner loops,
    and compiled, a direct call and one look-up beat a call through the cache's wrapper."""
    words = _CUE_WORDS.get(key)
    if words is None:
        words = _CUE_WORDS[key] = frozenset(fold(w) for w in _read_yaml("cues.yaml")[key])
    return words


_CUE_UNIONS: Final[dict[tuple[str, ...], frozenset[str]]] = {}


def cue_words_any(*keys: str) -> frozenset[str]:
    """The words of several cues.yaml lists at once, joined once per process rather than at every
    question a rule asks (a set union costs as much as the look-ups it serves)."""
    words = _CUE_UNIONS.get(keys)
    if words is None:
        words = _CUE_UNIONS[keys] = frozenset().union(*(cue_words(k) for k in keys))
    return words


@lru_cache(maxsize=None)
def group_labels(kind: str) -> frozenset[str]:
    """Canonical labels of groups.yaml's groups of one `kind` ("security": the state's forces), so that a
    rule asking who a group is reads the data file rather than a copy of its labels."""
    return frozenset(label for label, spec in _read_yaml("groups.yaml")["groups"].items() if spec.get("kind") == kind)


@lru_cache(maxsize=None)
def _read_yaml(name: str) -> dict:
    """A data file, parsed once per process: each word list of cues.yaml is asked for on first use, and
    parsing the file anew for each (a tenth of a second) made the first article slow. Read only."""
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def _nisba_forms(masc: str) -> list[str]:
    """روسي -> روسي روسيه الروسي الروسيه روسيين الروسيين روسيون... (folded forms)."""
    words = fold(masc).split()
    head, rest = words[0], words[1:]
    out = []
    for suffix in ("", "ه", "ين", "ون", "ان", "تين", "تان"):
        h = head + suffix
        tail_forms = [" ".join(rest)] if not rest else [" ".join(w + suffix for w in rest)]
        for t in tail_forms:
            for art in ("", "ال"):
                phrase = art + h + (" " + " ".join(art + w for w in t.split()) if t else "")
                out.append(phrase)
    return out


@dataclass(frozen=True)
class Country:
    code: str
    name_en: str
    name_ar: str | None


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    ar = Locale.parse("ar").territories
    out = {}
    for c in pycountry.countries:
        name_en = getattr(c, "common_name", None) or c.name
        out[c.alpha_3] = Country(c.alpha_3, name_en, ar.get(c.alpha_2))
    return out


def country_name(code: str) -> str:
    """The English name that stands as a country's canonical name (the code itself when unknown)."""
    known = countries().get(code)
    return known.name_en if known is not None else code


@lru_cache(maxsize=1)
def gazetteer() -> Trie:
    """Countries, capitals, nisba adjectives, offices, honorifics, known actors and groups."""
    trie = Trie()
    ambiguous = {fold(w) for w in _read_lines("ambiguous_names.txt")}

    def add(phrase: str, entry: Entry) -> None:
        if fold(phrase) not in ambiguous:
            trie.add(phrase, entry)

    table = _read_country_table()
    for code, country in countries().items():
        for name in (country.name_en, country.name_ar):
            if name:
                add(name, Entry("country", code))
    for row in table:
        code = row["iso3"]
        for alias in _split(row["aliases"]):
            add(alias, Entry("country", code))
        for cap in _split(row["capital_ar"]) + _split(row["capital_en"]):
            add(cap, Entry("capital", code, (("name", cap),)))
        for nisba in _split(row["nisba_ar"]):
            for form in _nisba_forms(nisba):
                add(form, Entry("nisba", code))
        for dem in _split(row["demonym_en"]):
            add(dem, Entry("nisba", code))
    offices = _read_yaml("offices.yaml")
    for office, forms in offices["offices"].items():
        entry = Entry("office", office, (("country", forms.get("country")), ("local", bool(forms.get("local")))))
        for phrase in forms.get("ar", []) + forms.get("ar_feminine", []) + forms.get("en", []):
            add(phrase, entry)
    for phrase in offices["counterpart"]["ar"] + offices["counterpart"]["en"]:
        add(phrase, Entry("office", "counterpart", (("country", None),)))
    for lang in ("ar", "en"):
        for h in offices["honorifics"][lang]:
            add(h, Entry("honorific", h))
    for actor in _read_yaml("actors.yaml")["actors"]:
        attrs = (("canonical", actor["canonical"]), ("actor_type", actor["type"]), ("country", actor.get("country")), ("office", actor.get("office")),
                 ("common_before", frozenset(fold(w) for w in actor.get("common_noun_before", []) + actor.get("common_noun_always", []))),
                 ("common_always", frozenset(fold(w) for w in actor.get("common_noun_always", []))))
        for name in actor["names"]:
            add(name, Entry("actor", actor["canonical"], attrs))
    for label, spec in _read_yaml("groups.yaml")["groups"].items():
        for phrase in spec.get("ar", []) + spec.get("en", []):
            add(phrase, Entry("group", label, (("group_kind", spec["kind"]),)))
    return trie


@lru_cache(maxsize=1)
def conjoined_names() -> dict[str, tuple[str, str, str | None]]:
    """Actors whose one-word name is also a common word (ambiguous_names.txt: فتح, "opened"), as (canonical,
    type, country) by folded name: read as the actor only when joined by و to another named actor ("حماس وفتح")."""
    ambiguous = {fold(w) for w in _read_lines("ambiguous_names.txt")}
    return {fold(name): (actor["canonical"], actor["type"], actor.get("country"))
            for actor in _read_yaml("actors.yaml")["actors"] for name in actor["names"] if fold(name) in ambiguous}


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip() and x.strip() != "-"]


def _read_lines(name: str) -> list[str]:
    path = DATA_DIR / name
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


@lru_cache(maxsize=1)
def _read_country_table() -> list[dict[str, str]]:
    lines = [l for l in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO3 -> English capital name, for `location_name`."""
    return {r["iso3"]: _split(r["capital_en"])[0] for r in _read_country_table() if _split(r["capital_en"])}


# ---------------------------------------------------------------- verbs and nouns

_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ا", "ن")
_OBJECT = ("ه", "ها", "هم", "هما", "ني")


def verb_forms(past: str, present: str, objects: bool = False) -> Iterable[tuple[str, str]]:
    """(form, tense) for a verb given as 3rd person masculine past and present."""
    p, y = fold(past), fold(present)
    p_stem = p[:-1] if p.endswith("ي") else p  # التقى -> التقت
    for suf in _PAST_SUFFIXES:
        if past.endswith("ا") and (suf.startswith("ت") or suf in ("ا", "وا")):  # دعا -> دعت, دعوا (not بدأ, folded بدا)
            base = p[:-1] + (suf if suf.startswith("ت") else "وا")
        else:
            base = (p_stem if suf.startswith("ت") and p.endswith("ي") else p) + suf
        yield base, "past"
        if objects and suf in ("", "ت", "وا"):
            for obj in _OBJECT:
                yield (base[:-1] if suf == "وا" else base) + obj, "past"  # "قتلوا" + ه = "قتلوه": the plural drops its alef
    stem = y[1:]
    for pre in _PRESENT_PREFIXES:
        for suf in _PRESENT_SUFFIXES:
            form = pre + stem + suf
            yield form, "present"
            yield "س" + form, "future"
            if objects and suf in ("", "ون", "ان", "وا"):  # "يقتله", "يقتلونه", "لم يقتلوه" (the alef of وا drops)
                for obj in _OBJECT:
                    yield (form[:-1] if suf == "وا" else form) + obj, "present"
                    yield "س" + (form[:-1] if suf == "وا" else form) + obj, "future"


def passive_forms(passive: str | None) -> list[str]:
    """The past passive of a verb whose spelling shows it ("اغتيل", "اغتيلت", "اغتيلوا"), third person only."""
    return [fold(passive) + suf for suf in ("", "ت", "وا", "ا", "تا")] if passive else []


def noun_forms(noun: str) -> Iterable[str]:
    words = fold(noun).split()
    head, rest = words[0], " ".join(words[1:])
    heads = {head}
    if head.endswith("ه"):
        construct = head[:-1] + "ت"
        heads |= {construct + s for s in _OBJECT + ("ي", "ين", "ان")}
    elif not head.endswith(("ا", "ي", "و")):
        heads |= {head + s for s in _OBJECT + ("ا",)}
    for h in heads:
        yield (h + " " + rest).strip()
        if not h.startswith("ال") and len(h) > 2:
            yield ("ال" + h + " " + rest).strip()


@lru_cache(maxsize=1)
def triggers() -> Trie:
    trie = Trie()
    for etype, spec in _read_yaml("triggers.yaml")["types"].items():
        for v in spec.get("ar_verbs", []):
            vtype = v.get("type", etype)
            needs = tuple(fold(n) for n in v.get("needs", []))
            direct = bool(v.get("object_pronouns", spec.get("object_pronouns")))  # takes an object of its own (انفجر, اعتدى على: no)
            forms = list(verb_forms(v["past"], v["present"], direct)) + [(f, "past") for f in passive_forms(v.get("passive"))]
            for form, tense in forms:
                trie.add(form, Entry("trigger", vtype, (("pos", "verb"), ("tense", tense), ("needs", needs), ("lemma", fold(v["past"])), ("needs_victim", bool(v.get("needs_victim"))), ("needs_target", bool(v.get("needs_target"))), ("agent", v.get("agent")), ("visitor", v.get("visitor")), ("weapon", bool(v.get("weapon"))), ("direct_object", direct), ("needs_within", v.get("needs_within")))))
        for n in spec.get("ar_nouns", []):
            noun = n if isinstance(n, str) else n["noun"]  # {noun, agent, needs}: the masdar of an agent verb ("قاموا بإقفال الطريق")
            extra = () if isinstance(n, str) else (("agent", n.get("agent")),)
            needs = () if isinstance(n, str) else tuple(fold(w) for w in n.get("needs", []))
            for form in noun_forms(noun):
                trie.add(form, Entry("trigger", etype, (("pos", "noun"), ("tense", None), ("needs", needs), ("lemma", fold(noun))) + extra))
        en = spec.get("en", {})
        agent_verbs, target_verbs, body_verbs = set(en.get("agent_verbs", [])), set(en.get("target_verbs", [])), set(en.get("body_verbs", []))
        for tense in ("past", "present", "base"):
            for form in en.get(tense, []):
                agent = "protesters" if form in agent_verbs else "body" if form in body_verbs else None
                trie.add(form, Entry("trigger", etype, (("pos", "verb"), ("tense", tense), ("needs", ()), ("lemma", fold(form)), ("agent", agent), ("needs_target", form in target_verbs))))
        for form in en.get("nouns", []):
            trie.add(form, Entry("trigger", etype, (("pos", "noun"), ("tense", None), ("needs", ()), ("lemma", fold(form)))))
    return trie


@lru_cache(maxsize=1)
def cues() -> Trie:
    data = _read_yaml("cues.yaml")
    trie = Trie(prepositions=False)
    for status, langs in data["status"].items():
        for phrase in langs["ar"] + langs["en"]:
            trie.add(phrase, Entry("status", status))
    for phrase in data["negation"]["ar"] + data["negation"]["en"]:
        trie.add(phrase, Entry("negation", "negation"))
    for v in data["light_verbs"]:
        for form, tense in verb_forms(v["past"], v["present"]):
            trie.add(form, Entry("light_verb", tense, (("passive", bool(v.get("passive"))), ("with_ba", bool(v.get("with_ba"))), ("negated_only", bool(v.get("negated_only"))))))
    for noun in data["light_masdars"]:  # "مع قيام شبان بإقفال الطريق": the masdar of قام takes the event noun with ب
        for form in noun_forms(noun):
            # "لقيام", "بقيام", "للقيام": this trie reads no prepositions off its words (ل + ال is written لل)
            for spelled in (form, "ب" + form, "ل" + form if not form.startswith("ال") else "لل" + form[2:]):
                trie.add(spelled, Entry("light_verb", "masdar", (("passive", False), ("with_ba", True), ("negated_only", False))))
    for tense, forms in data["light_verbs_en"].items():
        for form in forms:
            trie.add(form, Entry("light_verb", "future" if tense == "base" else tense, (("passive", False),)))
    for phrase in data["attribution"]["ar"] + data["attribution"]["en"]:
        trie.add(phrase, Entry("attribution", "attribution"))
    for phrase in data["anaphora"]["ar"] + data["anaphora"]["en"]:
        trie.add(phrase, Entry("anaphora", "anaphora"))
    for phrase in data["past_perfect"]["ar"]:
        trie.add(phrase, Entry("past_perfect", "kana"))
    trie.add(data["past_perfect"]["particle"], Entry("past_perfect", "qad"))
    return trie


def bad_verb_prefix(prefix: str, e: Entry) -> bool:
    """ب/ك never attach to verbs; ل attaches only to the present (purpose: "ليزور")."""
    if e.get("pos") != "verb":
        return False
    core = prefix.lstrip("وف")
    return bool(core) and (core in ("ب", "ك") or (core == "ل" and e.get("tense") != "present"))


@lru_cache(maxsize=1)
def date_vocabulary() -> dict:
    return _read_yaml("dates.yaml")
