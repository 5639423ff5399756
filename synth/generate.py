# ruff: noqa: RUF001  (curly apostrophes and dashes are the point: mojibake is made from them)
"""Realistic raw transcript corpora of a given size, deterministic by seed.

The corpus mixes the formats the parsers read (plain text in several label styles, chat JSON Lines,
ESConv-like JSON Lines, AnnoMI-like CSV, role/content lists, labelled-string lists), encodings
(UTF-8, UTF-8 with BOM, Windows-1252 with CRLF, UTF-16, gzip) and defects at rates of the order real
dumps show (`DEFECT_RATES`). Work is done a chunk of files at a time: every turn of a chunk is built
with seeded hash draws and polars string expressions (no Python loop per turn), the chunk's files are
written, and the next chunk starts, so memory stays bounded by the chunk and not the corpus.

Where turn texts come from is pluggable (`TextSource`): `template_texts` builds them from the sentence
parts in synth/templates.py; benchmarks/throughput.py passes real corpus turns read at run time.
"""

from __future__ import annotations

import gzip
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polars as pl

from synth import templates as t
from synth.rng import Rng

# Given a random generator and, per turn, whether the therapist speaks: the turn texts.
TextSource = Callable[[Rng, pl.Series], pl.Series]

# Share of files (not bytes) in each format; one-dialogue formats are small files, so few of them.
FORMAT_WEIGHTS: dict[str, float] = {
    "plain_text": 0.40,
    "chat_jsonl": 0.15,
    "esconv_jsonl": 0.15,
    "csv": 0.15,
    "role_content": 0.10,
    "labelled_strings": 0.05,
}
EXTENSIONS = {
    "plain_text": "txt",
    "chat_jsonl": "jsonl",
    "esconv_jsonl": "jsonl",
    "csv": "csv",
    "role_content": "json",
    "labelled_strings": "json",
}
# Sessions per file: (low, high) inclusive, by format.
SESSIONS_PER_FILE = {
    "plain_text": (1, 12),
    "chat_jsonl": (5, 60),
    "esconv_jsonl": (5, 60),
    "csv": (5, 40),
    "role_content": (1, 1),
    "labelled_strings": (1, 1),
}
TURNS_PER_SESSION = (8, 60)
# Per turn unless said otherwise. Of the order seen in the shared corpora and LLM-made dumps.
DEFECT_RATES = {
    "duplicate_turn": 0.004,
    "truncated_turn": 0.003,
    "mojibake": 0.003,
    "empty_turn": 0.001,
    "refusal": 0.0005,  # of therapist turns
    "meta_text": 0.01,  # of sessions: a generation artefact before the first turn
    "unknown_speaker": 0.02,  # of plain-text files: `Speaker 1` / `Speaker 2` labels
    "control_characters": 0.005,  # of files: a NUL byte
    "duplicate_file": 0.005,  # of files: a copy of an earlier file under another name
    "unparseable_file": 0.001,  # of files: binary or notes without turns
    "broken_json_line": 0.01,  # of JSON Lines files: the last record cut short
}
# (encoding, line ending, share of files); gzip is applied on top of UTF-8.
ENCODINGS = (
    ("utf-8", "\n", 0.86),
    ("utf-8-sig", "\n", 0.03),
    ("utf-8", "\r\n", 0.04),
    ("cp1252", "\r\n", 0.03),
    ("utf-16", "\n", 0.02),
    ("gzip", "\n", 0.02),
)
CHUNK_BYTES = 24 * 1024 * 1024
_BYTES_PER_TURN_GUESS = 140
FILES_PER_FOLDER = 1000


@dataclass
class GenerateStats:
    files: int = 0
    bytes: int = 0
    sessions: int = 0
    turns: int = 0
    seconds: float = 0.0
    by_format: dict[str, int] = field(default_factory=dict)


def parse_size(text: str) -> int:
    """`500MB`, `2GB`, `100 mb`, `1.5G`, `64KiB` or a plain number of bytes."""
    units = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "kib": 2**10, "m": 10**6, "mb": 10**6, "mib": 2**20,
             "g": 10**9, "gb": 10**9, "gib": 2**30}  # fmt: skip
    cleaned = text.strip().lower().replace(" ", "")
    number = cleaned.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = cleaned[len(number) :]
    if unit not in units or not number:
        raise ValueError(f"expected a size such as 500MB or 2GB, got {text!r}")
    value = float(number)
    if value <= 0:
        raise ValueError(f"expected a size above zero, got {text!r}")
    return int(value * units[unit])


