"""Defect detection on cases written blind: by someone who never read the detectors, the benchmark generator or
its tests, with the ground truth fixed before the first run (blind/defect_cases.py, see its docstring).

    python benchmarks/blind_defects.py [--keep DIR]

The case writer puts transcript files and `truth.csv` (file, line, defect_type) into a folder; this runs
flows.batch.process_batch over the files (no warehouse, no Prefect) and prints per-kind precision and recall at the
(file, line, kind) level. Session-level rows (a session with swapped labels, a duplicate session) count at the line
of the session's first turn; a file-level row (`unparseable_file`) at line 0.
Info-level rows (consecutive_speaker, a speaker's role inferred) are left out: the
writer was not asked to mark them. Every other row on a line the truth does not name is a false alarm, listed with
its line.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polars as pl

from flows.batch import process_batch

CASES = Path(__file__).resolve().parents[1] / "blind" / "defect_cases.py"
Key = tuple[str, int, str]
FILE_LEVEL = frozenset({"unparseable_file"})


def write_cases(out: Path, cases: Path = CASES) -> set[Key]:
    """Runs the case writer into `out` and returns its truth as (file, line, kind) keys."""
    subprocess.run([sys.executable, str(cases), str(out)], check=True)
    with (out / "truth.csv").open(encoding="utf-8", newline="") as handle:
        # A file-level row (the whole file is no transcript) has no line: it counts at line 0, whatever the writer put.
        return {
            (row["file"], 0 if row["defect_type"] in FILE_LEVEL else int(row["line"]), row["defect_type"])
            for row in csv.DictReader(handle)
        }


def predicted_keys(folder: Path) -> set[Key]:
    """(file, line, kind) of every row the product writes for the files in `folder`, info-level rows left out."""
    paths = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name != "truth.csv")
    batch = process_batch(paths, {})
    files = batch.sources.select(
        "source_id", pl.col("path").map_elements(lambda p: Path(p).name, pl.String).alias("file")
    )
    first_lines = batch.turns.group_by("session_id").agg(pl.col("source_line").min().alias("_first"))
    rows = (
        batch.defects.filter(
            ~((pl.col("severity") == "info") & pl.col("defect_type").is_in(["consecutive_speaker", "unknown_speaker"]))
        )
        .join(files, on="source_id", how="left")
        .join(first_lines, on="session_id", how="left")
    )
    keys: set[Key] = set()
    for row in rows.iter_rows(named=True):
        line = row["source_line"] if row["source_line"] is not None else row["_first"]
        if line is None and row["defect_type"] == "duplicate_session" and row["excerpt"]:
            line = min(int(t["source_line"]) for t in json.loads(row["excerpt"]))
        keys.add((row["file"], int(line) if line is not None else 0, row["defect_type"]))
    return keys


def report(truth: set[Key], predicted: set[Key]) -> list[str]:
    lines = [f"{'kind':<22} {'truth':>5} {'found':>5} {'false':>5}  precision  recall"]
    for kind in sorted({k for _, _, k in truth | predicted}):
        t = {k for k in truth if k[2] == kind}
        p = {k for k in predicted if k[2] == kind}
        hits = len(t & p)
        precision = f"{hits / len(p):.2f}" if p else "-"
        recall = f"{hits / len(t):.2f}" if t else "-"
        lines.append(f"{kind:<22} {len(t):>5} {hits:>5} {len(p - t):>5}  {precision:>9}  {recall:>6}")
    missed = Counter(k for _, _, k in truth - predicted)
    lines.append(f"all kinds: {len(truth & predicted)} of {len(truth)} found, {len(predicted - truth)} false rows")
    lines += [f"  false: {f} line {n} {k}" for f, n, k in sorted(predicted - truth)]
    lines += [f"  missed: {f} line {n} {k}" for f, n, k in sorted(truth - predicted)]
    lines.append("missed per kind: " + (", ".join(f"{k} {n}" for k, n in missed.most_common()) or "none"))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--cases", type=Path, default=CASES, help="the case writer (default blind/defect_cases.py)")
    parser.add_argument("--keep", type=Path, help="write the cases here and keep them (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        truth = write_cases(out, args.cases)
        print("\n".join(report(truth, predicted_keys(out))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
