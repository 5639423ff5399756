"""Techniques per session: those a summary header names, and those the therapist proposes or practises.

Both map onto the catalog in sql/technique_catalog.json (loaded into `technique_catalog`):
- summary: each phrase a summary header lists (or the source's metadata: CACTUS's planned techniques,
  PsychEval's suggested skills) maps to the code of the synonym found earliest in it (the longest one on a
  tie: "Role-playing scenarios for asking for help" is role play, not assertiveness); a phrase no synonym
  matches is kept as `unmapped`, so nothing is lost. `evidence` is the phrase as written;
- dialogue: a therapist turn whose text matches a catalog cue; `evidence` is the matching span, `source_line`
  the turn's line, one row per technique and session (the first turn with the strongest evidence).
  Turns flagged as role-inverted or refusals, and sessions whose roles are swapped, are not evidence.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import polars as pl

from transforms.config import DEFAULT_CONFIG, MovesConfig
from transforms.measures import has_latin_letter
from transforms.moves_features import straight_apostrophes
from transforms.regex_parts import with_narrow_word_class

CATALOG_PATH = Path(__file__).resolve().parents[1] / "sql" / "technique_catalog.json"
UNMAPPED = "unmapped"
# Keys of sessions.source_metadata that list the techniques a source planned or suggested for the session.
METADATA_TECHNIQUE_KEYS = ("planned_techniques", "suggested_skills")
# Defects that make a turn no evidence of what the therapist did.
NOT_EVIDENCE = ("role_inversion", "refusal")

TECHNIQUE_SCHEMA: dict[str, pl.DataType] = {
    "session_id": pl.String(),
    "source_id": pl.String(),
    "technique": pl.String(),
    "source": pl.String(),
    "source_line": pl.Int64(),
    "evidence": pl.String(),
    "confidence": pl.Float64(),
}
CATALOG_SCHEMA: dict[str, pl.DataType] = {
    "code": pl.String(),
    "name": pl.String(),
    "family": pl.String(),
    "description": pl.String(),
    "synonyms": pl.List(pl.String()),
}
# The therapist proposes or practises rather than mentions: "let's try", "would you be willing to".
_PROPOSAL = (
    r"(?i)\b(?:let's|let us|we (?:could|can|might|will)|would you (?:be willing|like)|shall we|"
    r"i(?:'d| would) like (?:you|us) to|how about|you (?:could|might) try|try (?:to|this|it)|practi[cs]e|together|"
    r"homework|this week)\b"
)
# The counsellor declining to set the technique ("I'm not setting you homework, mind", "I won't give you a sheet",
# "No homework from me"):
# only a first-person refusal to assign, a few words before the cue. A negation in general is no such sign: "don't
# beat yourself up", "don't be afraid to reach out" and "so you're not carrying it alone" are the technique.
_DECLINED_BEFORE = (
    r"(?i)\bi(?:'m| am)(?: just)? not (?:going to |gonna )?(?:set|setting|give|giving|assign|assigning)"
    r"(?: [a-z']+){0,3} $"
    r"|\bi (?:won't|will not) (?:set|give|assign)(?: [a-z']+){0,3} $"
    # ... and "No homework from me": the cue's own word declined.
    r"|(?:^|[^a-z'])no $"
)
# Words right before a cue that make it no evidence of one technique alone, where before another technique's cue they
# are often the technique itself ("you're not carrying it alone"):
# - homework negated: "That's your plan, not homework from me", "it isn't homework", or its task denied ("I can't do
#   an extra this week", a refusal the client is coached to send);
# - noticing described, not practised: "When you notice a skip, your body releases adrenaline" explains panic.
_NOT_EVIDENCE_BEFORE: dict[str, str] = {
    # ("Not" alone only opening a sentence, "Not a task for next week": "why not try ... this week" proposes one.)
    "homework": (
        r"(?i)(?:(?:it|this|that)(?:'s| is)|isn't|is not|(?:^|[.!?,;:]\s*)not|(?:^|[^a-z'])no)"
        r"(?: really| exactly| any| a| your)? $"
        r"|(?:^|[^a-z'])(?:can't|cannot|can not|won't|couldn't|wouldn't) $"
    ),
    "relaxation_mindfulness": r"(?i)\b(?:when|whenever|if|once|as|because) you $",
}
# (Homework said to be "not homework" as a sentence of its own: "it's not homework like at school" still sets it.)
_NO_FOLLOW_UP = (
    r"(?i)\b(?:(?:(?:this|it|that)(?:'s| is) not|isn't|is not|none of (?:this|that|it) is) (?:a |any )?homework"
    r"(?:\s*[.,;:!)\u2014-]|\s*$|\s+(?:from me|and i|so i|i won't|i will not))"
    r"|(?:can't|cannot|won't|will not) follow (?:it )?up with you"
    r"|no (?:further|other|more|next) (?:session|appointment|meeting)s? (?:is |are )?"
    r"(?:booked|planned|scheduled|arranged)"
    r"|(?:this is|today is) our (?:only|one) (?:session|meeting))"
)
# Spoken transcripts put fillers between a cue's words ("let's, um, try", "the evidence, you know, that"):
# they come out of the text before the cues run, so a cue need not allow for them between every word.
_FILLERS = (
    r"(?i),?\s*\b(?:u+m+|u+h+m*|e+r+m+|er|a+h+|h+m+|m+h?m+)\b,?"
    r"|,\s*(?:you know|i mean|like|sort of|kind of|basically|okay|ok)\s*,"
)
# Chat writers' shorthand for the pronouns cues are written with ("can u write", "r u safe", "urself").
_SHORTHAND = {r"(?i)\bu\b": "you", r"(?i)\bur\b": "your", r"(?i)\burself\b": "yourself", r"(?i)\br\b": "are"}


@cache
def _catalog_entries() -> tuple[dict[str, object], ...]:
    data = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    return tuple(data["techniques"])


def technique_catalog() -> pl.DataFrame:
    """The catalog table: code, name, family, description, synonyms."""
    return pl.DataFrame(
        [{k: e[k] for k in CATALOG_SCHEMA} for e in _catalog_entries()], schema=CATALOG_SCHEMA, orient="row"
    )


def _synonyms() -> pl.DataFrame:
    return (
        technique_catalog()
        .select("code", pl.col("synonyms").alias("synonym"))
        .explode("synonym")
        .with_columns(pl.col("synonym").str.to_lowercase())
    )


def map_phrases(phrases: pl.Series) -> pl.Series:
    """Each phrase -> the catalog code of the synonym found earliest in it (longest on a tie), else `unmapped`."""
    frame = pl.DataFrame({"phrase": phrases}).with_row_index("i")
    lowered = frame.with_columns(straight_apostrophes(pl.col("phrase").str.to_lowercase()).alias("low"))
    hits = (
        lowered.join(_synonyms(), how="cross")
        .with_columns(pl.col("low").str.find(pl.col("synonym"), literal=True).alias("at"))
        .filter(pl.col("at").is_not_null())
        .sort("i", "at", pl.col("synonym").str.len_chars(), descending=[False, False, True])
        .group_by("i", maintain_order=True)
        .first()
        .select("i", "code")
    )
    return frame.join(hits, on="i", how="left").sort("i").get_column("code").fill_null(UNMAPPED).alias("technique")


def _listed_in_metadata(sessions: pl.DataFrame) -> pl.DataFrame:
    """Techniques a source lists about a session (CACTUS's planned CBT techniques, PsychEval's suggested skills)."""
    frames = [
        sessions.select(
            "session_id", "source_id", pl.col("source_metadata").str.json_path_match(f"$.{key}").alias("raw")
        ).filter(pl.col("raw").str.starts_with("["))
        for key in METADATA_TECHNIQUE_KEYS
    ]
    return (
        pl.concat(frames)
        .with_columns(pl.col("raw").str.json_decode(pl.List(pl.String)).alias("evidence"))
        .select("session_id", "source_id", "evidence")
    )


def techniques_from_summaries(sessions: pl.DataFrame) -> pl.DataFrame:
    """`sessions(session_id, source_id, summary, source_metadata)` -> one row per distinct technique phrase that
    a summary header lists, or the source's own metadata (`source = summary` for both: stated, not inferred)."""
    header = sessions.filter(pl.col("summary").is_not_null()).select(
        "session_id", "source_id", pl.col("summary").struct.field("techniques").alias("evidence")
    )
    phrases = (
        pl.concat([header, _listed_in_metadata(sessions)])
        .explode("evidence")
        .filter(pl.col("evidence").is_not_null() & (pl.col("evidence").str.strip_chars() != ""))
        .unique(["session_id", "evidence"], maintain_order=True)
    )
    return phrases.select(
        "session_id",
        "source_id",
        map_phrases(phrases.get_column("evidence")),
        pl.lit("summary").alias("source"),
        pl.lit(None, dtype=pl.Int64).alias("source_line"),
        "evidence",
        # The source states the technique outright.
        pl.lit(1.0).alias("confidence"),
    ).cast(TECHNIQUE_SCHEMA)  # type: ignore[arg-type]


