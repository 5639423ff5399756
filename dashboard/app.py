"""The Streamlit page (`transcripts dashboard` runs it): `streamlit run dashboard/app.py -- --warehouse PATH`.

Overview tab: headline figures, defect rates across runs / by type / by source, quality scorecard, defects
to drill into. A defect's link (`?defect=ID`) opens its session with the turn highlighted and the original
excerpt beside the repaired text. Transcript text is shown only in the page, never logged.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import polars as pl
import streamlit as st

from dashboard import data
from warehouse.connection import WarehouseLockedError, WarehouseMissingError

DEFECTS_LISTED = 200
# Figures are read again after this many seconds, so the page follows scheduled loads.
REFRESH_SECONDS = 5


def _warehouse() -> Path:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warehouse", type=Path, required=True)
    args, _ = parser.parse_known_args(sys.argv[1:])
    return Path(args.warehouse)


@st.cache_data(ttl=REFRESH_SECONDS, show_spinner=False)
def _frame(warehouse: str, sql: str, params: tuple[Any, ...] = ()) -> pl.DataFrame:
    return data.read(warehouse, sql, list(params))


@st.cache_data(ttl=REFRESH_SECONDS, show_spinner=False)
def _headline(warehouse: str) -> dict[str, Any]:
    return data.headline(warehouse)


def _overview(warehouse: str) -> None:
    figures = _headline(warehouse)
    columns = st.columns(6)
    columns[0].metric("Sessions", f"{figures['sessions']:,}")
    columns[1].metric("Turns loaded", f"{figures['turns']:,}")
    columns[2].metric("Defects", f"{figures['defects']:,}")
    clean = figures["pct_clean"]
    columns[3].metric("Sessions clean", "n/a" if clean is None else f"{clean:.1f}%")
    columns[4].metric("Files quarantined", f"{figures['files_quarantined']:,}")
    columns[5].metric("Runs", f"{figures['runs']:,}")

    st.subheader("Defect rates across runs (per 1,000 turns parsed)")
    by_run = _frame(warehouse, data.RATES_BY_RUN_SQL)
    if by_run.is_empty():
        st.info("No defects loaded yet.")
    else:
        st.bar_chart(by_run, x="run_started", y="defects_per_1000_turns", color="defect_type", stack=True)
    left, right = st.columns(2)
    with left:
        st.subheader("By type")
        st.dataframe(_frame(warehouse, data.RATES_BY_TYPE_SQL), hide_index=True)
    with right:
        st.subheader("By source file")
        st.dataframe(_frame(warehouse, data.RATES_BY_SOURCE_SQL), hide_index=True)

    st.subheader("Quality scorecard")
    st.dataframe(_frame(warehouse, data.SCORECARD_SQL), hide_index=True)

    st.subheader("Defects to inspect")
    defects = _frame(warehouse, data.DEFECT_LIST_SQL, (DEFECTS_LISTED,))
    if defects.is_empty():
        st.info("No session-level defects.")
    st.markdown("\n".join(_defect_link(row) for row in defects.iter_rows(named=True)))


def _defect_link(row: dict[str, Any]) -> str:
    line = "" if row["source_line"] is None else f" line {row['source_line']}"
    label = f"{row['defect_type']} · {row['severity']} · {Path(row['source_path']).name}{line}"
    return f"- [{label}](?defect={quote(row['defect_id'])})"


def _turn_html(row: dict[str, Any]) -> str:
    style = "background:#fff3b0;border-left:4px solid #d97706;" if row["highlighted"] else ""
    marker = ' data-testid="highlighted-turn"' if row["highlighted"] else ""
    return (
        f'<div{marker} style="{style}padding:4px 8px;margin:2px 0;">'
        f"<b>{html.escape(row['speaker'])}</b> <small>({row['role']}, line {row['source_line']})</small>: "
        f"{html.escape(row['text'])}</div>"
    )


def _drilldown(warehouse: str, defect_id: str) -> None:
    found = data.drilldown(warehouse, defect_id)
    st.markdown("[← back to the overview](?)")
    if found is None:
        st.warning("No such defect in the warehouse (it may have been replaced by a newer load).")
        return
    defect = found.defect
    st.header(f"{defect['defect_type']} ({defect['severity']}, {defect['action']})")
    st.caption(f"{defect['source_path']} · line {defect['source_line']} · session {defect['session_id']}")
    st.write(defect["detail"])
    original, repaired = st.columns(2)
    with original:
        st.subheader("Original excerpt")
        st.code(defect["excerpt"] or "(none)", language=None, wrap_lines=True)
    with repaired:
        st.subheader("Repaired text")
        repaired_text = defect["repaired_text"] or (
            "(turn dropped)" if defect["action"] == "dropped" else "(kept as written)"
        )
        st.code(repaired_text, language=None, wrap_lines=True)
    st.subheader("Session")
    if found.highlighted_turn is None:
        st.caption("The turn itself was not kept (dropped, or the defect concerns the whole session).")
    st.markdown("\n".join(_turn_html(row) for row in found.turns.iter_rows(named=True)), unsafe_allow_html=True)


def _distributions(warehouse: str) -> None:
    st.subheader("Techniques")
    techniques = _frame(warehouse, data.TECHNIQUES_SQL)
    if techniques.is_empty():
        st.info("No techniques found yet.")
    else:
        st.bar_chart(techniques, x="technique", y="n_sessions", color="family", horizontal=True)
        st.dataframe(techniques, hide_index=True)
    st.subheader("Counselling moves (therapist turns)")
    moves = _frame(warehouse, data.MOVES_SQL)
    if moves.is_empty():
        st.info("No moves coded yet (turns.move is empty).")
    else:
        st.bar_chart(moves, x="move", y="n_turns_primary", horizontal=True)
        st.dataframe(moves, hide_index=True)


def main() -> None:
    st.set_page_config(page_title="Transcript warehouse: data quality", layout="wide")
    warehouse = str(_warehouse())
    st.title("Transcript warehouse: data quality")
    st.caption(f"{warehouse} (read-only; figures refresh every {REFRESH_SECONDS} s)")
    try:
        defect_id = st.query_params.get("defect")
        if defect_id:
            _drilldown(warehouse, defect_id)
            return
        overview, distributions, runs = st.tabs(["Overview", "Techniques and moves", "Run history"])
        with overview:
            _overview(warehouse)
        with distributions:
            _distributions(warehouse)
        with runs:
            st.dataframe(_frame(warehouse, data.RUNS_SQL), hide_index=True)
    except WarehouseMissingError as error:
        st.error(str(error))
    except WarehouseLockedError:
        st.warning("A load is writing to the warehouse; the page will show it when the load commits.")
    except duckdb.CatalogException:
        # A warehouse last written by a version without the views: the next ingest creates them.
        st.error("This warehouse has no analyst views yet: run `transcripts ingest` once with this version.")


main()
