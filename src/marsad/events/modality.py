"""Modality: which triggers report an event that happened, and which only an intention, threat, denial, call or history.

Cues come from ``data/modality_cues.tsv``. Each cue opens a scope over the tokens after it:

* ``whole``: the entire sentence (a habitual ``بشكل شبه يومي`` makes every trigger of it a pattern, not an event);
* ``sentence``: to the end of the sentence, or to a contrast word (فيما، بينما، في حين) that starts a new assertion;
* ``clause``: to the next comma, semicolon, colon or clause-opening word;
* ``near``: the next three words (negation: لم تسفر، دون قتال); with blocks ``definite`` only triggers with the article
  are blocked (بسبب المعارك names a cause already known, جراء غارات جوية reports the event);
* ``object``: the next two words, the object of a verb or verbal noun (لوقف الاقتتال، ستوقف إطلاق الصواريخ; not
  بقصف in خرق وقف إطلاق النار بقصف مدفعي);
* ``previous``: the two words before the cue (القصف المتواصل: an ongoing campaign, not one event);
* ``verbal`` (background: منذ، إثر، عقب، بعدما): ``منذ`` followed by a date only marks that date as a start (the date
  resolver gives it role ``since``); followed by a verb or verbal noun (منذ بدأت، منذ اندلاع) the rest of the sentence
  is history. ``إثر``/``عقب``/``بعدما`` make the rest of the sentence history only when a date before the article's
  own day is in it (إثر بدئها هجومها الأربعاء) or a pluperfect follows (بعدما كان ... أرسل); otherwise the clause they
  open is a current event's cause and stays asserted. ``حيث كان`` (a pluperfect after "where") recalls what
  happened at the place before: history to the end of its clause. A pluperfect (كان قد، a sentence opening with
  وكان/وكانت) that dates what it tells to the report's own day and to no earlier one (وكان شاب قد استشهد صباح اليوم)
  recaps an earlier event of that day, which stays asserted.

A trigger inside a scope whose ``blocks`` is ``all`` (or ``territory`` for territory triggers) is not coded as a new
event; place mentions inside any scope are not used as the location of triggers outside it (``مع محاولتها التقدم
باتجاه مدينة حماة`` does not place the battle in Hama).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.events.dates import FROM
from marsad.events.dates import lexicon as date_lexicon
from marsad.events.lexicon import Match, PhraseMatcher, function_words, split_forms, word_forms
from marsad.knowledge import load_table
from marsad.model import Token
from marsad.text.normalize import normalize

#: punctuation that closes a clause in Arabic wire copy
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", ")", "-"})
_PLUPERFECT = frozenset({"كان", "كانت", "قد", "كانوا"})
#: 'had previously' (سبق أن، التي سبق و...): a deed told as done before, like the pluperfect
_PREVIOUSLY = frozenset({"سبق"})
#: words that open an apposition describing the place before it (الأبيض، عاصمة ولاية شمال كردفان، ...؛ خاركيف، ثاني
#: أكبر مدن أوكرانيا، ...): set off by commas, it does not end the clause it interrupts
APPOSITION_HEADS = function_words("apposition_heads")
_PLUPERFECT_OPENING = frozenset({"كان", "كانت", "كانوا"})
#: "when", opening a clause that tells the time of the clause before it
_WHEN = function_words("when_words")
#: حيث, which opens a clause that tells more of what was just said
WHERE = frozenset({normalize("حيث")})


#: spans of time after قبل (قبل أيام، قبل ساعات): a date, not a step of the story
_SPANS = function_words("spans")
_RELATIVE_PRONOUNS = function_words("relative_pronouns")
_MANAGED_VERBS = function_words("managed_verbs")


def _next_in_sequence(tokens: Sequence[Token], k: int, start: int, end: int) -> bool:
    """``داهمت عدة منازل وفتشتها، قبل اعتقال خمسة شبان والانسحاب من المكان``: after a comma, قبل and an indefinite
    verbal noun tell what the same actors did next, which happened; قبل الهجوم and قبل سيطرة الحوثيين (a known
    event), قبل أيام (a date) and قبل أن (background) are not that."""
    if k <= start or k + 1 >= end or tokens[k - 1].text not in ("،", ","):
        return False
    nxt = tokens[k + 1]
    if not nxt.is_word or nxt.text.startswith("ال") or word_forms(nxt.text) & _SPANS:
        return False
    # قبل سيطرة الحوثيين على المحافظة: a verbal noun in construct with a definite noun names a known past event
    return k + 2 >= end or not tokens[k + 2].text.startswith(("ال", "وال"))


def _duration_at(tokens: Sequence[Token], a: int, end: int) -> bool:
    """Whether the words at ``a`` count a span of time (15 يوما، أسبوعين، عدة أشهر), not a point or an event."""
    for i in range(a, min(a + 3, end)):
        if word_forms(tokens[i].text) & date_lexicon().duration:
            if i + 1 < end and tokens[i + 1].is_word and tokens[i + 1].text.startswith("ال"):
                return False  # منذ ساعات الصباح الباكر، منذ أيام الحرب: a point of time named by what follows
            return all(tokens[j].is_word and not tokens[j].text.startswith(("ب", "ل")) or tokens[j].text[:1].isdigit()
                       for j in range(a, i))
    return False


_SUPERLATIVES = function_words("superlatives")
#: the superlatives without their article, as they stand before a noun (أعنف هجوم، أكبر هجوم)
_BARE_SUPERLATIVES = frozenset(w.removeprefix("ال") for w in _SUPERLATIVES)


@dataclass(frozen=True)
class Cue:
    modality: str
    scope: str
    blocks: str
    #: the cue is part of the word it qualifies (the future's س in ستقصف), so its scope starts at that word
    inclusive: bool = False


@dataclass(frozen=True)
class Scope:
    """Tokens ``[start, end)`` governed by a modality cue at ``cue``."""

    modality: str
    blocks: str
    cue: int
    start: int
    end: int
    #: whether a background scope that opens its sentence also frames the sentences after it as history; a frame
    #: (ويأتي ذلك بعد ...) recalls its history in passing, and the next sentence is back in the news
    leads: bool = True

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@lru_cache(maxsize=1)
def cue_matcher() -> PhraseMatcher:
    entries = []
    for row in load_table("modality_cues.tsv").rows:
        if row["modality"] == "frame":
            continue  # the parts of a frame are read together by _frame_scopes, none alone
        cue = Cue(row["modality"], row["scope"], row["blocks"])
        entries.extend((form, cue) for form in split_forms(row["forms"]) if not form.endswith("+"))
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def proclitic_cues() -> dict[str, Cue]:
    """Verb proclitics that are modality cues (``س+``: the future), keyed by the normalized proclitic."""
    out: dict[str, Cue] = {}
    for row in load_table("modality_cues.tsv").rows:
        for form in split_forms(row["forms"]):
            if form.endswith("+"):
                out[normalize(form[:-1])] = Cue(row["modality"], row["scope"], row["blocks"], inclusive=True)
    return out


#: arramooz's corpus frequency from which a verb is common enough to read a future's س off an unknown word
_COMMON_VERB = 10_000


def _proclitic_matches(tokens: Sequence[Token], start: int, end: int) -> list[Match]:
    """Verbs carrying a cue proclitic (ستشن، وسنقصف), as cue matches on the verb itself.

    The proclitic is no word of its own, and a word that merely begins with its letter (ستة، سيطرة، سنة) is no
    verb with it: the morphology's reading of the whole word decides.
    """
    cues = proclitic_cues()
    if not cues:
        return []
    from marsad.text.morphology import analyze

    out = []
    for i in range(start, end):
        t = tokens[i]
        # the proclitic comes first, or after a conjunction: only such words need the analyzer
        if not t.is_word or not any(t.text.startswith(p) or t.text[1:].startswith(p) for p in cues):
            continue
        reading = analyze(t.text)
        if reading.pos == "unknown":
            # ستستعيد, which the lexicon lacks with its proclitic: the word it leaves, a common imperfect verb
            # (تستعيد), says the proclitic is the future's; a known word (سيطرة، ستة) is left as it reads, and so is
            # a name the analyzer only stretches to a rare verb (سيزران -> يزران, سيدني -> يدني)
            bare = t.text[1:] if t.text[:1] in "وف" else t.text
            if bare[:1] in cues and bare[1:2] in "تين" and len(bare) >= 5:
                rest = analyze(bare[1:])
                if rest.pos == "verb" and rest.frequency >= _COMMON_VERB:
                    out.append(Match(i, i, cues[bare[:1]]))
            continue
        if reading.pos != "verb":
            continue
        cue = next((cues[p] for p in reading.proclitics if p in cues), None)
        if cue is not None:
            out.append(Match(i, i, cue))
    return out


@lru_cache(maxsize=1)
def _frame_parts() -> tuple[frozenset[str], frozenset[str], PhraseMatcher]:
    """The frame verbs, the demonstratives that are their subject and the matcher of link words (modality frame)."""
    parts: dict[str, list[str]] = {"frame_verb": [], "frame_subject": [], "frame_link": []}
    for row in load_table("modality_cues.tsv").rows:
        if row["modality"] == "frame":
            parts[row["scope"]].extend(split_forms(row["forms"]))
    return (frozenset(normalize(f) for f in parts["frame_verb"]), frozenset(normalize(f) for f in parts["frame_subject"]),
            PhraseMatcher([(f, True) for f in parts["frame_link"]]))


def _frame_scopes(
    tokens: Sequence[Token], start: int, end: int, stops: Sequence[int], date_tokens: dict[int, bool],
    today: frozenset[int],
) -> list[Scope]:
    """``ويأتي هذا الهجوم بعد أيام من مقتل ...``: a frame verb with a demonstrative subject and at most one noun after
    it, or with a definite noun for subject (وتأتي الهجمات ضمن), then a link word, sets the news just told against other events, background to the end of the sentence or
    the next contrast word. What the frame dates to the report's own day and to no earlier one (بعد ساعات من هجوم
    شنته الجماعة صباح اليوم) is news of the day, told in passing, and stays asserted."""
    verbs, subjects, links = _frame_parts()
    out = []
    for k in range(start, end - 2):
        if not word_forms(tokens[k].text) & verbs:
            continue
        # (the news itself may be the subject of the present tense, named again with the article: وتأتي الهجمات ضمن
        # تصاعد اعتداءات; the past tense with a definite subject is someone's coming, وجاء المسلحون بعد منتصف الليل)
        definite = tokens[k + 1].is_word and normalize(tokens[k + 1].text).startswith("ال") \
            and normalize(tokens[k].text).lstrip("و").startswith(("ي", "ت"))
        if not (word_forms(tokens[k + 1].text) & subjects or definite):
            continue
        for j in ((k + 2, k + 3) if not definite or word_forms(tokens[k + 1].text) & subjects else (k + 2,)):
            m = links.match_at(tokens, j) if j < end and tokens[j].is_word else None
            if m is not None and m.last < end:
                b = min([s for s in stops if s > m.last] + [end])
                if not _same_day(j, b, date_tokens, today):
                    out.append(Scope("background", "all", k, j, b, leads=False))
                break
    return out


@lru_cache(maxsize=1)
def clause_words() -> frozenset[str]:
    """Words that open a new clause: contrast words, background connectives and حيث."""
    out = set(WHERE)
    for row in load_table("modality_cues.tsv").rows:
        if row["modality"] in ("contrast", "background", "conditional"):
            out.update(normalize(f) for f in split_forms(row["forms"]) if " " not in f)
    return frozenset(out)


def clause_bounds(tokens: Sequence[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Split tokens ``[start, end)`` of one sentence into clauses ``[a, b)``."""
    bounds: list[tuple[int, int]] = []
    a = start
    words = clause_words()
    aside = _day_asides(tokens, start, end) | _bracketed_names(tokens, start, end)
    for i in range(start, end):
        t = tokens[i]
        if i in aside:
            continue
        if not t.is_word and t.text in CLAUSE_PUNCTUATION:
            if i > a:
                bounds.append((a, i))
            a = i + 1
        elif i > a and word_forms(t.text) & words and not _names_a_day(tokens, i, end):
            bounds.append((a, i))
            a = i
    if a < end:
        bounds.append((a, end))
    return bounds