def _cues() -> pl.DataFrame:
    # Chat writers drop apostrophes ("lets", "youre", "whats"): an apostrophe in a cue is optional. Word
    # boundaries are ASCII ones and word characters regex_parts' narrow ones: the cues are English, and Unicode
    # classes make the regex engine's automaton far larger (a Unicode \b made it leave its fast automaton: 30% more
    # CPU; a Unicode \w under repetition, as in "(?:[^\w.?!]+\w+){0,7}", made two techniques' patterns 10x slower).
    # Accented Latin letters stay word characters, so "André" or "Zoë's" inside a cue's gap is one word.
    rows = [
        (
            str(e["code"]),
            with_narrow_word_class(p.replace("'", "'?").replace(r"\b", r"(?-u:\b)")),
        )
        for e in _catalog_entries()
        for p in e["cues"]  # type: ignore[attr-defined]
    ]
    return pl.DataFrame(rows, schema={"technique": pl.String, "cue": pl.String}, orient="row")


def _normalised(text: pl.Expr) -> pl.Expr:
    """The turn as the cues read it: straight apostrophes, no fillers, chat shorthand spelt out, single spaces."""
    clean = straight_apostrophes(text).str.replace_all(_FILLERS, "")
    for pattern, word in _SHORTHAND.items():
        clean = clean.str.replace_all(pattern, word)
    return clean.str.replace_all(r"\s+", " ")


