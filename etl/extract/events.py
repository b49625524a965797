"""Assemble event records from triggers, actor mentions, status cues and dates.

The grammar is deliberately small and explicit so an analyst can see why an event was
produced: a trigger (verb or noun from `data/triggers.yaml`) opens an event; its status
comes from the verb's tense and the cues before it; its subject is the actor next to the
verb (Arabic VSO or SVO) or the clause's topic when the verb drops it; partners follow
"مع"/"with", destinations "إلى"/"to". A noun that points back ("هذه القمة", "زيارته")
is merged into the event it refers to, so one event is reported once.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter
from typing import Final

from schemas import CONTRACT

from .actors import ActorFinder, Mention, office_words, opens_name, proper_name, remention
from .dates import DateMention, find_dates, opens_date
from .lexicon import WORD_CACHE, Entry, Trie, WordTable, _read_yaml, bad_verb_prefix, clitic_variants, conjoined_names, country_name, cues, date_vocabulary, gazetteer, group_labels, passive_forms, triggers
from .lexicon import cue_words as _cue_words
from .lexicon import cue_words_any as _cue_words_any
from .normalize import Folded, Token, ends_in_ta_marbuta, fold, one_space

_ENDERS: Final = ".!?\n"  # what ends a sentence: runs of [.!?] or of line breaks
_CLAUSE_PUNCT: Final = frozenset(',;:"')
_CLAUSE_TOKENS: Final = {"حيث", "فيما", "بينما", "اذ", "where", "while", "which"}
_WITH: Final = {"مع", "with", "وبين", "بين"}
_TO: Final = {"الي", "to", "into", "في", "in"}
_OBJECT_PREP: Final = {"علي", "ضد", "against", "on"}
_RELATIONS_WITH: Final = {"مع", "في", "لدي", "من", "with", "to", "in", "from"}  # whom relations are reduced with: "علاقاتها مع", "سفيرها في"
_BY: Final = {"برصاص", "بنيران", "بيد", "يد", "ايدي", "بايدي", "by", "نفذه", "نفذته", "نفذها", "تبنته", "تبناه", "تبناها", "شنه", "شنته", "شنها"}
_PLANTED: Final = {"زرعها", "زرعه", "وضعها", "وضعه", "يقودها", "يقوده", "قادها", "قاده", "فجرها", "فجره"}  # "عبوة زرعها مسلحون": who planted or drove the bomb
_ACTOR_PREPS: Final = _WITH | _TO | _OBJECT_PREP | _BY | _PLANTED  # a mention after one of them is no subject (`_prep_before`)
_PREPOSITIONS: Final = _TO | _WITH | _OBJECT_PREP | {"من", "عن"}  # a noun after one of them is no subject
_DUALS: Final = {"البلدين", "الجانبين", "الطرفين", "للبلدين", "للطرفين", "للجانبين", "الثنائية", "الثنائي", "both", "bilateral"}
_DUAL_SUBJECTS: Final = {"البلدان", "الجانبان", "الطرفان"}  # "ووقع الجانبان": the article's two countries
_SPEECH: Final = {"STATEMENT"}
_EN_VERB_BREAK: Final = {"said", "says", "that", "who", "which", "when", "after", "before", "while"}
_EN_PASSIVE: Final = {"was", "were", "been", "being", "is", "are"}
_LOCATIVE: Final = {"في", "in", "at"}
_BACKGROUND_HEADS: Final = {"بعد", "قبل", "عقب", "بعدما", "قبلما"}  # "وبعد أن": the conjunction before a background opener
_BACKGROUND_OR_SINCE: Final = _BACKGROUND_HEADS | {"منذ"}
_RELATIVES: Final = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "عمن", "ممن", "who", "which"}
_EN_MODALS: Final = {"will", "to", "would", "shall", "may", "might", "can", "could", "must", "should", "not", "also"}
_EN_INVITE: Final = {"invited", "invites", "invite", "urged", "urges", "asked", "asks"}
_PRONOUNS_AND: Final = {"he", "she", "they", "and"}
_PAIR_WORDS: Final = {"two", "both"}  # "the two presidents", "both leaders": the article's pair of leaders
_HOSTING: Final = {"host", "hosts", "hosted", "استضاف"}  # who hosts a summit organises it
_EN_SOURCING: Final = {"said", "says", "told"}  # reporting verbs that may only name a source
_EN_POSSESSIVES: Final = {"his", "her", "their", "its"}  # "with his Uruguayan counterpart": the partner still comes after "with"
_EN_DETERMINERS: Final = _EN_POSSESSIVES | {"the", "a", "an", "this", "that", "these", "those", "our", "my", "your"}  # a word after one is a noun
# violence and unrest are told with their agent or without one; the last topic is no stand-in
_UNSEEN_AGENT: Final = {"ASSAULT", "PROTEST", "COERCE"}
_VIOLENCE: Final = {"ASSAULT", "COERCE"}  # "قتل 40 شخصا": a counted noun after the verb suffered it; "تجمع 40 متظاهرا" did it
_CROWDS: Final = {"protesters", "crowd"}
_STATE_FORCES: Final = {"army", "police", "security forces"}
_WANTING: Final = {"REQUEST", "THREATEN"}  # verbs whose object is an act wanted, not done
# "لم يتورع عن", "لا يتردد في": the tense a negated verb of holding back gives the act it did not hold back
# from; not negated ("تردد في قصف"), the act is "held_back", told as no more than expected
_HELD_BACK: Final = {"لم": "past", "ما": "past", "لا": "present"}
_ATTACK_LEMMAS: Final = {"هاجم", "هجوم", "هجوما", "الهجوم", "هجمات"}  # words for an attack that may be one in words
_ARMED: Final = {"militants", "army", "police", "security forces", "explosive devices", "civilians"}  # any of these makes an attack physical
_PUNCT: Final = _CLAUSE_PUNCT | frozenset("،؛()«»-")  # what ends a participant's phrase between two words
_TEMPORAL_LINKS: Final = {"بعدما", "عندما", "حين", "حينما", "لما"}  # a clause of what caused it ("بعد أن" too)
_IN_AN_ATTACK: Final = {"في", "خلال", "جراء", "اثر", "إثر"}  # "قتل جنود في هجوم": what they died in
_PRONOUN_SUBJECTS: Final = {"لكنه", "لكنها", "لكنهم", "انه", "انها", "انهم"}  # "ولكنه هاجم": the subject is the pronoun
_YEAR_WORD: Final = re.compile(r"(19|20)\d\d")
_DETONATE: Final = {"فجر", "detonated", "detonate"}  # verbs whose object may be the device set off
_EN_REPORTING: Final = {"said", "says", "told", "added", "stated", "reported", "announced"}  # what a source's clause goes on with
_DUAL_OFFICIALS: Final = frozenset(fold(w) for w in ("وزيرا", "وزيري", "الوزيران", "الوزيرين", "رئيسا", "رئيسي", "الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين"))
_OFFICIALS: Final = {"leaders", "ministers", "foreign ministers", "defence ministers", "finance ministers", "trade ministers"}  # groups.yaml's officials
_PLACE_PREPOSITIONS: Final = {"في", "علي", "قرب", "من", "الي", "عند", "داخل", "نحو", "in", "on", "near", "at"}  # a nisba after one names a place
_DESCRIBING: Final = {"وهو", "وهي", "وهم", "وهما", "وهن"}  # "، وهو عضو في جماعة": a clause describing the one just named
_ASIDES: Final = {"بينهم", "بينها", "وبينهم", "منهم", "ومنهم", "منها"}  # "، بينهم طفلان،": some of those just named
_PHRASE_RUN: Final = 4  # words a participant's phrase may run on past its head
_ATTACKED_IN_WORDS: Final = frozenset(("ASSAULT", "STATEMENT", "AGREEMENT", "ACCUSE", "THREATEN", "SANCTION"))  # acts told as nouns that an attack verb can only criticise
_ARTICLE_LOOKALIKES: Final = frozenset(("الي", "اليه", "اليها", "اليهم", "اليهما", "الينا", "اليك", "الان", "الذي", "التي", "الذين", "اللذين", "اللتين", "الا", "العديد"))  # ال that is no article, or a count ("العديد من")
_PREPOSITION_PRONOUNS: Final = frozenset(p + q for p in ("ب", "ل", "من", "في", "علي", "عن", "مع") for q in ("ه", "ها", "هم", "هما"))  # "المشتبه بهم"
_BLOWN_UP: Final = ("عبو", "سيار", "نفس", "قنبل", "حزام", "لغم", "الغام", "العبو", "السيار", "القنبل")  # what two doers "فجرا": a bomb, a car, themselves
_AGENTS_OF_FORCE: Final = frozenset(("militants", "army", "police", "security forces", "settlers"))  # "هاجم القرية أيضا مسلحون": the doers after an adverb
_ADDRESSING: Final = frozenset(("REQUEST", "CONCEDE", "STATEMENT", "SANCTION", "ASSAULT", "ACCUSE", "SUPPORT", "THREATEN", "COERCE"))  # verbs whose object is whom they address, free, hit or back: "ودعوا زعيم الحركة", "واغتالوا مدير الشرطة"
_NEAR: Final = 12  # words around an attack word that tell whether it is physical
_THAT: Final = frozenset(("ان", "انه", "انها", "that"))  # what opens a reported (or denied) clause
_NOUN_CONTEXT: Final = {"علي", "في", "من", "الي", "عن", "بعد", "قبل", "منذ", "خلال", "اثر", "جراء", "بسبب", "وسط", "امام", "حول"}  # a "verb" after these is a noun ("وسط حشد من المصلين")


@dataclass(init=False)
class Sentence:
    """`__init__` is written out so mypyc compiles it (see Mention)."""

    first: int  # token range
    last: int
    start: int  # folded char range
    end: int
    headline: bool = False  # a title line: no end punctuation, first in the article

    def __init__(self, first: int, last: int, start: int, end: int, headline: bool = False) -> None:
        self.first, self.last, self.start, self.end, self.headline = first, last, start, end, headline


@dataclass(init=False)
class Draft:
    """An event being assembled; becomes a row of `events` plus rows of `participants`.
    `__init__` is written out so mypyc compiles it (see Mention)."""

    event_type: str
    trigger_token: int
    sentence: Sentence
    status: str
    roles: list[tuple[str, Mention]] = field(default_factory=list)
    date: DateMention | None = None
    date_basis: str | None = None
    date_range: tuple[dt.date, dt.date] | None = None
    location: Mention | None = None
    lemma: str = ""
    verb: bool = False  # told by a verb (its object is a participant) rather than a noun
    needs: tuple[str, ...] = ()  # the weapon words a verb needs as its object (أطلق: النار, قذيفة), never a participant
    mentions: int = 1
    headline: bool = False  # from the title line: the body's report of the same event is more precise

    def __init__(self, event_type: str, trigger_token: int, sentence: Sentence, status: str, lemma: str = "", verb: bool = False,
                 needs: tuple[str, ...] = (), headline: bool = False) -> None:
        self.event_type, self.trigger_token, self.sentence, self.status = event_type, trigger_token, sentence, status
        self.roles = []
        self.date, self.date_basis, self.date_range, self.location = None, None, None, None
        self.lemma, self.verb, self.needs, self.mentions, self.headline = lemma, verb, needs, 1, headline

    def add(self, role: str, m: Mention) -> None:
        if all(not (r == role and x.key == m.key) for r, x in self.roles):
            self.roles.append((role, m))

    def holders(self, role: str) -> list[Mention]:
        return [m for r, m in self.roles if r == role]


def _end_runs(text: str) -> list[tuple[int, int]]:
    """Runs of end punctuation ([.!?]+) and of line breaks (\n+), in order, found with `str.find` (a
    fast scan per character) rather than a regex tried at every position of the text."""
    marks: list[int] = []
    for ch in _ENDERS:
        k = text.find(ch)
        while k >= 0:
            marks.append(k)
            k = text.find(ch, k + 1)
    marks.sort()
    runs: list[tuple[int, int]] = []
    for k in marks:
        if runs and runs[-1][1] == k and (text[k] == "\n") == (text[k - 1] == "\n"):
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def split_sentences(folded: Folded, tokens: list[Token]) -> list[Sentence]:
    """Sentences by end punctuation even without a following space ("الدولي.يشار"), not in numbers.

    A first line ended by a line break rather than punctuation is the headline.
    """
    text = folded.text
    bounds: list[tuple[int, bool]] = [(0, False)]
    for a, b in _end_runs(text):
        before = text[a - 1 : a]
        after = text[b : b + 1]
        if b - a == 1 and text[a] == "." and ((before.isdigit() and after.isdigit()) or _is_abbrev(text, a)):
            continue
        bounds.append((b, text[a] == "\n"))
    bounds.append((len(text), False))
    out: list[Sentence] = []
    ti = 0
    n = len(tokens)
    for (a, _), (b, by_newline) in zip(bounds, bounds[1:]):
        first = ti
        while ti < n and tokens[ti].start < b:  # the first token at or after the boundary: one pass over the tokens in all
            ti += 1
        if ti > first:
            headline = not out and by_newline and ti < len(tokens)
            out.append(Sentence(first, ti, tokens[first].start, tokens[ti - 1].end, headline))
    return out


_CUE: Final = 1
_TRIGGER: Final = 2
_NAME: Final = 4
_DATE: Final = 8
_DENIAL: Final = 16
_THAT_WORD: Final = 32
_ATTRIBUTING: Final = 64
_VERBAL: Final = _CUE | _TRIGGER
_UNSEEN: Final = object()  # a cached answer not worked out yet (None is an answer)


def _word_code(word: str) -> int:
    """What a word may open (_CUE, _TRIGGER, _NAME, _DATE), and whether it is a denial verb (_DENIAL),
    opens a reported clause (_THAT_WORD) or may open an attribution (_ATTRIBUTING: بحسب, حسبما): the
    article's scans read all of it in one look-up per word."""
    that = word in _THAT
    denial = not that and _reads_as(word, _cue_words("denial_verbs"))
    opens_cue = cues().opens(word)
    attributing = opens_cue and any(v in _attribution_openers() for v, _ in clitic_variants(word))
    return (_CUE * opens_cue | _TRIGGER * triggers().opens(word) | _NAME * opens_name(word) | _DATE * opens_date(word)
            | _DENIAL * denial | _THAT_WORD * that | _ATTRIBUTING * attributing)


_OPENS: Final = WordTable(_word_code)


_ABBREVIATIONS: Final = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jr", "sr", "inc", "co", "corp", "vs", "no",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _is_abbrev(text: str, dot: int) -> bool:
    """"U.S." or "Dec." or "Mr." must not end a sentence; "the war." must."""
    before = text[max(0, dot - 12) : dot].split()
    word = before[-1] if before else ""
    return word.isascii() and ((len(word) == 1 and word.isalpha()) or "." in word or word in _ABBREVIATIONS)


