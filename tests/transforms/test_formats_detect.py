"""detect_format: the parser is chosen by content, the file name only settles what content cannot."""

from __future__ import annotations

import json

import pytest

from transforms.formats.csv_table import sniff_delimiter
from transforms.formats.detect import (
    CACTUS,
    CHAT_JSON,
    CSV_TABLE,
    ESCONV,
    LABELLED_LINES,
    PLAIN_TEXT,
    PSYCHEVAL,
    SMILECHAT,
    UNKNOWN_JSON,
    detect_format,
)

CHAT = {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}
ESCONV_RECORD = {"emotion_type": "anxiety", "dialog": [{"speaker": "usr", "text": "Hi"}]}
PSYCHEVAL_CASE = {"client_id": 1, "sessions": [{"session_number": 1, "session_dialogue": []}]}
SHAREGPT = {"id": "a", "conversations": [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello"}]}
CACTUS_RECORD = {"AI_client": {"dialogue_history_init": "Counselor: Hi"}, "ground_truth_CBT": ["Reality Testing"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (json.dumps(CHAT), CHAT_JSON),
        (json.dumps(CHAT) + "\n" + json.dumps(CHAT) + "\n", CHAT_JSON),
        (json.dumps([CHAT, CHAT], indent=2), CHAT_JSON),
        (json.dumps(CHAT["messages"], indent=2), SMILECHAT),
        (json.dumps(ESCONV_RECORD) + "\n" + json.dumps(ESCONV_RECORD), ESCONV),
        (json.dumps([ESCONV_RECORD], indent=1), ESCONV),
        (json.dumps(PSYCHEVAL_CASE, indent=4), PSYCHEVAL),
        (json.dumps([CACTUS_RECORD], indent=4), CACTUS),
        ('["Client: Hi.", "Therapist: Hello."]', LABELLED_LINES),
        ('[1, 2, 3]', UNKNOWN_JSON),
        ('{"name": "settings", "theme": "dark"}', UNKNOWN_JSON),
        ("\ufeff  \n" + json.dumps(CHAT), CHAT_JSON),
        (json.dumps([SHAREGPT]), CHAT_JSON),
        (json.dumps([{"speaker": "Therapist", "utterance": "Hi"}]), SMILECHAT),
        (json.dumps([{"id": 1, "text": "a note"}]), UNKNOWN_JSON),
    ],
    ids=["object", "jsonl", "list", "message-list", "esconv-jsonl", "esconv-list", "psycheval", "cactus",
         "strings", "numbers", "other-object", "bom-and-blank-lines", "sharegpt", "speaker-utterance-list",
         "texts-without-speakers"],
)  # fmt: skip
def test_json_shapes(text: str, expected: str) -> None:
    # The name says .txt: content decides.
    assert detect_format("/data/export.txt", text) == expected


def test_text_that_merely_starts_with_a_bracket_is_plain_text() -> None:
    text = "[00:00:05] Therapist: Hello.\n[00:00:09] Client: Hi.\n"
    assert detect_format("/data/session.json", text) == PLAIN_TEXT


@pytest.mark.parametrize(
    "header",
    [
        "transcript_id,utterance_id,interlocutor,timestamp,utterance_text",
        "session_id\tturn\tspeaker\ttext",
        "Conversation_ID;Role;Content",
    ],
)
def test_tables_with_speaker_and_text_columns(header: str) -> None:
    text = header + "\n" + "x,1,therapist,00:00:01,Hello\n"
    assert detect_format("/data/export.txt", text) == CSV_TABLE


def test_a_csv_without_speaker_and_text_columns_is_not_a_transcript_table() -> None:
    assert detect_format("/data/scores.csv", "id,score,date\n1,3,2024-01-01\n") == PLAIN_TEXT


def test_the_column_mapping_makes_other_tables_readable() -> None:
    text = "conv,who,said\n1,T,Hello\n"
    assert detect_format("/data/a.csv", text) == PLAIN_TEXT
    mapping = json.dumps({"session": "conv", "speaker": "who", "text": "said"})
    assert detect_format("/data/a.csv", text, mapping) == CSV_TABLE


def test_a_labelled_line_with_commas_is_still_plain_text() -> None:
    text = "Therapist: Well, you said speaker, text, role... all of it.\nClient: Yes.\n"
    assert detect_format("/data/a.txt", text) == PLAIN_TEXT


def test_a_single_column_is_never_a_table() -> None:
    assert detect_format("/data/a.csv", "text\nHello\n") == PLAIN_TEXT


@pytest.mark.parametrize(("path", "delimiter"), [("a.tsv", "\t"), ("a.TSV.gz", "\t"), ("a.csv", ","), ("a.txt", "\t")])
def test_the_file_name_breaks_a_delimiter_tie(path: str, delimiter: str) -> None:
    assert sniff_delimiter("speaker\ttext,notes", path=path) == delimiter
