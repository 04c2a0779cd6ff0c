"""The same text gives the same events in every process.

Python salts the hash of every string afresh in each process, so anything that walks a set of strings and keeps the
first item that fits can answer differently from one run to the next. This runs the whole pipeline on the bundled
reports and on sentences written to tie two readings of one word, in two processes with different hash seeds, and
compares every record.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = r"""
import json, sys
from datetime import datetime, timezone
from marsad.demo import examples_folder
from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

pipeline = default_pipeline()
texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(examples_folder().glob("*.txt"))]
texts += [(f"extra{i}", t) for i, t in enumerate(json.loads(sys.argv[1]))]
out = []
for name, text in texts:
    article = pipeline(make_article(text, name, published=datetime(2025, 6, 2, 9, tzinfo=timezone.utc)))
    for r in event_records(article):
        out.append([name, r["sub_event_type"], r["actor1"], r["actor2"], r["location"], r["fatalities"], r["source"]])
print(json.dumps(out, ensure_ascii=False))
"""

# each word here can be read with or without a proclitic, and both readings are cues of some kind
_TEXTS = [
    "خرج مئات المحتجين في مدينة أم درمان للمطالبة بوقف الحرب، وفرقت الشرطة المحتجين بالغاز المسيل للدموع.",
    "وللمطالبة بالإفراج عن المعتقلين، تظاهر العشرات أمام مقر الأمن في مدينة نابلس، وأطلق الجيش الإسرائيلي الرصاص.",
    "وبسقوط 3 مدنيين في قصف على بلدة الخيام، ارتفعت حصيلة ضحايا القصف خلال الأسبوع.",
]


def _records(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    src = Path(__file__).resolve().parents[1] / "src"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(_TEXTS, ensure_ascii=False)], env=env,
                          capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout)


def test_events_do_not_depend_on_the_string_hash_seed():
    # with matching that walked a set of word forms, seeds 1 and 3 read للمطالبة apart (one took the clause-scoped
    # cue, the other the sentence-scoped مطالبة), and the Omdurman and Nablus dispersals lost their actor2 under one
    first, second = _records("1"), _records("3")
    assert first, "the bundled reports give events"
    assert first == second
