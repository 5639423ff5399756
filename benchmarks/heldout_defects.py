"""Truncation and role inversion on transcripts the learned tables never saw, without the benchmark's injector.

    python benchmarks/heldout_defects.py [--corpora DIR] [--split held-out|train] [--seed S] [--rounds N] [--no-seeds]

`benchmarks/defects.py` samples dialogues from every corpus (most of them in the training split of the tables
in transforms/data/) and injects defects its own way. This measures the two learned detectors where they have
to generalise: only the held-out transcripts of AnnoMI and ESConv (the split of benchmarks/train_tables.py), plus
the sessions of ../shared/seeds/ (LLM-generated, another style again), and corruptions drawn independently of
benchmarks/inject.py:

- clean: every session as it is; the share of turns flagged is the false-alarm rate (real defects included);
- cut_anywhere: one turn of 12+ words per session cut at a random word boundary that is not punctuated
  (40-90% of its words kept), whatever the word; many such cuts leave a complete phrase and cannot be told;
- cut_function_word: the same, but only where the kept part ends on a closed-class word (article,
  preposition, conjunction, pronoun, auxiliary), the cuts the issue asks for;
- cut_last: the session's last turn (8+ words) cut at a random unpunctuated word boundary;
- inverted_other: one client turn (8+ words) replaced by a counsellor turn of 8+ words from another session of
  the same corpus;
- inverted_same: one client turn replaced by a counsellor turn of the same session (not adjacent to it);
- flipped_label: one turn (8+ words) between two turns of the other role given their label, its words its own (a
  labelling slip: the run of three is what tells it in a session whose roles otherwise take turns).

The Chinese corpora (held-out CPsyCounD and SMILECHAT dialogues, the split of the Chinese tables) take the three
inversion cases and `cut_chinese`, one turn of 12+ Han characters cut between two of them (40-90% kept); the cuts at
word boundaries need spaces. A Chinese turn is long at 12 Han characters.

Each corruption is one per session, so a writer's other turns stay as they were. Prints, per case, the share of
corrupted turns found and the false-alarm rate of the clean run.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polars as pl

from benchmarks.corpora import CORPORA, Dialogue, load_annomi, load_cpsycound, load_esconv, load_smilechat
from benchmarks.train_tables import han_count, held_out
from flows.batch import process_batch
from transforms.measures import HAN
from transforms.role_inversion import role_inversion_defects
from transforms.truncation import truncation_defects

# Closed-class words: a sentence almost never ends on one. Written here for this measurement, independent of
# the benchmark generator's list and of the detector's learned table.
_FUNCTION_WORDS = (
    "a an the my your his her our their its this that these those some any every each no "
    "of to in on at for with from by about into over under after before between through during without "
    "and but or nor because although if when while unless since so than as whether "
    "i we you he she they it i'm we're you're they're it's i've we've i'd "
    "is am are was were be been being have has had do does did will would can could should shall may might must "
    "not very really just more most"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split(" "))
_PUNCTUATED = (".", ",", ";", ":", "!", "?", ")", '"', "'", "\u2019", "\u201d", "-", "\u2026")

Turns = list[tuple[str, str]]
_HAN = re.compile(f"{HAN}{{2}}")
CHINESE = ("cpsycound", "smilechat")


def _long(text: str) -> bool:
    """Long enough to carry a voice: 8 words, or 12 Han characters in Chinese."""
    return len(text.split()) >= 8 or han_count(text) >= 12


Corruptor = Callable[[Dialogue, random.Random, Sequence[str]], tuple[Turns, int] | None]


def _cut(text: str, rng: random.Random, low: float, high: float, keep: Callable[[str], bool]) -> str | None:
    words = text.split(" ")
    cuts = [p for p in range(max(2, int(low * len(words))), int(high * len(words)) + 1)
            if p < len(words) and not words[p - 1].endswith(_PUNCTUATED) and keep(words[p - 1].lower())]  # fmt: skip
    return " ".join(words[: rng.choice(cuts)]) if cuts else None


def _cut_one(min_words: int, keep: Callable[[str], bool], *, last: bool = False) -> Corruptor:
    def corrupt(dialogue: Dialogue, rng: random.Random, pool: Sequence[str]) -> tuple[Turns, int] | None:
        turns = list(dialogue.turns)
        places = [len(turns) - 1] if last else list(range(len(turns)))
        rng.shuffle(places)
        for index in places:
            role, text = turns[index]
            if len(text.split()) >= min_words and (cut := _cut(text, rng, 0.4, 0.9, keep)) is not None:
                turns[index] = (role, cut)
                return turns, index
        return None

    return corrupt


def _invert(*, same: bool) -> Corruptor:
    def corrupt(dialogue: Dialogue, rng: random.Random, pool: Sequence[str]) -> tuple[Turns, int] | None:
        turns = list(dialogue.turns)
        clients = [i for i, (r, t) in enumerate(turns) if r == "client" and _long(t)]
        if not clients:
            return None
        index = rng.choice(clients)
        if same:
            own = [t for i, (r, t) in enumerate(turns) if r == "therapist" and _long(t) and abs(i - index) > 1]
            if not own:
                return None
            turns[index] = ("client", rng.choice(own))
        else:
            mine = {t for _, t in turns}
            foreign = [t for t in rng.sample(pool, min(len(pool), 50)) if t not in mine]
            if not foreign:
                return None
            turns[index] = ("client", foreign[0])
        return turns, index

    return corrupt


def _flip_label() -> Corruptor:
    """One turn (8+ words, or 12 Han characters) given the other role's label: a labelling slip, the words still the
    speaker's own, between two turns of the role it now wears."""

    def corrupt(dialogue: Dialogue, rng: random.Random, pool: Sequence[str]) -> tuple[Turns, int] | None:
        turns = list(dialogue.turns)
        places = [
            i
            for i in range(1, len(turns) - 1)
            if _long(turns[i][1])
            and turns[i - 1][0] == turns[i + 1][0] != turns[i][0]
            and turns[i][0] in ("therapist", "client")
        ]
        if not places:
            return None
        index = rng.choice(places)
        role, text = turns[index]
        turns[index] = ("client" if role == "therapist" else "therapist", text)
        return turns, index

    return corrupt