def generate_corpus(
    out: Path | str, size: int, seed: int, texts: TextSource | None = None, *, first_file: int = 0
) -> GenerateStats:
    """Write about `size` bytes of transcript files under `out` (stops at the first file past it).

    `first_file` numbers the files from there, so a second call with another seed can add new files
    beside an existing corpus without overwriting it.
    """
    started = time.monotonic()
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    source = texts or template_texts
    stats = GenerateStats()
    formats: Counter[str] = Counter()
    chunk = 0
    next_file = first_file
    while stats.bytes < size:
        rng = Rng(seed, chunk)
        files = _render_chunk(rng, source, min(CHUNK_BYTES, size - stats.bytes), next_file)
        for name, fmt, data, sessions, turns in files:
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            stats.files += 1
            stats.bytes += len(data)
            stats.sessions += sessions
            stats.turns += turns
            formats[fmt] += 1
            if stats.bytes >= size:
                break
        next_file += len(files)
        chunk += 1
    stats.by_format = dict(sorted(formats.items()))
    stats.seconds = time.monotonic() - started
    return stats


# --- texts -------------------------------------------------------------------------------------------


@cache
def _pools() -> tuple[pl.Series, pl.Series, pl.Series, pl.Series]:
    """(therapist sentences, therapist questions, client sentences, client backchannels)."""

    def product(*parts: tuple[str, ...]) -> pl.Series:
        frame = pl.DataFrame({"p0": list(parts[0])})
        for i, part in enumerate(parts[1:], start=1):
            frame = frame.join(pl.DataFrame({f"p{i}": list(part)}), how="cross")
        # Opener and middle are joined by a space, the ending attaches to the middle as written.
        return frame.select(pl.concat_str(pl.col("p0"), pl.lit(" "), pl.col("p1"), pl.col("p2")).alias("s"))["s"]

    return (
        product(t.THERAPIST_OPENERS, t.THERAPIST_MIDDLES, t.THERAPIST_ENDINGS),
        pl.Series("s", t.THERAPIST_QUESTIONS),
        product(t.CLIENT_OPENERS, t.CLIENT_MIDDLES, t.CLIENT_ENDINGS),
        pl.Series("s", t.CLIENT_SHORT),
    )


def template_texts(rng: Rng, is_therapist: pl.Series) -> pl.Series:
    """One to three template sentences a turn; a therapist turn may end on a question, a client turn
    may be a short backchannel."""
    therapist, questions, client, short = _pools()
    n = is_therapist.len()
    k = rng.integers(1, 4, n)
    slots = []
    for _ in range(3):
        t_pick = therapist.gather(rng.integers(0, therapist.len(), n))
        c_pick = client.gather(rng.integers(0, client.len(), n))
        slots.append(pl.select(pl.when(pl.lit(is_therapist)).then(t_pick).otherwise(c_pick)).to_series())
    frame = pl.DataFrame(
        {
            "s0": slots[0],
            "s1": slots[1],
            "s2": slots[2],
            "k": k,
            "ther": is_therapist,
            "q": questions.gather(rng.integers(0, questions.len(), n)),
            "ask": rng.below(0.35, n),
            "short": short.gather(rng.integers(0, short.len(), n)),
            "brief": rng.below(0.15, n),
        }
    )
    text = pl.concat_str(
        pl.col("s0"),
        pl.when(pl.col("k") >= 2).then(pl.col("s1")),
        pl.when(pl.col("k") >= 3).then(pl.col("s2")),
        pl.when(pl.col("ther") & pl.col("ask")).then(pl.col("q")),
        separator=" ",
        ignore_nulls=True,
    )
    return frame.select(
        pl.when(~pl.col("ther") & pl.col("brief")).then(pl.col("short")).otherwise(text).alias("text")
    ).to_series()


# --- one chunk ---------------------------------------------------------------------------------------

# (relative path, format, bytes, sessions, turns) of one file.
_File = tuple[str, str, bytes, int, int]


