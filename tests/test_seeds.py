"""The two seed files the product was designed from, through the whole pipeline (no Prefect)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.runner import run_ingest
from tests.conftest import query, shared_path, table_snapshot

FIRST = "000_c9d8df5118d2ea2f.txt"
SECOND = "002_d41be75f3fd1a35b.txt"


def _by_file(warehouse: Path, name: str, sql: str) -> list[tuple[object, ...]]:
    return query(warehouse, sql, [f"%/{name}"])


def test_seed_figures(seeds_dir: Path, warehouse_path: Path) -> None:
    summary = run_ingest(seeds_dir, warehouse_path)

    assert summary.status == "completed"
    assert (summary.files_seen, summary.files_loaded, summary.files_quarantined) == (2, 2, 0)
    assert query(warehouse_path, "SELECT count(*) FROM sessions") == [(7,)]
    first_counts = _by_file(
        warehouse_path, FIRST, "SELECT n_turns FROM sessions WHERE source_path LIKE ? ORDER BY session_index"
    )
    assert [n for (n,) in first_counts] == [28, 36, 37, 42, 31, 36]
    first_defects = _by_file(
        warehouse_path,
        FIRST,
        "SELECT defect_type, severity FROM defects JOIN sources USING (source_id) WHERE path LIKE ?",
    )
    assert [d for d in first_defects if d[0] == "duplicate_turn"] == []
    assert {severity for _, severity in first_defects} <= {"info"}
    roles = _by_file(
        warehouse_path,
        FIRST,
        "SELECT DISTINCT speaker, role FROM turns JOIN sources USING (source_id) WHERE path LIKE ? ORDER BY 1",
    )
    assert roles == [("Consultant", "therapist"), ("User", "client")]


def test_second_seed_is_repaired_and_deduplicated(seeds_dir: Path, warehouse_path: Path) -> None:
    run_ingest(seeds_dir, warehouse_path)

    em_dash = _by_file(
        warehouse_path,
        SECOND,
        "SELECT t.source_line FROM turns t JOIN sources USING (source_id) "
        "WHERE path LIKE ? AND contains(text, 'everything\u2014school')",
    )
    assert em_dash == [(37,)]
    mojibake = query(
        warehouse_path, "SELECT source_line, excerpt, repaired_text FROM defects WHERE defect_type = 'mojibake'"
    )
    assert len(mojibake) == 1
    line, before, after = mojibake[0]
    assert line == 37 and "everything\u00e2\u20ac\u201dschool" in str(before) and "everything\u2014school" in str(after)
    leftovers = query(
        warehouse_path,
        "SELECT (SELECT count(*) FROM turns WHERE contains(text, '\u00e2\u20ac')) "
        "+ (SELECT count(*) FROM sessions WHERE contains(coalesce(summary_text, ''), '\u00e2\u20ac'))",
    )
    assert leftovers == [(0,)]

    # The refusal and the patient paragraphs repeat verbatim; each repeat is dropped and kept in defects.
    parsed, kept = _by_file(warehouse_path, SECOND, "SELECT turns_parsed, turns_kept FROM sources WHERE path LIKE ?")[0]
    duplicates = query(
        warehouse_path, "SELECT count(*), count(DISTINCT excerpt) FROM defects WHERE defect_type = 'duplicate_turn'"
    )
    # 48 parsed: 34 verbatim repeats dropped, and the narrating "Here's a continuation" turn (meta_text).
    assert (parsed, kept) == (48, 13)
    assert duplicates == [(34, 3)]
    remaining = query(
        warehouse_path,
        "SELECT count(*) FROM (SELECT session_id, role, text FROM turns GROUP BY ALL HAVING count(*) > 1)",
    )
    assert remaining == [(0,)]

    summary = _by_file(
        warehouse_path,
        SECOND,
        "SELECT summary.topics, summary.techniques, summary.homework, summary.insights, summary.notes "
        "FROM sessions WHERE source_path LIKE ?",
    )[0]
    topics, techniques, homework, insights, notes = summary
    assert len(topics) == 5 and topics[0] == "Review of thought records practice from previous week"  # type: ignore[arg-type,index]
    assert techniques == [
        "Thought reframing exercise",
        '"Ask for Help" script introduction and practice',
        "Role-playing scenarios for asking for help",
    ]
    assert len(homework) == 3 and len(insights) == 3 and len(notes) == 1  # type: ignore[arg-type]
    assert query(warehouse_path, "SELECT count(*) FROM techniques WHERE source = 'summary'") == [(3,)]


def test_rerun_leaves_every_table_identical(seeds_dir: Path, warehouse_path: Path) -> None:
    run_ingest(seeds_dir, warehouse_path)
    before = table_snapshot(warehouse_path)
    again = run_ingest(seeds_dir, warehouse_path)

    assert (again.files_unchanged, again.files_loaded, again.turns_parsed) == (2, 0, 0)
    assert table_snapshot(warehouse_path) == before
    statuses = query(warehouse_path, "SELECT DISTINCT status FROM sources")
    assert statuses == [("unchanged",)]
    assert query(warehouse_path, "SELECT status, count(*) FROM runs GROUP BY ALL") == [("completed", 2)]


def test_muspsy_blocks_parse_with_crlf() -> None:
    folder = shared_path("corpora", "muspsy")
    from flows.batch import process_batch

    batch = process_batch([str(folder / "dialogues_1000.txt")], {})
    assert batch.sessions.get_column("n_turns_parsed").to_list() == [46, 29, 31, 35, 33, 20]
    assert batch.turns.filter(batch.turns["role"] == "unknown").height == 0


def _defects_of_second(warehouse: Path) -> dict[str, list[int | None]]:
    rows = _by_file(
        warehouse,
        SECOND,
        "SELECT defect_type, source_line FROM defects JOIN sources USING (source_id) WHERE path LIKE ? "
        "ORDER BY defect_type, source_line",
    )
    found: dict[str, list[int | None]] = {}
    for kind, line in rows:
        found.setdefault(str(kind), []).append(line)  # type: ignore[arg-type]
    return found


def test_second_seed_defects_are_pinned(seeds_dir: Path, warehouse_path: Path) -> None:
    run_ingest(seeds_dir, warehouse_path)
    found = _defects_of_second(warehouse_path)

    assert found["mojibake"] == [37]
    # "...helping me explore these things. I'm" and "Lastly, I want to acknowledge the progress you've made";
    # line 51 also stops mid-clause ("...worried that I'm going to let someone down") after four
    # punctuated paragraphs.
    assert found["truncated_turn"] == [51, 71, 85]
    # The patient turn that thanks "Naomi" for her openness and sets the agenda.
    assert found["role_inversion"] == [85]
    # The therapist turn that narrates the session ("Here's a continuation of the therapy session:").
    assert found["meta_text"] == [83]
    # One row per loop: the refusal said 19 times from line 107, the two patient paragraphs 9 times each.
    assert found["repetition_loop"] == [107, 109, 221]
    loops = query(
        warehouse_path, "SELECT detail FROM defects WHERE defect_type = 'repetition_loop' ORDER BY source_line"
    )
    assert [str(d).split(", at")[0] for (d,) in loops] == [
        "block of 1 turn(s) repeated 19 times",
        "block of 1 turn(s) repeated 9 times",
        "block of 1 turn(s) repeated 9 times",
    ]
    # The two distinct refusal texts that remain after dedupe.
    assert found["refusal"] == [95, 107]
    assert len(found["duplicate_turn"]) == 34
    quality = _by_file(warehouse_path, SECOND, "SELECT quality FROM sessions WHERE source_path LIKE ?")
    assert quality == [("rejected",)]


def test_first_seed_has_nothing_beyond_info(seeds_dir: Path, warehouse_path: Path) -> None:
    run_ingest(seeds_dir, warehouse_path)
    rows = _by_file(
        warehouse_path,
        FIRST,
        "SELECT DISTINCT severity FROM defects JOIN sources USING (source_id) WHERE path LIKE ?",
    )
    assert set(rows) <= {("info",)}
    qualities = _by_file(warehouse_path, FIRST, "SELECT DISTINCT quality FROM sessions WHERE source_path LIKE ?")
    assert qualities == [("clean",)]


def test_parsed_turns_rebuild_exactly_from_turns_and_defects(seeds_dir: Path, warehouse_path: Path) -> None:
    """Nothing is lost: kept turns plus the originals kept in defects give back every parsed turn."""
    from flows.batch import process_batch
    from transforms.decode import decode_bytes
    from transforms.formats import parse_files

    run_ingest(seeds_dir, warehouse_path)
    for name in (FIRST, SECOND):
        path = seeds_dir / name
        files = pl.DataFrame({"source_id": ["x"], "path": [str(path)], "text": [decode_bytes(path.read_bytes()).text]})
        parsed = parse_files(files).turns.select("source_line", "speaker", "text").rows()
        kept = _by_file(
            warehouse_path,
            name,
            "SELECT t.source_line, t.speaker, t.text FROM turns t JOIN sources USING (source_id) WHERE path LIKE ?",
        )
        defects = _by_file(
            warehouse_path,
            name,
            "SELECT d.source_line, d.speaker, d.excerpt, d.repaired_text, d.action FROM defects d "
            "JOIN sources USING (source_id) WHERE path LIKE ? AND d.source_line IS NOT NULL",
        )
        rebuilt = {int(line): (str(speaker), str(text)) for line, speaker, text in kept}  # type: ignore[call-overload]
        # Dropped turns come back from their defect's excerpt.
        for line, speaker, excerpt, _, action in defects:
            if action == "dropped":
                rebuilt[int(line)] = (str(speaker), str(excerpt))  # type: ignore[call-overload]
        # Repairs are undone in reverse: the text before the first repair is the parsed text.
        repairs = [(line, excerpt, after) for line, _, excerpt, after, action in defects if action == "repaired"]
        for line, before, after in repairs:
            speaker, text = rebuilt[int(line)]  # type: ignore[call-overload]
            if text == after or after is None:
                rebuilt[int(line)] = (speaker, str(before))  # type: ignore[call-overload]
        assert sorted((line, *value) for line, value in rebuilt.items()) == sorted(parsed), name
        assert process_batch([str(path)], {}).sources.get_column("turns_parsed").to_list() == [len(parsed)]
