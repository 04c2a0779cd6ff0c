"""Write or check the golden files: the events each bundled example dispatch must yield.

Usage:
    python scripts/golden.py            # show the difference between today's output and the golden files
    python scripts/golden.py --update   # rewrite the golden files (review the diff before committing it)

A golden file keeps the fields an analyst checks (date, type, place, actors, counts, sources), not offsets or notes,
so that a change to wording or spans does not churn them while a change to what is coded does.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
FIELDS = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "admin1",
    "location",
    "gazetteer_id",
    "geo_precision",
    "fatalities",
    "injured",
    "displaced",
    "detained",
    "source",
)


def project(record: dict) -> dict:
    """The analyst-facing fields of one event record."""
    return {k: record.get(k) for k in FIELDS}


def current() -> dict[str, list[dict]]:
    """Today's projected events of every bundled example, by article id."""
    from marsad.extraction import extract_paths
    from marsad.readers import ReadProblem
    from marsad.records import event_records

    folder = Path(str(resources.files("marsad") / "examples"))
    out: dict[str, list[dict]] = {}
    for item in extract_paths([str(folder)]):
        if isinstance(item, ReadProblem):
            raise SystemExit(f"golden: {item}")
        rows = [project(r) for r in event_records(item)]
        out[item.id] = sorted(rows, key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    args = parser.parse_args()
    now = current()
    differ = 0
    for article_id, rows in now.items():
        path = GOLDEN / f"{article_id}.json"
        text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
        if args.update:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(rows)} events)")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            differ += 1
            print(f"{article_id}: differs from {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
