"""Text chat formats: CHAT/CHILDES `.cha` transcripts (transforms/formats/chat_cha.py), Apple Messages exports
(imessage.py), and `CAPITALS.` labels of play and training scripts (plain_text.py).

The dialogue is made up for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import CHAT_CHA, IMESSAGE, PLAIN_TEXT, detect_format
from transforms.formats.plain_text import parse_lines
from transforms.lines import split_lines

# Line numbers matter: the tests name them.
CHA = (
    "@UTF8\n"  # 1
    "@Begin\n"  # 2
    "@Languages:\teng\n"  # 3
    "@Participants:\tTHE Therapist, CLI Client,\n"  # 4
    "\tUNK Unidentified\n"  # 5
    "@Date:\t14-MAR-2024\n"  # 6
    "*THE:\tSo what would be different?\n"  # 7
    "%com:\tclient looks out of the window\n"  # 8
    "*CLI:\tI'd sleep properly, I think.\n"  # 9
    "\tFor once. \x151200_3400\x15\n"  # 10
    "*UNK:\t0 .\n"  # 11
    "%act:\tknocks on the door\n"  # 12
    "*THE:\tTake your time.\n"  # 13
    "*CLI:\tI'd sleep properly, I think.\n"  # 14
)


def test_cha_is_detected_by_content() -> None:
    assert detect_format("/data/s1.cha", CHA) == CHAT_CHA
    assert detect_format("/data/s1.txt", CHA) == CHAT_CHA
    # Without the `@UTF8`/`@Begin` opening: `@Participants` and utterance tiers.
    assert detect_format("/data/s1.txt", CHA.replace("@UTF8\n@Begin\n", "")) == CHAT_CHA


def test_cha_turns_speakers_roles_and_lines() -> None:
    parsed = parse_files(files(CHA))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (7, "Therapist", "therapist", "So what would be different?"),
        (9, "Client", "client", "I'd sleep properly, I think. For once."),
        # An action without speech is the turn's text, not an empty turn.
        (11, "Unidentified", "unknown", "0 ."),
        (13, "Therapist", "therapist", "Take your time."),
        (14, "Client", "client", "I'd sleep properly, I think."),
    ]
    assert parsed.turns["timestamp"].to_list() == [None, "1200_3400", None, None, None]


def test_cha_headers_and_dependent_tiers_are_no_speech() -> None:
    parsed = parse_files(files(CHA))
    assert not any("window" in text or "knocks" in text for text in parsed.turns["text"])
    assert [loads(labels) for labels in parsed.turns["source_labels"]][:3] == [
        {"%com": "client looks out of the window"},
        None,
        {"%act": "knocks on the door"},
    ]
    assert parsed.header_lines["line_no"].to_list() == [1, 2, 3, 4, 5, 6, 8, 12]
    assert parsed.stray_lines.height == 0
    # The file is cut (no `@End`): said in the session's metadata.
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "participants": {"THE": "Therapist", "CLI": "Client", "UNK": "Unidentified"},
        "end_marker": False,
    }


def test_cha_names_and_text_after_end() -> None:
    text = "@Begin\n@Participants:\tTHE Ana_Silva Therapist, CLI Rob Client\n*THE:\tHi Rob.\n*CLI:\tHi.\n@End\nnotes\n"
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "role") == [("Ana Silva", "therapist"), ("Rob", "client")]
    assert loads(parsed.sessions["source_metadata"][0]) == {"participants": {"THE": "Ana Silva", "CLI": "Rob"}}
    assert rows(parsed.stray_lines, "line_no", "line") == [(6, "notes")]


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: Hello.\nClient: Hi.\n",
        "@kez_m: hey\n@dr.ifeoma: hello\n@kez_m: ok\n",
        # An e-mail's `*Note:` is no utterance tier without `@Participants`.
        "Therapist: Hello.\n*Note: late start\nClient: Hi.\n",
    ],
)
def test_near_misses_stay_plain_text(text: str) -> None:
    assert detect_format("/data/x.txt", text) == PLAIN_TEXT


# --- Apple Messages -------------------------------------------------------------------------------------------------

IMESSAGE_EXPORT = (
    "Messages with Sam Okafor\n"  # 1
    "\n"  # 2
    "Mar 14, 2024  7:04:11 PM (Read by them after 2 minutes)\n"  # 3
    "Me\n"  # 4
    "Are you free to talk tonight?\n"  # 5
    "\n"  # 6
    "Mar 14, 2024  7:09:52 PM\n"  # 7
    "Sam Okafor\n"  # 8
    "Yes, after dinner.\n"  # 9
    "\n"  # 10
    "Around 8?\n"  # 11
    "\n"  # 12
    "Mar 14, 2024  7:10:03 PM\n"  # 13
    "Me\n"  # 14
    "Loved \u201cYes, after dinner.\u201d\n"  # 15
    "\n"  # 16
    "Mar 14, 2024  7:11:00 PM\n"  # 17
    "+44 7700 900123\n"  # 18
    "Sorry, is this the yoga class group?\n"  # 19
    "\n"  # 20
    "Mar 14, 2024  7:12:00 PM\n"  # 21
    "+44 7700 900123\n"  # 22
    "Sorry, is this the yoga class group?\n"  # 23
)


def test_imessage_is_detected_by_content() -> None:
    assert detect_format("/data/chat.txt", IMESSAGE_EXPORT) == IMESSAGE


def test_imessage_blocks_are_turns_at_their_sender_line() -> None:
    parsed = parse_files(files(IMESSAGE_EXPORT))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text", "timestamp") == [
        (4, "Me", "unknown", "Are you free to talk tonight?", "Mar 14, 2024  7:04:11 PM"),
        (8, "Sam Okafor", "unknown", "Yes, after dinner.\n\nAround 8?", "Mar 14, 2024  7:09:52 PM"),
        (18, "+44 7700 900123", "unknown", "Sorry, is this the yoga class group?", "Mar 14, 2024  7:11:00 PM"),
        (22, "+44 7700 900123", "unknown", "Sorry, is this the yoga class group?", "Mar 14, 2024  7:12:00 PM"),
    ]
    assert loads(parsed.turns["source_labels"][0]) == {"receipt": "Read by them after 2 minutes"}
    assert rows(parsed.header_lines, "line_no", "line") == [(1, "Messages with Sam Okafor")]


def test_a_tapback_is_a_reaction_not_a_turn() -> None:
    parsed = parse_files(files(IMESSAGE_EXPORT))
    assert not any(text.startswith("Loved") for text in parsed.turns["text"])
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "reactions": [
            {
                "sender": "Me",
                "timestamp": "Mar 14, 2024  7:10:03 PM",
                "source_line": 14,
                "reaction": "Loved \u201cYes, after dinner.\u201d",
            }
        ]
    }


def test_a_named_role_sender_keeps_its_role() -> None:
    text = "Mar 1, 2024  9:00 AM\nCounsellor\nHi, it's Dee.\n\nMar 1, 2024  9:02 AM\nMe\nHi.\n"
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "role") == [("Counsellor", "therapist"), ("Me", "unknown")]


@pytest.mark.parametrize(
    "text",
    [
        # One dated block in a diary note is not an export.
        "Mar 14, 2024  7:04 PM\nMe\nFelt low today.\n",
        # A dated transcript whose dates sit far down.
        "Therapist: Hi.\nClient: Hello.\nTherapist: So.\nClient: Yes.\nTherapist: Go on.\nClient: Well.\n"
        "Mar 14, 2024  7:04 PM\nMe\nok\n\nMar 14, 2024  7:05 PM\nMe\nok\n",
    ],
)
def test_imessage_near_misses(text: str) -> None:
    assert detect_format("/data/x.txt", text) == PLAIN_TEXT


# --- CAPITALS. labels ----------------------------------------------------------------------------------------------


def _parse(text: str) -> list[tuple[int, str, str, str]]:
    parsed = parse_lines(split_lines(pl.DataFrame({"source_id": ["f"], "text": [text]})))
    return rows(parsed.turns, "source_line", "speaker", "role", "text")


SCRIPT = (
    "Role-play 3: first appointment\n"
    "COUNSELLOR. Come in, sit wherever you like.\n"
    "MR OKONJO. Thank you.\n"
    "COUNSELLOR. What brings you here today?\n"
    "MR OKONJO. My daughter. She said I should come.\n"
)


def test_capitals_with_a_full_stop_are_labels_in_a_script() -> None:
    assert _parse(SCRIPT) == [
        (2, "COUNSELLOR", "therapist", "Come in, sit wherever you like."),
        (3, "MR OKONJO", "unknown", "Thank you."),
        (4, "COUNSELLOR", "therapist", "What brings you here today?"),
        (5, "MR OKONJO", "unknown", "My daughter. She said I should come."),
    ]


def test_a_capitals_label_with_nothing_after_it_is_an_empty_turn() -> None:
    assert _parse(SCRIPT + "COUNSELLOR. And how do you feel about that?\nMR OKONJO.\n")[-1] == (
        7,
        "MR OKONJO",
        "unknown",
        "",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: How are you?\nClient: OK. Fine.\nTherapist: Really?\nClient: NO. I won't.\n",
        # No label the alias table knows.
        "OK. Fine.\nNO. I won't.\nOK. Then.\nNO. Never.\n",
        # One known label once, in a colon transcript.
        "Therapist: Hi.\nCLIENT. hmm\nClient: yes\nTherapist: ok\nClient: fine\n",
    ],
)
def test_sentences_opening_in_capitals_stay_text(text: str) -> None:
    turns = _parse(text)
    assert all(speaker not in ("OK", "NO", "CLIENT") for _, speaker, _, _ in turns)
    assert "".join(t[3] for t in turns).count(".") >= 2 or not turns


def test_a_colon_label_with_a_full_stop_is_still_a_colon_label() -> None:
    assert [t[1] for t in _parse("DR. LEE: Hello.\nCLIENT: Hi.\nDR. LEE: Good.\n")] == ["DR. LEE", "CLIENT", "DR. LEE"]


# --- the whole batch -----------------------------------------------------------------------------------------------


def _load(tmp_path: Path, name: str, data: str) -> Any:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    return process_batch([str(path)], {})


def _duplicate_lines(batch: Any) -> list[int]:
    defects = batch.defects.filter(pl.col("defect_type") == "duplicate_turn")
    return sorted(defects.get_column("source_line").to_list())


def test_cha_through_the_batch(tmp_path: Path) -> None:
    # Without line 10 (the continuation), the client's last turn (now line 13) repeats its first (line 9).
    batch = _load(tmp_path, "session.cha", CHA.replace("\tFor once. \x151200_3400\x15\n", ""))
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 1, 5)
    assert _duplicate_lines(batch) == [13]
    assert "unparseable_line" not in set(batch.defects.get_column("defect_type").to_list())


def test_imessage_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "messages.txt", IMESSAGE_EXPORT)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 1, 4)
    assert _duplicate_lines(batch) == [22]
    assert "unparseable_line" not in set(batch.defects.get_column("defect_type").to_list())


def test_capitals_script_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "script.txt", SCRIPT + "MR OKONJO. My daughter. She said I should come.\n")
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 1, 5)
    assert _duplicate_lines(batch) == [6]
