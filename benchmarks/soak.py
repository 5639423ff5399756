"""The long versions of the trust tests: many SIGKILLs, many bad files, a 200 MB single line.

    .venv/bin/python benchmarks/soak.py [--kills 200] [--files 100000] [--line-mb 200] [--seed 0]

Prints kills survived (the warehouse held whole batches only after each kill, every turn reconciled, and
the finished warehouse equalled a clean run's), bad files tried and quarantined, crashed runs seen, and
the 200 MB line's time and peak memory. Everything is generated in a temporary folder (no corpus text).
The CI versions are tests/test_crash.py, tests/test_hostile.py and tests/test_concurrency.py.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.hostile import KINDS, make_bad_files
from benchmarks.kill import AIMS, Kill, check_no_partial_batch, kill_once, run_to_end, windows_of_run
from benchmarks.synthetic import make_corpus
from flows.runner import run_ingest


def soak_kills(work: Path, kills: int, seed: int, files: int = 36, batch_files: int = 6, per_cycle: int = 10) -> None:
    from tests.conftest import table_snapshot

    source = work / "kills-in"
    make_corpus(source, files, seed=seed)
    clean = work / "clean.duckdb"
    work_seconds = run_to_end(source, clean, batch_files)
    expected = table_snapshot(clean)
    batches = -(-files // batch_files)
    rng = random.Random(seed)
    landed: list[Kill] = []
    mismatches = crashes = cycle = 0
    while len(landed) < kills:
        warehouse = work / f"killed{cycle}.duckdb"
        in_cycle = held = 0
        for attempt in range(per_cycle * 3):
            if in_cycle == per_cycle or len(landed) == kills:
                break
            windows = windows_of_run(batches, held)
            kill = kill_once(source, warehouse, batch_files, rng, AIMS[attempt % len(AIMS)], work_seconds, windows)
            held = check_no_partial_batch(source, warehouse, batch_files)
            if kill is not None:
                landed.append(kill)
                in_cycle += 1
        try:
            run_to_end(source, warehouse, batch_files)
        except AssertionError:
            crashes += 1
            continue
        mismatches += table_snapshot(warehouse) != expected
        cycle += 1
        print(f"  {len(landed)} kills so far", file=sys.stderr)
    phases = Counter(k.landed for k in landed)
    print(f"kills      {len(landed)} landed ({dict(phases)}) over {cycle} cycles")
    print(f"           survived: {len(landed) if not mismatches and not crashes else 'NO'}; finishing runs that "
          f"crashed {crashes}; finished warehouses unlike the clean run {mismatches}")  # fmt: skip


def soak_fuzz(work: Path, files: int, seed: int) -> None:
    source = work / "fuzz-in"
    made = make_bad_files(source / "bad", files, seed=seed)
    good = make_corpus(source / "good", 50, seed=seed + 1)
    started = time.monotonic()
    try:
        summary = run_ingest(source, work / "fuzz.duckdb", max_batch_files=2_500)
        crashed = 0
    except Exception as error:
        print(f"fuzz run crashed: {type(error).__name__}")
        crashed, summary = 1, None
    seconds = time.monotonic() - started
    must = sum(1 for kind in made.values() if KINDS[kind][1])
    if summary is not None:
        print(f"fuzz       {files:,} bad files + {len(good)} good in {seconds:.0f} s: quarantined "
              f"{summary.files_quarantined:,} (at least {must:,} had to be), loaded {summary.files_loaded:,}; "
              f"crashed runs {crashed}")  # fmt: skip


def soak_line(work: Path, megabytes: int) -> None:
    source = work / "line-in"
    source.mkdir()
    with open(source / "one_line.txt", "wb") as handle:
        handle.write(b"Client: ")
        chunk = b"word " * 200_000
        for _ in range(megabytes * 1_000_000 // len(chunk)):
            handle.write(chunk)
        handle.write(b"\n")
    (source / "ok.txt").write_text("Therapist: How are you?\n\nClient: Tired, but fine.\n", encoding="utf-8")
    started = time.monotonic()
    summary = run_ingest(source, work / "line.duckdb")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reasons = [reason for _, reason in summary.quarantined]
    print(f"line       {megabytes} MB single line: {summary.status} in {time.monotonic() - started:.1f} s, "
          f"peak RSS {peak:.0f} MB, quarantined: {reasons}; loaded beside it: {summary.files_loaded}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--line-mb", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="soak-"))
    try:
        if args.line_mb:
            soak_line(work, args.line_mb)
        if args.files:
            soak_fuzz(work, args.files, args.seed)
        if args.kills:
            soak_kills(work, args.kills, args.seed)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
