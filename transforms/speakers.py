"""The one alias table that maps raw speaker labels to roles."""

from __future__ import annotations

import polars as pl

ROLES = ("therapist", "client", "unknown")

ROLE_BY_ALIAS: dict[str, str] = {
    "consultant": "therapist",
    "therapist": "therapist",
    "counselor": "therapist",
    "counsellor": "therapist",
    "psychologist": "therapist",
    "supporter": "therapist",
    "user": "client",
    "patient": "client",
    "client": "client",
    "seeker": "client",
}


def normalise_label(label: pl.Expr) -> pl.Expr:
    """Case-, markup- and aside-insensitive key of a raw label: `**THERAPIST** (crying)` -> `therapist`."""
    return (
        label.str.replace_all(r"\([^)]*\)|[*_`]", "").str.replace_all(r"\s+", " ").str.strip_chars().str.to_lowercase()
    )


def role_of(label: pl.Expr) -> pl.Expr:
    return normalise_label(label).replace_strict(ROLE_BY_ALIAS, default="unknown", return_dtype=pl.String)
