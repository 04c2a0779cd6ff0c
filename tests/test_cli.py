"""The marsad command end to end: real files in, records out, one-line errors for bad input."""

import json
import subprocess
import sys

from marsad.cli import main

DISPATCH = (
    "قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي الثلاثاء، ما أسفر عن مقتل ثلاثة مدنيين، "
    "وفق ما أفاد المرصد السوري لحقوق الإنسان. أ ف ب 031200 GMT DEC 24"
)


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_extract_writes_events_whose_evidence_round_trips(tmp_path, capsys):
    f = write(tmp_path, "d.txt", DISPATCH)
    assert main(["extract", str(f)]) == 0
    out = capsys.readouterr().out
    records = [json.loads(line) for line in out.splitlines()]
    assert records, "a dispatch reporting an air strike yields at least one event"
    for rec in records:
        assert rec["article_id"] == "d"
        assert rec["event_date"] == "2024-12-03"
        for ev in rec["evidence"]:
            assert DISPATCH[ev["start"] : ev["end"]] == ev["text"]


def test_mentions_offsets_are_raw_offsets(tmp_path, capsys):
    f = write(tmp_path, "d.txt", DISPATCH)
    assert main(["mentions", str(f)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {r["kind"] for r in rows}
    assert {"place", "date"} <= kinds
    for r in rows:
        assert DISPATCH[r["start"] : r["end"]] == r["text"]


def test_csv_and_geojson_formats(tmp_path, capsys):
    f = write(tmp_path, "d.txt", DISPATCH)
    assert main(["extract", "--format", "csv", str(f)]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header[:4] == ["article_id", "event_id", "event_date", "year"]
    assert main(["extract", "--format", "geojson", str(f)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["type"] == "FeatureCollection"


def test_bad_inputs_are_one_line_errors_and_good_ones_still_processed(tmp_path, capsys):
    good = write(tmp_path, "good.txt", DISPATCH)
    empty = write(tmp_path, "empty.txt", b"")
    binary = write(tmp_path, "bin.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    english = write(tmp_path, "en.txt", "Russian jets bombed Kafranbel on Tuesday.")
    bad = write(tmp_path, "b.jsonl", '{"id": 1, "text": "قصف"\n')
    code = main(["extract", str(empty), str(binary), str(english), str(bad), str(good)])
    captured = capsys.readouterr()
    assert code == 0
    errors = captured.err.strip().splitlines()
    assert len(errors) == 4
    for path, err in zip((empty, binary, english), errors, strict=False):
        assert err.startswith(f"marsad: {path}: ")
    assert errors[3].startswith(f"marsad: {bad}:1: malformed JSON")
    assert "Traceback" not in captured.err
    assert all(json.loads(line)["article_id"] == "good" for line in captured.out.splitlines())


def test_nothing_readable_exits_non_zero(tmp_path, capsys):
    empty = write(tmp_path, "empty.txt", b"")
    assert main(["extract", str(empty), str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert "nothing could be read" in err and "Traceback" not in err


def test_real_command_prints_no_traceback(tmp_path):
    binary = write(tmp_path, "bin.txt", bytes(range(256)) * 8)
    proc = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "extract", str(binary)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[0] == f"marsad: {binary}: binary data, not text"
