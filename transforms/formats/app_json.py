"""Application exports with keys of their own: AWS Transcribe job output, Slack day files, Rasa trackers.

One format name (detect.APP_JSON) for three layouts that no generic key list reads right, each in its own module:

| layout | module | recognised by (the first record) |
|---|---|---|
| AWS Transcribe | transcribe_json.py | `results` (or the record) with `transcripts`, and `items` or `speaker_labels` |
| Slack export | slack_export.py | a message: `"type": "message"` and a `ts` (a `YYYY-MM-DD.json` is a list of them) |
| Rasa tracker | rasa_tracker.py | an `events` list of `{"event": ...}` objects beside a `sender_id` |

Detected right after the named dataset shapes (detect.py), before the loose utterance and session shapes, whose key
lists would read a Transcribe job's `audio_segments` as turns or a Slack message's text as a dialogue string. The
parser looks at each file's first record again to hand it to its layout's module.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats import rasa_tracker, slack_export, transcribe_json
from transforms.formats.base import ParsedText, concat_parsed

TRANSCRIBE = "transcribe"
SLACK = "slack"
RASA = "rasa"
_PARSERS = {
    TRANSCRIBE: transcribe_json.parse_files,
    SLACK: slack_export.parse_files,
    RASA: rasa_tracker.parse_files,
}
_DECODER = json.JSONDecoder()


def app_shape(record: dict[str, Any]) -> str | None:
    """The layout of a decoded first record (a dict), or None when it is none of them."""
    if transcribe_json.is_transcribe_job(record):
        return TRANSCRIBE
    if slack_export.is_slack_message(record):
        return SLACK
    if rasa_tracker.is_tracker(record):
        return RASA
    return None


def first_record(text: str) -> Any:
    """A file's first record, as detect.py reads it: a list's first element, a JSON Lines file's first line, or the
    whole object; None when it does not decode."""
    body = text.lstrip("\ufeff \t\r\n")
    try:
        if body.startswith("["):
            start = 1
            while start < len(body) and body[start] in " \t\r\n":
                start += 1
            return _DECODER.raw_decode(body, start)[0]
        for candidate in (body.split("\n", 1)[0], body):
            try:
                return json.loads(candidate)
            except ValueError:
                continue
    except ValueError:
        return None
    return None


def shape_of(text: str) -> str | None:
    record = first_record(text)
    return app_shape(record) if isinstance(record, dict) else None


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """Each file to its layout's parser (one call per layout the batch holds, not per file)."""
    shapes = pl.Series("_shape", [shape_of(text) for text in files.get_column("text").to_list()], dtype=pl.String)
    with_shape = files.with_columns(shapes)
    return concat_parsed(
        [
            _PARSERS[str(shape)](group.drop("_shape"), config)
            for (shape,), group in with_shape.drop_nulls("_shape").group_by("_shape", maintain_order=True)
        ]
    )
