"""Every threshold the transforms use, in one place so a change has one obvious home."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DecodeConfig:
    # A file with more NUL bytes than this share (after UTF-16 detection) is binary, not text.
    max_nul_share: float = 0.01
    # Decoding as UTF-8 with replacement wins over a legacy codec when at most this share of
    # the non-ASCII sequences are invalid: a few stray bytes in a UTF-8 file are encoding
    # errors, not a sign that the whole file is Windows-1252.
    max_invalid_utf8_share: float = 0.25
    # Up to this share of lone bytes >= 0x80 reads as a Western single-byte file (see decode.py).
    max_sparse_high_byte_share: float = 0.1
    # Stray NUL and control characters are stripped (and counted); more than this share of the bytes (and
    # more than max_stray_controls, so a short file may have a few) means binary noise, not text.
    max_control_share: float = 0.01
    max_stray_controls: int = 16
    # gzip input is unpacked in memory; anything that inflates beyond this is refused (a gzip bomb).
    max_gunzipped_bytes: int = 512 * 1024 * 1024


@dataclass(frozen=True)
class ParseConfig:
    # Label-like lines (`Word Word:`) that are headings, not speakers, unless the alias table knows them.
    header_words: frozenset[str] = frozenset(
        {
            "note", "notes", "summary", "session", "session summary", "date", "time", "topic", "topics",
            "goal", "goals", "homework", "technique", "techniques", "title", "participants", "setting",
            "duration", "context", "background", "example", "step", "tip", "plan", "agenda",
            "assessment", "diagnosis", "key insights", "insights", "transcript",
        }
    )  # fmt: skip
    # An unknown, capitalised label becomes a speaker when it opens at least this many lines in one session.
    min_unknown_label_repeats: int = 2


@dataclass(frozen=True)
class DedupeConfig:
    # Backchannels ("Mm-hmm.", "Okay, yeah.") repeat legitimately; only turns of at least this
    # many words count as duplicates. On AnnoMI, 5 words leaves 8 true repeats and no backchannel.
    min_words: int = 5


@dataclass(frozen=True)
class PipelineConfig:
    decode: DecodeConfig = field(default_factory=DecodeConfig)
    parse: ParseConfig = field(default_factory=ParseConfig)
    dedupe: DedupeConfig = field(default_factory=DedupeConfig)


DEFAULT_CONFIG = PipelineConfig()