class ArticleExtractor:
    def __init__(self, folded: Folded, tokens: list[Token], published: dt.date | None, year_hint: int | None):
        self.folded = folded
        self.tokens = tokens
        self.published = published
        self.sentences = split_sentences(folded, tokens)
        # which words may open a cue (_CUE), a trigger (_TRIGGER), a name (_NAME) or a date (_DATE): most
        # open none, and the scans for them pass such words over without a trie lookup
        self._opens: list[int] = _OPENS.of(tokens)  # typed: compiled, `code & _CUE` is a native int operation, not a generic call
        self._trigger_starts = [i for i, code in enumerate(self._opens) if code & _TRIGGER]
        self.actors = ActorFinder(folded, tokens, [code & _NAME for code in self._opens])
        # an article no event word opens yields no event: its dates are never asked for
        self.dates = find_dates(tokens, published, year_hint, [code & _DATE for code in self._opens]) if self._trigger_starts else []
        self.drafts: list[Draft] = []
        self.mentions: list[Mention] = []
        self.topic: Mention | None = None  # the last subject: dropped subjects refer to it
        self._sentence_mentions: list[Mention] = []
        self._clauses: dict[int, int] = {}
        self._construct_terms: set[int] = set()  # homographs read as the masdar completing a noun ("جرائم قتل")
        self._sources: set[int] = set()  # tokens of "بحسب الجيش": the report's source, no participant's phrase
        self._reporters: set[int] = set()  # first tokens of sources that speak ("حسبما أكد الرئيس"): no participants in the violence they tell
        self._unreported: set[int] = set()  # violence nouns that named a plan or a known event, not news
        self._fiction_works: dict[int, list[int]] = {}  # sentence's first token -> the works of fiction it names (`_in_plot`)
        self._periods: dict[int, list[tuple[int, int]]] = {}  # sentence's first token -> its running periods, [first, last) tokens
        self._claimed: set[int] = set()  # attack nouns a verb of claiming takes ("تبنت الجماعة هجوما"): violence, never words
        self._restating: dict[int, Draft] = {}  # attack noun -> the attack told before it in its sentence ("قتل عشرة في هجوم")
        self._verb_subjects: dict[int, tuple[str, list[Mention]]] = {}  # trigger token -> its verb's event type and subject
        self._denials: dict[int, int | None] = {}  # sentence's first token -> its first denial verb (None: it denies nothing)
        self._tenses: dict[int, str | None] = {}  # noun trigger -> `_governing_tense`
        self._sentence_dates: dict[int, tuple[DateMention, ...]] = {}  # sentence's first token -> `_dates_in`
        self._sentence_dated: dict[int, frozenset[int]] = {}  # sentence's first token -> `_dated_tokens`

    # ------------------------------------------------------------ cues and tense
    def _cue_at(self, i: int) -> tuple[int, list[Entry]] | None:
        m = self._cue_match(i)
        return (m[0], m[2]) if m else None

    def _cue_match(self, i: int) -> tuple[int, str, list[Entry]] | None:
        """`cues().longest` at token i; a word that opens no cue (most words) is answered by its code."""
        return self.actors.cues.longest(self.tokens, i) if self._opens[i] & _CUE else None

    def _trigger_match(self, i: int) -> tuple[int, str, list[Entry]] | None:
        """`triggers().longest` at token i; a word that opens no trigger is answered by its code."""
        return self.actors.triggers.longest(self.tokens, i) if self._opens[i] & _TRIGGER else None

    def _ta_marbuta(self, i: int) -> bool:
        """Does token i end in ta marbuta as printed ("إصابة")? Folded like a verb with its pronoun ("أصابه"), it is a noun."""
        return ends_in_ta_marbuta(self.folded, self.tokens[i])

    def _clause_start(self, sent: Sentence, i: int) -> int:
        known = self._clauses.get(i)
        if known is None:
            known = self._clauses[i] = self._find_clause_start(sent, i)
        return known

    def _find_clause_start(self, sent: Sentence, i: int) -> int:
        j = i
        text = self.folded.text
        while j > sent.first:
            a, b = self.tokens[j - 1].end, self.tokens[j].start
            spaced = one_space(text, a, b)
            gap = " " if spaced else text[a:b]
            if (not spaced and not _CLAUSE_PUNCT.isdisjoint(gap)) or self.tokens[j].text in _CLAUSE_TOKENS:
                aside = self._aside_before(sent, j) if gap.strip() == "," else None
                if aside is None:
                    return j
                j = aside  # "ثمانية أشخاص، بينهم طفلان، قتلوا": the aside does not end the clause
            j -= 1
        return sent.first

    def _past_time(self, sent: Sentence, j: int, stop: int) -> int:
        """The first token from j on (before `stop`) that is not part of a date ("قتل أمس ثلاثة": ثلاثة)."""
        dated = self._dated_tokens(sent)
        while j < stop and j in dated:
            j += 1
        return j

    def _aside_before(self, sent: Sentence, j: int) -> int | None:
        """The first token of an aside between commas that ends right before token j ("، بينهم طفلان،"), if one does."""
        k = j - 1
        while k > sent.first and j - k <= 6:
            if self.folded.text[self.tokens[k - 1].end : self.tokens[k].start].strip() == ",":
                return k if self.tokens[k].text in _ASIDES else None
            k -= 1
        return None

    def _status(self, sent: Sentence, trig: int, tense: str | None, etype: str, own_date: DateMention | None) -> tuple[str | None, bool]:
        """(status, negated) from tense and the cues between the clause start and the trigger."""
        start = self._clause_start(sent, trig)
        window_start = max(max(sent.first, start), trig - 8)
        found: set[str] = set()
        negated = False
        kana = qad = False
        j = window_start
        opens = self._opens
        while j < trig:
            hit = self._cue_at(j) if opens[j] & _CUE else None
            if hit:
                end, entries = hit
                for e in entries:
                    if e.kind == "status":
                        found.add(e.value)
                        if e.value == "planned" and end == trig:
                            found.add("adjacent_plan")  # "بهدف اغتياله", "من المقرر زيارة": the cue governs the word itself
                    elif e.kind == "negation" and trig - end <= 1:
                        negated = True
                    elif e.kind == "past_perfect":
                        kana |= e.value == "kana"
                        qad |= e.value == "qad"
                j = max(end, j + 1)
            else:
                j += 1
        negated = negated or self._denied(sent, trig)
        if tense is None:  # a noun: the governing verb lends its tense
            tense = self._governing_tense(sent, trig)
        if "expected" in found or tense == "held_back":  # "كان يفترض اغتياله", "تردد في قصف": what was supposed to happen, or held back from, is not a report that it did
            return "expected", negated
        if "adjacent_plan" in found:
            return "planned", negated
        if kana and (qad or tense == "past"):
            return "occurred", negated
        if tense == "future" or (tense in ("base", "present") and "planned" in found):
            return "planned", negated
        if tense == "past":
            return "occurred", negated
        if tense == "base":
            return "planned", negated
        if tense == "present":
            if etype in _SPEECH:
                return "occurred", negated
            d = own_date.start if own_date and own_date.resolved else None
            if d and self.published and d > self.published:
                return "planned", negated
            if d and self.published and (own_date.end or d) < self.published:  # type: ignore[union-attr]
                return "occurred", negated
            return "ongoing", negated
        if "planned" in found:
            return "planned", negated
        if "occurred" in found:
            return "occurred", negated
        if "ongoing" in found:
            return "ongoing", negated
        return None, negated

    def _denied(self, sent: Sentence, trig: int) -> bool:
        """Is the trigger inside what a denial verb denies: "نفى ... أن", "denied reports that ...", or
        its own clause ("denied visiting Buenos Aires for talks", "نفى وجود اتصالات")?"""
        verb = self._denials.get(sent.first, _UNSEEN)
        if verb is _UNSEEN:  # most sentences deny nothing: found once per sentence from the word codes
            verb = self._denials[sent.first] = next((j for j in range(sent.first, sent.last) if self._opens[j] & _DENIAL), None)
        if verb is None or verb >= trig:  # type: ignore[operator]
            return False
        clause = self._clause_start(sent, trig)
        said = False
        for j in range(trig - 1, verb - 1, -1):  # type: ignore[operator]
            if self._opens[j] & _THAT_WORD:
                said = True
            elif (said or j >= clause) and self._opens[j] & _DENIAL:
                return True
        return False

    def _ba_reports(self, sent: Sentence, trig: int) -> bool:
        """Does a light verb or a reporting word take the noun with ب ("قام ... بخطف", "أفيد بمقتل"),
        its subject or the time perhaps between them ("أفادت مصادر أمس بمقتل")?"""
        dated = self._dated_tokens(sent)
        for j in range(trig - 1, max(sent.first, trig - 4) - 1, -1):
            if _reads_as(self.tokens[j].text, _cue_words("report_with_ba")):
                return True
            if j not in dated and not any(m.first <= j < m.last for m in self._sentence_mentions) and self.tokens[j].text not in _cue_words("non_actor_subjects"):
                break
        return self._ba_light_verb(sent, trig)

    def _ba_light_verb(self, sent: Sentence, trig: int) -> bool:
        """Is the noun the event of a light verb that takes it with ب ("قام مسلحون ملثمون بخطف")? A date
        between them ("قام متظاهرون يوم أمس بالتجمع") does not count toward the reach."""
        reach = 6 + sum(1 for j in range(max(sent.first, trig - 9), trig) if j in self._dated_tokens(sent))
        for j in range(trig - 1, max(sent.first, trig - reach) - 1, -1):
            m = self._cue_match(j)
            if m and any(e.kind == "light_verb" for e in m[2]):
                return any(e.kind == "light_verb" and e.get("with_ba") for e in m[2])
        return False

    def _governing_tense(self, sent: Sentence, trig: int) -> str | None:
        """Tense of the nearest verb before the noun in its sentence ("سيعقد محادثات"); a noun's
        status and whether it is reported both ask, so the answer is kept per trigger."""
        known = self._tenses.get(trig, _UNSEEN)
        if known is _UNSEEN:
            known = self._tenses[trig] = self._find_governing_tense(sent, trig)
        return known  # type: ignore[return-value]

    def _find_governing_tense(self, sent: Sentence, trig: int) -> str | None:
        opens = self._opens
        masdar = False  # "مع قيام ... بإقفال": a light verb's masdar, whose own tense a verb before it may give
        claimable = self._claimable(sent, trig)
        for j in range(trig - 1, max(sent.first, trig - 14) - 1, -1):
            if opens[j] & _THAT_WORD:
                break  # "وقالت في اجتماع إن خطفه لا يخدم": the noun is in what was said, not governed by the saying
            if not opens[j] & _VERBAL:
                if claimable and self._claims(sent, j, trig):
                    return "past"  # "تبنت حركة طالبان هجوما": a claimed attack was carried out
                continue
            for m in (self._cue_match(j), self._trigger_match(j)):
                if m and m[0] <= trig:
                    for e in m[2]:
                        if e.kind == "light_verb" and e.value == "masdar":
                            masdar = True
                            break
                        if e.kind == "light_verb" and e.get("negated_only"):
                            if any(_reads_as(self.tokens[k].text, _cue_words("rumour_words")) for k in range(j + 1, min(trig, j + 3))):
                                continue  # "وترددت أنباء عن اغتيال": news went round, no one held back
                            before = self.tokens[j - 1].text if j > sent.first else ""
                            return next((_HELD_BACK[v] for v, _ in clitic_variants(before, False) if v in _HELD_BACK), "held_back")
                        if e.kind == "light_verb":
                            return e.value
                        if e.kind == "trigger" and e.get("pos") == "verb" and not bad_verb_prefix(m[1], e):
                            if masdar and e.value in _WANTING:
                                return "held_back"  # "طالب بقيام الشرطة باعتقال": what is asked for is not done
                            return e.get("tense")
        # a masdar with no verb before it: told as done, of no tense of its own ("masdar": `_status` then goes by the cues)
        return "masdar" if masdar else None

    def _claimable(self, sent: Sentence, trig: int) -> bool:
        """Can a verb of claiming (cues.yaml `claim_verbs`) govern the word at trig: an attack noun, not one of
        earlier times ("تبنت المجموعة هجمات سابقة")?"""
        end = self._attack_word_end(trig)
        if end is None:
            return False
        return not any(_reads_as(self.tokens[k].text, _cue_words_any("other_times", "verbal_attack_adjectives")) for k in range(end, min(sent.last, end + 2)))

    def _took_place(self, sent: Sentence, i: int, entry: Entry) -> bool:
        """Is the verb at i one that also means "took place" (cues.yaml `took_place_verbs`: وقع) telling of an event
        noun right before it, or before الذي/التي ("الهجوم الذي وقع")? Then it signs nothing."""
        if fold(entry.get("lemma") or "") not in _cue_words("took_place_verbs"):
            return False
        j = i - 1
        if j > sent.first and self.tokens[j].text in ("الذي", "التي"):
            j -= 1
        found = self._trigger_match(j) if j >= sent.first else None
        return found is not None and found[0] == j + 1 and any(x.get("pos") == "noun" and x.value != entry.value for x in found[2])

    def _attack_word_at(self, j: int) -> bool:
        """Does an attack noun stand at j ("الهجوم", "التفجير", "الانفجار")?"""
        return self._attack_word_end(j) is not None

    def _attack_word_end(self, j: int) -> int | None:
        """Where the attack noun standing at j ends, if one does."""
        found = self._trigger_match(j) if j < len(self.tokens) else None
        return found[0] if found is not None and any(e.value == "ASSAULT" and e.get("pos") == "noun" for e in found[2]) else None

    def _claim_verb_before(self, sent: Sentence, trig: int) -> int | None:
        """The verb of claiming that takes the attack noun at trig as its object (`_claims`), if one does."""
        if not self._claimable(sent, trig):
            return None
        return next((j for j in range(trig - 1, max(sent.first, trig - 10) - 1, -1) if self._claims(sent, j, trig)), None)

    def _claims(self, sent: Sentence, j: int, trig: int) -> bool:
        """Does the verb at j claim the attack noun at trig as its object (cues.yaml `claim_verbs`)? Only its subject
        and a date stand between ("تبنت حركة طالبان أمس هجوما", not "تبنت اللجنة تقريرا عن هجوم"), and it is no
        earlier claim ("سبق أن تبنت", cues.yaml `already_words`)."""
        if not _reads_as(self.tokens[j].text, _cue_words("claim_verbs")):
            return False
        named = {k for m in self._sentence_mentions for k in range(m.first, m.last)} | self._dated_tokens(sent)
        if any(k not in named for k in range(j + 1, trig)):
            return False
        return not (j - 2 >= sent.first and self.tokens[j - 1].text in ("ان", "وان")
                    and any(_reads_as(self.tokens[k].text, _cue_words("already_words")) for k in range(max(sent.first, j - 6), j - 1)))  # "سبق للجماعة أن تبنت", "سبق وأن تبنت"

    # ------------------------------------------------------------ dates
    def _dated_tokens(self, sent: Sentence) -> frozenset[int]:
        """Tokens of the sentence that belong to a date ("صباح أمس", "يوم السبت"); asked per trigger
        and per participant, so worked out once per sentence."""
        known = self._sentence_dated.get(sent.first)
        if known is None:
            known = self._sentence_dated[sent.first] = frozenset(j for dm in self._dates_in(sent) for j in range(dm.first_token, dm.last_token))
        return known

    def _dates_in(self, sent: Sentence) -> tuple[DateMention, ...]:
        """The sentence's dates, horizons ("حتى عام 2030") left out; kept per sentence like `_dated_tokens`."""
        known = self._sentence_dates.get(sent.first)
        if known is None:
            known = self._sentence_dates[sent.first] = tuple(d for d in self.dates if sent.first <= d.first_token < sent.last and not d.horizon)
        return known

    def _own_date(self, sent: Sentence, trig: int, etype: str = "") -> DateMention | None:
        options = [d for d in self._dates_in(sent)]
        if etype in _SPEECH:  # dates inside what was said belong to the reported event, not to the saying
            options = [d for d in options if not self._reported_content(trig, d)]
        if not options:
            return None
        nearest = min(options, key=lambda d: min(abs(d.first_token - trig), abs(d.last_token - 1 - trig)))
        # "اليوم الخميس ... يومي 4 و5 ديسمبر": a stated span that contains the nearest day is the fuller answer
        spans = [d for d in options if d.resolved and nearest.resolved and d.start <= nearest.start and nearest.end <= d.end and d.end > d.start and d.precision == "day"]  # type: ignore[operator]
        return max(spans, key=lambda d: d.end - d.start) if spans else nearest  # type: ignore[operator]

    # ------------------------------------------------------------ roles
    def _conjoined(self, ms: list[Mention], m: Mention) -> list[Mention]:
        """"بوتين ومودي", "Putin and Modi": mentions joined to m by و/and."""
        out = [m]
        cur = m
        while True:
            nxt = next((x for x in ms if x.first == cur.last and self.tokens[x.first].text.startswith("و")), None)
            if nxt is None:
                nxt = next((x for x in ms if x.first == cur.last + 1 and self.tokens[cur.last].text in ("and", "و")), None)
            if nxt is None and cur.last + 1 < len(self.tokens) and self.tokens[cur.last].text == "and" and self.tokens[cur.last + 1].text == "the":
                nxt = next((x for x in ms if x.first == cur.last + 2), None)  # "Egypt and the United States"
            if nxt is None or nxt.actor_type == "country" and m.actor_type == "person":
                return out
            out.append(nxt)
            cur = nxt

    def _gender_clash(self, trig: int, m: Mention) -> bool:
        """"ودعت الرئيس السوري إلى الحوار": a feminine past verb of asking takes no man named by a masculine office (with no
        feminine word in his phrase) as its subject."""
        word = self.tokens[trig].text
        if self._latin(trig) or m.actor_type != "person" or m.office is None or not word.endswith("ت") or word.endswith("ات"):
            return False
        office, masculine = self.tokens[m.first].text, office_words(feminine=False)
        if not (office in masculine or (office.startswith("ال") and office[2:] in masculine)) or any(self._ta_marbuta(j) and self._nisba_at(j) for j in range(m.first, m.last)):
            return False  # "وقالت رايس": a woman told before by her name; "وزير الخارجية الإسرائيلية": a woman's title
        found = self._trigger_match(trig)
        return found is not None and any(e.get("pos") == "verb" and e.get("tense") == "past" and e.value in ("REQUEST", "CONCEDE", "SANCTION") for e in found[2])

    def _accusative_part(self, m: Mention) -> bool:
        """"اعتقلت الشرطة عددا من المشتبه بهم": a part of a whole in the accusative (عددا, بعضا) is the object."""
        if m.first < 2 or self.tokens[m.first - 1].text != "من":
            return False
        head = self.tokens[m.first - 2].text
        return head.endswith("ا") and head[:-1] in _cue_words("partitive_words")

    def _whole_subject_between(self, sent: Sentence, start: int, end: int, needs: tuple[str, ...], visit: bool) -> bool:
        """"قصفت الطائرات مواقع المسلحين": a definite noun after the verb is a whole subject, never the head of a genitive
        after it, and an indefinite word after it heads the object ("انتقد التقرير بشدة الحكومة": the report criticised).
        An adjective ("المسؤولون الأميركيون"), the surname of a name ("خالد البطش القيادي"), an honorific ("وقال العميد
        الركن ..."), a count, a time, a preposition ("قال للصحفيين هنا") or the verb's own object ("أطلق النار عشوائيا
        جنود") leaves it open, and so does an adverb after a visit's destination ("زار المنطقة أيضا المبعوث")."""
        dated, adverbs = self._dated_tokens(sent), (_cue_words("adverbs") if visit else frozenset())
        whole = next((j for j in range(start, end) if self._is_definite(j) and j not in dated and self.tokens[j].text not in _honorifics()
                      and self.tokens[j].text not in _ARTICLE_LOOKALIKES and not self._counted(j) and not self.tokens[j].text.startswith("لل")
                      and not (needs and _reads_as(self.tokens[j].text, needs))), None)
        parts = _cue_words_any("partitive_words", "member_words", "unit_words")  # "داهمت المنزل قوة من الجيش": the unit is the subject
        return whole is not None and any(not self._is_definite(k) and k not in dated and self.tokens[k].text not in adverbs and self.tokens[k].text not in ("باسم", "بلسان")  # "المتحدث بلسان الجيش"
                                         and not (self.tokens[k].text in parts or (self.tokens[k].text == "من" and k > whole + 1 and self.tokens[k - 1].text in parts))
                                         for k in range(whole + 1, end))

    def _subject(self, ms: list[Mention], sent: Sentence, trig: int, trig_end: int) -> list[Mention] | None:
        """The verb's agent: Arabic prefers the actor right after the verb (VSO), English the one before it.

        Returns None when the subject slot holds a word that is not an actor ("وقالت المصادر"):
        then the clause has a subject and the topic must not stand in for it.
        """
        clause = self._clause_start(sent, trig)
        reach = trig_end + 2
        if not self._latin(trig):  # "تظاهر أمس نحو مائتي شخص": the time and the count stand between verb and subject
            dated = self._dated_tokens(sent)
            while reach < sent.last and (reach - 2 in dated or self._counted(reach - 2)):
                reach += 1
            reach += self._time_phrase_end(sent, reach - 2) - (reach - 2)  # "هاجم في ساعة مبكرة مسلحون": an hour told without a date
        found = self._trigger_match(trig)
        needs: tuple[str, ...] = next((tuple(e.get("needs")) for e in found[2] if e.get("needs")), ()) if found is not None else ()
        visit = found is not None and any(e.value == "VISIT" for e in found[2])
        objects = needs if found is not None and any(e.value == "SANCTION" for e in found[2]) else ()  # "استدعى سفيره": the envoy recalled is no subject
        # "ودعوا زعيم القاعدة": a past verb in the plural carries its subject; the actor after it is its object
        plural = not self._latin(trig) and trig_end == trig + 1 and self.tokens[trig].text.endswith(("وا", "تا")) and found is not None \
            and any(e.get("pos") == "verb" and e.get("tense") == "past" and e.value in _ADDRESSING for e in found[2])
        after = None if plural else next((m for m in ms if trig_end <= m.first <= reach and not self._prep_before(m) and self._adjacent(trig_end, m.first)
                      and not (objects and (self._needed_word(m, objects) or self._prev_word(m) in _RELATIONS_WITH))  # "سحب سفيرها من القاهرة": the envoy and the state
                      and not self._accusative_part(m)
                      and not self._gender_clash(trig, m)
                      and not self._whole_subject_between(sent, trig_end, m.first, needs, visit or m.canonical in _AGENTS_OF_FORCE)
                      and not self._accusative(m) and not self._attack_adjective(m)  # "أصيب 70 في هجوم انتحاري": the bomber is the attack's adjective
                      and not any(self._verb_at(j) or self.tokens[j].text in _cue_words("background_openers") for j in range(trig_end, m.first))
                      and not any(self._governs(sent, j, m.first) for j in range(trig_end, m.first))), None)
        # "قتل بعدما أطلقت طائرة": the subject of another verb, past a conjunction, is not this one's
        # "the two ministers called for reform of the Security Council and said": after "and" the subject is the first verb's
        coordinated = self._latin(trig) and trig > sent.first and (
            self.tokens[trig - 1].text == "and" or (trig - 1 > sent.first and self.tokens[trig - 1].text in _EN_MODALS and self.tokens[trig - 2].text == "and"))
        if coordinated:  # "Leaders of the unions met officials on Monday and will hold further talks": the first verb's subject
            verbs_before = [j for j in self._verb_subjects if sent.first <= j < trig]
            if verbs_before:
                return list(self._verb_subjects[max(verbs_before)][1])
        reach_before = 2 if not self._latin(trig) else 16 if coordinated else 8
        # the gap never exceeds the distance: only mentions further away need it counted
        before = [m for m in ms if clause <= m.first and m.last <= trig and (trig - m.last <= reach_before or self._gap(sent, m.last, trig) <= reach_before)]
        if not self._latin(trig):  # "الموظف في اللجنة الانتخابية خطف": a noun after a preposition is no subject
            before = [m for m in before if self._prev_word(m) not in _PREPOSITIONS and self._prev_word(m) not in _ASIDES]
            # "قالت الشرطة إن عشرة قتلوا": the sayer before a bare أن is not the subject of the verb in what was said
            # ("أعلنت الشرطة أنها اعتقلت": its pronoun is the sayer; "قررت الحكومة أن تعقد": no saying)
            before = [m for m in before if not (self._said_by(m) and any(self.tokens[j].text == "ان" for j in range(m.last, trig)))]
            # "شرق بغداد ما أدى إلى مقتل": ما stands for the whole clause before, and that is the subject
            before = [m for m in before if not any(self.tokens[j].text in ("ما", "مما") for j in range(m.last, trig))]
        if self._latin(trig):  # "Police in the capital arrested", "Leaders of the unions met": the head, not the modifier
            before = [m for m in before if not any(self.tokens[j].text in _EN_VERB_BREAK for j in range(m.last, trig))]
            preps = ("of", "in", "from", "at", "for", "to", "with", "on", "by") if coordinated else ("of", "in", "from", "at")
            while len(before) > 1:
                chain = 1  # "of the United Nations Security Council": names that touch are one name
                while chain < len(before) and before[-chain - 1].last == before[-chain].first:
                    chain += 1
                j = before[-chain].first - 1
                while j > sent.first and self.tokens[j].text in ("the", "a", "an"):
                    j -= 1
                if chain == len(before) or self.tokens[j].text not in preps:
                    break
                del before[-chain:]
        if not before and not self._latin(trig):  # "إن مسلحين من عشيرة عربية كبيرة قتلوا": a phrase describing the subject between
            before = self._described_subject(sent, clause, trig)
        svo = None
        if before:
            last = before[-1]
            heads = [m for m in before if last in self._conjoined(ms, m)]
            svo = self._conjoined(ms, heads[0]) if heads else [last]
            head = None if self._latin(trig) or len(svo) > 1 else self._affiliated_head(ms, sent, last)
            if head is None and not self._latin(trig) and len(svo) == 1:  # "مسلحين من حركة طالبان قتلوا": the group they come from, named before the verb
                nxt = next((x for x in ms if x.first == last.last + 1 and x.last <= trig and self.tokens[last.last].text == "من"), None)
                head = self._affiliated_head(ms, sent, nxt) if nxt is not None else None
            if head is not None and head.first >= clause:
                svo = [head]  # "المتشددين من الموالين لحركة طالبان اختطفوا": the militants did it, Taliban is whom they follow
        if self._latin(trig):
            if not svo and trig > sent.first and self.tokens[trig - 1].text in _cue_words("non_actor_subjects"):
                return None  # "Analysts said Hanoi ...": the subject is no actor, and Hanoi is what they said
            if not svo and after is not None and self._speech_at(trig):  # '..., said Iranian Foreign Minister Abbas Araghchi'
                return [after]
            if not svo and trig - 1 > sent.first and self.tokens[trig - 1].text in ("who", "to", "before", "after"):  # "before flying to": the main verb's subject
                return self._en_controller(ms, sent, trig)
            return svo or []
        if trig > 0 and self.tokens[trig - 1].text == "قد":  # "وكانت فرقة ... قد قتلت": the subject sits between كان and قد, past any apposition
            kana = next((j for j in range(trig - 2, sent.first - 1, -1) if any(e.kind == "past_perfect" and e.value == "kana" for e in (self._cue_match(j) or (0, "", []))[2])), None)
            inside = [m for m in ms if kana is not None and kana < m.first and m.last <= trig - 1]
            if inside:
                return self._conjoined(ms, inside[0])
        if not svo and after is None and trig - 2 >= sent.first and self._kana_name(sent, trig - 1):
            return [Mention(trig - 1, trig, self.actors.surface(trig - 1, trig), None, "person", None)]  # "وكان الوحيدي أطلق"
        if svo and _plural_agreement(self.tokens[trig].text):
            if len(svo) > 1 or svo[0].actor_type == "group" or self._members(svo[0]):
                return svo  # "المتشددون ... اختطفوا سبعة جنود", "عناصر من جماعة الجهاد خطفوا": a verb agreeing in number follows its subject
            svo = None  # "في وسط الصومال وخطفوا": one country or person cannot be a plural verb's subject
        if after is not None and after.actor_type == "country" and svo is None:
            # "غادر الوفد ... صنعاء": a place after the verb is rarely its agent when a person or group leads the sentence
            earlier = [m for m in self._sentence_mentions if sent.first <= m.first and m.last <= trig and m.actor_type in ("person", "group", "org")]
            if earlier:
                return self._conjoined(self._sentence_mentions, earlier[-1])
        if svo and after is not None and any(self._counted(j) for j in range(trig_end, after.first)):
            return svo  # "وكانت مديرية الشرطة قتلت أمس ثلاثة مسلحين": with a subject before the verb, the counted are its object
        if after is not None and (svo is None or after.actor_type in ("person", "group", "org") or svo[0].actor_type == "country"):
            if after.actor_type == "group" and after.canonical not in _CROWDS:  # "هاجمت مجموعة مسلحة تابعة لجيش المهدي": armed men, named with whom they serve
                served = next((x for x in ms if after.last < x.first <= after.last + 2), None)
                head = self._affiliated_head(ms, sent, served) if served is not None else None
                if head is not None and head.first == after.first:
                    return [head]
            return self._conjoined(ms, after)
        if svo:
            return svo
        if trig_end < len(self.tokens) and _reads_as(self.tokens[trig_end].text, _cue_words("non_actor_subjects")):
            return None
        return []

    def _time_phrase_end(self, sent: Sentence, j: int) -> int:
        """Where a time phrase with no date in it, opening at j, ends ("في ساعة مبكرة", "في وقت متأخر من الليل",
        "قبل ساعات": cues.yaml `time_openers`, `time_words`); j when none opens there."""
        if j < sent.last and self._adverbial_time(j):
            return j + 1  # "هاجم فجرا مسلحون": a time in the accusative, alone
        if j + 1 >= sent.last or self.tokens[j].text not in _cue_words("time_openers") or self.tokens[j + 1].text not in _cue_words("time_words"):
            return j
        k = j + 1
        while k < sent.last and self._adjacent(k, k) and (self.tokens[k].text in _cue_words("time_words") or (self.tokens[k].text == "من" and k + 1 < sent.last and self.tokens[k + 1].text in _cue_words("time_words"))):
            k += 1
        return k

    def _governs(self, sent: Sentence, j: int, k: int) -> bool:
        """Is the word at k inside the phrase the preposition or place word at j opens? "انفجرت عبوة قرب
        مركز الشرطة": the police are the station's, no subject; "أطلق خلال المواجهات جنود النار": after the
        definite noun the phrase is over, and the soldiers are the subject ("مجموعة من المتظاهرين": a part
        named after its word is the subject too)."""
        word = self.tokens[j].text
        if word not in _cue_words("phrase_breaks") or self._counted(j) or (word == "من" and j > 0 and not self._trigger_match(j - 1)):
            return False
        if k > j + 1 and self._time_phrase_end(sent, j) >= k:
            return False  # "أطلق قبل ساعات مسلحون النار": a time phrase governs no one after it
        return not any(self._is_definite(x) or _closed(self.tokens[x].text) or self._counted(x) for x in range(j + 1, k))

    def _members(self, m: Mention) -> bool:
        """Is the body named by its members: the word for them ("عناصر من جماعة الجهاد", cues.yaml `member_words`)
        or a group of its men ("مسلحين من جماعة الجهاد")? Then it does what a plural verb tells."""
        return any(v in _cue_words("member_words") for v, _ in clitic_variants(self.tokens[m.first].text, False)) \
            or any(g.first == m.first and g.last < m.last and g.actor_type == "group" for g in self._sentence_mentions)

    def _first_attack_after(self, sent: Sentence, i: int, k: int) -> bool:
        """Is the attack noun at k the first attack word after the violence word at i, taken with في/ب/جراء (what it died in),
        not after another ("في غارة جوية أعقبت هجوما انتحاريا") or an accusative one?"""
        if k <= i or any(self._is_attack_word(j) for j in range(i + 1, k)):
            return k == i  # the trigger itself ("استهدف هجوم انتحاري", "هجوم انتحاري")
        return self.tokens[k - 1].text in ("في", "جراء", "اثر", "إثر") or self.tokens[k].text.startswith("ب")

    def _name_joined(self, i: int) -> bool:
        """Does a known name start at token i that is no verb: one of several words ("فتح الإسلام": Fath al-Islam, not
        "opened") or one read as a name beside another ("حماس وفتح", lexicon.conjoined_names)?"""
        return any(m.first == i and proper_name(m) and (m.last - m.first > 1 or fold(m.name) in conjoined_names()) for m in self._sentence_mentions)

    def _said_by(self, m: Mention) -> bool:
        """Is m the subject of a speech verb right before it ("قالت الشرطة")?"""
        found = self._trigger_match(m.first - 1) if m.first > 0 else None
        return found is not None and found[0] == m.first and any(e.value == "STATEMENT" and e.get("pos") == "verb" for e in found[2])

    def _by_phrase_after(self, sent: Sentence, m: Mention) -> bool:
        """Does a by-phrase (برصاص, بنيران, على يد) follow the phrase of m, past a time?"""
        after = self._past_time(sent, self._whole_phrase(sent, m, sent.last).last, sent.last)
        return after < sent.last and self._adjacent(after, after) and (self.tokens[after].text in _BY or (
            after + 1 < sent.last and self.tokens[after].text == "علي" and self.tokens[after + 1].text in _BY))

    def _adverbial_time(self, j: int) -> bool:
        """Is the word at j a part of the day told alone (cues.yaml `adverbial_times`: "فجرا"), not the dual verb of two doers
        blowing something up ("مسلحان فجرا عبوة ناسفة")?"""
        if self.tokens[j].text not in _cue_words("adverbial_times"):
            return False
        two_doers = j > 0 and self.tokens[j - 1].text.endswith(("ان", "ين"))
        blown = j + 1 < len(self.tokens) and self.tokens[j + 1].text.startswith(_BLOWN_UP)
        return not (two_doers and blown)

    def _verb_at(self, j: int) -> bool:
        """Does a verb trigger start at token j (not a noun: "خلال المواجهات" may stand between a verb and its subject)?"""
        found = self._trigger_match(j) if not self._adverbial_time(j) else None  # "فجرا": at dawn
        return found is not None and any(e.get("pos") == "verb" for e in found[2])

    def _affiliated_head(self, ms: list[Mention], sent: Sentence, m: Mention) -> Mention | None:
        """"المتشددين من الموالين لحركة طالبان", "مسلحون تابعون لتنظيم القاعدة": an armed group named
        with whom it serves or follows; the phrase runs from that group to m and keeps its head's identity."""
        if m.first <= sent.first or not (self.tokens[m.first - 1].text == "من" or (self.tokens[m.first].text[:1] == "ل" and m.name[:1] != "ل")):
            return None
        j = m.first - 1 if self.tokens[m.first - 1].text == "من" else m.first
        linked = 0  # the words that link them: من and a participle of following or belonging (الموالين, تابعون)
        while j > sent.first and linked <= 2:
            head = next((h for h in ms if h.last == j and h.actor_type == "group" and h.canonical not in ("civilians", "casualties")), None)
            if head is not None:
                if not linked and self.tokens[j].text == "من" and proper_name(m):
                    return remention(m, first=head.first, name=self.actors.surface(head.first, m.last, head.prefix), prefix=head.prefix)  # "مسلحين من طالبان": its men
                return remention(head, last=m.last, name=self.actors.surface(head.first, m.last, head.prefix)) if linked or self.tokens[j].text == "من" else None
            k = j - 1
            word = self.tokens[k].text
            if not self._adjacent(k, j) or self._known_word(k) or self._trigger_match(k) or k in self._dated_tokens(sent) \
                    or (word != "من" and (word in _cue_words("phrase_breaks") or not (word.endswith(("ين", "ون")) or word in _cue_words("affiliation_words")))):
                return None
            linked += word != "من"
            j = k
        return None

    def _kana_name(self, sent: Sentence, j: int) -> bool:
        """Is token j a name the lexicons miss, standing alone between كان and its verb ("وكان
        الوحيدي أطلق")? Only a subject stands there; a time, a count or a particle is no name."""
        word = self.tokens[j].text
        kana = self._cue_match(j - 1)
        if not kana or not any(e.kind == "past_perfect" and e.value == "kana" for e in kana[2]) or not self._adjacent(j, j + 1):
            return False
        if len(word) <= 3 or word.endswith("ا") or word in _cue_words("not_names") or j in self._dated_tokens(sent):
            return False  # "وكان هناك", "وكان صباحا", "وكان الجميع": an adverb, a time or a pronoun, not a name
        return not (self._counted(j) or self._trigger_match(j) or self._cue_match(j) or word in _cue_words("phrase_breaks")
                    or word in _cue_words("verb_openers") or word in _institution_stops() or any(m.first <= j < m.last for m in self._sentence_mentions))

    def _en_controller(self, ms: list[Mention], sent: Sentence, trig: int) -> list[Mention]:
        """Who does an English verb with no subject of its own: "Ferreira, who travelled to ..." -- the
        name "who" follows; "is expected to visit Macomia on Thursday to meet commanders" -- the
        subject of the verb the infinitive completes."""
        if self.tokens[trig - 1].text == "who":
            named = [m for m in ms if m.last == trig - 1 and m.actor_type in ("person", "org", "group")]
            return named[-1:]
        governing = [j for j in self._verb_subjects if sent.first <= j < trig - 1]
        return list(self._verb_subjects[max(governing)][1]) if governing else []

    def _gap(self, sent: Sentence, a: int, b: int) -> int:
        """Words between tokens a and b, not counting a time phrase ("مديريات العراق خلال الأسبوع الماضي
        قتلت") or, in Arabic, a known actor after a preposition ("الموظف في اللجنة الانتخابية خطف")."""
        dated = self._dated_tokens(sent)
        skipped = set(dated)
        for j in range(a, b):
            if j + 1 in dated and self.tokens[j].text in ("خلال", "في", "منذ", "during", "on", "in"):
                skipped.add(j)
        if not self._latin(b - 1 if b > a else a):
            for m in self._sentence_mentions:
                if a < m.first and m.last <= b and self.tokens[m.first - 1].text in _PREPOSITIONS:
                    skipped.update(range(m.first - 1, m.last))
            commas = b - 1 > a and "," in self.folded.text[self.tokens[a].end : self.tokens[b - 1].start]
            for j in range(a + 1, min(b, len(self.tokens) - 1) if commas else a + 1):  # "ثمانية أشخاص، بينهم طفلان، قتلوا": an aside naming some of them
                opener = self._aside_before(sent, j + 1) if self.folded.text[self.tokens[j].end : self.tokens[j + 1].start].strip() == "," else None
                if opener is not None and opener > a:
                    skipped.update(range(opener, j + 1))
        return sum(1 for j in range(a, b) if j not in skipped)

    def _object(self, ms: list[Mention], subject: list[Mention], trig: int, trig_end: int, stop: int) -> list[Mention]:
        """The direct object: "التقى بوتين مودي", "Putin met Modi" -- the first actor after verb and subject, with no preposition."""
        taken = {m.key for m in subject}
        start = max([trig_end] + [m.last for m in subject if m.first >= trig_end])
        for m in ms:
            if start <= m.first <= start + 2 and m.first < stop and m.key not in taken and not self._prep_before(m):
                return self._conjoined(ms, m)
        return []

    def _english_event_form(self, sent: Sentence, i: int, end: int, entry: Entry) -> bool:
        """English forms that name no event: a bare verb without will/to ("build support"), an invitation
        ("invited him to visit"), a verb whose object is a thing ("meet the terms"), and the sourcing
        tail "..., officials said"."""
        before = [self.tokens[j].text for j in range(max(sent.first, i - 4), i)]
        if entry.get("tense") == "base" and not self._after_modal(before):
            return False
        if any(w in _EN_INVITE for w in before):
            return False
        if before[-1:] == ["to"] and any(d.event_type == entry.value and d.sentence is sent for d in self.drafts):
            return False  # "marched through Accra to protest against": the purpose restates the act told
        if entry.value == "MEETING" and entry.get("pos") == "verb" and any(self.tokens[j].text in _cue_words("met_things") for j in range(end, min(sent.last, end + 2))):
            return False  # "to meet the terms of a loan": things met are no one met
        if entry.value in _SPEECH and entry.get("pos") == "verb":
            gap = self.folded.text[self.tokens[max(sent.first, i - 3)].start : self.tokens[i].start]
            if "," in gap and sent.last - end <= 3:  # "..., the ministry said."
                return False
        return True

    def _after_modal(self, before: list[str]) -> bool:
        """Is a base form governed by will/to/a modal: right after it, or past adverbs ("will then travel",
        "to formally sign", cues.yaml `verb_adverbs`)? In "trying to build support" the "to" governs "build",
        and "support" is its object."""
        k = len(before) - 1
        while k >= 0 and k >= len(before) - 3:
            if before[k] in _EN_MODALS:
                return True
            if not before[k].endswith("ly") and before[k] not in _cue_words("verb_adverbs"):
                return False
            k -= 1
        return False

    def _reported_content(self, trig: int, d: DateMention) -> bool:
        """Is the date inside the reported clause: after "أن/إن/that" or a quote, or before an English "..., X said"?"""
        if d.first_token > trig:
            gap = self.folded.text[self.tokens[trig].end : self.tokens[d.first_token].start]
            return '"' in gap or any(self.tokens[j].text in ("ان", "that") for j in range(trig + 1, d.first_token))
        return self._latin(trig) and trig - d.last_token > 2

    def _speech_at(self, i: int) -> bool:
        m = self._trigger_match(i)
        return bool(m) and any(e.value in _SPEECH for e in m[2])  # type: ignore[index]

    def _adjacent(self, a: int, b: int) -> bool:
        """Nothing but words that are not "أن/إن/that" and no punctuation between tokens a and b."""
        if a > 0:
            s, e = self.tokens[a - 1].end, self.tokens[b].start
            if not one_space(self.folded.text, s, e) and not _CLAUSE_PUNCT.isdisjoint(self.folded.text[s:e]):
                return False
        return not any(self.tokens[j].text in ("ان", "that") for j in range(a, b))

    def _victim_slot(self, m: Mention, sent: Sentence, trig: int, trig_end: int, verb: bool) -> bool:
        """Is the actor after a violence word its victim? Passive verbs, counted people, victim nouns, and nouns like مقتل."""
        if self._latin(trig):
            return False
        if m.first < trig_end:  # "ثمانية أشخاص قتلوا": people named by what they suffered come first too
            # "إن مقاتلا قتل بعدما ...": قتل with nothing to kill after it is the passive "was killed"
            # "خمسة تجار خطفوا أيضا": a crowd before a plural verb of suffering, with nothing after it, was hurt or taken
            suffered = m.canonical in _CROWDS and self.tokens[trig_end - 1].text.endswith("وا") and self._nothing_hit_after(sent, trig_end) \
                and self._lemma_in(trig, _cue_words_any("casualty_lemmas", "abduction_lemmas"))
            return m.canonical == "civilians" or (verb and (self._homograph(trig) or suffered) and not self._object_follows(sent, trig_end))
        word = self.tokens[trig].text
        if verb and self._homograph(trig) and self._by_phrase_after(sent, m):
            return True  # "قتل مستوطن أمس برصاص مسلحين": by whom follows, so the one named was killed
        told = self._past_time(sent, self._whole_phrase(sent, m, sent.last).last, sent.last)
        if verb and told < sent.last and self.tokens[told].text in _cue_words("succumbing_words"):
            return True  # "قتل مستوطن متأثرا بجراحه": he died of them
        if m.canonical == "civilians" and not self._accusative(m) and any(x.first == m.last and self._accusative(x) for x in self._sentence_mentions):
            return False  # "طعن رجل شرطيا": the accusative after it is the one stabbed; the nominative stabbed
        counted = any(self.tokens[j].text[-1:].isdigit() or self.tokens[j].text in _cue_words("count_words") for j in range(trig_end, m.first))
        if m.actor_type == "person" and verb and self._homograph(trig) and told < sent.last - 1 and self.tokens[told].text in _IN_AN_ATTACK and self._is_attack_word(told + 1):
            return True  # "قتل قائد الشرطة في هجوم انتحاري": he died in it
        if m.canonical in _ARMED - {"civilians"} and not counted and verb and self._homograph(trig):
            # "خطف مسلحون صحفيا": خطف read as the active verb when armed men follow it, unless another
            # violence word follows them at once ("قتل جنديان اميركيان واصيب تسعة": both passive)
            after = self._past_time(sent, self._whole_phrase(sent, m, sent.last).last, sent.last)
            if after < sent.last - 1 and self.tokens[after].text in _TEMPORAL_LINKS:  # "قتل جندي بعدما انفجرت عبوة": what killed him follows
                after += 1
            elif after < sent.last - 2 and self.tokens[after].text in ("بعد", "عقب") and self.tokens[after + 1].text in ("ان", "أن"):
                after += 2
            elif after < sent.last - 1 and self.tokens[after].text in _IN_AN_ATTACK and self._is_attack_word(after + 1) and not self._is_definite(after + 1):
                after += 1  # "قتل جنود في هجوم": they died in it ("قصف الجيش إثر الهجوم مواقع": after the one told, it shelled)
            if after >= sent.last or not self._adjacent(after, after) or self.tokens[after].text in _cue_words("succumbing_words"):
                return True  # "قتل جندي أمس.": nothing after them for them to have killed; "قتل جندي متأثرا بجراحه": he died of them
            if self.tokens[after].text in _PREPOSITIONS or self.tokens[after].text in ("في", "خلال"):
                # "قتل جنديان على الجبهة": a place, not an object, follows; unless one comes after it ("خطف مسلحون في بغداد صحفيا")
                return not any(self._counted(j) or any(m.first == j and self._accusative(m) for m in self._sentence_mentions)
                               for j in range(after + 1, min(sent.last, after + 6)) if self._adjacent(j, j))
            return bool(self._trigger_match(after))
        return (
            m.canonical == "civilians"
            or counted
            or _reads_as(word, _patient_words())
        )

    def _object_follows(self, sent: Sentence, end: int) -> bool:
        """Does a noun follow the verb ending at `end`, with no punctuation, preposition, particle or date between?"""
        if end >= sent.last or not self._adjacent(end, end) or end in self._dated_tokens(sent):
            return False
        word = self.tokens[end].text
        return not (word in _cue_words("phrase_breaks") or word in _cue_words("verb_openers") or self._trigger_match(end))

    def _nothing_hit_after(self, sent: Sentence, end: int) -> bool:
        """Does the clause after a verb name no one it could have hit: no count, no actor but after a preposition,
        no accusative noun ("اختطفوا أمس جنديين", "أصابوا خلال المواجهات عشرين شرطيا" name them)?"""
        dated = self._dated_tokens(sent)
        for j in range(end, sent.last):
            if j > end and not self._adjacent(j, j):
                return True  # the clause is over
            word = self.tokens[j].text
            if self._counted(j) or (_closed(word) and word.endswith("ا") and word not in _cue_words("adverbs") and j not in dated):
                return False
            if any(m.first == j and self._prev_word(m) not in _PREPOSITIONS for m in self._sentence_mentions):
                return False
        return True

    def _needs_at(self, i: int) -> tuple[str, ...]:
        """The words the event word at i needs (أطلق: النار, قذيفة; أوقع: قتلى), () when none."""
        found = self._trigger_match(i)
        return next((tuple(e.get("needs")) for e in found[2] if e.get("needs")), ()) if found is not None else ()

    def _lemma_in(self, i: int, lemmas: frozenset[str]) -> bool:
        """Is the word at i a form of one of these (folded) lemmas?"""
        m = self._trigger_match(i)
        return m is not None and any(fold(e.get("lemma", "")) in lemmas for e in m[2])

    def _homograph(self, i: int) -> bool:
        """Is the word at i spelt as both a verb and a masdar (قتل, خطف, قصف)?"""
        m = self._trigger_match(i)
        pos = {e.get("pos") for e in m[2]} if m else set()
        return {"verb", "noun"} <= pos

    def _accusative(self, m: Mention) -> bool:
        """"قتلت قواته مسلحا": a common noun with the accusative ending -an is an object, never the subject."""
        word = self.tokens[m.first].text
        return m.actor_type == "group" and not self._latin(m.first) and len(word) > 3 and word.endswith("ا") and not word.endswith("اا") \
            and not _dual_official(word)  # "وزيرا التجارة": a dual in construct, nominative

    def _count_word(self, i: int) -> bool:
        """A count with the article or without ("عشرات", "المئات")."""
        t = self.tokens[i].text
        return self._counted(i) or (t.startswith("ال") and t[2:] in _cue_words("count_words"))

    def _counted(self, i: int) -> bool:
        t = self.tokens[i].text
        return t[:1].isdigit() or t in _cue_words("count_words")

    def _protesting(self, m: Mention, draft: Draft, entry: Entry, sent: Sentence) -> bool:
        """Does this actor make an agent verb a protest? New protesters do; so does a crowd blocking a road
        (the verb `needs` it), or gathering against someone or for a demand -- "احتشد آلاف المشجعين في
        الملعب" is a crowd at a match, not a protest."""
        crowd = m.canonical in _CROWDS or (m.canonical == "civilians" and self._counted(m.first))  # "آلاف عامل": people by the thousand
        if not crowd or (self._definite(m) and not self._first_told(draft, entry)):
            return False
        return m.canonical == "protesters" or bool(entry.get("needs")) or bool(draft.holders("recipient")) or self._demanding(sent)

    def _deliberative(self, m: Mention) -> bool:
        """Is the actor a body that sits to deliberate (cues.yaml `deliberative_bodies`: "the provincial assembly", "lawmakers")?"""
        return any(self.tokens[j].text in _cue_words("deliberative_bodies") for j in range(m.first, m.last))

    def _demanding(self, sent: Sentence) -> bool:
        """Does the sentence voice a demand ("مطالبين بإسقاط النظام", "demanding", cues.yaml `demand_words`)?"""
        return any(_reads_as(self.tokens[j].text, _cue_words("demand_words")) for j in range(sent.first, sent.last))

    def _first_told(self, draft: Draft, entry: Entry) -> bool:
        """"وتجمع المتظاهرون ... وهتفوا بشعارات مضادة لمحافظ": the protesters are known to the reader,
        but a gathering aimed at someone, in an article that has told no protest yet, is the first
        report of it there is. Chants and banners (`needs_target`) only tell how it went."""
        return not entry.get("needs_target") and bool(draft.holders("recipient")) and not any(d.event_type == draft.event_type for d in self.drafts)

    def _definite(self, m: Mention) -> bool:
        """Arabic "المتظاهرون" (ال): already known to the reader; English has no such marking here.
        A part of them ("عدد من الشبان", "مجموعة من المتظاهرين", "المئات من العراقيين") is someone new."""
        if m.first >= 2 and self.tokens[m.first - 1].text == "من":
            part = self.tokens[m.first - 2].text
            if self._counted(m.first - 2) or any(v in _cue_words("partitive_words") for v, _ in clitic_variants(part, False)):
                return False
        return _has_article(fold(m.name).split()[0] if m.name.strip() else "")

    def _latin(self, i: int) -> bool:
        word = self.tokens[i].text
        return not word or ord(word[0]) < 128  # compiled, a native read: str.isascii is a generic method call

    def _prev_word(self, m: Mention) -> str:
        """The word before a mention, skipping honorifics and counts ("مع معالي وزير ...", "على يد عشرة مسلحين")."""
        j = m.first - 1
        while j >= 0 and (self.tokens[j].text in _honorifics() or self._counted(j) or self.tokens[j].text in _EN_POSSESSIVES):
            j -= 1
        return self.tokens[j].text if j >= 0 else ""

    def _prep_before(self, m: Mention) -> bool:
        return self._prev_word(m) in _ACTOR_PREPS or m.prefix.lstrip("وف")[:1] in ("ل", "ب", "ك")

    def _after(self, ms: list[Mention], trig_end: int, stop: int, preps: set[str]) -> list[Mention]:
        """Actors introduced by one of `preps` between the trigger and `stop`."""
        out: list[Mention] = []
        for m in ms:
            if trig_end <= m.first < stop and m not in out and self._prev_word(m) in preps:
                out.extend(x for x in self._conjoined(ms, m) if x not in out)
        return out

    def _between(self, ms: list[Mention], trig_end: int, stop: int) -> tuple[list[Mention], list[Mention]]:
        """"اشتباكات بين الجيش والمسلحين", "بين الجيش ... من جهة وبين الحوثيين": the two sides."""
        # "انفجار لغم على الحدود بين لبنان وإسرائيل": where it was, not the sides, unless the act is mutual ("تبادل الجيشان
        # إطلاق النار على الحدود بين لبنان وإسرائيل": the two states' forces)
        mutual = _cue_words("mutual_words")
        places = () if any(self.tokens[j].text in mutual for j in range(max(0, trig_end - 4), trig_end)) else _cue_words("between_places")
        heads = [m for m in ms if trig_end <= m.first < stop and self._prev_word(m) in ("بين", "وبين", "between")
                 and not (m.first >= 2 and self.tokens[m.first - 2].text in places)]
        if len(heads) >= 2:
            return self._conjoined(ms, heads[0]), self._conjoined(ms, heads[1])
        if heads:
            chain = self._conjoined(ms, heads[0])
            return chain[:1], chain[1:]
        return [], []

    def _pair(self) -> list[Mention]:
        """The two countries an article is about: who "البلدين" and a joint statement mean."""
        top = _most_common([m.country for m in self.mentions if m.country])[:2]
        out = []
        for c in top:
            rep = next((m for m in self.mentions if m.country == c and m.actor_type == "country"), None)
            out.append(rep or next(m for m in self.mentions if m.country == c))
        return out if len(out) == 2 else []

    def _pair_from_nisba(self, sent: Sentence, trig: int, stop: int) -> list[Mention]:
        """"الروسية-الهندية" after the trigger names both sides."""
        gaz = gazetteer()
        for i in range(trig, min(stop, trig + 8)):
            t = self.tokens[i].text
            if "-" in t:
                parts = t.split("-")
                codes = []
                for p in parts:
                    hit = gaz.longest_in([fold(p)], 0)  # loose words: the article's cached matches stay
                    if hit:
                        codes += [e.value for e in hit[2] if e.kind in ("nisba", "country")][:1]
                if len(codes) == 2 and codes[0] != codes[1]:
                    s, e = self.folded.span(self.tokens[i].start, self.tokens[i].end)
                    name = self.folded.original[s:e]
                    return [Mention(i, i + 1, name, country_name(c), "country", c) for c in codes]
        return []

    # ------------------------------------------------------------ main
    def run(self) -> list[Draft]:
        if not self._trigger_starts:
            return self.drafts  # no word in it opens an event
        for sent in self.sentences:
            ms = self._participants_in(sent)
            self._sentence_mentions = ms
            self.mentions.extend(ms)
            self._sentence(sent, ms)
            self._drop_sourcing(sent)
        if not self.drafts:
            return self.drafts  # what follows only mends drafts: half the articles a feed brings have none
        self._resolve_offices()
        self._resolve_pairs()
        self._merge_repeats()
        self._inherit_dates()
        self._national_forces()
        return self.drafts

    def _national_forces(self) -> None:
        """"الجيش الوطني", "the national police": a national force with no country named is the
        force of the country the article is most about (the one its actors name most); so is a
        body named by its head alone ("الحكومة", "the government")."""
        ranked = _most_common([m.country for m in self.mentions if m.country])
        if not ranked:
            return
        country = ranked[0]
        national = _cue_words("national_words")
        bare = set(self.actors.bare_bodies.values())
        for d in self.drafts:
            d.roles = [
                (r, remention(m, country=country) if m.country is None and m.actor_type == "group" and m.canonical in _ARMED - {"civilians", "explosive devices", "militants"}
                 and any(w in national for w in fold(m.name).split())
                 else remention(m, country=self._bare_body_country(m) or country) if m.country is None and m.actor_type == "org" and m.canonical in bare
                 else m)
                for r, m in d.roles
            ]

    def _bare_body_country(self, m: Mention) -> str | None:
        """"أدانت الحكومة الإيرانية ... وقالت الحكومة": a body named by its head alone is the one named in
        full before it (the same head with a country), else that of the country the article names most."""
        head = fold(m.name).split()[0] if m.name.strip() else ""
        told = [x.country for x in self.mentions if x.last <= m.first and x.actor_type == "org" and x.country and fold(x.name).split()[:1] == [head]]
        return told[-1] if told else None

    def _participants_in(self, sent: Sentence) -> list[Mention]:
        """The actors a sentence names that may take part in its events: not the report's sources ("بحسب الجيش"),
        nor the places in a bracketed bearing; a source that speaks ("حسبما أكد الرئيس") makes its statement but is
        no participant in the violence it tells (`_reporters`)."""
        ms: list[Mention] = []
        bracketed = "(" in self.folded.text[sent.start : sent.end]  # most sentences have no aside to look into
        cues: list[int] | None = None  # where attribution cues start in the sentence, looked for once it has a mention
        for m in self.actors.find(sent.first, sent.last):
            if bracketed and self._in_bearings(m):
                continue  # "(300 كلم جنوب بغداد)": where the place is, no participant
            if cues is None:
                # most sentences hold no word that opens an attribution (its word code says so): no cue look-up then
                cues = [j for j in range(sent.first, sent.last) if self._opens[j] & _ATTRIBUTING
                        and any(e.kind == "attribution" for e in (self._cue_match(j) or (0, "", []))[2])]
            source = self._attribution_start(m, cues) if cues else None
            if source is not None and any(self._telling_verb(k) for k in range(source, m.first)) and not self._media(m):
                self._sources.update(range(source, m.first))  # "حسبما أكد رئيس الوزراء في كلمة": a statement of its own
                self._reporters.add(m.first)
                ms.append(m)
            elif source is not None:  # the source and the words before it ("بحسب", "حسبما أفادت الوكالة") are no participant's
                self._sources.update(range(source, m.last))
            else:
                ms.append(m)
        return ms

    def _attribution_start(self, m: Mention, cues: list[int]) -> int | None:
        """Where the phrase naming m as the report's source starts, if it does: "بحسب الجيش", "according to
        police", "حسبما أفادت وكالة الأنباء", "وفقا لما ذكرته الشرطة" (a verb of telling may stand between);
        such a source is no participant, nor are the words that introduce it."""
        for j in cues:
            if m.first - 4 <= j < m.first:
                c = self._cue_match(j)
                if c and all(self._telling_verb(k) or self.tokens[k].text in ("به", "بها") for k in range(c[0], m.first)):
                    return j
        return None

    def _media(self, m: Mention) -> bool:
        """Does m name the press, sources or witnesses (cues.yaml `non_actor_subjects`: وكالة, مصادر, شهود)?"""
        return any(self.tokens[j].text in _cue_words("non_actor_subjects") for j in range(max(0, m.first - 1), m.last))

    def _in_bearings(self, m: Mention) -> bool:
        """Is m inside a bracketed aside giving a place's bearings ("(300 كلم جنوب بغداد)")?"""
        text, k = self.folded.text, m.first
        while k > max(0, m.first - 5) and "(" not in text[self.tokens[k - 1].end : self.tokens[k].start]:
            k -= 1
        opened = k > 0 and "(" in text[self.tokens[k - 1].end : self.tokens[k].start] and ")" not in text[self.tokens[k].start : self.tokens[m.first].start]
        after = text[self.tokens[m.last - 1].end : self.tokens[m.last].start if m.last < len(self.tokens) else len(text)]
        return opened and ")" in after and any(self.tokens[j].text in _cue_words("bearing_words") for j in range(k, m.first))

    def _telling_verb(self, k: int) -> bool:
        m = self._trigger_match(k)
        return (m is not None and any(e.value in _SPEECH and e.get("pos") == "verb" for e in m[2])) or _reads_as(self.tokens[k].text, _cue_words("report_with_ba"))

    def _attack_adjective(self, m: Mention) -> bool:
        """"تفجير انتحاري", "هجوم مسلح": right after an attack noun a militant word is its adjective; it
        tells who attacked (a suicide bomber, gunmen), never who was hit."""
        if m.canonical != "militants" or m.last - m.first != 1 or m.first == 0 or self._latin(m.first):
            return False
        before = self._trigger_match(m.first - 1)
        readings = [e for e in before[2] if e.kind == "trigger"] if before and before[0] in (m.first, m.last) else []  # "هجوم انتحاري" is also a trigger of its own
        return bool(readings) and all(e.value == "ASSAULT" and e.get("pos") == "noun" for e in readings) and self._adjacent(m.first, m.first)

    def _leader_pair(self) -> list[Mention]:
        """The two people an article is about, from different countries (for "the two presidents")."""
        out: list[Mention] = []
        for key in _most_common([m.key for m in self.mentions if m.actor_type == "person" and m.country]):
            m = next(x for x in self.mentions if x.key == key)
            if all(o.country != m.country for o in out):
                out.append(m)
            if len(out) == 2:
                return out
        return []

    def _resolve_pairs(self) -> None:
        """"the two presidents": the article's two leaders; "the two governments", "both sides": its two countries."""
        pair = countries = None
        for d in self.drafts:
            for n, (role, m) in list(enumerate(d.roles)):
                if m.actor_type != "group" or m.first == 0 or not (self.tokens[m.first - 1].text in _PAIR_WORDS or self._of_both(m.last) or self._dual(m)):
                    continue
                portfolio = _portfolio_domain(m.canonical or "")
                if m.canonical in ("leaders", "ministers") or (portfolio and m.canonical in _OFFICIALS):
                    pair = pair if pair is not None else self._leader_pair()
                    two = pair
                    offices = [x.office or "" for x in pair]
                    held = any(portfolio in o for o in offices) and all(portfolio in o or o == "counterpart" for o in offices)
                    if portfolio and not held:  # the trade ministers of two prime ministers' countries (a counterpart holds the other's office)
                        countries = countries if countries is not None else self._pair()
                        two = [remention(m, country=c.country) for c in countries]
                elif m.canonical == "sides":
                    countries = countries if countries is not None else self._pair()
                    two = countries
                else:
                    continue
                if two:
                    d.roles[n] = (role, two[0])
                    d.add(role, two[1])

    def _of_both(self, j: int) -> bool:
        """"the trade ministers of the two countries", "of both sides", "وزراء التجارة في البلدين": a group of the article's pair."""
        words = [t.text for t in self.tokens[j : j + 4]]
        if words[:1] and words[0] in _DUALS:
            return True  # "وزراء خارجية البلدين"
        if words[:1] == ["في"] and words[1:2] and words[1] in _DUALS:
            return True
        return words[:1] == ["of"] and (words[1:2] in (["both"], ["two"]) or words[1:3] == ["the", "two"])

    def _dual(self, m: Mention) -> bool:
        """"وزيرا التجارة", "الرئيسان": an Arabic dual names two, the article's pair."""
        return _dual_official(self.tokens[m.first].text)

    def _resolve_offices(self) -> None:
        """"وزير الخارجية" in the headline is the minister the body names later: give it his identity."""
        people = self.actors.people_by_office
        for d in self.drafts:
            offices = [m.office for _, m in d.roles if m.office and m.office != "counterpart"]
            for n, (role, m) in enumerate(d.roles):
                if m.office == "counterpart" and offices:  # "نظيره الألماني": the same office, another country
                    known = people.get((offices[0], m.country))
                    if known is not None:
                        d.roles[n] = (role, remention(m, canonical=known.canonical, office=offices[0]))
                elif m.actor_type == "person" and m.canonical is None and m.office:
                    known = people.get((m.office, m.country)) or people.get((m.office, None))
                    if known is not None:
                        d.roles[n] = (role, remention(m, canonical=known.canonical, country=m.country or known.country))
            seen: set[tuple[str, str]] = set()
            d.roles = [(r, m) for r, m in d.roles if not ((r, m.key) in seen or seen.add((r, m.key)))]  # type: ignore[func-returns-value]

    def _merge_repeats(self) -> None:
        """One event once: a speaker's remarks in one article are one statement; a repeated act (same trigger, same actors) is one event."""
        kept: list[Draft] = []
        for d in self.drafts:
            keys = frozenset((r, m.key) for r, m in d.roles)
            target = next(
                (
                    x for x in kept
                    if x.event_type == d.event_type
                    and (
                        (d.event_type in _SPEECH and {m.key for m in x.holders("speaker")} == {m.key for m in d.holders("speaker")})
                        or (d.event_type == "VISIT" and _same_visit(x, d))
                        or (x.lemma == d.lemma and _nested(frozenset((r, m.key) for r, m in x.roles), keys))
                        or (d.event_type == "MEETING" and _same_meeting(x, d))
                        or self._retold_attack(x, d, keys)
                    )
                ),
                None,
            )
            if target is None:
                kept.append(d)
            else:
                _absorb(target, d)
                if d.event_type == "MEETING" and target.verb and not d.verb:
                    target.lemma = d.lemma  # "agreed to meet ... will hold a summit": "during the summit" names it
        self.drafts = kept

    def _retold_attack(self, x: Draft, d: Draft, keys: frozenset) -> bool:
        """"Militants attacked a police post on Tuesday ... About a dozen gunmen opened fire on the
        post": a later, undated report of an attack whose every participant is already the earlier
        attack's, in the same role, tells that attack again -- unless it says it is another one."""
        if d.event_type != "ASSAULT" or d.date is not None or d.status != x.status or not keys:
            return False
        if any(self.tokens[j].text in _cue_words("another_event") for j in range(d.sentence.first, d.sentence.last)):
            return False
        return keys <= frozenset((r, m.key) for r, m in x.roles)

    def _triggers_in(self, sent: Sentence, ms: list[Mention]) -> list[tuple[int, int, Entry, str]]:
        starts = self._trigger_starts
        starts = starts[bisect_left(starts, sent.first) : bisect_left(starts, sent.last)]
        if not starts:  # no word of the sentence opens a trigger: nothing to read
            return []
        out = []
        inside = {j for m in ms for j in range(m.first, m.last)}  # words that belong to an actor's name
        inside |= self._dated_tokens(sent)  # "فجر أمس": dawn yesterday, not "he blew up"
        # "فجرا": at dawn, unless two doers stand before it ("مسلحان فجرا عبوة", "رجلين فجرا سيارة")
        inside |= {j for j in starts if self._adverbial_time(j)}
        formulae = _formulae()
        resume = sent.first  # words before it belong to a trigger or a formula already read
        for i in starts:
            if i < resume or i in inside:
                continue
            formula = formulae.longest(self.tokens, i)
            if formula:  # "أيده الله": a blessing, not an event
                resume = formula[0]
                continue
            m = self._trigger_match(i)
            if m and m[0] <= sent.last:
                end, prefix, entries = m
                after_prep = i > sent.first and self.tokens[i - 1].text in _NOUN_CONTEXT
                # "سيطرة" folds like "سيطره" (سيطر + ه): a word written with ta marbuta is a noun, never a verb
                printed_start, printed_end = self.folded.span(self.tokens[end - 1].start, self.tokens[end - 1].end)
                noun_spelling = self.folded.original[printed_start:printed_end].endswith("ة")
                usable = [
                    e for e in entries
                    if not bad_verb_prefix(prefix, e) and self._needs_met(e, end, sent)
                    and not (noun_spelling and (e.get("pos") == "verb" or not (e.get("lemma") or "ه").endswith("ه")))  # "ضربة موجعة" is no "ضربه" (his beating)
                    and not (after_prep and e.get("pos") == "verb" and e.get("tense") == "past")
                    and not (e.get("pos") == "verb" and i > sent.first and self.tokens[i - 1].text in _EN_DETERMINERS)  # "for the meeting": a noun
                    and not (e.get("pos") == "verb" and self._name_joined(i))  # "مسلحو فتح الإسلام": a name, not "opened"
                    and not (e.get("pos") == "verb" and i > sent.first and not self._latin(i) and self._counted(i - 1) and not prefix
                             and self.tokens[i].text == e.get("lemma") and self._adjacent(i, i) and i - 1 not in self._dated_tokens(sent)
                             and not (i - 2 >= sent.first and self.tokens[i - 2].text in _cue_words("time_units")))  # "الساعة 9 هاجم": a time, no count  # "ألفي طالب": a bare singular after a count is the counted noun ("عشرة قتلوا" agrees)
                ]
                verbs = [e for e in usable if e.get("pos") == "verb"]
                if verbs and len(verbs) < len(usable) and not prefix and self._after_inna(sent, i):
                    usable, verbs = [e for e in usable if e not in verbs], []  # "قالت إن خطفه لا يخدم": إنّ takes a noun, the masdar
                if verbs and len(verbs) < len(usable) and self._construct_term(sent, i, prefix, inside):
                    usable, verbs = [e for e in usable if e not in verbs], []  # "جرائم قتل": the masdar reading
                    self._construct_terms.add(i)
                if any(e.value == "VISIT" for e in usable) and self._round_of_talks(sent, end) is not None:
                    usable, verbs = [e for e in usable if e.value != "VISIT"], [e for e in verbs if e.value != "VISIT"]  # "الجولة الأولى من المباحثات": a round, no tour
                chosen = (verbs or usable)[:1]
                if chosen:
                    out.append((i, end, chosen[0], prefix))
                    resume = end
        return out

    def _conditional_in(self, i: int) -> bool:
        """Is the word before token i "إن" as printed, with its hamza below? Before a past verb that is the
        conditional إنْ ("if"): إنّ takes a noun. Folding writes أن and إن alike, so the printed word decides."""
        if i == 0 or self.tokens[i - 1].text not in ("ان", "وان", "فان"):
            return False
        s, e = self.folded.span(self.tokens[i - 1].start, self.tokens[i - 1].end)
        return self.folded.original[s:e].lstrip("وف") in ("إن", "إنْ")

    def _after_inna(self, sent: Sentence, i: int) -> bool:
        """Is the word at i right after a bare إنّ/أنّ ("قالت إن خطفه لا يخدم أي قضية")? They take a noun:
        a word both verb and masdar is the masdar. "بعد أن خطفه" (أنْ after a time word) takes the verb."""
        if i - 1 < sent.first or self.tokens[i - 1].text != "ان":
            return False
        return i - 2 < sent.first or self.tokens[i - 2].text.lstrip("وف") not in _BACKGROUND_OR_SINCE

    def _round_of_talks(self, sent: Sentence, end: int) -> int | None:
        """The meeting noun a "جولة" (tour or round) ending at `end` is a round of ("الجولة الأولى من
        المباحثات", "جولة جديدة من المفاوضات"): its token, or None when it is a tour."""
        for j in range(end, min(sent.last - 1, end + 3)):
            if self.tokens[j].text == "من":
                m = self._trigger_match(j + 1)
                return j + 1 if m and any(e.value == "MEETING" and e.get("pos") == "noun" for e in m[2]) else None
        return None

    def _construct_term(self, sent: Sentence, i: int, prefix: str, inside: set[int]) -> bool:
        """Is the word at i the second term of a construct ("جرائم قتل", "كيفية قتل") or joined to
        a masdar ("اغتيال وقتل")? Unvocalised قتل is both "he killed" and "killing"; right after an
        indefinite word other than a particle or an adverb (cues.yaml `verb_openers`) only the
        masdar can stand, since a past verb opens its clause or follows its subject."""
        if i <= sent.first or not self._adjacent(i, i) or self._latin(i):
            return False
        if prefix:
            before = self._trigger_match(i - 1) if prefix in ("و", "ف") else None
            return (bool(before) and before[0] == i and any(e.get("pos") == "noun" for e in before[2])) or (prefix == "و" and self._in_named_kinds(sent, i))  # type: ignore[index]
        prev = self.tokens[i - 1].text
        if i - 1 in inside or prev in _cue_words("verb_openers") or _has_article(prev) or self._counted(i - 1):
            return False
        # "شخصا قتل", "جدا": an accusative or an adverb before the verb; a date is no construct head
        return not prev.endswith("ا") and i - 1 not in self._dated_tokens(sent)

    def _scope_end(self, sent: Sentence, trigs: list, n: int) -> int:
        """Where the trigger's arguments end: at the next trigger, unless that is a noun of the same
        type right after it, which restates the event ("أوقعت سلسلة هجمات أمس عشرات القتلى")."""
        k = n + 1
        while k < len(trigs) and trigs[k][2].value == trigs[n][2].value and trigs[k][2].get("pos") == "noun" and trigs[k][0] - trigs[k - 1][1] <= 4:
            k += 1
        return trigs[k][0] if k < len(trigs) else sent.last

    def _needs_met(self, e: Entry, end: int, sent: Sentence) -> bool:
        needs = e.get("needs") or ()
        if not needs:
            return True
        if end >= sent.last:
            return False
        text, start, stop = self.folded.text, self.tokens[end].start, self.tokens[sent.last - 1].end
        if not any(text.find(n, start, stop) >= 0 for n in needs):
            return False  # a needed word is what is left of a word after its proclitics: it would show in the text (searched in place, no tail cut)
        within = e.get("needs_within")  # "سقط عشرات القتلى": the needed word is the verb's own subject, a few words on
        for j in range(end, min(sent.last, end + within) if within else sent.last):
            if _reads_as(self.tokens[j].text, needs):
                return True
            if within and not (self._count_word(j) or self.tokens[j].text in _cue_words("count_lead_ins") or (self.tokens[j].text == "بين" and j > end and self._count_word(j - 1))):
                return False  # "سقطت دعوى أهالي القتلى": only a count stands before the verb's own subject
        return False

    def _anaphoric(self, i: int, prefix: str, e: Entry) -> bool:
        if e.get("pos") != "noun":
            return False
        tok = self.tokens[i].text
        if i > 0 and self._cue_match(i - 1) and any(x.kind == "anaphora" for x in self._cue_match(i - 1)[2]):  # type: ignore[index]
            return True
        attend = i - 1 if i > 0 and self.tokens[i - 1].text not in ("the", "في", "in") else i - 2
        if attend >= 0 and self._is_definite_or_the(i) and _reads_as(self.tokens[attend].text, _anchor_words("for")) and e.value in ("MEETING", "VISIT"):
            return True  # "وصل لحضور الاجتماع", "travelled there for the meeting": the one told
        stripped = tok[len(prefix):]
        return stripped.endswith(("ه", "ها", "هم", "هما")) and not e.get("lemma", "").endswith(stripped[-2:])

    def _is_definite_or_the(self, i: int) -> bool:
        return self._is_definite(i) or (i > 0 and self.tokens[i - 1].text == "the")

    def _sentence(self, sent: Sentence, ms: list[Mention]) -> None:
        trigs = self._triggers_in(sent, ms)
        for n, (i, end, entry, prefix) in enumerate(trigs):
            stop = self._scope_end(sent, trigs, n)
            prev_stop = trigs[n - 1][1] if n > 0 else sent.first
            etype = entry.value
            if self._latin(i) and not self._english_event_form(sent, i, end, entry):
                continue
            if entry.get("pos") == "verb" and self._took_place(sent, i, entry):
                continue  # "الهجوم الذي وقع أمس", "هجوما وقع ليل السبت": it took place, no one signed anything
            own_date = self._own_date(sent, i, etype)
            tense = entry.get("tense")
            if tense == "present" and self.tokens[i].text[len(prefix):] in _patient_words():
                tense = "past"  # "أصيب": the passive past, not "I hit" (the present's first person)
            if tense == "present" and etype in _UNSEEN_AGENT and own_date is not None and not self._same_clause(sent, i, own_date):
                own_date = None  # "..., المنشور بتاريخ 21 ديسمبر، ... ويستهدفون المدنيين": another clause's date
            status, negated = self._status(sent, i, tense, etype, own_date)
            if tense == "past" and self._conditional_in(i):
                status = "expected"  # "إن قتلوا الأطفال": إنْ before a past verb is "if", what is supposed, not told
            if own_date is not None and own_date.weekday_only and status in ("planned", "expected") and self.published and own_date.start and own_date.start < self.published:
                ahead = own_date.start + dt.timedelta(days=7)  # "will meet on Tuesday": the coming one
                own_date = replace(own_date, start=ahead, end=ahead)
            if negated:
                continue
            local = [m for m in ms if prev_stop <= m.first < stop]
            is_noun = entry.get("pos") == "noun"
            anaphoric = self._anaphoric(i, prefix, entry)
            if is_noun and self._elaborates(sent, trigs, n, etype) and not self._in_protest_of(sent, i, end, etype):
                if etype in _UNSEEN_AGENT and not self._reported_happening(sent, i, prefix):
                    self._unreported.add(i)  # "كانت تستهدف تفجير المقر": an aim, and so are the acts joined to it
                if etype == "ASSAULT":
                    self._add_restated_target(sent, i, end, stop, ms)
                    self._add_restated_sides(sent, end, stop, ms)
                    told = self._attack_told_in(sent)
                    if told is not None:
                        self._restating[i] = told
                continue  # "وصل ... في زيارة عمل": the noun names the verb's event
            if is_noun and self._latin(i) and self._wished_for(sent, i):
                continue  # "Tehran was ready for talks": a wish, not talks
            if is_noun and ((prefix.lstrip("وف")[:1] in ("ب", "ل") and self._demanded(sent, i)) or (i - 1 > sent.first and self._event_masdar(i - 1) and self._demanded(sent, i - 1))
                            or (i - 1 > sent.first and self.tokens[i - 1].text == "الي" and self._demanded(sent, i - 1))):
                continue  # "مطالبين بالإفراج عن المعتقلين", "طالبت واشنطن أمس بالإفراج", "دعت إسرائيل إلى الانسحاب": asked for, not done
            if is_noun and etype in _SPEECH and self._medium(sent, i):
                continue  # "condemned the attack in a statement", "أدان الهجوم في بيان": how it was said, not another saying
            if etype in _UNSEEN_AGENT and (self._in_relative_clause(sent, i, not is_noun) or self._warned_of(sent, i) or self._in_background_clause(sent, i) or self._in_plot(sent, i)):
                continue  # "الذي خطف فيه الجنود", "بعد أن خطف": background told in a relative or temporal clause; "حذرت من تفجر الأوضاع": not happened
            if not is_noun and etype in _UNSEEN_AGENT and self._homograph(i) and self._masdar_in_list(sent, end) and self._conjunct_of_unreported(sent, trigs, n, False):
                self._unreported.add(i)
                continue  # "تستهدف تفجير المقر، وضرب مواقع": a list of aims goes on in masdars spelt like verbs
            if is_noun and etype in _UNSEEN_AGENT and (not self._reported_happening(sent, i, prefix) or self._conjunct_of_unreported(sent, trigs, n) or self._qualifies(i)):
                self._unreported.add(i)
                continue  # "منذ اغتيال الحريري", "التحقيق في الهجوم": a violence word that refers, not reports
            implicit = False
            if prefix.lstrip("وف") == "ل" and not self._latin(i):  # "للتباحث", "لتقتل": a purpose, not yet done
                status = "planned"
            subject: list[Mention] | None
            described: int | None = None  # the attack noun a verb describes ("هجوم انتحاري استهدف قاعدة")
            if is_noun:
                subject = self._noun_owner(local, ms, sent, i, end, etype)
            else:
                needs = _weapons(entry)  # "أطلقت دبابة قذيفة": the shell is fired, it fires nothing
                subject = self._subject([m for m in local if not self._needed_word(m, needs)], sent, i, end)
                if subject and etype == "ASSAULT" and (self._attack_word_at(end) or (i - 1 > sent.first and self._attack_word_at(i - 1) and self.tokens[i - 2].text in ("ان", "وان", "فان")
                                                                          and not (end < sent.last and self.tokens[end].text in _cue_words("resumptive_words")))):
                    subject = []  # "استهدف الهجوم قائد شرطة الأنبار", "إن الهجوم استهدف ...": the attack is the subject, and the one after the verb was hit
                described = self._attack_it_describes(sent, i, prefix) if subject and etype == "ASSAULT" else None
                if described is not None:  # "هجوم انتحاري استهدف الشرطة": the verb tells of the attack, and the police are what it hit
                    subject = [m for m in self._sentence_mentions if described <= m.first < i and (self._attack_adjective(m) or m.canonical == "explosive devices")][:1]
                if not subject and end < sent.last and self.tokens[end].text in _DUAL_SUBJECTS:
                    subject = self._pair()  # "ووقع الجانبان مذكرات تفاهم": the two countries the article is about
                # English names its subjects: the topic stands in only for a pronoun or after "and"
                pro_drop = not self._latin(i) or any(self.tokens[j].text in _PRONOUNS_AND for j in range(max(sent.first, i - 3), i))
                if subject is not None and not subject and self.topic is not None and pro_drop and etype not in _UNSEEN_AGENT | _SPEECH:
                    subject, implicit = [self.topic], True
                subject = subject or []
                hit_before = bool(subject) and any(d.sentence is sent and any(r.key == subject[0].key for r in d.holders("recipient")) for d in self.drafts)
                if (not subject or hit_before) and etype in _UNSEEN_AGENT and self.tokens[i].text.startswith("و"):
                    # "اقتحم مسلحون مهبطا وخطفوا أربعة": one subject, two verbs; "اقتحموا مركز الشرطة وقتلوا": what was hit did not
                    subject = self._shared_subject(sent, i, etype) or ([] if hit_before else subject)
                if subject and not implicit:
                    self._verb_subjects[i] = (etype, subject)
                if not subject and etype in _SPEECH:  # "وأضاف": the last speaker goes on
                    last = next((x for x in reversed(self.drafts) if x.event_type in _SPEECH and sent.first - x.sentence.last <= 60), None)
                    if last is not None:
                        last.mentions += 1
                        continue
            if sent.headline and entry.get("tense") == "present":
                status = "occurred"  # headlines report in the present tense
            if entry.get("visitor") == "object":  # "نقلت طائرة الوفد": the carried one travels
                subject = self._object(local, [], i, end, stop) or [m for m in local if end <= m.first < stop and not self._prep_before(m) and m.actor_type != "country"][:1]
            draft = Draft(etype, i, sent, status or "occurred", lemma=entry.get("lemma", ""), verb=not is_noun, needs=_weapons(entry), headline=sent.headline)
            self._fill_roles(draft, subject, local, sent, i, end, stop)
            if i in self._verb_subjects and any(m.key in {r.key for r in draft.holders("recipient")} for m in self._verb_subjects[i][1]):
                del self._verb_subjects[i]  # "قتل جنديان وأصيب ثلاثة": the subject suffered it, no one shares it
            if own_date is not None and own_date.resolved:
                draft.date, draft.date_basis = own_date, own_date.basis
                if self._history(own_date):
                    continue  # "في سبتمبر 1970 خطفت الجبهة ثلاث طائرات": background, not news
            if (anaphoric and not self._with_someone_new(draft, end)) or (is_noun and not draft.roles):
                target = self._antecedent(draft, anaphoric)
                if target is not None:  # a back-reference adds evidence, not participants
                    target.mentions += 1
                    self._sharpen_date(target, draft)
                    continue
            if not draft.roles or not _has_required(draft):
                continue
            if (etype == "ASSAULT" and draft.status == "planned") or (etype in _UNSEEN_AGENT and draft.status == "expected"):
                self._unreported.add(i)
                continue  # an attack announced for later is a threat or a purpose ("لضرب"), not an assault; an attempt or a condition did not happen
            if draft.verb and etype not in _SPEECH and (entry.get("tense") in ("present", "base") or self._latin(i)) and self._demanded_act(sent, i):
                self._unreported.add(i)
                continue  # "يطالب المتظاهرون بأن تقطع مصر علاقاتها", "demanded that the government cut ties": asked for, not done
            if etype == "ASSAULT" and draft.verb and any(self.tokens[j].text in ("منذ", "since") for j in range(end, stop)):
                continue  # "قتل ثلاثة آلاف جندي منذ الاجتياح": a running toll, not one attack
            if etype == "PROTEST" and draft.date is None and draft.verb and any(
                    self.tokens[j].text in ("منذ", "since") and not any(self._opens[k] & _DATE for k in range(j + 1, min(stop, j + 3))) for j in range(end, stop)):
                continue  # "نظمت الحركة منذ تأسيسها عدة مظاهرات": protests over a running period ("منذ صباح أمس" is a time)
            if etype == "ASSAULT" and draft.date is None and self._running_period(sent, i):
                continue  # "قتل خلال العامين الماضيين ألف مدني": a tally over a period, not one attack
            if etype == "ASSAULT" and not draft.holders("actor") and self._accidental(sent, trigs):
                continue  # "لقي عشرة أشخاص مصرعهم في حادث سير": deaths in an accident or a disaster, not an attack
            if etype in ("ASSAULT", "PROTEST") and draft.date is None and self._exemplifying(sent, i):
                continue  # "على سبيل المثال أدار كينيدي محاولة اغتيال كاسترو": an example in an argument, not news
            if etype in _UNSEEN_AGENT and draft.status == "ongoing" and draft.date is None:
                continue  # "يقتلون الأبرياء", "يقومون بتعذيب السجناء": violence in the present with no time of its own is a habit, not an event
            if etype == "ASSAULT" and self._verbal_attack(draft, sent, trigs):
                draft.event_type = "ACCUSE"  # "هاجم النائب الحكومة بسبب سياستها": an attack in words
                self._criticised_roles(draft, sent, end)
            if etype == "ASSAULT" and self._demolition(draft, sent, end, stop, trigs):
                draft.event_type = "COERCE"  # "قام الجيش بتفجير عدد من المباني": forces destroying property
            if etype == "PROTEST" and draft.holders("actor") and all(m.actor_type in ("country", "person") for m in draft.holders("actor")):
                draft.event_type = "ACCUSE"  # "احتجت مصر رسميا لدى إيران": a state's protest is a complaint, not a demonstration
            if entry.get("agent") == "body":
                if not any(self._deliberative(m) for m in draft.holders("participant")):
                    continue  # "analysts debated the plan": only a body in session makes debating a meeting
            elif entry.get("agent") and not any(self._protesting(m, draft, entry, sent) for m in draft.holders("actor")):
                continue  # "أغلق ... الطريق" is a protest only when (new) protesters or a crowd ("مئات الشبان") close it
            if entry.get("needs_target") and not draft.holders("recipient") and not self._demanding(sent):
                continue  # "ورفع متظاهرون لافتات": chants and banners aimed at no one and asking nothing tell how a protest went
            if entry.get("needs_within") and not draft.holders("actor") and not any(t[2].value == "ASSAULT" and t[2].get("pos") == "noun" and t[0] != i for t in trigs):
                continue  # "سقط عشرات القتلى جراء الأمطار": a toll no attack word and no doer explains is no attack
            if entry.get("needs_victim") and not any(m.actor_type != "object" for m in draft.holders("recipient")) \
                    and (described is None or self._described_attack(draft) is None):
                continue  # "ضرب الحقائب": these verbs are violence only when someone is hit, or when they tell what an attack already told hit ("نفذت الحركة هجوما انتحاريا استهدف قاعدة عسكرية")
            if draft.verb and fold(draft.lemma) in _cue_words("landing_verbs") and entry.get("weapon") and not draft.holders("recipient"):
                continue  # "سقط صاروخ بروتون بعد إطلاقه": a rocket falling on nothing named is no shelling
            if draft.lemma in _cue_words("abduction_lemmas") and draft.holders("recipient") and all(m.actor_type == "country" for m in draft.holders("recipient")):
                continue  # "خطف المطار وشوارع بيروت": a city or a state is not kidnapped but for a figure of speech
            if subject and not implicit and subject[0].actor_type in ("person", "org", "group") and subject[0].canonical not in _OFFICIALS:
                self.topic = subject[0]
            merged = self._merge_same(draft)
            if not merged:
                self.drafts.append(draft)

    def _with_someone_new(self, d: Draft, end: int) -> bool:
        """"to prepare the meeting with Turkish Foreign Minister Hakan Fidan": an English "the" noun
        restricted by "with" and a partner no earlier event of its type had is defined by that partner,
        not a back-reference; "the talks with Sisi", after talks with Sisi, still refers back."""
        if not self._latin(d.trigger_token) or end >= d.sentence.last or self.tokens[end].text != "with":
            return False
        told = {m.key for x in self.drafts if x.event_type == d.event_type for _, m in x.roles}
        return any(m.first > end and m.key not in told for _, m in d.roles)

    def _wished_for(self, sent: Sentence, i: int) -> bool:
        """"ready for talks", "stressed the need for a ceasefire and for humanitarian aid": an English noun after "for"
        and a word of wish or need (cues.yaml `wish_for`), or joined by and/or to such a "for", is wished, not told."""
        j = i - 1
        while j - 1 >= sent.first and i - j <= 10:
            if self.tokens[j].text == "for":
                if self.tokens[j - 1].text in _cue_words("wish_for"):
                    return True
                if self.tokens[j - 1].text not in ("and", "or"):
                    return False
            j -= 1
        return False

    def _medium(self, sent: Sentence, i: int) -> bool:
        """Is a statement noun the medium of an act told before it in its sentence ("in a statement", "في بيان")?"""
        before = [self.tokens[j].text for j in range(max(sent.first, i - 3), i)]
        return ("in" in before or "في" in before[-1:]) and any(d.sentence is sent for d in self.drafts)

    def _drop_sourcing(self, sent: Sentence) -> None:
        """"Police arrested three men, a spokesman said": in English a bare "said" that carries
        another event of its sentence only names the source; the event is the news."""
        told = [d for d in self.drafts if d.sentence is sent]
        carries = any(d.event_type not in _SPEECH for d in told)
        self.drafts = [
            d for d in self.drafts
            if not (d.sentence is sent and d.event_type in _SPEECH and d.mentions == 1 and self._latin(d.trigger_token) and self.tokens[d.trigger_token].text in _EN_SOURCING
                    and not self._dated_saying(d) and (carries or self._trails_a_report(sent, d.trigger_token)))
        ]

    def _dated_saying(self, d: Draft) -> bool:
        """"..., the presidency said yesterday": a source given a day of its own, right after "said" and
        closing its clause, made an announcement on that day, news in itself; an undated "..., police said"
        only names where the report came from, and in "said 14 people were arrested yesterday" the day is the arrests'."""
        date, k = d.date, d.trigger_token
        if date is None or not date.resolved or date.first_token <= k or any(self.tokens[j].text != "on" for j in range(k + 1, date.first_token)):
            return False
        end = date.last_token
        return end >= d.sentence.last or not _CLAUSE_PUNCT.isdisjoint(self.folded.text[self.tokens[end - 1].end : self.tokens[end].start])

    def _trails_a_report(self, sent: Sentence, k: int) -> bool:
        """"Gunmen opened fire on the post shortly before midnight, the district police chief said by
        telephone": a "said" closing its sentence after a comma, with an event word before the comma
        (merged into the event's first report), names that report's source; "said that ..." tells news."""
        if any(self.tokens[j].text == "that" for j in range(k + 1, sent.last)):
            return False
        comma = next((j for j in range(k, max(sent.first, k - 6), -1) if "," in self.folded.text[self.tokens[j - 1].end : self.tokens[j].start]), None)
        if comma is not None and comma == self._opening_phrase_end(sent):
            return False  # "After the talks, the minister said ...": an adverbial phrase is no report
        return comma is not None and any(
            e.value not in _SPEECH for j in range(sent.first, comma) for e in (self._trigger_match(j) or (0, "", []))[2]
        )

    def _opening_phrase_end(self, sent: Sentence) -> int:
        """The first token after a prepositional phrase that opens the sentence up to a comma ("In a joint
        statement issued after the talks, the ministers said", "وفي بيان صدر عقب المحادثات، قال"): what
        it names (a medium, a time) belongs to the main clause after it. -1 when the sentence opens otherwise."""
        opener = _LOCATIVE | _anchor_words("after") | _anchor_words("during")
        if not _reads_as(self.tokens[sent.first].text, frozenset(opener)):
            return -1
        for j in range(sent.first + 1, sent.last):
            if "," in self.folded.text[self.tokens[j - 1].end : self.tokens[j].start]:
                return j
        return -1

    def _needed_word(self, m: Mention, needs: tuple[str, ...]) -> bool:
        """Is the mention the weapon a verb needs as its object (أطلق + قذيفة, صواريخ), or the count
        of one ("عشرات الصواريخ")? Most verbs need no word: asked of every participant, they answer at once."""
        if not needs:
            return False
        last = m.last + 1 if m.last < len(self.tokens) and self._counted(m.last - 1) else m.last
        return any(_reads_as(self.tokens[j].text, needs) for j in range(m.first, last))

    def _same_clause(self, sent: Sentence, i: int, d: DateMention) -> bool:
        """Is the date in the trigger's clause (no clause punctuation or clause word between them)?"""
        a, b = (d.last_token, i) if d.last_token <= i else (i + 1, d.first_token)
        return all(self._clause_start(sent, j) != j for j in range(max(a, sent.first + 1), b + 1)) if a < b else True

    def _qualifies(self, i: int) -> bool:
        """"اعتبار خطف الطائرات", "كيفية قتل": a masdar completing another noun says what kind of
        thing that noun is; only an operation or an incident (cues.yaml `event_heads`) is the event."""
        return i in self._construct_terms and self.tokens[i - 1].text not in _cue_words("event_heads")

    def _conjunct_of_unreported(self, sent: Sentence, trigs: list, n: int, noun: bool = True) -> bool:
        """"بالتخطيط لضرب الوزارة ... واغتيال القادة", "من نوع خطف جندي أو تفجير حافلة": a violence
        noun joined by و/أو to one that was a plan or a reference is one too; a word spelt as verb and
        masdar (`noun` False) only within a few words of it."""
        i, _end, entry, prefix = trigs[n]
        joined = prefix[:1] == "و" or (i > 0 and self.tokens[i - 1].text in ("او", "or"))
        if not joined:
            return False
        if self._in_named_kinds(sent, i):
            return True
        last = i
        for k in range(n - 1, -1, -1):  # back over conjuncts skipped for reasons of their own ("وضرب مواقع")
            j, _e, before, _p = trigs[k]
            if before.value != entry.value or (before.get("pos") != "noun" and not self._homograph(j)) or (not noun and last - j > 8 and not self._one_list(j, last)):
                return False
            last = j
            if j in self._unreported:
                return True
            if any(d.trigger_token == j for d in self.drafts):
                return False
        return False

    def _one_list(self, j: int, i: int) -> bool:
        """Are tokens j and i items of one list, every comma between them followed by و or a preposition going on
        with an item ("تفجير المقر، وضرب مواقع، والسطو على مخازن، في مدينتين، وضرب القاعدة")? Then no distance parts them."""
        if i - j > 40:
            return False
        for k in range(j + 1, i + 1):
            gap = self.folded.text[self.tokens[k - 1].end : self.tokens[k].start]
            if not _CLAUSE_PUNCT.isdisjoint(gap) and (gap.strip() != "," or not (self.tokens[k].text.startswith("و") or self.tokens[k].text in _PREPOSITIONS)):
                return False
        return True

    def _masdar_in_list(self, sent: Sentence, end: int) -> bool:
        """Can a word spelt as verb and masdar, ending at `end`, be a masdar in a list? A verb has a subject, a
        count or a time after it ("وقتل مسلحون", "وقتل ثلاثة جنود", "وقصف الجيش أمس"); a masdar its object."""
        if end >= sent.last or end in self._dated_tokens(sent) or self._counted(end):
            return False
        after = next((m for m in self._sentence_mentions if m.first == end), None)
        return after is None or self._accusative(after) or after.actor_type in ("country", "object")

    def _warned_of(self, sent: Sentence, i: int) -> bool:
        """"حذرت مصادر أمنية أمس من تفجر الأوضاع", "warned of attacks": what a warning or a fear
        (cues.yaml `warning_words`) takes with من/of, a few words on in its clause, has not happened."""
        if i <= sent.first or self.tokens[i - 1].text not in ("من", "of"):
            return False
        j = i - 2
        while j >= max(sent.first, i - 7) and self._adjacent(j + 1, j + 1):
            if _reads_as(self.tokens[j].text, _cue_words("warning_words")):
                return True
            j -= 1
        return False

    def _in_named_kinds(self, sent: Sentence, i: int) -> bool:
        """"أعمال اغتصاب ونهب وقتل", "عمليات إبادة شاملة وتفجيرات", "من أجل تدميره وقتل أبنائه": the
        last of a list of nouns headed by a word for kinds of acts or for an aim (cues.yaml
        `kind_heads`, `purpose_words`) is a kind or an aim, not a report."""
        if i + 1 < sent.last and self._counted(i + 1):
            return False  # "اندلعت أعمال عنف وقتل خمسة أشخاص": a count after it makes it the verb of a new clause
        j = i - 1
        while j >= sent.first and i - j <= 4 and self._adjacent(j + 1, j + 1) and not self._trigger_match(j):
            if self.tokens[j].text in _cue_words("kind_heads") or _reads_as(self.tokens[j].text, _cue_words("purpose_words")):
                return True  # "من أجل تدميره وقتل أبنائه": the end of a list of aims is an aim too
            j -= 1
        return False

    def _running_period(self, sent: Sentence, i: int) -> bool:
        """Does the clause of the violence word at i date it by a running period of months or years (cues.yaml
        `running_periods`: "قتل خلال العامين الماضيين ألف مدني", "over the past two years")? Then it is a tally.
        Not when a comparison or another telling ("أعنف هجوم تشهده الولاية خلال السنوات الأخيرة", "the latest in
        a wave of attacks in recent months": cues.yaml `period_comparisons`) is what the period goes with."""
        periods = self._periods.get(sent.first)
        if periods is None:  # once per sentence: most name no period
            periods = self._periods[sent.first] = []
            for j in range(sent.first, sent.last):
                last = self._cue_phrase_end(j, "running_periods")
                if last is not None and last <= sent.last:
                    periods.append((j, last))
        if not periods:
            return False
        start, end = self._clause_start(sent, i), i + 1
        if start > sent.first and self._phrase_at(start, "inclusion_openers"):
            start = self._clause_start(sent, start - 1)  # "خلال العامين السابقين، بما في ذلك شن ست ضربات": a part of the clause before
        while end < sent.last and self._adjacent(end, end):
            end += 1  # to the clause's end
        for first, last in periods:
            if start <= first and last <= end:
                return not any(_reads_as(self.tokens[j].text, _cue_words("period_comparisons")) for j in range(max(start, first - 6), first))
        return False

    def _event_masdar(self, j: int) -> bool:
        """Is token j a masdar with ب that carries the event noun after it ("بعقد جلسة", cues.yaml `event_masdars`)?"""
        return any(p.endswith("ب") and v in _cue_words("event_masdars") for v, p in clitic_variants(self.tokens[j].text))

    def _demanded_act(self, sent: Sentence, i: int) -> bool:
        """Is the present or base verb at i the act a demand or an obligation asks for: after أن/بأن/that with a demand word,
        a verb of request or an obligation (cues.yaml `obligation_words`: يجب أن) a few words before it (and the verb's
        own subject between: "أن الحكومة تقطع", "that the government cut")? "أفاد بأن مسلحين فجروا" reports."""
        k = next((k for k in range(i - 1, max(sent.first, i - 5) - 1, -1) if self.tokens[k].text in ("بان", "وبان", "ان", "that")), None)
        if k is None:  # "that the government cut ties": its subject may stand between
            return False
        # the demand right before the that-word ("demanded that"), or, in Arabic, past the one asked ("دعا الحكومة إلى أن");
        # a verb between ("طالبت ... وقالت إن", "saying that") opens a clause of its own
        for j in range(k - 1, max(sent.first, k - (1 if self._latin(k) else 6)) - 1, -1):
            word = self.tokens[j].text
            found = self._trigger_match(j)
            if word in _cue_words("demand_words") or word in _cue_words("obligation_words") or (found is not None and any(e.value == "REQUEST" for e in found[2])):
                return True
            if found is not None and any(e.get("pos") == "verb" for e in found[2]):
                return False
        return False

    def _demanded(self, sent: Sentence, i: int) -> bool:
        """Is the ب-masdar at i what a demand asks for: a demand word or a verb of request (طالب) before it, past
        its subject, a time and the one asked ("طالبت الولايات المتحدة أمس بالإفراج", "مطالبين الحكومة بالاستقالة")?"""
        held = {j for m in self._sentence_mentions for j in range(m.first, m.last)} | self._dated_tokens(sent)
        for j in range(i - 1, max(sent.first, i - 8) - 1, -1):
            found = self._trigger_match(j)
            if self.tokens[j].text in _cue_words("demand_words") or (found is not None and any(e.value == "REQUEST" and e.get("pos") == "verb" for e in found[2])):
                return True
            if j not in held:
                return False
        return False

    def _accidental(self, sent: Sentence, trigs: list) -> bool:
        """Does the sentence put its deaths down to an accident or a disaster (cues.yaml `accident_causes`: "حادث سير",
        "الزلزال", "الفيضانات"), telling no attack, armed group or weapon (only `death_lemmas` words of violence)?"""
        causes = _cue_words("accident_causes")
        if any(e.value == "ASSAULT" and fold(e.get("lemma", "")) not in _cue_words("death_lemmas")
               and not (end < sent.last and self.tokens[end].text in causes) and not (fold(e.get("lemma", "")) in _cue_words("disaster_verbs") and any(self.tokens[k].text in causes for k in range(max(sent.first, i - 2), i)))
               for i, end, e, _p in trigs):
            return False  # an attack told ("ضرب الزلزال المنطقة", "في زلزال ضرب", "جراء الزلزال الذي ضرب": the disaster struck, no one attacked)
        if any(m.canonical in _ARMED - {"civilians"} for m in self._sentence_mentions):
            return False
        if any(_reads_as(self.tokens[j].text, _cue_words("weapon_words")) for j in range(sent.first, sent.last)):
            return False  # "قتل متظاهران بالرصاص بعد تدافع الحشود": shot, whatever else went on
        return any(self._phrase_at(j, "accident_causes") or any(v in causes for v, p in clitic_variants(self.tokens[j].text, False) if p)
                   for j in range(sent.first, sent.last))

    def _exemplifying(self, sent: Sentence, i: int) -> bool:
        """Does the clause of the violence word at i open with an example (cues.yaml `example_markers`: "على سبيل المثال",
        "مثلا", "for instance") before it? Undated violence told so illustrates an argument; it is not reported as news."""
        return any(self._phrase_at(j, "example_markers") for j in range(self._clause_start(sent, i), i))

    def _phrase_at(self, j: int, key: str) -> bool:
        """Does a word or phrase of the cues.yaml list `key` open at token j?"""
        return self._cue_phrase_end(j, key) is not None

    def _cue_phrase_end(self, j: int, key: str) -> int | None:
        """The end of the longest word or phrase of the cues.yaml list `key` opening at token j, if one does.
        (Most words open none: one look-up answers.)"""
        phrases = _phrases_by_first_word(key).get(self.tokens[j].text)
        if phrases is None:
            return None
        n = len(self.tokens)
        ends = [j + len(p) for p in phrases if j + len(p) <= n and all(self.tokens[j + k].text == w for k, w in enumerate(p))]
        return max(ends) if ends else None

    def _history(self, d: DateMention) -> bool:
        """Is the date further back than dates.yaml's `news_window_days` before publication?"""
        return self.published is not None and d.end is not None and (self.published - d.end).days > date_vocabulary()["news_window_days"]

    def _shared_subject(self, sent: Sentence, i: int, etype: str) -> list[Mention]:
        """The subject of the nearest verb of the same type before i in the sentence: a verb joined by و shares it
        (who condemned a shelling did not shell: "أدانت اللجنة ... وقصف")."""
        earlier = [j for j, (t, _) in self._verb_subjects.items() if sent.first <= j < i and t == etype]
        return self._verb_subjects[max(earlier)][1] if earlier else []

    def _noun_owner(self, local: list[Mention], ms: list[Mention], sent: Sentence, i: int, end: int, etype: str) -> list[Mention]:
        """"زيارة الرئيس الروسي", "بيان للدفاع الروسية": the actor right after the noun; else the governing verb's subject."""
        if etype in _SPEECH and self._joint(i, end):
            return []
        claim = self._claim_verb_before(sent, i) if etype == "ASSAULT" else None
        if claim is not None:  # "تبنت الجماعة هجوم لندن": who claims it did it, not the city it names
            self._claimed.add(i)
            return self._subject(ms, sent, claim, claim + 1) or []
        nxt = next((m for m in local if m.first == end or (m.first == end + 1 and self.tokens[end].text in ("of",))), None)
        if nxt is not None and self._attack_adjective(nxt):
            # "نفذت حركة طالبان هجوما انتحاريا": the suicide bomber is the attack's adjective; who carried it out, the doer
            return self._governor_subject(ms, sent, i) or [nxt]
        if nxt is not None:
            clitic = self.tokens[nxt.first].text[:1] in ("ل", "ب") and nxt.name[:1] not in ("ل", "ب")
            if not clitic or etype in _SPEECH:
                return self._conjoined(local, nxt)
        return self._governor_subject(ms, sent, i)

    def _governor_subject(self, ms: list[Mention], sent: Sentence, i: int) -> list[Mention]:
        """The subject of the verb that governs the noun at i ("شن المسلحون هجوما", "قام مسلحون بخطف").

        A violence noun takes it only from a light verb or a verb of its own type: who condemned
        or announced a killing ("أدان الوزير اغتيال") did not kill; but who spoke in a call took
        part in it ("شدد مودي في اتصال"). Nor does a verb across "أن": the noun is in what it said."""
        own = next((e.value for e in (self._trigger_match(i) or (0, "", []))[2] if e.kind == "trigger"), None)
        claimable = self._claimable(sent, i)
        for j in range(i - 1, max(sent.first, i - 10) - 1, -1):
            if self._opens[j] & _THAT_WORD:
                return []  # "أكد الكرملين أن المحادثات ...": the noun is in what was said
            if not self._opens[j] & _VERBAL:
                if claimable and self._claims(sent, j, i):
                    return self._subject(ms, sent, j, j + 1) or []  # "تبنت حركة طالبان هجوما": who claims it did it
                continue
            c = self._cue_match(j) or self._trigger_match(j)
            if c is not None and self._ta_marbuta(j):
                continue  # "أعلن مصدر إصابة ثلاثة من رجال الشرطة في هجوم": a noun, no verb whose subject did it
            if own in _UNSEEN_AGENT and c and not any(e.kind == "light_verb" or e.value == own for e in c[2]) and any(e.get("pos") == "verb" for e in c[2]):
                return []
            if c and any(e.kind == "light_verb" or (e.kind == "trigger" and e.get("pos") == "verb") for e in c[2]):
                if all(e.get("passive") for e in c[2] if e.kind == "light_verb") and any(e.kind == "light_verb" for e in c[2]):
                    return []
                subj = self._subject(ms, sent, j, c[0])
                consequence = self.tokens[j].text in _cue_words("consequence_verbs")
                if consequence and self.tokens[i - 1].text not in ("عن", "الي"):
                    return []  # "هجوم أسفر عن مقتل 28 في مسيرة": a consequence verb governs what عن/إلى names, not a rally further on
                if subj and consequence:  # "ضربات جوية على مركز الشرطة أسفرت عن مقتل": the station's police caused nothing
                    subj = [m for m in subj if not any(self._governs(sent, k, m.first) for k in range(max(sent.first, m.first - 3), m.first - 1))]
                if subj:
                    return subj
                if consequence:
                    return []  # "... ما أسفر عن مقتل": what it caused had the clause before as its subject, not the article's topic
                # Arabic drops a subject the reader knows; English names it, unless by a pronoun ("he will hold talks")
                pro_drop = not self._latin(j) or any(self.tokens[k].text in _PRONOUNS_AND for k in range(max(sent.first, j - 3), j))
                return [self.topic] if subj is not None and self.topic is not None and pro_drop else []
        return []

    def _reported_happening(self, sent: Sentence, i: int, prefix: str = "") -> bool:
        """Does the sentence report this attack or protest as news: a verb makes it happen, or a date anchors it?

        "الهجوم" (the attack) points back to one told before; a new one comes indefinite ("هجوم انتحاري").
        """
        prev = self.tokens[i - 1].text if i > sent.first else ""
        # "المتورطين في خطف", "المسؤولية عن قصف": the reference word may govern through a preposition
        governor = self.tokens[i - 2].text if prev in ("في", "عن", "علي", "من") and i - 1 > sent.first else ""
        if _reads_as(prev, _cue_words("event_heads")) and i - 1 > sent.first:
            # "بعد سلسلة ضربات", "تحقيقه في عملية خطف": what governs the head refers to the event
            governor = self.tokens[i - 2].text
            if governor in ("في", "عن", "علي", "من") and i - 2 > sent.first:
                governor = self.tokens[i - 3].text
        referring = _cue_words_any("reference_words", "purpose_words")
        if any(x in referring for w in (prev, governor) for v, _ in clitic_variants(w) for x in (v, _unpossessed(v))):
            return False
        if prefix.lstrip("وف")[:1] in ("ب", "ل", "ك") and not (prefix.lstrip("وف")[:1] == "ب" and self._ba_reports(sent, i)):
            return False  # "بخطف", "بالهجوم الذي نفذته": an argument of another predicate, unless "قام ... بخطف", "أفيد بمقتل"
        if prefix.lstrip("وف")[:1] == "ب" and self._ba_light_verb(sent, i):
            return True  # "قام متظاهرون بالتجمع": the light verb's own act, with the article or without
        if not self._latin(i) and self.tokens[i].text[len(prefix):].startswith("ال"):
            # "تجددت المظاهرات أمس": a verb of breaking out or going on makes the known one news again;
            # "إن الهجوم نفذه انتحاري": who did it or what it caused tells it
            # "تجددت المظاهرات أمس", "وتواصل المظاهرات الاحتجاجية ضد وجود القوات": going on again, dated or aimed at someone
            onset = _reads_as(prev, _cue_words("onset_verbs")) and (
                any(d.resolved for d in self._dates_in(sent)) or any(self.tokens[j].text in _cue_words("protest_against") for j in range(i + 1, min(sent.last, i + 5)))
            )
            predicates = _cue_words("attack_predicates")
            told = range(i - 1, min(sent.last, i + 7)) if i > sent.first else range(i + 1, min(sent.last, i + 7))  # "أسفرت الغارات عن": the predicate may come first
            return onset or any(_reads_as(self.tokens[j].text, predicates) for j in told if j != i)
        if self._latin(i) and prev in ("the", "this", "these", "those"):  # "the attacks": told before
            return False
        if self._governing_tense(sent, i) is not None:
            return True
        # "أكد الجيش أمس أن قتل المدنيين جريمة": a date before "أن" dates the saying, not the noun in what was said
        said = max((j for j in range(sent.first, i) if self._opens[j] & _THAT_WORD), default=-1)
        return any(d.resolved and d.first_token > said for d in self._dates_in(sent))

    def _in_protest_of(self, sent: Sentence, i: int, end: int, etype: str) -> bool:
        """"أحرق نفسه احتجاجا على ...": the accusative of purpose makes an act that is no protest
        word by itself a protest (after "تظاهر" it only restates the one told)."""
        word = self.tokens[i].text
        told = any(d.event_type == etype and d.sentence is sent for d in self.drafts)
        return not told and word.endswith("اجا") and end < len(self.tokens) and self.tokens[end].text in ("علي", "ضد")

    def _in_relative_clause(self, sent: Sentence, i: int, verb: bool = False) -> bool:
        start = self._clause_start(sent, i)
        if any(self.tokens[j].text in _RELATIVES for j in range(max(start, i - 4), i)):
            return True
        # "حكمت المحكمة على يمنيين خطفا سياحا", "عثرت على جثة رجل قتل": after an indefinite noun that a
        # preposition governs, a verb is a clause describing it (a relative clause without الذي)
        if not verb or self._latin(i) or self._subject_follows(sent, i):
            return False  # "وخلال اجتماع لزعماء قبليين اغتال مسلحون شيخ القبيلة": with its own subject the verb is the main one
        if i - 2 > start and self.tokens[i - 1].text == "قد" and self.tokens[i - 2].text in ("كان", "كانت", "كانوا", "كانا"):
            i -= 2  # "على جثة صحافي كان قد خطف": the clause opens with its auxiliary
        j = i - 1  # back over the indefinite noun and its genitive ("على جثة رجل قتل")
        # "من طالبان قتلوا", "موالين لإيران خطفوا": a name is definite without ال
        names = {x for m in self._sentence_mentions if proper_name(m) or m.actor_type == "country" for x in range(m.first, m.last)}
        while j > max(start, i - 4) and not self._is_definite(j) and j not in names and not self._counted(j) and not self._opens[j] & _DATE and j not in self._dated_tokens(sent):
            if self._is_attack_word(j):
                return False  # "في هجوم بسيارة ملغومة استهدف دورية": the clause describes the attack told, it is no background
            if self.tokens[j - 1].text in _PREPOSITIONS:
                if self._subject_before(sent, j - 1, start):
                    return False  # "إن مسلحين من عشيرة عربية قتلوا": the phrase describes the subject
                return j - 1 > start  # a phrase opening the clause is fronted, the verb its main one ("من جهة أخرى قتل مسلحون")
            if any(m.first == j and m.prefix[-1:] in ("ل", "ب") and m.canonical != "explosive devices" for m in self._sentence_mentions):
                return j > start  # "وأخرى لرجل قتل": the preposition is a proclitic on the noun ("بسيارة ملغومة استهدف" tells the attack)
            j -= 1
        return False

    def _subject_follows(self, sent: Sentence, i: int) -> bool:
        """Does a subject (a group, person or body, not accusative, not after a preposition) follow the verb at i,
        past a time?"""
        found = self._trigger_match(i)
        if found is None:
            return False
        j = self._past_time(sent, found[0], sent.last)
        m = next((x for x in self._sentence_mentions if x.first == j), None)
        return m is not None and m.actor_type in ("group", "person", "org") and not self._accusative(m) and not self._prep_before(m) and self._adjacent(found[0], j)

    def _described_subject(self, sent: Sentence, clause: int, trig: int) -> list[Mention]:
        """A group or person opening the clause (or after أن/إن) and described by a prepositional phrase of a few
        words that runs up to the verb ("مسلحين من قبيلة محلية كانوا قد خطفوا")."""
        verb = trig - 2 if trig - 2 > clause and self.tokens[trig - 1].text == "قد" else trig  # past "كانوا قد"
        for m in self._sentence_mentions:
            if not (clause <= m.first and m.last < verb and verb - m.last <= 5 and self.tokens[m.last].text in ("من", "في")):
                continue
            if not self._subject_before(sent, m.last, clause) or not all(self._adjacent(j, j) for j in range(m.last, verb + 1)):
                continue
            between = [x for x in self._sentence_mentions if m.first < x.first < verb]
            # "إن مسلحين من جماعة الجهاد خطفوا": the body they come from may be the phrase describing them
            if (between and not (between[0].first == m.last + 1 and between[0].actor_type in ("group", "org") and between[-1].last == verb)) \
                    or any(self._trigger_match(j) for j in range(m.last, verb)):
                continue
            return [m]
        return []

    def _subject_before(self, sent: Sentence, prep: int, start: int) -> bool:
        """Is the noun before the preposition at `prep` a group or person opening its clause or following أن/إن,
        so that the prepositional phrase describes the subject of the verb after it?"""
        head = next((m for m in self._sentence_mentions if m.last == prep and m.actor_type in ("group", "person")), None)
        return head is not None and (head.first <= start or self.tokens[head.first - 1].text in ("ان", "أن", "إن", "بان", "بأن", "وان"))

    def _in_plot(self, sent: Sentence, i: int) -> bool:
        """"فيلم يقوم فيه الممثل بدور بطل أعدم لمحاولته اغتيال هتلر": after a work of fiction and a word telling
        its story or a part in it (cues.yaml `fiction_works`, `fiction_tellings`), the telling within a dozen
        words of the work, violence is the plot, not news."""
        works = self._fiction_works.get(sent.first)
        if works is None:  # once per sentence: most name no work of fiction
            names = _with_proclitics("fiction_works")
            works = self._fiction_works[sent.first] = [j for j in range(sent.first, sent.last) if self.tokens[j].text in names]
        tellings = _with_proclitics("fiction_tellings")
        for work in works:
            if work < i and any(self.tokens[j].text in tellings for j in range(work + 1, min(i, work + 13))):
                return True
        return False

    def _in_background_clause(self, sent: Sentence, i: int) -> bool:
        """"أوقفت السلطات الإمدادات بعد أن خطف متشددون شاحنات": what happened before the news is its
        background (cues.yaml `background_openers`), told to explain it, not reported as news."""
        openers = _cue_words("background_openers")
        for j in range(max(self._clause_start(sent, i), i - 6), i):
            word = next((v for v, _ in clitic_variants(self.tokens[j].text, False) if v in _BACKGROUND_HEADS), self.tokens[j].text)  # "وبعد أن"
            verb = j + 1 if word in openers else j + 2 if j + 1 < i and f"{word} {self.tokens[j + 1].text}" in openers else -1
            # the clause's own verb is the act told as background, or the noun its light verb takes ("بعد أن قام مسلحون
            # بخطف"); a later verb is the main clause's ("وبعد أن انتهت الصلاة تظاهر آلاف")
            light = self._cue_match(verb) if 0 <= verb < i else None
            if verb == i or (light is not None and any(e.kind == "light_verb" for e in light[2]) and i - verb <= 4):
                return True
        return False

    def _elaborates(self, sent: Sentence, trigs: list, n: int, etype: str) -> bool:
        """A noun right after a trigger of its type in the sentence restates that event, unless it is dated otherwise."""
        for i, end, e, _p in trigs[:n][::-1]:
            if e.value == etype and (e.get("pos") == "verb" or trigs[n][0] - end <= 4):
                if any(self.tokens[j].text in _CLAUSE_TOKENS for j in range(end, trigs[n][0])):
                    return False  # "to meet the president ..., where he will address a forum": a clause of its own, another event
                told = next((d for d in self.drafts if d.trigger_token == i), None)
                upto = trigs[n + 1][0] if n + 1 < len(trigs) else sent.last
                own = [x for x in self._dates_in(sent) if x.resolved and trigs[n][0] < x.first_token < upto]
                if told is not None and told.date is not None and own and (own[0].start, own[0].end) != (told.date.start, told.date.end):
                    return False  # "met officials on Monday and will hold further talks next week": another meeting
                return told is not None or trigs[n][0] - end <= 4
        return False

    def _fill_roles(self, d: Draft, subject: list[Mention], ms: list[Mention], sent: Sentence, i: int, end: int, stop: int) -> None:
        spec = CONTRACT.event_types[d.event_type]
        t = d.event_type
        if t not in _SPEECH and t not in ("VISIT", "MEETING", "CALL", "AGREEMENT") and self._reporters:  # "تظاهر آلاف ضد الغلاء، حسبما أعلنت الوزارة": who tells it takes no part in it (an official announcing talks may well hold them)
            subject, ms = [m for m in subject if m.first not in self._reporters], [m for m in ms if m.first not in self._reporters]
        if t == "VISIT":
            if not subject:  # "وصل في معية خادم الحرمين ...": the one accompanied is the visitor
                subject = self._after(ms, end, stop, {"معيه", "برفقه", "accompanying", "accompanied"})[:1]
            subject = [m for m in subject if m.canonical not in _cue_words("not_visitors")]  # a march or a raid, not a visit
            for m in subject:
                d.add("visitor", m)
            hosts = [m for m in self._after(ms, end, stop, _TO) if m.key not in {s.key for s in subject}]
            if not hosts:
                hosts = [m for m in ms if end <= m.first < stop and m.actor_type == "country" and m.key not in {s.key for s in subject}][:1]
            for m in hosts[:1]:
                d.add("host", m)
                d.location = m
        elif t in ("MEETING", "CALL"):
            hosting = d.lemma in _HOSTING
            for m in subject:
                d.add("organizer" if hosting and m.actor_type != "person" else "participant", m)
            if hosting:  # "Ghana will host a summit of West African heads of state": who comes to it takes part
                guests = [m for m in ms if end <= m.first < stop and m.actor_type in ("person", "group", "org") and self._prev_word(m) not in _TO and m not in subject]
                for m in guests[:1]:
                    d.add("participant", m)
            partners = self._after(ms, end, stop, _WITH) or self._after(ms, end, stop, {"by"})  # "was received by X"
            partners = self._conjoined(ms, partners[0]) if partners else []  # the first "مع" names the partner
            for m in partners + (self._object(ms, subject, i, end, stop) if subject else []):
                d.add("participant", m)
            if t == "MEETING":
                for m in ms:  # the body it is held by or within, in the same clause ("..., and union leaders said" is another)
                    if end <= m.first < stop and m.actor_type == "org" and m.key not in {x.key for _, x in d.roles} \
                            and _CLAUSE_PUNCT.isdisjoint(self.folded.text[self.tokens[end - 1].end : self.tokens[m.first].start]):
                        d.add("organizer", m)
                        break
                if not d.holders("participant"):
                    for m in self._pair_from_nisba(sent, i, stop):
                        d.add("participant", m)
        elif t == "STATEMENT":
            for m in subject:  # "قال قائد الشرطة": a bare office speaks for the body it heads
                d.add("speaker", self._whole_phrase(sent, m, stop) if m.actor_type == "person" else m)
            if not subject and self._joint(i, end):
                for m in self._pair():
                    d.add("speaker", m)
        elif t == "AGREEMENT":
            for m in subject + self._after(ms, end, stop, _WITH):
                d.add("signatory", m)
            if not d.roles:
                pair = self._pair_from_nisba(sent, i, stop) or self._pair()
                for m in pair:
                    d.add("signatory", m)
        else:
            weapons = [m for m in ms if m.canonical == "explosive devices"]
            ms = [m for m in ms if not self._needed_word(m, d.needs)]  # "أطلقت دبابة قذيفة على تجمع": the shell is no participant
            ms = [m for m in ms if not self._without(m, i)]  # "انفجرت دون سقوط ضحايا": no one was hit
            placed = [m for m in ms if m.actor_type == "country" and self._prev_word(m) in _cue_words("bearing_words") and (end <= m.first < stop or m in subject)]
            ms = [m for m in ms if m not in placed]  # "في هجوم شرقي بغداد": where, not whom
            subject = [m for m in subject if m not in placed]  # "وفي هجوم شرقي بغداد قتل ثلاثة": nor who did it
            if placed and d.location is None:
                d.location = placed[0]
            passive = self._latin(i) and i > 0 and self.tokens[i - 1].text in _EN_PASSIVE
            if subject and (passive or (d.event_type in _VIOLENCE and self._victim_slot(subject[0], sent, i, end, d.verb))):
                # "قتل 12 شخصا", "أصيب ثلاثة من رجال الشرطة": the noun after a violence verb is its victim
                d_victims, subject = subject, []
                if not d.verb:  # "قام مسلحون بخطف رئيس البلدية": the governing verb's subject did it
                    subject = [m for m in self._governor_subject(ms, sent, i) if m not in d_victims and m.canonical != "civilians"]
            else:
                d_victims = []
            if not d_victims and d.event_type == "ASSAULT" and _reads_as(self.tokens[i].text, _patient_words() if not d.verb else _passive_words()):
                d_victims = self._genitive(sent, end, stop)  # "اغتيال جاسم الذهبي", "اغتيلت ناشطة": named or not, the genitive or the passive's subject suffered it
            actors = subject
            taken = {a.key for a in subject}
            # "قتل مسلحون من حركة الشباب ثلاثة جنود": who the subject comes from is part of it, not whom it hit
            taken |= {m.key for m in ms for a in subject if (m.first == a.last + 1 and self.tokens[a.last].text in ("من", "of")) or a.first < m.first < a.last}
            # "هجوم قوات المعارضة على": the genitive completing the doers' phrase is theirs too
            taken |= {m.key for a in subject for w in (self._whole_phrase(sent, a, stop),) if w.last > a.last for m in ms if a.last <= m.first < w.last}
            # ("مجموعة مسلحة تابعة لجيش المهدي": whom the subject serves is inside its phrase)
            recipients = [m for m in self._object(ms, subject, i, end, stop) + self._after(ms, end, stop, _OBJECT_PREP) if m.key not in taken and not self._attack_adjective(m)]
            if not recipients and d.event_type == "ASSAULT" and d.verb and subject and all(m.first >= end for m in subject):
                # "اغتال مسلحون أمس سالم العبيدي مدير مكتب الحزب": the phrase in the object slot, named or not
                recipients = [self._known_inside(m) for m in self._target(sent, i, end, stop, subject, True) if self.tokens[m.first - 1].text not in _OBJECT_PREP]
            if not recipients and d.event_type == "ASSAULT" and d.verb:  # "أوقعت سلسلة هجمات أمس عشرات القتلى": the dead it caused
                recipients = self._casualties(sent, i, end, stop)
            if not recipients and d.event_type == "ASSAULT" and any(self.tokens[j].text == "ضد" for j in range(end, min(stop, end + 3))):
                recipients = [self._known_inside(m) for m in self._target(sent, i, end, stop, subject, False)]  # "نفذ ضد عناصر من العشائر": whom it was against
            if t == "SANCTION":  # "قطعت علاقاتها مع إسرائيل", "استدعت سفيرها في إسرائيل": the state relations are cut with, not the envoy
                recipients = [m for m in self._after(ms, end, stop, _RELATIONS_WITH) if m.key not in taken][:1] or [
                    m for m in recipients if not self.actors.owned_at(m.first)]
            if not recipients:  # "سيطر الجيش على معسكر ... مليشيات الحوثي": the first actor further on
                recipients = [m for m in ms if end <= m.first < stop and m.key not in taken and self._prev_word(m) not in _TO and m.actor_type != "country" and not self._attack_adjective(m)
                              and not (m.prefix.endswith("ل") and self._is_attack_word(m.first - 1))  # "في هجوم لمستوطنين": whose attack it was
                              and not (self._latin(m.first) and self._reporting_subject(m))
                              and not self._describing_before(end, m)][:1]
                # ", a spokesman said": in English the source's clause names no one hit
            by = self._after(ms, end, stop, _BY) or [  # "اغتيل الصحفي من قبل مسلحين": من قبل is "by"
                m for m in ms if end <= m.first < stop and m.first - 2 >= end and self.tokens[m.first - 1].text == "قبل" and self.tokens[m.first - 2].text == "من"][:1] or [
                m for m in ms if m.first - 2 >= end and m.first < stop and self.tokens[m.first - 1].text in _PLANTED  # "سيارة مفخخة يقودها انتحاري", not "سيارة يقودها موظف"
                and any(w.canonical == "explosive devices" and w.last == m.first - 1 for w in ms)][:1]
            one_side, other_side = self._between(ms, end, stop)
            if by and (not subject or all(m.canonical == "explosive devices" for m in subject)):  # passive: "قتل ثلاثة برصاص مسلحين"; "انفجرت عبوة زرعها مسلحون"
                actors = by
                recipients = [m for m in recipients if m not in by] or [m for m in ms if end <= m.first < stop and m not in by and m not in subject and not self._prep_before(m) and not self._describing_before(end, m)][:1]
            elif one_side and other_side and not subject:  # "اشتباكات بين الجيش والمسلحين"
                actors, recipients = one_side, other_side
            recipients = d_victims + [m for m in recipients if m.key not in {a.key for a in actors} and m not in d_victims and not self._attack_adjective(m) and m.canonical != "explosive devices"]
            if t == "PROTEST":  # protesters are who protests, never what the protest is against
                actors = actors or [m for m in recipients if m.canonical in _CROWDS][:1]
                # what it is against is named so ("احتجاجا على", "ضد"), not by whoever comes next
                against = [m for m in self._after(ms, end, stop, _OBJECT_PREP) if m.canonical not in _CROWDS]
                pelted = [m for m in self._object(ms, actors, i, end, stop) if m.canonical not in _CROWDS] if d.verb and d.lemma in _cue_words("protest_acts_on") else []  # "رشق المتظاهرون الشرطة"
                recipients = self._protested(sent, ms, end) or against or pelted
                if not actors and not d.verb and recipients:  # "وتواصل المظاهرات ضد ... حيث أغلق المتظاهرون الغاضبون شوارع": the crowd told further on
                    actors = [m for m in self._sentence_mentions if m.first >= end and m.canonical in _CROWDS and self._prev_word(m) not in _cue_words("protest_against") and self._prev_word(m) not in _OBJECT_PREP][:1]
                if not actors:  # "تظاهر 500 طالب": the people counted after the verb
                    counted = self._count_phrase(sent, end, stop) if d.verb else None
                    actors = [remention(counted, canonical="crowd")] if counted is not None else []
                if not actors and not recipients:  # "خرجت مظاهرة ضد إعادة نشر الرسوم": no one named, only what it is against
                    recipients = self._target(sent, i, end, stop, actors, False)
            counted = self._count_phrase(sent, end, stop) if not recipients and not actors and d.event_type == "ASSAULT" else None
            past_time = self._past_time(sent, end, stop)  # "هاجموا أمس مركز الاقتراع"
            if counted is None and not recipients and all(m.canonical == "explosive devices" for m in actors) and d.event_type == "ASSAULT" and d.verb \
                    and fold(d.lemma) in _cue_words_any("casualty_lemmas", "abduction_lemmas") and not self._object_follows(sent, past_time):
                counted = self._count_before(sent, i)  # "أعلنت الشرطة أن عشرة على الأقل قتلوا": the count before a verb of suffering with no object
            elif counted is None and not recipients and not actors and d.event_type == "ASSAULT" and d.verb and self._object_follows(sent, past_time):
                doers = self._count_before(sent, i)  # "إن 20 على الأقل هاجموا مركز الاقتراع": the count before a verb with an object did it
                actors = [remention(doers, canonical=None)] if doers is not None else actors  # people counted, not casualties
            if counted is not None:  # "قتل 20 واصيب 70": the count is all the report says of the victims
                recipients = [] if self._needed_word(counted, d.needs) else [counted]  # "أطلقت خمسة صواريخ": rockets, not victims
            if not recipients and d.event_type == "ASSAULT":  # "نجا المحافظ من محاولة اغتيال": who survived it was its target
                recipients = self._survivor(sent, i, actors)
            if not recipients and d.event_type == "ASSAULT" and not d.verb:  # "إصابة ثلاثة من رجال الشرطة في هجوم": whom it hurt
                recipients = self._hurt_in(sent, i)
            if not actors and d.event_type == "ASSAULT":  # by whom?
                actors = self._attack_agent(sent, i, recipients)
            if not actors and d.event_type == "ASSAULT":  # "قتل 12 شخصا في هجوم بسيارة مفخخة": the weapon is all the report names
                actors = [m for m in weapons if m not in recipients][:1]
            if not actors and d.event_type == "ASSAULT":  # "قتل خمسة جنود في هجوم انتحاري": the suicide bomber the attack's adjective names
                actors = [m for m in ms if self._attack_adjective(m) and m not in recipients and self._one_clause(min(i, m.first), max(i, m.first))
                          and self._first_attack_after(sent, i, m.first - 1)][:1]
            if not recipients and t == "ASSAULT" and (actors or (d.verb and self._describes_an_attack(sent, i))):  # "في هجوم استهدف حاجزا": what it hit
                recipients = self._target(sent, i, end, stop, actors, d.verb and fold(d.lemma) not in _cue_words("landing_verbs"))
            # "تظاهر آلاف ضد الغلاء، حسبما أعلنت الوزارة": who tells it takes no part in it
            actors, recipients = [m for m in actors if m.first not in self._reporters], [m for m in recipients if m.first not in self._reporters]
            # "أطلق مسلح النار": the weapon the verb needs ends the phrase of who used it
            weapon = next((j for j in range(end, stop) if d.needs and _reads_as(self.tokens[j].text, d.needs)), stop)
            for m in actors:
                d.add("actor", self._owner(sent, m) or self._whole_phrase(sent, m, weapon if m.first < weapon else stop))
            if "recipient" in spec.roles:
                for m in recipients[:1]:
                    # "أن عبد الرحيم السوادي الموظف خطف": victims named before the verb, from the start of their clause
                    # (never back into the doers' phrase or a time phrase after the verb: "هاجم المحتجون الغاضبون السفارة", "أصيب في وقت لاحق شرطيان")
                    after_verb = max([self._time_phrase_end(sent, self._past_time(sent, end, stop))] + [self._whole_phrase(sent, a, stop).last for a in actors if end <= a.first < m.first])
                    floor, reach = (m.first, 2) if end <= m.first <= after_verb else (end, 2) if m.first >= end else (self._clause_start(sent, i), 4)
                    d.add("recipient", self._owner(sent, m) or self._with_head(sent, self._whole_phrase(sent, m, stop), floor, reach))
        if d.location is None:
            loc = next((m for m in ms if end <= m.first < stop and m.actor_type == "country" and self.tokens[m.first - 1].text in ("في", "in")), None)
            d.location = loc

    def _describes_an_attack(self, sent: Sentence, i: int) -> bool:
        """Is the verb at i a clause describing the attack or bomb named before it (`_attack_it_describes`)?"""
        found = self._trigger_match(i)
        return found is not None and self._attack_it_describes(sent, i, found[1]) is not None

    def _attack_it_describes(self, sent: Sentence, i: int, prefix: str) -> int | None:
        """Where the indefinite attack or bomb starts that the verb at i, with no conjunction on it, describes
        ("هجوم انتحاري بسيارة مفخخة استهدف الشرطة", "عبوة ناسفة استهدفت موكبه"), if it does: its suicide
        bomber or bomb is the verb's subject, not the noun after the verb."""
        if prefix or self._latin(i):
            return None
        for k in range(i - 1, max(sent.first, i - 5) - 1, -1):
            if not self._adjacent(k + 1, k + 1):
                return None
            if self._is_attack_word(k) or any(m.canonical == "explosive devices" and m.first <= k < m.last for m in self._sentence_mentions):
                start = min([k] + [m.first for m in self._sentence_mentions if m.first <= k < m.last])
                # "وفي هجوم منفصل اغتال مسلحون", "وبعد هجوم انتحاري قتل الجيش": an attack in a preposition's phrase is
                # when or how, and a subject after the verb is its own
                governed = start > sent.first and any(v in _cue_words("phrase_breaks") or v in _cue_words("time_openers") for v, _ in clitic_variants(self.tokens[start - 1].text, False)) \
                    and self._clause_start(sent, start - 1) == start - 1 and self._verb_with_own_subject(sent, i)  # fronted ("قتل عشرة في هجوم استهدف": the clause describes it)
                own_subject = any(m.first == self._past_time(sent, i + 1, sent.last) and self.tokens[m.first].text.endswith(("ون", "و"))
                                  for m in self._sentence_mentions)  # "هجوم استهدف مسلحون": a nominative plural does it (a definite noun may be hit)
                return None if self._is_definite(k) or governed or own_subject else start
            word = self.tokens[k].text
            if word in _cue_words("phrase_breaks") or word in _cue_words("verb_openers") or self._trigger_match(k):
                return None
        return None

    def _verb_with_own_subject(self, sent: Sentence, i: int) -> bool:
        """Has the verb at i an actor right after it who hit something after that ("اغتال مسلحون مسؤولا", "قتل
        الجيش عشرين مسلحا")? "وفي هجوم صاروخي استهدف السفارة" has none: the verb tells of the attack."""
        doer = next((m for m in self._sentence_mentions if m.first == self._past_time(sent, i + 1, sent.last)), None)
        return doer is not None and not self._nothing_hit_after(sent, self._whole_phrase(sent, doer, sent.last).last)

    def _known_inside(self, m: Mention) -> Mention:
        """"نقطة تفتيش تابعة للشرطة المحلية": a phrase holding a known actor, or running into one, is that actor, named by the whole phrase."""
        inner = next((x for x in self._sentence_mentions if m.first <= x.first <= m.last and (x.first < m.last or self._adjacent(x.first, x.first))), None)
        if inner is None:
            return m
        last = max(m.last, inner.last)
        return remention(inner, first=m.first, last=last, name=self.actors.surface(m.first, last), prefix="")

    def _describing_before(self, end: int, m: Mention) -> bool:
        """"نفذه انتحاري وهو عضو في جماعة متشددة": a clause after وهو tells who one named is, not whom he hit."""
        return any(self.tokens[j].text in _DESCRIBING and _CLAUSE_PUNCT.isdisjoint(self.folded.text[self.tokens[j].end : self.tokens[m.first].start])
                   for j in range(end, m.first))  # (", وهم رجال أمن، في مطاردة الناشطين": the aside is over at its comma)

    def _add_restated_target(self, sent: Sentence, i: int, end: int, stop: int, ms: list[Mention]) -> None:
        """"قتل 20 في هجوم انتحاري على الطائفة اليزيدية": the attack noun restating the killing names what
        it was aimed at; when the killing's recipients are only its toll, that target is a recipient too."""
        told = self._attack_told_in(sent)
        if told is None or any(m.canonical not in ("casualties", "civilians") for m in told.holders("recipient")):
            return
        start = next((j for j in range(end, min(stop, end + 4)) if self.tokens[j].text in _OBJECT_PREP - {"on"}), None)
        if start is None or start + 1 >= stop or self.tokens[start + 1].text in _cue_words("preposition_idioms") or not self._adjacent(start, start + 1):
            return  # "على الأقل" is no target
        known = next((m for m in ms if start + 1 <= m.first <= start + 2 and self._adjacent(start + 1, m.first)), None)  # "على مركز للشرطة": the known force the head noun leads to
        taken = {m.key for _, m in told.roles}
        target = self._with_head(sent, self._whole_phrase(sent, known, stop), start + 1) if known is not None else next(iter(self._target(sent, i, end, stop, [], False)), None)
        if target is not None and target.key not in taken:
            told.add("recipient", target)

    def _attack_told_in(self, sent: Sentence) -> Draft | None:
        """The attack the last draft of this sentence tells, which an attack noun after it restates, if there is one."""
        last = self.drafts[-1] if self.drafts else None
        return last if last is not None and last.sentence is sent and last.event_type == "ASSAULT" else None

    def _add_restated_sides(self, sent: Sentence, end: int, stop: int, ms: list[Mention]) -> None:
        """"سقط عشرات الجرحى في مواجهات بين الشرطة ومتظاهرين": a clash restating a toll that names no doer names
        its two sides, the first as the doer, the second as those it was against."""
        told = self._attack_told_in(sent)
        if told is None or told.holders("actor") or not any(self.tokens[j].text in ("بين", "وبين") for j in range(end, min(stop, end + 2))):
            return  # "في هجوم على نقطة تفتيش بين العراق وسوريا", "على الحدود بين": where, not the two sides
        first, second = self._between(ms, end, stop)
        if first and second:
            for m in first:
                told.add("actor", m)
            for m in second:
                told.add("recipient", m)

    def _without(self, m: Mention, i: int) -> bool:
        """Is m, after the trigger at i, a word for casualties (cues.yaml `casualty_words`) a few words after
        "without" (`without_words`: "دون سقوط ضحايا", "من دون أن تسفر عن إصابات", "without casualties"), so that
        no one was hit? Not the people hit "without warning" ("قتل مسلحون دون رحمة ثلاثة أطفال")."""
        words = _cue_words("without_words")
        if m.first <= i or not any(self.tokens[j].text in words for j in range(max(i + 1, m.first - 5), m.first)):
            return False
        return any(v in _cue_words("casualty_words") for v, _ in clitic_variants(self.tokens[m.first].text, False))

    def _reporting_subject(self, m: Mention) -> bool:
        """Is m the subject of a reporting clause (", a police spokesman said", ", officials told reporters")?"""
        return m.last < len(self.tokens) and self.tokens[m.last].text in _EN_REPORTING

    def _survivor(self, sent: Sentence, i: int, actors: list[Mention]) -> list[Mention]:
        """Who a survival verb a few words before the attack word names (cues.yaml `survival_verbs`):
        its subject, after it ("نجا المحافظ من") or before it ("المحافظ نجا من")."""
        verb = next((j for j in range(i - 1, max(sent.first, i - 6) - 1, -1) if _reads_as(self.tokens[j].text, _cue_words("survival_verbs"))), None)
        if verb is None:
            return []
        found = next((m for m in self._sentence_mentions if verb < m.first <= verb + 3 and m.last <= i and not self._prep_before(m) and m not in actors), None) \
            or next((m for m in reversed(self._sentence_mentions) if m.last <= verb and verb - m.last <= 1 and m not in actors), None)
        if found is None:  # "نجا شيخ العشيرة من", "إن شيخ العشيرة نجا": whoever the phrase names, known or not
            found = self._survivor_phrase(sent, verb, i)
        return [found] if found is not None else []

    def _casualties(self, sent: Sentence, i: int, end: int, stop: int) -> list[Mention]:
        """The counted dead or wounded a verb of causing needs (أوقع قتلى, سقط جرحى), with what joins them ("عشرات
        القتلى والجرحى"); a weapon verb's needed word is what it fired, no one hit."""
        found = self._trigger_match(i)
        needs = self._needs_at(i)
        if not needs or found is None or any(e.get("weapon") for e in found[2]):
            return []
        w = next((j for j in range(end, stop) if _reads_as(self.tokens[j].text, needs)), None)
        if w is None or any(self.tokens[j].text in _OBJECT_PREP for j in range(end, w)):
            return []  # ("أوقعت الغارات على مواقع طالبان عشرات القتلى": what they were on names whom they hit)
        if self.tokens[w].text in _cue_words("succumbing_words"):  # "لقي صحفي صومالي حتفه": whom the death befell
            first = self._past_time(sent, end, w)
            return [self._known_inside(self._targets(first, w))] if first < w and self._adjacent(first, w - 1) and self._phrase_end(sent, first, w, _PHRASE_RUN + 1, False) == w else []
        first = w - 1 if w - 1 >= end and self._counted(w - 1) and self._adjacent(w, w) else w
        last = w + 1
        if last < stop and self._adjacent(last, last) and self.tokens[last].text.startswith("و") and _reads_as(self.tokens[last].text[1:], _cue_words("casualty_words")):
            last += 1  # "القتلى والجرحى"
        return [self._known_inside(self._targets(first, last))]

    def _hurt_in(self, sent: Sentence, i: int) -> list[Mention]:
        """Those a casualty noun names right before "في/خلال/جراء <attack noun>" at i: "إصابة ثلاثة من رجال الشرطة
        في هجوم" (cues.yaml `death_lemmas`); the attack hit them."""
        if i - 2 < sent.first or self.tokens[i - 1].text not in _IN_AN_ATTACK:
            return []
        m = next((x for x in self._sentence_mentions if x.last == i - 1 and x.first > sent.first), None)
        if m is None:  # "إصابة خمسة في هجوم": the count is all that is told of them
            return [self._targets(i - 2, i - 1)] if i - 3 >= sent.first and self._counted(i - 2) and _reads_as(self.tokens[i - 3].text, _cue_words("death_lemmas")) else []
        first = m.first - 2 if m.first - 2 > sent.first and self.tokens[m.first - 1].text == "من" and self._counted(m.first - 2) else m.first
        first = first - 1 if first == m.first and first - 1 > sent.first and self._counted(first - 1) else first  # "إصابة خمسة مدنيين"
        if not _reads_as(self.tokens[first - 1].text, _cue_words("death_lemmas")) or not self._adjacent(first, i - 1):
            return []
        return [remention(m, first=first, name=self.actors.surface(first, m.last))] if first < m.first else [m]

    def _survivor_phrase(self, sent: Sentence, verb: int, i: int) -> Mention | None:
        """The noun phrase right after a survival verb (up to the attack word) or right before it."""
        breaks = _cue_words_any("phrase_breaks", "verb_openers")
        after = self._past_time(sent, verb + 1, i)  # "نجا أمس مسؤول محلي"
        if after < i and self._adjacent(after, after) and self.tokens[after].text not in breaks:
            last = self._phrase_end(sent, after, i, _PHRASE_RUN + 1, False)
            return self._targets(after, last) if last > after else None
        start = verb
        while start > max(sent.first, verb - _PHRASE_RUN) and self._adjacent(start - 1, start - 1) and self.tokens[start - 1].text not in breaks \
                and not self._trigger_match(start - 1) and start - 1 not in self._dated_tokens(sent):
            start -= 1
        if start == verb or self._phrase_end(sent, start, verb, _PHRASE_RUN + 1, False) != verb:
            return None
        return self._targets(start, verb)

    def _genitive(self, sent: Sentence, end: int, stop: int) -> list[Mention]:
        """The noun phrase right after a masdar whose genitive is its patient (مقتل, اغتيال,
        اختطاف) when no known actor or count stands there: a name the lexicons do not hold."""
        if end >= min(stop, sent.last) or self._latin(end) or not self._adjacent(end, end) or end in self._dated_tokens(sent):
            return []
        word = self.tokens[end].text
        if any(m.first <= end < m.last for m in self._sentence_mentions) or self._counted(end) or word in _cue_words("count_lead_ins") \
                or word in _cue_words("phrase_breaks") or word in _institution_stops() or self._trigger_match(end) or end in self._sources:
            return []
        last = self._phrase_end(sent, end, stop, _PHRASE_RUN, False)
        genitive = next((m for m in self._sentence_mentions if m.first == last), None)
        if genitive is not None and last > end and not self._is_definite(last - 1) and self._adjacent(last, last):
            last = self._whole_phrase(sent, genitive, stop).last  # "نائب رئيس البلدية": the construct goes on into a known office
        return [self._targets(end, last)] if last > end else []

    def _count_phrase(self, sent: Sentence, start: int, stop: int) -> Mention | None:
        """The people counted from token `start` on: "قتل 20", "قتل ما لا يقل عن 28 متطوعا في
        الجيش العراقي", "قتل أربعة من المتهمين" -- the count with what it counts, the group they
        belong to and the whole they are part of; None when no count starts there."""
        start = self._past_time(sent, start, stop)  # "قتل أمس ثلاثة"
        j = start
        while j < min(stop, start + 5) and self.tokens[j].text in _cue_words("count_lead_ins") and not (j > start and self._counted(j) and self.tokens[j].text != "ما"):
            j += 1  # "ما لا يقل عن", "أكثر من": up to the count itself
        if j >= stop or not self._counted(j) or (j > start and not self._adjacent(start + 1, j)):
            return None
        last = j + 1
        while last < min(stop, j + 4) and self._adjacent(last, last) and self.tokens[last].text not in _institution_stops() and not self._counted(last) \
                and self.tokens[last].text not in _cue_words("phrase_breaks") and not (last > j + 1 and self._trigger_match(last)):
            last += 1  # "سبعة عشر سائحا اسبانيا": the count with the noun it counts ("اثنان آخران عندما هاجم": not the clause after)
        if last < stop - 1 and self.tokens[last].text == "من" and self._adjacent(last, last + 1) and self._is_definite(last + 1):  # "أربعة من المتهمين"
            member = next((m for m in self._sentence_mentions if m.first == last + 1), None)
            last = max(self._phrase_end(sent, last + 1, stop, _PHRASE_RUN + 1, True), member.last if member else 0)
        last = self._membership_end(sent, last, stop)
        return Mention(start, last, self.actors.surface(start, last), "casualties", "group", None)

    def _count_before(self, sent: Sentence, i: int) -> Mention | None:
        """The bare count opening the clause of a violence verb ("أن عشرة على الأقل قتلوا"): those it hit."""
        k = i - 1
        if k - 1 > sent.first and self.tokens[k - 1].text == "علي" and self.tokens[k].text in _cue_words("preposition_idioms"):
            k -= 2  # "على الأقل"
        if k < sent.first or not self._counted(k) or not self._adjacent(k + 1, i):
            return None
        if k > self._clause_start(sent, i) and self.tokens[k - 1].text not in ("ان", "أن", "إن"):
            return None
        return self._count_phrase(sent, k, i)

    def _membership_end(self, sent: Sentence, last: int, stop: int) -> int:
        """"28 متطوعا في الجيش العراقي", "ثلاثة عناصر من الشرطة": people are named with the force
        or group they belong to, which a phrase ending at `last` may go on to name."""
        if last < stop - 1 and self.tokens[last].text in ("من", "في") and self._adjacent(last, last + 1):
            member = next((m for m in self._sentence_mentions if m.first == last + 1 and m.actor_type in ("group", "org") and m.canonical not in ("civilians", "casualties")), None)
            if member is not None:
                return self._whole_phrase(sent, member, stop).last
        return last

    def _verbal_attack(self, d: Draft, sent: Sentence, trigs: list) -> bool:
        """"هاجم" or "هجوم" with nothing violent in the sentence: no other violence word, no armed
        group, weapon or casualty, and people or bodies on both sides -- criticism, which PLOVER
        codes as ACCUSE."""
        if self._latin(d.trigger_token) or d.trigger_token in self._claimed:
            return False  # a claimed attack was carried out with arms
        found = self._trigger_match(d.trigger_token)
        if not d.verb and d.lemma in _ATTACK_LEMMAS and found is not None and found[0] < sent.last and all(m.actor_type in ("person", "org", "country") for m in d.holders("actor")) \
                and _reads_as(self.tokens[found[0]].text, _cue_words("verbal_attack_adjectives")):
            return True  # "شنت الحكومة هجوما دبلوماسيا على خصومها": an offensive of words (not "اغتيال دبلوماسي": a diplomat killed)
        if d.verb and not any(m.canonical in _ARMED for m in d.holders("actor")) and self._with_criticism(sent, d.trigger_token):
            return True  # "قصفت الصحيفة الحكومة بوابل من الانتقادات": a barrage of criticism
        if d.lemma not in _ATTACK_LEMMAS:
            return False
        if d.verb and not any(m.canonical == "militants" for m in d.holders("actor")) and (self._criticised_for(sent, d.trigger_token) or self._in_speech(sent, d.trigger_token)):
            return True  # "هاجم السلطات على التعامل معه", "في خطاب ألقاه": attacked in words (armed men attack with arms)
        near = range(d.trigger_token - _NEAR, d.trigger_token + _NEAR + 1)  # around it: a violence word far off in a long sentence tells another story
        conduct = self._conduct_object(d, sent, found[0]) if d.verb and found is not None else None
        if conduct is not None and not self._force_against_conduct(d, sent, conduct, trigs):
            return True  # "هاجم الوزير قرار الحكومة", "هاجمت الحركة قرار الحكومة": what was attacked is conduct
        if any(e.value == "ASSAULT" and i != d.trigger_token and i in near for i, _end, e, _p in trigs):
            return False
        if any(m.canonical in _ARMED and m.first in near for m in self._sentence_mentions):
            return False
        held = [m for _, m in d.roles]
        return bool(held) and all(m.actor_type in ("person", "org", "country") for m in held)

    def _demolition(self, d: Draft, sent: Sentence, end: int, stop: int, trigs: list) -> bool:
        """"قام الجيش بتفجير عدد من المباني", "فجرت القوات أبواب المنازل": the state's forces blowing up
        buildings (cues.yaml `demolition_lemmas`, `property_words`) with no one hurt destroy property,
        which PLOVER codes as COERCE (CAMEO 1712); armed men blowing up a road, or a blast that kills, assault."""
        actors = d.holders("actor")
        if fold(d.lemma) not in _cue_words("demolition_lemmas") or not actors or not all(m.canonical in group_labels("security") for m in actors):
            return False
        spared = _cue_words("without_words") | {"لم", "لا", "no", "not"}
        if any(e.value == "ASSAULT" and i != d.trigger_token for i, _end, e, _p in trigs) or any(
                self.tokens[j].text in _cue_words("casualty_words") and not any(self.tokens[k].text in spared for k in range(max(sent.first, j - 4), j))
                for j in range(sent.first, sent.last)):
            return False  # someone was hurt ("دون وقوع إصابات" says no one was)
        passed = {j for m in actors for j in range(m.first, m.last)} | self._dated_tokens(sent)
        j = end
        while j < stop and (j in passed or self._counted(j) or self.tokens[j].text in ("من", "عدد", "عددا", "بعض")):
            j += 1  # past the subject, a time and a count: "فجرت القوات أمس عددا من المنازل"
        return j < stop and any(v in _cue_words("property_words") for v, _ in clitic_variants(self.tokens[j].text, False))

    def _criticised_roles(self, d: Draft, sent: Sentence, end: int) -> None:
        """Who criticised whom: a known actor after the verb is its object when a word no lexicon holds
        stands between ("هاجم النائب الحكومة": the deputy is the subject) or a pronoun subject comes before
        the verb ("ولكنه هاجم السلطات"); the grounds ("على التعامل") are no recipient."""
        actors = d.holders("actor")
        if not d.verb or len(actors) != 1 or actors[0].first < end:
            return
        pronoun = d.trigger_token > sent.first and any(v in _PRONOUN_SUBJECTS for v, _ in clitic_variants(self.tokens[d.trigger_token - 1].text, False))
        after = actors[0].last
        while after < sent.last and after in self._dated_tokens(sent):
            after += 1
        if after < sent.last and self._adjacent(after - 1, after) and self._conduct_at(after):
            return  # "هاجم خطباء الحركة قرار الحكومة": the conduct is the object, the body after the verb the subject's genitive
        if actors[0].first > end or pronoun:
            d.roles = [("recipient", actors[0])]

    def _with_criticism(self, sent: Sentence, i: int) -> bool:
        """Is criticism (cues.yaml `criticism_words`) what the verb at i hits with: a word of it taken with ب, or after
        a ب-phrase ("بوابل من الانتقادات"), within a few words ("وسط انتقادات دولية" is only the setting)?"""
        for j in range(i + 1, min(sent.last, i + 8)):
            if self.tokens[j].text in _cue_words("criticism_words") and any(self.tokens[k].text.startswith("ب") for k in range(max(i + 1, j - 2), j + 1)):
                return True
        return False

    def _in_speech(self, sent: Sentence, i: int) -> bool:
        """"هاجم رئيس الوزراء المعارضة في خطاب ألقاه": في and a word for a speech, an article or an interview (cues.yaml
        `speech_media`) a few words after an attack verb say the attack was made in words."""
        media = _cue_words("speech_media")
        return any(self.tokens[j].text == "في" and any(v in media for v, _ in clitic_variants(self.tokens[j + 1].text, False))
                   for j in range(i + 1, min(sent.last - 1, i + 7)))

    def _force_against_conduct(self, d: Draft, sent: Sentence, conduct: int, trigs: list) -> bool:
        """Was conduct attacked with force: by forces or armed men ("هاجمت الشرطة إضراب العمال"; not a force named in the
        critic's office, "قائد الشرطة"), or with violence or a weapon told after it ("هاجم أنصار الحزب إضراب العمال بالسكاكين
        وأصابوا عشرة")? What the subject and the conduct's own phrase name ("القصف الإعلامي", "القصف الحكومي لمنازل المدنيين")
        does not count."""
        if any(m.canonical in _ARMED and d.trigger_token < m.first < conduct and not any(a.first <= m.first < a.last and a.canonical not in _ARMED for a in d.holders("actor"))
               for m in self._sentence_mentions):
            return True
        reach = min(sent.last, d.trigger_token + _NEAR + 1)
        if any(e.value == "ASSAULT" and conduct < i < reach and self.tokens[i - 1].text not in _RELATIVES for i, _end, e, _p in trigs):
            return True  # ("القصف الذي استهدف الحي" tells what the conduct was)
        weapons = _cue_words("weapon_words")
        return any(_reads_as_bare(self.tokens[j].text, weapons) for j in range(conduct + 1, reach))

    def _conduct_object(self, d: Draft, sent: Sentence, end: int) -> int | None:
        """Where the attack verb's object, the first word after its subject and its time, is conduct (cues.yaml `conduct_words`:
        "هاجم الوزير قرار الحكومة", "هاجم خطباء الحركة إضرابات الموظفين") or an act of words or force told as a noun
        ("هاجم النائب الاعتداءات على المساجد")? Such things are attacked only in words: a body or a place can be hit."""
        # the subject, with a head it is the genitive of ("خطباء الحركة"), and its time
        passed = {j for m in d.holders("actor") if end <= m.first <= end + 1 for j in range(end, m.last)} | self._dated_tokens(sent) \
            | {j for j in range(end, min(sent.last, end + 6)) if self.tokens[j].text in _cue_words("adverbs")}
        j = end
        while j < sent.last and j in passed:
            j += 1
        return j if j < sent.last and self._adjacent(j - 1, j) and self._conduct_at(j) else None

    def _conduct_at(self, j: int) -> bool:
        """Is the word at j conduct (cues.yaml `conduct_words`, not `conduct_places`) or an act told as a noun that only words can attack?"""
        grounds, places = _cue_words("conduct_words"), _cue_words("conduct_places")
        if any((v in grounds or (v.startswith("ال") and v[2:] in grounds)) and v not in places and v[2:] not in places for v, _ in clitic_variants(self.tokens[j].text, False)):
            return True
        found = self._trigger_match(j)
        return found is not None and any(e.get("pos") == "noun" and e.value in _ATTACKED_IN_WORDS for e in found[2])

    def _criticised_for(self, sent: Sentence, i: int) -> bool:
        """"هاجم الوزير الحكومة على سياستها", "بسبب تصريحاته": على or بسبب and a word for conduct
        (cues.yaml `conduct_words`) a few words after an attack verb give the grounds of a criticism."""
        grounds = _cue_words("conduct_words")
        for j in range(i + 1, min(sent.last - 1, i + 7)):
            if self.tokens[j].text in ("علي", "بسبب") and self._adjacent(j, j + 1) and self.tokens[j - 1].text not in ("ردا", "رد"):  # "ردا على قرار": a reprisal
                word = self.tokens[j + 1].text
                if _reads_as_bare(word, grounds):
                    return True
        return False

    def _attack_agent(self, sent: Sentence, i: int, recipients: list[Mention]) -> list[Mention]:
        """Who attacked, when no subject says it: "في هجوم نفذه متطرف", "اثر هجوم تبنته طالبان"
        (a by-phrase after the attack word or one restating it), or the state in a nisba on the
        attack or the attacker's vehicle ("ضربة جوية اميركية", "اطلقت دبابة إسرائيلية قذيفة")."""
        if self._latin(i):
            return []
        attack_words = [i] + [k for k in range(i + 1, sent.last) if self._is_attack_word(k)]
        held = {j for m in self._sentence_mentions for j in range(m.first, m.last)}
        for k in attack_words:
            owner = next((m for m in self._sentence_mentions if m.first == k + 1 and m.prefix.endswith("ل") and m.actor_type in ("group", "org") and m not in recipients), None)
            if owner is not None and not self._latin(k):
                return [owner]  # "في هجوم لحركة الشباب": the attack was the movement's
            for j in range(k + 1, min(sent.last, k + 5)):
                if self.tokens[j].text in _BY - {"by"}:
                    by = next((m for m in self._sentence_mentions if j < m.first <= j + 2 and m not in recipients), None)
                    if by is not None:
                        return [by]
        told = self._temporal_clause_agent(sent, i, recipients)
        if told:
            return told
        for k in attack_words:
            # a nisba after a word naming the victim first is the victim's ("مقتل الرهينة الألماني") unless someone else was hit
            patient_first = _reads_as(self.tokens[k].text, _patient_words())
            # ("مصادر أمنية وأخرى طبية عراقية مقتل": a nisba before a word of suffering qualifies whoever tells it)
            for j in range(k + 1 if patient_first else max(sent.first, k - 2), min(sent.last, k + 4) if recipients or not patient_first else k):
                if j == k or j in held or not self._adjacent(j, j):
                    continue
                if patient_first and j > k and not any(self.tokens[x].text in _cue_words("phrase_breaks") or self.tokens[x].text.startswith("ب") for x in range(k + 1, j)):
                    continue  # "اختطاف الصحافي الأميركي": a nisba still in the genitive is the victim's
                code = self._nisba_at(j)
                if code:
                    first = j - 1 if j - 1 > sent.first and j - 1 != k and j - 1 not in held and self._adjacent(j - 1, j) \
                        and self.tokens[j - 1].text not in _BY and self.tokens[j - 1].text not in _cue_words("attack_predicates") else j  # "نفذها فلسطيني": by a Palestinian
                    return [self.actors.country_mention(first, j + 1, code)]
        return []

    def _temporal_clause_agent(self, sent: Sentence, i: int, recipients: list[Mention]) -> list[Mention]:
        """"قتل مقاتل بعدما أطلقت طائرة أميركية صاروخا": a killing with no agent, followed at once by a
        temporal clause (cues.yaml `background_openers`) telling an attack, was done by that attack's
        subject -- a known actor after its verb, else the state a nisba there names."""
        openers = _cue_words("background_openers")
        for j in range(i + 1, min(sent.last, i + 6)):
            if not self._adjacent(j, j):
                return []  # the clause of the killing ends at punctuation
            verb = j + 1 if self.tokens[j].text in openers else j + 2 if j + 1 < sent.last and f"{self.tokens[j].text} {self.tokens[j + 1].text}" in openers else -1
            if verb < 0:
                continue
            found = self._trigger_match(verb) if verb < sent.last else None
            if not found or not any(e.value == "ASSAULT" and e.get("pos") == "verb" for e in found[2]):
                return []
            after = next((m for m in self._sentence_mentions if found[0] <= m.first <= found[0] + 2 and not self._prep_before(m) and m not in recipients), None)
            if after is not None:  # an object right after the verb: its subject is a pronoun ("بعدما قتلوا شرطيا": those killed)
                return [] if self._accusative(after) else [after]
            held = {x for m in self._sentence_mentions for x in range(m.first, m.last)}
            k = found[0]
            while k < min(sent.last, found[0] + 7) and self.tokens[k].text not in _PLACE_PREPOSITIONS:
                code = self._nisba_at(k) if k not in held else None  # "طائرة بدون طيار، يعتقد أنها أميركية" (not "قرب الحدود التركية")
                if code:
                    return [self.actors.country_mention(k, k + 1, code)]
                k += 1
            return []
        return []

    def _protested(self, sent: Sentence, ms: list[Mention], end: int) -> list[Mention]:
        """What a protest is against: the first actor a few words after "احتجاجا على", "ضد", "تنديدا ب"
        (cues.yaml `protest_against`), anywhere after the protest word in its sentence."""
        # from the protest word itself: "احتجاجا على الظلم" is both the protest and what it opposes
        heads = [j for j in range(max(sent.first, end - 1), sent.last) if self.tokens[j].text in _cue_words("protest_against")]
        for j in heads:
            found = next((m for m in self._sentence_mentions if j < m.first <= j + 6 and m.actor_type in ("person", "org", "country", "group") and m.canonical not in _CROWDS
                          and self._prev_word(m) not in _LOCATIVE), None)  # "against the tax law in Nairobi": where, not whom
            if found is not None:
                return [found]
        embassy = self._embassy_country(sent, end)
        if embassy is not None:  # "تجمعوا أمام سفارة استونيا احتجاجا على رفع النصب": the state, not the issue
            return [embassy]
        demands = [j for j in range(end, sent.last) if self.tokens[j].text in _cue_words("demand_words")]
        for j in demands:  # "مطالبين الحكومة بالاستقالة", "مطالبين برحيل الحكومة", "فيما يطالب حزب الله باستقالة الحكومة": whom it is made of
            k = j + 1
            own = next((m for m in self._sentence_mentions if m.first == k and not m.prefix), None)
            if own is not None and self.tokens[j].text.startswith(("ي", "ت")) and own.last < sent.last and self.tokens[own.last].text.startswith("ب"):
                k = own.last  # a finite demand verb's own subject comes first
            masdar = next((v for v, p in clitic_variants(self.tokens[k].text) if p.endswith("ب")), None) if k < sent.last else None
            against = masdar is not None and masdar not in _cue_words("demands_for")
            found = next((m for m in self._sentence_mentions if (m.first == j + 1 and not m.prefix and k == j + 1) or (against and k < m.first <= k + 3)
                          if self._adjacent(j, m.first) and (m.actor_type in ("person", "org", "country") or m.canonical in group_labels("security"))), None)  # not "بالإفراج عن المعتقلين"
            if found is not None:
                return [found]
        for j in heads:  # "احتجاجا على رفع الأسعار": no actor named, what it opposed is the recipient
            start = j + 2 if j + 2 < sent.last and self.tokens[j + 1].text in _OBJECT_PREP else j + 1
            if self._latin(j) or any(m.first == start and m.canonical in _CROWDS for m in self._sentence_mentions):
                continue  # "العنف ضد المتظاهرين": done to protesters, not what they opposed
            last = self._chain_end(sent, start) if start < sent.last and self._adjacent(j + 1, start) else start
            if last > start:
                return [self._targets(start, last)]
        return []

    def _embassy_country(self, sent: Sentence, end: int) -> Mention | None:
        """The state whose embassy or consulate a protest gathers at ("أمام السفارة الأمريكية", "حول
        مقر سفارة استونيا", "outside the Japanese embassy", "the embassy of Japan"; cues.yaml
        `embassy_words`): it is what the crowd protests."""
        for j in range(end, sent.last):
            if self.tokens[j].text not in _cue_words("embassy_words"):
                continue
            if self._latin(j):
                places = [j - 1] + ([j + 2] if j + 2 < sent.last and self.tokens[j + 1].text == "of" else [])
            else:
                places = [k for k in (j + 1, j + 2) if k < sent.last]
            for k in places:
                found = self.actors.gaz.longest(self.tokens, k) if k >= sent.first and self._opens[k] & _NAME else None
                code = next((e.value for e in found[2] if e.kind in ("country", "nisba")), None) if found else None
                if code:
                    return self.actors.country_mention(k, found[0], code)  # type: ignore[index]
        return None

    def _chain_end(self, sent: Sentence, start: int) -> int:
        """Where a masdar and the nouns it governs end ("رفع الأسعار", "اعادة نشر الرسوم"): an
        event word heading the chain, or governed by an indefinite one, belongs to it."""
        j, limit = start, min(sent.last, start + _PHRASE_RUN + 1)
        while j < limit and (j == start or self._adjacent(j, j)):
            if self._trigger_match(j) and (j == start or not self._is_definite(j - 1)):
                j += 1
                continue
            end = self._phrase_end(sent, j, sent.last, limit - j, j > start and self._is_definite(j - 1))
            if end == j or end >= limit or not self._trigger_match(end) or self._is_definite(end - 1):
                return end
            j = end
        return j

    def _owner(self, sent: Sentence, m: Mention) -> Mention | None:
        """"أعلن الجيش الأمريكي أن قواته قتلت": "its forces" are the army's, so the army named
        before takes part, as an analyst would code it."""
        word = self.actors.surface(m.last - 1, m.last)
        if m.actor_type != "group" or not word.endswith(("ه", "ها", "هم")) or fold(word).endswith("الله") or fold(word) in _PREPOSITION_PRONOUNS:
            return None  # "حزب الله": a name, no pronoun; "المشتبه بهم": a preposition's pronoun, nobody's forces
        before = [x for x in self._sentence_mentions if sent.first <= x.first and x.last <= m.first and x.actor_type in ("org", "group", "country")]
        return before[-1] if before else None

    def _is_attack_word(self, k: int) -> bool:
        m = self._trigger_match(k)
        return bool(m) and any(e.value == "ASSAULT" and e.get("pos") == "noun" for e in m[2])  # type: ignore[index]

    def _nisba_at(self, j: int) -> str | None:
        """The country of a singular nisba adjective at token j ("إسرائيلية", "الاميركية"), if it is one."""
        m = self.actors.gaz.longest(self.tokens, j) if self._opens[j] & _NAME else None
        if not m or m[0] != j + 1 or m[1]:
            return None
        return next((e.value for e in m[2] if e.kind == "nisba"), None)

    def _phrase_end(self, sent: Sentence, start: int, stop: int, limit: int, definite: bool) -> int:
        """Where the noun phrase that runs on from token `start` ends: at a preposition or other
        phrase break, punctuation, a date, another event word, or after `limit` tokens."""
        dated = self._dated_tokens(sent)
        j = start
        end = min(min(stop, sent.last), start + limit)  # two-argument min: compiled, a native comparison
        text = self.folded.text
        while j < end:
            word = self.tokens[j].text
            if j > start and (not self._adjacent(j, j) or not (one_space(text, self.tokens[j - 1].end, self.tokens[j].start)
                                                                 or _PUNCT.isdisjoint(text[self.tokens[j - 1].end : self.tokens[j].start]))):
                break
            if j > start and self.tokens[j - 1].text in _cue_words("collective_adjectives"):
                break  # "مسلحون شيعة مسجدا": the people's name closes the phrase
            prev = self.tokens[j - 1].text if j > start else ""
            if prev and not prev.endswith(("ه", "ات")) and not _closed(prev) and not self._is_definite(j - 1) and not self._is_definite(j) \
                    and (self._ta_marbuta(j) or (_closed(word) and word.endswith("ا"))) and word not in _cue_words("collective_adjectives") and self._attacker_at(start) \
                    and not any(self.tokens[x].text[:1] in ("ي", "ت") for x in range(start + 1, j)):  # ("انتحاري يقود دراجة": what he drove is his)
                break  # "استهدف انتحاري دورية", "اغتال مسلح مجهول قاضيا": no feminine or accusative noun qualifies a masculine doer
            if j == start + 1 and word == "من" and (self._counted(start) or self.tokens[start].text in _cue_words("member_words")) \
                    and j + 1 < min(stop, sent.last) and self._is_definite(j + 1) and self._adjacent(j + 1, j + 1):
                return self._phrase_end(sent, j + 1, stop, limit, True)  # "أربعة من المتهمين", "عناصر من العشائر": a part of a whole
            if word in _cue_words("phrase_breaks") or word in _cue_words("consequence_verbs") or word in _cue_words("succumbing_words") or (j > start and word.startswith("بال")) or j in dated or j in self._sources or (j > start and self._counted(j)) or self._trigger_match(j):
                break
            if j > start and _closed(self.tokens[j - 1].text) and not self._is_definite(j - 1) and not word.startswith("لل") and self._known_word(j - 1) \
                    and (not _agrees(self.tokens[j - 1].text, word) or self._is_definite(j)):
                break  # "مسلحون مركز الشرطة", "مسلحون القرية": an indefinite noun with its plural nun or tanween takes no genitive and no definite adjective after it ("قطارين للمترو" is no genitive)
            if j > start and _closed(self.tokens[j - 1].text) and self._is_definite(j - 1) and (self._known_word(j - 1) or self._known_word(start)) and not _agrees(self.tokens[j - 1].text, word):
                break  # "اقتحم المسلحون القرية", "هاجم المسلحون المركز": a definite plural takes no genitive, only an adjective that agrees ("المسلحون الأفغان")
            if j > start and j in self.actors.common_nouns and (self._is_definite(j - 1) or _closed(self.tokens[j - 1].text) or not self._construct_head(j - 1)):
                break  # "قصفت القوات الأمريكية القاعدة العسكرية": a noun, the next phrase ("بوابة القاعدة الجوية": the genitive of an indefinite head)
            named = next((m for m in self._sentence_mentions if m.first == j), None) if j > start else None
            if j > start and (word.startswith("وال") or named is not None):
                if named is not None and j - 1 == start and self._construct_head(start) and named.last <= min(stop, sent.last):
                    if self._is_definite(j) or named.actor_type in ("person", "org", "country"):
                        j = named.last  # "قادة المتمردين", "نائب رئيس البلدية مهدي حنبلي": a known genitive completes its head
                        definite = True
                        continue
                    chain_end = self._office_chain_end(sent, start, named, stop)
                    if chain_end is not None:
                        return chain_end  # "قائد شرطة الأنبار"; otherwise "طعن رجل شرطيا", "جنود قتلى": no genitive
                break  # "الجيش الوطني والمقاومة": the next conjunct is a participant of its own
            if definite and not self._is_definite(j):
                break  # "فجرت الجبهة ثلاث سيارات": after a definite word an indefinite one starts the next phrase
            definite = definite or self._is_definite(j)
            j += 1
        return j

    def _with_head(self, sent: Sentence, m: Mention, floor: int, reach: int = 2) -> Mention:
        """"استهدف دورية للجيش", "هاجموا مركز الشرطة", "قتلوا ثلاثة جنود": the attack hit the patrol,
        the station, three soldiers -- the head noun or count the known actor completes; the phrase
        starts there, never before `floor`."""
        if self._latin(m.first) or m.actor_type in ("person", "country", "object") or (m.first > 0 and self.tokens[m.first - 1].text in _cue_words("protest_against")):
            return m  # "الموت للطغاة": the slogan's word is no head of those it is against; a phrase found by its words has its head
        held = {j for x in self._sentence_mentions for j in range(x.first, x.last)} | self._sources
        dated = self._dated_tokens(sent)
        def boundary(j: int) -> bool:  # does a phrase start at j? after the verb, a preposition, an actor, punctuation or a date
            if j <= max(floor, sent.first) or not self._adjacent(j, j) or j - 1 in held or j - 1 in dated:
                return True
            word = self.tokens[j - 1].text  # "قتلوا بالرصاص رهينة": a prepositional phrase (ب + ال) heads nothing after it
            demanded = word.startswith("ب") and any(self.tokens[k].text in _cue_words("demand_words") for k in range(max(sent.first, j - 5), j - 1))
            return word in _cue_words("phrase_breaks") or word in _cue_words("verb_openers") or word.startswith("بال") or demanded or word in _cue_words("demand_words") \
                or _reads_as(word, _cue_words("survival_verbs")) \
                or bool(self._trigger_match(j - 1))  # "مطالبين برحيل قوات الاحتلال": what is demanded heads no phrase

        first = m.first
        while first > m.first - reach and not boundary(first) and not self._counted(first):
            if self._is_definite(first - 1) and not self._is_definite(first):
                break  # "بالأسلحة الرشاشة مركزا للشرطة": no head reaches back past a definite word to an indefinite one
            first -= 1  # the head noun, or the count of the people hit ("ثلاثة جنود")
        if first < m.first and self._counted(first):
            return remention(m, first=first, name=self.actors.surface(first, m.last))  # the count opens the phrase
        light = self._cue_match(first)
        if first == m.first or not boundary(first) or self.tokens[first].text in _cue_words("preposition_carriers") or (light and any(e.kind == "light_verb" for e in light[2])):
            return m  # no clear start within reach ("تدخلت الشرطة": an unknown verb, not a head noun; "على متن حافلة"; "قيام مسلحين": the act, not a head)
        return remention(m, first=first, name=self.actors.surface(first, m.last))

    def _office_chain_end(self, sent: Sentence, start: int, named: Mention, stop: int) -> int | None:
        """Where the phrase of an office heading an indefinite group ends, when a definite word closes the chain:
        "قائد شرطة الأنبار", "قائد قوات الأمن", "قائد مسلحي القاعدة" -- and nothing follows it ("الرجل المطلوب")."""
        if named.actor_type != "group" or named.prefix or not self._office_at(start):
            return None
        if self._is_definite(named.last - 1):
            return named.last
        k = named.last
        if k < min(stop, sent.last) and self._is_definite(k) and self._adjacent(k, k) and not _closed(self.tokens[k].text) \
                and self._trigger_match(k) is None and not any(x.first == k for x in self._sentence_mentions):
            return k + 1
        return None

    def _one_word_mention(self, j: int) -> Mention | None:
        return next((m for m in self._sentence_mentions if m.first == j and m.last == j + 1), None)

    def _office_at(self, j: int) -> bool:
        """Is the word at j an office by itself (قائد, مدير), one that heads the body it leads ("قائد شرطة الأنبار"),
        not a member of a force (ضابط شرطة الرجل: the officer and the man he arrested)?"""
        own = next((m for m in self._sentence_mentions if m.first <= j and m.last == j + 1), None)  # one word, or a deputy's ("نائب قائد")
        return own is not None and own.actor_type == "person" and own.office is not None

    def _attacker_at(self, j: int) -> bool:
        """Does a one-word attacker open the phrase at j (انتحاري, مسلح, مستوطن), not the word for members of a body?"""
        own = self._one_word_mention(j)
        return own is not None and own.canonical in ("militants", "settlers") and self.tokens[j].text not in _cue_words("member_words")

    def _construct_head(self, j: int) -> bool:
        """Can the word at j head a construct (قائد, قوات, مدير): indefinite, no plural nun or tanween, and no
        actor of its own but an office or a force?"""
        word = self.tokens[j].text
        if self._latin(j) or self._is_definite(j) or _closed(word) or self._counted(j):
            return False
        own = next((m for m in self._sentence_mentions if m.first <= j < m.last), None)
        # an office or a force heads its body ("قائد الشرطة", "قوات المتمردين"); an attacker does not ("هاجم انتحاري القوات الأمريكية")
        if own is not None and own.actor_type == "person" and own.office is not None and own.last == j + 1:
            return True  # "نائب قائد الشرطة": a deputy's office ends in the head of the body
        return own is None or (own.last - own.first == 1 and (own.actor_type == "person" or own.canonical in _OFFICIALS or own.canonical in ("army", "police", "security forces")
                                                              or word in _cue_words("member_words")))

    def _known_word(self, j: int) -> bool:
        """Is token j a count or part of a known actor? An unknown word ending in ون/ين may be a name (ياسين الحمدان)."""
        return self._counted(j) or any(m.first <= j < m.last for m in self._sentence_mentions)

    def _is_definite(self, j: int) -> bool:
        """"الجيش", "للجيش" (ل + ال): the article marks the end of a construct chain ("قوات مكافحة الإرهاب")."""
        return _has_article(self.tokens[j].text)

    def _whole_phrase(self, sent: Sentence, m: Mention, stop: int) -> Mention:
        """A violence participant named with its modifiers: "جنود" -> "سبعة جنود آخرين", "قوات" ->
        "قوات مكافحة الإرهاب"; analysts read the phrase, and the canonical name stays the head's."""
        # "قائد" of "قائد الشرطة", "نائب قائد" of "نائب قائد الشرطة": an office with no article heads the body after it
        bare_office = m.actor_type == "person" and m.canonical is None and m.office is not None and not any(self._is_definite(k) for k in range(m.first, m.last))
        if self._latin(m.first) or (m.actor_type in ("person", "country") and not bare_office) or m.last <= m.first:
            return m
        # from the head's last word, so the words after it are checked as continuations
        # (a proper name is definite: "حركة طالبان قاعدة عسكرية" names the base after the movement)
        last = self._phrase_end(sent, m.last - 1, max(stop, m.last), _PHRASE_RUN + 1, (proper_name(m) and not bare_office) or any(self._is_definite(j) for j in range(m.first, m.last - 1)))
        if m.canonical == "explosive devices":  # "عبوة ناسفة ألصقت على جدار", "قنبلة ألقتها طائرة": a feminine past verb after it tells what was done with it
            last = next((j for j in range(m.last, last) if (self.tokens[j].text.endswith(("ت", "ته", "تها", "تهم")) and not self.tokens[j].text.endswith(("ات", "اته", "اتها", "اتهم")))
                         or self.tokens[j].text in _BY or self.tokens[j].text in _PLANTED), last)
        if (m.canonical == "civilians" or m.canonical in _CROWDS) and last < stop and not self._is_definite(m.first):
            last = self._membership_end(sent, last, stop)  # "متظاهرون من حركة الشباب": protesters too are named with their movement
        if m.canonical == "crowd" and last < stop and self._adjacent(last - 1, last) and not self._is_definite(last - 1):  # a construct's first term has no ال
            body = next((x for x in self._sentence_mentions if x.first == last and x.actor_type in ("org", "group") and x.canonical not in _CROWDS), None)
            if body is not None:
                last = body.last  # "أنصار حزب العمال", "طلاب جامعة القاهرة": a crowd in construct with the body it belongs to
        if last <= m.last:
            return m
        body = next((x for x in self._sentence_mentions if x.first == m.last and x.last <= last and x.actor_type == "group"), None)  # ("قوات الحكومة": the army)
        if body is not None and m.canonical in _STATE_FORCES and body.canonical not in _STATE_FORCES:
            # "قوات المتمردين", "قوات المعارضة": the forces of a movement are its fighters, not the state's army
            canonical = "militants" if body.canonical in _CROWDS or body.canonical is None else body.canonical
            return remention(m, last=last, name=self.actors.surface(m.first, last, m.prefix), canonical=canonical, country=body.country)
        return remention(m, last=last, name=self.actors.surface(m.first, last, m.prefix))

    def _target(self, sent: Sentence, i: int, end: int, stop: int, actors: list[Mention], verb: bool) -> list[Mention]:
        """What an attack hit or a protest opposed when the report names no one there: "هجوم على
        حاجز للتفتيش", "فجروا الطريق الرئيسي", "مظاهرة ضد إعادة نشر الرسوم" -- the phrase after
        على/ضد, else the verb's direct object."""
        if self._latin(i):
            return []
        taken = {j for m in actors for j in range(m.first, m.last)}
        found = self._trigger_match(i)
        needs = self._needs_at(i)
        # "أطلقت القوات المتمركزة قرب الحدود قذيفة على منزل": what it hit is named after what it fired
        near = next((j + 1 for j in range(end, stop) if needs and _reads_as(self.tokens[j].text, needs)), end)
        # "فجروا صباح أمس الطريق"; "هاجم مسلحون شيعة مساجد": past the doers' whole phrase
        slot = self._past_time(sent, self._time_phrase_end(sent, self._past_time(sent, end, stop)), stop)
        doer = next((m for m in actors if slot <= m.first <= slot + 2 and "ب" not in m.prefix), None)
        if doer is not None:  # past the doers and their adjectives ("مسلحون شيعة", "5 صواريخ «قسام»")
            slot = self._past_time(sent, self._whole_phrase(sent, doer, stop).last, stop)
        driver = next((m for m in self._sentence_mentions if slot < stop and self.tokens[slot].text in _PLANTED and m.first == slot + 1), None)
        if driver is not None:  # "استهدفت سيارة مفخخة يقودها انتحاري موكب المحافظ": past who drove it
            slot = self._past_time(sent, self._whole_phrase(sent, driver, stop).last, stop)
        detonating = found is not None and any(fold(e.get("lemma", "")) in _DETONATE for e in found[2])
        # "استهدف حاجزا على الطريق": the object, not the road ("فجروا قنابلهم على متن قطار": what is set off hits what على names)
        direct = verb and not needs and not detonating and found is not None and any(e.get("direct_object") for e in found[2]) \
            and self._object_follows(sent, slot) and not self.tokens[slot].text.startswith("بال")  # ("انفجرت قنبلة ألقتها طائرة على منزل": no object)
        start = None if direct else next((j + 1 for j in range(near, min(stop, near + 6)) if self.tokens[j].text in _OBJECT_PREP and j not in taken and not (j + 1 < stop and self.tokens[j + 1].text in _cue_words("preposition_idioms"))), None)
        if start is not None and start + 1 < stop and self.tokens[start].text in _cue_words("preposition_carriers"):
            start += 1  # "على متن 3 قطارات": what was aboard is what was hit
        if start is None and verb and found is not None and any(e.get("direct_object") for e in found[2]):
            start = slot  # (a verb with no object of its own, "انفجرت عبوة زرعها مسلحون", hits only what على names)
            instrument = False  # "هاجموا بالصواريخ والأسلحة النارية مساجد": with what, then what
            while start < stop and self.tokens[start].text.startswith(("وال", "وب") if instrument else "بال") and self._adjacent(start, start):
                after = self._phrase_end(sent, start, stop, _PHRASE_RUN + 1, True)
                if after == start:  # "وبالطائرات", "والغارات الجوية": an event word ends no phrase; it and its nisba adjectives
                    after = start + 1
                    while after < stop and self._adjacent(after, after) and self._is_definite(after) and self.tokens[after].text.endswith(("يه", "ي")):
                        after += 1
                start, instrument = self._past_time(sent, after, stop), True
        while start is not None and start < stop and self.tokens[start].text in _cue_words("adverbs"):
            start += 1  # "خطفوا أيضا", "فجروا هناك سيارة": an adverb names nothing hit
        if start is None or start >= stop or start in taken:
            return []
        if detonating and any(m.canonical == "explosive devices" and (m.first == start or (m.first == start + 1 and self._counted(start))) for m in self._sentence_mentions):
            return []  # "فجرت الجبهة ثلاث سيارات ملغومة": what they set off, not what they hit ("قصف مستودع صواريخ" hit the depot)
        last = self._phrase_end(sent, start, stop, _PHRASE_RUN + 1, False)
        if last == start:
            return []
        return [self._targets(start, last)]

    def _targets(self, start: int, last: int) -> Mention:
        """What was hit or opposed, named by a phrase no lexicon holds ("حاجز للتفتيش", "رفع الأسعار")."""
        return Mention(start, last, self.actors.surface(start, last), "targets", "object", None)

    def _joint(self, i: int, end: int) -> bool:
        nxt = self.tokens[end].text if end < len(self.tokens) else ""
        prev = self.tokens[i - 1].text if i > 0 else ""
        return nxt in ("مشترك", "المشترك", "مشتركا") or prev in ("joint",) or nxt in _DUALS

    def _antecedent(self, d: Draft, anaphoric: bool) -> Draft | None:
        """The event a back-reference points to: the latest of its type (sharing an actor, unless a demonstrative says so)."""
        same = [x for x in self.drafts if x.event_type == d.event_type]
        if not same:
            return None
        keys = {m.key for _, m in d.roles}
        for x in reversed(same):
            if anaphoric or not keys or keys & {m.key for _, m in x.roles}:
                return x
        return None

    def _merge_same(self, d: Draft) -> bool:
        """A second report of the same visit (same visitor) or the same act (same lemma, same actors) is one event."""
        cause = self._cause_of(d)
        if cause is not None:  # "ضربات جوية ... أسفرت عن مقتل تسعة": the toll is the strike's
            cause.mentions += 1
            for m in d.holders("recipient"):
                cause.add("recipient", m)
            return True
        # "قتل جنديان وأصيب ثلاثة آخرون": one attack's dead and wounded; "قتل عشرة في هجوم بسيارة ملغومة استهدف دورية": the verb describes the attack told
        report = self._reporting_statement(d)
        if report is not None:  # "The presidency said that Sisi had stressed ...": what it reports, one statement
            _absorb(report, d)
            return True
        attack = self._toll_of(d) or self._described_attack(d)
        if attack is not None:
            attack.mentions += 1
            for r, m in d.roles:
                if r != "actor" or not attack.holders("actor"):
                    attack.add(r, m)
            return True
        keys = {(r, m.key) for r, m in d.roles}
        for x in reversed(self.drafts):
            if x.event_type != d.event_type:
                continue
            if d.event_type == "VISIT":
                if _same_trip(x, d) and not _onward(x, d):
                    _absorb(x, d)
                    return True
            elif x.lemma == d.lemma and x.sentence is d.sentence and keys == {(r, m.key) for r, m in x.roles}:
                x.mentions += 1
                return True
        return False

    def _reporting_statement(self, d: Draft) -> Draft | None:
        """The English statement whose "that" clause d's saying stands in ("the presidency said in a statement
        that Sisi had stressed the need for ..."): the remark is the content of that report, not another one."""
        if d.event_type not in _SPEECH or not d.verb or not self._latin(d.trigger_token):
            return None
        x = self.drafts[-1] if self.drafts else None
        if x is None or x.sentence is not d.sentence or x.event_type not in _SPEECH or not x.verb:
            return None
        return x if any(self.tokens[j].text == "that" for j in range(x.trigger_token + 1, d.trigger_token)) else None

    def _one_clause(self, a: int, b: int) -> bool:
        """Do tokens a and b stand in one clause: no punctuation and no clause word (فيما, بينما) after a up to b?"""
        return all(self._adjacent(j, j) and self.tokens[j].text not in _CLAUSE_TOKENS for j in range(a + 1, b + 1))

    def _toll_of(self, d: Draft) -> Draft | None:
        """The killing a wounding joined to it by و tells the toll of ("قتل جنديان وأصيب ثلاثة آخرون"): the
        casualty verb right before it in its clause (cues.yaml `casualty_lemmas`)."""
        lemmas = _cue_words("casualty_lemmas")
        found = self._trigger_match(d.trigger_token)
        if d.event_type != "ASSAULT" or not d.verb or found is None or found[1][:1] != "و" or fold(d.lemma) not in lemmas:
            return None
        x = self.drafts[-1] if self.drafts else None
        if x is None or x.sentence is not d.sentence or x.event_type != "ASSAULT" or not x.verb or fold(x.lemma) not in lemmas \
                or not 0 < d.trigger_token - x.trigger_token <= 8:
            return None
        return x if self._one_clause(x.trigger_token, d.trigger_token) else None

    def _described_attack(self, d: Draft) -> Draft | None:
        """The attack an attack verb describes: one told by a noun restating an earlier attack of its sentence a
        few words before it, with no punctuation between (a relative clause without الذي on the indefinite noun)."""
        if d.event_type != "ASSAULT" or not d.verb or self._latin(d.trigger_token):
            return None
        i = d.trigger_token
        found = self._trigger_match(i)
        # "بسيارة ملغومة استهدف", "هجوم مسلح استهدف": the weapon and the attack's adjective are the attack's
        own = [m for m in self._verb_subjects.get(i, ("", []))[1] if m.canonical != "explosive devices" and not self._attack_adjective(m)]
        if (found is not None and found[1][:1] in ("و", "ف")) or own:
            return None  # "... في هجوم واغتال مسلحون مسؤولا": a verb joined by و, or with a subject of its own, tells another act
        noun = max((k for k, x in self._restating.items() if x.sentence is d.sentence and 0 < i - k <= 5), default=None)
        if noun is not None and self._one_clause(noun, i):
            return self._restating[noun]
        described = self._attack_it_describes(d.sentence, i, found[1]) if found is not None else None
        bomb = next((m for m in self._sentence_mentions if described is not None and described <= m.first < i and m.canonical == "explosive devices"), None)
        if bomb is not None:  # "انفجرت عبوة ناسفة استهدفت موكب المحافظ": the bomb's blast, told once
            held = next((x for x in reversed(self.drafts) if x.sentence is d.sentence and x is not d and x.event_type == "ASSAULT"
                         and any(m.key == bomb.key for m in [m for _, m in x.roles] + list(self._verb_subjects.get(x.trigger_token, ("", []))[1]))), None)
            if held is not None:
                return held
        # "شن مسلحون هجوما استهدف مركزا للشرطة": the verb describes the attack the noun itself tells
        told = next((x for x in reversed(self.drafts) if x.sentence is d.sentence and x.event_type == "ASSAULT" and not x.verb and 0 < i - x.trigger_token <= 5), None)
        return told if told is not None and self._one_clause(told.trigger_token, i) and not self._is_definite(told.trigger_token) else None

    def _anchored_date(self, d: Draft) -> tuple[dt.date, dt.date] | None:
        """The dates an event noun in d's sentence lends it: "signed after the talks", "during the
        summit" (cues.yaml `date_anchors`: after, during, close) name a dated meeting or visit of the
        article; after it and at its close mean its last day, during it its whole span."""
        sent = d.sentence
        for j in range(sent.first + 1, sent.last):
            if j == d.trigger_token:
                continue
            m = self._trigger_match(j)
            if m is None:
                continue  # most words open no event word: no set to build for them
            kinds = {e.value for e in m[2] if e.get("pos") == "noun" and e.value in ("MEETING", "VISIT")}
            if not kinds:
                continue
            talks = self._round_of_talks(sent, m[0]) if "VISIT" in kinds else None
            if talks is not None:  # "في ختام الجولة الأولى من المباحثات": the close of a round of the talks
                kinds = {"MEETING"}
            k = j - 1 if self.tokens[j - 1].text != "the" else j - 2
            words = [self.tokens[x].text for x in (k, k - 1, k - 2) if x >= sent.first]
            if words[:1] and _reads_as(words[0], _anchor_words("after") | _anchor_words("during")):
                how, opens = ("during" if _reads_as(words[0], _anchor_words("during")) else "after"), k
            elif words[:1] and _reads_as(words[0], _anchor_words("close")):
                how, opens = "after", k - 1  # "في ختام القمة"
            elif len(words) > 1 and words[0] == "of" and words[1] in _anchor_words("close"):
                how, opens = "after", k - 2  # "at the close of the summit"
            elif d.event_type == "VISIT" and words[:1] and _reads_as(words[0], _anchor_words("for")):
                how, opens = "during", k  # "travelled to Asuncion for the meeting", "وصل لحضور القمة": there while it is held
            elif d.event_type == "VISIT" and len(words) > 1 and words[0] in ("في", "in") and _reads_as(words[1], _anchor_words("for")):
                how, opens = "during", k - 1  # "وصل للمشاركة في القمة"
            else:
                continue
            # the anchor belongs to the act's own clause: after it with no other event word between, or opening the sentence before it
            if j > d.trigger_token and any(self._trigger_match(x) for x in range(d.trigger_token + 1, opens)):
                continue
            if j < d.trigger_token and opens > sent.first and not opens < self._opening_phrase_end(sent) <= d.trigger_token:
                continue
            lemma = fold(self.tokens[talks if talks is not None else j].text)
            dated = [x for x in self.drafts if x is not d and x.event_type in kinds and _span_of(x) is not None]
            told_before = [x for x in dated if x.sentence.first < d.sentence.first]
            word = self.tokens[talks if talks is not None else j].text
            # the one told by that word ("after the talks": the talks; "the close of the summit": the
            # event whose sentence names the summit), else the latest one told before
            lender = next((x for x in dated if x.lemma == lemma), None) \
                or next((x for x in dated if any(self.tokens[k].text == word for k in range(x.sentence.first, x.sentence.last))), None) \
                or (told_before[-1] if told_before else dated[0] if dated else None)
            span = _span_of(lender) if lender is not None else None
            if span is not None:
                return span if how == "during" else (span[1], span[1])
        return None

    def _sharpen_date(self, target: Draft, d: Draft) -> None:
        """"Ghana will host a summit next week ... The summit is scheduled to open on Tuesday, June 16,
        and to close the following day": a back-reference dated to days inside the wider span a
        relative date gave the event dates it more closely -- from the first of those days to the last."""
        span, own = _span_of(target), d.date
        if span is None or own is None or own.start is None or own.end is None or own.precision != "day":
            return
        if target.date is None or target.date.basis == "explicit":
            return  # a visit stated day by day ("يومي 4 و5 ديسمبر") keeps its days; its parts are dated on their own
        days = [x for x in self._dates_in(d.sentence) if x.start is not None and x.end is not None and x.precision == "day" and span[0] <= x.start and x.end <= span[1]]
        if own not in days:
            return
        first, last = min(x.start for x in days if x.start is not None), max(x.end for x in days if x.end is not None)
        if (last - first) < (span[1] - span[0]):
            target.date, target.date_basis = own, own.basis
            target.date_range = (first, last) if (first, last) != (own.start, own.end) else None  # the days, with `own` as their text

    def _cause_of(self, d: Draft) -> Draft | None:
        """The attack earlier in the sentence that a casualty noun says it caused ("أسفر الهجوم عن
        مقتل", "ما أدى إلى إصابة"): cues.yaml `consequence_verbs` right before the casualty noun."""
        if d.event_type != "ASSAULT" or d.verb or not _reads_as(self.tokens[d.trigger_token].text, _patient_words()):
            return None
        before = range(max(d.sentence.first, d.trigger_token - 3), d.trigger_token)
        if not any(_reads_as(self.tokens[j].text, _cue_words("consequence_verbs")) for j in before):
            return None
        return next((x for x in reversed(self.drafts) if x.event_type == "ASSAULT" and x.sentence is d.sentence and x.trigger_token < d.trigger_token), None)

    def _policing_of_protest(self, d: Draft) -> bool:
        """Is d an undated act of force (COERCE, ASSAULT) told after the protest, in a sentence that names
        protesters or a crowd and gives no date of its own?"""
        sent = d.sentence
        if d.event_type not in ("COERCE", "ASSAULT") or d.status != "occurred" or any(x.resolved for x in self._dates_in(sent)):
            return False
        words = [self.tokens[j].text for j in range(sent.first, sent.last)]
        if any(_YEAR_WORD.fullmatch(w) or w in _cue_words("other_times") for w in words) or ("قد" in words and any(w in ("كان", "كانت", "كانوا") for w in words)):
            return False  # "during the 2019 uprising", "ahead of the rally", "had arrested", "كانت قد قتلت": another time
        protest = next((p for p in self.drafts if p.event_type == "PROTEST" and p.trigger_token < d.trigger_token), None)
        if protest is None:
            return False
        place = protest.location.country if protest.location is not None else None
        here = [m for m in self.mentions if sent.first <= m.first < sent.last]
        if any(m.actor_type == "country" and m.country != place for m in here):
            return False  # "In neighbouring Montenegro, police arrested": another place
        return any(m.canonical in _CROWDS for m in here)

    def _inherit_dates(self) -> None:
        """Planned parts of a visit (talks, signings) happen within its window when the text gives no date;
        an act told "after the talks", "during the summit" or "at the close of the summit" takes that event's date."""
        visits = [v for v in self.drafts if v.event_type == "VISIT" and v.date is not None and v.status in ("planned", "ongoing")]
        protests = [p for p in self.drafts if p.event_type == "PROTEST" and p.status == "occurred" and _span_of(p) is not None]
        for d in self.drafts:
            if d.date is None and d.date_range is None:
                anchored = self._anchored_date(d)
                if anchored is not None:
                    d.date_range, d.date_basis = anchored, "inherited"
                    continue
                if len(protests) == 1 and self._policing_of_protest(d):
                    # "Police fired tear gas to disperse demonstrators": the police act at the protest the article tells
                    d.date_range, d.date_basis = _span_of(protests[0]), "inherited"
                    continue
            if d.date is not None or d.status not in ("planned", "ongoing", "expected"):
                continue
            keys = _identity(d)
            for v in visits:
                window = [x for x in self._dates_in(v.sentence) if x.resolved]
                vkeys = _identity(v)
                if window and keys & vkeys:
                    d.date_range = (min(x.start for x in window), max(x.end for x in window))  # type: ignore[assignment, type-var]
                    d.date_basis = "inherited"
                    break