def _render_chunk(rng: Rng, texts: TextSource, budget: int, first_file: int) -> list[_File]:
    turns_per_session = (TURNS_PER_SESSION[0] + TURNS_PER_SESSION[1]) / 2
    mean_sessions = sum(w * sum(SESSIONS_PER_FILE[f]) / 2 for f, w in FORMAT_WEIGHTS.items())
    n_files = max(1, int(budget / (_BYTES_PER_TURN_GUESS * turns_per_session * mean_sessions)) + 1)
    names = list(FORMAT_WEIGHTS)
    file_format = rng.choice([FORMAT_WEIGHTS[f] for f in names], n_files)
    lows = file_format.replace_strict({i: SESSIONS_PER_FILE[f][0] for i, f in enumerate(names)}, return_dtype=pl.Int64)
    highs = file_format.replace_strict({i: SESSIONS_PER_FILE[f][1] for i, f in enumerate(names)}, return_dtype=pl.Int64)
    sessions = pl.DataFrame({"file": pl.int_range(n_files, eager=True), "n": rng.integers(lows, highs + 1, n_files)})
    sessions = sessions.select(pl.col("file").repeat_by("n").explode()).with_row_index("session")
    n_sessions = sessions.height
    sessions = sessions.with_columns(
        rng.integers(TURNS_PER_SESSION[0], TURNS_PER_SESSION[1] + 1, n_sessions).alias("n_turns")
    )
    turns = (
        sessions.select("file", "session", pl.int_ranges("n_turns").alias("turn"))
        .explode("turn")
        .with_columns((pl.col("turn") % 2 == 0).alias("therapist"))
    )
    turns = turns.with_columns(texts(rng, turns.get_column("therapist")).alias("text"))
    turns = _inject_turn_defects(rng, turns)
    session_first = (
        sessions.select("session", "file")
        .with_columns(pl.int_range(pl.len()).over("file").alias("index"))
        .with_columns(
            rng.integers(0, len(t.EMOTIONS), n_sessions).alias("emotion"),
            rng.integers(0, len(t.PROBLEMS), n_sessions).alias("problem"),
            rng.integers(0, len(t.TOPICS), n_sessions).alias("topic"),
            rng.integers(0, len(t.FIRST_NAMES), n_sessions).alias("name"),
            rng.below(DEFECT_RATES["meta_text"], n_sessions).alias("meta"),
        )
    )
    file_info = pl.DataFrame(
        {
            "file": pl.int_range(n_files, eager=True),
            "format": file_format.replace_strict(dict(enumerate(names)), return_dtype=pl.String),
            "labels": rng.integers(0, len(t.PLAIN_LABELS), n_files),
            "unknown": rng.below(DEFECT_RATES["unknown_speaker"], n_files),
            "separator": rng.integers(0, len(t.SEPARATORS), n_files),
            "stamps": rng.below(0.2, n_files),
        }
    )
    parts = []
    for key, group in file_info.partition_by("format", as_dict=True, maintain_order=True).items():
        in_group = turns.join(group.select("file"), on="file", maintain_order="left")
        parts.append(_RENDERERS[str(key[0])](in_group, session_first, group).select("file", "text"))
    rendered = pl.concat(parts).sort("file")
    counts = turns.group_by("file").agg(pl.len().alias("turns"), pl.col("session").n_unique().alias("sessions"))
    rendered = rendered.join(counts, on="file", how="left").join(file_info.select("file", "format"), on="file")
    return _encode_files(rng, rendered, first_file)


