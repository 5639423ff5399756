"""Compare what the flow found with the ground truth: per-kind precision and recall, turn fidelity.

A defect is identified by a key:
- line level: (file, source_line, defect_type), for every row that has a source_line;
- session level: (file, session_index, defect_type), for rows whose source_line is null (a whole session with
  swapped labels) and for duplicate_session rows (which name the copy's first line); a row with neither counts with
  index -1.
A predicted key that matches a ground-truth key is a true positive. One that matches none is a false
positive, unless the same defect was already flagged on the clean rendering of the same dialogues
(the baseline: real defects of the corpora, such as AnnoMI's repeated utterances): those are left
out of the precision count and reported as the clean false-alarm rate instead.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from benchmarks.inject import ExpectedSession, Rendered, Truth
from transforms.defect_rows import DEFECT_TYPES
from transforms.ids import stable_id

LINE = "line"
SESSION = "session"
# (level, file, source_line or session_index, defect_type)
Key = tuple[str, str, int, str]
PREDICTED_SCHEMA: dict[str, pl.DataType] = {
    "file": pl.String(),
    "session_index": pl.Int64(),
    "source_line": pl.Int64(),
    "defect_type": pl.String(),
}
KEPT_SCHEMA: dict[str, pl.DataType] = {
    "file": pl.String(),
    "session_index": pl.Int64(),
    "turn_index": pl.Int64(),
    "text": pl.String(),
}
_SPACES = re.compile(r"\s+")
_SESSION_KINDS = frozenset({"duplicate_session"})


def truth_key(truth: Truth) -> Key:
    if truth.source_line is not None:
        return (LINE, truth.file, truth.source_line, truth.defect_type)
    return (SESSION, truth.file, truth.session_index, truth.defect_type)


def _relative(paths: pl.Expr, root: Path) -> pl.Expr:
    prefix = str(root.resolve()).rstrip("/") + "/"
    return paths.str.strip_prefix(prefix)


def predicted_frame(defects: pl.DataFrame, sources: pl.DataFrame, sessions: pl.DataFrame, root: Path) -> pl.DataFrame:
    """`defects` with the file (relative to `root`) and the session_index of each row.

    A dropped duplicate session is not in `sessions`; its index is found from its id, which the
    product derives from the file's hash and the session's position (transforms/pipeline.py)."""
    return (
        defects.join(sources.select("source_id", "path"), on="source_id", how="left")
        .join(_session_indexes(sources, sessions), on="session_id", how="left")
        .select(
            _relative(pl.col("path"), root).alias("file"),
            pl.col("session_index").cast(pl.Int64),
            pl.col("source_line").cast(pl.Int64),
            pl.col("defect_type"),
        )
    )


def _session_indexes(sources: pl.DataFrame, sessions: pl.DataFrame, most: int = 64) -> pl.DataFrame:
    known = sessions.select("session_id", pl.col("session_index").cast(pl.Int64))
    if "sha256" not in sources.columns:
        return known
    candidates = (
        sources.filter(pl.col("sha256").is_not_null())
        .select("source_id", "sha256", pl.int_ranges(0, most).alias("session_index"))
        .explode("session_index")
        .select(stable_id("source_id", "sha256", "session_index").alias("session_id"), "session_index")
    )
    return pl.concat([known, candidates.join(known, on="session_id", how="anti")])


def kept_frame(turns: pl.DataFrame, sessions: pl.DataFrame, root: Path) -> pl.DataFrame:
    """`turns` with the file and session_index they belong to, in turn order."""
    return (
        turns.join(sessions.select("session_id", "source_path", "session_index"), on="session_id", how="left")
        .select(
            _relative(pl.col("source_path"), root).alias("file"),
            pl.col("session_index").cast(pl.Int64),
            pl.col("turn_index").cast(pl.Int64),
            pl.col("text"),
        )
        .sort("file", "session_index", "turn_index")
    )


def keys_of(predicted: pl.DataFrame) -> set[Key]:
    keys: set[Key] = set()
    for file, session_index, line, kind in predicted.select(list(PREDICTED_SCHEMA)).iter_rows():
        # A duplicate session is a session-level finding: its row names the copy's first turn for the reader, but
        # it is scored by the session, as the truth marks it.
        if line is not None and kind not in _SESSION_KINDS:
            keys.add((LINE, str(file), int(line), str(kind)))
        else:
            keys.add((SESSION, str(file), -1 if session_index is None else int(session_index), str(kind)))
    return keys


def translate_baseline(clean_keys: set[Key], clean: Sequence[Rendered], corrupted: Sequence[Rendered]) -> set[Key]:
    """Clean-run keys moved to where the same turn (or session) sits in the corrupted files.

    Injected turns shift lines; each rendering records the label line of every original turn, so a
    row about original turn k of session s maps to that turn's line in the corrupted file (and to
    its copy when the session was duplicated). Rows about lines that are no original turn's label,
    or about turns the injection removed or replaced, cannot be moved and are dropped.
    """
    clean_turn_at: dict[tuple[str, int], tuple[int, int]] = {
        (r.name, line): turn for r in clean for turn, line in r.turn_lines.items()
    }
    corrupted_line: dict[tuple[str, int, int], list[tuple[str, int]]] = {}
    for r in corrupted:
        for (session_index, orig), line in r.turn_lines.items():
            corrupted_line.setdefault((r.name, session_index, orig), []).append((r.name, line))
        for source_file, source_index, orig, line in r.copied_lines:
            corrupted_line.setdefault((source_file, source_index, orig), []).append((r.name, line))
    copies: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for r in corrupted:
        for source_file, source_index, index in r.copied_sessions:
            copies.setdefault((source_file, source_index), []).append((r.name, index))
    moved: set[Key] = set()
    for level, file, where, kind in clean_keys:
        if level == SESSION:
            moved.add((level, file, where, kind))
            moved.update((SESSION, f, i, kind) for f, i in copies.get((file, where), []))
            continue
        turn = clean_turn_at.get((file, where))
        if turn is not None:
            moved.update((LINE, f, line, kind) for f, line in corrupted_line.get((file, *turn), []))
    return moved


@dataclass(frozen=True)
class KindScore:
    kind: str
    injected: int
    predicted: int  # counted predictions: true positives + false positives (baseline rows left out)
    tp: int
    fp: int
    fn: int
    baseline_excluded: int

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.injected if self.injected else None


def score(truth: set[Key], predicted: set[Key], baseline: set[Key] | None = None) -> list[KindScore]:
    """Per-kind counts, in taxonomy order; kinds neither injected nor predicted are left out."""
    baseline = baseline or set()
    kinds = {k[3] for k in truth | predicted}
    ordered = [k for k in DEFECT_TYPES if k in kinds] + sorted(kinds - set(DEFECT_TYPES))
    scores: list[KindScore] = []
    for kind in ordered:
        t = {k for k in truth if k[3] == kind}
        p = {k for k in predicted if k[3] == kind}
        tp = len(p & t)
        fp = len(p - t - baseline)
        excluded = len((p & baseline) - t)
        scores.append(KindScore(kind, len(t), tp + fp, tp, fp, len(t - p), excluded))
    return scores


def normalise(text: str) -> str:
    """Whitespace-normalised, with U+FFFD (bytes no codec explains) removed."""
    return _SPACES.sub(" ", text.replace("\ufffd", "")).strip()


@dataclass(frozen=True)
class Fidelity:
    original_turns: int  # original turns that should come out with their original text
    recovered: int  # of those, found in `turns` (in order) with exactly that text
    expected_turns: int  # every turn that should be kept (originals and flagged replacements)
    kept_turns: int  # turns the flow kept
    unexpected_kept: int  # kept turns matching no expected turn (junk kept, or text not restored)
    injected_drops: int  # injected turns that should have been dropped

    @property
    def share(self) -> float | None:
        return self.recovered / self.original_turns if self.original_turns else None


def fidelity(expected: Iterable[ExpectedSession], kept: pl.DataFrame) -> Fidelity:
    """Kept turns of each session aligned (longest matching subsequence) with what should be kept."""
    by_session: dict[tuple[str, int], list[str]] = {}
    for file, session_index, _, text in kept.sort("file", "session_index", "turn_index").iter_rows():
        by_session.setdefault((str(file), int(session_index)), []).append(normalise(str(text)))
    originals = recovered = expected_total = matched_total = drops = 0
    for session in expected:
        want = [normalise(text) for text, _ in session.turns]
        got = by_session.get((session.file, session.session_index), [])
        matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
        matched = {block.a + i for block in matcher.get_matching_blocks() for i in range(block.size)}
        originals += sum(1 for _, is_original in session.turns if is_original)
        recovered += sum(1 for i, (_, is_original) in enumerate(session.turns) if is_original and i in matched)
        expected_total += len(want)
        matched_total += len(matched)
        drops += session.injected_drops
    kept_total = kept.height
    return Fidelity(originals, recovered, expected_total, kept_total, kept_total - matched_total, drops)
