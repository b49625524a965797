"""Actor mentions: people by office and name, countries, capitals, institutions and groups.

No Arabic NER model can ship offline, so people are found the way a reader finds them:
an office with its country ("الرئيس الروسي", "رئيسة الهند", "وزير الدفاع في روسيا")
followed or preceded (after a comma) by a name. Once introduced, the article's people
are known by surname and by office, so later "بوتين" or "رئيس الوزارة الروسية للدفاع"
resolve to the same actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Final

from .dates import date_words
from .lexicon import WORD_CACHE, Entry, Trie, WordTable, _read_yaml, bad_verb_prefix, clitic_variants, conjoined_names, country_name, cue_words, cues, gazetteer, triggers
from .normalize import Folded, Token, ends_in_ta_marbuta, fold, one_space

_DIGIT: Final = re.compile(r"\d")
# offices that take another office as complement ("مستشار الرئيس"); others stand in apposition ("خادم الحرمين الشريفين الملك سلمان")
_OFFICE_OF: Final = {"adviser", "spokesperson", "envoy", "ambassador", "head", "counterpart"}
_PLURAL_NISBA: Final = ("يين", "يون", "ين", "ون")
_NATIONALS: Final = " nationals"  # "التونسيين" is the group "Tunisia nationals"
_REFERRING_BACK: Final = {"same", "new", "former", "other", "whole", "previous", "current", "latter", "said"}  # "the same commission"
_ACTING_HEADS: Final = frozenset(fold(w) for w in ("الجبهة", "الحركة", "الجماعة", "التنظيم", "الكتائب"))  # heads alone that name an actor told before
_NAME_LINKS: Final = {"بن", "ابن", "ال", "ولد", "ابو", "عبد", "bin", "ibn", "al", "el", "de", "van", "von", "abu"}


@dataclass(init=False, unsafe_hash=True)
class Mention:
    """An actor named in tokens [first, last). Never changed once made (`replace` makes another), hence
    hashed by value. `__init__` is written out: mypyc compiles it, where the one `dataclass` generates
    would run as interpreted Python, ~30 times slower, and articles make mentions by the hundred."""

    first: int  # token indices [first, last)
    last: int
    name: str  # surface text from the article
    canonical: str | None
    actor_type: str  # person | org | country | group
    country: str | None
    office: str | None = None
    prefix: str = ""  # proclitics on the first word ("و", "ل"...): a preposition there makes it an oblique

    def __init__(self, first: int, last: int, name: str, canonical: str | None, actor_type: str, country: str | None,
                 office: str | None = None, prefix: str = "") -> None:
        self.first, self.last, self.name, self.canonical = first, last, name, canonical
        self.actor_type, self.country, self.office, self.prefix = actor_type, country, office, prefix

    @cached_property
    def key(self) -> str:
        """Identity within an article: two mentions with one key are one actor (asked often: computed once)."""
        if self.actor_type == "country" and self.country:
            return "country:" + self.country
        if self.actor_type == "group":  # "French ministers" and "Kenyan ministers" are two actors
            return f"group:{fold(self.canonical or self.name)}:{self.country or ''}"
        return f"{self.actor_type}:{fold(self.canonical or self.name)}"


@lru_cache(maxsize=1)
def _institutions() -> tuple[Trie, set[str], dict[str, str]]:
    data = _read_yaml("institutions.yaml")
    trie = Trie()
    for domain, forms in data["ministries"].items():
        for f in forms["ar"] + forms["en"]:
            trie.add(f, Entry("ministry_domain", domain))
    for f in data["ministry_words"]["ar"] + data["ministry_words"]["en"]:
        trie.add(f, Entry("ministry_word", "ministry"))
    for f in data["heads"]["ar"] + data["heads"]["en"]:
        trie.add(f, Entry("org_head", fold(f)))
    stops = {fold(w) for w in data["stop_words"]["ar"] + data["stop_words"]["en"]}
    return trie, stops, {fold(w): canonical for canonical, forms in data["bare_bodies"].items() for w in forms}


class ActorFinder:
    """Finds actor mentions sentence by sentence, remembering the article's people."""

    def __init__(self, folded: Folded, tokens: list[Token], opens: list[int] | None = None):
        """`opens`: `opens_name` of every token, when the caller has read the article's words already."""
        self.folded = folded
        self.tokens = tokens
        self.gaz = gazetteer()
        # the tries the rules ask of every word, held here for the extractor too: compiled, a call on a typed
        # attribute is a direct one, not an lru_cache look-up first
        self.triggers: Trie = triggers()
        self.cues: Trie = cues()
        self.inst, self.stops, self.bare_bodies = _institutions()
        self._opens: list[int] = _OPENS.of(tokens) if opens is None else opens  # most words open no name, and are passed over
        self.people_by_name: dict[str, Mention] = {}  # folded surname / full name -> person
        self.people_by_office: dict[tuple[str, str | None], Mention] = {}
        self.registered_orgs: list[Mention] = []  # bodies named in full, which a definite head alone refers back to
        self._pending: list[Mention] = []  # a second mention found together with the one returned
        self.common_nouns: set[int] = set()  # where a known name is a common noun ("القاعدة الجوية"): a new phrase starts there
        self._person_forms: set[str] = set()  # the spellings of known people's name words, proclitics and all

    # ------------------------------------------------------------------ helpers
    def country_mention(self, first: int, last: int, code: str, prefix: str = "") -> Mention:
        """A country named by tokens [first, last): a name, a capital or a nisba."""
        return Mention(first, last, self.surface(first, last, prefix), country_name(code), "country", code)

    def surface(self, first: int, last: int, prefix: str = "") -> str:
        """Original text of tokens [first, last), without the proclitics `prefix` of the first."""
        start = self.tokens[first].start
        word = self.tokens[first].text
        article = ""
        if prefix.endswith("لل") and word[len(prefix) - 2 :].startswith("لل"):
            start, article = start + len(prefix) - 1, "ال"  # للجنة -> اللجنة
        elif prefix.endswith("ل") and word[len(prefix) - 1 :].startswith("لل"):
            start, article = start + len(prefix), "ا"  # للدفاع -> الدفاع
        else:
            start += len(prefix)
        s, e = self.folded.span(start, self.tokens[last - 1].end)
        name = article + self.folded.original[s:e]
        return name

    def gap_is_space(self, a: int, b: int) -> bool:
        """True when nothing but spaces separates token a from token b=a+1."""
        s, e = self.tokens[a].end, self.tokens[b].start
        return one_space(self.folded.text, s, e) or not self.folded.text[s:e].strip()

    def _quoted_name_end(self, j: int, limit: int) -> tuple[int, int] | None:
        """The end of a name of up to five words in quotes opening at token j ("«الحرس الفتي»"), if one does: its
        last token's end and the folded offset of the closing quote. Only after an indefinite head: after a
        definite one ("قالت الحركة «إننا ...»") a quote is what it said."""
        if j >= limit or self.folded.text[self.tokens[j - 1].end : self.tokens[j].start].strip() != '"':
            return None
        if self.tokens[j].text in cue_words("quote_openers"):
            return None  # "قالت حركة «إننا لن نتراجع»": what it said, not its name
        for k in range(j, min(limit, j + 5)):
            if self.triggers.longest(self.tokens, k):
                return None  # "حركة «نرفض التمديد»": a slogan, not a name
            gap_start = self.tokens[k].end
            gap = self.folded.text[gap_start : self.tokens[k + 1].start if k + 1 < len(self.tokens) else len(self.folded.text)]
            if gap.strip().startswith('"'):
                return k + 1, gap_start + gap.index('"')
            if gap.strip():
                return None
        return None

    def _entries(self, i: int, limit: int) -> tuple[int, str, list[Entry]] | None:
        if i >= limit or not self._opens[i]:  # a word that opens no name: no gazetteer walk
            return None
        m = self.gaz.longest(self.tokens, i)
        if m and m[0] <= limit:
            after = self.tokens[m[0]].text if m[0] < len(self.tokens) else ""
            if after and all(e.kind == "actor" for e in m[2]) and any(after in e.get("common_before") for e in m[2]) \
                    and (any(after in e.get("common_always") for e in m[2]) or not self._in_construct(i)):
                self.common_nouns.add(i)
                return None  # "القاعدة الجوية": the air base, a common noun, not al-Qaeda (actors.yaml `common_noun_before`)
            return m
        return None

    def _in_construct(self, i: int) -> bool:
        """Is the word at i the genitive of the noun before it ("معاقل القاعدة الرئيسية": the adjective is the
        strongholds', and القاعدة the name)? That noun has no article, no plural nun and opens no event or cue."""
        if i == 0:
            return False
        before = self.tokens[i - 1].text
        return not before.startswith("ال") and not before.endswith(("ون", "ين")) and len(before) > 2 and not before.isascii() \
            and self.triggers.longest(self.tokens, i - 1) is None and self.cues.longest(self.tokens, i - 1) is None \
            and before not in cue_words("phrase_breaks")  # "في القاعدة الجوية": a preposition takes no genitive

    def _is_wordy(self, i: int) -> bool:
        """Could token i be part of a personal name?"""
        t = self.tokens[i].text
        if _DIGIT.search(t) or t in self.stops or len(t) < 2:
            return False
        if t.isascii() and not self.folded.original[self.folded.origin[self.tokens[i].start]].isupper():
            return False
        trigger = self.triggers.longest(self.tokens, i)
        if trigger and all(bad_verb_prefix(trigger[1], e) for e in trigger[2]):
            trigger = None  # "بايدن" is no ب + verb: verbs take no ب
        known = self.gaz.longest(self.tokens, i)
        if known and any(e.kind == "actor" and e.get("actor_type") == "person" for e in known[2]):
            return True  # "ويليام روتو": a known person's name goes on the name it continues
        if known or trigger or self.cues.longest(self.tokens, i):
            return t in self.people_by_name
        if any(v in self.stops for v, _ in clitic_variants(t)):
            return False
        return True

    def _name_after(self, i: int, limit: int) -> int:
        """End of a name starting at token i (i itself when there is none)."""
        j = i
        while j < limit and j - i < 5:
            t = self.tokens[j].text
            if j > i and not self.gap_is_space(j - 1, j):
                break
            if t in _NAME_LINKS and j > i and j + 1 < limit:
                j += 1
                continue
            if not self._is_wordy(j) or (j == i and t.startswith("ال") and t not in self.people_by_name):
                break
            if t in cue_words("adverbs") or self.owned_at(j):
                break  # "هاجم وزير الداخلية بشدة": how he did it (cues.yaml `adverbs`); "استدعى الوزير سفيره", "الرئيس علاقاته": his, no name
            if j == i and j + 1 < limit and not t.isascii() and self._names_a_country(j + 1):
                break  # "مع نظيره الألماني حرص المملكة": a noun governing a country, not a first name
            if j > i and date_words().longest(self.tokens, j):
                break  # "شي جين بينغ الأسبوع المقبل": the name ends where a date begins
            j += 1
        return j

    def _names_a_country(self, j: int) -> bool:
        """Does a country's name start at token j ("المملكة", "مصر")? No person's second name is one."""
        m = self.gaz.longest(self.tokens, j) if self._opens[j] else None
        return bool(m) and m[1] == "" and any(e.kind == "country" for e in m[2])  # type: ignore[index]

    def _country_after(self, j: int, limit: int) -> tuple[str | None, int]:
        """A country qualifying an office: nisba, name in construct, or في + name."""
        if j >= limit:
            return None, j
        m = self._entries(j, limit)
        if m and any(e.kind in ("nisba", "country") for e in m[2]) and m[1] in ("", "ل"):
            e = next(e for e in m[2] if e.kind in ("nisba", "country"))
            return e.value, m[0]
        if self.tokens[j].text in ("في", "of") and j + 1 < limit:
            m = self._entries(j + 1, limit)
            if m and any(e.kind == "country" for e in m[2]):
                return next(e for e in m[2] if e.kind == "country").value, m[0]
        return None, j

    # ------------------------------------------------------------------ main
    def find(self, first: int, last: int) -> list[Mention]:
        """Mentions in tokens [first, last) (one sentence), left to right, non-overlapping."""
        out: list[Mention] = []
        opens, people = self._opens, self._person_forms
        i = first
        while i < last:
            if not (opens[i] or self.tokens[i].text in people):
                named = self._capitalised_org(i, last)
                if named is None:
                    i += 1
                    continue
                out.append(named)
                i = named.last
                continue
            mention = self._at(i, last) or self._joined_name(i, out)  # "حماس وفتح": Fatah, named beside another actor
            if mention is None:
                i += 1
                continue
            if mention.office is not None and mention.first > first and (not out or out[-1].last < mention.first):
                mention = self._deputy(mention)
            prefix = self._prefix_of(mention)
            if prefix != mention.prefix:  # most mentions carry no proclitic: no copy for them
                mention = remention(mention, prefix=prefix)
            adjacent = out and not mention.prefix and (
                out[-1].last == mention.first or (out[-1].last + 1 == mention.first and self.tokens[out[-1].last].text in ("of", "من"))
            )
            member = self._member_head(mention, first, out)
            if member is not None:
                mention = member  # "عناصر من حركة طالبان": its members are the actor
                adjacent = False
            if adjacent and out[-1].key == mention.key:
                # "مسلحون مجهولون": one actor described twice
                prev = out.pop()
                mention = remention(prev, last=mention.last, name=self.surface(prev.first, mention.last, prev.prefix))
            elif adjacent and out[-1].canonical == "crowd" and mention.actor_type == "group":
                # "آلاف المتظاهرين", "thousands of protesters": a number of the group that follows
                prev = out.pop()
                mention = remention(mention, first=prev.first, name=self.surface(prev.first, mention.last, prev.prefix), prefix=prev.prefix)
            out.append(mention)
            if self._pending:
                out.extend(self._pending)
                i = max(i, self._pending[-1].last)
                self._pending.clear()
                continue
            i = mention.last
        return out

    def _joined_name(self, i: int, out: list[Mention]) -> Mention | None:
        """An actor whose one-word name is also a common word (lexicon.conjoined_names: فتح), read as the actor when
        و joins it to a named actor just before it ("حماس وفتح")."""
        word = self.tokens[i].text
        if not word.startswith("و") or not out or out[-1].last != i or not proper_name(out[-1]):
            return None
        known = conjoined_names().get(word[1:])
        if known is None:
            return None
        canonical, actor_type, country = known
        return Mention(i, i + 1, self.surface(i, i + 1, "و"), canonical, actor_type, country, prefix="و")

    def _member_head(self, m: Mention, first: int, out: list[Mention]) -> Mention | None:
        """"عناصر من حركة طالبان", "أعضاء في تنظيم القاعدة": members of a group or body act as it, named
        with the word for its members (cues.yaml `member_words`), which no lexicon holds as an actor by itself."""
        k = m.first - 2
        if k < first or self.tokens[m.first - 1].text not in ("من", "في", "of") or m.actor_type not in ("group", "org") or m.prefix or (out and out[-1].last > k) \
                or not (self.gap_is_space(k, k + 1) and self.gap_is_space(k + 1, m.first)):
            return None
        prefix = next((p for v, p in clitic_variants(self.tokens[k].text, False) if v in cue_words("member_words")), None)
        if prefix is None:
            return None
        return remention(m, first=k, name=self.surface(k, m.last, prefix), prefix=prefix)

    def _capitalised_org(self, i: int, limit: int) -> Mention | None:
        """An English body named before its head ("the Public Utilities Commission", "Electoral
        Council"): capitalised words ending in an organisation head of institutions.yaml."""
        tok = self.tokens[i]
        if ord(tok.text[0]) >= 128:
            return None  # an Arabic word, the common case, answered by a native read before any generic method call
        if not tok.text.isascii() or not tok.text.isalpha() or tok.text in self.stops or not self.folded.original[self.folded.span(tok.start, tok.end)[0]].isupper():
            return None
        j = i
        while j < limit and j - i < 6 and self.tokens[j].text.isascii() and (j == i or self.gap_is_space(j - 1, j)):
            t = self.tokens[j]
            if not self.folded.original[self.folded.span(t.start, t.end)[0]].isupper():
                break
            j += 1
        head = self.inst.longest(self.tokens, j - 1) if j - 1 > i else None
        if head is None or head[0] != j or head[1] or head[2][0].kind != "org_head":
            return None
        name = self.surface(i, j)
        return Mention(i, j, name, name, "org", None)

    def _name_goes_on(self, j: int, limit: int) -> bool:
        """May a body's name go on with the indefinite word at j after a definite one? After a title a person is named
        ("كتائب الشهيد عز الدين القسام", "جامعة الملك سعود"); و or ب and a noun in construct join a part of the name
        ("هيئة الإغاثة وإعادة الإعمار", "لجنة الاستخبارات بمجلس الشيوخ") unless it heads a body of its own ("ونقابة
        المهندسين"); an adjective in construct (cues.yaml `improper_annexations`: "رفيعة المستوى") qualifies it."""
        before = self._entries(j - 1, limit)
        if before is not None and before[0] == j and any(e.kind in ("honorific", "office") for e in before[2]):
            return True
        nxt = self.tokens[j + 1].text if j + 1 < limit and self.gap_is_space(j, j + 1) else ""
        if f"{self.tokens[j].text} {nxt}" in cue_words("improper_annexations"):
            return True
        if not nxt.startswith("ال") or self.tokens[j].text[:1] not in ("و", "ب") or len(self.tokens[j].text) < 4:
            return False
        own = self._entries(j, limit)
        return own is None or not any(e.kind in ("org_head", "actor", "office", "country", "capital", "group") for e in own[2])

    def _deputy(self, m: Mention) -> Mention:
        """"نائب قائد الشرطة", "deputy interior minister": a word for a deputy (offices.yaml `deputy`) right before an
        office names the office's deputy, a person of their own, not the holder."""
        k = m.first - 1
        if not self.gap_is_space(k, m.first) or m.office is None:
            return m
        holder = (m.office, m.country)
        for variant, prefix in clitic_variants(self.tokens[k].text):
            if variant in _deputy_words() and not (prefix and self.tokens[k].text.isascii()):
                office = f"deputy {m.office}"
                # a deputy named after the office keeps their name; one named by the office alone (or resolved by it to the
                # holder an article introduced) is the whole phrase
                named = m.canonical is not None and self._personal_name(m)
                deputy = remention(m, first=k, office=office, prefix=prefix) if named else \
                    remention(m, first=k, name=self.surface(k, m.last, prefix), canonical=None, office=office, prefix=prefix)
                if self.people_by_office.get(holder) is m:  # registered as the holder: the holder is someone else
                    del self.people_by_office[holder]
                    self.people_by_office.setdefault((office, m.country), deputy)
                return deputy
        return m

    def _ta_marbuta(self, j: int) -> bool:
        return ends_in_ta_marbuta(self.folded, self.tokens[j])

    def owned_at(self, j: int) -> bool:
        """Is the word at j an office or a plural with a possessive pronoun ("سفيره", "علاقاته"): something of someone's,
        never a name (a word in ta marbuta, "المحافظة", has no pronoun)?"""
        return _owned_noun(self.tokens[j].text) and not self._ta_marbuta(j)

    def _personal_name(self, m: Mention) -> bool:
        """Does the office mention end in a person's name printed in it ("... جون نغروبونتي"), rather than a body or a
        place read as one ("رئيس بلدية الفلوجة") or a holder found by the office alone?"""
        words = fold(m.name).split()
        first = m.last - len(words)
        if len(words) < 2 or first <= m.first or fold(self.surface(first, m.last)) != " ".join(words):
            return False  # one word after an office is as often a place or a body ("نائب محافظ كركوك") as a name
        if self.tokens[first].text.startswith("ال") or m.office in _local_offices() or any(w.endswith("ات") for w in words):
            return False  # a local office's seat ("محافظ ديالى"), a plural ("قائد عمليات بغداد")
        bodies = _institutions()[0]
        # a noun with ta marbuta ("بلدية الفلوجة", "مكتب قناة الجزيرة") names a body, not a person
        return not any(((g := self._entries(j, m.last)) is not None and any(e.kind in ("country", "capital", "nisba", "group") for e in g[2]))
                       or bodies.longest(self.tokens, j) or self._ta_marbuta(j)
                       for j in range(first, m.last))

    def _prefix_of(self, m: Mention) -> str:
        """The proclitics in front of a mention, found by matching its clean name to the token's readings."""
        readings = clitic_variants(self.tokens[m.first].text)
        if len(readings) == 1:  # the word itself: it carries no proclitic
            return ""
        head = fold(m.name).split()[0] if m.name.strip() else ""
        for variant, prefix in readings:
            if prefix and (variant == head or head.startswith(variant)):
                return prefix
        return ""

    def _at(self, i: int, limit: int) -> Mention | None:
        tok = self.tokens[i].text
        if tok in self.people_by_name:
            return self._known_person(i, limit)
        m = self._entries(i, limit)
        inst = self._institution(i, limit)
        # "حركة الشباب": a body the gazetteer names in full is that actor, not a head word with an unknown name after
        # it -- unless a definite adjective carries the name on ("مجلس الأمن القومي الأمريكي" is no UN body)
        named = m is not None and m[0] - i > 1 and any(e.kind == "actor" for e in m[2])
        if inst and not (named and (inst.last <= m[0] or not self.tokens[m[0]].text.startswith("ال"))):  # type: ignore[index]
            return inst
        if m is None:
            stripped = [(v, p) for v, p in clitic_variants(tok) if p and v in self.people_by_name]
            if stripped:
                return self._known_person(i, limit, *stripped[0])
            return None
        end, prefix, entries = m
        kinds = {e.kind for e in entries}
        if "nisba" in kinds and end == i + 1 and tok.endswith(_PLURAL_NISBA) and not prefix.endswith("ل"):
            code = next(e for e in entries if e.kind == "nisba").value
            nxt = self._entries(end, limit)
            if not (nxt and any(e.kind == "office" for e in nxt[2])):  # "التونسيين": nationals as a group
                return Mention(i, end, self.surface(i, end, prefix), country_name(code) + _NATIONALS, "group", code)
        if "nisba" in kinds and end + 2 < limit and self.tokens[end].text == "and" and self.tokens[i].text.isascii():
            # "French and Kenyan ministers": two groups sharing one noun
            other = self._entries(end + 1, limit)
            group = self._entries(other[0], limit) if other and any(e.kind == "nisba" for e in other[2]) else None
            if group and any(e.kind in ("group", "office") for e in group[2]):
                g = next(e for e in group[2] if e.kind in ("group", "office"))
                first_code = next(e for e in entries if e.kind == "nisba").value
                second_code = next(e for e in other[2] if e.kind == "nisba").value  # type: ignore[index]
                self._pending.append(Mention(end + 1, group[0], self.surface(end + 1, group[0]), g.value, "group", second_code))
                return Mention(i, end, self.surface(i, end) + " " + self.surface(other[0], group[0]), g.value, "group", first_code)  # type: ignore[index]
        if "nisba" in kinds and end < limit and self.tokens[end].text == "capital":  # "the Paraguayan capital": the country's seat
            return self.country_mention(i, end + 1, next(e for e in entries if e.kind == "nisba").value)
        if "nisba" in kinds and end < limit and self.tokens[i].text.isascii():  # "the Ghanaian presidency"
            head = self.inst.longest(self.tokens, end)
            if head and head[2][0].kind == "org_head" and head[1] == "":
                code = next(e for e in entries if e.kind == "nisba").value
                return Mention(i, head[0], self.surface(i, head[0]), self.surface(i, head[0]), "org", code)
        if "nisba" in kinds and end < limit:  # English order: "Russian President Vladimir Putin"
            nxt = self._entries(end, limit)
            if nxt and any(e.kind == "office" for e in nxt[2]):
                office = next(e for e in nxt[2] if e.kind == "office")
                person = self._person_by_office(end, nxt[0], limit, office, country=next(e for e in entries if e.kind == "nisba").value)
                return remention(person, first=i) if person.name != self.surface(end, person.last) else remention(person, first=i, name=self.surface(i, person.last))
            if nxt and self.tokens[i].text.isascii() and any(e.kind == "group" for e in nxt[2]):  # "Austrian police"
                g = next(e for e in nxt[2] if e.kind == "group")
                return Mention(i, nxt[0], self.surface(i, nxt[0]), g.value, "group", next(e for e in entries if e.kind == "nisba").value)
        if "office" in kinds:
            return self._person_by_office(i, end, limit, next(e for e in entries if e.kind == "office"), prefix=prefix)
        if "actor" in kinds:
            e = next(e for e in entries if e.kind == "actor")
            return Mention(i, end, self.surface(i, end, prefix), e.get("canonical"), e.get("actor_type"), e.get("country"), e.get("office"))
        if "group" in kinds:
            e = next(e for e in entries if e.kind == "group")
            country, end2 = self._country_after(end, limit)
            if country is None and end < limit:
                # "مليشيات الحوثي"; a delegation may describe itself first: "وفدا سياسيا تابعا لمليشيات الحوثي"
                reach = 4 if e.get("group_kind") == "delegation" else 1
                for j in range(end, min(limit, end + reach)):
                    if j > end and not self.gap_is_space(j - 1, j):
                        break
                    nxt = self._entries(j, limit)
                    if nxt and any(x.kind in ("actor", "group") and x.value != e.value for x in nxt[2]):
                        a = next(x for x in nxt[2] if x.kind in ("actor", "group"))
                        if a.kind == "actor":
                            return Mention(i, nxt[0], self.surface(i, nxt[0], prefix), a.get("canonical"), a.get("actor_type") or "group", a.get("country"))
                        if j > end:  # the delegation of a group: keep looking for its name ("مليشيات الحوثي")
                            after = self._entries(nxt[0], limit)
                            if after and any(x.kind == "actor" for x in after[2]):
                                b = next(x for x in after[2] if x.kind == "actor")
                                return Mention(i, after[0], self.surface(i, after[0], prefix), b.get("canonical"), b.get("actor_type") or "group", b.get("country"))
                        break
            return Mention(i, end2, self.surface(i, end2, prefix), e.value, "group", country)
        if "country" in kinds or "capital" in kinds:
            e = next(e for e in entries if e.kind == "country") if "country" in kinds else next(e for e in entries if e.kind == "capital")
            code = _vocalised_capitals().get(self.surface(i, end, prefix), e.value)  # "عمّان": the shadda makes it Amman
            return self.country_mention(i, end, code, prefix)
        return None

    def _known_person(self, i: int, limit: int, key: str | None = None, prefix: str = "") -> Mention:
        person = self.people_by_name[key or self.tokens[i].text]
        end = i + 1
        while end < limit and self.tokens[end].text in self.people_by_name and self.gap_is_space(end - 1, end) and self.people_by_name[self.tokens[end].text] is person:
            end += 1
        return remention(person, first=i, last=end, name=self.surface(i, end, prefix))

    def _person_by_office(self, i: int, end: int, limit: int, office: Entry, country: str | None = None, prefix: str = "") -> Mention:
        office_name = office.value
        if country is None:
            country, j = self._country_after(end, limit)
        else:
            j = end
        if country is None and office.get("local") and end < limit:  # "محافظ مقديشو": the city is the governor's (offices.yaml `local`)
            city = self._entries(end, limit)
            if city and city[1] == "" and any(e.kind == "capital" for e in city[2]):
                country, j = next(e for e in city[2] if e.kind == "capital").value, city[0]
        country = country or office.get("country")
        # "رئيس الوزارة الروسية للدفاع": the head of a ministry is its minister
        if office_name in ("head", "minister") and country is None:
            inst = self._institution(end, limit)
            if inst and inst.office:
                office_name, country, j = inst.office, inst.country, inst.last
        # "مستشار الرئيس الروسي للشؤون الدولية": an office of an office
        nested = self._entries(j, limit) if j >= limit or not self.owned_at(j) else None  # "استدعى الوزير سفيره": his envoy, no title of his
        if nested and any(e.kind == "office" for e in nested[2]) and nested[1] == "" and office_name not in _OFFICE_OF:
            j = nested[0]  # apposition: the second title names the same person
            country = country or next(e for e in nested[2] if e.kind == "office").get("country")
            nested = None
        if nested and any(e.kind == "office" for e in nested[2]) and nested[1] == "":
            inner = next(e for e in nested[2] if e.kind == "office")
            c2, j2 = self._country_after(nested[0], limit)
            office_name = f"{office_name} to the {inner.value}"
            country = country or c2
            j = j2
            while j < limit and self.tokens[j].text.startswith("لل") and self._is_wordy(j):
                j += 1  # "للشؤون الدولية"
                if j < limit and self.tokens[j].text.startswith("ال") and self._is_wordy(j):
                    j += 1
        if country is None:
            country, j = self._country_after(j, limit)
        k = j
        while k < limit:  # honorifics between office and name
            h = self._entries(k, limit)
            if h and all(e.kind == "honorific" for e in h[2]) and self.gap_is_space(k - 1, k):
                k = h[0]
            else:
                break
        if k < limit and k > i and self.gap_is_space(k - 1, k):
            known = self._entries(k, limit)
            if known and known[0] < limit and self.gap_is_space(known[0] - 1, known[0]) and self._is_wordy(known[0]) and not self._entries(known[0], limit):
                known = None  # "Abbas Araghchi": a known name followed by more name is part of someone else's
            if known and known[1] == "" and any(e.kind == "actor" and e.get("actor_type") == "person" for e in known[2]):
                a = next(e for e in known[2] if e.kind == "actor")
                m = Mention(i, known[0], self.surface(k, known[0]), a.get("canonical"), "person", country or a.get("country"), office_name)
                return self._register(m, k, known[0])
            name_end = self._name_after(k, limit)
            if name_end > k:
                return self._register(Mention(i, name_end, self.surface(k, name_end), None, "person", country, office_name), k, name_end)
        # a name in apposition after a comma, closed by another: "his Uruguayan counterpart, Lucía Ferreira, in ..."
        if k < limit and k > i and "," in self.folded.text[self.tokens[k - 1].end : self.tokens[k].start] and self._is_wordy(k):
            name_end = self._name_after(k, limit)
            closed = name_end < limit and "," in self.folded.text[self.tokens[name_end - 1].end : self.tokens[name_end].start]
            if name_end > k and closed:
                return self._register(Mention(i, name_end, self.surface(k, name_end), None, "person", country, office_name), k, name_end)
        # office alone: the person this article already introduced with it, if any
        introduced = self.people_by_office.get((office_name, country))
        if introduced is not None:
            return remention(introduced, first=i, last=j, name=introduced.name)
        # a name just before, after a comma: "يوري أوشاكوف، مستشار الرئيس الروسي"
        if i - 1 >= 0 and not self.gap_is_space(i - 1, i) and "," in self.folded.text[self.tokens[i - 1].end : self.tokens[i].start]:
            start = i - 1
            while start - 1 >= 0 and i - start < 4 and self.gap_is_space(start - 1, start) and self._is_wordy(start - 1):
                start -= 1
            if self._is_wordy(i - 1) and self._is_wordy(start):
                return self._register(Mention(start, j, self.surface(start, i - 1 + 1), None, "person", country, office_name), start, i)
        return Mention(i, j, self.surface(i, j, prefix), None, "person", country, office_name)  # "لمحافظ": the office, not its preposition

    def _register(self, m: Mention, name_first: int, name_last: int) -> Mention:
        name = fold(self.surface(name_first, name_last))
        m = remention(m, canonical=m.canonical or self._known_canonical(name) or m.name)
        words = name.split()
        for w in (words[-1], words[0]) if len(words) > 1 else (words[0],):
            if w not in _NAME_LINKS and len(w) > 2:
                self.people_by_name.setdefault(w, m)
                self._person_forms |= _spellings(w)
        if m.office:
            self.people_by_office.setdefault((m.office, m.country), m)
        return m

    def _known_canonical(self, folded_name: str) -> str | None:
        words = folded_name.split()
        for n in range(len(words)):
            hit = self.gaz.longest_in(words, n)
            if hit and hit[0] == len(words):  # the known name ends the name: "Abbas Araghchi" is not Mahmoud Abbas
                for e in hit[2]:
                    if e.kind == "actor" and e.get("actor_type") == "person":
                        return e.get("canonical")
        return None

    def _told_with_head(self, head: str) -> Mention | None:
        """The body named in full earlier in the article whose name opens with this definite head ("الجبهة"
        after "جبهة تحرير دلتا النيجر" or "الجبهة الشعبية"): a head alone refers back to it."""
        bare = head[2:] if head.startswith("ال") else head
        for m in reversed(self.registered_orgs):
            words = fold(m.name).split()
            if words and words[0] in (head, bare) and len(words) > 1:
                return m
        return None

    def _described_body(self, i: int, end: int, limit: int) -> Mention | None:
        """"the binational commission on river navigation", "the joint committee": in English a body is named in
        lower case by adjectives before its head (after "the") and a topic after it ("on"/"for" and up to three
        words); the head alone ("the commission"), or with a word that points back ("the same commission",
        "the new commission"), only refers back."""
        first = i
        while first - 1 >= 0 and i - first < 2 and self._plain_word(first - 1) and self.gap_is_space(first - 1, first):
            first -= 1
        if first == i or first == 0 or self.tokens[first - 1].text != "the" or self.tokens[first].text in _REFERRING_BACK:
            return None
        j = end
        if j + 1 < limit and self.tokens[j].text in ("on", "for") and self.gap_is_space(j - 1, j):
            k = j + 1
            while k < limit and k - j <= 3 and self._plain_word(k) and self.gap_is_space(k - 1, k) and not self.triggers.longest(self.tokens, k):
                k += 1
            j = k if k > j + 1 and (k >= limit or not self._plain_word(k)) else j  # a topic of plain nouns only ("on river navigation")
        name = self.surface(first, j)
        return Mention(first, j, name, name, "org", None)

    def _plain_word(self, k: int) -> bool:
        """A lower-case English word as printed that is no stop word, date, adverb or verb form: an adjective
        or noun naming a body ("binational", "river")."""
        word, printed = self.tokens[k].text, self.surface(k, k + 1)
        return word.isascii() and word.isalpha() and printed.islower() and word not in self.stops \
            and not word.endswith(("ly", "ing", "ed")) and not date_words().longest(self.tokens, k)

    def _institution(self, i: int, limit: int) -> Mention | None:
        """Ministries ("وزارة الدفاع الروسية", "الدفاع الروسية") and named bodies ("منتدى الأعمال ...")."""
        if i >= limit or not self._opens[i]:  # no phrase can end within the limit, or none starts here
            return None
        m = self.inst.longest(self.tokens, i)
        if not m or m[0] > limit:
            return None
        end, prefix, entries = m
        e = entries[0]
        if e.kind == "ministry_word":
            country, j = self._country_after(end, limit)
            d = self.inst.longest(self.tokens, j) if j < limit else None
            if d and d[2][0].kind == "ministry_domain":
                domain, j = d[2][0].value, d[0]
                if country is None:
                    country, j = self._country_after(j, limit)
                return Mention(i, j, self.surface(i, j, prefix), f"{domain} ministry", "org", country, f"{domain} minister")
            return None
        if e.kind == "ministry_domain":
            word = self.inst.longest(self.tokens, end) if end < limit else None
            if word and word[2][0].kind == "ministry_word" and self.tokens[i].text.isascii():  # "the finance ministry"
                return Mention(i, word[0], self.surface(i, word[0]), f"{e.value} ministry", "org", None, f"{e.value} minister")
            country, j = self._country_after(end, limit)
            if country:  # "الدفاع الروسية" speaks for the ministry
                return Mention(i, j, self.surface(i, j, prefix), f"{e.value} ministry", "org", country, f"{e.value} minister")
            return None
        if e.kind == "org_head":
            j = end
            country = None
            definite = self.tokens[end - 1].text[len(prefix) if end - 1 == i else 0 :].startswith("ال")
            quoted = self._quoted_name_end(end, limit) if not definite else None
            if quoted is not None:  # "حركة «الحرس الفتي»": a movement named in quotes, the closing one kept
                stop, close = quoted
                name = self.surface(i, stop, prefix) + self.folded.original[self.folded.origin[close]]
                named = Mention(i, stop, name, " ".join(name.translate(_QUOTES).split()), "org", None)
                self.registered_orgs.append(named)
                return named
            while j < limit and j - end < 7 and self.gap_is_space(j - 1, j):
                t = self.tokens[j].text
                if t in self.stops or any(v in self.stops for v, p in clitic_variants(t) if p):
                    break
                closed = definite or (j > end and self.tokens[j - 1].text.startswith(("ال", "لل", "وال", "بال")) and not self._name_goes_on(j, limit))
                if closed and not t.isascii() and not t.startswith(("ال", "لل", "ل", "وال", "بال")):
                    # "المحكمة اعتبار ...": a definite head takes no indefinite genitive after it; "حركة النهضة
                    # إضرابات": a definite genitive closes the name, only its adjectives follow
                    break
                if definite and j == end and t.startswith("بال"):
                    break  # "مطالبين الحكومة بالاستقالة": what is asked of it, no part of its name ("اللجنة الخاصة بالتحقيق" is)
                if t.startswith("ل") and t.endswith(("ها", "هم", "هما")) and len(t) > 5 and self.tokens[j - 1].text.startswith("ال"):
                    break  # "حكومة الحزب الوطني لاتباعها": ل + a noun with a pronoun gives a reason, not more name ("لحقوق الإنسان" is name)
                if self.triggers.longest(self.tokens, j) and not t.startswith("لل"):
                    break
                g = self._entries(j, limit)
                if g and any(x.kind == "nisba" for x in g[2]):
                    country = country or next(x for x in g[2] if x.kind == "nisba").value
                    j = g[0]
                    continue
                if g and any(x.kind in ("office", "actor") for x in g[2]):
                    break
                j += 1
            name = self.surface(i, j, prefix)
            if j == end and self.tokens[i].text.isascii() and fold(name) not in self.bare_bodies:  # "the new government" is the government
                described = self._described_body(i, end, limit)
                if described is not None:
                    return described
            if j == end:  # "أدانت الحكومة": a body that acts alone, or a head that only refers back ("اللجنة")
                bare = self.bare_bodies.get(fold(name))
                if bare:
                    return Mention(i, j, name, bare, "org", None)
                told = self._told_with_head(fold(name)) if definite else None  # "فجرت الجبهة": the front named before
                if told is not None:
                    return remention(told, first=i, last=j, name=name, prefix=prefix)
                place = i > 0 and (self.tokens[i - 1].text in ("علي", "من", "الي", "في") or prefix.endswith(("ب", "ل")))  # "قتل جنديان على الجبهة": the front line
                return Mention(i, j, name, None, "org", None, prefix=prefix) if fold(name) in _ACTING_HEADS and not place else None  # named before this text
            named = Mention(i, j, name, name, "org", country if not _is_pair(name) else None)
            self.registered_orgs.append(named)
            return named
        return None


