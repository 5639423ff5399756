"""The analysts' views (sql/staging, sql/marts) on the bundled sample, checked against the base tables."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.runner import run_ingest
from sql import create_views, read_sql, view_files
from sql.dictionary import OUTPUT, render
from tests.conftest import SAMPLE
from warehouse.load import ensure_schema

MARTS = (
    "session_overview", "client_journeys", "technique_usage", "move_profile",
    "defect_rates", "quality_scorecard", "run_history",
)  # fmt: skip


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("views")
    shutil.copytree(SAMPLE, root / "sample")
    run_ingest(root / "sample", root / "w.duckdb")
    return root / "w.duckdb"


@pytest.fixture
def con(loaded: Path, tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A private writable copy, so a test may add rows (moves, catalog entries) the sample lacks."""
    copy = tmp_path / "w.duckdb"
    shutil.copy(loaded, copy)
    connection = duckdb.connect(str(copy))
    yield connection
    connection.close()


def _one(con: duckdb.DuckDBPyConnection, sql: str) -> object:
    row = con.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_every_mart_exists_with_a_comment(con: duckdb.DuckDBPyConnection) -> None:
    comments = dict(con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
    for view in MARTS:
        assert comments.get(view), f"{view} has no COMMENT ON"
    assert sorted(comments) == sorted(Path(name).stem for name in view_files())


def test_views_are_created_again_without_error(con: duckdb.DuckDBPyConnection) -> None:
    before = con.execute("SELECT * FROM session_overview ORDER BY ALL").fetchall()
    ensure_schema(con)
    assert con.execute("SELECT * FROM session_overview ORDER BY ALL").fetchall() == before


def test_a_mart_reading_a_later_mart_is_created_after_it() -> None:
    fresh = duckdb.connect()
    fresh.execute(read_sql("tables.sql"))
    done = create_views(fresh)
    # client_journeys reads session_overview, which sorts after it: the retry creates it second.
    assert done.index("marts/session_overview.sql") < done.index("marts/client_journeys.sql")
    assert sorted(done) == sorted(view_files())


def test_session_overview_matches_the_tables(con: duckdb.DuckDBPyConnection) -> None:
    assert _one(con, "SELECT count(*) FROM session_overview") == _one(con, "SELECT count(*) FROM sessions") == 5
    assert _one(con, "SELECT sum(n_words) FROM session_overview") == _one(con, "SELECT sum(word_count) FROM turns")
    assert _one(con, "SELECT sum(n_defects_all) FROM session_overview") == _one(
        con, "SELECT count(*) FROM defects WHERE session_id IS NOT NULL"
    )
    # The sample's flagged session (priya) has its repeats dropped and its mojibake repaired.
    row = con.execute(
        "SELECT quality, n_dropped, n_repaired, n_turns_dropped, defect_types, n_techniques FROM session_overview "
        "WHERE source_path LIKE '%priya_followup.txt'"
    ).fetchone()
    assert row is not None
    quality, dropped, repaired, turns_dropped, types, techniques = row
    assert (quality, dropped, repaired, turns_dropped) == ("flagged", 2, 1, 2)
    assert "mojibake" in types and "duplicate_turn" in types
    assert techniques == _one(
        con,
        "SELECT count(DISTINCT technique) FROM techniques JOIN sessions USING (session_id) "
        "WHERE source_path LIKE '%priya_followup.txt'",
    )
    assert techniques >= 1


def test_client_journeys_group_by_file_and_by_metadata(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute("SELECT journey_id, session_number, session_index, grouped_by FROM client_journeys").fetchall()
    assert [(n, i, g) for _, n, i, g in rows] == [(1, 0, "file"), (2, 1, "file")]
    assert str(rows[0][0]).endswith("daniel_sessions.txt")
    # Two single-session files naming the same client in their metadata are one journey, in file order.
    con.execute(
        """UPDATE sessions SET source_metadata = '{"client_id": "c-7"}'
           WHERE source_path LIKE '%sam_call_cp1252.txt' OR source_path LIKE '%chat_export_utf16.txt'"""
    )
    journey = con.execute(
        "SELECT session_number, source_path FROM client_journeys WHERE journey_id = 'client:c-7' ORDER BY 1"
    ).fetchall()
    assert [n for n, _ in journey] == [1, 2]
    assert str(journey[0][1]).endswith("chat_export_utf16.txt")


def test_move_profile_counts_primary_and_every_move(con: duckdb.DuckDBPyConnection) -> None:
    # One row per move the sample's therapist turns carry, and none for a move no turn carries.
    assert _one(con, "SELECT count(*) FROM move_profile") == _one(
        con, "SELECT count(DISTINCT m) FROM (SELECT unnest(moves) AS m FROM turns WHERE moves IS NOT NULL)"
    )
    therapist = int(str(_one(con, "SELECT count(*) FROM turns WHERE role = 'therapist'")))
    con.execute(
        """UPDATE turns SET move = CASE WHEN turn_index % 2 = 0 THEN 'reflection' ELSE 'question' END,
                            moves = CASE WHEN turn_index % 2 = 0 THEN ['reflection', 'question'] ELSE ['question'] END
           WHERE role = 'therapist'"""
    )
    profile = {
        row[0]: row[1:]
        for row in con.execute(
            "SELECT move, n_turns_primary, n_turns_with_move, share_of_coded_turns FROM move_profile"
        ).fetchall()
    }
    reflections = int(str(_one(con, "SELECT count(*) FROM turns WHERE move = 'reflection'")))
    assert profile["reflection"][:2] == (reflections, reflections)
    assert profile["question"][:2] == (therapist - reflections, therapist)
    assert profile["reflection"][2] + profile["question"][2] == pytest.approx(1.0, abs=1e-3)


def test_technique_usage_maps_found_text_to_the_catalog(con: duckdb.DuckDBPyConnection) -> None:
    assert _one(con, "SELECT count(*) FROM technique_usage WHERE family = 'uncatalogued'") == _one(
        con,
        "SELECT count(DISTINCT technique) FROM techniques WHERE technique NOT IN (SELECT code FROM technique_catalog)",
    )
    con.execute(
        """INSERT INTO technique_catalog VALUES ('grounding', 'Grounding', 'skills', 'Sensory grounding.',
           ['grounding exercise (5-4-3-2-1)', '5-4-3-2-1'])"""
    )
    # A code the shipped catalog lacks, found once in a summary and once in dialogue, in two sessions.
    con.execute(
        "INSERT INTO techniques SELECT session_id, source_id, 'grounding', 'summary', NULL, 'x', 1.0 FROM sessions "
        "WHERE source_path LIKE '%chat_export_utf16.txt'"
    )
    con.execute(
        "INSERT INTO techniques SELECT session_id, source_id, 'grounding', 'dialogue', 7, 'x', 0.5 FROM sessions "
        "WHERE source_path LIKE '%sam_call%'"
    )
    row = con.execute(
        "SELECT name, family, n_sessions, n_mentions, n_from_summary, n_from_dialogue, mean_confidence "
        "FROM technique_usage WHERE technique = 'grounding'"
    ).fetchone()
    assert row == ("Grounding", "skills", 2, 2, 1, 1, 0.75)
    assert _one(con, "SELECT share_of_sessions FROM technique_usage WHERE technique = 'grounding'") == 0.4


def test_defect_rates_use_the_turns_of_their_own_grain(con: duckdb.DuckDBPyConnection) -> None:
    turns = _one(con, "SELECT sum(turns_parsed) FROM sources")
    for grain in ("all", "run", "day"):
        rows = con.execute(
            "SELECT defect_type, n_defects, turns_parsed FROM defect_rates WHERE grain = ?", [grain]
        ).fetchall()
        assert {t: n for t, n, _ in rows} == dict(
            con.execute("SELECT defect_type, count(*) FROM defects GROUP BY 1").fetchall()
        )
        assert {d for _, _, d in rows} == {turns}
    rate = _one(con, "SELECT defects_per_1000_turns FROM defect_rates WHERE grain = 'source' AND defect_type = "
                     "'duplicate_turn'")  # fmt: skip
    priya_turns = _one(con, "SELECT turns_parsed FROM sources WHERE path LIKE '%priya_followup.txt'")
    assert rate == round(1000 * 2 / int(str(priya_turns)), 3)


def test_quality_scorecard_shares(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT n_sessions, share_clean + share_repaired + share_flagged + share_rejected FROM quality_scorecard"
    ).fetchall()
    assert sum(n for n, _ in rows) == 5
    assert all(total == pytest.approx(1.0) for n, total in rows if n)
    assert all(total is None for n, total in rows if not n)  # quarantined files: no sessions, no shares


def test_run_history_after_a_second_run(loaded: Path, tmp_path: Path) -> None:
    copy = tmp_path / "w.duckdb"
    shutil.copy(loaded, copy)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "new.txt").write_text("Therapist: How are you today?\nClient: Better, thanks.\n")
    run_ingest(incoming, copy)
    con = duckdb.connect(str(copy), read_only=True)
    try:
        rows = con.execute("SELECT status, files_loaded, n_files_owned, seconds >= 0 FROM run_history").fetchall()
    finally:
        con.close()
    # Newest first; each run owns the files it loaded.
    assert rows[0] == ("completed", 1, 1, True)
    assert rows[1] == ("completed", 4, 6, True)


def test_data_dictionary_is_up_to_date() -> None:
    assert OUTPUT.read_text(encoding="utf-8") == render(), "docs/data_dictionary.md is stale: run `make docs`"


def test_readme_analyses_run_on_the_sample(con: duckdb.DuckDBPyConnection) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", readme, flags=re.S)
    assert len(blocks) == 3
    for block in blocks:
        # Each block ends with the first rows it prints, as `-- row · row · ...`.
        expected_first = block.strip().splitlines()[-1].removeprefix("-- ").split(" · ")[0]
        rows = con.execute(block).fetchall()
        assert rows, block
        assert " ".join(str(value) for value in rows[0]) == expected_first