def _most_common(values: list[str]) -> list[str]:
    """The distinct values, most frequent first, ties in order of first appearance (as Counter.most_common,
    which runs as interpreted Python in the compiled build)."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return [v for v, _n in sorted(counts.items(), key=itemgetter(1), reverse=True)]


def _span_of(d: Draft) -> tuple[dt.date, dt.date] | None:
    """The days an event is dated to, by its own date or one it inherited."""
    if d.date_range is not None:
        return d.date_range
    if d.date is not None and d.date.start is not None and d.date.end is not None:
        return d.date.start, d.date.end
    return None


@lru_cache(maxsize=1)
def _attribution_openers() -> frozenset[str]:
    """The first words of cues.yaml's attribution phrases (بحسب, حسبما, according...), folded."""
    return frozenset(fold(p).split()[0] for lang in _read_yaml("cues.yaml")["attribution"].values() for p in lang if fold(p).split())


@lru_cache(maxsize=1)
def _patient_words() -> frozenset[str]:
    """Violence words whose following noun is the one who suffered it (passive verbs, masdars like مقتل): the
    `patient_first` list and the passives triggers.yaml spells out."""
    return frozenset(fold(w) for w in _read_yaml("triggers.yaml")["patient_first"]) | _passive_words()


@lru_cache(maxsize=1)
def _passive_words() -> frozenset[str]:
    """The past passives triggers.yaml spells out (`passive`: اغتيل, اغتيلت)."""
    return frozenset(f for spec in _read_yaml("triggers.yaml")["types"].values() for v in spec.get("ar_verbs", []) for f in passive_forms(v.get("passive")))