def _cut_characters(long_enough: Callable[[str], bool], at: Callable[[str, int], bool]) -> Corruptor:
    """One long enough turn cut at a character position `at` allows, 40-90% of its characters kept: a cap on
    characters, as exports and generators cut, not on words."""

    def corrupt(dialogue: Dialogue, rng: random.Random, pool: Sequence[str]) -> tuple[Turns, int] | None:
        turns = list(dialogue.turns)
        places = list(range(len(turns)))
        rng.shuffle(places)
        for index in places:
            role, text = turns[index]
            if not long_enough(text):
                continue
            cuts = [p for p in range(int(0.4 * len(text)), int(0.9 * len(text))) if at(text, p)]
            if cuts:
                turns[index] = (role, text[: rng.choice(cuts)])
                return turns, index
        return None

    return corrupt


CASES: dict[str, tuple[str, Corruptor]] = {
    "cut_anywhere": ("truncated_turn", _cut_one(12, lambda _: True)),
    "cut_function_word": ("truncated_turn", _cut_one(12, lambda w: w in FUNCTION_WORDS)),
    "cut_last": ("truncated_turn", _cut_one(8, lambda _: True, last=True)),
    # Inside a word of a turn of 12+ words; between two Han characters of a Chinese turn of 12+ (no spaces to cut at).
    "cut_mid_word": (
        "truncated_turn",
        _cut_characters(lambda t: len(t.split()) >= 12, lambda t, p: t[p - 2 : p + 1].isalpha()),
    ),
    "inverted_other": ("role_inversion", _invert(same=False)),
    "inverted_same": ("role_inversion", _invert(same=True)),
    "flipped_label": ("role_inversion", _flip_label()),
    "cut_chinese": (
        "truncated_turn",
        _cut_characters(lambda t: han_count(t) >= 12, lambda t, p: bool(_HAN.match(t[p - 1 : p + 1]))),
    ),
}
# The cases each kind of corpus takes: cuts at word boundaries need spaces, a cut between Han characters needs Chinese.
CHINESE_ONLY = frozenset({"cut_chinese"})
_CHINESE_CASES = frozenset({"inverted_other", "inverted_same", "flipped_label"}) | CHINESE_ONLY


