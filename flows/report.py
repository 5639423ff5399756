"""A run's quality summary as a Prefect artifact: markdown for people, a table per defect type for tools.

Counts and shares only: artifacts are stored on the Prefect server, which must never hold transcript text.
"""

from __future__ import annotations

from typing import Any

from flows.gates import DEFAULT_GATES, units
from transforms.config import QualityGateConfig

MARKDOWN_KEY = "ingest-quality-summary"
TABLE_KEY = "ingest-defect-rates"


def quality_table(summary: dict[str, Any], config: QualityGateConfig = DEFAULT_GATES) -> list[dict[str, Any]]:
    """One row per defect type found or gated: count, unit, share and the gate it is held to."""
    gates = {gate.defect_type: gate for gate in config.gates}
    found: dict[str, int] = summary["defects_by_type"]
    rows = []
    for defect_type in sorted(set(found) | set(gates)):
        gate = gates.get(defect_type)
        count = int(found.get(defect_type, 0))
        per = gate.per if gate else "turn"
        read = units(summary, per)
        share = count / read if read else 0.0
        over = gate is not None and count > 0 and (share if read else 1.0) > gate.max_share
        if not count and not over:
            continue
        rows.append({
            "defect_type": defect_type, "count": count, "per": per, "units": read, "share": round(share, 4),
            "max_share": gate.max_share if gate else None, "gate": "exceeded" if over else "ok" if gate else "none",
        })  # fmt: skip
    return rows


def quality_markdown(summary: dict[str, Any], config: QualityGateConfig = DEFAULT_GATES) -> str:
    status = summary["status"]
    verdict = (
        "**Failed a quality gate**: " + "; ".join(summary["gate_failures"])
        if summary["gate_failures"]
        else "All quality gates passed."
    )
    quality = " · ".join(f"{name} {n:,}" for name, n in summary["sessions_by_quality"].items()) or "none"
    lines = [
        f"# Ingest run `{summary['run_id']}`: {status}",
        "",
        verdict,
        "",
        f"- files: seen {summary['files_seen']:,} · loaded {summary['files_loaded']:,} · "
        f"unchanged {summary['files_unchanged']:,} · quarantined {summary['files_quarantined']:,}",
        f"- sessions: {summary['sessions_loaded']:,} loaded ({quality})",
        f"- turns: {summary['turns_loaded']:,} loaded of {summary['turns_parsed']:,} parsed",
        f"- defects: {summary['defects_found']:,}",
        "",
        "| defect type | count | share | of | gate |",
        "|---|---:|---:|---|---|",
    ]
    for row in quality_table(summary, config):
        limit = f"≤ {row['max_share']:.1%}" if row["max_share"] is not None else "none"
        flag = " **exceeded**" if row["gate"] == "exceeded" else ""
        lines.append(
            f"| {row['defect_type']} | {row['count']:,} | {row['share']:.2%} | {row['units']:,} {row['per']}s "
            f"| {limit}{flag} |"
        )
    return "\n".join(lines) + "\n"
