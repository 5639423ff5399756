"""Small loaders for the real dialogue corpora in ../shared/corpora/, read at run time.

Each loader returns dialogues as lists of (role, text) with role `therapist` or `client`, in the
order the corpus gives them. Whitespace runs inside an utterance are collapsed to one space so a
turn renders on one line; nothing else is changed (real defects such as AnnoMI's repeated
utterances or ESConv's same-role runs are kept: the benchmark measures them as the baseline).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"
ANNOMI = Path("annomi") / "AnnoMI-simple.csv"
ESCONV = Path("esconv") / "fado_reformat"
MUSPSY = Path("muspsy") / "dialogues_1000.txt"
CPSYCOUND = Path("cpsycoun") / "CPsyCounD" / "Data"
SMILECHAT = Path("smilechat") / "data_sample"
CORPUS_NAMES = ("annomi", "esconv", "muspsy")

_SPACES = re.compile(r"\s+")
_MUSPSY_SEPARATOR = re.compile(r"^\s*#{3,}\s*$")
_MUSPSY_LABEL = re.compile(r"^(Consultant|User)\s*:\s*(.*)$")
_MUSPSY_ROLES = {"Consultant": "therapist", "User": "client"}
_ESCONV_ROLES = {"sys": "therapist", "usr": "client"}
_CPSYCOUND_LABEL = re.compile(r"^\s*(来访者|心理咨询师)\s*[\uff1a:]\s*(.*)$")
_CPSYCOUND_ROLES = {"心理咨询师": "therapist", "来访者": "client"}
_SMILECHAT_ROLES = {"counselor": "therapist", "client": "client"}


@dataclass(frozen=True)
class Dialogue:
    corpus: str
    dialogue_id: str
    turns: tuple[tuple[str, str], ...]
    # A few words about the session (AnnoMI topic, ESConv problem type) for a synthetic summary header.
    topic: str = ""


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def load_annomi(root: Path = CORPORA) -> list[Dialogue]:
    """AnnoMI-simple.csv: one utterance a row; a transcript's rows ordered by `utterance_id`."""
    rows: dict[str, list[tuple[int, str, str]]] = {}
    topics: dict[str, str] = {}
    with (root / ANNOMI).open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            tid = row["transcript_id"]
            rows.setdefault(tid, []).append(
                (int(row["utterance_id"]), row["interlocutor"], _clean(row["utterance_text"]))
            )
            topics.setdefault(tid, _clean(row["topic"]))
    return [
        Dialogue("annomi", tid, tuple((role, text) for _, role, text in sorted(utterances)), topics[tid])
        for tid, utterances in sorted(rows.items(), key=lambda item: int(item[0]))
    ]


def load_esconv(root: Path = CORPORA) -> list[Dialogue]:
    """ESConv as re-serialised by FADO: JSON Lines, one dialogue a line (`sys` supporter, `usr` seeker)."""
    dialogues: list[Dialogue] = []
    for path in sorted((root / ESCONV).glob("*.txt")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if not line.strip():
                    continue
                record = json.loads(line)
                turns = tuple((_ESCONV_ROLES[t["speaker"]], _clean(t["text"])) for t in record["dialog"])
                topic = _clean(f"{record.get('emotion_type', '')} about {record.get('problem_type', '')}")
                dialogues.append(Dialogue("esconv", f"{path.stem}:{number}", turns, topic))
    return dialogues


def load_muspsy(root: Path = CORPORA) -> list[Dialogue]:
    """MusPsy plain text: `Consultant:` / `User:` turns, blocks separated by a line of `#`."""
    dialogues: list[Dialogue] = []
    text = (root / MUSPSY).read_text(encoding="utf-8").replace("\r\n", "\n")
    for block_no, block in enumerate(_split_blocks(text.split("\n"))):
        turns = _labelled_turns(block, _MUSPSY_LABEL, _MUSPSY_ROLES)
        if turns:
            dialogues.append(Dialogue("muspsy", f"block{block_no}", turns, "coping with illness"))
    return dialogues


def load_cpsycound(root: Path = CORPORA) -> list[Dialogue]:
    """CPsyCounD: Chinese plain text, `来访者` (client) / `心理咨询师` (counsellor) and a full-width colon; an
    unlabelled line goes on the turn before it, as the product reads it."""
    dialogues: list[Dialogue] = []
    for path in sorted((root / CPSYCOUND).glob("*.txt")):
        turns = _labelled_turns(path.read_text(encoding="utf-8").splitlines(), _CPSYCOUND_LABEL, _CPSYCOUND_ROLES)
        if turns:
            dialogues.append(Dialogue("cpsycound", path.stem, turns))
    return dialogues


def load_smilechat(root: Path = CORPORA) -> list[Dialogue]:
    """SMILECHAT: a JSON list of `{role: client/counselor, content}` a file."""
    dialogues: list[Dialogue] = []
    for path in sorted((root / SMILECHAT).glob("*.json")):
        records = json.loads(path.read_text(encoding="utf-8"))
        turns = tuple(
            (_SMILECHAT_ROLES[r["role"]], _clean(r["content"])) for r in records if r["role"] in _SMILECHAT_ROLES
        )
        if turns:
            dialogues.append(Dialogue("smilechat", path.stem, turns))
    return dialogues


def _labelled_turns(lines: list[str], label: re.Pattern[str], roles: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """`Label: text` lines -> (role, text) turns; an unlabelled line goes on the turn before it."""
    turns: list[tuple[str, str]] = []
    for line in lines:
        match = label.match(line)
        if match:
            turns.append((roles[match.group(1)], _clean(match.group(2))))
        elif line.strip() and turns:
            role, previous = turns[-1]
            turns[-1] = (role, _clean(previous + " " + line))
    return tuple(turns)


def _split_blocks(lines: list[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        if _MUSPSY_SEPARATOR.match(line):
            yield block
            block = []
        else:
            block.append(line)
    yield block


def load_all(root: Path = CORPORA) -> dict[str, list[Dialogue]]:
    return {"annomi": load_annomi(root), "esconv": load_esconv(root), "muspsy": load_muspsy(root)}
