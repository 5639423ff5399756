"""Defect-detection benchmark: real dialogues, injected defects at known lines, scored per kind.

    python benchmarks/defects.py [--sessions N] [--seed S] [--out DIR] [--json PATH] [--clean-all] [--held-out]

1. Loads real dialogues from ../shared/corpora/ (AnnoMI, ESConv, MusPsy) at run time.
2. Writes them as plain-text transcripts in many styles and encodings (benchmarks/inject.py), twice:
   clean, and with every defect kind injected by a seeded generator at known places.
3. Runs flows.batch.process_batch (no warehouse, no Prefect) batch by batch on both folders.
4. Scores the corrupted run's `defects` against the ground truth per kind (benchmarks/score.py).
   What the clean run flags is the baseline: real defects of the corpora. It is reported as the
   false-alarm rate (% of turns) per corpus and kept out of the corrupted run's precision count.
5. Turn fidelity: the kept turns of each session against the original dialogue.

Ground-truth contract, per kind (source_line = 1-based line in the decoded file):
- mojibake: a turn's text encoded UTF-8 and decoded cp1252 (file written as UTF-8); the label line.
  When the turn has no non-ASCII character, its apostrophes become U+2019 (or its last full stop an
  ellipsis) first: that text is what the repair must restore.
- encoding_error: one byte sequence invalid in the file's encoding inside a turn (UTF-8: a lone
  0x80/0xC0/0xF8/0xFE/0xFF; UTF-16: a lone surrogate; cp1252: 0x81/0x8D/0x8F/0x90/0x9D); the label line.
- duplicate_turn: an exact copy of an earlier same-role turn of >= 5 words, inserted before a later
  turn of that role (at most 12 turns on); the copy's label line.
- near_duplicate_turn: the same with a copy (source >= 8 words) changed by case, punctuation,
  straight/curly quotes or one or two words, sometimes plus whitespace (never whitespace alone,
  which is an exact duplicate); the copy's label line.
- repetition_loop: a block of 1-3 consecutive turns (each >= 5 words) occurring 3-6 times in a row:
  ONE row at the label line of the block's first turn, first occurrence; each later copy of each
  block turn is also a duplicate_turn (exact) or near_duplicate_turn (varied) row at its own line.
- refusal: a therapist turn's text replaced by AI refusal / safety boilerplate; the label line.
- truncated_turn: a turn of >= 20 words cut mid-clause after a dangling function word, or the
  session's last turn (>= 8 words) cut mid-sentence; the label line.
- role_inversion: a client turn's text replaced by a therapist turn from another dialogue (label
  line); or a whole session with therapist and client labels swapped (one session-level row).
- meta_text: an artefact inside a turn (prefix, suffix, extra paragraph or a leaked <think> block;
  the repair must leave the original text), or a turn that is all artefact (dropped); the label line.
- empty_turn: a label with no text, inserted before a turn of the same role; the label line.
- unknown_speaker: two turns under one unknown label (Narrator:, Dr Who:, ...); each label line.
- consecutive_speaker: a turn removed so the same role speaks twice in a row; the second one's line.
- unparseable_line: a prose line between a separator and the first turn of a session with no
  summary header (never in a file's first session); that line.
- duplicate_session: a whole session repeated (same texts, the target file's style) as the last
  session of the same file or of a later file in the same batch; session-level row on the copy.
- unparseable_file: one file per batch that is prose with no label, empty, or binary; matched on the
  file alone (session and line null). Not in the clean run.
schema_violation is not injected (no text produces it by design); if predicted it counts as a false
positive. Predicted rows are compared as a set of keys: the same key twice counts once.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polars as pl

from benchmarks.corpora import CORPORA, Dialogue, load_all
from benchmarks.inject import FilePlan, Rendered, Truth, build_plan, write_files
from benchmarks.score import (
    KEPT_SCHEMA,
    LINE,
    PREDICTED_SCHEMA,
    SESSION,
    Fidelity,
    Key,
    KindScore,
    fidelity,
    kept_frame,
    keys_of,
    predicted_frame,
    score,
    translate_baseline,
    truth_key,
)
from benchmarks.train_tables import held_out
from flows.batch import process_batch

# Share of the sample drawn from each corpus (MusPsy has only 6 sessions).
MIX = {"annomi": 0.35, "muspsy": 0.05, "esconv": 0.60}
FALSE_ALARM_CORPORA = ("annomi", "esconv", "muspsy")
# Notes, not alarms: the same role twice in a row is how chat corpora like ESConv look.
INFO_KINDS = frozenset({"consecutive_speaker", "empty_turn"})


@dataclass(frozen=True)
class FlowRun:
    predicted: pl.DataFrame
    kept: pl.DataFrame
    seconds: float
    turns_parsed: int
    files: int


def sample_dialogues(corpora: dict[str, list[Dialogue]], sessions: int, rng: random.Random) -> list[Dialogue]:
    """`sessions` dialogues, at least one from every corpus when there are three or more."""
    counts = {name: min(len(corpora[name]), max(1, round(share * sessions))) for name, share in MIX.items()}
    counts["esconv"] = max(1, sessions - counts["annomi"] - counts["muspsy"])
    picked: list[Dialogue] = []
    for name, count in counts.items():
        picked += rng.sample(corpora[name], min(count, len(corpora[name])))
    return picked[: max(sessions, 1)]


def run_flow(root: Path, plans: Sequence[FilePlan], *, corrupted: bool) -> FlowRun:
    """process_batch over the files batch by batch (the plan's batches: a few dozen files each)."""
    batches: dict[int, list[str]] = {}
    for plan in plans:
        if plan.junk is not None and not corrupted:
            continue
        batches.setdefault(plan.batch, []).append(str((root / plan.name).resolve()))
    predicted: list[pl.DataFrame] = [pl.DataFrame(schema=PREDICTED_SCHEMA)]
    kept: list[pl.DataFrame] = [pl.DataFrame(schema=KEPT_SCHEMA)]
    parsed = 0
    started = time.perf_counter()
    for _, paths in sorted(batches.items()):
        batch = process_batch(sorted(paths), {})
        predicted.append(predicted_frame(batch.defects, batch.sources, batch.sessions, root))
        kept.append(kept_frame(batch.turns, batch.sessions, root))
        parsed += int(batch.sources.get_column("turns_parsed").sum())
    seconds = time.perf_counter() - started
    return FlowRun(pl.concat(predicted), pl.concat(kept), seconds, parsed, len(plans))


# Rows on a turn that repeats an earlier one of its dialogue word for word are defects of the corpus itself (a chat
# message sent twice: "Sorry for hitting enter twice"), found by comparing the corpus's own strings here.
_REPEAT_KINDS = frozenset({"duplicate_turn", "near_duplicate_turn", "repetition_loop"})
_MIN_REPEAT_WORDS = 5


def corpus_repeats(rendered: Sequence[Rendered]) -> set[tuple[str, int]]:
    """(file, label line) of every turn whose text (whitespace-blind, 5+ words) an earlier turn of its dialogue has."""
    found: set[tuple[str, int]] = set()
    for r in rendered:
        for session in r.expected:
            seen: set[str] = set()
            for index, (text, _) in enumerate(session.turns):
                key = " ".join(text.split())
                if (
                    key in seen
                    and len(key.split()) >= _MIN_REPEAT_WORDS
                    and (session.session_index, index) in r.turn_lines
                ):
                    found.add((r.name, r.turn_lines[(session.session_index, index)]))
                seen.add(key)
    return found


def false_alarms(predicted: set[Key], rendered: Sequence[Rendered], plans: Sequence[FilePlan]) -> dict[str, object]:
    """Rows flagged on clean files, per corpus and kind, in % of the corpus's turns; also without the rows on turns
    the corpus itself repeats word for word."""
    corpus_of = {p.name: p.corpus for p in plans}
    repeats = corpus_repeats(rendered)
    turns: dict[str, int] = {}
    for r in rendered:
        for session in r.expected:
            turns[session.corpus] = turns.get(session.corpus, 0) + len(session.turns)
    result: dict[str, object] = {}
    for corpus in FALSE_ALARM_CORPORA:
        if not turns.get(corpus):
            continue
        rows = [k for k in predicted if corpus_of.get(k[1]) == corpus]
        alarms = [k for k in rows if k[3] not in INFO_KINDS]
        on_repeats = [k for k in alarms if k[3] in _REPEAT_KINDS and (k[1], k[2]) in repeats]
        per_kind: dict[str, dict[str, float]] = {}
        for kind in sorted({k[3] for k in rows}):
            count = sum(1 for k in rows if k[3] == kind)
            per_kind[kind] = {"rows": count, "pct_of_turns": round(100 * count / turns[corpus], 3)}
        result[corpus] = {
            "turns": turns[corpus],
            "rows": len(rows),
            "pct_of_turns": round(100 * len(rows) / turns[corpus], 3),
            "per_kind": per_kind,
            "warning_rows": len(alarms),
            "warning_pct_of_turns": round(100 * len(alarms) / turns[corpus], 3),
            "corpus_repeat_rows": len(on_repeats),
            "warning_pct_without_corpus_repeats": round(100 * (len(alarms) - len(on_repeats)) / turns[corpus], 3),
        }
    return result


def _fidelity_json(value: Fidelity) -> dict[str, object]:
    return {
        "share": None if value.share is None else round(value.share, 4),
        "original_turns": value.original_turns,
        "recovered": value.recovered,
        "expected_turns": value.expected_turns,
        "kept_turns": value.kept_turns,
        "unexpected_kept": value.unexpected_kept,
        "injected_drops": value.injected_drops,
    }


def _kind_json(value: KindScore) -> dict[str, object]:
    return {
        "kind": value.kind,
        "injected": value.injected,
        "predicted": value.predicted,
        "tp": value.tp,
        "fp": value.fp,
        "fn": value.fn,
        "baseline_excluded": value.baseline_excluded,
        "precision": None if value.precision is None else round(value.precision, 4),
        "recall": None if value.recall is None else round(value.recall, 4),
    }


def run_benchmark(
    sessions: int,
    seed: int,
    out: Path,
    *,
    corpora_root: Path = CORPORA,
    files_per_batch: int = 12,
    held_out_only: bool = False,
) -> dict[str, object]:
    rng = random.Random(seed)
    corpora = load_all(corpora_root)
    if held_out_only:
        # Only transcripts the learned tables never saw (benchmarks/train_tables.py's split by transcript).
        corpora = {name: [d for d in dialogues if held_out(d)] for name, dialogues in corpora.items()}
    dialogues = sample_dialogues(corpora, sessions, rng)
    plans = build_plan(dialogues, rng, files_per_batch=files_per_batch)
    clean_root, corrupted_root = out / "clean", out / "corrupted"
    clean = write_files(plans, clean_root, corrupted=False)
    corrupted = write_files(plans, corrupted_root, corrupted=True)

    clean_run = run_flow(clean_root, plans, corrupted=False)
    corrupted_run = run_flow(corrupted_root, plans, corrupted=True)

    clean_keys = keys_of(clean_run.predicted)
    baseline = translate_baseline(clean_keys, clean, corrupted)
    truth = {truth_key(t) for r in corrupted for t in r.truths}
    predicted = keys_of(corrupted_run.predicted)
    scores = score(truth, predicted, baseline)
    write_tables(out, [t for r in corrupted for t in r.truths], predicted, baseline)
    encoding_of = {p.name: p.style.encoding for p in plans if p.junk is None}
    return {
        "sessions": len(dialogues),
        "seed": seed,
        "files": len(plans),
        "batches": len({p.batch for p in plans}),
        "kinds": [_kind_json(s) for s in scores],
        "fidelity": _fidelity_json(fidelity([e for r in corrupted for e in r.expected], corrupted_run.kept)),
        "fidelity_by_encoding": {
            encoding: _fidelity_json(
                fidelity(
                    [e for r in corrupted for e in r.expected if encoding_of[r.name] == encoding], corrupted_run.kept
                )
            )
            for encoding in sorted(set(encoding_of.values()))
        },
        "clean_fidelity": _fidelity_json(fidelity([e for r in clean for e in r.expected], clean_run.kept)),
        "clean_false_alarms": false_alarms(clean_keys, clean, plans),
        "runtime": {
            "corrupted_seconds": round(corrupted_run.seconds, 2),
            "corrupted_turns_parsed": corrupted_run.turns_parsed,
            "corrupted_turns_per_second": round(corrupted_run.turns_parsed / max(corrupted_run.seconds, 1e-9)),
            "clean_seconds": round(clean_run.seconds, 2),
            "clean_turns_parsed": clean_run.turns_parsed,
        },
    }


def write_tables(out: Path, truths: list[Truth], predicted: set[Key], baseline: set[Key]) -> None:
    """truth.csv (each injected defect, found or missed) and predicted.csv (each predicted key: tp,
    fp or baseline) beside the generated files, for looking into a detector's misses."""
    pl.DataFrame(
        [(t.file, t.session_index, t.source_line, t.defect_type, t.note, truth_key(t) in predicted) for t in truths],
        schema={
            "file": pl.String,
            "session_index": pl.Int64,
            "source_line": pl.Int64,
            "defect_type": pl.String,
            "note": pl.String,
            "found": pl.Boolean,
        },
        orient="row",
    ).sort("file", "source_line", "defect_type").write_csv(out / "truth.csv")
    truth = {truth_key(t) for t in truths}
    pl.DataFrame(
        [
            (
                file,
                where if level == SESSION else None,
                where if level == LINE else None,
                kind,
                "tp" if key in truth else "baseline" if key in baseline else "fp",
            )
            for key in predicted
            for level, file, where, kind in [key]
        ],
        schema={
            "file": pl.String,
            "session_index": pl.Int64,
            "source_line": pl.Int64,
            "defect_type": pl.String,
            "match": pl.String,
        },
        orient="row",
    ).sort("file", "source_line", "defect_type").write_csv(out / "predicted.csv")


def run_clean_all(seed: int, out: Path, *, corpora_root: Path = CORPORA) -> dict[str, object]:
    """False alarms on every AnnoMI and ESConv dialogue, rendered clean in the same random styles."""
    rng = random.Random(seed)
    corpora = load_all(corpora_root)
    plans = build_plan(corpora["annomi"] + corpora["esconv"], rng, files_per_batch=40, inject=False)
    rendered = write_files(plans, out / "clean_all", corrupted=False)
    run = run_flow(out / "clean_all", plans, corrupted=False)
    return {
        "false_alarms": false_alarms(keys_of(run.predicted), rendered, plans),
        "fidelity": _fidelity_json(fidelity([e for r in rendered for e in r.expected], run.kept)),
        "seconds": round(run.seconds, 2),
        "turns_parsed": run.turns_parsed,
    }


def _fmt(value: object) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def format_report(report: dict[str, object]) -> str:
    lines = [
        f"defect benchmark: {report['sessions']} sessions in {report['files']} files "
        f"({report['batches']} batches), seed {report['seed']}",
        "",
        f"{'kind':<22}{'injected':>9}{'predicted':>10}{'TP':>6}{'FP':>6}{'FN':>6}{'base.excl':>10}"
        f"{'precision':>11}{'recall':>8}",
    ]
    kinds = report["kinds"]
    assert isinstance(kinds, list)
    for row in kinds:
        lines.append(
            f"{row['kind']:<22}{row['injected']:>9}{row['predicted']:>10}{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
            f"{row['baseline_excluded']:>10}{_fmt(row['precision']):>11}{_fmt(row['recall']):>8}"
        )
    by_encoding = report["fidelity_by_encoding"]
    assert isinstance(by_encoding, dict)
    for name in ("fidelity", "clean_fidelity"):
        fid = report[name]
        assert isinstance(fid, dict)
        lines.append(
            f"\n{name.replace('_', ' ')}: {_fmt(fid['share'])} ({fid['recovered']} of {fid['original_turns']} original "
            f"turns recovered exactly; {fid['kept_turns']} kept, {fid['unexpected_kept']} kept turns match nothing "
            f"expected; {fid['injected_drops']} injected turns should be dropped)"
        )
        if name == "fidelity":
            lines.append(
                "  by file encoding: "
                + ", ".join(f"{enc} {_fmt(f['share'])} of {f['original_turns']}" for enc, f in by_encoding.items())
            )
    lines += ["", "false alarms on the clean rendering (% of turns; baseline, left out of precision):"]
    alarms = report["clean_false_alarms"]
    assert isinstance(alarms, dict)
    lines += _alarm_lines(alarms)
    if "clean_all" in report:
        clean_all = report["clean_all"]
        assert isinstance(clean_all, dict)
        lines += ["", f"false alarms on all of AnnoMI and ESConv ({clean_all['seconds']} s):"]
        lines += _alarm_lines(clean_all["false_alarms"])
    runtime = report["runtime"]
    assert isinstance(runtime, dict)
    lines.append(
        f"\nruntime: corrupted run {runtime['corrupted_seconds']} s for {runtime['corrupted_turns_parsed']} turns "
        f"({runtime['corrupted_turns_per_second']} turns/s); clean run {runtime['clean_seconds']} s; "
        f"total {report.get('total_seconds', '-')} s"
    )
    return "\n".join(lines)


def _alarm_lines(alarms: dict[str, dict[str, object]]) -> list[str]:
    lines: list[str] = []
    for corpus, figures in alarms.items():
        per_kind = figures["per_kind"]
        assert isinstance(per_kind, dict)
        kinds = ", ".join(f"{k} {v['rows']} ({v['pct_of_turns']}%)" for k, v in per_kind.items()) or "none"
        lines.append(
            f"  {corpus:<7} {figures['turns']} turns, {figures['rows']} rows ({figures['pct_of_turns']}%), "
            f"{figures['warning_rows']} above info level ({figures['warning_pct_of_turns']}%): {kinds}"
        )
        if figures.get("corpus_repeat_rows"):
            lines.append(
                f"          of them {figures['corpus_repeat_rows']} on turns the corpus itself repeats word for word; "
                f"without those {figures['warning_pct_without_corpus_repeats']}% above info level"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=200, help="dialogues to sample (default 200)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="keep the generated files here (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="the corpora folder (../shared/corpora)")
    parser.add_argument(
        "--clean-all", action="store_true", help="also measure false alarms on all of AnnoMI and ESConv"
    )
    parser.add_argument("--held-out", action="store_true", help="sample only transcripts the learned tables never saw")
    args = parser.parse_args(argv)
    if not args.corpora.exists():
        print(f"corpora folder {args.corpora} not found", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="defect-bench-") as scratch:
        out = args.out or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        report = run_benchmark(args.sessions, args.seed, out, corpora_root=args.corpora, held_out_only=args.held_out)
        if args.clean_all:
            report["clean_all"] = run_clean_all(args.seed, out, corpora_root=args.corpora)
    report["total_seconds"] = round(time.perf_counter() - started, 2)
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
