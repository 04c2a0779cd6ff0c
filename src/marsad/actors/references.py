"""References to actors that the dictionary's names miss: nationalities, victims, facilities, unnamed armed groups.

:func:`refine_and_resolve` wraps the actor pass's generic resolution (:meth:`_ActorPass.resolve_generics`):

* before it, an actor name inside a facility's name (مستشفى شهداء الأقصى، شارع الجيش) is dropped, since the name
  belongs to the building (``facility_heads.tsv``): the whole name becomes one unresolved ORGANIZATION mention with
  role ``facility``;
* a nationality adjective after a force, weapon or attack noun (غارات جوية روسية، طائرة مسيرة تركية، قصف مدفعي
  إسرائيلي، سفن حربية أمريكية) becomes an ACTOR mention on the adjective alone, resolved to that state's forces as
  the dictionary names them on the article's date (``nationality_adjectives.tsv``, ``attack_heads.tsv``,
  ``state_forces.tsv``); a coordinated adjective (غارات روسية وسورية) names a second state; an adjective from a
  group's name (قصف حوثي) names that group (``group_adjectives.tsv``);
* unnamed armed groups in indefinite wording (مجموعة مسلحة، مسلحون مجهولون) join the generic references
  (``armed_group_references.tsv``);
* armed men named by their community (مسلحون دروز، مسلحي العشائر البدوية، مقاتلين من الفولاني) are that community's
  militia in the country of their sentence, "Druze Ethnic Militia (Syria)", inter 4 (``identity_militias.tsv``);
* words for civilians counted after a casualty or detention word (استشهد 12 مواطنا، مقتل خمسة أطفال، اعتقال ستة
  مواطنين) become civilian references (``civilian_references.tsv``); every civilian reference is named by the
  country of its sentence's towns before a country named there, "Civilians (Country)"; people counted so with no
  standing stated (قتل ثمانية أشخاص، استشهد فلسطيني) are civilians of role ``people``, which the events layer gives
  only to events that are no battle;
* "the army" with no state named before it is the army of the country its sentence's places are in;
* a country named as the subject of a verb of armed action (قصفت إسرائيل، روسيا تشن هجوما) stands for its forces: an
  ACTOR mention over the country's name (``state_agent_verbs.tsv``);
* after it, a generic armed group no named actor of the article fits (التنظيمات الإرهابية، مسلحون، فصائل المعارضة
  المسلحة with nothing named before them) is ACLED's "Unidentified Armed Group (Country)", inter 3.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.actors.lexicon import PhraseMatcher, split_cell
from marsad.events.lexicon import function_words, word_forms
from marsad.knowledge import load_table
from marsad.model import ActorResolution, MentionKind, PlaceResolution, Token
from marsad.text.normalize import normalize
from marsad.text.tokens import stem_candidates

if TYPE_CHECKING:
    from collections.abc import Sequence

    from marsad.actors.recognizer import _ActorPass, _Found

#: ACLED's inter code for an armed group it cannot name (political militia)
UNIDENTIFIED_INTER = 3
#: actor_type of ACLED's "Unidentified Armed Group (Country)"; the events stage keeps such a reference as it is
UNIDENTIFIED_TYPE = "unidentified armed group"
#: at most this many descriptors between a force noun and its nationality (غارات جوية مكثفة روسية)
_MAX_MODIFIERS = 2
#: at most this many words between a casualty word and the civilians it counts (استشهد 12 مواطنا، بينهم خمسة أطفال)
_MAX_GAP = 6
_ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class ReferenceLexicon:
    """The word lists of this module, normalized.

    Attributes:
        nationalities: adjective (without the article) -> ISO2 code.
        groups: adjective derived from an armed group's name (حوثي) -> actor_id of actors.tsv.
        countries: ISO2 code -> ACLED's country name.
        heads: force, weapon and attack nouns.
        modifiers: descriptors allowed between a head and the adjective.
        origins: words after the adjective that make it the place of manufacture.
        civilians: words for civilians.
        people: words for people of no stated standing (أشخاص، فلسطينيين), civilians only where no battle is told.
        casualty_cues: casualty and detention words.
        links: words allowed between a casualty word and the civilians it counts.
        facilities: nouns that open a facility's name.
        personnel: nouns for soldiers and security men.
        after_personnel: adjectives that are nationalities only right after such a noun (ماليين) -> ISO2 code.
    """

    nationalities: dict[str, str]
    groups: dict[str, str]
    countries: dict[str, str]
    heads: frozenset[str]
    modifiers: frozenset[str]
    origins: frozenset[str]
    civilians: frozenset[str]
    casualty_cues: frozenset[str]
    links: frozenset[str]
    facilities: frozenset[str]
    personnel: frozenset[str] = frozenset()
    after_personnel: dict[str, str] | None = None
    people: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def reference_lexicon() -> ReferenceLexicon:
    """The lexicon, loaded once per process."""
    nationalities: dict[str, str] = {}
    countries: dict[str, str] = {}
    after_personnel: dict[str, str] = {}
    for row in load_table("nationality_adjectives.tsv").rows:
        countries[row["iso2"]] = row["country"]
        for form in split_cell(row["after_personnel"]):
            after_personnel[form] = row["iso2"]
        for form in split_cell(row["forms"]):
            nationalities[normalize(form)] = row["iso2"]
            if form.endswith(("ية", "يه")):
                # the feminine dual (غارتين أمريكيتين، طائرتان مسيرتان إسرائيليتان) is the feminine's stem + تين/تان
                for dual in ("تين", "تان"):
                    nationalities.setdefault(normalize(form[:-1] + dual), row["iso2"])
    attack: dict[str, set[str]] = {}
    for row in load_table("attack_heads.tsv").rows:
        attack.setdefault(row["kind"], set()).add(normalize(row["form"]))
    civil: dict[str, set[str]] = {}
    for row in load_table("civilian_references.tsv").rows:
        civil.setdefault(row["kind"], set()).add(normalize(row["form"]))
    facilities = frozenset(normalize(row["form"]) for row in load_table("facility_heads.tsv").rows)
    groups = {normalize(row["form"]): row["actor_id"] for row in load_table("group_adjectives.tsv").rows}
    return ReferenceLexicon(
        nationalities, groups, countries, frozenset(attack.get("head", ())), frozenset(attack.get("modifier", ())),
        frozenset(attack.get("origin", ())), frozenset(civil.get("noun", ())), frozenset(civil.get("cue", ())),
        frozenset(civil.get("link", ())) | frozenset(civil.get("person", ())), facilities,
        frozenset(attack.get("personnel", ())), after_personnel, frozenset(civil.get("person", ())),
    )


def bare_form(word: str, vocabulary: frozenset[str] | dict[str, str]) -> str | None:
    """The word of ``vocabulary`` that ``word`` is, behind proclitics and the article (والروسية -> روسيه)."""
    for _, stem in stem_candidates(word):
        # the accusative adds ا to an indefinite noun or adjective (قصفا مدفعيا إسرائيليا)
        for form in (stem, stem[:-1]) if stem.endswith("ا") and len(stem) > 3 else (stem,):
            if form in vocabulary:
                return form
            if form.startswith(_ARTICLE) and form[2:] in vocabulary:
                return form[2:]
            # the nominative dual of a nisba (جنديان روسيان) is not in the tables, which list the singular
            if form.endswith("يان") and form[:-2] in vocabulary:
                return form[:-2]
    return None


@lru_cache(maxsize=1 << 15)
def _form_in(word: str, kind: str) -> str | None:
    """:func:`bare_form` against one list of the lexicon, memoized per word (the same words recur in every article)."""
    return bare_form(word, getattr(reference_lexicon(), kind))


def force_word(word: str, kind: str = "heads") -> bool:
    """Whether ``word`` is a force, weapon or attack noun (``heads``) or a descriptor between one and its nationality
    (``modifiers``), behind proclitics and the article."""
    return _form_in(word, kind) is not None


def _written(t: Token, form: str) -> str:
    """The stem of ``t`` that :func:`bare_form` read as ``form``, as written (with its article or accusative ا)."""
    for _, stem in stem_candidates(t.text):
        if stem in (form, form + "ا", _ARTICLE + form, form + "ان", _ARTICLE + form + "ان"):
            return stem
    return form


def _stem_start(t: Token, stem: str) -> int:
    """Where the adjective starts inside its token, its article included (والروسية -> الروسية)."""
    start = t.end - len(stem)
    if start - 2 >= t.start and t.text[start - 2 - t.start : start - t.start] == _ARTICLE:
        start -= 2
    return start


def refine_and_resolve(run: _ActorPass) -> None:
    """Add the references of this module to an actor pass and resolve its generic references.

    Called in place of ``run.resolve_generics()``.
    """
    lex = reference_lexicon()
    _drop_facility_names(run, lex)
    _nationalities(run, lex)
    _personnel_nationalities(run, lex)
    _country_forces(run)
    _shared_nisba_forces(run)
    _identity_militias(run, lex)
    _armed_groups(run)
    _drop_attack_adjectives(run, lex)
    _civilians(run, lex)
    _home_forces(run, lex)
    _country_agents(run)
    _civilian_country(run, lex)
    # security forces named at a protest are its police before the generics resolve (the bare الشرطة after قوات الأمن
    # النيبالية is that police) and after (the bare قوات الأمن at a protest resolves to the state's forces first)
    run.police_at_protests()
    run.resolve_generics()
    run.police_at_protests()
    _unidentified(run, lex)


def _sentences(run: _ActorPass) -> list[list[Token]]:
    out: dict[int, list[Token]] = {}
    for t in run.article.tokens:
        out.setdefault(t.sentence, []).append(t)
    return list(out.values())


def _drop_facility_names(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """مستشفى شهداء الأقصى is a hospital: an actor named right after a facility noun is the facility's name."""
    from marsad.actors.recognizer import _Found

    heads = [t for t in run.article.tokens if t.is_word and _form_in(t.text, "facilities") is not None]
    if not heads:
        return
    ends = {t.end for t in heads}
    kept: list[_Found] = []
    for f in run.found:
        # a facility noun in construct (no article) is followed by exactly one space, then the name
        if f.kind is MentionKind.ACTOR and f.start - 1 in ends and run.text[f.start - 1 : f.start] == " ":
            head = next(t for t in heads if t.end == f.start - 1)
            if not head.text.startswith(_ARTICLE) and _ARTICLE not in head.prefixes:
                # the facility's whole name is kept as one unresolved name (role facility), so that no later rule
                # reads the actor's name, or a longer organisation, out of it
                start = head.end - len(_form_in(head.text, "facilities") or head.text)
                kept.append(_Found(start, f.end, MentionKind.ORGANIZATION, None, "facility"))
                continue
        kept.append(f)
    run.found = kept


