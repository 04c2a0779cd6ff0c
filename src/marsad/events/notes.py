"""ACLED-style ``notes``: a short Arabic summary from the evidence sentence, then an English gloss of the codes."""

from __future__ import annotations

from marsad.model import ActorResolution, Article, Event, PlaceResolution

#: longest Arabic excerpt kept in a note, in characters
MAX_EXCERPT = 180


def _excerpt(article: Article, event: Event) -> str:
    sentence = article.sentence_span(event.sentence)
    text = article.raw[sentence.start : sentence.end]
    if len(text) <= MAX_EXCERPT:
        return " ".join(text.split())
    centre = event.trigger.start - sentence.start
    a = max(0, centre - MAX_EXCERPT // 3)
    b = min(len(text), a + MAX_EXCERPT)
    # cut at word boundaries so no word is broken
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return ("… " if a > 0 else "") + " ".join(text[a:b].split()) + (" …" if b < len(text) else "")


def _name(article: Article, mention_id: str) -> str:
    m = article.mention(mention_id)
    if isinstance(m.resolution, ActorResolution):
        return m.resolution.canonical
    if isinstance(m.resolution, PlaceResolution):
        return m.resolution.name
    return m.text


def _places_together(article: Article, event: Event) -> str:
    """The places one figure covers (the event's own first), when its evidence names more than that place."""
    spans = set(event.evidence)
    names = [
        _name(article, m.id)
        for m in article.mentions
        if isinstance(m.resolution, PlaceResolution) and m.id != event.location and m.span in spans
    ]
    if not names or event.location is None:
        return ""
    return " and ".join(dict.fromkeys([_name(article, event.location), *names]))


def write_notes(article: Article, event: Event, joint: int | None = None) -> str:
    """The note of one event.

    Args:
        article: the article the event comes from.
        event: the event (its mentions are looked up in ``article``).
        joint: a joint "killed and wounded" figure the text gives without a split, recorded for the reader.
    """
    parts = [event.sub_event_type]
    if event.actor1:
        parts.append("by " + "; ".join(dict.fromkeys(_name(article, x) for x in event.actor1)))
    if event.actor2:
        parts.append("against " + "; ".join(dict.fromkeys(_name(article, x) for x in event.actor2)))
    if event.location:
        parts.append("at " + _name(article, event.location))
    if event.date:
        parts.append(
            "on "
            + event.date.isoformat()
            + ("" if event.time_precision == 1 else f" (precision {event.time_precision})")
        )
    gloss = " ".join(parts)
    figures = []
    if event.fatalities is not None:
        figures.append(f"fatalities {event.fatalities}")
    if joint is not None:
        figures.append(f"{joint} killed and wounded together (not split; fatalities coded conservatively)")
    if event.injured is not None:
        figures.append(f"injured {event.injured}")
    if event.displaced is not None:
        together = _places_together(article, event)
        figures.append(f"displaced {event.displaced}" + (f" (one figure for {together})" if together else ""))
    if event.detained is not None:
        figures.append(f"detained {event.detained}")
    if event.modality != "asserted":
        figures.append(f"modality {event.modality}")
    if figures:
        gloss += "; " + ", ".join(figures)
    return f"{_excerpt(article, event)} | {gloss}."
