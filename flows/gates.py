"""Quality gates: a run whose defects of one type exceed their threshold (transforms/config.py) fails.

The rows are loaded all the same (they are true to their input and every defect is recorded); the run
ends as `failed_quality_gate` with the reasons, and the Prefect flow run ends Failed so notifications fire.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from transforms.config import QualityGate, QualityGateConfig

if TYPE_CHECKING:  # the runner imports this module
    from flows.runner import RunSummary

DEFAULT_GATES = QualityGateConfig()


def units(summary: Mapping[str, Any], per: str) -> int:
    """How many turns, sessions or files a run read, from its summary (`RunSummary.as_dict()`)."""
    if per == "turn":
        return int(summary["turns_parsed"])
    if per == "session":
        # Sessions found, including those dropped as copies of a session already loaded.
        return int(summary["sessions_loaded"]) + int(summary["defects_by_type"].get("duplicate_session", 0))
    if per == "file":
        # Every file in the folder, unchanged ones too: quarantined files count on every run (read again or
        # kept), so over the files read alone a rerun with nothing new would be all quarantine.
        return int(summary["files_seen"])
    raise ValueError(f"unknown quality gate unit {per!r} (expected turn, session or file)")


def breaches(summary: RunSummary, config: QualityGateConfig = DEFAULT_GATES) -> list[str]:
    """One short reason per gate the run exceeds (counts only, never text), in the config's order."""
    counts = summary.as_dict()
    reasons = []
    for gate in config.gates:
        found = summary.defects_by_type.get(gate.defect_type, 0)
        if not found:
            continue
        read = units(counts, gate.per)
        share = found / read if read else 1.0
        if share > gate.max_share:
            reasons.append(_reason(gate, found, read, share))
    return reasons


def _reason(gate: QualityGate, found: int, units: int, share: float) -> str:
    return f"{gate.defect_type} {found:,} of {units:,} {gate.per}s ({share:.1%} > {gate.max_share:.1%})"


def gate_message(reasons: list[str]) -> str:
    """The Failed state's message (and the CLI's last line)."""
    return "quality gate exceeded: " + "; ".join(reasons)