_QUOTES: Final = str.maketrans("", "", '«»"“”„')  # dropped from a quoted name's canonical form

_KEEP: Final = "\x00keep"  # `remention`: leave the field as it is


def remention(m: Mention, first: int = -1, last: int = -1, name: str = _KEEP, canonical: str | None = _KEEP, country: str | None = _KEEP,
              office: str | None = _KEEP, prefix: str = _KEEP) -> Mention:
    """`dataclasses.replace` for a mention, compiled: the generic one runs as interpreted Python and costs
    a thirtieth of the extraction of a short article."""
    return Mention(m.first if first < 0 else first, m.last if last < 0 else last, m.name if name == _KEEP else name,
                   m.canonical if canonical == _KEEP else canonical, m.actor_type, m.country if country == _KEEP else country,
                   m.office if office == _KEEP else office, m.prefix if prefix == _KEEP else prefix)


def proper_name(m: Mention) -> bool:
    """Does m name someone (a person, a body, a group actors.yaml holds: "طالبان") rather than describe
    them by a common noun ("مسلحين", "يمنيين")? A name is definite without ال."""
    canonical = m.canonical or ""
    return m.actor_type in ("person", "org") or (m.actor_type == "group" and canonical[:1].isupper() and not canonical.endswith(_NATIONALS))


