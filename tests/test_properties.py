"""Property tests (hypothesis): parse(render(session)) == session in every text style; ingest is
idempotent; repair never changes text that was already correct, and undoes the mojibake it targets."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import polars as pl
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import make_corpus
from flows.runner import run_ingest
from tests.conftest import table_snapshot
from transforms.formats import parse_files
from transforms.repair_encoding import repair_column

# Words from several scripts, with the punctuation a turn may carry; never a `Label:` at a line start.
_VOCABULARY = (
    "I you we feel felt sleep week work better maybe really okay café naïve Zoë São "
    "über déjà 你好 今天 感觉 焦虑 朋友 привет спасибо γεια 😊 — “quoted” it\u2019s 3 10% $5 (aside) well, so; yes"
)
WORDS = st.sampled_from(_VOCABULARY.split())
TEXT = st.lists(WORDS, min_size=1, max_size=25).map(lambda ws: " ".join(ws).strip() + ".")
SESSION = st.lists(st.tuples(st.sampled_from(["therapist", "client"]), TEXT), min_size=1, max_size=12)

PLAIN_STYLES = {
    "words": ("Therapist: {}", "Client: {}"),
    "caps": ("THERAPIST: {}", "CLIENT: {}"),
    "short": ("T: {}", "C: {}"),
    "markdown": ("**Therapist:** {}", "**Client:** {}"),
    "timestamps": ("[00:01:23] Counsellor: {}", "[00:01:30] Client: {}"),
    "chinese": ("心理咨询师\uff1a{}", "来访者\uff1a{}"),
    "chat roles": ("Assistant: {}", "User: {}"),
}


def _render(style: str, session: list[tuple[str, str]]) -> tuple[str, str]:
    """(file name, text) of the session in the style."""
    if style in PLAIN_STYLES:
        therapist, client = PLAIN_STYLES[style]
        lines = [(therapist if role == "therapist" else client).format(text) for role, text in session]
        return "s.txt", "\n\n".join(lines) + "\n"
    chat_role = {"therapist": "assistant", "client": "user"}
    if style == "chat jsonl":
        return "s.jsonl", json.dumps({"messages": [{"role": chat_role[r], "content": t} for r, t in session]}) + "\n"
    if style == "role/content list":
        smile = {"therapist": "counselor", "client": "client"}
        return "s.json", json.dumps([{"role": smile[r], "content": t} for r, t in session], ensure_ascii=False)
    if style == "labelled strings":
        labels = {"therapist": "Therapist", "client": "Client"}
        return "s.json", json.dumps([f"{labels[r]}: {t}" for r, t in session], ensure_ascii=False)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["transcript_id", "utterance_id", "interlocutor", "utterance_text"])
    writer.writerows([0, i, role, text] for i, (role, text) in enumerate(session))
    return "s.csv", out.getvalue()


STYLES = [*PLAIN_STYLES, "chat jsonl", "role/content list", "labelled strings", "csv"]


@settings(max_examples=150, deadline=None)
@given(style=st.sampled_from(STYLES), session=SESSION)
def test_parse_of_render_is_the_session(style: str, session: list[tuple[str, str]]) -> None:
    name, text = _render(style, session)
    files = pl.DataFrame({"source_id": ["f"], "path": [f"/data/{name}"], "text": [text]})
    turns = parse_files(files).turns.sort("segment", "source_turn_index")
    assert turns.select("role", "text").rows() == session


@settings(max_examples=4, deadline=None)
@given(seed=st.integers(0, 10_000), n_files=st.integers(1, 6))
def test_ingest_is_idempotent(seed: int, n_files: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, warehouse = Path(folder) / "in", Path(folder) / "w.duckdb"
        make_corpus(source, n_files, seed=seed)
        run_ingest(source, warehouse)
        first = table_snapshot(warehouse)
        again = run_ingest(source, warehouse)
        assert table_snapshot(warehouse) == first
        assert again.files_loaded == 0 and again.turns_parsed == 0


CLEAN = st.text(
    alphabet=st.characters(
        # Letters, digits, punctuation, symbols and spaces of every script, but not the Latin-1 and
        # Windows-1252 letters mojibake is made of (Â, Ã, â...): text written with those next to a
        # continuation character is exactly what repair must treat as suspect.
        categories=("L", "N", "P", "S", "Zs"),
        exclude_characters="".join(chr(c) for c in range(0x80, 0x100))
        + "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192",
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(CLEAN | TEXT, min_size=1, max_size=20))
def test_repair_leaves_correct_text_alone(texts: list[str]) -> None:
    frame = pl.DataFrame({"text": texts})
    repaired, repairs = repair_column(frame, "text")
    assert repaired.get_column("text").to_list() == texts
    assert repairs.is_empty()


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_repair_undoes_utf8_read_as_windows_1252(text: str) -> None:
    garbled = text.encode("utf-8").decode("cp1252", errors="replace")
    # Bytes cp1252 leaves undefined, or nothing to garble: not this kind of mojibake.
    assume("\ufffd" not in garbled and garbled != text)
    repaired, _ = repair_column(pl.DataFrame({"text": [garbled]}), "text")
    assert repaired.get_column("text").to_list() == [text]