@lru_cache(maxsize=1)
def _institution_stops() -> frozenset[str]:
    data = _read_yaml("institutions.yaml")["stop_words"]
    return frozenset(fold(w) for w in data["ar"] + data["en"]) | {"و", "او"}


def _weapons(entry: Entry) -> tuple[str, ...]:
    """The words a weapon verb needs (أطلق: النار, قذيفة), which are never participants; a verb
    needing casualties (أوقع قتلى) keeps them as the ones hit."""
    return (entry.get("needs") or ()) if entry.get("weapon") else ()


def _closed(word: str) -> bool:
    """A folded Arabic noun ending in the sound plural's nun (مسلحون, مسلحين) or the accusative
    tanween (مسلحا): no construct can follow it, only an adjective agreeing with it."""
    return len(word) > 3 and (ord(word[0]) >= 128 or not word.isascii()) and (word.endswith(("ون", "ين")) or (word.endswith("ا") and not word.endswith("اا")))


def _agrees(noun: str, word: str) -> bool:
    """Could the word be an adjective agreeing with the closed noun before it (مسلحون ملثمون, جنود
    آخرين, مسلحا أجنبيا)? A sound masculine plural takes the same ending ("مسلحون نقطة" does not agree)."""
    if word in _cue_words("collective_adjectives") or (word.startswith("ال") and (word[2:] in _cue_words("collective_adjectives") or word[2:] in _cue_words("count_words"))):
        return True  # "مسلحون شيعة", "مقاتلين أكراد", "الرهائن الخمسة": a people's name or a number qualifies a plural as it is
    if noun.endswith(("ون", "ين")):
        return word.endswith(("ون", "ين"))
    return word.endswith(("ون", "ين", "ا", "ه", "ي", "يه"))


