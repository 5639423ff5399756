"""Seeded random columns from polars hashing: vectorised and deterministic for a pinned polars.

Each draw hashes the row numbers with the seed, the stream and a draw counter, so two draws never
share values and the same seed gives the same corpus. (numpy is not a runtime dependency.)
"""

from __future__ import annotations

import hashlib

import polars as pl

_MANTISSA = 2.0**-53


class Rng:
    def __init__(self, seed: int, stream: int = 0) -> None:
        self.seed = seed
        self.stream = stream
        self.draws = 0

    def uniform(self, n: int) -> pl.Series:
        """n floats in [0, 1)."""
        self.draws += 1
        key = hashlib.blake2b(f"{self.seed}/{self.stream}/{self.draws}".encode(), digest_size=8).digest()
        hashed = pl.int_range(0, n, dtype=pl.UInt64).hash(seed=int.from_bytes(key, "little"))
        # The top 53 bits of the hash, as a double in [0, 1).
        return pl.select((hashed // 2048).cast(pl.Float64) * _MANTISSA).to_series().alias("u")

    def below(self, rate: float, n: int) -> pl.Series:
        """n booleans, each true with probability `rate`."""
        return (self.uniform(n) < rate).alias("hit")

    def integers(self, low: int | pl.Series, high: int | pl.Series, n: int) -> pl.Series:
        """n integers in [low, high) (bounds may be columns)."""
        span = (pl.Series([high]) if isinstance(high, int) else high) - low
        drawn = (self.uniform(n) * span).floor().cast(pl.Int64) + low
        return drawn.alias("i")

    def choice(self, weights: list[float], n: int) -> pl.Series:
        """n indices into `weights`, each drawn with probability proportional to its weight."""
        total = sum(weights)
        cumulative: list[float] = []
        running = 0.0
        for weight in weights[:-1]:
            running += weight / total
            cumulative.append(running)
        edges = pl.Series(cumulative, dtype=pl.Float64)
        return edges.search_sorted(self.uniform(n), side="right").cast(pl.Int64).alias("i")