def _nationalities(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """غارات جوية روسية: the adjective after a force or weapon noun names the state that acts."""
    from marsad.actors.recognizer import _Found

    taken = [(f.start, f.end) for f in run.found if not isinstance(f.resolution, str)]
    added: list[_Found] = []
    replaced: set[tuple[int, int]] = set()
    for tokens in _sentences(run):
        i = 0
        while i < len(tokens):
            if not tokens[i].is_word or _form_in(tokens[i].text, "heads") is None:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j - i <= _MAX_MODIFIERS and tokens[j].is_word and \
                    _form_in(tokens[j].text, "nationalities") is None and _form_in(tokens[j].text, "groups") is None and \
                    _form_in(tokens[j].text, "modifiers") is not None:
                j += 1
            k = j
            first = True
            while k < len(tokens) and tokens[k].is_word:
                t = tokens[k]
                adjective = _form_in(t.text, "nationalities") or _form_in(t.text, "groups")
                # a coordinated adjective carries و (غارات روسية وسورية); the first one never does
                if adjective is None or (not first and not t.text.startswith("و")):
                    break
                if k + 1 < len(tokens) and _form_in(tokens[k + 1].text, "origins") is not None:
                    break  # صواريخ روسية الصنع: made in Russia, fired by someone else
                stem = _written(t, adjective)
                start = _stem_start(t, stem)
                if any(a < t.end and start < b for a, b in taken):
                    break  # the dictionary already named the phrase (الطائرات الروسية، طائرات الاحتلال الإسرائيلي)
                if adjective in lex.nationalities:
                    resolution = _state_forces(run, lex.nationalities[adjective])
                else:
                    entry = run.d.entries.get(lex.groups[adjective])
                    resolution = entry.resolution() if entry is not None else None
                if resolution is None:
                    break
                added.append(_Found(start, t.end, MentionKind.ACTOR, resolution))
                taken.append((start, t.end))
                replaced.add((tokens[i].start, tokens[max(j - 1, i)].end))
                first = False
                k += 1
            i = max(k, i + 1)
    if not added:
        return
    # a generic reference inside the phrase (طائرات حربية روسية) is the state the adjective names, not an antecedent
    run.found = [
        f for f in run.found
        if not (isinstance(f.resolution, str) and any(a <= f.start and f.end <= b for a, b in replaced))
    ] + added


def _personnel_nationalities(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """جنود ماليين، جنديان ماليان: a nationality that is also an everyday word (ماليين 'financial') names the state's
    forces right after a noun for soldiers, and nowhere else."""
    from marsad.actors.recognizer import _Found

    if not lex.after_personnel:
        return
    taken = [(f.start, f.end) for f in run.found]
    for tokens in _sentences(run):
        for before, t in zip(tokens, tokens[1:], strict=False):
            iso2 = lex.after_personnel.get(t.text)
            if iso2 is None or not before.is_word or t.start != before.end + 1 \
                    or _form_in(before.text, "personnel") is None or any(a < t.end and t.start < b for a, b in taken):
                continue
            resolution = _state_forces(run, iso2)
            if resolution is not None:
                run.found.append(_Found(t.start, t.end, MentionKind.ACTOR, resolution))


def _country_forces(run: _ActorPass) -> None:
    """قوات باكستان، جيش مالي: a force noun in construct with a country's name (the place stage's country mention)
    names that state's forces, as the nisba after it does (القوات الباكستانية). A longer name the dictionary knows
    (قوات سوريا الديمقراطية) keeps its own reading."""
    from marsad.actors.recognizer import _Found

    countries = {}
    for m in run.article.mentions:
        res = m.resolution
        if m.kind is MentionKind.PLACE and isinstance(res, PlaceResolution) and res.feature == "country" \
                and res.country_code:
            countries[m.start] = (m.end, res.country_code)
    if not countries:
        return
    taken = [(f.start, f.end) for f in run.found if not isinstance(f.resolution, str)]
    added: list[_Found] = []
    for tokens in _sentences(run):
        for i in range(len(tokens) - 1):
            head, nxt = tokens[i], tokens[i + 1]
            if not head.is_word or _form_in(head.text, "heads") not in ("قوات", "جيش") or _ARTICLE in head.prefixes \
                    or head.text.startswith(_ARTICLE):
                continue
            raw = run.article.raw_span(nxt.start, nxt.end)
            found = countries.get(raw.start)
            if found is None or found[0] != raw.end:
                continue  # the next word is no country's whole name (قوات سوريا الديمقراطية is the dictionary's)
            start = _stem_start(head, _written(head, _form_in(head.text, "heads") or ""))
            if any(a < nxt.end and start < b for a, b in taken):
                continue
            resolution = _state_forces(run, found[1])
            if resolution is None:
                continue
            added.append(_Found(start, nxt.end, MentionKind.ACTOR, resolution))
            taken.append((start, nxt.end))
    if added:
        spans = [(f.start, f.end) for f in added]
        run.found = [f for f in run.found if not any(a <= f.start and f.end <= b for a, b in spans)] + added


@lru_cache(maxsize=1)
def _shared_nisbas() -> dict[str, tuple[str, frozenset[str]]]:
    """ISO2 -> (the second country whose forces copy also names with its nisba, the nisba's forms) from
    ``shared_nisbas.tsv``."""
    return {row["iso2"]: (row["also"], frozenset(normalize(f) for f in split_cell(row["forms"])))
            for row in load_table("shared_nisbas.tsv").rows}


def _shared_nisba_forces(run: _ActorPass) -> None:
    """A state force named by a shared nisba (الجيش النيجيري, القوات المسلحة النيجيرية) is the second country's in an
    article whose places lie there (``shared_nisbas.tsv``); جيش نيجيريا, which names the country, stays Nigeria's."""
    from marsad.actors.recognizer import _Found

    shared = _shared_nisbas()
    if not shared:
        return
    where = run._place_country()
    for n, f in enumerate(run.found):
        res = f.resolution
        if not isinstance(res, ActorResolution) or res.country not in shared or shared[res.country][0] != where:
            continue
        own = run.d.state_force(res.country, run.day)
        if own is None or own.actor_id != res.actor_id:
            continue
        forms = shared[res.country][1]
        if not any(bare_form(w, forms) is not None for w in run.text[f.start : f.end].split()):
            continue
        other = _state_forces(run, where)
        if other is not None:
            run.found[n] = _Found(f.start, f.end, f.kind, other, f.role)


def _state_forces(run: _ActorPass, iso2: str) -> ActorResolution | None:
    state = run.d.state_force(iso2, run.day)
    if state is None:
        return None
    return run.d.entries[state.actor_id].resolution()


@lru_cache(maxsize=1)
def armed_group_matcher() -> PhraseMatcher:
    """The phrases of ``armed_group_references.tsv``, behind proclitics."""
    forms = {normalize(row["form"]): "unknown" if row["unknown"] == "yes" else "nonstate"
             for row in load_table("armed_group_references.tsv").rows}
    return PhraseMatcher("armed_groups", forms)


#: ACLED's inter code for identity militias
IDENTITY_INTER = 4
#: actor_type of a militia named by its community
IDENTITY_TYPE = "identity militia"


@dataclass(frozen=True, slots=True)
class Community:
    """A community whose armed men ACLED codes as an identity militia: its name and the militia word after it."""

    name: str
    suffix: str


@lru_cache(maxsize=1)
def identity_matcher() -> PhraseMatcher:
    """Head + community (مسلحون دروز), head + link + community (مقاتلين من البدو، رعاة مسلحين من عرقية الفولاني) and
    the collectives named alone (العشائر البدوية), each keyed by its community's name in :func:`communities`."""
    rows = load_table("identity_militias.tsv").rows
    heads = [normalize(h) for row in rows if row["kind"] == "head" for h in split_cell(row["forms"])]
    links = ["", *(normalize(w) + " " for row in rows if row["kind"] == "link" for w in split_cell(row["forms"]))]
    forms: dict[str, str] = {}
    for row in rows:
        if row["kind"] != "community":
            continue
        for c in split_cell(row["forms"]):
            c = normalize(c)
            for h in heads:
                for link in links:
                    forms[f"{h} {link}{c}"] = row["name"]
        for c in split_cell(row["alone"]):
            forms[normalize(c)] = row["name"]
    return PhraseMatcher("identity_militias", forms)


@lru_cache(maxsize=1)
def communities() -> dict[str, Community]:
    """The communities of ``identity_militias.tsv``, by name."""
    return {row["name"]: Community(row["name"], row["suffix"]) for row in load_table("identity_militias.tsv").rows
            if row["kind"] == "community"}


def _identity_militias(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """مسلحون دروز، مسلحي العشائر البدوية: the community's militia in the country of the sentence (or the article),
    ACLED's "<Community> Ethnic Militia (<Country>)"; a generic word inside the phrase (مسلحون) gives way to it."""
    from marsad.actors.recognizer import _Found

    for m in identity_matcher().find(run.text):
        inside = [f for f in run.found if m.start <= f.start and f.end <= m.end]
        if any(f.start < m.end and m.start < f.end for f in run.found if f not in inside) or \
                any(not isinstance(f.resolution, str) for f in inside):
            continue
        probe = _Found(m.start, m.end, MentionKind.ACTOR, None)
        community = communities()[m.key]
        country = run._sentence_country(probe) or run._main_country()
        if country is None:
            # اندلع النزاع بين عشيرتي X وY, in a report placed in Maysan: a feud between tribes the sentence places
            # nowhere is in the country of the article's places, and so are the attackers a later sentence says
            # belong to a community (المنتمين لجماعة المورلي العرقية)
            country = run._place_country()
        name = (lex.countries.get(country) or run.d.country_names.get(country)) if country else None
        if name is None:
            continue
        slug = community.name.lower().replace(" ", "-")
        resolution = ActorResolution(f"{slug}-militia-{country.lower()}", f"{community.name} {community.suffix} ({name})",
                                     IDENTITY_INTER, IDENTITY_TYPE, country, None, None, False)
        run.found = [f for f in run.found if f not in inside]
        run.found.append(_Found(m.start, m.end, MentionKind.ACTOR, resolution))


def _armed_groups(run: _ActorPass) -> None:
    """مجموعة مسلحة: an unnamed armed group, resolved like الفصائل (nonstate); مسلحون مجهولون: one the report says
    is unknown, which no named group of the article stands for (class unknown)."""
    from marsad.actors.recognizer import _Found

    for m in armed_group_matcher().find(run.text):
        inside = [f for f in run.found if m.start <= f.start and f.end <= m.end]
        if any(f.start < m.end and m.start < f.end for f in run.found if f not in inside) or \
                any(not isinstance(f.resolution, str) for f in inside):
            continue
        # the longer phrase wins over a generic inside it (مسلحون مجهولون over مسلحون)
        run.found = [f for f in run.found if f not in inside]
        run.found.append(_Found(m.start, m.end, MentionKind.ACTOR, m.key, "generic"))


#: the endings of a dual noun, nominative and oblique (هجومان، هجومين، غارتان، غارتين)
_DUAL_ENDINGS = ("ان", "ين")


def _drop_attack_adjectives(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """في هجومين مسلحين إرهابيين: after a dual attack or weapon noun, مسلحين is the adjective 'armed' agreeing with
    it, not 'gunmen'; so is a second such word after the first. A plural after a singular (هجوم مسلحين, an attack by
    gunmen) and men counted by a personnel noun (عنصرين مسلحين) stay actors."""
    def dual_head(word: str) -> bool:
        form = bare_form(word, lex.heads)
        if form is None or form in lex.personnel or not form.endswith(_DUAL_ENDINGS):
            return False
        # a dual is its singular's stem + ان/ين, ة turning ت (غارة -> غارتين); طيران and نيران only end like one
        stem = form[:-2]
        return stem in lex.heads or stem.endswith("ت") and stem[:-1] + "ه" in lex.heads

    kept = []
    for f in run.found:
        if isinstance(f.resolution, str) and f.role == "generic" and " " not in run.text[f.start : f.end].strip():
            before = run.text[: f.start].split()[-2:]
            if before and (dual_head(before[-1]) or len(before) == 2 and dual_head(before[0])
                           and before[-1].endswith(_DUAL_ENDINGS) and armed_group_matcher().find(before[-1])):
                continue
        kept.append(f)
    run.found = kept


def _home_forces(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """مدفعية الجيش، مسيرة تابعة للجيش with no state named before: the army of the country the sentence is in.

    The generic resolution finds the home country from the actors alone; here the places of the sentence (نيالا is
    in Sudan) decide too. Countries whose "army" is contested in the copy (Yemen, Palestine) are not in
    ``nationality_adjectives.tsv`` and are left to the generic resolution.
    """
    from marsad.actors.recognizer import _Found

    for n, f in enumerate(run.found):
        if f.resolution not in ("state", "army"):
            continue
        if any(
            isinstance(g.resolution, ActorResolution) and g.resolution.actor_type == "state forces" and g.start < f.start
            and (g.resolution.inter == 1 or f.resolution == "army" and "جيش" in run.text[g.start : g.end])
            for g in run.found
        ):
            continue  # a state named before (for the bare army, any army named before) is the antecedent
        country = run._sentence_country(f)
        if country is None or country not in lex.countries:
            continue
        state = run.d.state_force(country, run.day)
        if state is None:
            continue
        run.found[n] = _Found(f.start, f.end, f.kind, run.d.entries[state.actor_id].resolution(generic=True), f.role)


@lru_cache(maxsize=1)
def state_agent_verbs() -> frozenset[str]:
    """The verbs of ``state_agent_verbs.tsv``, normalized."""
    return frozenset(normalize(row["form"]) for row in load_table("state_agent_verbs.tsv").rows)


def _country_agents(run: _ActorPass) -> None:
    """قصفت إسرائيل، روسيا تشن هجوما: a country's name as the subject of a verb of armed action is its forces on the
    article's day, an ACTOR mention over the name beside the PLACE mention of the country."""
    from marsad.actors.recognizer import _Found

    verbs = state_agent_verbs()
    tokens = run.article.tokens
    offsets = run.article.offsets
    if offsets is None or not tokens:
        return
    starts = {t.start: k for k, t in enumerate(tokens)}
    for m in run.article.mentions:
        res = m.resolution
        if m.kind is not MentionKind.PLACE or not isinstance(res, PlaceResolution) or res.feature != "country":
            continue
        start, end = offsets.to_normalized(m.start), offsets.to_normalized(m.end)
        k = starts.get(start)
        if k is None or any(f.start < end and start < f.end for f in run.found):
            continue
        last = k
        while last + 1 < len(tokens) and tokens[last + 1].end <= end:
            last += 1
        before = tokens[k - 1] if k > 0 and tokens[k - 1].sentence == tokens[k].sentence else None
        after = tokens[last + 1] if last + 1 < len(tokens) and tokens[last + 1].sentence == tokens[k].sentence \
            else None
        verb_first = before is not None and bool(_verb_forms(before.text) & verbs)
        # the country opens its clause and the verb follows: روسيا تشن، وإسرائيل قصفت، وقال المتحدث إن باكستان قصفت
        opens = before is None or not before.is_word or before.text in ("و", "ف") or before.text in _COMPLEMENTIZERS
        subject_first = opens and after is not None and bool(_verb_forms(after.text) & verbs)
        # أعلنت باكستان أنها شنت ضربات جوية: the country says it acted, أنها and the verb right after its name
        said_own = after is not None and after.text in _PRONOUN_COMPLEMENTIZERS and last + 2 < len(tokens) \
            and tokens[last + 2].sentence == tokens[k].sentence and bool(_verb_forms(tokens[last + 2].text) & verbs)
        if not (verb_first or subject_first or said_own or _ascribed_to(tokens, k) or _accused(tokens, k, after)):
            continue
        state = run.d.state_force(res.country_code, run.day)
        if state is None:
            continue
        run.found.append(_Found(start, end, MentionKind.ACTOR, run.d.entries[state.actor_id].resolution()))


#: أن/إن with the pronoun of the country that speaks (أعلنت باكستان أنها شنت، أعلن العراق أنه قصف)
_PRONOUN_COMPLEMENTIZERS = function_words("pronoun_complementizers")
#: أن، إن، بأن before a clause (قال المتحدث إن باكستان قصفت): the country after one opens the clause it governs
_COMPLEMENTIZERS = function_words("events_numbers.complementizers")
#: the verbal nouns of armed action a charge names after ب (اتهمت كابل باكستان بشن غارات)
_ARMED_MASDARS = function_words("armed_masdars")
#: verbs and participles of accusing (اتهم، تتهم، متهما)
_ACCUSING = function_words("accusing")
#: إلى as it is written, with and without its hamza
TO_WORDS = function_words("to_words")
#: the stems of نسب (to ascribe): past and passive (نسبها، نُسبت) and present (ينسبها، تنسبها)
ASCRIBE_STEMS = (normalize("نسب"), normalize("ينسب"), normalize("تنسب"))


def _ascribed_to(tokens: Sequence[Token], k: int) -> bool:
    """``نسبها الحوثيون إلى الولايات المتحدة``، ``غارات نُسبت إلى إسرائيل``: the country at ``k`` follows إلى, and a
    form of نسب (to ascribe) stands at most five words before it in the same sentence."""
    if k < 2 or tokens[k - 1].text not in TO_WORDS:
        return False
    sentence = tokens[k].sentence
    return any(tokens[j].sentence == sentence and tokens[j].text.lstrip("وف").startswith(ASCRIBE_STEMS)
               for j in range(max(0, k - 6), k - 1))


def _accused(tokens: Sequence[Token], k: int, after: Token | None) -> bool:
    """``اتهمت حكومة طالبان باكستان بشن غارات``: the country at ``k`` is charged with an armed act, ب and its verbal
    noun right after the name and a verb of accusing at most twelve words before it in the same sentence."""
    if after is None or not after.text.startswith("ب") or after.text[1:] not in _ARMED_MASDARS:
        return False
    sentence = tokens[k].sentence
    return any(tokens[j].sentence == sentence and _verb_forms(tokens[j].text) & _ACCUSING
               for j in range(max(0, k - 12), k))


def _verb_forms(word: str) -> set[str]:
    """A word and its stems behind the conjunctions و/ف (وقصفت -> قصفت)."""
    out = {word}
    if len(word) > 3 and word[0] in "وف":
        out.add(word[1:])
    return out


def _civilian_country(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """Civilians, protesters and rioters are named by the country where they were hit or gathered: the towns and
    regions of their sentence decide before a country named there (اتهمت حماس إسرائيل بقتل مدنيين في رفح: Palestine),
    then the country most of the article's places lie in (a quoted toll, وقال مصدر طبي إن القصف أدى إلى مقتل خمسة
    مدنيين, often names no place), then its actors' main country."""
    from marsad.actors.recognizer import _ADJ_TAIL, CROWDS, _Found, _nisba_countries

    for n, f in enumerate(run.found):
        if not isinstance(f.resolution, str) or f.resolution not in CROWDS:
            continue
        country, end = None, f.end
        if f.resolution == "civilians":
            # اختطاف ثلاثة مواطنين مصريين غربي مالي: ACLED names foreign civilians by their nationality, where they were
            # hit; the adjective joins the mention, which the records read it from
            tail = _ADJ_TAIL.match(run.text, f.end)
            if tail is not None and not tail.group(1):
                country = _nisba_countries().get(tail.group(2))
                end = tail.end() if country else end
        country = country or _local_country(run, f) or run._sentence_country(f) or run._article_country()
        if country is None:
            continue
        name = lex.countries.get(country) or run.d.country_names.get(country)
        if name is None and f"{CROWDS[f.resolution][0]}-{country.lower()}" not in run.d.entries:
            continue
        resolution = run.crowd(f.resolution, country, name)
        if resolution is not None:
            run.found[n] = _Found(f.start, end, f.kind, resolution, f.role)


def _local_country(run: _ActorPass, f: _Found) -> str | None:
    """The country of the sentence's places below country level (towns, regions), the most named one."""
    raw = run.article.raw_span(f.start, f.end)
    sentence = run.article.sentence_of(raw.start)
    counts: dict[str, int] = {}
    for m in run.article.mentions:
        res = m.resolution
        if m.kind is MentionKind.PLACE and m.sentence == sentence and m.role != "country" and \
                isinstance(res, PlaceResolution) and res.country_code and res.feature != "country" \
                and not run.inside_name(m):
            counts[res.country_code] = counts.get(res.country_code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


#: the role of a civilians mention read from a word for people of no stated standing (قتل ثمانية أشخاص، استشهد
#: فلسطيني): ACLED codes such victims of a strike, a raid or a kidnapping as civilians, but the dead of a battle may be
#: its fighters, so the events layer gives them only to events that are no battle
PEOPLE_ROLE = "people"
#: the role of soldiers or policemen counted among the dead or hurt (مقتل سبعة جنود): their force is the side hit
FALLEN_ROLE = "fallen"


def _civilians(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """استشهد 12 مواطنا، مقتل خمسة أطفال: civilians counted after a casualty word are the event's victims; then the
    people counted so (قتل ثمانية أشخاص), as civilians of role :data:`PEOPLE_ROLE`."""
    taken = [(f.start, f.end) for f in run.found]
    # the subject between verb and object, named or not: اعتقلت قوات الاحتلال ستة مواطنين، خطف مسلحون 140 تلميذا
    actors = [(f.start, f.end) for f in run.found if f.kind is MentionKind.ACTOR and f.resolution != "civilians"]
    _counted_after_casualty(run, "civilians", "generic", taken, actors)
    _counted_after_casualty(run, "people", PEOPLE_ROLE, taken, actors)
    # مقتل سبعة جنود، لقي أربعة جنود مصرعهم: soldiers or policemen counted after a casualty word are the country's army
    # or police (the army the article named, else the country's), the side an attack hit
    _counted_after_casualty(run, "personnel", FALLEN_ROLE, taken, actors,
                            lambda form: "police" if form.startswith(normalize("شرطي")) else "army")
    _counted_forces(run)


def _counted_forces(run: _ActorPass) -> None:
    """10 رجال شرطة قتلوا، مقتل خمسة عناصر شرطة: a force's men named by a generic phrase, counted and then said to be
    killed or hurt (or counted after a casualty word), are the side hit, as the soldiers :func:`_civilians` counts
    are; without the role the phrase would be read as the subject that acted."""
    from marsad.events.numbers import number_item

    at = {t.start: (tokens, k) for tokens in _sentences(run) for k, t in enumerate(tokens)}
    for n, f in enumerate(run.found):
        if f.role != "generic" or f.resolution not in ("police", "army", "state") or f.start not in at:
            continue
        tokens, k = at[f.start]
        if k == 0 or number_item(tokens[k - 1]) is None:
            continue
        last = max((j for j, t in enumerate(tokens) if t.end <= f.end), default=k)
        cue = k >= 2 and tokens[k - 2].is_word and _form_in(tokens[k - 2].text, "casualty_cues") is not None
        if cue or _victims_before_verb(tokens, last):
            run.found[n] = replace(f, role=FALLEN_ROLE)


def _counted_after_casualty(run: _ActorPass, kind: str, role: str, taken: list[tuple[int, int]],
                            actors: list[tuple[int, int]], resolution: Callable[[str], str] | None = None) -> None:
    """Mentions (of ``role``) over the words of lexicon list ``kind`` counted after a casualty word: civilians, or
    the generic class ``resolution`` gives the word (the army for soldiers)."""
    from marsad.actors.recognizer import _Found
    from marsad.events.numbers import number_item

    for tokens in _sentences(run):
        for k, t in enumerate(tokens):
            if not t.is_word:
                continue
            noun = _form_in(t.text, kind)
            if noun is None or any(a < t.end and t.start < b for a, b in taken):
                continue
            j, gap = k - 1, 0
            cue = subject = False
            while j >= 0 and gap <= _MAX_GAP:
                w = tokens[j]
                if any(a <= w.start and w.end <= b for a, b in actors) or (
                        w.is_word and force_word(w.text)
                        and (subject or any(a <= tokens[j + 1].start < b for a, b in actors))):
                    # the subject between verb and object: اعتقلت قوات الاحتلال ستة مواطنين; its force nouns too when
                    # the actor's span holds only the adjective after them (اعتقلت قوات إسرائيلية 7 سوريين، قضت
                    # رصاصة قناص حوثي على امرأة)
                    j, subject = j - 1, True
                    continue
                if subject and w.is_word and word_forms(w.text) & (_GANG_HEADS | _FROM):
                    j -= 1  # قتلت مجموعة من المسلحين 14 راكبا: the band the subject is named by
                    continue
                if w.is_word and _form_in(w.text, "casualty_cues") is not None:
                    cue = True
                    break
                if w.is_word and normalize(w.text) in _AMONG and any(0 <= w.start - b <= 3 for _, b in taken):
                    cue = True  # مقتل عشرة أشخاص، بينهم مجندون جدد: a part of the victims just counted
                    break
                if w.is_word and (_form_in(w.text, "links") is not None or number_item(w) is not None):
                    j, gap = j - 1, gap + 1
                    continue
                if not w.is_word and (w.text in ("،", ",", '"') or number_item(w) is not None):
                    # a figure in digits, the comma before بينهم, or the quotation mark that closes a quoted verb
                    # (قوات الأمن "أعدمت" 52 علويا)
                    j, gap = j - 1, gap + 1
                    continue
                break
            if not cue and resolution is None:
                cue = _victims_before_verb(tokens, k)
            if not cue:
                continue
            if resolution is not None and (any(0 <= a - t.end <= 1 for a, _ in actors + taken) or (
                    k + 2 < len(tokens) and normalize(tokens[k + 1].text) == normalize("من")
                    and any(a == tokens[k + 2].start or (tokens[k + 2].start <= a < tokens[k + 2].end)
                            for a, _ in actors + taken))):
                # ثلاثة جنود أمريكيين، ثلاثة جنود من القوات الحكومية: the nationality or the force after the soldiers
                # names their side already
                continue
            stem = _written(t, noun)
            start = _stem_start(t, stem)
            run.found.append(_Found(start, t.end, MentionKind.ACTOR,
                                    resolution(noun) if resolution is not None else "civilians", role))
            # with no country to name them by, the word is left as an ordinary noun
            run._weak.add((start, t.end))
            taken.append((start, t.end))


def _victims_before_verb(tokens, k: int) -> bool:
    """Whether the people counted at token ``k`` are the subject of a plural verb of dying or being taken after them
    (ستة أشخاص قتلوا جراء انفجار، عشرة أشخاص على الأقل قتلوا), the passive the copy leaves unvocalized: the verb
    comes within a few link words, and no count or victim follows it as its object (مسلحون قتلوا ثلاثة)."""
    from marsad.events.numbers import number_item

    j, gap = k + 1, 0
    while j < len(tokens) and gap <= 3:
        w = tokens[j]
        if w.is_word and normalize(w.text) in _VICTIMS_AFTER_VERBS:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            return nxt is None or not (number_item(nxt) is not None or nxt.is_word and (
                _form_in(nxt.text, "civilians") is not None or _form_in(nxt.text, "people") is not None))
        if w.is_word and _form_in(w.text, "links") is not None:
            j, gap = j + 1, gap + 1
            continue
        return False
    return False


#: nouns for a band of armed men (مجموعة من المسلحين) and the من after them
_GANG_HEADS = function_words("gang_heads")
_FROM = frozenset({normalize("من")})
#: plural verbs of dying or being taken that follow the people they count (ستة أشخاص قتلوا)
_VICTIMS_AFTER_VERBS = function_words("victims_after_verbs")
#: words that open the part of a count (بينهم، منهم)
_AMONG = function_words("among")
#: the words a defence ministry uses for its own soldiers (مقاتلين), without the article
_FIGHTER_WORDS = function_words("fighter_words")


_DEFENCE_MINISTRY = (normalize("وزارة الدفاع"),)


def _defence_ministry_speaks(run: _ActorPass, f) -> bool:
    """Whether the article names a ministry of defence before ``f`` (its statement's author) and no armed group
    before it that "fighters" could be."""
    before = run.text[: f.start]
    if not any(w in before for w in _DEFENCE_MINISTRY):
        return False
    return not any(o.start < f.start and isinstance(o.resolution, ActorResolution) and o.resolution.inter in (2, 3, 4)
                   for o in run.found)


def _unidentified(run: _ActorPass, lex: ReferenceLexicon) -> None:
    """An armed group the article never names is ACLED's "Unidentified Armed Group (Country)"."""
    from marsad.actors.recognizer import _Found

    for n, f in enumerate(run.found):
        if f.resolution is not None or f.kind is not MentionKind.ACTOR or f.role != "generic":
            continue
        text = run.text[f.start : f.end]
        generic = run.d.generic.get(text) or run.d.generic.get(_ARTICLE + text)  # للإرهابيين: the article fused
        unnamed = text in armed_group_matcher().phrases or _ARTICLE + text in armed_group_matcher().phrases
        if not unnamed and (generic is None or generic[0] != "nonstate"):
            continue
        country = run._sentence_country(f) or run._main_country()
        if country is None:
            continue
        if text.removeprefix(_ARTICLE) in _FIGHTER_WORDS and _defence_ministry_speaks(run, f):
            # أعلنت وزارة الدفاع إصابة ثلاثة مقاتلين: a defence ministry's "fighters" are its own soldiers
            own = _state_forces(run, country)
            if own is not None:
                run.found[n] = _Found(f.start, f.end, f.kind, own, f.role)
                continue
        name = lex.countries.get(country) or run.d.country_names.get(country)
        if name is None:
            continue
        resolution = ActorResolution(f"uag-{country.lower()}", f"Unidentified Armed Group ({name})",
                                     UNIDENTIFIED_INTER, UNIDENTIFIED_TYPE, country, None, None, True)
        run.found[n] = _Found(f.start, f.end, f.kind, resolution, f.role)
