"""Switchboard-style dialogue-act files: a turn per speaker turn, the act tags as labels."""

from __future__ import annotations

import json
from pathlib import Path

from flows.batch import process_batch
from tests.transforms._formats import files, rows
from transforms.formats import parse_files
from transforms.formats.detect import DIALOGUE_ACTS, detect_format

UTT = (
    "FILENAME:\thl_0317\n"  # 1
    "SPEAKER_A:\tC07, volunteer listener (counsellor role)\n"  # 2
    "SPEAKER_B:\tcaller\n"  # 3
    "\n"
    "=========================================================\n"  # 5
    "\n"
    "fp          A.1 utt1: Hello, you're through to the carers' line, {F um, } my name's Jo. /\n"  # 7
    "qw          A.1 utt2: What would you like to talk about tonight? /\n"
    "sd          B.2 utt1: {F Uh, } it's my dad. /\n"  # 9
    "+           B.2 utt2: and tonight he didn't know who I was -/\n"
    "x           C.3 utt1: Mum, where's the charger? /\n"  # 11
    "ba          A.4 utt1: Oh, that must have been so hard. /\n"  # 12
)


def test_utterances_of_one_speaker_turn_are_one_turn_with_their_act_tags() -> None:
    assert detect_format("/x/hl_0317.utt", UTT) == DIALOGUE_ACTS
    parsed = parse_files(files(UTT))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (7, "Speaker A", "therapist", "Hello, you're through to the carers' line, {F um, } my name's Jo. What would "
         "you like to talk about tonight?"),
        (9, "Speaker B", "client", "{F Uh, } it's my dad. and tonight he didn't know who I was -"),
        # A channel letter no header line names is nobody's role (the alias table's `C` would say client).
        (11, "Speaker C", "unknown", "Mum, where's the charger?"),
        (12, "Speaker A", "therapist", "Oh, that must have been so hard."),
    ]  # fmt: skip
    assert [json.loads(labels)["dialogue_acts"] for labels in parsed.turns["source_labels"]] == [
        ["fp", "qw"],
        ["sd", "+"],
        ["x"],
        ["ba"],
    ]
    assert json.loads(parsed.sessions["source_metadata"][0])["speaker_b"] == "caller"
    assert parsed.stray_lines.height == 0


def test_a_dialogue_act_file_loads_with_its_defects(tmp_path: Path) -> None:
    path = tmp_path / "call.utt"
    path.write_text(
        UTT
        + "sd          B.5 utt1: I'd have to sort out someone to sit with Dad, and the last time I left him with a\n"
    )
    batch = process_batch([str(path)], {})
    assert batch.sources["status"].to_list() == ["loaded"]
    flagged = batch.defects.filter(batch.defects["defect_type"] != "consecutive_speaker")
    assert sorted(flagged.select("source_line", "defect_type").rows()) == [
        (11, "unknown_speaker"),
        (13, "truncated_turn"),
    ]
