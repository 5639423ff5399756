"""The defect benchmark's harness is right: truth points at the injected turns, scoring counts right.

These tests check the generator and the scorer, never the detectors' quality (most detectors are
still being written). The ones that read ../shared/corpora use a 6-session sample.
"""

from __future__ import annotations

import difflib
import random
import re
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest

from benchmarks import templates
from benchmarks.corpora import load_all
from benchmarks.defects import run_benchmark, sample_dialogues
from benchmarks.inject import (
    INJECTED_KINDS,
    OWN_LINE_ARTEFACT,
    ExpectedSession,
    FilePlan,
    Rendered,
    Truth,
    build_plan,
    decoding_codec,
    write_files,
)
from benchmarks.score import (
    LINE,
    SESSION,
    Key,
    fidelity,
    keys_of,
    predicted_frame,
    score,
    translate_baseline,
    truth_key,
)
from tests.conftest import shared_path

SEED = 7
SEPARATOR = re.compile(r"^[ \t]*(?:#{3,}|-{3,}|={3,}|\*{3,})[ \t]*$")
TERMINAL = re.compile("[.!?\"')\\]\u2019\u201d\u2026]$")
ARTEFACTS = (*templates.META_PREFIXES, *templates.META_SUFFIXES, *templates.META_WHOLE_TURNS, "<think>")


@dataclass(frozen=True)
class Generated:
    root: Path
    plans: list[FilePlan]
    rendered: list[Rendered]


@dataclass(frozen=True)
class ReadTurn:
    session: int
    line: int
    label: str
    text: str


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    corpora = shared_path("corpora")
    rng = random.Random(SEED)
    plans = build_plan(sample_dialogues(load_all(corpora), 6, rng), rng)
    root = tmp_path_factory.mktemp("bench") / "corrupted"
    return Generated(root, plans, write_files(plans, root, corrupted=True))


def _labels(plan: FilePlan) -> list[str]:
    style = plan.style
    known = [style.label("therapist"), style.label("client")]
    return known + [style.label("unknown", name) for name in templates.UNKNOWN_LABELS]


def _read_back(root: Path, plan: FilePlan) -> tuple[list[str], list[ReadTurn]]:
    """Decode a written file with its own codec and split it into turns, independently of the product."""
    data = (root / plan.name).read_bytes()
    lines = data.decode(decoding_codec(plan.style), errors="replace").replace("\r\n", "\n").split("\n")
    labels = _labels(plan)
    turns: list[ReadTurn] = []
    session = 0
    for number, line in enumerate(lines, start=1):
        if SEPARATOR.match(line):
            session += 1
            continue
        label = next((lab for lab in labels if line.startswith(lab)), None)
        if label is not None:
            turns.append(ReadTurn(session, number, label, line[len(label) :].strip()))
        elif turns and turns[-1].session == session and line.strip():
            last = turns[-1]
            turns[-1] = ReadTurn(last.session, last.line, last.label, f"{last.text}\n{line.strip()}".strip())
    return lines, turns


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower().replace("\u2019", "'"))


def _near(a: str, b: str) -> bool:
    """At most two words apart once case, punctuation, quotes and whitespace are set aside."""
    x, y = _words(a), _words(b)
    matched = sum(block.size for block in difflib.SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks())
    return len(x) + len(y) - 2 * matched <= 4


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


@pytest.mark.shared
def test_every_kind_is_injected(generated: Generated) -> None:
    kinds = {t.defect_type for r in generated.rendered for t in r.truths}
    assert kinds == set(INJECTED_KINDS)


@pytest.mark.shared
def test_truth_lines_point_at_the_injected_turn_in_the_written_file(generated: Generated) -> None:
    plans = {p.name: p for p in generated.plans}
    checked: set[str] = set()
    for rendered in generated.rendered:
        plan = plans[rendered.name]
        if plan.junk is not None:
            assert [t.defect_type for t in rendered.truths] == ["unparseable_file"]
            assert not _read_back(generated.root, plan)[1], "an unparseable file must hold no turn"
            checked.add("unparseable_file")
            continue
        lines, turns = _read_back(generated.root, plan)
        at_line = {t.line: t for t in turns}
        therapist, client = plan.style.label("therapist"), plan.style.label("client")
        for truth in rendered.truths:
            if truth.source_line is None:
                _check_session_truth(truth, turns, plan, generated)
                checked.add(truth.defect_type)
                continue
            line = lines[truth.source_line - 1]
            if truth.defect_type == "unparseable_line":
                assert truth.source_line not in at_line and line.replace("\u2019", "'") in templates.STRAY_PROSE
                previous = [x for x in lines[: truth.source_line - 1] if x.strip()]
                assert previous and SEPARATOR.match(previous[-1])
                checked.add(truth.defect_type)
                continue
            if truth.note == OWN_LINE_ARTEFACT:
                # The turn's last line, a paragraph of its own that is nothing but the artefact.
                assert truth.source_line not in at_line and lines[truth.source_line - 2] == ""
                assert any(a in line.replace("\u2019", "'") for a in ARTEFACTS), line
                checked.add(truth.defect_type)
                continue
            turn = at_line.get(truth.source_line)
            assert turn is not None, f"{truth} does not point at a label line: {line!r}"
            session_turns = [t for t in turns if t.session == turn.session]
            earlier = [t for t in session_turns if t.line < turn.line and t.label == turn.label]
            _check_turn_truth(truth, turn, earlier, session_turns, therapist, client)
            checked.add(truth.defect_type)
    assert checked == set(INJECTED_KINDS)


