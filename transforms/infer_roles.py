"""Roles for speakers the alias table cannot map, when the session itself says who counsels.

Transcripts often label speakers by name (`Dr. Morgan:` / `Sam:`), by number (`Speaker 1:` / `Speaker 2:`) or
name only one side (`Therapist:` / `Maya:`). Left `unknown`, every turn of such a session is a warning and
every role-based step is blind to it: refusals are looked for in therapist turns, role inversion in client
turns, moves and techniques in the counsellor's. A session with two roles to fill and unknown speakers to fill
them takes, in this order:

1. the other role, when one side is named by the alias table and one unknown speaker remains (`Therapist`
   and `Maya`: Maya is the client);
2. a clinical title (`Dr.`, `Doctor`, `Prof.`, `Counsellor ...`): of two unknown speakers, the one titled
   counsels;
3. the counsellor's voice: of two unknown speakers, the one whose turns the learned voice model
   (transforms/role_inversion.py) scores higher counsels, when each has enough long turns and the gap is
   wide (the swapped-session test uses the same evidence: 0 of 290 clean held-out sessions misordered), or
   when that speaker's label says it asks (`Q:`, `Interviewer:`) and the voice agrees by any margin;
4. who is addressed: the voice model is English (and Chinese), so when the session is in neither language (a
   French or Turkish session of two named speakers: under min_english_share of its words are common English
   ones) the plainest sign there is in any language decides: the counsellor talks about the client ("vous",
   "du", "you") and asks, while the client talks about themself ("je", "ich", "I"). Per speaker,
   (second-person words - first-person words) per word x 10 + the share of turns with a question mark: of
   exactly two speakers with min_voiced_turns turns each, the higher one counsels when the two differ by at
   least min_address_gap (on whole AnnoMI and ESConv sessions at 0.4: 131 of 133 and 1,222 of 1,300 decided,
   100% and 99.5% of them right; on their first six turns 2.3% of ESConv's would be wrong, which is why a short
   English session stays unknown instead).

A speaker with a single turn (someone at the door, `Speaker 3` in a caption file) is left out when the
others fill the roles. Beside a named client, regular speakers who answer one after another, none speaking
again once the next has started (a chat's bot, then the counsellor it hands over to), each counsel.
In a couple, family or group session the counsellor is named, no client is, and two
or more regular speakers remain: each of them is a client (one with a clinical title co-counsels). Anything
else (a session too short to tell, a walk-on speaker) stays unknown and is flagged per turn as before. Each
inferred speaker gets one info-level `unknown_speaker` row at its first turn saying which role it took and
why: the label itself stays in `turns.speaker`.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, RoleInferenceConfig
from transforms.defect_rows import defect_rows
from transforms.measures import HAN, english_word_count, first_person_count, second_person_count
from transforms.role_inversion import with_voice

# A clinician's title before a name: `Dr. Morgan`, `Doctor Lee`, `Prof Ahmed`.
# A chat handle may run them together: `@dr.ifeoma`.
_CLINICAL_TITLE = r"(?i)^\W*(?:dr|doctor|prof|professor)\b(?:\.\s*|\s+)\S"


def infer_roles(
    turns: pl.DataFrame, config: RoleInferenceConfig = DEFAULT_CONFIG.role_inference
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(turns with inferred roles, one info `unknown_speaker` row per inferred speaker)."""
    unknown = pl.col("role") == "unknown"
    # A speaker with a single turn (a receptionist at the door, `Speaker 3` coughing) walks on; the regular ones
    # fill the roles.
    regular = unknown & (pl.len().over("session_id", "speaker") >= config.min_regular_turns)
    sessions = turns.group_by("session_id").agg(
        (pl.col("role") == "therapist").any().alias("_has_therapist"),
        (pl.col("role") == "client").any().alias("_has_client"),
        pl.col("speaker").filter(unknown).n_unique().alias("_n_unknown"),
        pl.col("speaker").filter(regular).n_unique().alias("_n_regular"),
    )
    open_roles = (~pl.col("_has_therapist")).cast(pl.Int32) + (~pl.col("_has_client")).cast(pl.Int32)
    every_unknown = (pl.col("_n_unknown") >= 1) & (pl.col("_n_unknown") == open_roles)
    regulars = (pl.col("_n_regular") >= 1) & (pl.col("_n_regular") == open_roles)
    # A couple, family or group session: the counsellor is named, no client is, and two or more regular speakers
    # remain. (Beside a named client, a third regular speaker may be staff as well as family: left unknown.)
    group = pl.col("_has_therapist") & ~pl.col("_has_client") & (pl.col("_n_regular") >= 2)
    # A chat handed on: the client is named, and two or more regular speakers answer one after another (a bot, then
    # the counsellor it transfers to), each taking over where the last stopped (checked per speaker below).
    handoff = pl.col("_has_client") & ~pl.col("_has_therapist") & (pl.col("_n_regular") >= 2)
    candidates = sessions.with_columns(
        pl.when(every_unknown).then(pl.col("_n_unknown")).otherwise(pl.col("_n_regular")).alias("_n_considered"),
        (~every_unknown & ~regulars & group).alias("_group"),
        (~every_unknown & ~regulars & ~group & handoff).alias("_handoff"),
        every_unknown.alias("_every_unknown"),
    ).filter(every_unknown | regulars | group | handoff)
    if candidates.is_empty():
        return turns, _no_rows(turns)
    considered = (
        turns.with_columns(regular.alias("_regular"))
        .join(candidates, on="session_id")
        .filter(unknown & (pl.col("_every_unknown") | pl.col("_regular")))
    )
    pending = with_voice(considered.select(turns.columns), config.min_words_voice)
    speakers = (
        pending.group_by("session_id", "speaker")
        .agg(
            pl.col("source_id").first(),
            pl.col("source_line").min().alias("_first_line"),
            pl.col("source_turn_index").min().alias("_first_turn"),
            pl.col("source_turn_index").max().alias("_last_turn"),
            pl.col("_voice").mean().alias("_mean_voice"),
            pl.col("_voice").count().alias("_voiced"),
            english_word_count(pl.col("text")).sum().alias("_english_words"),
            (second_person_count(pl.col("text")).sum() - first_person_count(pl.col("text")).sum()).alias(
                "_you_minus_i"
            ),
            pl.col("text").str.count_matches(r"\S+").sum().clip(1).alias("_words"),
            pl.col("text").str.contains(r"[?\uff1f]").mean().alias("_asks"),
            pl.col("text").str.contains(HAN).any().alias("_han"),
            pl.len().alias("_turns"),
        )
        .with_columns(
            (pl.col("_english_words") / pl.col("_words")).alias("_english"),
            (pl.col("_you_minus_i") / pl.col("_words") * 10 + pl.col("_asks")).alias("_address"),
        )
        .join(candidates, on="session_id")
        .with_columns(pl.col("speaker").str.contains(_CLINICAL_TITLE).alias("_titled"))
    )
    one_left = ~pl.col("_group") & (pl.col("_n_considered") == 1)
    titled = pl.col("_titled").cast(pl.Int32).sum().over("session_id") == 1
    # The voice models read English and Chinese: a session in neither (a French or Turkish transcript) gets scores,
    # but they say nothing about who counsels.
    readable = (pl.col("_english").min().over("session_id") >= config.min_english_share) | pl.col("_han").any().over(
        "session_id"
    )
    voiced = readable & (pl.col("_voiced").min().over("session_id") >= config.min_voiced_turns)
    gap = pl.col("_mean_voice").max().over("session_id") - pl.col("_mean_voice").min().over("session_id")
    top = pl.col("_mean_voice") == pl.col("_mean_voice").max().over("session_id")
    # Who is addressed, between exactly two speakers with enough turns each.
    addressed_pair = (pl.len().over("session_id") == 2) & (
        pl.col("_turns").min().over("session_id") >= config.min_voiced_turns
    )
    address_gap = pl.col("_address").max().over("session_id") - pl.col("_address").min().over("session_id")
    addresses = pl.col("_address") == pl.col("_address").max().over("session_id")
    label_key = pl.col("speaker").str.to_lowercase().str.replace_all(r"[^\p{L}]", "")
    asker = label_key.is_in(list(config.asker_labels))
    needed_gap = pl.when((top & asker).any().over("session_id")).then(0.0).otherwise(config.min_voice_gap)
    # Two speakers, one of them labelled as the one who asks (`Interviewer:`, `Q:`) and asking the larger share of
    # questions: a research interview about counselling, whose turns may be too short for the voice model.
    # (An interviewer's label, not a bare `Q:`: in an "ask the counsellor" column the client asks.)
    interviewer = asker & (label_key != "q")
    asker_pair = (
        (pl.len().over("session_id") == 2)
        & (interviewer.cast(pl.Int32).sum().over("session_id") == 1)
        & (interviewer & (pl.col("_asks") > pl.col("_asks").min().over("session_id"))).any().over("session_id")
    )
    by_voice = voiced & (gap > 0) & (gap >= needed_gap)
    # Each speaker starts after the one before has said its last turn: nobody's turns interleave.
    took_over = (
        (pl.col("_first_turn") > pl.col("_last_turn").shift(1).over("session_id", order_by="_first_turn"))
        .fill_null(True)
        .all()
        .over("session_id")
    )
    assigned = speakers.with_columns(
        pl.when(pl.col("_handoff"))
        .then(pl.when(took_over).then(pl.lit("therapist")))
        # In a group the titled speaker co-leads; every other regular speaker is a client.
        .when(pl.col("_group"))
        .then(pl.when(pl.col("_titled")).then(pl.lit("therapist")).otherwise(pl.lit("client")))
        .when(one_left)
        .then(pl.when(pl.col("_has_therapist")).then(pl.lit("client")).otherwise(pl.lit("therapist")))
        .when(titled)
        .then(pl.when(pl.col("_titled")).then(pl.lit("therapist")).otherwise(pl.lit("client")))
        .when(by_voice)
        .then(pl.when(top).then(pl.lit("therapist")).otherwise(pl.lit("client")))
        .when(asker_pair)
        .then(pl.when(interviewer).then(pl.lit("therapist")).otherwise(pl.lit("client")))
        .when(~readable & addressed_pair & (address_gap >= config.min_address_gap))
        .then(pl.when(addresses).then(pl.lit("therapist")).otherwise(pl.lit("client")))
        .alias("_inferred"),
        pl.when(pl.col("_handoff"))
        .then(
            pl.lit("beside the named client, one of the speakers who answered in turn, each taking over from the last")
        )
        .when(pl.col("_group"))
        .then(
            pl.when(pl.col("_titled"))
            .then(pl.lit("a clinical title names a co-counsellor"))
            .otherwise(pl.lit("a regular speaker beside the named counsellor in a couple, family or group session"))
        )
        .when(one_left)
        .then(
            pl.lit("the session's other speaker is named as the ")
            + pl.when(pl.col("_has_therapist")).then(pl.lit("therapist")).otherwise(pl.lit("client"))
        )
        .when(titled)
        .then(pl.lit("a clinical title names who counsels"))
        .when(by_voice)
        .then(pl.format("the counsellor's voice (log-odds gap {} between the two speakers)", gap.round(1)))
        .when(asker_pair)
        .then(pl.lit("the label of the one who asks, and the more questions asked"))
        .otherwise(
            pl.format(
                "who is addressed: 'you' against 'I' and questions (gap {} between the two speakers)",
                address_gap.round(1),
            )
        )
        .alias("_why"),
    ).filter(pl.col("_inferred").is_not_null())
    if assigned.is_empty():
        return turns, _no_rows(turns)
    roles = assigned.select("session_id", "speaker", "_inferred")
    inferred = (
        turns.join(roles, on=["session_id", "speaker"], how="left", maintain_order="left")
        .with_columns(pl.coalesce("_inferred", "role").alias("role"))
        .drop("_inferred")
    )
    rows = defect_rows(
        assigned,
        defect_type="unknown_speaker",
        severity="info",
        # A note, not a repair of text: the turns keep their words and their label in `speaker`.
        action="flagged",
        session_id=pl.col("session_id"),
        source_line=pl.col("_first_line"),
        source_turn_index=pl.col("_first_turn"),
        speaker=pl.col("speaker"),
        detail=pl.format(
            "label '{}' is not in the alias table; taken as the {}: {}", pl.col("speaker"), pl.col("_inferred"),
            pl.col("_why"),
        ),
        excerpt=pl.lit(None, dtype=pl.String),
    )  # fmt: skip
    return inferred, rows


def _no_rows(turns: pl.DataFrame) -> pl.DataFrame:
    return defect_rows(
        turns.clear(),
        defect_type="unknown_speaker",
        severity="info",
        action="flagged",
        detail=pl.lit(None, dtype=pl.String),
        excerpt=pl.lit(None, dtype=pl.String),
    )


__all__ = ["infer_roles"]
