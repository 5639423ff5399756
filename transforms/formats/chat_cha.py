"""CHAT / CHILDES transcripts (`.cha`, TalkBank's format for clinical and conversation research) -> a session a file.

    @UTF8
    @Begin
    @Languages:	eng
    @Participants:	THE Therapist, CLI Jo_Reyes Client, UNK Unidentified
    *THE:	So what would be different?
    %com:	client looks out of the window
    *CLI:	I'd sleep, I think.
        Properly, for once.
    @End

- `@` lines (`@Participants`, `@ID`, `@Date`, `@Comment`, a mid-file `@G:` gem...) are the session's header lines
  (its summary text); `@UTF8`, `@Begin` and `@End` too. A file may lack `@End` (a cut transcript): its
  `source_metadata` says `"end_marker": false`.
- `*CODE:<tab>text` is a turn. The code maps to a speaker through `@Participants` (`CODE [Name] Role`, commas
  between participants): the speaker is the name when there is one, else the role with `_` as spaces (`Therapist`,
  `Unidentified`), else the code. The role is the alias table's reading of the role word, else of the name
  (`THE Therapist` -> therapist, `CLI Client` -> client, `UNK Unidentified` -> unknown).
- `%tier:<tab>...` (dependent tiers: `%com` comments, `%act` actions, `%mor` morphology) is not speech: it is kept
  in the turn's `source_labels` (`{"%com": "..."}`, several lines of one tier joined by a newline) and as a header
  line of the session, never in the turn's text. One before any turn is a header line only.
- A line that starts with a tab continues the tier above it (utterance, dependent tier or header); its text joins
  the utterance with a space, as CHAT wraps one utterance over several lines.
- `0 .` (an action without speech) is the turn's text as written: the turn is not empty.
- A media bullet at the end of an utterance (`\\x15` 1200_3400 `\\x15`, milliseconds) is taken off the text and kept
  as the turn's `timestamp` (`1200_3400`).
- Anything else (text after `@End`, a line in no tier) is stray text (an `unparseable_line`).

`source_line` is the line of the `*CODE:` tier. The file's speakers are given by the file itself, so every `*CODE:`
line is a turn, whether its code is known, repeated or seen once; that is why the lines are read here rather than
rewritten into `Label: text` lines for plain_text.parse_lines, whose rules for unknown labels would glue a lone
`*UNK:` utterance into the turn above.

Detection (detect.py, `looks_like_cha`): the first non-blank line is `@UTF8` or `@Begin`, or the file has an
`@Participants:` header and at least two `*CODE:` lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.speakers import with_label_roles

_UTTERANCE = re.compile(r"^\*([A-Za-z0-9_+\-]{2,8})[ \t]*:[ \t]?(.*)$")
_DEPENDENT = re.compile(r"^%([A-Za-z0-9]{2,8})[ \t]*:[ \t]?(.*)$")
_HEADER = re.compile(r"^@([A-Za-z][A-Za-z0-9 _\-]*)(?:[ \t]*:[ \t]?(.*))?$")
_BULLET = re.compile("[ \t]*\x15(\\d+_\\d+)\x15[ \t]*")
_START = re.compile(r"^\ufeff?[ \t]*@(?:UTF8|Begin)[ \t]*$")
_MIN_UTTERANCES = 2


def looks_like_cha(text: str) -> bool:
    """Whether a decoded file is a CHAT transcript (see the module docstring)."""
    head = text.lstrip("\ufeff \t\r\n")[:200_000]
    first = head.split("\n", 1)[0].rstrip("\r")
    if _START.match(first):
        return True
    lines = head.split("\n")
    return any(line.startswith("@Participants:") for line in lines) and (
        sum(1 for line in lines if _UTTERANCE.match(line)) >= _MIN_UTTERANCES
    )


def participants(entry: str) -> dict[str, tuple[str, str]]:
    """`THE Therapist, CLI Jo_Reyes Client` -> {code: (speaker, role word)}."""
    out: dict[str, tuple[str, str]] = {}
    for part in entry.split(","):
        words = part.split()
        if not words:
            continue
        code = words[0]
        role_word = words[-1].replace("_", " ") if len(words) > 1 else ""
        name = " ".join(words[1:-1]).replace("_", " ")
        out[code] = (name or role_word or code, role_word)
    return out


@dataclass
class _Turn:
    code: str
    source_line: int
    pieces: list[str]
    tiers: dict[str, str] = field(default_factory=dict)


def _read_file(
    source_id: str, text: str
) -> tuple[dict[str, object], list[dict[str, object]], list[tuple[int, str]], list[tuple[int, str]]]:
    """One file -> (session metadata, turn rows, header lines, stray lines)."""
    turns: list[_Turn] = []
    headers: list[tuple[int, str]] = []
    strays: list[tuple[int, str]] = []
    # What a tab-led line continues: "turn", a dependent tier's name (of the last turn), "header", or None.
    current: str | None = None
    ended = False
    participant_lines: list[int] = []
    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r").lstrip("\ufeff") if line_no == 1 else raw.rstrip("\r")
        if not line.strip():
            continue
        if ended:
            strays.append((line_no, line))
            continue
        if line[0] == "\t" and current is not None:
            piece = line.strip()
            if current == "turn":
                turns[-1].pieces.append(piece)
                continue
            if current != "header":
                turns[-1].tiers[current] += "\n" + piece
            headers.append((line_no, line))
            if participant_lines and participant_lines[-1] == line_no - 1:
                participant_lines.append(line_no)
            continue
        utterance = _UTTERANCE.match(line)
        dependent = _DEPENDENT.match(line)
        header = _HEADER.match(line)
        if utterance:
            turns.append(_Turn(utterance.group(1), line_no, [utterance.group(2).strip()]))
            current = "turn"
        elif dependent:
            headers.append((line_no, line))
            current = "header"
            if turns:
                name, value = "%" + dependent.group(1), dependent.group(2).strip()
                tiers = turns[-1].tiers
                tiers[name] = f"{tiers[name]}\n{value}" if name in tiers else value
                current = name
        elif header:
            headers.append((line_no, line))
            key = header.group(1).strip()
            if key == "Participants":
                participant_lines = [line_no]
            ended = key == "End"
            current = "header"
        else:
            strays.append((line_no, line))
            current = None
    by_line = dict(headers)
    cast = participants(" ".join(by_line[n].split(":", 1)[-1] for n in participant_lines))
    rows: list[dict[str, object]] = []
    for index, turn in enumerate(turns):
        words = " ".join(piece for piece in turn.pieces if piece)
        bullet = _BULLET.search(words)
        speaker, role_word = cast.get(turn.code, (turn.code, ""))
        rows.append(
            {
                "source_id": source_id,
                "segment": 0,
                "source_turn_index": index,
                "source_line": turn.source_line,
                "speaker": speaker,
                "_role_word": role_word or speaker,
                "text": _BULLET.sub(" ", words).strip(),
                "timestamp": bullet.group(1) if bullet else None,
                "source_labels": json.dumps(turn.tiers, ensure_ascii=False) if turn.tiers else None,
            }
        )
    metadata: dict[str, object] = {"participants": {code: name for code, (name, _) in cast.items()}}
    if not ended:
        metadata["end_marker"] = False
    return metadata, rows, headers, strays


# Block chat exports (imessage.py, discord_export.py): at least this many message blocks, the first within this many
# non-blank lines of the file's start (a title and a note above it at most).
MIN_BLOCKS = 2
MAX_LINES_ABOVE = 5


def blocks_open_the_file(lines: list[str], starts: list[int]) -> bool:
    """Whether the message blocks starting at `starts` (0-based line indexes, in order) make a block chat export:
    enough of them, the first near the file's start."""
    return len(starts) >= MIN_BLOCKS and sum(1 for line in lines[: starts[0]] if line.strip()) <= MAX_LINES_ABOVE


