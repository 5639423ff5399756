"""Throughput of `transcripts ingest` against a floor and a naive peer, on one corpus of real turns.

    .venv/bin/python benchmarks/throughput.py [--size MB] [--repeat N] [--rss-sizes 100,500,2000] [--no-naive]

The corpus is built (or reused) under benchmarks/.cache/ (git-ignored) by synth.generate with the turn
texts drawn from the real AnnoMI and ESConv turns in ../shared/corpora/, read at run time and never
copied into the project: every format, encoding and defect rate of `transcripts generate`, real words.

Printed, on the same files:
- ingest through the CLI (a fresh warehouse each repeat; the median): wall, work and Prefect start-up
  seconds, MB/s and turns/s of the work, per-stage seconds and peak RSS;
- the floor: DuckDB `read_csv` of every raw line of those files into a table, nothing else;
- the naive peer: a Python loop per line, ftfy on every turn, exact dedupe with a set, a pandas frame,
  a DuckDB insert;
- ratios ingest/floor and naive/ingest; an unchanged rerun (default and --fast-check); the cost of
  adding 1% new files; peak RSS of ingest at each of --rss-sizes.
The machine's two cores may be shared: figures are medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from synth.generate import generate_corpus  # noqa: E402
from synth.rng import Rng  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"
CACHE = REPO / "benchmarks" / ".cache"
CLI = REPO / ".venv" / "bin" / "transcripts"
SEED = 2026


# --- the corpus ----------------------------------------------------------------------------------------


class RealTurns:
    """Turn texts sampled from AnnoMI and ESConv by role (a TextSource for synth.generate)."""

    def __init__(self, corpora: Path) -> None:
        annomi = pl.read_csv(corpora / "annomi" / "AnnoMI-simple.csv", infer_schema=False).select(
            (pl.col("interlocutor") == "therapist").alias("therapist"), pl.col("utterance_text").alias("text")
        )
        esconv = (
            pl.concat(
                [
                    pl.read_ndjson(
                        path, schema={"dialog": pl.List(pl.Struct({"text": pl.String, "speaker": pl.String}))}
                    )
                    for path in sorted((corpora / "esconv" / "fado_reformat").glob("*.txt"))
                ]
            )
            .explode("dialog")
            .unnest("dialog")
            .select((pl.col("speaker") == "sys").alias("therapist"), "text")
        )
        turns = pl.concat([annomi, esconv]).filter(pl.col("text").str.strip_chars() != "")
        self.therapist = turns.filter("therapist").get_column("text")
        self.client = turns.filter(~pl.col("therapist")).get_column("text")

    def __call__(self, rng: Rng, is_therapist: pl.Series) -> pl.Series:
        n = is_therapist.len()
        t_pick = self.therapist.gather(rng.integers(0, self.therapist.len(), n))
        c_pick = self.client.gather(rng.integers(0, self.client.len(), n))
        return pl.select(pl.when(pl.lit(is_therapist)).then(t_pick).otherwise(c_pick)).to_series()


def corpus(size_mb: int, texts: RealTurns | None) -> Path:
    folder = CACHE / f"real-{size_mb}MB-seed{SEED}"
    done = folder / ".complete"
    if done.exists():
        return folder
    if texts is None:
        raise SystemExit("../shared/corpora/ is needed to build the benchmark corpus")
    shutil.rmtree(folder, ignore_errors=True)
    stats = generate_corpus(folder, size_mb * 1_000_000, SEED, texts)
    done.write_text(json.dumps({"files": stats.files, "bytes": stats.bytes, "turns": stats.turns}))
    print(f"built {folder.name}: {stats.files:,} files, {stats.bytes / 1e6:.0f} MB in {stats.seconds:.0f} s")
    return folder


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


# --- ingest through the CLI ----------------------------------------------------------------------------


@dataclass
class IngestRun:
    wall: float
    work: float
    startup: float
    turns: int
    files_loaded: int
    files_unchanged: int
    rss_mb: float
    stages: dict[str, float] = field(default_factory=dict)


def ingest(folder: Path, warehouse: Path, *extra: str) -> IngestRun:
    started = time.monotonic()
    process = subprocess.Popen(
        [str(CLI), "ingest", str(folder), "--warehouse", str(warehouse), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"ingest failed ({process.returncode}):\n{out}")
    head = re.search(r"in ([\d.]+) s \(([\d.]+) s of work, ([\d.]+) s Prefect", out)
    turns = re.search(r"turns\s+([\d,]+) loaded", out)
    files = re.search(r"loaded ([\d,]+) · skipped unchanged ([\d,]+)", out)
    stages = re.search(r"stages\s+(.*) \(seconds", out)
    assert head and turns and files, out
    return IngestRun(
        wall=wall,
        work=float(head.group(2)),
        startup=float(head.group(3)),
        turns=int(turns.group(1).replace(",", "")),
        files_loaded=int(files.group(1).replace(",", "")),
        files_unchanged=int(files.group(2).replace(",", "")),
        rss_mb=usage.ru_maxrss / 1024,
        stages={k: float(v) for k, v in (s.split(" ") for s in stages.group(1).split(" · "))} if stages else {},
    )


# --- the floor: DuckDB reads every raw line ------------------------------------------------------------


def floor(files: list[Path]) -> tuple[float, int]:
    import duckdb

    con = duckdb.connect()
    started = time.monotonic()
    # One VARCHAR column a line: a delimiter and quote that never occur, errors (UTF-16 files) skipped.
    con.execute(
        """
        CREATE TABLE raw AS SELECT * FROM read_csv(?, columns = {'line': 'VARCHAR'}, header = false,
            delim = '\x1f', quote = '', escape = '', auto_detect = false, ignore_errors = true,
            null_padding = true, strict_mode = false)
        """,
        [[str(f) for f in files]],
    )
    seconds = time.monotonic() - started
    rows = con.execute("SELECT count(*) FROM raw").fetchone()
    con.close()
    return seconds, int(rows[0]) if rows else 0


# --- the naive peer ------------------------------------------------------------------------------------

_LABEL = re.compile(r"^\s*(?:\[[\d:]+\]\s*)?\**([A-Za-z][\w .]{0,30}?)\**\s*:\s*(.*)$")


def naive(files: list[Path]) -> tuple[float, int]:
    """What a first script does: read each file, loop over its lines, fix every turn with ftfy, drop exact
    repeats with a set, build a pandas frame and insert it into DuckDB."""
    import duckdb
    import ftfy
    import pandas as pd

    started = time.monotonic()
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for path in files:
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
        for session, speaker, turn in _turns(path, text):
            fixed = ftfy.fix_text(turn)
            key = (f"{path}#{session}", speaker, fixed.strip().lower())
            if key in seen:
                continue
            seen.add(key)
            rows.append({"source": str(path), "session": session, "speaker": speaker, "text": fixed})
    frame = pd.DataFrame(rows)  # noqa: F841 (DuckDB reads the local frame by its name)
    con = duckdb.connect()
    con.execute("CREATE TABLE turns AS SELECT * FROM frame")
    con.close()
    return time.monotonic() - started, len(rows)


def _turns(path: Path, text: str) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []
    stripped = text.lstrip()
    if path.suffix.startswith(".csv"):
        for row in csv.DictReader(io.StringIO(text)):
            out.append(
                (int(row.get("transcript_id") or 0), row.get("interlocutor") or "", row.get("utterance_text") or "")
            )
        return out
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except ValueError:
            return out
        for item in items:
            if isinstance(item, dict):
                out.append((0, str(item.get("role")), str(item.get("content"))))
            else:
                speaker, _, said = str(item).partition(": ")
                out.append((0, speaker, said))
        return out
    if stripped.startswith("{"):
        for number, line in enumerate(text.splitlines()):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            for message in record.get("messages") or record.get("dialog") or []:
                out.append((number, str(message.get("role") or message.get("speaker")),
                            str(message.get("content") or message.get("text"))))  # fmt: skip
        return out
    session = 0
    for line in text.splitlines():
        if re.match(r"^\s*[-=#*]{3,}", line):
            session += 1
            continue
        match = _LABEL.match(line)
        if match:
            out.append((session, match.group(1), match.group(2)))
        elif out and line.strip():
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + "\n" + line)
    return out


# --- main ----------------------------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=500, help="corpus size in MB (default 500)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; the median is reported")
    parser.add_argument("--rss-sizes", default="", help="comma-separated MB sizes to measure ingest peak RSS at")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive peer (slow: minutes at 500 MB)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    texts = RealTurns(CORPORA) if CORPORA.exists() else None
    folder = corpus(args.size, texts)
    files = files_of(folder)
    total = sum(f.stat().st_size for f in files)
    mb = total / 1e6
    print(f"corpus {folder} : {len(files):,} files, {mb:.1f} MB")
    figures: dict[str, Any] = {"size_mb": mb, "files": len(files)}

    floors = [floor(files) for _ in range(args.repeat)]
    floor_s = _median([s for s, _ in floors])
    print(f"floor   DuckDB read_csv of {floors[0][1]:,} raw lines: {floor_s:.2f} s ({mb / floor_s:.0f} MB/s)")

    with tempfile.TemporaryDirectory(prefix="throughput-") as tmp:
        runs: list[IngestRun] = []
        for i in range(args.repeat):
            warehouse = Path(tmp) / f"w{i}.duckdb"
            runs.append(ingest(folder, warehouse))
            print(f"  ingest run {i + 1}: work {runs[-1].work:.1f} s, wall {runs[-1].wall:.1f} s, "
                  f"RSS {runs[-1].rss_mb:.0f} MB")  # fmt: skip
        work = _median([r.work for r in runs])
        turns = runs[0].turns
        stages = {k: _median([r.stages.get(k, 0.0) for r in runs]) for k in runs[0].stages}
        print(
            f"ingest  work {work:.1f} s ({mb / work:.1f} MB/s, {turns / work:,.0f} turns/s); wall "
            f"{_median([r.wall for r in runs]):.1f} s of which Prefect start-up "
            f"{_median([r.startup for r in runs]):.1f} s; peak RSS {max(r.rss_mb for r in runs):.0f} MB"
        )
        print("  stages (seconds summed over batches; MB/s of each): " + " · ".join(
            f"{k} {v:.1f} ({mb / v:.0f})" if v > 0 else f"{k} 0" for k, v in stages.items()))  # fmt: skip
        print(f"  ingest/floor {work / floor_s:.1f}x")
        figures.update(floor_s=floor_s, ingest_work_s=work, turns=turns, stages=stages,
                       ingest_wall_s=_median([r.wall for r in runs]),
                       prefect_startup_s=_median([r.startup for r in runs]),
                       rss_mb=max(r.rss_mb for r in runs))  # fmt: skip

        warehouse = Path(tmp) / f"w{args.repeat - 1}.duckdb"
        reruns = [ingest(folder, warehouse) for _ in range(args.repeat)]
        fast = [ingest(folder, warehouse, "--fast-check") for _ in range(args.repeat)]
        print(f"rerun   unchanged: work {_median([r.work for r in reruns]):.2f} s (wall "
              f"{_median([r.wall for r in reruns]):.1f} s); with --fast-check work "
              f"{_median([r.work for r in fast]):.2f} s (wall {_median([r.wall for r in fast]):.1f} s)")  # fmt: skip
        figures.update(
            rerun_work_s=_median([r.work for r in reruns]), fast_rerun_work_s=_median([r.work for r in fast])
        )

        added_costs: list[float] = []
        for i in range(args.repeat):
            added = folder / f"added-{i}"
            try:
                generate_corpus(added, total // 100, SEED + 1 + i, texts, first_file=10_000_000 * (i + 1))
                run = ingest(folder, warehouse)
                added_costs.append(run.work)
            finally:
                shutil.rmtree(added, ignore_errors=True)
        add_s = _median(added_costs)
        print(f"add 1%  work {add_s:.2f} s = {100 * add_s / work:.1f}% of a full run")
        figures.update(add_one_percent_work_s=add_s)

    if not args.no_naive:
        naive_s, naive_turns = naive(files)
        print(f"naive   {naive_s:.1f} s ({mb / naive_s:.1f} MB/s, {naive_turns:,} turns); naive/ingest "
              f"{naive_s / work:.1f}x")  # fmt: skip
        figures.update(naive_s=naive_s)

    for size in [int(s) for s in args.rss_sizes.split(",") if s.strip()]:
        other = corpus(size, texts)
        with tempfile.TemporaryDirectory(prefix="throughput-rss-") as tmp:
            run = ingest(other, Path(tmp) / "w.duckdb")
        print(f"rss     {size} MB corpus: peak RSS {run.rss_mb:.0f} MB, work {run.work:.1f} s "
              f"({size / run.work:.1f} MB/s)")  # fmt: skip
        figures.setdefault("rss_by_size_mb", {})[size] = run.rss_mb
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
