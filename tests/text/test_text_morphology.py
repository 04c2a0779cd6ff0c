"""Lemmas from qalsadi, and the on-disk cache of its readings."""

from __future__ import annotations

import dataclasses
import multiprocessing
import sqlite3

import pytest

from marsad.text.morphology import Analysis, Morphology, ReadingStore, analyze, lemma_of
from marsad.text.normalize import normalize


@pytest.mark.parametrize(
    "family",
    [
        ("سيطرت", "تسيطر", "السيطرة", "وسيطرت", "سيطر", "سيطرتها"),
        ("قصفت", "يقصف", "القصف", "وقصف"),
        ("اشتباكات", "الاشتباكات", "اشتباك"),
        ("قال", "وقالت", "يقول"),
        ("اغتال", "اغتيال", "اغتالت"),
        ("أطلق", "إطلاق", "وأطلقت"),
        ("استهدف", "استهداف", "يستهدف"),
    ],
)
def test_verb_and_verbal_noun_share_a_lemma(family: tuple[str, ...]) -> None:
    lemmas = {lemma_of(normalize(w)) for w in family}
    assert len(lemmas) == 1, lemmas


def test_lemmas_are_normalized_dictionary_forms() -> None:
    assert lemma_of("اشتباكات") == "اشتباك"
    assert lemma_of(normalize("السيطرة")) == "سيطره"
    assert lemma_of(normalize("مدينتها")) == "مدينه"
    assert lemma_of(normalize("القوات")) == "قوه"


def test_unnormalized_input_gets_the_same_lemma() -> None:
    assert lemma_of("السيطرة") == lemma_of(normalize("السيطرة")) == "سيطره"


def test_phrases_are_lemmatized_word_by_word() -> None:
    assert lemma_of("إطلاق النار") == lemma_of("إطلاق") + " " + lemma_of("النار")
    assert lemma_of(" قصفت ") == lemma_of("قصفت") == "قصف"


def test_names_keep_their_own_form() -> None:
    assert lemma_of(normalize("وبحلب")) == "حلب"
    assert lemma_of("بشار") == "بشار"


def test_analysis_is_a_frozen_record() -> None:
    found = analyze(normalize("وسيطرت"))
    assert isinstance(found, Analysis)
    assert (found.root, found.pos, found.proclitics) == ("سيطر", "verb", ("و",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.lemma = "x"  # type: ignore[misc]


def test_readings_survive_on_disk_and_skip_qalsadi(tmp_path) -> None:
    store = ReadingStore(tmp_path / "readings.sqlite")
    first = Morphology(store=store)
    expected = first.analyze(normalize("والاشتباكات"))
    assert first.qalsadi_calls > 0
    first.flush()
    second = Morphology(store=ReadingStore(tmp_path / "readings.sqlite"))
    assert second.analyze(normalize("والاشتباكات")) == expected
    assert second.qalsadi_calls == 0


def _write_rows(args: tuple[str, int]) -> None:
    path, worker = args
    store = ReadingStore(__import__("pathlib").Path(path))
    for i in range(300):
        store.put(f"w{worker}-{i}", [("lemma", "", "noun", "", "", i)])
        store.put(f"shared-{i}", [("shared", "", "noun", "", "", i)])
    store.flush()


def test_several_processes_write_one_store(tmp_path) -> None:
    path = str(tmp_path / "shared.sqlite")
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        pool.map(_write_rows, [(path, w) for w in range(3)])
    with sqlite3.connect(path) as db:
        assert db.execute("select count(*) from entries").fetchone()[0] == 3 * 300 + 300
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    store = ReadingStore(tmp_path / "shared.sqlite")
    assert store.get("w2-299") == [("lemma", "", "noun", "", "", 299)]


def test_token_lemmas_agree_with_lemma_of() -> None:
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import tokenize

    text = normalize("وأعلنت القوات سيطرتها على بلدتين بريف إدلب بعد اشتباكات عنيفة")
    tokens = tokenize(text, split_sentences(text))
    assert all(t.lemma == lemma_of(t.text) for t in tokens if t.is_word)
    assert {t.lemma for t in tokens if t.text in ("سيطرتها", "اشتباكات")} == {"سيطره", "اشتباك"}