TURN_COLUMNS: dict[str, pl.DataType] = {
    "source_id": pl.String(),
    "segment": pl.Int64(),
    "source_turn_index": pl.Int32(),
    "source_line": pl.Int64(),
    "speaker": pl.String(),
    "_role_word": pl.String(),
    "text": pl.String(),
    "timestamp": pl.String(),
    "source_labels": pl.String(),
}


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of CHAT transcripts."""
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    headers: list[tuple[str, int, int, str]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        metadata, rows, header_lines, stray_lines = _read_file(source_id, text)
        if not rows:
            continue
        first_line = min(
            [n for n, _ in header_lines] + [n for n, _ in stray_lines] + [int(str(rows[0]["source_line"]))]
        )
        sessions.append((source_id, 0, 0, first_line, json.dumps(metadata, ensure_ascii=False)))
        turns.extend(rows)
        headers.extend((source_id, 0, n, line) for n, line in header_lines)
        strays.extend((source_id, n, line) for n, line in stray_lines)
    return build_parsed(sessions, turns, headers, strays, TURN_COLUMNS)


def build_parsed(
    sessions: list[tuple[str, int, int, int, str | None]],
    turns: list[dict[str, object]],
    headers: list[tuple[str, int, int, str]],
    strays: list[tuple[str, int, str]],
    turn_columns: dict[str, pl.DataType],
) -> ParsedText:
    """Rows read in Python -> a ParsedText; a turn's role is the alias table's reading of its `_role_word`, else of
    its speaker."""
    turn_frame = pl.DataFrame(turns, schema=turn_columns)
    turn_frame = with_label_roles(turn_frame, "_role_word", "_by_role")
    turn_frame = with_label_roles(turn_frame, "speaker", "_by_name").with_columns(
        pl.when(pl.col("_by_role") != "unknown").then(pl.col("_by_role")).otherwise(pl.col("_by_name")).alias("role")
    )
    return ParsedText(
        sessions=pl.DataFrame(
            sessions, schema=["source_id", "segment", "session_index", "source_line", "source_metadata"], orient="row"
        ),
        turns=turn_frame,
        header_lines=pl.DataFrame(headers, schema=["source_id", "segment", "line_no", "line"], orient="row"),
        stray_lines=pl.DataFrame(strays, schema=["source_id", "line_no", "line"], orient="row"),
    ).conformed()
