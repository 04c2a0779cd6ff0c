"""The events layer: dates, numbers and ACLED-grade events from Arabic sentences.

Stages (constructible with no arguments, see ``marsad.extraction``):

* :class:`marsad.events.dates.DateResolver` (``dates``): DATE mentions resolved against the article's day.
* :class:`marsad.events.numbers.NumberRecognizer` (``numbers``): NUMBER mentions with what they count.
* :class:`marsad.events.recognizer.EventRecognizer` (``events``): ACLED events with PLOVER codes, evidence and notes.

Supporting modules: :mod:`~marsad.events.taxonomy` (ACLED's 6 types / 25 sub-event types and the PLOVER mapping),
:mod:`~marsad.events.modality` (intentions, threats, denials, history ...), :mod:`~marsad.events.lexicon` (matching
data-file phrases against clitic-split tokens), :mod:`~marsad.events.notes` and :mod:`~marsad.events.gold` (gold
sentences and scoring, used by ``benchmarks/events.py``).

Knowledge lives in ``marsad/data``: ``acled_taxonomy.tsv``, ``event_triggers.tsv``, ``modality_cues.tsv``,
``number_words.tsv``, ``count_cues.tsv``, ``date_expressions.tsv`` and ``months.tsv``.
"""
