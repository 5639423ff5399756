"""ESConv dialogues: `{emotion_type, problem_type, situation, dialog: [{speaker, text, strategy}]}`.

Two serialisations: FADO's JSON Lines (`fado_reformat/*.txt`, one dialogue a line, `speaker` usr/sys,
`text`, `strategy` on supporter turns) and the original JSON list (`ESConv.json`, FailedESConv.json:
`content` instead of `text`, the strategy inside `annotation`). Strategy, feedback and the like go to
`turns.source_labels`; emotion, problem type, situation, experience type and survey scores to
`sessions.source_metadata`.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import broken_lines, finish, json_object, records, turn_lines, with_container

_TURN = pl.Struct(
    {
        "speaker": pl.String,
        "text": pl.String,
        "content": pl.String,
        "strategy": pl.String,
        "annotation": pl.Struct({"strategy": pl.String, "feedback": pl.String}),
    }
)
_METADATA = ("experience_type", "emotion_type", "problem_type", "situation", "survey_score", "seeker_question1",
             "seeker_question2", "supporter_question1", "supporter_question2")  # fmt: skip
_SEEKER_SCORES = ("initial_emotion_intensity", "empathy", "relevance", "final_emotion_intensity")
RECORD = pl.Struct(
    {
        **{name: pl.String for name in _METADATA if name != "survey_score"},
        "survey_score": pl.Struct(
            {
                "seeker": pl.Struct({k: pl.String for k in _SEEKER_SCORES}),
                "supporter": pl.Struct({"relevance": pl.String}),
            }
        ),
        "dialog": pl.List(_TURN),
    }
)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    dialogues = records(files, RECORD, "dialog").unnest("record")
    present = [name for name in _METADATA if name in dialogues.columns]
    sessions = dialogues.select("source_id", "segment", "record_line", json_object(*present).alias("source_metadata"))
    turns = (
        dialogues.select("source_id", "segment", "record_line", "dialog")
        .with_columns(pl.int_ranges(pl.col("dialog").list.len(), dtype=pl.Int32).alias("source_turn_index"))
        .explode("dialog", "source_turn_index")
        .filter(pl.col("dialog").is_not_null())
        .unnest("dialog")
        .select(
            "source_id",
            "segment",
            "record_line",
            "source_turn_index",
            "speaker",
            pl.coalesce("text", "content").str.strip_chars().alias("text"),
            pl.coalesce("strategy", pl.col("annotation").struct.field("strategy")).alias("strategy"),
            pl.col("annotation").struct.field("feedback").alias("feedback"),
        )
        .with_columns(json_object("strategy", "feedback").alias("source_labels"))
    )
    # The text key is `text` (FADO) or `content` (original); a file uses one of them.
    uses_content = pl.col("text").str.contains(r'"content"[ \t]*:')
    parts = [
        turn_lines(turns.join(group.select("source_id"), on="source_id", how="semi"), group, key)
        for key, group in (("content", files.filter(uses_content)), ("text", files.filter(~uses_content)))
        if group.height
    ]
    with_lines = pl.concat(parts) if parts else turns.with_columns(pl.col("record_line").alias("source_line"))
    return finish(with_lines, sessions, role_scope="esconv", stray_lines=broken_lines(files))
