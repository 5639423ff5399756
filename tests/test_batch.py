"""A batch of files: bad files are quarantined with a reason and never stop the good ones."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import flows.batch
from flows.batch import MONOLOGUE, NO_TURNS, process_batch, skip_already_loaded
from flows.read_raw import discover, plan_batches, source_id_for
from transforms.config import DEFAULT_CONFIG, PipelineConfig
from transforms.pipeline import TransformedBatch, transform_texts
from warehouse.load import KnownSource

GOOD = "Therapist: How was your week?\n\nClient: Long, but I slept better.\n"


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_bad_files_are_quarantined_and_good_ones_load(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", GOOD.encode())
    image = _write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    notes = _write(tmp_path, "notes.txt", b"shopping list\n- milk\n")
    missing = str(tmp_path / "vanished.txt")

    batch = process_batch([good, image, notes, missing], {})

    status = dict(batch.sources.select("path", "status").iter_rows())
    assert status == {good: "loaded", image: "quarantined", notes: "quarantined", missing: "quarantined"}
    errors = dict(batch.sources.select("path", "error").iter_rows())
    assert errors[notes] == NO_TURNS
    assert str(errors[image]).startswith("not text: binary content")
    assert str(errors[missing]).startswith("cannot read file")
    assert batch.turns.height == 2
    file_defects = batch.defects.filter(pl.col("defect_type") == "unparseable_file")
    assert sorted(file_defects.get_column("source_id")) == sorted(source_id_for(p) for p in (image, notes, missing))
    assert set(file_defects.get_column("action")) == {"quarantined"}


def test_a_calendar_or_contact_card_is_no_transcript(tmp_path: Path) -> None:
    # Their `SUMMARY:` and `FN:` lines look like labelled turns; nobody speaks in them.
    calendar = _write(
        tmp_path,
        "room.ics",
        b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Counselling - Room 2\r\n"
        b"DESCRIPTION:Client: J.B.\\nCounsellor: Ana\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    card = _write(tmp_path, "ana.vcf", b"BEGIN:VCARD\nVERSION:3.0\nFN:Ana Lee\nTITLE:Counsellor\nEND:VCARD\n")
    batch = process_batch([calendar, card, _write(tmp_path, "good.txt", GOOD.encode())], {})
    errors = dict(batch.sources.select("path", "error").iter_rows())
    assert errors[calendar] == "an iCalendar file (calendar events), not a transcript"
    assert errors[card] == "a vCard file (contact cards), not a transcript"
    assert batch.turns.height == 2


def test_a_diarisers_rttm_file_is_no_transcript(tmp_path: Path) -> None:
    # Who spoke when, no words: read as text, its SPEAKER lines would be one speaker's turns repeating each other.
    rttm = _write(
        tmp_path,
        "intake.rttm",
        b"SPEAKER intake 1 0.620 1.900 <NA> <NA> SPEAKER_00 <NA> <NA>\n"
        b"SPEAKER intake 1 2.870 7.710 <NA> <NA> SPEAKER_01 <NA> <NA>\n",
    )
    spoken = _write(tmp_path, "speakers.txt", b"SPEAKER 1: How are you?\nSPEAKER 2: Fine, thanks.\n")
    batch = process_batch([rttm, spoken], {})
    errors = dict(batch.sources.select("path", "error").iter_rows())
    assert errors == {rttm: "an RTTM file (who spoke when, from a diariser; no words), not a transcript", spoken: None}


@pytest.mark.parametrize(
    "name",
    ["README.md", "readme.txt", "LICENSE", "README_zh.md", "CITATION.cff", "export_readme.txt", "data-README.md"],
)
def test_a_corpus_readme_quoting_a_sample_dialogue_is_documentation(tmp_path: Path, name: str) -> None:
    # A README may quote a sample chat: read as one, it would be a session no one held.
    sample = b"## Example\n\nClient: I feel stuck at work.\nCounsellor: What does stuck feel like?\n" * 2
    readme = _write(tmp_path, name, sample)
    named = _write(tmp_path, "readme_session_03.txt", sample)
    batch = process_batch([readme, named], {})
    errors = dict(batch.sources.select("path", "error").iter_rows())
    assert errors == {readme: "a corpus's documentation (README, LICENSE, CHANGELOG...), not a transcript", named: None}


def test_a_file_that_breaks_the_transform_is_quarantined_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [_write(tmp_path, f"{i}.txt", GOOD.replace("week", f"week {i}").encode()) for i in range(5)]
    bad = _write(tmp_path, "3.txt", (GOOD + "Client: BREAKS THE PIPELINE\n").encode())
    seen: list[int] = []

    def fragile(files: pl.DataFrame, config: PipelineConfig) -> TransformedBatch:
        seen.append(files.height)
        if files.get_column("text").str.contains("BREAKS").any():
            raise ValueError("a bug the file's content triggers")
        return transform_texts(files, config)

    monkeypatch.setattr(flows.batch, "transform_texts", fragile)
    batch = process_batch(paths, {})

    status = dict(batch.sources.select("path", "status", "error").rows_by_key("path", unique=True))
    assert status[bad] == ("quarantined", "could not be parsed (ValueError)")
    assert all(status[p] == ("loaded", None) for p in paths if p != bad)
    # The others' rows come from the halves that did not raise, each file's own text.
    assert batch.turns.height == 2 * (len(paths) - 1)
    assert sorted(batch.turns.filter(pl.col("role") == "therapist")["text"].str.extract(r"(\d)").to_list()) == [
        "0", "1", "2", "4",
    ]  # fmt: skip
    assert seen[0] == len(paths) and 1 in seen


def test_unchanged_files_are_not_reparsed(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", GOOD.encode())
    first = process_batch([good], {})
    sha = first.sources.get_column("sha256")[0]

    again = process_batch([good], {good: KnownSource(source_id_for(good), sha, "loaded")})

    assert again.unchanged == (source_id_for(good),)
    assert again.sources.height == 0 and again.turns.height == 0


def test_counts_reconcile_per_file(tmp_path: Path) -> None:
    repeated = "Client: I keep thinking about the argument with my sister last night.\n\n"
    text = "Therapist: What is on your mind?\n\n" + repeated + "Therapist: Go on.\n\n" + repeated + "Client:\n"
    path = _write(tmp_path, "loop.txt", text.encode())

    batch = process_batch([path], {})

    row = batch.sources.row(0, named=True)
    assert (row["turns_parsed"], row["turns_kept"], row["sessions"]) == (5, 3, 1)
    dropped = batch.defects.filter(pl.col("action") == "dropped").get_column("defect_type").sort().to_list()
    assert dropped == ["duplicate_turn", "empty_turn"]


def test_discover_walks_recursively_skips_hidden_and_outside_links(tmp_path: Path) -> None:
    root = tmp_path / "in"
    _write(root, "a.txt", b"x")
    _write(root, "deep/er/b.txt", b"x")
    _write(root, ".hidden.txt", b"x")
    _write(root, ".git/config", b"x")
    outside = _write(tmp_path, "secret.txt", b"x")
    (root / "link_out.txt").symlink_to(outside)
    (root / "link_in.txt").symlink_to(root / "a.txt")
    (root / "loop").symlink_to(root, target_is_directory=True)

    found = [Path(f.path).relative_to(root.resolve()).as_posix() for f in discover(root)]

    assert found == ["a.txt", "deep/er/b.txt", "link_in.txt"]


def test_batches_respect_file_and_byte_limits(tmp_path: Path) -> None:
    for i, size in enumerate([10, 10, 50, 10, 10]):
        _write(tmp_path, f"{i}.txt", b"x" * size)
    files = discover(tmp_path)
    sizes = [[f.size for f in batch] for batch in plan_batches(files, max_files=3, max_bytes=60)]
    assert sizes == [[10, 10], [50, 10], [10]]


def test_mixed_formats_in_one_batch_and_a_truncated_json_file_is_quarantined_alone(tmp_path: Path) -> None:
    chat = '{"messages": [{"role": "user", "content": "Hi."}, {"role": "assistant", "content": "Hello."}]}\n'
    table = "speaker,text\ntherapist,How are you?\nclient,Tired.\n"
    good_list = '[{"role": "client", "content": "Hi."}, {"role": "counselor", "content": "Hello."}]'
    paths = [
        _write(tmp_path, "plain.txt", GOOD.encode()),
        _write(tmp_path, "chat.jsonl", chat.encode()),
        _write(tmp_path, "table.csv", table.encode()),
        _write(tmp_path, "list.json", good_list.encode()),
        _write(tmp_path, "cut.json", good_list[:40].encode()),
        _write(tmp_path, "settings.json", b'{"theme": "dark"}'),
    ]

    batch = process_batch(paths, {})

    status = {Path(p).name: s for p, s in batch.sources.select("path", "status").iter_rows()}
    assert status == {
        "plain.txt": "loaded",
        "chat.jsonl": "loaded",
        "table.csv": "loaded",
        "list.json": "loaded",
        "cut.json": "quarantined",
        "settings.json": "quarantined",
    }
    errors = {Path(p).name: e for p, e in batch.sources.select("path", "error").iter_rows()}
    assert str(errors["cut.json"]).startswith("invalid JSON: ")
    assert str(errors["settings.json"]).startswith("JSON of a shape no parser knows")
    assert batch.turns.get_column("role").to_list().count("unknown") == 0
    # list.json says what chat.jsonl says: now that no file makes the batch transform raise (the truncated
    # one is caught before it), they are compared in one batch and the copy is a duplicate session.
    assert batch.turns.height == 6
    assert batch.defects.get_column("defect_type").to_list().count("duplicate_session") == 1


def test_a_broken_json_line_is_an_unparseable_line_defect(tmp_path: Path) -> None:
    record = '{"messages": [{"role": "user", "content": "Hi."}, {"role": "assistant", "content": "Hello."}]}'
    other = record.replace("Hi.", "Good morning.")
    path = _write(tmp_path, "chat.jsonl", f"{record}\n{record[:30]}\n{other}\n".encode())

    batch = process_batch([path], {})

    assert batch.sources.select("status", "sessions", "turns_parsed").rows() == [("loaded", 2, 4)]
    flagged = batch.defects.filter(pl.col("defect_type") == "unparseable_line")
    assert flagged.select("source_line", "excerpt").rows() == [(2, record[:30])]


def test_a_file_whose_turns_are_not_all_accounted_for_is_quarantined_and_the_others_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bug that loses a turn of one file (parsed, neither kept nor dropped with a defect row) must not load that
    # file short, nor stop the batch: the file is quarantined with the counts, the others load.
    good = _write(tmp_path, "good.txt", b"Therapist: How are you?\nClient: Fine, thanks.\n")
    lossy = _write(tmp_path, "lossy.txt", b"Therapist: What brings you in?\nClient: My sleep.\nTherapist: Tell me.\n")
    lossy_id = source_id_for(lossy)

    def losing_one_turn(files: pl.DataFrame, config: PipelineConfig = DEFAULT_CONFIG) -> TransformedBatch:
        out = transform_texts(files, config)
        lost = out.turns.filter(pl.col("source_id") == lossy_id).head(1).select("session_id", "turn_index")
        return TransformedBatch(
            **{**out.__dict__, "turns": out.turns.join(lost, on=["session_id", "turn_index"], how="anti")}
        )

    monkeypatch.setattr(flows.batch, "transform_texts", losing_one_turn)
    batch = process_batch([good, lossy], {})
    status = dict(batch.sources.select("path", "status").iter_rows())
    assert status == {good: "loaded", lossy: "quarantined"}
    reason = batch.defects.filter(pl.col("defect_type") == "unparseable_file").get_column("detail").to_list()
    assert reason == ["internal error, please report: 3 turns parsed but 2 kept and 0 dropped (nothing loaded from "
                      "this file rather than some of it)"]  # fmt: skip
    assert set(batch.turns.get_column("source_id")) == {source_id_for(good)}


def test_a_line_pasted_from_windows_1252_into_an_ascii_file_is_an_encoding_error_at_its_turn(tmp_path: Path) -> None:
    lines = [b"Therapist: How was the week? I'd like to hear.", b"Client: Fine, I'd say."] * 15
    lines[18] = b"Therapist: I didn\x92t expect that. You couldn\x92t have known."
    path = _write(tmp_path, "pasted.txt", b"\n".join(lines) + b"\n")
    batch = process_batch([path], {})
    rows = batch.defects.filter(pl.col("defect_type") == "encoding_error")
    assert rows.select("source_line", "action").rows() == [(19, "repaired")]
    assert "didn\u2019t" in batch.turns.filter(pl.col("source_line") == 19).get_column("text").item()


def test_one_curled_apostrophe_and_one_ellipsis_in_a_windows_1252_file_are_its_writer_s_own_typography(
    tmp_path: Path,
) -> None:
    # A corpus's own mix: one `you\x92re` and one `\x85` among straight apostrophes is no pasted fragment (a paste
    # carries its document's typography, two or more marks on a line).
    lines = [b"Therapist: How was the week? I'd like to hear.", b"Client: Fine, I'd say."] * 15
    lines[18] = b"Therapist: And when you\x92re out with friends, is there alcohol?"
    lines[25] = b"Client: Not much, then it sort of\x85"
    path = _write(tmp_path, "own_typography.txt", b"\n".join(lines) + b"\n")
    batch = process_batch([path], {})
    assert batch.defects.filter(pl.col("defect_type") == "encoding_error").height == 0
    assert "you\u2019re" in batch.turns.filter(pl.col("source_line") == 19).get_column("text").item()


def test_progress_notes_with_one_clinician_entry_a_session_are_quarantined_as_no_dialogue(tmp_path: Path) -> None:
    notes = "\n".join(
        f"Client: C{n} (ID 900{n})    Session: {n}    Date: 0{n}/05/2024\n"
        f"Clinician: R. Okafor\nS: Reports better sleep.\nP: Continue the plan.\n{'-' * 40}"
        for n in range(1, 4)
    )
    path = _write(tmp_path, "notes.txt", notes.encode() + b"\n")
    batch = process_batch([path], {})
    assert batch.turns.height == 0
    reason = batch.defects.filter(pl.col("defect_type") == "unparseable_file").get_column("detail").to_list()
    assert reason == [MONOLOGUE]


def test_a_file_another_run_holds_as_quarantined_is_not_skipped_but_replaced(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", GOOD.encode())
    batch = process_batch([good], {})
    sha = batch.sources.get_column("sha256")[0]

    held_quarantined = skip_already_loaded(batch, {good: KnownSource(source_id_for(good), sha, "quarantined")})
    held_loaded = skip_already_loaded(batch, {good: KnownSource(source_id_for(good), sha, "loaded")})

    # Read again because its reader changed: the new verdict (now loaded) replaces the quarantine.
    assert held_quarantined.sources.height == 1 and held_quarantined.turns.height == batch.turns.height
    assert held_loaded.sources.height == 0 and held_loaded.unchanged == (source_id_for(good),)


def test_a_file_our_code_failed_on_records_no_reader_so_it_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _write(tmp_path, "good.txt", GOOD.encode())

    def out_of_memory(files: pl.DataFrame, config: PipelineConfig) -> TransformedBatch:
        raise MemoryError

    monkeypatch.setattr(flows.batch, "transform_texts", out_of_memory)
    failed = process_batch([good], {})

    [(status, error, reader)] = failed.sources.select("status", "error", "reader").rows()
    assert (status, error, reader) == ("quarantined", "could not be parsed (MemoryError)", None)
    previous = KnownSource(source_id_for(good), failed.sources.get_column("sha256")[0], "quarantined", reader=reader)
    monkeypatch.setattr(flows.batch, "transform_texts", transform_texts)
    assert process_batch([good], {good: previous}).sources.get_column("status").to_list() == ["loaded"]
