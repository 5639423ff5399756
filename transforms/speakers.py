"""The one alias table that maps raw speaker labels to roles."""

from __future__ import annotations

import polars as pl

ROLES = ("therapist", "client", "unknown")

# Keys are normalised labels (see normalise_label). Numbered labels such as `Speaker 1` are left out on
# purpose: nothing in the label says who counsels, so they stay speakers with role `unknown` (issue 3's role
# inference may settle them from what they say).
ROLE_BY_ALIAS: dict[str, str] = {
    "consultant": "therapist",
    "therapist": "therapist",
    "counselor": "therapist",
    "counsellor": "therapist",
    "psychologist": "therapist",
    "psychotherapist": "therapist",
    "supporter": "therapist",
    # Chat exports and LLM-generated counselling data: the model plays the counsellor.
    "assistant": "therapist",
    # ESConv (fado_reformat) speaker codes.
    "sys": "therapist",
    "usr": "client",
    # Transcript abbreviations `T:` / `C:`.
    "t": "therapist",
    "c": "client",
    # Chinese corpora (CPsyCounD, SMILECHAT, CPsyCounE): counsellor, psychological counsellor, supporter.
    "咨询师": "therapist",
    "心理咨询师": "therapist",
    "支持者": "therapist",
    "user": "client",
    "patient": "client",
    "client": "client",
    "seeker": "client",
    "help-seeker": "client",
    "help seeker": "client",
    # Chinese: visitor (the usual word for a counselling client), help-seeker.
    "来访者": "client",
    "求助者": "client",
    # Peer-support platforms call the supporter the listener.
    "listener": "therapist",
    # Scoped entries (`format:label`) hold for one source format only; role_of(label, scope=...) reads
    # them first. ESConv's collection platform called the help-seeker "speaker" (FailedESConv.json), a word
    # that means nothing about the role anywhere else.
    "esconv:speaker": "client",
}


def normalise_label(label: pl.Expr) -> pl.Expr:
    """Case-, markup- and aside-insensitive key of a raw label: `**THERAPIST** (crying)` -> `therapist`."""
    return (
        label.str.replace_all(r"\([^)]*\)|[*_`]", "").str.replace_all(r"\s+", " ").str.strip_chars().str.to_lowercase()
    )


def role_of(label: pl.Expr, scope: str | None = None) -> pl.Expr:
    key = normalise_label(label)
    plain = key.replace_strict(ROLE_BY_ALIAS, default="unknown", return_dtype=pl.String)
    if scope is None:
        return plain
    scoped = pl.lit(f"{scope}:") + key
    return (
        pl.when(scoped.is_in(list(ROLE_BY_ALIAS)))
        .then(scoped.replace_strict(ROLE_BY_ALIAS, default="unknown", return_dtype=pl.String))
        .otherwise(plain)
    )