#: the most words a bracketed name may have (أعلنت (قوات الدعم السريع) سيطرتها, as KUNA prints names)
_BRACKETED_NAME_WORDS = 5


def _bracketed_names(tokens: Sequence[Token], start: int, end: int) -> set[int]:
    """The brackets around a short run of words (a name set in brackets, as some agencies print actors and places):
    they mark the name, they do not end the clause it stands in."""
    out: set[int] = set()
    for i in range(start, end):
        if tokens[i].text != "(":
            continue
        for j in range(i + 1, min(end, i + 2 + _BRACKETED_NAME_WORDS)):
            if tokens[j].text == ")":
                if j > i + 1:
                    out.update((i, j))
                break
            if not tokens[j].is_word:
                break
    return out


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """The one-word forms of date_expressions.tsv's weekdays, parts of the day, today and yesterday: what a comma-set
    aside that dates its sentence is made of."""
    return frozenset(
        normalize(f)
        for r in load_table("date_expressions.tsv").rows
        if r["kind"] in ("weekday", "part") or r["key"] in ("today", "yesterday")
        for f in split_forms(r["forms"])
        if " " not in f
    )


def _names_a_day(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Whether a connective that is also a part of the day is followed by a day (عشية السبت, Saturday evening), so it
    dates the clause instead of opening one about the eve of something (عشية الانتخابات)."""
    days = _day_words()
    return bool(word_forms(tokens[i].text) & days) and i + 1 < end and bool(word_forms(tokens[i + 1].text) & days)


def _day_asides(tokens: Sequence[Token], start: int, end: int) -> set[int]:
    """The commas around a day set off inside a clause (دخلت الفصائل، الخميس، إلى مدينة حماة; قالت الوزارة، مساء
    الأحد، إن ...): wire copy's usual way to date a sentence, which does not end the clause it interrupts."""
    out: set[int] = set()
    commas = [i for i in range(start, end) if not tokens[i].is_word and tokens[i].text == ","]
    for a, b in zip(commas, commas[1:], strict=False):
        inside = tokens[a + 1 : b]
        if 0 < len(inside) <= 3 and all(t.is_word and word_forms(t.text) & _day_words() for t in inside):
            out.update((a, b))
        elif 1 < len(inside) <= 6 and all(t.is_word for t in inside) and word_forms(inside[0].text) & APPOSITION_HEADS:
            # استهدفت القوات مدينة الأبيض، عاصمة ولاية شمال كردفان، بطائرة مسيرة: a place's apposition
            out.update((a, b))
    return out


def find_scopes(
    tokens: Sequence[Token],
    start: int,
    end: int,
    date_tokens: dict[int, bool],
    today: frozenset[int] = frozenset(),
) -> list[Scope]:
    """Modality scopes in the sentence spanning tokens ``[start, end)``.

    Args:
        tokens: the article's tokens.
        start: first token of the sentence.
        end: one past its last token.
        date_tokens: token index -> True when a date mention starts there that lies before the article's day.
        today: token indexes where a date mention of the article's own (known) day starts.
    """
    matcher = cue_matcher()
    matches = sorted(matcher.find_all(tokens, start, end) + _proclitic_matches(tokens, start, end),
                     key=lambda m: m.first)
    stops = [m.first for m in matches if m.payload.modality == "contrast"]  # type: ignore[attr-defined]
    clauses = clause_bounds(tokens, start, end)
    scopes: list[Scope] = []
    for m in matches:
        cue: Cue = m.payload  # type: ignore[assignment]
        if cue.modality == "contrast":
            continue
        if cue.modality == "prior" and m.first > start and normalize("من") in word_forms(tokens[m.first - 1].text):
            continue  # من قبل is "by", not "before"
        if cue.modality == "prior" and _next_in_sequence(tokens, m.first, start, end):
            continue
        if cue.modality == "intention" and m.first > start and word_forms(tokens[m.first - 1].text) & _PLUPERFECT_OPENING \
                and normalize(tokens[m.first].text).lstrip("نتي").startswith("عمل"):
            # شركة كانت تعمل على بناء الطرق: what someone was busy working on, no plan of what the sentence tells (كانت
            # تخطط لاغتيال still is one)
            continue
        if cue.modality == "threat" and tokens[m.first].text == "من" and any(
                word_forms(tokens[k].text) & _MANAGED_VERBS for k in range(max(start, m.first - 3), m.first)):
            continue  # تمكنت القوات من شن هجوم: an attack made, not one warned against
        a = m.first if cue.inclusive else m.last + 1
        sentence_end = min([s for s in stops if s > m.last] + [end])
        clause_end = next((b for ca, b in clauses if ca <= m.first < b), end)
        if clause_end <= a:
            clause_end = next((b for ca, b in clauses if ca <= a < b), end)
        if cue.scope in ("previous", "around"):
            # a cue after its trigger: القصف المتواصل (ongoing shelling is no single event)
            # (one word is enough at a sentence's start: والهجوم هو الثاني خلال هذا الشهر)
            # (around: before or after it, شهدت في السنوات القليلة الماضية حروبا as well as حروبا خلال السنوات الماضية)
            lo = max(start, m.first - 2)
            if cue.scope == "around" and min(a + 2, clause_end) > a:
                scopes.append(Scope(cue.modality, cue.blocks, m.first, a, min(a + 2, clause_end)))
            if cue.modality == "habitual" and any(normalize(tokens[k].text).removeprefix("ال") in _BARE_SUPERLATIVES
                                                  for k in range(max(start, lo - 1), m.first)):
                continue  # أعنف هجوم خلال السنوات الماضية: the news compared with the past, not the past itself
            if m.first - 1 >= start:
                scopes.append(Scope(cue.modality, cue.blocks, m.first, lo, m.first))
            continue
        if cue.scope == "whole":
            scopes.append(Scope(cue.modality, cue.blocks, m.first, start, end))
            continue
        if cue.scope == "self":
            # على صلة بهجمات: the cue holds the word it qualifies, and nothing past it (the group named after على
            # صلة ب is an affiliation, not a record)
            scopes.append(Scope(cue.modality, cue.blocks, m.first, m.first, m.last + 1))
            continue
        if cue.modality == "conditional" and tokens[m.first].text in _ANY_GOVERNED and m.first - 1 >= start:
            # التصدي لأي توغل، الرد بأي هجوم: the verbal noun that governs "any" is as hypothetical as what follows
            scopes.append(Scope(cue.modality, cue.blocks, m.first, max(start, m.first - 2), m.first))
        if cue.scope == "sentence":
            b = sentence_end
        elif cue.modality == "condemnation":
            # أدانت الوزارة الهجوم الذي شنته الجماعة اليوم: an attack of the report's own day is its news
            b = a if _same_day(a, clause_end, date_tokens, today) else clause_end
        elif cue.scope == "clause":
            b = clause_end
            if cue.modality == "commemoration":
                b = _commemorated_end(tokens, b, sentence_end, clauses)
            if cue.modality == "background" and _same_day(a, clause_end, date_tokens, today):
                # على خلفية دخول الجيش في اشتباكات مع قتلة مدير الكهرباء الذي اغتيل ظهر اليوم: a backdrop of the report's own
                # day is news; only the words right after the cue are the backdrop
                b = min(a + 3, clause_end)
        elif cue.scope == "near":
            b = min(a + 3, clause_end)
        elif cue.scope == "object":
            b = min(a + 2, clause_end)
            if cue.modality == "intention":
                # الاستعدادات والخطط لتحرير مدينة الفلوجة والقضاء على مسلحي داعش: a second aim joined by و right
                # after the first, with no punctuation between, is planned too
                joined = next((k for k in range(b, min(b + 2, clause_end)) if tokens[k].text.startswith("و")
                               and len(tokens[k].text) > 3 and all(tokens[j].is_word for j in range(b, k))), None)
                if joined is not None:
                    b = min(joined + 2, clause_end)
            if cue.modality == "evaluation":
                # ووصف الحزب الاعتقال بالاختطاف: what an act is called, after ب, names it again, no second act
                named = next((k for k in range(a, min(a + 4, clause_end)) if _calls_it(tokens[k])), None)
                if named is not None:
                    if tokens[named].text == "ب":  # بـ"الاختطاف": the name is the next word, past a quote
                        named = next((j for j in range(named + 1, clause_end) if tokens[j].is_word), named)
                    b = max(b, min(named + 1, clause_end))
        else:
            b = _background_end(tokens, m.first, a, sentence_end, clause_end, date_tokens, today, start)
        if b > a:
            scopes.append(Scope(cue.modality, cue.blocks, m.first, a, b))
    for k in range(start, end - 1):
        if word_forms(tokens[k].text) & WHERE and word_forms(tokens[k + 1].text) & _PLUPERFECT_OPENING:
            # حيث كان سقط أربعة جنود في كمين في 2017: a pluperfect after حيث recalls what happened there before
            b = next((b for ca, b in clauses if ca <= k < b), end)
            # (a clause of "when" after it, عندما هاجم مسلحون حاجزا, tells that earlier event)
            while True:
                nxt = b + 1 if b < end and not tokens[b].is_word else b
                if nxt >= end or not word_forms(tokens[nxt].text) & _WHEN:
                    break
                b = next((cb for ca, cb in clauses if ca <= nxt < cb), end)
            scopes.append(Scope("background", "all", k, k + 1, b))
    for k in range(start, end - 2):
        if word_forms(tokens[k].text) & date_lexicon().long_duration and word_forms(tokens[k + 1].text) & FROM:
            # أنهى الاتفاق أسبوعا من المعارك التي خلفت 1400 قتيل، بعد ثلاثة أشهر من القتال: weeks or months of fighting
            # told as a whole are a period, a tally's frame, not one event of the report's day
            scopes.append(Scope("background", "all", k + 1, k + 2, min(k + 4, end)))
    for k in range(start, end - 1):
        if word_forms(tokens[k].text) & _COMPLETING and any(
                word_forms(tokens[j].text) & (date_lexicon().long_duration | _OWN_SPAN) for j in range(k + 1, min(k + 4, end))):
            # تكون المعارك قد أكملت ستة شهور، دخلت الحرب عامها الثالث: the age of a war is told, not an event of the
            # day; the war is named with the article, a verb of its clause (اشتبك الجيش ... بعد أن دخلت) is news
            a, b = next(((ca, cb) for ca, cb in clauses if ca <= k < cb), (start, end))
            scopes.append(Scope("background", "definite", k, a, b))
    scopes.extend(_frame_scopes(tokens, start, end, stops, date_tokens, today))
    if (start < end and word_forms(tokens[start].text) & _PLUPERFECT_OPENING and tokens[start].text.startswith("و")
            and not _same_day(start, end, date_tokens, today)):
        # a sentence opening with وكانت / وكان recalls earlier events (وكانت القوات قد استعادت ...), unless it dates
        # them to the report's own day (وكانت القوات قد اقتحمت البلدة فجر اليوم): an earlier event of the day
        scopes.append(Scope("background", "all", start, start + 1, end))
    # (a habit inside what a crowd protests, تنديدا باستمرار انقطاع التيار, is the grievance's, not the protest's)
    purposes = [sc for sc in scopes if sc.modality == "purpose"]
    return [sc for sc in scopes if not (sc.modality == "habitual" and any(p.start <= sc.cue < p.end for p in purposes))]


#: verbs that tell a span of time completed or entered (أكملت، دخلت), and a war's own span (شهرها، عامها): together
#: they tell how long a war has lasted
_COMPLETING = function_words("completing_verbs")
_OWN_SPAN = function_words("own_span")

#: "any" governed by a preposition (لأي، بأي), the object of a verbal noun just before it
_ANY_GOVERNED = function_words("any_governed")

#: "the day after", "the eve of": what follows happened on another day than the report's event
_OTHER_DAY = function_words("other_day")
#: verbs of dying or being wounded (قتل، استشهد، أصيب): the news a link of cause explains
_DYING_VERBS = function_words("victim_verbs")


def _commemorated_end(tokens: Sequence[Token], b: int, end: int, clauses: list[tuple[int, int]]) -> int:
    """Where the scope of an anniversary's clause ends: past the year bracketed after what it names (لهجمات باريس
    (2015)), the object set off by a comma (الذكرى السنوية الثانية، للهجوم على صحيفة) and a relative clause telling the
    remembered deed (التي قتل فيها مسلحون 130 شخصا), all of which are the remembered event, not news."""
    while b < end:
        k = b
        if tokens[k].text == "(":
            close = next((j for j in range(k + 1, min(end, k + 4)) if tokens[j].text == ")"), None)
            if close is None or any(tokens[j].is_word for j in range(k + 1, close)):
                break
            k = close + 1
        elif tokens[k].text in (",", "،"):
            k += 1
        if k >= end or k == b or not tokens[k].is_word:
            break
        if not (word_forms(tokens[k].text) & _RELATIVE_PRONOUNS or "ل" in tokens[k].prefixes):
            break
        b = max(b + 1, next((cb for ca, cb in clauses if ca <= k < cb), end))
    return min(b, end)


def _same_day(a: int, b: int, date_tokens: dict[int, bool], today: frozenset[int]) -> bool:
    """Whether tokens ``[a, b)`` date what they tell to the report's own day and to no earlier one."""
    return any(a <= i < b for i in today) and not any(date_tokens.get(i) for i in range(a, b))


def _background_end(
    tokens: Sequence[Token],
    cue: int,
    a: int,
    sentence_end: int,
    clause_end: int,
    date_tokens: dict[int, bool],
    today: frozenset[int] = frozenset(),
    start: int = 0,
) -> int:
    word = tokens[cue].text
    since = normalize("منذ") in word_forms(word) or normalize("مذ") in word_forms(word)
    if a >= sentence_end:
        return a
    if since:
        # منذ + a date: only that date is a start; منذ + verb or verbal noun: history to the end of the sentence,
        # except after a superlative (للمرة الأولى منذ اندلاع النزاع، الأعنف منذ سنوات في محافظة حلب): that
        # compares the news with the past, and only the words naming the past point are history
        if a in date_tokens:
            return a
        if _duration_at(tokens, a, sentence_end) and not (cue > 0 and word_forms(tokens[cue - 1].text) & _SUPERLATIVES):
            # مستمرة منذ 15 يوما، حيث استهدفت الطائرات مساء السبت ...: a span of time measures the campaign of its
            # own clause; the clause after it tells the day's news
            return clause_end
        if not (cue > 0 and word_forms(tokens[cue - 1].text) & _SUPERLATIVES):
            return sentence_end
        b = min(a + 2, clause_end)
        while b < sentence_end and b in date_tokens:
            b += 1  # لأول مرة منذ اندلاع النزاع عام 2011: the past point's date is part of it
        return b
    if word_forms(tokens[a].text) & _PLUPERFECT or word_forms(tokens[cue].text) & _PLUPERFECT \
            or (word_forms(tokens[cue].text) & _RELATIVE_PRONOUNS
                and any(word_forms(tokens[k].text) & _PREVIOUSLY for k in range(cue, a))):
        # (so is what the thing named had done before, فرقاطة ... التي سبق وأطلقت صواريخ: the frigate's earlier
        # firing; a bare سبق أن may tell this month's earlier event, which is news too)
        # كان قد استشهد أمس / كان قد قتل (no day): history; كان قد استشهد صباح اليوم: an earlier event of the day
        return a if _same_day(a, clause_end, date_tokens, today) else clause_end
    if word_forms(tokens[cue].text) & _OTHER_DAY and not _names_a_day(tokens, cue, sentence_end):
        # غداة غارات قالت إسرائيل إنها استهدفت مخازن أسلحة: the day after (or the eve of) names another day's event,
        # already reported or to be reported on its own, not one of the report's day
        return clause_end
    if any(date_tokens.get(i) for i in range(a, clause_end)) and not _dead_of_it(tokens, start, cue, date_tokens,
                                                                                today):
        # إثر بدئها هجومها الأربعاء، ...: the earlier date belongs to the clause the cue opens
        return sentence_end
    return a


def _dead_of_it(tokens: Sequence[Token], start: int, cue: int, date_tokens: dict[int, bool],
                today: frozenset[int]) -> bool:
    """Whether the words before a link of cause tell deaths with no day of their own (قتل جندي إثر هجوم استهدف حاجزا
    مساء الاثنين): those are the dead of the attack the link names, and its day is theirs."""
    if any(i in date_tokens or i in today for i in range(start, cue)):
        return False
    return any(word_forms(tokens[i].text) & _DYING_VERBS for i in range(start, cue))


def _calls_it(token: Token) -> bool:
    """Whether ``token`` is the ب of calling an act a name (بالاختطاف، بـ"الاختطاف"), not بأنه 'as being' before a
    description of a person (وصف بأنه انتحاري names the attacker)."""
    return token.text == "ب" or ("ب" in token.prefixes and token.text[1:].startswith("ال"))
