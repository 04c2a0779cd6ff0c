import json
from datetime import UTC, datetime

from marsad.readers import ReadProblem, make_article, read_paths

ARABIC = "قصفت طائرات حربية بلدة في ريف إدلب الجنوبي صباح الثلاثاء. أ ف ب 030912 GMT DEC 24"


def problems(items):
    return [str(i) for i in items if isinstance(i, ReadProblem)]


def articles(items):
    return [i for i in items if not isinstance(i, ReadProblem)]


def test_text_dispatch_gets_agency_and_date_from_dateline(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text(ARABIC, encoding="utf-8")
    [a] = list(read_paths([f]))
    assert a.id == "one" and a.source == "AFP"
    assert a.published == datetime(2024, 12, 3, 9, 12, tzinfo=UTC)
    assert a.raw == ARABIC


def test_windows_1256_and_utf16_are_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("cp1256", errors="ignore"))
    (tmp_path / "b.txt").write_bytes(ARABIC.encode("utf-16"))
    (tmp_path / "c.txt").write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    got = articles(read_paths([tmp_path]))
    assert [a.id for a in got] == ["a", "b", "c"]
    assert all("ريف" in a.raw for a in got)
    assert not got[2].raw.startswith("\ufeff")


def test_bad_inputs_give_one_line_problems_and_others_still_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "english.txt").write_text("Air strikes hit Idlib on Tuesday.", encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": ARABIC}, ensure_ascii=False), "{not json", json.dumps({"id": "j3"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    msgs = problems(items)
    assert [a.id for a in articles(items)] == ["j1", "good"]
    assert any(m.startswith(str(tmp_path / "empty.txt")) and "empty" in m for m in msgs)
    assert any(m.startswith(str(tmp_path / "binary.txt")) and "binary" in m for m in msgs)
    assert any(m.startswith(str(tmp_path / "english.txt")) and "not Arabic" in m for m in msgs)
    assert any(m.startswith(f"{tmp_path / 'batch.jsonl'}:2:") and "malformed JSON" in m for m in msgs)
    assert any(m.startswith(f"{tmp_path / 'batch.jsonl'}:3:") and "'text'" in m for m in msgs)
    assert any("missing.txt" in m and "no such file" in m for m in msgs)
    assert all("\n" not in m for m in msgs)


def test_jsonl_metadata_overrides_dateline_and_bad_published_is_reported(tmp_path):
    rows = [
        {"id": 7, "text": ARABIC, "published": "2024-12-04T10:00:00Z", "source": "Reuters", "url": "u", "title": "t"},
        {"id": "x", "text": ARABIC, "published": "yesterday"},
        {"text": "قصف مدفعي على بلدة في ريف حماة"},
    ]
    f = tmp_path / "m.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    items = list(read_paths([f]))
    a, b = articles(items)
    assert a.id == "7" and a.source == "Reuters" and a.published == datetime(2024, 12, 4, 10, tzinfo=UTC)
    assert a.url == "u" and a.title == "t"
    assert len(b.id) == 16 and b.published is None
    [msg] = problems(items)
    assert msg.startswith(f"{f}:2:") and "ISO 8601" in msg


def test_a_lone_surrogate_becomes_the_replacement_character_one_for_one():
    from marsad.extraction import default_pipeline

    raw = "قصفت الطائرات مدينة حلب \udcd9 اليوم."  # what json.loads makes of a "\udcd9" escape
    article = make_article(raw, "id-\udcd9", title="\udcd9")
    assert article.raw == raw.replace("\udcd9", "\ufffd") and len(article.raw) == len(raw)
    assert article.id == "id-\ufffd" and article.title == "\ufffd"
    article.raw.encode("utf-8")  # storable
    assert [e.sub_event_type for e in default_pipeline()(article).events] == ["Air/drone strike"]