def _unpossessed(word: str) -> str:
    """A folded noun without its possessive suffix: "مسووليته" -> "مسووليه" (ta marbuta comes back as ه).
    Asked of the words before every violence noun, so kept per word like `_reads_as`."""
    known = _UNPOSSESSED.get(word)
    if known is None:
        if len(_UNPOSSESSED) >= WORD_CACHE:
            _UNPOSSESSED.clear()
        known = _UNPOSSESSED[word] = _strip_possessive(word)
    return known


def _strip_possessive(word: str) -> str:
    for suffix in ("تهما", "تهم", "تها", "ته"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + "ه"
    for suffix in ("هما", "هم", "ها", "نا", "كم", "ه"):  # "تورطنا", "تحقيقه": other nouns take the suffix as it is
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix == "ه" else 3):
            return word[: -len(suffix)]
    return word


def _reads_as_bare(word: str, words: frozenset[str]) -> bool:
    """Is a reading of the word, its proclitics and then its article stripped, one of `words` (cue lists written with or
    without ال: "سياستها", "الرصاص")?"""
    return any(v in words or (v.startswith("ال") and v[2:] in words) for v, _ in clitic_variants(word, False))


def _has_article(word: str) -> bool:
    """A folded word with the definite article, after a clitic (وال، بال، لل) or not."""
    return word.startswith(("ال", "لل", "وال", "بال")) and word not in _cue_words("count_words")  # "آلاف" folds to "الاف": a count


