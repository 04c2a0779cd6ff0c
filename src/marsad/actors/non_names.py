"""Spans that look like names of people or groups but are not: front lines and weapons.

:func:`drop_non_names` runs last in the actor pass, over the names no dictionary entry resolved (the organisation
rules' head-noun names, the titled and tagged people, the tagger's organisations):

* a front noun followed by a place (جبهة حيفان، جبهات الضالع) is a front line, a place where fighting happens, not an
  armed group (``front_heads.tsv``); real fronts of the dictionary (جبهة النصرة) are resolved and never dropped;
* a span made only of weapon names, weapon nouns and numbers (الكاتيوشا، صواريخ غراد، إف 16) is a weapon, not a
  person or an organisation (``weapon_names.tsv``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.actors.lexicon import PhraseMatcher
from marsad.actors.references import bare_form, force_word
from marsad.knowledge import load_table
from marsad.model import MentionKind, PersonResolution, Token
from marsad.text.normalize import normalize
from marsad.text.tokens import stem_candidates

if TYPE_CHECKING:
    from marsad.actors.recognizer import _ActorPass, _Found

#: prepositions before a front noun that make the next unknown word its place (في جبهة مريس، على جبهة نهم)
_LOCATIVES = frozenset({"في", "على", "عند", "من", "داخل", "قرب"}) | {normalize("على")}  # raw or normalized token text
_LOCATIVE_CLITICS = ("ب", "وب", "فب")


@lru_cache(maxsize=1)
def front_heads() -> frozenset[str]:
    """The front nouns of ``front_heads.tsv``, normalized."""
    return frozenset(normalize(row["form"]) for row in load_table("front_heads.tsv").rows)


@lru_cache(maxsize=1)
def weapon_matcher() -> PhraseMatcher:
    """The weapon names of ``weapon_names.tsv``, behind proclitics and the article."""
    phrases: dict[str, str] = {}
    for row in load_table("weapon_names.tsv").rows:
        form = normalize(row["form"])
        phrases[form] = row["english"]
        if not form.startswith("ال"):
            phrases["ال" + form] = row["english"]
    return PhraseMatcher("weapons", phrases)


def drop_non_names(run: _ActorPass) -> None:
    """Remove the unresolved names of ``run`` that are front lines or weapons."""
    candidates = [f for f in run.found if _unresolved(f)]
    if not candidates:
        return
    weapons = [(m.start, m.end) for m in weapon_matcher().find(run.text)]
    dropped = {id(f) for f in candidates if _is_front(run, f) or (weapons and _is_weapon(run, f, weapons))
               or f.kind is MentionKind.ORGANIZATION and _is_generic_body(run.text[f.start : f.end])}
    if dropped:
        run.found = [f for f in run.found if id(f) not in dropped]


@lru_cache(maxsize=1)
def generic_bodies() -> tuple[str, ...]:
    """The phrases of ``generic_bodies.tsv``, normalized, the article of each first word optional."""
    out: set[str] = set()
    for row in load_table("generic_bodies.tsv").rows:
        phrase = normalize(row["phrase"])
        out.add(phrase)
        if phrase.startswith("ال"):
            out.add(phrase[2:])
    return tuple(sorted(out))


def _is_generic_body(name: str) -> bool:
    """Whether an organisation's name opens with a company's or club's own body (مجلس الإدارة, مجلس إدارة البنك)."""
    return any(name == p or name.startswith(p + " ") for p in generic_bodies())


def _unresolved(f: _Found) -> bool:
    """A name the text gave, not the dictionary: no resolution, or a person the dictionary does not list."""
    if f.kind is MentionKind.PERSON:
        return not isinstance(f.resolution, PersonResolution) or f.resolution.actor_id is None
    return f.kind in (MentionKind.ACTOR, MentionKind.ORGANIZATION) and f.resolution is None


def _tokens(run: _ActorPass, start: int, end: int) -> list[Token]:
    """The tokens overlapping the normalized span."""
    return [t for t in run.article.tokens if t.start < end and start < t.end]


def _is_front(run: _ActorPass, f: _Found) -> bool:
    tokens = [t for t in _tokens(run, f.start, f.end) if t.is_word]
    if len(tokens) < 2 or bare_form(tokens[0].text, front_heads()) is None:
        return False
    rest = tokens[1:]
    if _place_mention_covers(run, rest[0].start, rest[-1].end):
        return True
    names = _gazetteer_names()
    if all(_bare(t.text) in names or t.text in names for t in rest):
        return True
    # في جبهة مريس: a locative preposition before the front noun makes one unknown word after it the front's place
    if len(rest) == 1 and _after_locative(run, tokens[0]):
        from marsad.actors.recognizer import _common_noun

        return not _common_noun(_bare(rest[0].text)) and not _common_noun(rest[0].text)
    return False


def _bare(word: str) -> str:
    """The word without proclitics and the article (والضالع -> ضالع)."""
    for _, stem in stem_candidates(word):
        if stem.startswith("ال") and len(stem) > 4:
            return stem[2:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@lru_cache(maxsize=1)
def _gazetteer_names() -> frozenset[str]:
    from marsad.actors.tagger import default_lists

    return default_lists().places


def _place_mention_covers(run: _ActorPass, start: int, end: int) -> bool:
    """Whether the places stage (when it ran) found a place over the normalized span."""
    raw = run.article.raw_span(start, end)
    # half the span is enough: the place's own span may leave out the article or include a proclitic
    return any(
        m.kind is MentionKind.PLACE and 2 * (min(m.end, raw.end) - max(m.start, raw.start)) >= raw.end - raw.start
        for m in run.article.mentions
    )


def _after_locative(run: _ActorPass, head: Token) -> bool:
    """Whether a locative preposition comes right before the front noun (في جبهة، بجبهة)."""
    if any(head.text.startswith(c) and bare_form(head.text[len(c):], front_heads()) for c in _LOCATIVE_CLITICS):
        return True
    before = [t for t in run.article.tokens if t.end <= head.start and t.sentence == head.sentence]
    return bool(before) and before[-1].is_word and before[-1].text in _LOCATIVES


def _is_weapon(run: _ActorPass, f: _Found, weapons: list[tuple[int, int]]) -> bool:
    inside = [(a, b) for a, b in weapons if f.start <= b and a <= f.end]
    if not inside:
        return False
    for t in _tokens(run, f.start, f.end):
        if any(a < t.end and t.start < b for a, b in inside):
            continue
        if not t.is_word or t.text.isdigit() or force_word(t.text):
            continue
        return False
    return True
