"""An ingest killed with SIGKILL in the middle of a batch leaves a consistent store, and a re-run finishes the job with
nothing lost and nothing doubled.

The ingest pauses deterministically inside the batch (``MARSAD_TEST_PAUSE_AT``: after the n-th new article is written,
before the batch commits) and announces it by creating ``MARSAD_TEST_PAUSE_FILE``; the test kills it only then.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.store.backends import open_store
from marsad.store.ingest import PAUSE_AT_ENV, PAUSE_FILE_ENV, count_rows

HERE = Path(__file__).parent

# the library-level ingest of the hand-built articles, in a separate process
INGEST_SCRIPT = f"""
import sys
sys.path.insert(0, {str(HERE)!r})
import conftest
from marsad.store.backends import open_store
from marsad.store.ingest import ingest

articles = [v for a in conftest.ALL_ARTICLES for v in conftest.variants(a, 3)]
with open_store(sys.argv[1]) as store:
    ingest(store, articles, batch_size=4)
"""

# the marsad command itself (through main(), so that its one-line errors apply)
CLI = "import sys; from marsad.cli import main; sys.exit(main(sys.argv[1:]))"


def run_until_paused(argv: list[str], tmp_path: Path, pause_at: int) -> None:
    """Start ``argv``, wait until it pauses inside a batch, and SIGKILL it."""
    marker = tmp_path / "paused"
    env = {**os.environ, PAUSE_AT_ENV: str(pause_at), PAUSE_FILE_ENV: str(marker)}
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not marker.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"ingest ended (status {proc.returncode}) before pausing: {err.decode()[-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("ingest did not reach the pause point within 120 s")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def assert_consistent(store_url: str) -> dict[str, int]:
    """Every event belongs to a stored article and to exactly one merged event; every merged event has members."""
    with open_store(store_url) as s:
        counts = count_rows(s)
        orphans = s.scalar(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_key = e.article_key)"
        )
        asserted = s.scalar("SELECT count(*) FROM events WHERE coalesce(modality, 'asserted') = 'asserted'")
        unmerged = s.scalar(
            "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM merge_members mm WHERE mm.article_key = e.article_key AND mm.local_id = e.local_id) "
            "AND coalesce(e.modality, 'asserted') = 'asserted'"
        )
        empty = s.scalar(
            "SELECT count(*) FROM merges m WHERE NOT EXISTS (SELECT 1 FROM merge_members mm WHERE mm.merged_id = m.merged_id)"
        )
        doubled = s.scalar(
            "SELECT count(*) FROM (SELECT merged_id FROM merges GROUP BY merged_id HAVING count(*) > 1) d"
        )
    assert (orphans, unmerged, empty, doubled) == (0, 0, 0, 0)
    assert counts["merge_members"] == asserted
    return counts


def merged_members(store_url: str) -> list[tuple]:
    with open_store(store_url) as s:
        rows = s.query(
            "SELECT m.merged_id, m.fatalities, mm.article_key, mm.local_id FROM merges m "
            "JOIN merge_members mm ON mm.merged_id = m.merged_id"
        )
    return sorted(tuple(str(v) for v in r) for r in rows)


def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes(store_url, tmp_path, many_articles):
    argv = [sys.executable, "-c", INGEST_SCRIPT, store_url]
    run_until_paused(argv, tmp_path, pause_at=7)  # article 7 is the third of the second batch of four
    counts = assert_consistent(store_url)
    assert counts["articles"] == 4  # only the first batch committed

    subprocess.run(argv, check=True, timeout=300)
    counts = assert_consistent(store_url)
    assert counts["articles"] == 15 and counts["events"] == 27

    clean = str(tmp_path / "clean.duckdb")
    subprocess.run([sys.executable, "-c", INGEST_SCRIPT, clean], check=True, timeout=300)
    assert merged_members(store_url) == merged_members(clean)


def test_killed_marsad_ingest_command_reruns_to_the_same_store(store_url, tmp_path, pipeline):
    import importlib.resources

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    examples = importlib.resources.files("marsad") / "examples"
    with importlib.resources.as_file(examples) as folder:
        texts = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
        for copy in range(3):
            for p in texts:
                shutil.copy(p, inputs / f"{p.stem}-{copy}.txt")
    n = len(list(inputs.iterdir()))
    assert n >= 3
    argv = [sys.executable, "-c", CLI, "ingest", "--db", store_url, "--batch-size", "2", str(inputs)]
    run_until_paused(argv, tmp_path, pause_at=3)
    assert assert_consistent(store_url)["articles"] == 2

    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "ingested" in done.stderr
    assert assert_consistent(store_url)["articles"] == n

    clean = str(tmp_path / "clean.duckdb")
    subprocess.run([*argv[:4], "--db", clean, str(inputs)], check=True, timeout=600, capture_output=True)
    assert merged_members(store_url) == merged_members(clean)
