"""Each real corpus in ../shared/corpora/ through the batch (no Prefect), against its README's counts.

Expected figures come from ../shared/corpora/README.md (and the folders' own READMEs); where a README
gives no count, the figure is derived here from the raw JSON with the json module, independently of
the parsers.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from flows.batch import process_batch
from schemas.validate import ValidatedBatch
from tests.conftest import shared_path
from transforms.decode import decode_bytes
from transforms.formats import ParsedText, parse_files
from transforms.formats.base import SESSION_HEADING

pytestmark = pytest.mark.shared
_ANY_LIST = pl.List(pl.Struct({"annotator_id": pl.String}))


def _ingest(paths: list[Path]) -> ValidatedBatch:
    batch = process_batch([str(p) for p in paths], {})
    loaded = batch.sources.filter(pl.col("status") == "loaded")
    assert loaded.height == len(paths), batch.sources.filter(pl.col("status") != "loaded").select("path", "error")
    return batch


def _parsed(paths: list[Path]) -> ParsedText:
    """The parse step alone (before repair and dedupe), for counts the warehouse keeps only after dedupe."""
    files = pl.DataFrame(
        {
            "source_id": [str(p) for p in paths],
            "path": [str(p) for p in paths],
            "text": [decode_bytes(p.read_bytes()).text for p in paths],
        }
    )
    return parse_files(files)


def _roles(frame: pl.DataFrame) -> dict[str, int]:
    return dict(frame.group_by("role").len().iter_rows())


def _turns_parsed(batch: ValidatedBatch) -> int:
    return int(batch.sessions.get_column("n_turns_parsed").sum())


def test_annomi_simple() -> None:
    path = shared_path("corpora", "annomi", "AnnoMI-simple.csv")
    batch = _ingest([path])

    assert batch.sessions.height == 133
    assert _turns_parsed(batch) == 9_699
    assert batch.sources.get_column("turns_parsed").to_list() == [9_699]
    assert _roles(_parsed([path]).turns) == {"therapist": 4_882, "client": 4_817}
    assert "unknown" not in _roles(batch.turns)
    # The source's own labels and session facts are kept for comparison with ours.
    first = batch.turns.filter(pl.col("source_line") == 2).row(0, named=True)
    assert first["timestamp"] == "00:00:13"
    assert json.loads(first["source_labels"])["main_therapist_behaviour"] == "question"
    metadata = json.loads(batch.sessions.filter(pl.col("source_line") == 2).get_column("source_metadata")[0])
    assert metadata["transcript_id"] == "0" and {"mi_quality", "topic", "video_url"} <= set(metadata)


def test_annomi_full_beside_simple_loads_both_files_with_the_same_dialogue() -> None:
    folder = shared_path("corpora", "annomi")
    full, simple = folder / "AnnoMI-full.csv", folder / "AnnoMI-simple.csv"
    parsed = _parsed([full, simple])

    def dialogue(path: Path) -> pl.DataFrame:
        sessions = parsed.sessions.filter(pl.col("source_id") == str(path)).select(
            "segment", pl.col("source_metadata").str.json_path_match("$.transcript_id").alias("transcript")
        )
        return (
            parsed.turns.filter(pl.col("source_id") == str(path))
            .join(sessions, on="segment")
            .select("transcript", "source_turn_index", "role", "text")
            .sort("transcript", "source_turn_index")
        )

    # One turn per utterance, not per annotator: the same 133 dialogues and 9,699 utterances.
    assert parsed.sessions.group_by("source_id").len().get_column("len").to_list() == [133, 133]
    assert dialogue(full).equals(dialogue(simple))
    annotators = (
        parsed.turns.filter(pl.col("source_id") == str(full))
        .select(pl.col("source_labels").str.json_path_match("$.annotations").str.json_decode(_ANY_LIST).list.len())
        .to_series()
        .value_counts()
        .sort("source_labels")
        .rows()
    )
    assert annotators == [(1, 9_271), (10, 428)]


def test_esconv_fado_reformat() -> None:
    folder = shared_path("corpora", "esconv", "fado_reformat")
    batch = _ingest(sorted(folder.glob("*.txt")))

    assert batch.sessions.height == 1_300
    assert _turns_parsed(batch) == 38_365
    assert "unknown" not in _roles(batch.turns)
    strategies = (
        batch.turns.filter(pl.col("role") == "therapist")
        .select(pl.col("source_labels").str.json_path_match("$.strategy"))
        .to_series()
    )
    assert strategies.null_count() == 0
    assert "Reflection of feelings" in strategies.to_list()
    metadata = json.loads(batch.sessions.get_column("source_metadata")[0])
    assert {"emotion_type", "problem_type", "situation"} <= set(metadata)


def test_esconv_rejected_dialogues_use_the_original_layout() -> None:
    path = shared_path("corpora", "esconv", "FailedESConv.json")
    batch = _ingest([path])
    raw = json.loads(path.read_text())

    assert batch.sessions.height == len(raw) == 196
    assert _turns_parsed(batch) == sum(len(d["dialog"]) for d in raw)
    assert "unknown" not in _roles(batch.turns)


def test_cpsycound() -> None:
    folder = shared_path("corpora", "cpsycoun", "CPsyCounD", "Data")
    paths = sorted(folder.glob("*.txt"))
    batch = _ingest(paths)
    parsed = _parsed(paths)

    assert len(paths) == 3_084
    # One dialogue is five counselling sessions separated by `---` lines (case_999.txt), another two under a
    # "second consultation" heading (case_1997.txt): 3,084 + 4 + 1 = 3,089 parsed sessions. Three of them repeat
    # another file's dialogue (case_2274 and case_2301 are byte-for-byte the same, and differ from case_1762 only in
    # punctuation; case_3049 likewise repeats case_2291), so they are dropped as duplicate sessions, their turns kept
    # in the defect's excerpt.
    assert parsed.sessions.height == 3_089
    per_file = batch.sessions.group_by("source_path").len().filter(pl.col("len") > 1).sort("source_path").rows()
    assert [(Path(p).name, n) for p, n in per_file] == [("case_1997.txt", 2), ("case_999.txt", 5)]
    duplicates = batch.defects.filter(pl.col("defect_type") == "duplicate_session").join(
        batch.sources.select("source_id", "path"), on="source_id"
    )
    repeated = sorted(
        (Path(path).name, detail.split("/")[-1].split(" ")[0])
        for path, detail in duplicates.select("path", "detail").rows()
    )
    assert repeated == [
        ("case_2274.txt", "case_1762.txt"),
        ("case_2301.txt", "case_1762.txt"),
        ("case_3049.txt", "case_2291.txt"),
    ]
    assert batch.sessions.height == 3_089 - 3
    # Every 来访者/心理咨询师 line starts a turn, with an aside in full-width brackets too (the name of one of a
    # couple; the part the counsellor plays in a role play, the grandmother), and so does a family member's (parents,
    # mother: a client in family counselling; `来访者1` and `来访者2`, a couple numbered); nothing else does: no unknown
    # speakers.
    assert _roles(parsed.turns) == {"client": 24_990, "therapist": 24_814}
    # 30 dialogues close on a generator's end mark on a line of its own, `对话结束` or `咨询结束` in full-width
    # brackets (end of the dialogue / of the consultation): no turn's words, each a meta_text row at its own line,
    # in its session.
    ends = parsed.stray_lines.get_column("line").str.strip_chars().unique().sort().to_list()
    assert (parsed.stray_lines.height, ends) == (
        30,
        ["\uff08\u54a8\u8be2\u7ed3\u675f\uff09", "\uff08\u5bf9\u8bdd\u7ed3\u675f\uff09"],
    )
    end_marks = batch.defects.filter(pl.col("defect_type") == "meta_text", pl.col("detail").str.contains("outside"))
    assert end_marks.height == 30 and end_marks.get_column("session_id").null_count() == 0
    # The README's 1,958 non-blank lines without a speaker label (its count leaves out the 17 labels with an aside
    # and the 3 family members' above, which start turns): 4 session separators, one session heading (case_1997's
    # second consultation, its session's header), the rest continuation lines (advice lists, narration, a relative's
    # words) merged into the turn before them.
    lines = (
        pl.DataFrame({"line": [decode_bytes(p.read_bytes()).text for p in paths]})
        .select(pl.col("line").str.split("\n"))
        .explode("line")
        .filter(pl.col("line").str.strip_chars() != "")
    )
    label = pl.col("line").str.extract(
        r"^\s*(?:来访者|心理咨询师|父母|母亲)(?:\uff08[^\uff09\n]{1,40}\uff09)?\s*\uff1a(.*)$"
    )
    unlabelled = lines.filter(label.is_null())
    separators = unlabelled.filter(pl.col("line").str.contains(r"^\s*-{3,}\s*$")).height
    headings = unlabelled.filter(pl.col("line").str.contains(SESSION_HEADING)).height
    assert (unlabelled.height, separators, headings) == (1_958 - 17 - 3, 4, 1)
    labels_with_text = lines.filter(label.str.strip_chars() != "").height
    turn_lines = parsed.turns.select(
        pl.col("text").str.split("\n").list.eval(pl.element().str.strip_chars() != "").list.sum().sum()
    ).item()
    assert turn_lines == labels_with_text + unlabelled.height - separators - headings - parsed.stray_lines.height


def test_smilechat() -> None:
    folder = shared_path("corpora", "smilechat", "data_sample")
    batch = _ingest(sorted(folder.glob("*.json")))

    assert batch.sessions.height == 500
    assert _turns_parsed(batch) == 5_688
    assert _roles(batch.turns) == {"client": 2_883, "therapist": 2_805}


def test_muspsy() -> None:
    path = shared_path("corpora", "muspsy", "dialogues_1000.txt")
    batch = _ingest([path])

    assert batch.sessions.get_column("n_turns_parsed").to_list() == [46, 29, 31, 35, 33, 20]
    assert _turns_parsed(batch) == 194
    assert "unknown" not in _roles(batch.turns)


def test_psycheval() -> None:
    folder = shared_path("corpora", "psycheval")
    paths = sorted(folder.glob("*.json"))
    batch = _ingest(paths)
    cases = [json.loads(p.read_text()) for p in paths]
    dialogue = [t for case in cases for s in case["sessions"] for t in s["session_dialogue"]]

    assert len(paths) == 3  # three cases
    assert batch.sessions.height == sum(len(case["sessions"]) for case in cases) == 26
    assert _turns_parsed(batch) == len(dialogue) == 1_178
    # One client turn is dropped as a near repeat: the coping statement of line 4270 said again at 4294 with one word
    # changed (我可以说 -> 我会说), which the character-level comparison of Chinese turns finds.
    dropped = batch.defects.filter(pl.col("action") == "dropped").select("defect_type", "source_line").rows()
    assert dropped == [("near_duplicate_turn", 4294)]
    assert _roles(batch.turns) == {"therapist": 602, "client": 575}
    labels = batch.turns.filter(pl.col("role") == "therapist").get_column("source_labels")
    assert labels.null_count() == 0 and labels.str.contains('"skill_ids"').all()
    metadata = json.loads(batch.sessions.get_column("source_metadata")[0])
    assert metadata["theoretical"] in {"cbt", "het", "pdt"} and metadata["suggested_skills"]


def test_cactus() -> None:
    path = shared_path("corpora", "cactus", "evaluation.json")
    batch = _ingest([path])
    records = json.loads(path.read_text())
    openers = Counter(
        line.split(":", 1)[0].strip("* ")
        for record in records
        for line in record["AI_client"]["dialogue_history_init"].split("\n")
        if line.strip()
    )

    assert batch.sessions.height == len(records) == 450
    assert _turns_parsed(batch) == openers["Counselor"] + openers["Client"] == 895
    assert _roles(batch.turns) == {"therapist": 450, "client": 445}
    planned = batch.sessions.select(
        pl.col("source_metadata").str.json_path_match("$.planned_techniques").str.json_decode(pl.List(pl.String))
    ).to_series()
    assert planned.to_list() == [r["ground_truth_CBT"] for r in records]


def test_cpsycoune() -> None:
    folder = shared_path("corpora", "cpsycoun", "CPsyCounE")
    paths = sorted(folder.glob("*/*.json"))
    batch = _ingest(paths)
    strings = [line for p in paths for line in json.loads(p.read_text())]

    assert len(paths) == batch.sessions.height == 45  # nine topics, five cases each
    assert _turns_parsed(batch) == len(strings) == 592
    assert _roles(batch.turns) == {"client": 296, "therapist": 296}