def _check_turn_truth(
    truth: Truth, turn: ReadTurn, earlier: list[ReadTurn], session: list[ReadTurn], therapist: str, client: str
) -> None:
    kind, text = truth.defect_type, turn.text
    if kind == "mojibake":
        assert "\u00e2\u20ac" in text or "\u00c3" in text
    elif kind == "encoding_error":
        assert "\ufffd" in text
    elif kind == "duplicate_turn":
        assert len(text.split()) >= 5 and any(_same(text, e.text) for e in earlier)
    elif kind == "near_duplicate_turn":
        assert not any(_same(text, e.text) for e in earlier)
        assert any(_near(text, e.text) for e in earlier)
    elif kind == "repetition_loop":
        later = [t for t in session if t.line > turn.line and t.label == turn.label]
        assert sum(1 for t in later if _near(text, t.text)) >= 2
    elif kind == "refusal":
        assert turn.label == therapist
    elif kind == "role_inversion":
        # A client turn's words in the counsellor's place, or (a labelling slip) under the counsellor's label between
        # two of the counsellor's turns.
        after = [t for t in session if t.line > turn.line]
        before = [t for t in session if t.line < turn.line]
        flipped = turn.label == therapist and before[-1].label == after[0].label == therapist
        assert turn.label == client or flipped
    elif kind == "truncated_turn":
        assert text and not TERMINAL.search(text)
    elif kind == "meta_text":
        assert any(a in text.replace("\u2019", "'") for a in ARTEFACTS)
    elif kind == "empty_turn":
        assert text == ""
    elif kind == "unknown_speaker":
        assert turn.label not in (therapist, client)
    elif kind == "consecutive_speaker":
        before = [t for t in session if t.line < turn.line]
        assert before and before[-1].label == turn.label
    else:
        raise AssertionError(f"unexpected turn-level kind {kind}")


def _check_session_truth(truth: Truth, turns: list[ReadTurn], plan: FilePlan, generated: Generated) -> None:
    mine = [t for t in turns if t.session == truth.session_index]
    assert mine, f"{truth}: no such session"
    if truth.defect_type == "duplicate_session":
        texts = [t.text for t in mine]
        earlier: list[list[str]] = []
        for other in generated.plans:
            if other.batch == plan.batch and other.name <= plan.name and other.junk is None:
                _, other_turns = _read_back(generated.root, other)
                for index in {t.session for t in other_turns}:
                    if other.name < plan.name or index < truth.session_index:
                        earlier.append([t.text for t in other_turns if t.session == index])
        assert texts in earlier
    elif truth.defect_type == "role_inversion":
        original = plan.sessions[truth.session_index].clean
        therapist = plan.style.label("therapist")
        expected = [t.role != "therapist" for t in original]
        assert [t.label == therapist for t in mine] == expected
    else:
        raise AssertionError(f"unexpected session-level kind {truth.defect_type}")


@pytest.mark.shared
def test_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    shared_path("corpora")
    report = run_benchmark(6, SEED, tmp_path)
    kinds = report["kinds"]
    assert isinstance(kinds, list)
    injected = {row["kind"]: row["injected"] for row in kinds}
    assert all(injected.get(kind, 0) >= 1 for kind in INJECTED_KINDS)
    for row in kinds:
        assert row["tp"] + row["fn"] == row["injected"] and row["tp"] + row["fp"] == row["predicted"]
    assert isinstance(report["fidelity"], dict) and report["fidelity"]["original_turns"] > 0


