"""Helpers for the format tests: a files frame from texts, and turns as plain tuples."""

from __future__ import annotations

import json
from typing import Any

import polars as pl


def files(*texts: str, paths: list[str] | None = None) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": [f"f{i}" for i in range(len(texts))],
            "path": paths or [f"/data/f{i}.txt" for i in range(len(texts))],
            "text": list(texts),
        }
    )


def rows(frame: pl.DataFrame, *columns: str) -> list[tuple[Any, ...]]:
    return frame.select(columns).rows()


def loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)