def _inject_turn_defects(rng: Rng, turns: pl.DataFrame) -> pl.DataFrame:
    n = turns.height
    draw = {kind: rng.below(DEFECT_RATES[kind], n) for kind in ("duplicate_turn", "truncated_turn", "mojibake")}
    empty = rng.below(DEFECT_RATES["empty_turn"], n)
    refusal = rng.below(DEFECT_RATES["refusal"], n)
    refusal_text = pl.Series(t.REFUSALS).gather(rng.integers(0, len(t.REFUSALS), n))
    text = pl.col("text")
    # The turn two back is the same speaker's: a repeat of it is what the dedupe step must catch.
    earlier = text.shift(2).over("session")
    cut = text.str.slice(0, (text.str.len_chars() * 0.6).cast(pl.Int64)).str.replace(r"[\s,.;:!?—-]*\S*$", "")
    mojibake = (
        text.str.replace_all("’", "â€™", literal=True)
        .str.replace_all("—", "â€”", literal=True)
        .str.replace_all("'", "â€™", literal=True)
    )
    return turns.with_columns(
        pl.when(pl.lit(draw["duplicate_turn"]) & earlier.is_not_null())
        .then(earlier)
        .when(pl.lit(refusal) & pl.col("therapist"))
        .then(pl.lit(refusal_text))
        .when(pl.lit(draw["truncated_turn"]) & (cut.str.len_chars() > 20))
        .then(cut)
        .when(pl.lit(draw["mojibake"]))
        .then(mojibake)
        .when(pl.lit(empty))
        .then(pl.lit(""))
        .otherwise(text)
        .alias("text")
    )


# --- renderers: turns of a group of files -> (file, text) ----------------------------------------------


def _sessions_of(turns: pl.DataFrame, session_first: pl.DataFrame, turn_text: pl.Expr, joiner: str) -> pl.DataFrame:
    return (
        turns.with_columns(turn_text.alias("line"))
        .group_by("session", maintain_order=True)
        .agg(pl.col("file").first(), pl.col("line").str.join(joiner).alias("body"))
        .join(session_first, on=["session", "file"], how="left", maintain_order="left")
    )


