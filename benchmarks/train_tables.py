"""Train the small tables the truncation and role-inversion detectors ship, from real corpora.

    python benchmarks/train_tables.py [--corpora DIR] [--out DIR]

They are learned from AnnoMI and ESConv in ../shared/corpora/ (the Chinese ones from CPsyCounD and SMILECHAT) and
written to transforms/data/ as TSV:

- sentence_ends.tsv: per word (and per common pair of words), how often it stands right before a sentence
  stop (. ! ?) or ends a turn, out of all its occurrences; for Chinese, per Han character and pair of characters
  (CPsyCounD and SMILECHAT). A turn that stops on a word that almost never
  ends a sentence ("the", "my", "would") was cut, whatever the word list of any one generator; one that
  stops on "well" or "today" probably was not.
- word_starts.txt: the starts (three letters or more) of the English words the training turns use a few times or
  more, that are no word themselves in the corpora or in two dictionaries (Webster's Second and GCIDE, from the
  english-words package, dev only): `explo`, `remem`, `becau`. A turn that stops on one was cut inside a word.
- role_voice.tsv: the weights of a logistic regression on word unigrams and bigrams that tells a
  counsellor's turn from a client's (positive = counsellor). Trained by plain AdaGrad in Python; the
  detector applies it as a join and a sum in polars.
- role_voice_zh.tsv: the same kind of model for Chinese, over Han characters and adjacent character pairs (Chinese
  has no spaces to cut words at), fitted with scikit-learn on CPsyCounD and SMILECHAT counsellor vs client turns;
  its `(client_cut)` and `(therapist_cut)` rows are the scores that the configured false-alarm share of real
  client (therapist) turns reach in every one of the two corpora, scored out of fold.
- role_context.tsv: a few weights that read a client turn's voice in its session (against the session's
  other client turns), fitted with scikit-learn on voice scores from models that never saw the transcript
  (5 folds of the training split), and the learned cut; nothing of it runs scikit-learn at ingest.

Transcripts are split by id (crc32 % 5 == 0 held out), so the held-out figures printed at the end are on
sessions the tables never saw. Only words and word pairs (and their weights) are written, never a turn.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import polars as pl
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from benchmarks.corpora import CORPORA, Dialogue, load_annomi, load_cpsycound, load_esconv, load_smilechat
from transforms.config import DEFAULT_CONFIG
from transforms.role_inversion import (
    CONTEXT_FEATURES,
    HAN_QUOTED,
    HAN_RUN,
    context_features,
    context_score,
    counsellor_moves,
)
from transforms.truncation import SENTENCE_START

DATA = Path(__file__).resolve().parents[1] / "transforms" / "data"
# The detectors tokenise the same way (transforms/role_inversion.py, transforms/truncation.py).
_TOKENS = re.compile(r"[\w']+|[.!?]+|[^\w\s']")
_WORD = re.compile(r"[^\W\d_][\w']*$")
_VOICE_WORDS = re.compile(r"[^\W\d_][\w']*")
_HAN_RUN = re.compile(HAN_RUN)
# What the detector takes for a clean end of a Chinese turn (transforms/truncation.py `_CLEAN_END`).
_HAN_STOPS = frozenset("\u3002\uff01\uff1f!?\u2026.~\uff5e\u301c\u2014-")
_HAN_CLOSERS = "\uff09\u300d\u300f\u201d\u2019\u3011\u300b)\"' "
_HAN_QUOTED = re.compile(HAN_QUOTED)
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'"})
# A word enters the sentence-end table when seen this often: rarer ones carry no reliable rate.
MIN_WORD_COUNT = 20
# A word pair needs this many: "as soon as i can" ends a sentence though "can" rarely does.
MIN_PAIR_COUNT = 20
# A word's starts enter word_starts.txt when the word is seen this often: rarer ones are as often typos.
MIN_KNOWN_WORD_COUNT = 3
_KNOWN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?$")
# Shorter starts (`th`, `wh`) are left to transforms/truncation.py's consonant rule: two letters are as often a word
# or shorthand of their own.
MIN_WORD_START = 3
# Dictionary words this long are words whether the corpora use them or not.
MIN_DICTIONARY_WORD = 5
# Features seen in fewer training turns than this are left out of the voice model (noise, names, typos).
MIN_FEATURE_TURNS = 5
# Turns shorter than this carry little voice and are where the two roles overlap most ("Okay.", "Yeah.").
MIN_TRAIN_WORDS = 3
EPOCHS = 6
# Folds of the training split for out-of-fold voice scores (the context model learns from those).
FOLDS = 5
LEARNING_RATE = 0.2
L2 = 1e-5


def held_out(dialogue: Dialogue) -> bool:
    return zlib.crc32(f"{dialogue.corpus}:{dialogue.dialogue_id}".encode()) % 5 == 0


def words_of(text: str) -> list[str]:
    """Lower-cased words, apostrophes straightened; transforms/role_inversion.py extracts the same."""
    return _VOICE_WORDS.findall(text.translate(_APOSTROPHES).lower())


def voice_features(text: str) -> list[str]:
    """Unigrams and bigrams of the lower-cased words, repeats kept (a bag: the detector need not dedupe)."""
    words = words_of(text)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def sentence_end_counts(dialogues: Iterable[Dialogue]) -> tuple[Counter[str], Counter[str]]:
    ends: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for dialogue in dialogues:
        for _, text in dialogue.turns:
            tokens = _TOKENS.findall(text.translate(_APOSTROPHES).lower())
            for i, token in enumerate(tokens):
                if not _WORD.match(token):
                    continue
                # The word alone, and with the word before it when that is a word too ("i can", "too kind").
                keys = [token]
                if i > 0 and _WORD.match(tokens[i - 1]):
                    keys.append(f"{tokens[i - 1]} {token}")
                # A sentence's first word or two ("^ it", "^ i will"): "...That is normal. It" stopped after one
                # word of a new sentence, which a sentence of only "It" almost never does ("^ thanks" often).
                start = _sentence_start(tokens, i)
                if start is not None:
                    keys.append(f"{SENTENCE_START} {' '.join(tokens[start : i + 1])}")
                # Before a stop, or last in the turn: chat writers end "how are you" without a question mark.
                end = i + 1 == len(tokens) or tokens[i + 1][0] in ".!?"
                for key in keys:
                    total[key] += 1
                    ends[key] += int(end)
    return ends, total


def word_starts(total: Counter[str]) -> list[str]:
    """Starts of the training turns' English words (seen MIN_KNOWN_WORD_COUNT times or more) that are no word, sorted:
    where a turn that stops was cut inside a word (`explo` starts `explore`; `thin`, `car`, `architect` are words).

    A word here is one the corpora use MIN_KNOWN_WORD_COUNT times, one of five letters or more in either dictionary, or
    a shorter one in both (`bore`, `fee`) or in one and used by the corpora at all (`lap`, `bot`): Webster's Second
    alone holds hundreds of obscure short words that are the commonest starts (`wha`, `tha`, `coul`). A start that is a
    word with its final g dropped, as speech is transcribed (`feelin`, `somethin`), is no cut either."""
    from english_words import get_english_words_set  # dev only, like scikit-learn

    used = {w for w in total if _KNOWN_WORD.match(w)}
    common = {w for w in used if total[w] >= MIN_KNOWN_WORD_COUNT}
    web2, gcide = (get_english_words_set([name], lower=True) for name in ("web2", "gcide"))
    short = {w for w in web2 | gcide if len(w) < MIN_DICTIONARY_WORD}
    words = common | {w for w in web2 | gcide if len(w) >= MIN_DICTIONARY_WORD} | short & (web2 & gcide | used)
    starts = {w[:k] for w in common for k in range(MIN_WORD_START, len(w))} - words
    return sorted(start for start in starts if f"{start}g" not in used)


def han_end_counts(dialogues: Iterable[Dialogue]) -> tuple[Counter[str], Counter[str]]:
    """The same for Chinese, which has no spaces to cut words at: per Han character, and per pair of adjacent Han
    characters (keyed `a b`, with a space, as a word pair is), how often it stands right before a sentence stop
    (full-width or ASCII, an ellipsis; closing quotes and brackets between) or ends a turn, out of all its uses."""
    ends: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for dialogue in dialogues:
        for _, text in dialogue.turns:
            stripped = text.rstrip()
            for match in _HAN_RUN.finditer(stripped):
                run = match.group()
                after = stripped[match.end() :].lstrip(_HAN_CLOSERS)[:1]
                for i, char in enumerate(run):
                    last = i + 1 == len(run)
                    end = last and (after == "" or after in _HAN_STOPS)
                    keys = [char] + ([f"{run[i - 1]} {char}"] if i else [])
                    for key in keys:
                        total[key] += 1
                        ends[key] += int(end)
    return ends, total


def _sentence_start(tokens: Sequence[str], i: int) -> int | None:
    """The index where the sentence holding tokens[i] starts, when tokens[i] is its first or second word."""
    for start in (i, i - 1):
        if start < 0 or not all(_WORD.match(t) for t in tokens[start : i + 1]):
            return None
        if start == 0 or tokens[start - 1][0] in ".!?":
            return start
    return None


def han_features(text: str) -> list[str]:
    """Han characters and adjacent pairs of them (inside one run of Han characters), repeats kept, quotations left
    out: what transforms/role_inversion.py extracts for the Chinese voice model."""
    features: list[str] = []
    for run in _HAN_RUN.findall(_HAN_QUOTED.sub(" ", text)):
        features += list(run) + [run[i : i + 2] for i in range(len(run) - 1)]
    return features


def han_count(text: str) -> int:
    return sum(len(run) for run in _HAN_RUN.findall(text))


def _han_matrix(vocabulary: dict[str, int], texts: Sequence[str]) -> sp.csr_matrix:
    """Counts of each vocabulary feature per text, scaled by 1/sqrt(the text's count of vocabulary features): the
    score the detector computes (sum of weights over sqrt(hits))."""
    rows, cols = [], []
    for i, text in enumerate(texts):
        for f in han_features(text):
            j = vocabulary.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    counts = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(vocabulary)))
    hits = np.asarray(counts.sum(axis=1)).ravel()
    return sp.csr_matrix(sp.diags(1 / np.sqrt(np.maximum(hits, 1))) @ counts)


def _fit_han(turns: Sequence[tuple[str, int]]) -> tuple[float, dict[str, float]]:
    seen: Counter[str] = Counter(f for text, _ in turns for f in set(han_features(text)))
    vocabulary = {f: j for j, f in enumerate(sorted(f for f, n in seen.items() if n >= MIN_FEATURE_TURNS))}
    model = LogisticRegression(C=1.0, max_iter=2000).fit(
        _han_matrix(vocabulary, [t for t, _ in turns]), np.array([y for _, y in turns])
    )
    return float(model.intercept_[0]), {f: float(model.coef_[0][j]) for f, j in vocabulary.items()}


def han_voice_score(bias: float, weights: dict[str, float], text: str) -> float:
    active = [weights[f] for f in han_features(text) if f in weights]
    return bias + sum(active) / math.sqrt(max(len(active), 1))


def train_chinese_voice(train: Sequence[Dialogue]) -> tuple[float, dict[str, float], dict[str, float]]:
    """(bias, weights, cuts) of the Chinese voice model. The cuts come from out-of-fold scores of turns of at least
    min_han_chars_voice characters: `(client_cut)` is the highest of each corpus's score that its share
    (context_false_alarm_share) of real client turns reach, `(therapist_cut)` the lowest that
    therapist_false_alarm_share of its therapist turns fall to, so neither corpus alone sets the rate."""
    config = DEFAULT_CONFIG.role_inversion
    turns = [(t, int(r == "therapist"), d.corpus, i) for i, d in enumerate(train) for r, t in d.turns]
    fold = [zlib.crc32(f"fold:{d.corpus}:{d.dialogue_id}".encode()) % FOLDS for d in train]
    scored: list[tuple[str, int, float]] = []
    for k in range(FOLDS):
        bias, weights = _fit_han([(t, y) for t, y, _, i in turns if fold[i] != k and han_count(t) >= MIN_TRAIN_WORDS])
        scored += [
            (corpus, y, han_voice_score(bias, weights, t))
            for t, y, corpus, i in turns
            if fold[i] == k and han_count(t) >= config.min_han_chars_voice
        ]
    frame = pl.DataFrame(scored, schema=["corpus", "therapist", "score"], orient="row")
    per_corpus = frame.group_by("corpus").agg(
        pl.col("score").filter(pl.col("therapist") == 0).quantile(1 - config.context_false_alarm_share, "higher")
        .alias("client_cut"),
        pl.col("score").filter(pl.col("therapist") == 1).quantile(config.therapist_false_alarm_share, "lower")
        .alias("therapist_cut"),
    )  # fmt: skip
    bias, weights = _fit_han([(t, y) for t, y, _, _ in turns if han_count(t) >= MIN_TRAIN_WORDS])
    cuts = {
        "(client_cut)": max(float(v) for v in per_corpus["client_cut"].to_list()),
        "(therapist_cut)": min(float(v) for v in per_corpus["therapist_cut"].to_list()),
    }
    return bias, weights, cuts


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def train_voice(examples: Sequence[tuple[list[str], int]], rng: random.Random) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad over sparse count features; returns (bias, weights)."""
    seen: Counter[str] = Counter(f for features, _ in examples for f in set(features))
    kept = {f for f, n in seen.items() if n >= MIN_FEATURE_TURNS}
    weights: dict[str, float] = dict.fromkeys(kept, 0.0)
    squares: dict[str, float] = dict.fromkeys(kept, 1e-8)
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(examples)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            features, label = examples[index]
            active = [f for f in features if f in weights]
            # Longer turns have more features; scaling by 1/sqrt(n) keeps one long turn from dominating.
            scale = 1 / math.sqrt(max(len(active), 1))
            z = bias + scale * sum(weights[f] for f in active)
            gradient = _sigmoid(z) - label
            bias_square += gradient * gradient
            bias -= LEARNING_RATE * gradient / math.sqrt(bias_square)
            for f in active:
                g = gradient * scale + L2 * weights[f]
                squares[f] += g * g
                weights[f] -= LEARNING_RATE * g / math.sqrt(squares[f])
    return bias, weights


def voice_score(bias: float, weights: dict[str, float], text: str) -> float:
    active = [f for f in voice_features(text) if f in weights]
    return bias + sum(weights[f] for f in active) / math.sqrt(max(len(active), 1))


def examples_of(dialogues: Iterable[Dialogue]) -> list[tuple[list[str], int]]:
    return [
        (voice_features(text), int(role == "therapist"))
        for d in dialogues
        for role, text in d.turns
        if len(words_of(text)) >= MIN_TRAIN_WORDS
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    dialogues = load_annomi(args.corpora) + load_esconv(args.corpora)
    train = [d for d in dialogues if not held_out(d)]
    test = [d for d in dialogues if held_out(d)]
    args.out.mkdir(parents=True, exist_ok=True)

    ends, total = sentence_end_counts(train)
    # Chinese endings from the Chinese corpora (their own split): Han characters share no key with English words.
    chinese = load_cpsycound(args.corpora) + load_smilechat(args.corpora)
    han_ends, han_total = han_end_counts(d for d in chinese if not held_out(d))
    ends.update(han_ends)
    total.update(han_total)
    rows = sorted(
        (
            w
            for w, n in total.items()
            if n >= (MIN_PAIR_COUNT if " " in w else MIN_WORD_COUNT) and total[w.split(" ")[-1]] >= MIN_WORD_COUNT
        ),
        key=lambda w: (-total[w], w),
    )
    with (args.out / "sentence_ends.tsv").open("w", encoding="utf-8") as handle:
        handle.write("ending\tends\ttotal\n")
        handle.writelines(f"{w}\t{ends[w]}\t{total[w]}\n" for w in rows)

    starts = word_starts(total)
    with (args.out / "word_starts.txt").open("w", encoding="utf-8") as handle:
        handle.writelines(f"{w}\n" for w in starts)

    bias, weights = train_voice(examples_of(train), random.Random(0))
    # Every trained feature is kept, near-zero ones too: the score divides by how many features a turn has.
    kept = sorted(weights, key=lambda f: (-abs(weights[f]), f))
    with (args.out / "role_voice.tsv").open("w", encoding="utf-8") as handle:
        handle.write("feature\tweight\n")
        handle.write(f"(bias)\t{bias:.4f}\n")  # no word or pair has brackets
        handle.writelines(f"{f}\t{weights[f]:.4f}\n" for f in kept)

    held = examples_of(test)
    correct = 0
    for d in test:
        for role, text in d.turns:
            if len(words_of(text)) >= MIN_TRAIN_WORDS:
                correct += int((voice_score(bias, weights, text) > 0) == (role == "therapist"))
    zh_bias, zh_weights, zh_cuts = train_chinese_voice([d for d in chinese if not held_out(d)])
    with (args.out / "role_voice_zh.tsv").open("w", encoding="utf-8") as handle:
        handle.write("feature\tweight\n")
        handle.writelines(f"{f}\t{w:.4f}\n" for f, w in ({"(bias)": zh_bias} | zh_cuts).items())
        handle.writelines(
            f"{f}\t{zh_weights[f]:.4f}\n" for f in sorted(zh_weights, key=lambda f: (-abs(zh_weights[f]), f))
        )
    zh_test = [
        (han_voice_score(zh_bias, zh_weights, t), r == "therapist")
        for d in chinese
        if held_out(d)
        for r, t in d.turns
        if han_count(t) >= DEFAULT_CONFIG.role_inversion.min_han_chars_voice
    ]
    context = train_context(train, random.Random(1))
    with (args.out / "role_context.tsv").open("w", encoding="utf-8") as handle:
        handle.write("feature\tweight\n")
        handle.writelines(f"{f}\t{w:.6f}\n" for f, w in context.items())
    print(
        f"sentence_ends.tsv: {len(rows)} words and pairs; word_starts.txt: {len(starts)} starts; "
        f"role_voice.tsv: {len(kept)} features; "
        f"held-out voice accuracy {correct / max(len(held), 1):.3f} on {len(held)} turns of {len(test)} dialogues; "
        f"role_context.tsv: {', '.join(f'{f} {w:.3f}' for f, w in context.items())} "
        f"; role_voice_zh.tsv: {len(zh_weights)} features, held-out accuracy "
        f"{sum((v > 0) == y for v, y in zh_test) / max(len(zh_test), 1):.3f} on {len(zh_test)} turns, "
        f"cuts {', '.join(f'{k} {v:.2f}' for k, v in zh_cuts.items())} "
        "(held-out detector figures: benchmarks/heldout_defects.py)"
    )
    return 0


def out_of_fold_voices(train: Sequence[Dialogue], min_words: int) -> dict[tuple[int, int], float]:
    """(dialogue index, turn index) -> voice log-odds from a model trained on the other folds' transcripts, for
    turns of at least `min_words` words: what the detector sees on a transcript the shipped model never saw."""
    voices: dict[tuple[int, int], float] = {}
    fold = [zlib.crc32(f"fold:{d.corpus}:{d.dialogue_id}".encode()) % FOLDS for d in train]
    for k in range(FOLDS):
        bias, weights = train_voice(
            examples_of(d for d, f in zip(train, fold, strict=True) if f != k), random.Random(k)
        )
        for i, d in enumerate(train):
            if fold[i] == k:
                for j, (_, text) in enumerate(d.turns):
                    if len(text.split()) >= min_words:
                        voices[i, j] = voice_score(bias, weights, text)
    return voices


def train_context(train: Sequence[Dialogue], rng: random.Random) -> dict[str, float]:
    """The role-inversion context model: a logistic regression over transforms.role_inversion.CONTEXT_FEATURES,
    fitted on the training split's long client turns (label 0) against counsellor turns put in a client's place
    (label 1), half from another transcript and half from the same one.
    Voices are out-of-fold; features come from the detector's own polars code. Returns the weights, the fill
    values for missing means, and the cut: the score that the configured share of real client turns reach."""
    config = DEFAULT_CONFIG.role_inversion
    voices = out_of_fold_voices(train, config.min_words_voice)
    counsellor = [
        (i, j) for i, d in enumerate(train) for j, (r, t) in enumerate(d.turns) if r == "therapist" and (i, j) in voices
    ]
    rows: list[tuple[str, int, str, str, float | None, int]] = []
    for i, d in enumerate(train):
        turns = [(r, t, voices.get((i, j))) for j, (r, t) in enumerate(d.turns)]
        rows += [(f"o{i}", j, r, t, v, int(False)) for j, (r, t, v) in enumerate(turns)]
        slots = [j for j, (r, _, v) in enumerate(turns) if r == "client" and v is not None]
        own = [j for j, (r, _, v) in enumerate(turns) if r == "therapist" and v is not None]
        if not slots:
            continue
        slot = rng.choice(slots)
        same = [j for j in own if abs(j - slot) > 1]
        if i % 2 and same:
            source = (i, rng.choice(same))
        else:
            source = rng.choice(counsellor)
            while source[0] == i:
                source = rng.choice(counsellor)
        text = train[source[0]].turns[source[1]][1]
        turns[slot] = ("client", text, voices[source])
        rows += [(f"x{i}", j, r, t, v, int(j == slot)) for j, (r, t, v) in enumerate(turns)]
    frame = pl.DataFrame(
        rows, schema=["session_id", "turn_index", "role", "text", "_voice", "label"], orient="row"
    ).with_columns(counsellor_moves(pl.col("text")).alias("_moves"))
    feats = context_features(frame).filter(
        (pl.col("role") == "client")
        & pl.col("_voice").is_not_null()
        & (pl.col("session_id").str.starts_with("o") | (pl.col("label") == 1))
    )
    negatives = feats.filter(pl.col("label") == 0)
    fills = {"fill:client_others": float(negatives.select(pl.col("client_others").mean()).item() or 0.0)}
    columns = {"voice": pl.col("_voice"), "moves": pl.col("_moves").clip(0, 3).cast(pl.Float64)}
    matrix = feats.select(
        [columns.get(f, pl.col(f)).fill_null(fills.get(f"fill:{f}", 0.0)).alias(f) for f in CONTEXT_FEATURES]
    ).to_numpy()
    model = LogisticRegression(C=1.0, max_iter=1000).fit(matrix, feats["label"].to_numpy())
    weights = {"(bias)": float(model.intercept_[0])} | {
        f: float(w) for f, w in zip(CONTEXT_FEATURES, model.coef_[0], strict=True)
    }
    scores = feats.select(context_score(weights | fills).alias("s"), "label")
    cut = scores.filter(pl.col("label") == 0)["s"].quantile(1 - config.context_false_alarm_share, "higher")
    return weights | fills | {"(cut)": float(cut or 0.0)}


if __name__ == "__main__":
    raise SystemExit(main())