_READS_AS: Final[dict[tuple[str, frozenset[str] | tuple[str, ...]], bool]] = {}
_UNPOSSESSED: Final[dict[str, str]] = {}


def _reads_as(word: str, words: frozenset[str] | tuple[str, ...]) -> bool:
    """Is a reading of the word, its proclitics stripped, one of `words` (a cue list, a verb's needed words)?
    Asked of word after word in the scans for denials, needed words and patients, so kept per word
    in a plain dict (compiled, cheaper to reach than an lru_cache), bounded at WORD_CACHE."""
    key = (word, words)
    known = _READS_AS.get(key)
    if known is None:
        if len(_READS_AS) >= WORD_CACHE:
            _READS_AS.clear()
        known = _READS_AS[key] = any(v in words for v, _ in clitic_variants(word))
    return known


@lru_cache(maxsize=None)
def _anchor_words(how: str) -> frozenset[str]:
    """cues.yaml `date_anchors`: words that tie an act to another event's time (after, during, close)."""
    return frozenset(fold(w) for w in _read_yaml("cues.yaml")["date_anchors"][how])


_PROCLITIC_FORMS: Final[dict[str, frozenset[str]]] = {}
_PHRASES: Final[dict[str, dict[str, list[tuple[str, ...]]]]] = {}