def techniques_from_dialogue(
    turns: pl.DataFrame, defects: pl.DataFrame, config: MovesConfig = DEFAULT_CONFIG.moves
) -> pl.DataFrame:
    """`turns` (kept) and the batch's `defects` -> the first strong evidence of each technique per session."""
    excluded = defects.filter(pl.col("defect_type").is_in(NOT_EVIDENCE))
    # A session-level role_inversion (labels swapped) has no turn index: none of its turns is evidence.
    swapped = excluded.filter(pl.col("source_turn_index").is_null(), pl.col("session_id").is_not_null())
    flagged = excluded.filter(pl.col("source_turn_index").is_not_null()).select("session_id", "source_turn_index")
    therapist = (
        turns.filter(pl.col("role") == "therapist")
        .join(swapped.select("session_id").unique(), on="session_id", how="anti")
        .join(flagged.unique(), on=["session_id", "source_turn_index"], how="anti")
        # The cues are English phrases: a turn without a Latin letter cannot match one.
        .filter(has_latin_letter(pl.col("text")))
        .with_columns(_normalised(pl.col("text")).alias("_clean"))
    )
    patterns = {
        code: "(?i)(" + "|".join(f"(?:{p})" for p in group["cue"]) + ")"
        for (code,), group in _cues().group_by("technique", maintain_order=True)
    }
    keys = ["session_id", "source_id", "turn_index", "source_line", "_clean"]
    # One select runs every technique's pattern (in parallel); only turns that match one are kept, and
    # only those are unpivoted to one row per (turn, technique, match), so no turn is copied once per code. Every
    # match is kept, not the first alone: a first one declined ("When you notice the urge, ...") must not hide a
    # later one that is the technique ("... and notice your feet on the floor").
    spans = therapist.select(
        *keys,
        *(
            pl.col("_clean").str.extract_all(p).list.unique(maintain_order=True).alias(code)
            for code, p in patterns.items()
        ),
    )
    matched = (
        spans.filter(pl.any_horizontal(pl.col(list(patterns)).list.len() > 0))
        .unpivot(index=keys, on=list(patterns), variable_name="technique", value_name="span")
        .explode("span")
        .filter(pl.col("span").is_not_null())
    )
    # (Split, not find and slice: find counts bytes, slice characters.)
    before = pl.col("_clean").str.split(pl.col("span")).list.first().str.tail(60)
    declined = pl.any_horizontal(
        before.str.contains(_DECLINED_BEFORE),
        *[(pl.col("technique") == code) & before.str.contains(words) for code, words in _NOT_EVIDENCE_BEFORE.items()],
    )
    # A session whose counsellor says no task will be followed up ("we have no further session booked, so this is
    # not homework") sets no homework, whatever else in it sounds like a task for the week.
    no_follow_up = therapist.filter(pl.col("_clean").str.contains(_NO_FOLLOW_UP)).select("session_id").unique()
    scored = (
        matched.filter(~declined)
        .join(
            no_follow_up.with_columns(pl.lit("homework").alias("technique")),
            on=["session_id", "technique"],
            how="anti",
        )
        .with_columns(
            # A cue in a turn that proposes or practises it is strong; a mention alone is weaker.
            pl.when(pl.col("_clean").str.contains(_PROPOSAL)).then(0.9).otherwise(0.6).alias("confidence")
        )
        .filter(pl.col("confidence") >= config.min_dialogue_confidence)
    )
    return (
        scored.sort("session_id", "technique", "confidence", "turn_index", descending=[False, False, True, False])
        .group_by("session_id", "technique", maintain_order=True)
        .first()
        .select(
            "session_id",
            "source_id",
            "technique",
            pl.lit("dialogue").alias("source"),
            "source_line",
            pl.col("span").alias("evidence"),
            "confidence",
        )
        .cast(TECHNIQUE_SCHEMA)  # type: ignore[arg-type]
    )


def session_techniques(
    sessions: pl.DataFrame, turns: pl.DataFrame, defects: pl.DataFrame, config: MovesConfig = DEFAULT_CONFIG.moves
) -> pl.DataFrame:
    """Summary and dialogue techniques of the batch's kept sessions."""
    dialogue = techniques_from_dialogue(turns.join(sessions.select("session_id"), on="session_id"), defects, config)
    return pl.concat([techniques_from_summaries(sessions), dialogue])
