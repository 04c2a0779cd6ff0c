"""Numbers in Arabic wire copy: digits and number words, what they count, and how sure they are.

A NUMBER mention is a run of tokens that together write one quantity: ``50`` ، ``50 ألفا`` ، ``خمسين ألف`` ،
``ثلاثة آلاف ومئتان`` ، ``عشرات الآلاف``. Number words come from ``data/number_words.tsv``; the cue words around a
number (what it counts, approximations, running totals) from ``data/count_cues.tsv``.

Rules followed (ACLED knowledge base, "Fatalities", 27 Feb 2023): vague figures are coded as ACLED codes them, "tens"
(عشرات، the Arabic for both "tens" and the "dozens" of English wire copy) 10, "hundreds" (مئات) 100, "thousands" (آلاف)
1000, and they multiply a following scale word (عشرات الآلاف = 10,000); "several" (عدة، بضعة) 3, ACLED's figure for a
limited event whose toll is not given. A range (بين 10 و15، 10 إلى 15) keeps the lower figure as its value, the most
conservative estimate. Years (عام 2011), days of dates (3 ديسمبر) and clock times are not quantities and give no
mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from marsad.events.lexicon import Match, PhraseMatcher, function_stems, function_words, split_forms, word_forms
from marsad.knowledge import load_table
from marsad.model import Article, Mention, MentionKind, NumberResolution, Token, add_mentions
from marsad.text.normalize import normalize
from marsad.text.tokens import stem_candidates, tokenize

_COUNT_KINDS = ("killed", "injured", "killed_or_injured", "displaced", "detained", "missing")
#: digits with at most one decimal point or comma, or grouped by thousands (50.000، 1,250): a dotted date (2025.11.14)
#: or a version number is no figure
_DIGITS = re.compile(r"^(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)$")


@dataclass(frozen=True)
class NumberWord:
    """One entry of ``number_words.tsv``."""

    value: int
    kind: str


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumberWord]:
    """Normalized number word -> its value and kind."""
    out: dict[str, NumberWord] = {}
    for row in load_table("number_words.tsv").rows:
        if row["kind"] == "ordinal":
            continue  # الثاني counts nothing: ordinals are read by ordinal_values
        for form in split_forms(row["forms"]):
            out.setdefault(normalize(form), NumberWord(int(row["value"]), row["kind"]))
    return out


@lru_cache(maxsize=1)
def ordinal_values() -> dict[str, int]:
    """Normalized ordinal (ثانيا، الثالث's stem ثالث) -> the number it ranks (2, 3)."""
    return {normalize(form): int(row["value"]) for row in load_table("number_words.tsv").rows
            if row["kind"] == "ordinal" for form in split_forms(row["forms"])}


@dataclass(frozen=True)
class CountCue:
    kind: str
    position: str


@lru_cache(maxsize=1)
def _cue_matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Matchers for cues that follow a number and cues that precede it."""
    after: list[tuple[str, object]] = []
    before: list[tuple[str, object]] = []
    for row in load_table("count_cues.tsv").rows:
        cue = CountCue(row["kind"], row["position"])
        for form in split_forms(row["forms"]):
            if row["position"] in ("after", "either"):
                after.append((form, cue))
            if row["position"] in ("before", "either"):
                before.append((form, cue))
    return PhraseMatcher(after), PhraseMatcher(before)


@lru_cache(maxsize=1)
def _year_intro_forms() -> frozenset[str]:
    forms: set[str] = set()
    for row in load_table("date_expressions.tsv").rows:
        if row["kind"] in ("year_intro", "since"):
            forms.update(normalize(f) for f in split_forms(row["forms"]) if " " not in f)
    for row in load_table("months.tsv").rows:
        forms.update(normalize(f).split()[-1] for f in split_forms(row["forms"]))
    return frozenset(forms)


@dataclass(frozen=True)
class NumberItem:
    """One token's contribution to a number: its value, kind, and whether و joined it to the previous word."""

    value: float
    kind: str
    waw: bool
    form_start: int
    form: str


def number_item(token: Token, apposition: bool = False) -> NumberItem | None:
    """Read one token as a number word or digits, or None.

    Args:
        token: the token.
        apposition: also read a definite unit or ten (المقاتلين الستة: a numeral agreeing with the definite noun
            before it), which elsewhere is no cardinal.
    """
    text = token.text
    if _DIGITS.match(text):
        return NumberItem(_digit_value(text), "digit", False, token.start, text)
    if not token.is_word:
        return None
    words = number_words()
    for prefixes, stem in stem_candidates(text):
        word = words.get(stem)
        if word is None or "ال" in prefixes and word.kind not in ("scale", "vague"):
            if not (apposition and word is not None and "ال" in prefixes and word.kind in ("unit", "ten")):
                continue
        kind = word.kind
        if kind == "scale" and stem.endswith("ا") and word.value >= 1000:
            kind = "scale_acc"
        return NumberItem(word.value, kind, "و" in prefixes, token.end - len(stem), stem)
    for hedge in _GLUED_HEDGES:
        rest = text.removeprefix(hedge)
        word = words.get(rest) if rest != text else None
        if word is not None and word.kind in ("unit", "ten", "hundred", "scale", "vague"):
            return NumberItem(word.value, word.kind, False, token.end - len(rest), rest)
    return None


#: hedges typed with no space before the number word (نحوأربعين): the word is still a number
_GLUED_HEDGES = function_stems("glued_hedges")


def _digit_value(text: str) -> float:
    if "," in text:
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        # 50.000 is how Maghrebi and some Levantine copy writes fifty thousand
        return float(text.replace(".", ""))
    return float(text)


_ADD_AFTER = {
    # with و, what may follow what: units come before tens (خمسة وعشرون), smaller groups after larger ones
    "unit": {"ten"},
    "teen": set(),
    "ten": set(),
    "hundred": {"unit", "ten", "teen_unit"},
    "scale": {"unit", "ten", "teen_unit", "hundred", "digit", "vague", "scale", "scale_acc", "dual"},
    "dual": {"unit", "ten", "teen_unit", "hundred", "digit", "dual", "vague"},
}


def _continues(prev: NumberItem, prev_group: str, nxt: NumberItem) -> bool:
    """Whether ``nxt`` continues the number that ``prev`` belongs to."""
    if nxt.kind in ("scale", "scale_acc"):
        return not nxt.waw or prev_group in ("scale", "dual")
    if nxt.waw:
        return nxt.kind in _ADD_AFTER.get(prev_group, set())
    if nxt.kind == "unit" and nxt.value == 10 and prev.kind in ("unit", "teen_unit") and prev.value < 10:
        return True  # ثلاثة عشر، أحد عشر
    if nxt.kind == "hundred" and nxt.value == 100 and prev.kind == "unit" and prev.value < 10:
        return True  # ثلاث مئة
    return False


def combine(items: Sequence[NumberItem]) -> int | None:
    """The value of a run of number items, or None when the run is not a well-formed number."""
    total = 0.0
    current = 0.0
    prev: NumberItem | None = None
    for item in items:
        if item.kind == "teen_unit":
            current += item.value
        elif item.kind in ("unit", "ten", "zero", "digit", "vague", "few"):
            current += item.value
        elif item.kind == "hundred":
            if prev is not None and not item.waw and prev.kind == "unit" and item.value == 100 and 0 < current < 10:
                current *= 100
            else:
                current += item.value
        elif item.kind in ("scale", "scale_acc"):
            if current == 0 and total == 0 and item.kind == "scale_acc" and len(items) == 1:
                total = 2 * item.value  # ألفا شخص: the dual in construct
            else:
                total += (current or 1) * item.value
                current = 0
        elif item.kind == "dual":
            total += item.value
        prev = item
    if items[-1].kind == "teen_unit":
        return None
    return int(round(total + current))


def _group_of(item: NumberItem, prev_group: str) -> str:
    if item.kind in ("scale", "scale_acc"):
        return "scale"
    if item.kind == "dual":
        return "dual"
    if item.kind == "hundred":
        return "hundred"
    if item.kind == "unit" and item.value == 10 and prev_group in ("unit", "teen_unit") and not item.waw:
        return "teen"
    if item.kind == "teen_unit":
        return "teen_unit"
    if item.kind == "ten":
        return "ten"
    if item.kind in ("vague", "few", "digit", "zero"):
        return "vague"
    return "unit"


@dataclass(frozen=True)
class NumberRun:
    """Tokens ``[first, last]`` that write one number, and its value."""

    first: int
    last: int
    value: int
    vague: bool
    start: int
    dual: bool = False
    counts: str = ""


def find_runs(tokens: Sequence[Token]) -> list[NumberRun]:
    """Every run of tokens that writes one number, left to right."""
    runs: list[NumberRun] = []
    i = 0
    n = len(tokens)
    while i < n:
        first = number_item(tokens[i])
        if first is None and _after_definite_noun(tokens, i):
            first = number_item(tokens[i], apposition=True)
            if first is not None and first.value >= 3:
                # قتل المقاتلين الستة: a one-word numeral after its definite noun; اثنان/واحد agree as duals
                runs.append(NumberRun(i, i, first.value, False, first.form_start))
            i += 1
            continue
        if first is None or first.kind == "teen_unit" and not _teen_follows(tokens, i):
            i += 1
            continue
        if first.value == 1 and first.kind == "unit" and (_one_of_a_group(tokens, i) or _one_of_the_most(tokens, i)):
            i += 1
            continue
        items = [first]
        group = _group_of(first, "")
        j = i + 1
        while j < n and tokens[j].sentence == tokens[i].sentence:
            nxt = number_item(tokens[j])
            if nxt is not None and nxt.form == "واحد" and not nxt.waw:
                # وأحد normalizes to واحد: inside a number it is و + أحد (ستمئة وأحد عشر)
                nxt = NumberItem(1, "unit", True, nxt.form_start + 1, "احد")
            if nxt is None or nxt.kind == "digit" or not _continues(items[-1], group, nxt):
                break
            items.append(nxt)
            group = _group_of(nxt, group)
            j += 1
        value = combine(items)
        if value is not None:
            vague = any(it.kind in ("vague", "few") for it in items) or (
                items[-1].form in ("الاف", "الوف", "ملايين", "مليارات") and len(items) == 1
            )
            runs.append(NumberRun(i, j - 1, value, vague, first.form_start))
        i = j
    return runs


@cache
def count_cue_forms(kind: str) -> frozenset[str]:
    """The normalized forms of the rows of ``count_cues.tsv`` of ``kind``."""
    return frozenset(normalize(f) for r in load_table("count_cues.tsv").rows if r["kind"] == kind
                     for f in split_forms(r["forms"]))


def _group_nouns() -> frozenset[str]:
    """Nouns after which واحد / واحدة means 'the same, a single' and counts no one (``one_group`` cues)."""
    return count_cue_forms("one_group")


def _one_of_a_group(tokens: Sequence[Token], i: int) -> bool:
    """Whether the واحد / واحدة at ``i`` qualifies the noun of a group just before it (من عائلة واحدة، في منزل
    واحد، دفعة واحدة): an adjective, not a figure, so it adds no one to a toll."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence or not tokens[i - 1].is_word:
        return False
    nouns = _group_nouns()
    return any(stem in nouns for _, stem in stem_candidates(tokens[i - 1].text))


def _one_of_the_most(tokens: Sequence[Token], i: int) -> bool:
    """Whether the واحد / واحدة at ``i`` opens 'one of the most ...' (في واحدة من أكثر الهجمات دموية): a superlative
    of the ``one_of_superlative`` cues after من."""
    return i + 2 < len(tokens) and tokens[i + 2].sentence == tokens[i].sentence \
        and normalize(tokens[i + 1].text) == normalize("من") and normalize(tokens[i + 2].text) in count_cue_forms("one_of_superlative")


def _after_definite_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a definite word right after a definite word of its sentence (المقاتلين الستة)."""
    if i == 0 or not tokens[i].is_word or not tokens[i].text.startswith("ال"):
        return False
    prev = tokens[i - 1]
    return prev.is_word and prev.sentence == tokens[i].sentence and prev.text.startswith(("ال", "وال", "بال", "لل"))


#: count_cues.tsv kinds of nouns that carry their own count (the dual, or one indefinite noun)
_FORM_KINDS = ("dual_person", "single_person", "dual_killed", "dual_injured", "single_killed", "single_injured",
               "named_victim", "one_of")
#: verbs (not verbal nouns) of dying or being wounded, after which a definite victim is one person
_VICTIM_VERBS = function_words("victim_verbs")


@lru_cache(maxsize=1)
def _form_matcher() -> PhraseMatcher:
    """Nouns that carry their own count (duals, singulars), kept apart from the generic counted nouns."""
    return PhraseMatcher(
        [
            (form, CountCue(r["kind"], r["position"]))
            for r in load_table("count_cues.tsv").rows
            if r["kind"] in _FORM_KINDS
            for form in split_forms(r["forms"])
        ]
    )


@lru_cache(maxsize=1)
def _count_forms() -> frozenset[str]:
    """Every normalized form of the nouns that carry their own count, as the data file spells them."""
    return frozenset(normalize(f) for r in load_table("count_cues.tsv").rows if r["kind"] in _FORM_KINDS
                     for f in split_forms(r["forms"]))


def _dual_runs(tokens: Sequence[Token], runs: Sequence[NumberRun]) -> list[NumberRun]:
    """Nouns that count people by their form: the dual (قتل جنديان، مقتل عنصرين) is two, an indefinite singular right
    after a governing verbal noun (مقتل متظاهر) is one."""
    after = _form_matcher()
    taken = {i for r in runs for i in range(r.first, r.last + 1)}
    out: list[NumberRun] = []
    for i, t in enumerate(tokens):
        if i in taken or not t.is_word:
            continue
        m = after.match_at(tokens, i)
        if m is None or any(j in taken for j in range(i, m.last + 1)):
            continue  # (مقاتلين اثنين: the numeral inside the form counts them already)
        kind = m.payload.kind  # type: ignore[attr-defined]
        # the mention starts at the noun, after a proclitic و/ف (وجريحين); a noun that begins with one of those
        # letters keeps it (فلسطينيا is not ف + لسطينيا)
        whole = t.text.removesuffix("ا")
        start = t.start + 1 if t.text[:1] in ("و", "ف") and t.text[1:] in word_forms(t.text) \
            and t.text not in _count_forms() and whole not in _count_forms() else t.start
        if kind == "dual_person":
            # (a dual inside a list, بينهم أربعة أطفال وامرأتان وثلاثة مسنين, stays a part of the list's figure)
            numeral_after = m.last + 1 in taken and (not tokens[m.last + 1].text.startswith("و")
                                                     or t.text.startswith("و"))
            if numeral_after or ((i - 1 in taken or (out and out[-1].last == i - 1))
                                 and not t.text.startswith("و")):
                # قتل فلسطينيان اثنان: the numeral after it counts the two already (not one joined by و: مقتل
                # جنديين وأربعة من المتطوعين); قتل جنديان عراقيان: right after another counted noun the dual is its
                # adjective, not two more
                continue
            out.append(NumberRun(i, m.last, 2, False, start, dual=True))
        elif kind in ("dual_killed", "dual_injured") and not t.text.startswith(("ال", "وال")):
            # (the definite dual, ونقل الجثتين، الجريحين, refers back to the victims already counted)
            out.append(NumberRun(i, m.last, 2, False, start, dual=True, counts=kind.removeprefix("dual_")))
        elif kind in ("single_killed", "single_injured") and not t.text.startswith(("ال", "وال")) \
                and i - 1 not in taken and not _counted_after(tokens, m.last, taken) \
                and not any(tokens[j].text in _JOINT_BEFORE for j in (i - 1, i - 2) if j >= 0):
            # سقوط قتيل، أسفرت عن شهيد و4 جرحى: the noun counts one and says what (a numeral before it, مئة قتيل,
            # counts it already; بين قتيل وجريح, the one or the other, gives no figure)
            out.append(NumberRun(i, m.last, 1, False, start, dual=True, counts=kind.removeprefix("single_")))
        elif kind == "named_victim":
            # استشهد الشاب محمد أحمد، قُتل الطفل زيد علي (عام واحد): a verb of dying or wounding, then one named victim
            verb = _victim_verb_before(tokens, i)
            if verb is not None and i - 1 not in taken and m.last + 1 not in taken:
                wounded = tokens[verb].text.lstrip("و").startswith(("أصيب", "اصيب", "جرح"))
                out.append(NumberRun(i, m.last, 1, False, start, dual=True,
                                     counts="injured" if wounded else "killed"))
        elif kind == "one_of" and _one_of_people(tokens, m.last) and i > 0 and i - 1 not in taken \
                and (_governed(tokens, i) or _victim_verb_before(tokens, i) is not None):
            # بمقتل أحد عناصر الأمن، قتل أحد الجنود: one of the people the noun after it names
            out.append(NumberRun(i, m.last, 1, False, start, dual=True))
        elif kind == "single_person" and _subject_of_dying(tokens, i, m.last, taken):
            # ذكرت مصادر طبية أن فلسطينيا استشهد: one dead, the subject of the verb after it
            out.append(NumberRun(i, m.last, 1, False, start, dual=True, counts="killed"))
        elif kind == "single_person" and _finished_off(tokens, i, taken):
            out.append(NumberRun(i, m.last, 1, False, start, dual=True, counts="killed"))
        elif kind == "single_person" and i > 0 and not t.text.startswith("ال") \
                and not (out and out[-1].last == i - 1 and not t.text.startswith("و")) \
                and (_governed(tokens, i) or _object_of_casualty_verb(tokens, i, taken)
                     or _joined_one(tokens, i, [*runs, *out])) \
                and not _counted_after(tokens, m.last, taken):
            # مقتل متظاهر: one person, counted only right after a governing word (checked by the caller); right after
            # another counted noun it is that noun's adjective (قتلت شابا فلسطينيا: one young Palestinian), unless و
            # joins the two (شابا وطفلا)
            out.append(NumberRun(i, m.last, 1, False, start, dual=True))
    return out


def _one_of_people(tokens: Sequence[Token], last: int) -> bool:
    """Whether the word after أحد / إحدى at ``last`` is a person noun (count_cues.tsv ``person`` and the named
    victims' heads): أحد عناصر، أحد الجنود، إحدى المواطنات, not أحد المواقع."""
    nxt = last + 1
    if nxt >= len(tokens) or tokens[nxt].sentence != tokens[last].sentence or not tokens[nxt].is_word:
        return False
    people = people_nouns()
    return any(stem in people for _, stem in stem_candidates(tokens[nxt].text))


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Person nouns, undefined: the counted ``person`` nouns and the heads of named victims without their ال."""
    return count_cue_forms("person") | frozenset(w.removeprefix("ال") for w in count_cue_forms("named_victim"))


def _victim_verb_before(tokens: Sequence[Token], i: int) -> int | None:
    """The token of a verb of dying or wounding right before the named victim at ``i``, or before a time set off by
    commas in between (استشهد، صباح اليوم الجمعة، الفتى محمد), else None."""
    j = i - 1
    if j >= 0 and tokens[j].text in (",", "،"):
        k = j - 1
        while k > max(-1, j - _ASIDE_WORDS - 1) and tokens[k].text not in (",", "،") \
                and tokens[k].sentence == tokens[i].sentence:
            k -= 1
        if k < 0 or tokens[k].text not in (",", "،"):
            return None
        j = k - 1
    if j < 0 or tokens[j].sentence != tokens[i].sentence or tokens[j].text not in _VICTIM_VERBS:
        return None
    return j


def _joined_one(tokens: Sequence[Token], i: int, counted: Sequence[NumberRun]) -> bool:
    """``مقتل مسؤول حكومي بارز وزوجته``, ``مقتل 4 مسلحين وضابط شرطة``: a person joined by و to a counted figure a few
    describing words before is one more victim."""
    end = i
    if i > 0 and tokens[i - 1].text == ")":
        # 9 أطفال (5 أولاد و4 بنات) وامرأة: the bracket breaks the figure down, the word after it joins the figure
        end = next((j for j in range(i - 2, max(-1, i - 12), -1) if tokens[j].text == "("), i)
    before = [r for r in counted if r.last < end]
    if not tokens[i].text.startswith("و") or not before:
        return False
    last = max(before, key=lambda r: r.last)
    if not end - 4 <= last.last < end:
        return False
    if last.value >= 11 and tokens[i].text.endswith("ا"):
        return False  # 52 شابا ورجلا: a second accusative singular after 11-99 is the figure's noun too, not one more
    # (a comma may set the second victim off: أودى بحياة المدعو محمد اليتيم، وابنه فراس)
    return all((tokens[j].is_word and not tokens[j].text.startswith("و")) or tokens[j].text in (",", "،")
               for j in range(last.last + 1, end))


_COMPLEMENTIZERS = function_words("events_numbers.complementizers")
#: شنه، نفذه: a figure after such a verb counts those who carried the act out
_AGENT_VERBS = function_words("events_numbers.agent_verbs")
#: أحرقت، دمروا: a figure after such a verb counts the property it hit
_PROPERTY_VERBS = function_words("events_numbers.property_verbs")


@lru_cache(maxsize=1)
def _dying_verbs() -> PhraseMatcher:
    """The singular verbs of dying that follow their subject (count_cues.tsv, kind subject_killed)."""
    return PhraseMatcher([(form, CountCue(r["kind"], r["position"])) for r in load_table("count_cues.tsv").rows
                          if r["kind"] == "subject_killed" for form in split_forms(r["forms"])])


def _subject_of_dying(tokens: Sequence[Token], i: int, last: int, taken: set[int]) -> bool:
    """Whether the indefinite accusative singular at ``i`` (فلسطينيا، شابا) opens a clause after a complementizer
    and a verb of dying follows it at once (أن فلسطينيا استشهد): the clause tells one person dead."""
    t = tokens[i]
    if i == 0 or t.text.startswith("ال") or not t.text.endswith("ا") or i - 1 in taken or last + 1 in taken:
        return False
    if tokens[i - 1].sentence != t.sentence or normalize(tokens[i - 1].text) not in _COMPLEMENTIZERS:
        return False
    nxt = last + 1
    return nxt < len(tokens) and tokens[nxt].sentence == t.sentence and not tokens[nxt].prefixes \
        and _dying_verbs().match_at(tokens, nxt) is not None


def _counted_after(tokens: Sequence[Token], last: int, taken: set[int]) -> bool:
    """Whether a numeral right after a noun counts the noun itself (لقي شخص واحد), which a numeral joined by و does
    not: in مقتل ضابط وأربعة جنود the officer is one more than the four soldiers."""
    nxt = last + 1
    # (the tokenizer leaves و on a numeral it does not split, واثنان: the letter still joins)
    return nxt in taken and not (nxt < len(tokens) and ("و" in tokens[nxt].prefixes or _joined_by_waw(tokens[nxt])))


def _joined_by_waw(token: Token) -> bool:
    """Whether a numeral token carries the و that joins it to the word before (واثنان)."""
    item = number_item(token)
    return item is not None and item.waw


#: how many words a time set off by commas may hold between a verb of dying and its named victim
_ASIDE_WORDS = 8
_SINCE = frozenset({normalize("منذ"), normalize("ومنذ")})
_JOINT_BEFORE = frozenset({normalize("بين")})
# a running-total cue governs a figure further away than the other cues do: حصيلة القتلى منذ بداية العمليات العسكرية
# على مدينة حلب وصلت إلى 327 puts nine words between them
_CUMULATIVE_REACH = 12
# the running-total cues that also mark a figure they follow (قتل 800 شخص منذ بدء الهجوم، ... حتى الآن)
_RUNNING_AFTER = ("منذ", "ومنذ", "حتي", "لغايه")
#: a time unit before a number word makes it an adjective of that span (عام واحد، يوم واحد، شهرين اثنين)
_TIME_UNITS = function_words("time_units")
#: time units after a figure make it a span (48 ساعة، ثلاثة أيام، 10 سنوات)
_SPAN_UNITS = function_words("span_units")
_DURING = frozenset({normalize("خلال"), normalize("وخلال")})
#: words after خلال that make a span of more than one day (اليومين، الأيام، أسبوع، 48 ساعة)
_DAYS_SPAN = function_words("days_span")
_HOURS = function_words("hours")


def _spans_days(tokens: Sequence[Token], k: int) -> bool:
    """Whether the words from ``k`` (after خلال) name a span of more than a day: اليومين الماضيين، الأيام الثلاثة،
    أقل من 48 ساعة (hours beyond 24); ``الساعات الـ24 الماضية`` and ``ساعات`` are within one day."""
    words = [t.text for t in tokens[k : k + 5]]
    if any(w in _DAYS_SPAN for w in words[:3]):
        return True
    for n, w in enumerate(words):
        if w in _HOURS:
            figures = [parse_number(x) for x in words[:n]]
            return any(f is not None and f > 24 for f in figures)
    return False


#: words of a stretch of time (على مدار، طوال، طيلة) that a span of days may follow further on in the clause
_OVER = frozenset({normalize("مدار"), normalize("طوال"), normalize("طيلة")})
#: how far after a figure, in its clause, a stretch of days may still be its period
_PERIOD_REACH = 16
#: a period named as such (خلال الفترة الممتدة من ... وحتى ...)
_PERIOD_WORDS = frozenset({normalize("الفترة"), normalize("فترة")})


def _over_a_period(tokens: Sequence[Token], run: NumberRun) -> bool:
    """``مقتل 40 شخصا قال إنهم من الإرهابيين خلال عملياته العسكرية في سيناء على مدار الثلاثة أشهر الماضية``: a
    figure whose clause ends on a stretch of several days (على مدار، طوال، طيلة and a span) sums that period's events."""
    sentence = tokens[run.first].sentence
    for j in range(run.last + 1, min(run.last + 1 + _PERIOD_REACH, len(tokens))):
        if tokens[j].sentence != sentence or tokens[j].text in (",", "،", ";", "؛"):
            break
        if tokens[j].text in _OVER and _spans_days(tokens, j + 1):
            return True
    # (or opens it: الجهود خلال الفترة الممتدة من الأول من سبتمبر وحتى الثامن من ديسمبر نتج عنها مقتل 25)
    for j in range(run.first - 1, max(-1, run.first - 1 - _PERIOD_REACH), -1):
        if tokens[j].sentence != sentence:
            break
        # (a stretch of days, على مدار الأيام الماضية, or a period named as such, خلال الفترة; not خلال الشهر الجاري
        # before it, which may date one earlier event: الثاني من نوعه خلال الشهر الجاري، إذ سبق أن قتل ثلاثة)
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
        if (tokens[j].text in _OVER and nxt in _DAYS_SPAN) or (tokens[j].text in _DURING and nxt in _PERIOD_WORDS):
            return True
    return False


_SAME_DAY = function_words("same_day")
#: the current year or month after a toll (هذا العام): a running total
_RUNNING_PERIODS = function_words("running_periods")
#: a war (الحرب، الصراع): a figure counted over it is its tally
_WAR_NOUNS = function_words("war_nouns")


def _counting_kind(kind: str, people: bool) -> str:
    """What a cue before a figure says it counts (a kind of ``_COUNT_KINDS``, or ""): a ``killed_of_people`` word
    (سقوط، سقط) counts the dead only when the figure counts people (سقوط 3 مدنيين), not things (سقوط 5 قذائف)."""
    if kind == "killed_of_people":
        return "killed" if people else ""
    return kind if kind in _COUNT_KINDS else ""


def casualty_after(tokens: Sequence[Token], i: int, sentence: int) -> str:
    """What the casualty word at ``i`` says the figure or the people before it suffered (``killed``, ``injured``,
    ... of ``count_cues.tsv``, position after: جرحى، قتلى، قتلوا، أصيبوا), or "" when there is none."""
    after, _ = _cue_matchers()
    m = _cue_at(after, tokens, i, sentence)
    kind = m.payload.kind if m is not None else ""  # type: ignore[attr-defined]
    return kind if kind in _COUNT_KINDS else ""


def _noun_before(tokens: Sequence[Token], i: int) -> str:
    """The kind (one of ``_COUNT_KINDS``, or ``person``) of a casualty or person noun right before the numeral at
    ``i``, which then counts it (قتيل واحد، شخص واحد); "" when there is none."""
    after, _ = _cue_matchers()
    m = after.match_at(tokens, i - 1) if i > 0 and tokens[i - 1].sentence == tokens[i].sentence else None
    kind = m.payload.kind if m is not None and m.last == i - 1 else ""  # type: ignore[attr-defined]
    return kind if kind in (*_COUNT_KINDS, "person") else ""


def _governed(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word before ``i`` is a casualty verbal noun or verb (مقتل متظاهر، استشهد مواطن، سقوط مدني)."""
    _, before = _cue_matchers()
    j = i - 1
    if j > 1 and tokens[j].text == ")" and tokens[j - 2].text == "(":
        j -= 1  # "(قتل) ضابط": the verb a statement's quoter set in brackets still governs the noun after it
    elif j > 0 and tokens[j].text in _OPENING_QUOTES:
        j -= 1  # قتل “إرهابي”: the noun a statement sets in quotes is still the verb's object
    m = before.match_at(tokens, j) if tokens[j].sentence == tokens[i].sentence else None
    return m is not None and bool(_counting_kind(m.payload.kind, True))  # type: ignore[attr-defined]


_ON = normalize("على")
# قضى على، أجهز على: verbs that kill their object after على; their subject (رصاصة قناص) may stand between
_FINISHING = function_words("finishing")


def _finished_off(tokens: Sequence[Token], i: int, taken: set[int]) -> bool:
    """Whether the singular at ``i`` is the object, after على, of a verb of finishing off at most five words before
    it, its subject between them (قضت رصاصة قناص حوثي على امرأة): one person killed."""
    if i < 2 or i - 1 in taken or normalize(tokens[i - 1].text) != _ON:
        return False
    return any(normalize(tokens[j].text).lstrip("و") in _FINISHING and tokens[j].sentence == tokens[i].sentence
               for j in range(max(0, i - 6), i - 1))


def _object_of_casualty_verb(tokens: Sequence[Token], i: int, taken: set[int]) -> bool:
    """Whether the indefinite accusative singular at ``i`` (شابا، طفلا) is the object of a casualty verb two to four
    words before it, its subject between them (قتلت قوات الاحتلال شابا، قتلت قوات الحوثي امرأة: a feminine noun in ة
    shows no case), with no numeral of its own (15 طفلا)."""
    if not tokens[i].text.endswith(("ا", "ه")) or i - 1 in taken:
        return False
    _, before = _cue_matchers()
    for j in range(max(0, i - 4), i - 1):
        if tokens[j].sentence != tokens[i].sentence or not tokens[j].is_word:
            continue
        m = before.match_at(tokens, j)
        if m is not None and m.last < i and _counting_kind(m.payload.kind, True):  # type: ignore[attr-defined]
            return not any(k in taken or not tokens[k].is_word for k in range(m.last + 1, i))
    return False


def _teen_follows(tokens: Sequence[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return False
    nxt = number_item(tokens[i + 1])
    return nxt is not None and nxt.kind == "unit" and nxt.value == 10


def parse_number(text: str) -> int | None:
    """Parse a number written in Arabic words and/or digits (``ثلاثة آلاف ومئتان`` -> 3200), None if it is not one."""
    tokens = tokenize(normalize(text))
    runs = find_runs(tokens)
    if len(runs) != 1 or runs[0].first != 0 or runs[0].last != len(tokens) - 1:
        return None
    return runs[0].value


_UNIT_NOUNS = function_words("unit_nouns")


def _is_date_or_time(tokens: Sequence[Token], run: NumberRun, text: str) -> bool:
    """Years, the day of a date, clock times and the numbers that name a unit or a road (اللواء 444، الطريق 5) are
    numbers but not quantities."""
    first, last = tokens[run.first], tokens[run.last]
    before = tokens[run.first - 1] if run.first > 0 else None
    after = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    intro = _year_intro_forms()
    if run.first == run.last and first.text.isdigit():
        value = int(first.text)
        if 1900 <= value <= 2100 and (
            (before is not None and word_forms(before.text) & intro)
            or (after is not None and after.text in ("م", "ه", "هـ"))
        ):
            return True
        if value <= 31 and after is not None and word_forms(after.text) & intro:
            return True  # 3 ديسمبر، 12 آذار
    if run.first == run.last and before is not None and word_forms(before.text) & _UNIT_NOUNS \
            and not _joined_by_waw(first):
        # اللواء 444، الفرقة 25: the number names a unit, it counts nothing (آمر فوج واثنان: و joins a new figure)
        return True
    if run.first == run.last and before is not None and before.text in _TIME_UNITS and not first.text.isdigit():
        return True  # (عام واحد): a span of time, as a victim's age, counts nobody
    if after is not None and after.text in _SPAN_UNITS:
        return True  # خلال أقل من 48 ساعة، منذ 3 أيام: a span of time counts nobody
    if after is not None and after.text in (":", "/") and last.end == after.start:
        return True
    if before is not None and before.text in (":", "/") and before.end == first.start:
        return True
    return False


@dataclass(frozen=True)
class NumberRecognizer:
    """Finds NUMBER mentions (``number-N``) with their value and what they count."""

    name: str = "numbers"
    requires: frozenset[str] = frozenset({"tokens"})
    provides: frozenset[str] = frozenset({"numbers"})

    def __call__(self, article: Article) -> Article:
        tokens = article.tokens
        text = article.normalized
        taken = [m.span for m in article.mentions if m.kind is MentionKind.DATE]
        if article.dateline is not None:
            taken.append(article.dateline.span)
        mentions: list[Mention] = []
        runs = find_runs(tokens)
        runs = sorted(runs + _dual_runs(tokens, runs), key=lambda r: r.first)
        k = 0
        previous: tuple[int, str] | None = None
        while k < len(runs):
            run = runs[k]
            k += 1
            if _is_date_or_time(tokens, run, text):
                continue
            end = tokens[run.last].end
            span = article.raw_span(run.start, end)
            if any(span.overlaps(t) for t in taken):
                continue
            resolution = _resolve(tokens, run)
            if run.counts:
                resolution = replace(resolution, counts=run.counts)  # قتيلين، جريحين say what they count
            if (
                not resolution.counts
                and previous is not None
                and (tokens[run.first].text.startswith("و") or run.first > 0 and tokens[run.first - 1].text == "و")
                and 0 < run.first - previous[0] <= 7
                and not any(normalize(tokens[j].text) in _subset_words() for j in range(previous[0] + 1, run.first))
                and not any(_reporting(tokens[j].text) for j in range(previous[0] + 1, run.first))
            ):
                # قتل خمسة من الجنود وثمانية من المسلحين: the second figure counts what the first counts
                resolution = replace(resolution, counts=previous[1])
            if run.dual and not resolution.counts:
                continue
            if resolution.counts:
                previous = (run.last, resolution.counts)
            high_run = _range_end(tokens, run, runs[k] if k < len(runs) else None)
            if high_run is not None:
                k += 1
                resolution = NumberResolution(
                    value=min(run.value, high_run.value),
                    approximate=True,
                    counts=resolution.counts or _resolve(tokens, high_run).counts,
                    cumulative=resolution.cumulative,
                    low=min(run.value, high_run.value),
                    high=max(run.value, high_run.value),
                )
                end = tokens[high_run.last].end
            mentions.append(article.mention_at(
                f"number-{len(mentions)}", MentionKind.NUMBER, run.start, end, resolution, tokens[run.first].sentence
            ))
        return add_mentions(article, mentions, self.provides)


def _range_end(tokens: Sequence[Token], run: NumberRun, nxt: NumberRun | None) -> NumberRun | None:
    """The upper end of ``10 إلى 15`` / ``بين 10 و15`` / ``10-15``, when ``nxt`` is one."""
    if nxt is None:
        return None
    gap = nxt.first - run.last
    if gap == 1:
        joined = tokens[nxt.first].text.startswith("و") and run.first > 0 and tokens[run.first - 1].text == "بين"
        return nxt if joined else None
    between = run.first > 0 and tokens[run.first - 1].text == "بين"
    if gap == 2 and (tokens[run.last + 1].text in ("الي", "-", "او") or between and tokens[run.last + 1].text == "و"):
        return nxt if nxt.value > run.value else None
    return None


def _cue_at(matcher: PhraseMatcher, tokens: Sequence[Token], i: int, sentence: int) -> Match | None:
    if 0 <= i < len(tokens) and tokens[i].sentence == sentence:
        return matcher.match_at(tokens, i)
    return None


@lru_cache(maxsize=1)
def _subset_words() -> frozenset[str]:
    """Words after which the figures are parts of one already given (بينهم 4 أطفال وامرأتان، 13 شخصا هم ثلاثة قرويين
    وعشرة جنود), never counts of their own: the one-word ``subset`` cues of count_cues.tsv, with و or without."""
    words = {f for f in count_cue_forms("subset") if " " not in f}
    return frozenset(words | {"و" + w for w in words})


@lru_cache(maxsize=1)
def _reporting_words() -> frozenset[str]:
    """One-word reporting cues of ``source_cues.tsv`` (kinds according, speech: حسبما، أفاد، قال، وفق)."""
    return frozenset(normalize(r["cue"]) for r in load_table("source_cues.tsv").rows
                     if r["kind"] in ("according", "speech") and " " not in r["cue"])


def _reporting(word: str) -> bool:
    """Whether ``word`` (normalized) is a one-word reporting cue, with or without و/ف before it."""
    return any(stem in _reporting_words() for _, stem in stem_candidates(word))


#: how many words before a figure a governing cue may stand, and before a figure joined by و to a list
_CUE_REACH = 4
_LIST_REACH = 7
#: "at least" written after the figure (خمسة على الأقل), normalized
_HEDGE_AFTER = function_stems("hedge_after")


def _hedge_at(tokens: Sequence[Token], i: int) -> int:
    """How many tokens an "at least" after a figure takes at ``i`` (0 when there is none)."""
    words = tuple(t.text for t in tokens[i : i + 2])
    return 2 if words == _HEDGE_AFTER else 0


#: quotation marks that may open the counted noun
_OPENING_QUOTES = frozenset('"“«')
#: verbal nouns that count what they follow only right after the figure (11 إصابة, 11 injuries); further on they open
#: a figure of their own (مقتل 80 شخصا وإصابة 150)
_VERBAL_NOUN_AFTER = function_words("verbal_noun_after")


def _resolve(tokens: Sequence[Token], run: NumberRun) -> NumberResolution:
    after, before = _cue_matchers()
    sentence = tokens[run.first].sentence
    counts = ""
    person = False
    # what follows: قتلى، جرحى، قتلى وجرحى، or a generic noun (شخص) whose meaning a verb after it may give
    i = run.last + 1
    if i < len(tokens) and tokens[i].text == "من":
        i += 1
    hedged = _hedge_at(tokens, i)
    if hedged:
        i += hedged  # خمسة على الأقل قتلوا: the hedge stands between the figure and what it counts
    if i < len(tokens) and tokens[i].text in _OPENING_QUOTES:
        i += 1  # وسبعة “إرهابيين” قتلوا: the noun a ministry's words put in quotes still says what is counted
    m = _cue_at(after, tokens, i, sentence)
    if m is not None and word_forms(tokens[m.first].text) & _VERBAL_NOUN_AFTER \
            and normalize(tokens[m.first].text) not in _VERBAL_NOUN_AFTER:
        m = None  # مقتل شخصين وإصابة خمسة: وإصابة opens the next figure; 11 إصابة counts what it follows
    if m is not None:
        kind = m.payload.kind  # type: ignore[attr-defined]
        if kind in _COUNT_KINDS:
            counts = kind
        elif kind == "person":
            person = True
            first = m.last + 1
            if m.last + 2 < len(tokens) and tokens[m.last + 1].text == "," \
                    and normalize(tokens[m.last + 2].text) in _subset_words():
                # خمسة مواطنين، بينهم طفلان، قتلوا: the verb that says what the figure counts comes after the aside
                close = next((k for k in range(m.last + 3, min(m.last + 8, len(tokens)))
                              if tokens[k].text == "," or tokens[k].sentence != sentence), None)
                if close is not None and tokens[close].text == ",":
                    first = close + 1
            for j in range(first, min(first + 4, len(tokens))):
                if number_item(tokens[j]) is not None and casualty_after(tokens, j + 1, sentence):
                    break  # مقتل 4 أشخاص و10 جرحى: the casualty noun after the next figure is that figure's own
                m2 = _cue_at(after, tokens, j, sentence)
                if m2 is not None and word_forms(tokens[m2.first].text) & _VERBAL_NOUN_AFTER:
                    break  # مقتل 80 شخصا وإصابة 150: the wounding of the next figure, not this one's meaning
                if m2 is not None and m2.payload.kind in _COUNT_KINDS:  # type: ignore[attr-defined]
                    counts = m2.payload.kind  # type: ignore[attr-defined]
                    break
                m3 = _cue_at(before, tokens, j, sentence)
                if m3 is not None and _counting_kind(m3.payload.kind, True):  # type: ignore[attr-defined]
                    break  # مقتل 4 أشخاص وسقوط 10 جرحى: a word that governs a figure of its own
    approximate = run.vague or bool(hedged)
    low = run.value if hedged else None
    high = None
    cumulative = False
    lead = run.first
    for j in range(max(0, run.first - _CUMULATIVE_REACH), run.first):
        m = _cue_at(before, tokens, j, sentence)
        if m is None or m.last >= run.first:
            continue
        kind = m.payload.kind  # type: ignore[attr-defined]
        if kind != "cumulative" and j < run.first - 6:
            continue
        if m.last == lead - 1 and kind == "tally":
            lead = m.first  # قتل عدد 6 مجندين: "a number of", as official statements write it, before the figure
            continue
        if m.last == lead - 1 and kind in ("approx", "more_than", "less_than", "at_least"):
            approximate = True
            if kind in ("more_than", "at_least"):
                low = run.value
            elif kind == "less_than":
                high = run.value
            lead = m.first
        if kind == "cumulative":
            cumulative = True
        if kind == "subset" and m.last >= lead - 2:
            # بينهم طفلان: a part of a figure already given, not a count of its own
            return NumberResolution(run.value, approximate, "", cumulative, low, high)
    if not counts:
        noun = _noun_before(tokens, lead)
        # a governing verbal noun shortly before: مقتل 5 أشخاص، إصابة 10 آخرين، نزوح قرابة خمسين ألفا; a noun that
        # counts by its form (مدني، جنديان) names people itself, as does one the figure follows (سقوط قتيل واحد)
        people = person or run.dual or bool(noun)
        covered = -1
        # (a figure joined by و to a list of the dead reaches its cue past the list: "(قتل) ضابط وأمين شرطة وعدد 6")
        reach = _LIST_REACH if tokens[lead].text.startswith("و") else _CUE_REACH
        if reach > _CUE_REACH and any(
                (m := _cue_at(before, tokens, j, sentence)) is not None and m.payload.kind == "subset"  # type: ignore[attr-defined]
                for j in range(max(0, lead - reach), lead)):
            reach = _CUE_REACH  # بينهم أربعة أطفال وامرأتان وثلاثة مسنين: a list of the parts of a toll already given
        for j in range(max(0, lead - reach), lead):
            if j <= covered:
                continue  # بمقتل وإصابة ثمانية: the word inside a longer cue (وإصابة) is not a cue of its own
            m = _cue_at(before, tokens, j, sentence)
            if m is not None and m.last < lead and not any(
                    normalize(tokens[k].text) in _AGENT_VERBS or word_forms(tokens[k].text) & _PROPERTY_VERBS
                    for k in range(m.last + 1, lead)):
                # (قتلوا بعد هجوم شنه مئات المتمردين: the hundreds launched the attack, the dead are counted before)
                counts = _counting_kind(m.payload.kind, people) or counts  # type: ignore[attr-defined]
                covered = m.last
        if not counts and noun != "person":
            counts = noun  # أسفرت عن قتيل واحد: the noun before the numeral says what it counts
    for j in range(run.last + 1, min(run.last + 8, len(tokens))):
        m = _cue_at(before, tokens, j, sentence)
        if m is not None and m.payload.kind == "cumulative" and tokens[m.first].text.startswith(_RUNNING_AFTER):  # type: ignore[attr-defined]
            cumulative = True
        # قتل 12 مدنيا خلال اليومين الماضيين، بحياة طفلين خلال أقل من 48 ساعة: a figure over several days sums
        # several events; خلال الساعات الماضية, within the day, does not
        if tokens[j].text in _DURING and tokens[j].sentence == tokens[run.first].sentence:
            # 306887 مدنيا قتلوا خلال الصراع: a figure over a whole war is its tally
            if _spans_days(tokens, j + 1) or (j + 1 < len(tokens) and tokens[j + 1].text in _WAR_NOUNS):
                cumulative = True
            break
        if j + 1 < len(tokens) and tokens[j + 1].sentence == tokens[run.first].sentence and \
                tokens[j].text + " " + tokens[j + 1].text in _RUNNING_PERIODS:
            cumulative = True  # مقتل 18 صحفيا هذا العام: the year's dead so far
            break
        # قتل أكثر من 550 شخصا منذ يوم الاثنين: a figure counted since a past day is a running total; منذ صباح اليوم
        # still counts the day's own toll
        if tokens[j].text in _SINCE and tokens[j].sentence == tokens[run.first].sentence:
            nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
            if nxt not in _SAME_DAY:
                cumulative = True
            break
    if not cumulative and counts and _over_a_period(tokens, run):
        cumulative = True
    return NumberResolution(run.value, approximate, counts, cumulative, low, high)