def turns_frame(sessions: Sequence[tuple[str, Turns]]) -> pl.DataFrame:
    """One session per (id, turns): the columns the detectors read; the line is the turn's position."""
    rows = [(sid, i, role, text) for sid, turns in sessions for i, (role, text) in enumerate(turns)]
    schema = {"session_id": pl.String, "turn_index": pl.Int64, "role": pl.String, "text": pl.String}
    return pl.DataFrame(rows, schema=schema, orient="row").with_columns(
        pl.lit("src").alias("source_id"),
        pl.col("turn_index").cast(pl.Int32),
        pl.col("turn_index").cast(pl.Int32).alias("source_turn_index"),
        pl.col("turn_index").cast(pl.Int64).alias("source_line"),
        pl.col("role").alias("speaker"),
    )


SEEDS = CORPORA.parent / "seeds"


def seed_sessions(seeds: Path = SEEDS) -> list[Dialogue]:
    """The seed files' sessions (LLM-generated, the style the product was designed from; no learned table saw
    them) as parsed and cleaned by the product, therapist and client turns only: a third style beside AnnoMI's
    speech and ESConv's chat."""
    batch = process_batch(sorted(str(p) for p in seeds.iterdir() if p.is_file()), {})
    turns = batch.turns.filter(pl.col("role").is_in(["therapist", "client"])).sort("session_id", "turn_index")
    return [
        Dialogue("seeds", str(sid), tuple(zip(group["role"].to_list(), group["text"].to_list(), strict=True)))
        for (sid,), group in turns.group_by("session_id", maintain_order=True)
    ]


def flagged(frame: pl.DataFrame, kind: str) -> set[tuple[str, int]]:
    found = truncation_defects(frame) if kind == "truncated_turn" else role_inversion_defects(frame)
    return {(s, int(line)) for s, line in found.select("session_id", "source_line").iter_rows() if line is not None}


def measure(dialogues: Sequence[Dialogue], seed: int, rounds: int = 1) -> dict[str, dict[str, float]]:
    """Figures per case; each round corrupts every session once more (a fresh copy), for larger samples."""
    rng = random.Random(seed)
    # Counsellor turns of the same corpus: a turn written in another session of the same kind (an LLM's voice in an
    # LLM session, a chat supporter's in a chat).
    pools = {
        corpus: [t for d in dialogues if d.corpus == corpus for r, t in d.turns if r == "therapist" and _long(t)]
        for corpus in {d.corpus for d in dialogues}
    }
    clean = turns_frame([(f"{d.corpus}:{d.dialogue_id}", list(d.turns)) for d in dialogues])
    result: dict[str, dict[str, float]] = {}
    corpora = sorted({d.corpus for d in dialogues})
    for corpus in corpora:
        mine = clean.filter(pl.col("session_id").str.starts_with(f"{corpus}:"))
        for kind in ("truncated_turn", "role_inversion"):
            result[f"clean {corpus} {kind}"] = {
                "turns": mine.height,
                "flagged": len(flagged(mine, kind)),
                "pct": round(100 * len(flagged(mine, kind)) / max(mine.height, 1), 3),
            }
    for name, (kind, corrupt) in CASES.items():
        for corpus in corpora:
            if (name not in _CHINESE_CASES) if corpus in CHINESE else (name in CHINESE_ONLY):
                continue
            sessions: list[tuple[str, Turns]] = []
            targets: set[tuple[str, int]] = set()
            for d in list(dialogues) * rounds:
                if d.corpus != corpus:
                    continue
                done = corrupt(d, rng, pools[corpus])
                if done is not None:
                    sid = f"{d.corpus}:{d.dialogue_id}:{len(sessions)}"
                    sessions.append((sid, done[0]))
                    targets.add((sid, done[1]))
            hits = flagged(turns_frame(sessions), kind) & targets
            result[f"{name} {corpus}"] = {
                "injected": len(targets),
                "found": len(hits),
                "recall": round(len(hits) / max(len(targets), 1), 3),
            }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--split", choices=("held-out", "train"), default="held-out")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=5, help="corrupted copies of each session (default 5)")
    parser.add_argument("--no-seeds", action="store_true", help="leave out the seed files' LLM sessions")
    parser.add_argument("--no-chinese", action="store_true", help="leave out CPsyCounD and SMILECHAT")
    args = parser.parse_args(argv)
    corpora = [load_annomi, load_esconv] + ([] if args.no_chinese else [load_cpsycound, load_smilechat])
    dialogues = [d for load in corpora for d in load(args.corpora) if held_out(d) == (args.split == "held-out")]
    if not args.no_seeds:
        dialogues += seed_sessions(args.corpora.parent / "seeds")
    for name, figures in measure(dialogues, args.seed, args.rounds).items():
        print(f"{name:<36}" + "  ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
