"""Per-stage wall time of a batch (read, decode, parse, clean_detect, techniques, validate), for the run summary.

The batch code marks the end of each stage with `lap(name)`; the time since the previous mark is added
to that stage. Outside `stage_clock()` a lap does nothing, so the transforms stay usable without it.
The clock lives in a context variable: two batches in two threads keep their own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

STAGES = ("read", "decode", "parse", "clean_detect", "techniques", "validate", "load")


class StageClock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._last
        self._last = now


_CLOCK: ContextVar[StageClock | None] = ContextVar("stage_clock", default=None)


def lap(stage: str) -> None:
    clock = _CLOCK.get()
    if clock is not None:
        clock.lap(stage)


@contextmanager
def stage_clock() -> Iterator[StageClock]:
    clock = StageClock()
    token = _CLOCK.set(clock)
    try:
        yield clock
    finally:
        _CLOCK.reset(token)


def add_seconds(total: dict[str, float], more: dict[str, float]) -> dict[str, float]:
    """Stage seconds summed, in pipeline order."""
    merged = {name: total.get(name, 0.0) + more.get(name, 0.0) for name in {*total, *more}}
    return {
        name: merged[name] for name in sorted(merged, key=lambda n: STAGES.index(n) if n in STAGES else len(STAGES))
    }