def opens_name(word: str) -> bool:
    """Can the word open a gazetteer or institution phrase, or a name joined by و (وفتح)? Most cannot."""
    return gazetteer().opens(word) or _institutions()[0].opens(word) or (word[:1] == "و" and word[1:] in conjoined_names())


_OPENS: Final = WordTable(opens_name)  # the lexicons never change in a process


@lru_cache(maxsize=1)
def _local_offices() -> frozenset[str]:
    return frozenset(name for name, spec in _read_yaml("offices.yaml")["offices"].items() if spec.get("local"))


@lru_cache(maxsize=2)
def office_words(feminine: bool = True) -> frozenset[str]:
    """The one-word Arabic office forms of offices.yaml ("الرئيس", "وزير"; with `feminine`, "وزيرة" too), folded."""
    offices = _read_yaml("offices.yaml")["offices"]
    return frozenset(fold(w) for spec in offices.values() for w in spec.get("ar", []) + (spec.get("ar_feminine", []) if feminine else []) if " " not in w)


def _owned_noun(word: str) -> bool:
    words = office_words()
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem in words or ("ال" + stem) in words or stem.endswith("ات"):
                return True
    return False


@lru_cache(maxsize=1)
def _deputy_words() -> frozenset[str]:
    data = _read_yaml("offices.yaml")["deputy"]
    return frozenset(fold(w) for w in data["ar"] + data["en"])


@lru_cache(maxsize=1)
def _vocalised_capitals() -> dict[str, str]:
    return dict(_read_yaml("actors.yaml").get("vocalised_capitals") or {})


def _is_pair(text: str) -> bool:
    """"الروسية-الهندية": a body of two countries belongs to neither."""
    return "-" in fold(text)


@lru_cache(maxsize=WORD_CACHE)
def _spellings(word: str) -> frozenset[str]:
    """The tokens that may read as `word` once their proclitics are stripped (`clitic_variants`
    inverted), so that a known person's name is spotted in any token by one set look-up: the word
    behind و/ف and ب/ل/ك, or behind لل for the article. A few may not read as it (too short to
    strip); `_at` finds no one there, as for any word that opens no name."""
    stems = [p + word for p in ("", "ب", "ل", "ك")]
    if word.startswith("ال"):
        stems.append("لل" + word[2:])  # للدفاع = ل + الدفاع
    if word.startswith("الل"):
        stems.append("لل" + word[3:])  # للجنة = ل + اللجنة
    return frozenset(f for s in stems for f in (s, "و" + s, "ف" + s))