@lru_cache(maxsize=None)
def _portfolio_domain(canonical: str) -> str:
    """The ministry domain (institutions.yaml `ministries`) of ministers named by portfolio ("trade ministers" ->
    "economy", as an office "economy minister"); "" for other groups."""
    if not canonical.endswith(" ministers"):
        return ""
    word = canonical.removesuffix(" ministers")
    for domain, names in _read_yaml("institutions.yaml")["ministries"].items():
        if word == domain or word in [fold(w) for w in names.get("en", [])]:
            return str(domain)
    return word


def _with_proclitics(key: str) -> frozenset[str]:
    """A cues.yaml word list with the proclitics a token may carry (و، ف، ل، ب، ك and pairs; ل + ال as لل), so
    that a token is looked up once instead of through its readings."""
    words = _PROCLITIC_FORMS.get(key)
    if words is None:
        forms: set[str] = set()
        for w in _cue_words(key):
            forms.update(p + w for p in ("", "و", "ف", "ل", "ب", "ك", "ول", "وب", "فل", "فب", "وك"))
            if w.startswith("ال"):
                forms.update(p + "لل" + w[2:] for p in ("", "و", "ف"))
        words = _PROCLITIC_FORMS[key] = frozenset(forms)
    return words


def _phrases_by_first_word(key: str) -> dict[str, list[tuple[str, ...]]]:
    """A cues.yaml phrase list keyed by the phrase's first word, each phrase as its words."""
    known = _PHRASES.get(key)
    if known is None:
        known = _PHRASES[key] = {}
        for p in _cue_words(key):
            words = tuple(p.split())
            known.setdefault(words[0], []).append(words)
    return known