def _plain_text(turns: pl.DataFrame, session_first: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    labels = files.select(
        "file",
        pl.when(pl.col("unknown"))
        .then(pl.lit("Speaker 1"))
        .otherwise(pl.col("labels").replace_strict({i: p[0] for i, p in enumerate(t.PLAIN_LABELS)}))
        .alias("t_label"),
        pl.when(pl.col("unknown"))
        .then(pl.lit("Speaker 2"))
        .otherwise(pl.col("labels").replace_strict({i: p[1] for i, p in enumerate(t.PLAIN_LABELS)}))
        .alias("c_label"),
        pl.col("separator").replace_strict(dict(enumerate(t.SEPARATORS))).alias("sep"),
        "stamps",
    )
    turns = turns.join(labels, on="file", how="left", maintain_order="left")
    seconds = pl.col("turn") * 23 + 5
    stamp = pl.format(
        "[{}:{}:{}] ",
        (seconds // 3600).cast(pl.String).str.zfill(2),
        (seconds // 60 % 60).cast(pl.String).str.zfill(2),
        (seconds % 60).cast(pl.String).str.zfill(2),
    )
    label = pl.when(pl.col("therapist")).then(pl.col("t_label")).otherwise(pl.col("c_label"))
    line = pl.concat_str(pl.when(pl.col("stamps")).then(stamp).otherwise(pl.lit("")), label, pl.lit(": "), "text")
    sessions = _sessions_of(turns, session_first, line, "\n\n").join(
        labels.select("file", "sep"), on="file", how="left", maintain_order="left"
    )
    meta = pl.lit(t.META_PREFIXES[0] + "\n\n")
    block = pl.concat_str(pl.when(pl.col("meta")).then(meta).otherwise(pl.lit("")), "body")
    # Sessions after the first start with a separator line, sometimes around a title.
    titled = pl.format("{} Session {} {}", pl.col("sep"), pl.col("index") + 1, pl.col("sep"))
    head = pl.when(pl.col("index") == 0).then(pl.lit("")).otherwise(pl.concat_str(titled, pl.lit("\n\n")))
    return (
        sessions.with_columns(pl.concat_str(head, block).alias("block"))
        .group_by("file", maintain_order=True)
        .agg(pl.col("block").str.join("\n\n").alias("text"))
        .with_columns(pl.col("text") + "\n")
    )


def _chat_jsonl(turns: pl.DataFrame, session_first: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    role = pl.when(pl.col("therapist")).then(pl.lit("assistant")).otherwise(pl.lit("user"))
    message = pl.struct(role.alias("role"), pl.col("text").alias("content")).struct.json_encode()
    system = pl.struct(
        pl.lit("system").alias("role"),
        pl.col("topic").replace_strict(dict(enumerate(t.SYSTEM_PROMPTS * 6))).alias("content"),
    ).struct.json_encode()
    sessions = _sessions_of(turns, session_first, message, ", ")
    return _json_lines(
        sessions.with_columns(
            pl.concat_str(
                pl.lit('{"id": "conv-'),
                pl.col("session").cast(pl.String),
                pl.lit('", "topic": "'),
                pl.col("topic").replace_strict(dict(enumerate(t.TOPICS)), return_dtype=pl.String),
                pl.lit('", "messages": ['),
                system,
                pl.lit(", "),
                "body",
                pl.lit("]}"),
            ).alias("record")
        )
    )


def _esconv_jsonl(turns: pl.DataFrame, session_first: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    strategy = (pl.col("turn") * 7 + pl.col("session")) % len(t.ESCONV_STRATEGIES)
    turn = pl.struct(
        pl.col("text"),
        pl.when(pl.col("therapist")).then(pl.lit("sys")).otherwise(pl.lit("usr")).alias("speaker"),
        pl.when(pl.col("therapist"))
        .then(strategy.replace_strict(dict(enumerate(t.ESCONV_STRATEGIES)), return_dtype=pl.String))
        .alias("strategy"),
    ).struct.json_encode()
    sessions = _sessions_of(turns, session_first, turn, ", ")
    head = pl.struct(
        pl.col("emotion").replace_strict(dict(enumerate(t.EMOTIONS))).alias("emotion_type"),
        pl.col("problem").replace_strict(dict(enumerate(t.PROBLEMS))).alias("problem_type"),
        pl.format(
            "{} has been struggling with {}.",
            pl.col("name").replace_strict(dict(enumerate(t.FIRST_NAMES))),
            pl.col("topic").replace_strict(dict(enumerate(t.TOPICS))),
        ).alias("situation"),
    ).struct.json_encode()
    return _json_lines(
        sessions.with_columns(
            pl.concat_str(head.str.strip_suffix("}"), pl.lit(', "dialog": ['), "body", pl.lit("]}")).alias("record")
        )
    )


def _json_lines(sessions: pl.DataFrame) -> pl.DataFrame:
    return (
        sessions.group_by("file", maintain_order=True)
        .agg(pl.col("record").str.join("\n").alias("text"))
        .with_columns(pl.col("text") + "\n")
    )


def _csv(turns: pl.DataFrame, session_first: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    quoted = pl.concat_str(pl.lit('"'), pl.col("text").str.replace_all('"', '""', literal=True), pl.lit('"'))
    seconds = pl.col("turn") * 17
    behaviour = pl.when(pl.col("therapist")).then(
        (pl.col("turn") // 2 % len(t.THERAPIST_BEHAVIOURS)).replace_strict(
            dict(enumerate(t.THERAPIST_BEHAVIOURS)), return_dtype=pl.String
        )
    )
    talk = pl.when(~pl.col("therapist")).then(
        (pl.col("turn") // 2 % len(t.CLIENT_TALK_TYPES)).replace_strict(
            dict(enumerate(t.CLIENT_TALK_TYPES)), return_dtype=pl.String
        )
    )
    row = pl.concat_str(
        pl.col("session").cast(pl.String),
        pl.col("turn").cast(pl.String),
        pl.when(pl.col("therapist")).then(pl.lit("therapist")).otherwise(pl.lit("client")),
        pl.format(
            "00:{}:{}", (seconds // 60 % 60).cast(pl.String).str.zfill(2), (seconds % 60).cast(pl.String).str.zfill(2)
        ),
        quoted,
        behaviour.fill_null("n/a"),
        talk.fill_null("n/a"),
        separator=",",
    )
    header = (
        "transcript_id,utterance_id,interlocutor,timestamp,utterance_text,main_therapist_behaviour,client_talk_type"
    )
    return (
        turns.with_columns(row.alias("row"))
        .group_by("file", maintain_order=True)
        .agg(pl.col("row").str.join("\n").alias("text"))
        .with_columns(pl.concat_str(pl.lit(header + "\n"), "text", pl.lit("\n")).alias("text"))
    )


def _role_content(turns: pl.DataFrame, session_first: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    role = pl.when(pl.col("therapist")).then(pl.lit("counselor")).otherwise(pl.lit("client"))
    message = pl.struct(role.alias("role"), pl.col("text").alias("content")).struct.json_encode()
    return (
        turns.with_columns(message.alias("m"))
        .group_by("file", maintain_order=True)
        .agg(pl.col("m").str.join(",\n  ").alias("text"))
        .with_columns(pl.concat_str(pl.lit("[\n  "), "text", pl.lit("\n]\n")).alias("text"))
    )


def _labelled_strings(turns: pl.DataFrame, session_first: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    label = pl.when(pl.col("therapist")).then(pl.lit("Counsellor")).otherwise(pl.lit("Client"))
    line = pl.struct(pl.concat_str(label, pl.lit(": "), "text").alias("s")).struct.json_encode()
    # {"s":"..."} -> "..." : the JSON string alone.
    as_string = line.str.strip_prefix('{"s":').str.strip_suffix("}")
    return (
        turns.with_columns(as_string.alias("m"))
        .group_by("file", maintain_order=True)
        .agg(pl.col("m").str.join(",\n  ").alias("text"))
        .with_columns(pl.concat_str(pl.lit("[\n  "), "text", pl.lit("\n]\n")).alias("text"))
    )


_RENDERERS: dict[str, Callable[[pl.DataFrame, pl.DataFrame, pl.DataFrame], pl.DataFrame]] = {
    "plain_text": _plain_text,
    "chat_jsonl": _chat_jsonl,
    "esconv_jsonl": _esconv_jsonl,
    "csv": _csv,
    "role_content": _role_content,
    "labelled_strings": _labelled_strings,
}


# --- bytes -------------------------------------------------------------------------------------------


def _encode_files(rng: Rng, rendered: pl.DataFrame, first_file: int) -> list[_File]:
    """Per file (not per turn): line endings, encoding, file-level defects, path."""
    n = rendered.height
    encoding = rng.choice([share for _, _, share in ENCODINGS], n).to_list()
    nul = rng.below(DEFECT_RATES["control_characters"], n).to_list()
    copy = rng.below(DEFECT_RATES["duplicate_file"], n).to_list()
    junk = rng.below(DEFECT_RATES["unparseable_file"], n).to_list()
    broken = rng.below(DEFECT_RATES["broken_json_line"], n).to_list()
    out: list[_File] = []
    for i, (text, sessions, turns, fmt) in enumerate(
        rendered.select("text", "sessions", "turns", "format").iter_rows()
    ):
        number = first_file + i
        folder = f"{fmt}/{number // FILES_PER_FOLDER:04d}"
        name = f"{folder}/{fmt}_{number:07d}.{EXTENSIONS[fmt]}"
        if junk[i]:
            payload = _junk(rng, bool(number % 2))
            out.append((f"{folder}/notes_{number:07d}.{'png' if number % 2 else 'txt'}", "unparseable", payload, 0, 0))
            continue
        if copy[i] and out and out[-1][1] == fmt:
            # The same sessions again under another name: `duplicate_session` for the pipeline.
            previous = out[-1]
            out.append((f"{folder}/copy_of_{number:07d}.{EXTENSIONS[fmt]}", fmt, previous[2], previous[3], previous[4]))
            continue
        if broken[i] and fmt in ("chat_jsonl", "esconv_jsonl"):
            text = text[: max(text.rstrip("\n").rfind("\n") + 40, 0)] + "\n"
        if nul[i] and fmt == "plain_text":
            text = text.replace("\n", "\x00\n", 1)
        codec, newline, _ = ENCODINGS[encoding[i]]
        if fmt == "csv" and codec in ("utf-16", "gzip"):
            codec = "utf-8"  # such exports are rare; keep the CSV share readable by every tool
        if newline != "\n":
            text = text.replace("\n", newline)
        if codec == "gzip":
            data = gzip.compress(text.encode("utf-8"), compresslevel=1, mtime=0)
            name += ".gz"
        else:
            data = text.encode(codec, errors="replace")
        out.append((name, fmt, data, sessions, turns))
    return out


def _junk(rng: Rng, binary: bool) -> bytes:
    if binary:
        return b"\x89PNG\r\n\x1a\n" + bytes(rng.integers(0, 256, 2048).cast(pl.UInt8).to_list())
    return b"Intake checklist\n\n- consent form signed\n- next appointment booked\n- notes sent to supervisor\n"
