"""Seeded synthetic transcript folders for the crash, concurrency and soak tests (no corpus text).

A folder mixes formats (plain text in several label styles, chat JSON, JSON Lines, CSV), repeated turns,
sessions copied into other files (so duplicate detection crosses batch boundaries), and a few files that
must be quarantined (binary, empty, unlabelled prose).
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

_VOCABULARY = (
    "sleep work family week feel felt better worse talk talked morning evening anxious calm friend "
    "sister brother job school plan small step notice noticed really maybe today yesterday tomorrow "
    "walk breathing thought thoughts worry worried hard easy time help helped trying tried again "
    "partner home alone together exercise list write wrote moment space quiet loud meeting"
)
_WORDS = _VOCABULARY.split()
_CLIENT_LABELS = ("Client", "CLIENT", "C", "Patient", "User")
_THERAPIST_LABELS = ("Therapist", "THERAPIST", "T", "Counselor", "Counsellor")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(4, 14))]
    return " ".join(words).capitalize() + rng.choice(".?.!.")


def session_turns(rng: random.Random) -> list[tuple[str, str]]:
    """(role, text) turns, alternating, with an occasional exact repeat of an earlier turn."""
    turns: list[tuple[str, str]] = []
    for index in range(rng.randint(4, 16)):
        role = "therapist" if index % 2 == 0 else "client"
        same_role = [t for r, t in turns if r == role]
        if same_role and rng.random() < 0.08:
            text = rng.choice(same_role)
        else:
            text = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        turns.append((role, text))
    return turns


def render_plain(sessions: list[list[tuple[str, str]]], rng: random.Random) -> str:
    therapist, client = rng.choice(_THERAPIST_LABELS), rng.choice(_CLIENT_LABELS)
    if therapist == "T" or client == "C":
        therapist, client = "T", "C"
    blocks = []
    for turns in sessions:
        blocks.append("\n\n".join(f"{therapist if r == 'therapist' else client}: {t}" for r, t in turns))
    return "\n\n-----\n\n".join(blocks) + "\n"


def render_chat_jsonl(sessions: list[list[tuple[str, str]]]) -> str:
    role = {"therapist": "assistant", "client": "user"}
    lines = [json.dumps({"messages": [{"role": role[r], "content": t} for r, t in turns]}) for turns in sessions]
    return "\n".join(lines) + "\n"


def render_csv(sessions: list[list[tuple[str, str]]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["transcript_id", "utterance_id", "interlocutor", "utterance_text"])
    for number, turns in enumerate(sessions):
        for index, (role, text) in enumerate(turns):
            writer.writerow([number, index, role, text])
    return out.getvalue()


def make_corpus(folder: Path, n_files: int, seed: int = 0) -> list[Path]:
    """Write n_files files under folder (in a few subfolders); returns their paths."""
    rng = random.Random(seed)
    written: list[Path] = []
    earlier: list[list[tuple[str, str]]] = []
    for number in range(n_files):
        sub = folder / f"part{number % 4}"
        sub.mkdir(parents=True, exist_ok=True)
        kind = rng.random()
        if kind < 0.03:
            path, data = sub / f"scan_{number:05d}.png", b"\x89PNG\r\n\x1a\n" + rng.randbytes(300)
        elif kind < 0.05:
            path, data = sub / f"empty_{number:05d}.txt", b""
        elif kind < 0.07:
            path, data = sub / f"notes_{number:05d}.txt", (sentence(rng) + "\n").encode()
        else:
            sessions = [session_turns(rng) for _ in range(rng.randint(1, 3))]
            if earlier and rng.random() < 0.1:
                sessions[0] = rng.choice(earlier)  # the same session in another file
            earlier.extend(sessions)
            style = rng.random()
            if style < 0.6:
                path, data = sub / f"session_{number:05d}.txt", render_plain(sessions, rng).encode()
            elif style < 0.8:
                path, data = sub / f"chat_{number:05d}.jsonl", render_chat_jsonl(sessions).encode()
            else:
                path, data = sub / f"table_{number:05d}.csv", render_csv(sessions).encode()
        path.write_bytes(data)
        written.append(path)
    return written