@lru_cache(maxsize=1)
def _formulae() -> Trie:
    trie = Trie(prepositions=False)
    for phrase in _read_yaml("cues.yaml")["formulae"]:
        trie.add(phrase, Entry("formula", phrase))
    return trie


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    data = _read_yaml("offices.yaml")["honorifics"]
    return frozenset(fold(w) for w in data["ar"] + data["en"])


def _dual_official(word: str) -> bool:
    """Is a token an Arabic dual of officials ("وزيرا", "والرئيسان"), which names two and is nominative?"""
    return word in _DUAL_OFFICIALS or (word[:1] in ("و", "ف") and word[1:] in _DUAL_OFFICIALS)


def _plural_agreement(word: str) -> bool:
    """Arabic verbs agree in number only with a subject before them: -وا (past), يـ...ـون (present)."""
    core = word.lstrip("وف")
    return core.endswith("وا") or (core[:1] in ("ي", "ت") and core.endswith("ون"))


def _identity(d: Draft) -> set[str]:
    """Who an event involves, for matching it to a visit: its actors, or its countries when only countries take part."""
    keys = {m.key for _, m in d.roles if m.actor_type != "country"}
    if not keys:
        keys = {"country:" + m.country for _, m in d.roles if m.country}
    return keys | {m.key for _, m in d.roles if m.actor_type == "country"}


def _same_trip(a: Draft, b: Draft) -> bool:
    """One visitor in both, and hosts that do not differ."""
    visitors = {m.key for m in a.holders("visitor")} & {m.key for m in b.holders("visitor")}
    ha, hb = {m.key for m in a.holders("host")}, {m.key for m in b.holders("host")}
    return bool(visitors) and (not ha or not hb or bool(ha & hb))


def _same_visit(a: Draft, b: Draft) -> bool:
    return _same_trip(a, b) and not _onward(a, b) and not _onward(b, a)


def _onward(made: Draft, later: Draft) -> bool:
    """"arrived in Nairobi ... He will then travel to Mombasa": a trip still to come after one made
    is a leg of its own, not another report of the one made (a noun, "الزيارة", still refers back)."""
    return made.status == "occurred" and later.status in ("planned", "expected") and later.verb and not later.headline


def _same_meeting(a: Draft, b: Draft) -> bool:
    """"agreed to meet in Ankara next week ... will hold a summit in Ankara next week": meetings told in
    other words, on the same days, among the same two or more participants, are one meeting; one of them
    meeting someone else that day ("meet the president ... address a forum") is another."""
    span = _span_of(a)
    keys = frozenset(m.key for m in a.holders("participant"))
    return span is not None and span == _span_of(b) and len(keys) > 1 and keys == frozenset(m.key for m in b.holders("participant"))


def _nested(a: frozenset, b: frozenset) -> bool:
    """The same act told twice: one report's actors are among the other's."""
    return a <= b or b <= a


def _absorb(target: Draft, d: Draft) -> None:
    """Merge a second report into an event; a headline's report gives way to the body's."""
    target.mentions += d.mentions
    for r, m in d.roles:
        target.add(r, m)
    if target.headline and not d.headline:
        target.status, target.headline = d.status, False
        _take_evidence(target, d)
    elif target.date is None and d.date is not None:
        _take_evidence(target, d)  # the dated report becomes the evidence, so its date is in it


def _take_evidence(target: Draft, d: Draft) -> None:
    target.sentence, target.trigger_token = d.sentence, d.trigger_token
    target.date, target.date_basis = d.date, d.date_basis


def _has_required(d: Draft) -> bool:
    spec = CONTRACT.event_types[d.event_type]
    return all(d.holders(r) for r in spec.required) and (not spec.required_any or any(d.holders(r) for r in spec.required_any))