def test_scoring_counts_tp_fp_fn_and_leaves_baseline_rows_out(tmp_path: Path) -> None:
    root = tmp_path / "corrupted"
    sources = pl.DataFrame({"source_id": ["s1", "s2"], "path": [str(root / "a.txt"), str(root / "b.txt")]})
    sessions = pl.DataFrame({"session_id": ["x0", "x1", "y0"], "session_index": [0, 1, 0]})
    rows = [
        ("s1", "x0", 3, "duplicate_turn"),  # TP
        ("s1", "x0", 3, "duplicate_turn"),  # the same key twice counts once
        ("s1", "x0", 9, "duplicate_turn"),  # FP
        ("s1", "x1", 21, "duplicate_turn"),  # in the baseline: left out
        ("s1", "x1", None, "duplicate_session"),  # TP, session level
        ("s2", "y0", None, "duplicate_session"),  # FP, session level
        ("s2", None, 4, "unparseable_line"),  # TP, no session
        ("s2", "y0", 7, "refusal"),  # FP, nothing of this kind injected
    ]
    defects = pl.DataFrame(
        rows,
        orient="row",
        schema={"source_id": pl.String, "session_id": pl.String, "source_line": pl.Int64, "defect_type": pl.String},
    )
    predicted = keys_of(predicted_frame(defects, sources, sessions, root))
    truth = {
        truth_key(Truth("a.txt", 0, 3, "duplicate_turn")),
        truth_key(Truth("a.txt", 0, 15, "duplicate_turn")),  # FN
        truth_key(Truth("a.txt", 1, None, "duplicate_session")),
        truth_key(Truth("b.txt", 0, 4, "unparseable_line")),
        truth_key(Truth("b.txt", 0, 11, "empty_turn")),  # FN
    }
    baseline: set[Key] = {(LINE, "a.txt", 21, "duplicate_turn")}

    got = {
        s.kind: (s.injected, s.predicted, s.tp, s.fp, s.fn, s.baseline_excluded)
        for s in score(truth, predicted, baseline)
    }

    assert got == {
        "duplicate_turn": (2, 2, 1, 1, 1, 1),
        "refusal": (0, 1, 0, 1, 0, 0),
        "empty_turn": (1, 0, 0, 0, 1, 0),
        "unparseable_line": (1, 1, 1, 0, 0, 0),
        "duplicate_session": (1, 2, 1, 1, 0, 0),
    }
    by_kind = {s.kind: s for s in score(truth, predicted, baseline)}
    assert by_kind["duplicate_turn"].precision == 0.5 and by_kind["duplicate_turn"].recall == 0.5
    assert by_kind["empty_turn"].precision is None and by_kind["refusal"].recall is None


def test_baseline_rows_follow_their_turn_to_its_corrupted_line() -> None:
    clean = [Rendered("a.txt", b"", [], [], {(0, 0): 1, (0, 1): 3, (1, 0): 7}, [], [])]
    # Two turns were injected before original turn 1, and session 0 was copied into b.txt.
    corrupted = [
        Rendered("a.txt", b"", [], [], {(0, 0): 1, (0, 1): 7, (1, 0): 11}, [], []),
        Rendered("b.txt", b"", [], [], {}, [("a.txt", 0, 1, 30)], [("a.txt", 0, 2)]),
    ]
    clean_keys: set[Key] = {
        (LINE, "a.txt", 3, "duplicate_turn"),
        (LINE, "a.txt", 5, "unparseable_line"),  # not a label line: cannot move
        (SESSION, "a.txt", 0, "duplicate_session"),
    }
    assert translate_baseline(clean_keys, clean, corrupted) == {
        (LINE, "a.txt", 7, "duplicate_turn"),
        (LINE, "b.txt", 30, "duplicate_turn"),
        (SESSION, "a.txt", 0, "duplicate_session"),
        (SESSION, "b.txt", 2, "duplicate_session"),
    }


def test_fidelity_aligns_kept_turns_with_the_expected_ones() -> None:
    expected = [
        ExpectedSession(
            "a.txt", 0, "annomi", (("Hello  there.", True), ("I can't help.", False), ("Bye now", True)), 2
        ),
        ExpectedSession("a.txt", 1, "annomi", (("Only turn", True),), 0),
    ]
    kept = pl.DataFrame(
        {
            "file": ["a.txt"] * 4,
            "session_index": [0, 0, 0, 1],
            "turn_index": [0, 1, 2, 0],
            # A junk turn kept, an encoding error's U+FFFD, and a turn of session 1 not restored.
            "text": ["Hello there.", "Junk kept", "Bye \ufffdnow", "Only turn (Note: fictional)"],
        }
    )
    result = fidelity(expected, kept)
    assert (result.original_turns, result.recovered, result.kept_turns, result.unexpected_kept) == (3, 2, 4, 2)
    assert result.injected_drops == 2
