"""PsychEval cases: one client, several sessions, each with its dialogue, goals, skills and summary.

`{theoretical, client_id, client_info, global_plan, sessions: [{session_number, session_goals,
suggest_skills, session_dialogue: [{role, text}], session_summary, ...}]}`, one case per file.
Each session becomes a session; its line is the line of its `"session_number"` key, a turn's the line
of its `"text"` key. Session metadata keeps the therapy (`theoretical`), client id, session number and
stage, the suggested skill names (the source's techniques), the summary abstract and the homework.
Counsellor turns carry their reasoning in a `<think>` block, left in the text as the source has it
(issue 3 flags it); the skill ids and strategy named there go to `turns.source_labels`.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import OBJECT, finish, json_object, key_lines, turn_lines

_SKILLS = pl.List(pl.Struct({"meta_skill": pl.String, "micro_skills": pl.List(pl.Struct({"skill_name": pl.String}))}))
SESSION = pl.Struct(
    {
        "session_number": pl.String,
        "session_goals": pl.Struct({"overall_stage": pl.String}),
        "suggest_skills": _SKILLS,
        "session_dialogue": pl.List(pl.Struct({"role": pl.String, "text": pl.String})),
        "session_summary": pl.Struct({"session_summary_abstract": pl.String, "homework": pl.List(pl.String)}),
    }
)
CASE = pl.Struct({"theoretical": pl.String, "client_id": pl.String, "sessions": pl.List(SESSION)})


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = files.with_columns(pl.lit(OBJECT).alias("container"))
    sessions = (
        files.select("source_id", pl.col("text").str.json_decode(CASE).alias("case"))
        .unnest("case")
        .with_columns(pl.int_ranges(pl.col("sessions").list.len(), dtype=pl.Int64).alias("segment"))
        .explode("sessions", "segment")
        .filter(pl.col("sessions").is_not_null())
        .unnest("sessions")
        .join(
            key_lines(files, "session_number").rename({"occurrence": "segment", "line_no": "record_line"}),
            on=["source_id", "segment"],
            how="left",
            maintain_order="left",
        )
    )
    skill_names = (
        pl.col("suggest_skills")
        .list.eval(pl.element().struct.field("micro_skills").explode().struct.field("skill_name"))
        .list.drop_nulls()
        .list.unique(maintain_order=True)
    )
    session_frame = sessions.select(
        "source_id",
        "segment",
        "record_line",
        json_object(
            "theoretical",
            "client_id",
            "session_number",
            pl.col("session_goals").struct.field("overall_stage").alias("stage"),
            skill_names.alias("suggested_skills"),
            pl.col("session_summary").struct.field("session_summary_abstract").alias("summary"),
            pl.col("session_summary").struct.field("homework").alias("homework"),
        ).alias("source_metadata"),
    )
    think = pl.col("text").str.extract(r"(?s)<think>(.*?)</think>")
    turns = (
        sessions.select("source_id", "segment", "record_line", "session_dialogue")
        .with_columns(pl.int_ranges(pl.col("session_dialogue").list.len(), dtype=pl.Int32).alias("source_turn_index"))
        .explode("session_dialogue", "source_turn_index")
        .filter(pl.col("session_dialogue").is_not_null())
        .unnest("session_dialogue")
        .with_columns(
            think.str.extract(r"(?s)<skill>(.*?)</skill>")
            .str.split(";")
            .list.eval(pl.element().str.extract(r"^\s*(\d+)\s*:"))
            .list.drop_nulls()
            .alias("skill_ids"),
            think.str.extract(r"(?s)<strategy>(.*?)</strategy>").str.strip_chars().alias("strategy"),
        )
        .with_columns(pl.when(pl.col("skill_ids").list.len() > 0).then(pl.col("skill_ids")).alias("skill_ids"))
    )
    turns = turn_lines(turns, files, "text").select(
        "source_id",
        "segment",
        "source_turn_index",
        "source_line",
        pl.col("role").alias("speaker"),
        pl.col("text").str.strip_chars(),
        json_object("skill_ids", "strategy").alias("source_labels"),
    )
    return finish(turns, session_frame)
