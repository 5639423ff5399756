"""What every format parser returns: the same frames, whatever the file looked like."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

# A line the plain-text rules read as a break between sessions (a rule of dashes): written by readers that lay
# records out as lines (labelled_lines, instruction_template) where a record starts.
SESSION_BREAK = "-----"

# A session heading on its own line, `Session 2`, `SESSION 3 - 14 March`, `## Session 4: Follow-up`, also
# separates sessions (without a rule); `Session 2 was harder` is a sentence, not a heading.
SESSION_HEADING = (
    # (`Séance 2`, `Sesión 2`, `Sitzung 2`, `Gesprek 2` in transcripts kept in French, Spanish, Portuguese, Italian,
    # German, Dutch; between rules of `=` as a generation script prints it, `=== Gesprek 2 === thema: rouw`.)
    r"(?i)^[ \t]*(?:#{1,6}[ \t]+|={2,}[ \t]*)?(?:\*\*|__)?"
    r"(?:session|séance|seance|sesión|sesion|sessão|sessao|sessione|sitzung|sessie|gesprek)"
    # (`Session 2 of 3`, as a portfolio's page header counts them.)
    r"[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?(?:[ \t]*[-\u2013\u2014:(,\u00b7|=][^\n]{0,120})?"
    r"(?:\*\*|__)?[ \t]*$"
    # ... and so do a chat tool's `New chat` between pasted chats and a bracketed note that the next transcript
    # follows: `[Transcript 2 of 3 follows]`.
    r"|(?i)^[ \t]*(?:new chat|new conversation|new session)[ \t]*$"
    # ... and a Chinese or Japanese session number: `第9次会谈`, `【第6次会谈】`, `第3回面接`.
    r"|^[ \t]*(?:#{1,6}[ \t]*)?[【\[(\uff08]?[ \t]*第[0-9\uff10-\uff19一二三四五六七八九十百]{1,4}[次回节節场場][ \t]*"
    r"(?:会谈|會談|咨询|諮詢|咨商|諮商|会话|會話|面谈|面談|谈话|談話|辅导|輔導|面接|カウンセリング|セッション)"
    # (Then nothing, or a title or date after a separator, `第2次会谈 - 情绪与睡眠`: "第一次咨询之后我..." is a
    # sentence.)
    r"[ \t]*(?:[:\uff1a\-\u2013\u2014\u00b7|][^\n]{0,40}?|[(\uff08][^\n]{0,30}?[)\uff09])?[ \t]*[】\])\uff09]?[ \t]*$"
    # ... and a video editor's next sequence in one text export: `Sequence: Tremor_Demo_S4 (session 4)`.
    r"|(?i)^[ \t]*sequence[ \t]*:[ \t]*[^\n\d]{0,80}\d[^\n]{0,80}$"
    # ... and a language model's end-of-text token between the samples of a dump.
    r"|^[ \t]*<\|(?:endoftext|end_of_text|end)\|>[ \t]*$"
    # ... and the name `head` or `tail` prints above each file when given several: `==> dialogue_022.txt <==`.
    r"|^==> [^\n]{1,200} <==[ \t]*$"
    # ... and a portfolio's appendix holding another transcript: `Appendix B: Transcript of skills recording 2`.
    r"|(?i)^[ \t]*(?:appendix|annex|anhang)[ \t]+[A-Z0-9]{1,3}[ \t]*[:.\-\u2013\u2014][ \t]*[^\n]{0,40}?"
    r"\b(?:transcript|recording|session|dialogue|role-?play|interview)\b[^\n]{0,120}$"
    # ... and NVivo's name of each source above its text in one export: `<Files\\Wave 1\\P04_interview>`.
    r"|(?i)^[ \t]*<(?:files|internals|externals|cases|memos)\\[^<>\n]{1,200}>[ \t]*$"
    r"|(?i)^[ \t]*[\[(][ \t]*(?:transcript|session|conversation|dialogue|sample|recording|part)[ \t]+\d{1,3}"
    r"(?:[ \t]+of[ \t]+\d{1,3})?[^\[\]()\n]{0,30}[\])][ \t]*$"
)

PARSED_SESSION_SCHEMA: dict[str, pl.DataType] = {
    "source_id": pl.String(),
    # Position of the session's part of the file (a separator-delimited block, a JSON line, a CSV id...).
    "segment": pl.Int64(),
    "session_index": pl.Int32(),
    "source_line": pl.Int64(),
    # JSON object of what the source says about the session (emotion, problem type, topic...); null if nothing.
    "source_metadata": pl.String(),
}
PARSED_TURN_SCHEMA: dict[str, pl.DataType] = {
    "source_id": pl.String(),
    "segment": pl.Int64(),
    "source_turn_index": pl.Int32(),
    # 1-based line of the decoded file where the turn starts: its label (plain text), its row (CSV), its
    # record (JSON Lines), or where its text starts in pretty-printed JSON (see json_common.py); in nested JSON
    # sessions the first of its speaker and text keys (see nested_json.py).
    "source_line": pl.Int64(),
    "speaker": pl.String(),
    "role": pl.String(),
    "text": pl.String(),
    # As the source gives it, brackets dropped (`00:01:23` from `[00:01:23] Therapist:`); null when it has none.
    "timestamp": pl.String(),
    # JSON object of the source's own labels for the turn (strategy, behaviour code...); null if none.
    "source_labels": pl.String(),
}
HEADER_LINE_SCHEMA: dict[str, pl.DataType] = {
    "source_id": pl.String(),
    "segment": pl.Int64(),
    "line_no": pl.Int64(),
    "line": pl.String(),
}
STRAY_LINE_SCHEMA: dict[str, pl.DataType] = {
    "source_id": pl.String(),
    "line_no": pl.Int64(),
    "line": pl.String(),
    # True where the reader knows the line is the generator's frame (a user's request in a copied chat); else null,
    # and the line's words decide.
    "artefact": pl.Boolean(),
}


@dataclass(frozen=True)
class ParsedText:
    # One row per session that has at least one turn.
    sessions: pl.DataFrame
    # One row per parsed turn, in source order, before anything is dropped.
    turns: pl.DataFrame
    # Lines before a session's first turn (a summary header), for sessions that have them.
    header_lines: pl.DataFrame
    # Non-blank text outside any session, in files that do have sessions.
    stray_lines: pl.DataFrame

    def conformed(self) -> ParsedText:
        """Columns in schema order and types, so parts from different parsers stack."""
        return ParsedText(
            sessions=_conform(self.sessions, PARSED_SESSION_SCHEMA),
            turns=_conform(self.turns, PARSED_TURN_SCHEMA),
            header_lines=_conform(self.header_lines, HEADER_LINE_SCHEMA),
            stray_lines=_conform(self.stray_lines, STRAY_LINE_SCHEMA),
        )

    def without_files(self, source_ids: list[str]) -> ParsedText:
        """The same frames with nothing of these files."""
        if not source_ids:
            return self
        keep = ~pl.col("source_id").is_in(source_ids)
        return ParsedText(
            sessions=self.sessions.filter(keep),
            turns=self.turns.filter(keep),
            header_lines=self.header_lines.filter(keep),
            stray_lines=self.stray_lines.filter(keep),
        )


def _conform(frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    missing = [pl.lit(None, dtype=dtype).alias(name) for name, dtype in schema.items() if name not in frame.columns]
    return frame.with_columns(missing).select(list(schema)).cast(schema)  # type: ignore[arg-type]


def empty_parsed() -> ParsedText:
    return ParsedText(
        sessions=pl.DataFrame(schema=PARSED_SESSION_SCHEMA),
        turns=pl.DataFrame(schema=PARSED_TURN_SCHEMA),
        header_lines=pl.DataFrame(schema=HEADER_LINE_SCHEMA),
        stray_lines=pl.DataFrame(schema=STRAY_LINE_SCHEMA),
    )


def concat_parsed(parts: list[ParsedText]) -> ParsedText:
    if not parts:
        return empty_parsed()
    conformed = [p.conformed() for p in parts]
    return ParsedText(
        sessions=pl.concat([p.sessions for p in conformed]),
        turns=pl.concat([p.turns for p in conformed]),
        header_lines=pl.concat([p.header_lines for p in conformed]),
        stray_lines=pl.concat([p.stray_lines for p in conformed]),
    )
