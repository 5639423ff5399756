"""OpenAI Batch API output: each result row a turn (speaker in the custom_id) or a whole labelled session."""

from __future__ import annotations

import json

from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import OPENAI_BATCH, detect_format


def _row(custom_id: str, content: str | None, finish: str = "stop") -> str:
    if content is None:
        return json.dumps({"id": "batch_req_x", "custom_id": custom_id, "response": None,
                           "error": {"code": "server_error", "message": "retry"}})  # fmt: skip
    body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}]}
    return json.dumps({"id": "batch_req_x", "custom_id": custom_id, "response": {"status_code": 200, "body": body},
                       "error": None})  # fmt: skip


BATCH = "\n".join(
    [
        _row("sim-1/t01/client", "I keep cancelling plans with friends."),
        _row("sim-1/t02/counsellor", "What happens just before you cancel?"),
        _row("sim-1/t03/client", None),
        _row("sim-1/t03/client/retry1", "I start imagining the evening going badly and I", "length"),
        _row("whole-7", "Therapist: How was the week?\nClient: Better, honestly."),
        '{"id": "batch_req_y", "custom_id": "sim-1/t04/couns',
    ]
)


def test_turns_by_custom_id_and_whole_sessions_by_their_labels() -> None:
    assert detect_format("/data/results.jsonl", BATCH) == OPENAI_BATCH
    parsed = parse_files(files(BATCH, paths=["/data/results.jsonl"]))
    turns = parsed.turns.join(parsed.sessions, on=["source_id", "segment"])
    assert rows(turns, "session_index", "source_line", "speaker", "role", "text") == [
        (0, 1, "client", "client", "I keep cancelling plans with friends."),
        (0, 2, "counsellor", "therapist", "What happens just before you cancel?"),
        # A retried request's reply stands where it came; the failed request is no turn.
        (0, 4, "client", "client", "I start imagining the evening going badly and I"),
        (1, 5, "Therapist", "therapist", "How was the week?"),
        (1, 5, "Client", "client", "Better, honestly."),
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "dialogue": "sim-1",
        "failed_requests": ["sim-1/t03/client"],
    }
    # The token limit that cut a reply is kept beside it.
    assert loads(turns["source_labels"][2]) == {"custom_id": "sim-1/t03/client/retry1", "finish_reason": "length"}
    # A row cut off by an interrupted download is stray text, not a turn.
    assert rows(parsed.stray_lines, "line_no") == [(6,)]


def test_rows_come_in_custom_id_order_and_none_vanishes() -> None:
    # Output order is not input order; a dialogue whose every request failed, a failed whole-session request and one
    # that holds no turn are stray text; a structured-output refusal is the turn's text.
    refusal = json.dumps({"custom_id": "sim-2/t02/counsellor", "response": {"status_code": 200, "body": {"choices": [
        {"message": {"role": "assistant", "content": None, "refusal": "I'm sorry, I can't help with that."},
         "finish_reason": "stop"}]}}, "error": None})  # fmt: skip
    text = "\n".join(
        [
            _row("sim-2/t10/client", "Later, then."),
            _row("sim-2/t01/client", "Hi."),
            refusal,
            _row("sim-3/t01/client", None),
            _row("whole-8", None),
            _row("whole-9", "A paragraph of prose with no labels at all."),
        ]
    )
    parsed = parse_files(files(text, paths=["/data/results.jsonl"]))
    assert rows(parsed.turns, "source_line", "text") == [
        (2, "Hi."),
        (3, "I'm sorry, I can't help with that."),
        (1, "Later, then."),
    ]
    assert rows(parsed.stray_lines, "line_no") == [(4,), (5,), (6,)]
