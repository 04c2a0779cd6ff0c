"""The place vocabulary that is not a gazetteer: region words, cues and the stoplist, read from data files.

* ``region_expressions.tsv``: heads (ريف، شمال، جنوب غربي ...) that stand before a place and adjectives (الشمالي،
  الجنوبي الشرقي ...) that follow it, with the direction they keep and the ACLED precision they earn;
* ``place_cues.tsv``: formal words (محافظة، ناحية، بلدة، مخيم ...) that announce a place and say what kind;
* ``place_stoplist.tsv``: names that are also common words, words that are never the name after a cue, and words
  that turn the town named after them into a team (منتخب مصر, ريال مدريد).

All Arabic cells are normalized with the text normalizer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.knowledge import load_table
from marsad.text.normalize import normalize

#: proclitics a word may carry before a name or cue: conjunction, then preposition
CONJUNCTIONS = frozenset("وف")
PREPOSITIONS = frozenset("بلك")


@dataclass(frozen=True)
class RegionWord:
    """A region head or adjective.

    Attributes:
        text: normalized expression (one or two words).
        kind: ``head`` or ``adjective``.
        direction: compass direction kept (``north``, ``south-east``, ``centre``) or ``""``.
        precision_town: ACLED geo_precision when the place is a town.
        precision_admin: ACLED geo_precision when the place is an admin unit or a country.
        dual: True for a head in the dual (ريفي حماة وإدلب) that governs two coordinated places, or an adjective in
            the dual after the second of them that describes both (الشماليين).
    """

    text: str
    kind: str
    direction: str
    precision_town: int
    precision_admin: int
    dual: bool = False


@dataclass(frozen=True)
class Cue:
    """A word that announces a place.

    Attributes:
        text: normalized cue.
        role: ``admin1``, ``admin2``, ``admin3``, ``town`` or ``element`` (a first element of compound names).
        unresolved: ``yes`` when an unknown name after it is still a place, ``article`` when only a name with ال is,
            ``compound`` when only a compound opened by an element is (معسكر أبو شوك), ``located`` when a compound is
            or a name an administrative unit right after it files (مناطق السماسم والكرقل بالولاية), ``no`` otherwise.
        plural: True for plural and dual cues (محافظات، بلدات، مدينتي) that govern a list of names.
        dual: True for a dual cue (بلدتي، محافظتا), whose list holds two names.
    """

    text: str
    role: str
    unresolved: str
    plural: bool
    dual: bool = False


@dataclass(frozen=True)
class PlaceVocabulary:
    """Everything but the gazetteer the recognizer consults."""

    heads: dict[str, RegionWord]
    adjectives: dict[str, RegionWord]
    cues: dict[str, Cue]
    elements: frozenset[str]
    stop: dict[str, str]
    not_names: frozenset[str]
    clubs: frozenset[str] = frozenset()
    #: organisation heads (one or two words) -> "organisation" or "municipality" (place_context_words.tsv)
    organisations: dict[str, str] = field(default_factory=dict)
    #: words after a name that make it a newspaper's or club's name (تايمز, يونايتد)
    organisation_tails: frozenset[str] = frozenset()
    #: masculine country nisbas whose stem is not the country's name (الإنجليزي)
    nisbas: frozenset[str] = frozenset()
    #: words that begin with ال but are not definite nouns (الى, التي, اليوم) or are apposition titles (العاصمة)
    particles: frozenset[str] = frozenset()
    #: words that make a sentence about sport (مباراة, الدوري), and words after which a town in it is a team (فاز)
    sports: frozenset[str] = frozenset()
    sports_before: frozenset[str] = frozenset()
    #: function words, time words and news verbs that end a name introduced by a cue (مخيم نور شمس في ...)
    name_ends: frozenset[str] = frozenset()
    #: time words that end a name introduced by a cue but may begin one (صباح اليوم; مدينة صباح الأحمد)
    time_words: frozenset[str] = frozenset()
    #: the common nouns among the club words (فريق, نادي): the team's name is the town's name after it alone
    team_nouns: frozenset[str] = frozenset()
    #: adjectives after a cue and its name that make a zone named after a town, not the unit the cue names
    #: (منطقة طرابلس العسكرية: Tripoli's military region, not a district called Tripoli)
    zone_tails: frozenset[str] = frozenset()
    #: words after which a town names a time zone, not a place (بتوقيت بغداد)
    clocks: frozenset[str] = frozenset()
    #: a military command named after a town: the head before the name and the adjective after it (محور تعز العسكري)
    command_heads: frozenset[str] = frozenset()
    command_tails: frozenset[str] = frozenset()
    #: words after which a name is a river's or sea's whose basin they name, not a town (حوض اليرموك)
    basins: frozenset[str] = frozenset()
    #: verbs of being after which a bare feminine adjective-shaped name is their predicate (التي كانت سلمية)
    copulas: frozenset[str] = frozenset()

    def cue(self, word: str) -> Cue | None:
        """The cue ``word`` is, after stripping proclitics (بمدينة, وناحية)."""
        for stem in strip_proclitics(word):
            c = self.cues.get(stem)
            if c is not None and c.role != "element":
                return c
        return None

    def head(self, word: str) -> RegionWord | None:
        for stem in strip_proclitics(word):
            h = self.heads.get(stem)
            if h is not None:
                return h
        return None


def strip_proclitics(word: str) -> list[str]:
    """``word`` and its forms without a leading conjunction and/or preposition, longest first."""
    out = [word]
    rest = word
    if len(rest) > 2 and rest[0] in CONJUNCTIONS:
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 2 and rest[0] in PREPOSITIONS:
        out.append(rest[1:])
    return out


@lru_cache(maxsize=1)
def load_vocabulary() -> PlaceVocabulary:
    """Read and normalize the three data files (once per process)."""
    heads: dict[str, RegionWord] = {}
    adjectives: dict[str, RegionWord] = {}
    for row in load_table("region_expressions.tsv").rows:
        w = RegionWord(
            normalize(row["expression"]),
            row["kind"],
            row["direction"],
            int(row["precision_town"]),
            int(row["precision_admin"]),
            row["kind"] in ("dual", "dual-adjective"),
        )
        (adjectives if w.kind.endswith("adjective") else heads)[w.text] = w
    cues: dict[str, Cue] = {}
    elements: set[str] = set()
    for row in load_table("place_cues.tsv").rows:
        text = normalize(row["cue"])
        if row["role"] == "element":
            elements.add(text)
            continue
        number = row.get("plural", "")
        cues[text] = Cue(text, row["role"], row["unresolved"], number in ("yes", "dual"), number == "dual")
    stop: dict[str, str] = {}
    not_names: set[str] = set()
    clubs: set[str] = set()
    team_nouns: set[str] = set()
    for row in load_table("place_stoplist.tsv").rows:
        text = normalize(row["name"])
        if row["policy"] == "notname":
            not_names.add(text)
        elif row["policy"] in ("club", "team-noun"):
            clubs.add(text)
            if row["policy"] == "team-noun":
                team_nouns.add(text)
        else:
            stop[text] = row["policy"]
    organisations: dict[str, str] = {}
    context: dict[str, set[str]] = {
        "organisation-tail": set(), "nisba": set(), "particle": set(), "sports": set(), "sports-before": set(),
        "name-end": set(), "name-end-time": set(), "zone-tail": set(), "clock": set(), "command-head": set(),
        "command-tail": set(), "basin": set(), "phrase-tail": set(), "copula": set(),
    }  # fmt: skip
    for row in load_table("place_context_words.tsv").rows:
        text = normalize(row["word"])
        if row["role"] in ("organisation", "municipality", "phrase-head"):
            organisations[text] = row["role"]
        elif row["role"] in context:
            context[row["role"]].add(text)
        else:
            raise ValueError(f"place_context_words.tsv: {row['word']}: unknown role {row['role']!r}")
    return PlaceVocabulary(
        heads, adjectives, cues, frozenset(elements), stop, frozenset(not_names), frozenset(clubs),
        # (a common phrase's tail, المسيلة للدموع, unmakes the place before it as a newspaper's does)
        organisations, frozenset(context["organisation-tail"] | context["phrase-tail"]), frozenset(context["nisba"]),
        frozenset(context["particle"]), frozenset(context["sports"]), frozenset(context["sports-before"]),
        frozenset(context["name-end"]), frozenset(context["name-end-time"]), frozenset(team_nouns),
        frozenset(context["zone-tail"]), frozenset(context["clock"]), frozenset(context["command-head"]),
        frozenset(context["command-tail"]), frozenset(context["basin"]), frozenset(context["copula"]),
    )  # fmt: skip
