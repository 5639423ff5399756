"""Seeded generator: real dialogues -> transcript files in many styles, with defects at known lines.

`build_plan` turns dialogues into files (styles, encodings, sessions per file, batches), then
injects every defect kind at known places; `render` writes a file either clean (no injection:
the baseline run) or corrupted, and returns the ground truth and what `turns` should keep.

Ground-truth contract (what the detectors are scored against; `source_line` is the 1-based line
of the decoded file, after BOM removal and CRLF -> LF):
- a turn-level defect is at the line of the affected turn's label (`Therapist: ...`);
- unparseable_line is at the stray prose line itself;
- repetition_loop is ONE row at the label line of the first turn of the block's first
  occurrence; each later copy of each block turn is also a duplicate_turn (exact copy) or
  near_duplicate_turn (varied copy) row at its own line;
- role_inversion of a whole session (labels swapped) and duplicate_session are session-level:
  matched on (file, session_index), source_line null.
See README-style notes in benchmarks/defects.py for the per-kind details.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import templates
from benchmarks.corpora import Dialogue
from transforms.defect_rows import DEFECT_TYPES

THERAPIST_LABELS = ("Therapist", "Counsellor", "Consultant", "Psychologist", "Supporter")
CLIENT_LABELS = ("Client", "Patient", "User", "Seeker")
LABEL_FORMATS = ("plain", "bold", "caps")
SEPARATOR_CHARS = ("#", "-", "=", "*")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252")
_ENCODING_WEIGHTS = (40, 15, 15, 5, 25)
UTF8 = ("utf-8", "utf-8-sig")
# Private-use characters stand for bytes that are invalid in the file's encoding; the renderer
# swaps U+E000+k for INVALID_BYTES[codec][k] after encoding the text around it.
PLACEHOLDER_BASE = 0xE000
INVALID_BYTES: dict[str, tuple[bytes, ...]] = {
    "utf-8": (b"\xff", b"\xfe", b"\x80", b"\xc0", b"\xf8"),
    "utf-16": (b"\x00\xd8", b"\x34\xdb", b"\x00\xdc", b"\xff\xdf"),
    "cp1252": (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"),
}
_PLACEHOLDER = re.compile("[\ue000-\ue00f]")
_WORDS_RE = re.compile(r"\S+")
_ENDS_CLAUSE = re.compile("[.,;:!?)\\]\"'\u201d\u2019\u2026-]$")

# Defect kinds the generator injects: the whole taxonomy but the two no transcript text produces.
NOT_INJECTED = frozenset({"schema_violation", "control_characters"})
INJECTED_KINDS = tuple(kind for kind in DEFECT_TYPES if kind not in NOT_INJECTED)


@dataclass(frozen=True)
class Style:
    therapist_label: str
    client_label: str
    label_format: str
    separator: str
    encoding: str
    crlf: bool
    typographic: bool
    summary_share: float

    def codec_family(self) -> str:
        return "utf-8" if self.encoding in UTF8 else "utf-16" if self.encoding.startswith("utf-16") else "cp1252"

    def label(self, role: str, unknown_label: str | None = None) -> str:
        name = unknown_label or (self.therapist_label if role == "therapist" else self.client_label)
        if self.label_format == "bold":
            return f"**{name}:**"
        if self.label_format == "caps":
            return f"{name.upper()}:"
        return f"{name}:"


@dataclass
class Turn:
    role: str  # the role the label names
    text: str  # as written (may hold invalid-byte placeholders and newlines)
    orig: int | None = None  # index in the original dialogue; None for injected turns
    # The text `turns` should keep (whitespace-normalised compare); None: the turn should be dropped.
    expected: str | None = None
    # True when `expected` is the original turn's text (counts in turn fidelity).
    recoverable: bool = False
    unknown_label: str | None = None
    defects: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Session:
    dialogue: Dialogue
    clean: list[Turn]
    turns: list[Turn]
    header: list[str]
    prose: str | None = None
    session_defects: list[str] = field(default_factory=list)
    exclusive: bool = False  # a whole-session injection owns it: nothing else goes in
    used: set[int] = field(default_factory=set)  # original turns already altered or copied
    end_reserved: bool = False  # the last turn must stay last (truncated at the end)
    injected: list[str] = field(default_factory=list)
    # A duplicate_session copy: (file, session_index) of the session it repeats.
    copy_of: tuple[str, int] | None = None

    def position(self, orig: int) -> int | None:
        for pos, turn in enumerate(self.turns):
            if turn.orig == orig:
                return pos
        return None


@dataclass
class FilePlan:
    name: str
    corpus: str
    batch: int
    style: Style
    sessions: list[Session]
    # Copies of other sessions, appended after this file's own sessions in the corrupted rendering.
    copies: list[Session] = field(default_factory=list)
    # An unparseable file (no turns, or not text): written in the corrupted run only.
    junk: bytes | None = None


@dataclass(frozen=True)
class Truth:
    file: str
    session_index: int
    source_line: int | None
    defect_type: str
    note: str = ""


@dataclass(frozen=True)
class ExpectedSession:
    file: str
    session_index: int
    corpus: str
    # (text `turns` should keep, counts as an original turn for fidelity)
    turns: tuple[tuple[str, bool], ...]
    injected_drops: int


@dataclass(frozen=True)
class Rendered:
    name: str
    data: bytes
    truths: list[Truth]
    expected: list[ExpectedSession]
    # (session_index, original turn index) -> label line, for translating baseline rows.
    turn_lines: dict[tuple[int, int], int]
    # Turns of duplicate_session copies: (source file, source session_index, original index, line here).
    copied_lines: list[tuple[str, int, int, int]]
    # duplicate_session copies here: (source file, source session_index, session_index here).
    copied_sessions: list[tuple[str, int, int]]


# ---------------------------------------------------------------- plan: files, styles, sessions


def build_plan(
    dialogues: list[Dialogue], rng: random.Random, *, files_per_batch: int = 12, inject: bool = True
) -> list[FilePlan]:
    """Group dialogues into files of one corpus each (1-4 sessions), pick styles, inject defects."""
    by_corpus: dict[str, list[Dialogue]] = {}
    for dialogue in dialogues:
        by_corpus.setdefault(dialogue.corpus, []).append(dialogue)
    chunks: list[tuple[str, list[Dialogue]]] = []
    for corpus, group in by_corpus.items():
        start = 0
        while start < len(group):
            # The first file always holds two sessions or more, so every session-position kind fits.
            size = 2 if not chunks and len(group) > 1 else rng.choice((1, 1, 2, 2, 3, 4))
            chunks.append((corpus, group[start : start + size]))
            start += size
    styles = [_random_style(rng, chunk) for _, chunk in chunks]
    if inject and not any(s.encoding in UTF8 for s in styles):
        # Mojibake goes into UTF-8 files only: make sure there is one, with curly apostrophes.
        largest = max(range(len(chunks)), key=lambda i: len(chunks[i][1]))
        styles[largest] = dataclasses.replace(styles[largest], encoding="utf-8", typographic=True)
    files = [
        FilePlan("", corpus, 0, style, [_session(d, style, rng) for d in chunk])
        for (corpus, chunk), style in zip(chunks, styles, strict=True)
    ]
    rng.shuffle(files)
    for number, plan in enumerate(files):
        plan.batch = number // files_per_batch
        plan.name = f"b{plan.batch:03d}/f{number:04d}_{plan.corpus}.txt"
    if inject:
        inject_defects(files, rng)
        files += _junk_files(files, rng)
    return files


def _junk_files(files: list[FilePlan], rng: random.Random) -> list[FilePlan]:
    """One unparseable file per batch: prose with no speaker label, an empty file, or binary data."""
    junk: list[FilePlan] = []
    for batch in sorted({f.batch for f in files}):
        shape = rng.randrange(3)
        if shape == 0:
            data = "\n".join(rng.sample(templates.STRAY_PROSE, 3)).encode() + b"\n"
        elif shape == 1:
            data = b""
        else:
            data = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(64)) + bytes(32)
        style = files[0].style
        junk.append(FilePlan(f"b{batch:03d}/junk{batch:03d}.txt", "junk", batch, style, [], junk=data))
    return junk


def _random_style(rng: random.Random, dialogues: list[Dialogue]) -> Style:
    encoding = rng.choices(ENCODINGS, weights=_ENCODING_WEIGHTS)[0]
    typographic = rng.random() < 0.6
    if encoding == "cp1252" and not all(
        _encodable(_typeset(text, typographic), "cp1252") for d in dialogues for _, text in d.turns
    ):
        encoding = "utf-8"
    return Style(
        therapist_label=rng.choice(THERAPIST_LABELS),
        client_label=rng.choice(CLIENT_LABELS),
        label_format=rng.choice(LABEL_FORMATS),
        separator=rng.choice(SEPARATOR_CHARS) * rng.randint(3, 12),
        encoding=encoding,
        crlf=rng.random() < 0.4,
        typographic=typographic,
        summary_share=rng.choice((0.0, 0.0, 0.5, 1.0)),
    )


def _typeset(text: str, typographic: bool) -> str:
    return text.replace("'", "\u2019") if typographic else text


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _session(dialogue: Dialogue, style: Style, rng: random.Random) -> Session:
    clean = [
        Turn(
            role,
            _typeset(text, style.typographic),
            orig=i,
            expected=_typeset(text, style.typographic),
            recoverable=True,
        )
        for i, (role, text) in enumerate(dialogue.turns)
    ]
    header = _summary_header(dialogue, rng) if rng.random() < style.summary_share else []
    return Session(dialogue, clean, [_copy(t) for t in clean], header)


def _copy(turn: Turn) -> Turn:
    return Turn(
        turn.role, turn.text, turn.orig, turn.expected, turn.recoverable, turn.unknown_label, list(turn.defects)
    )


def _summary_header(dialogue: Dialogue, rng: random.Random) -> list[str]:
    topic = dialogue.topic or "general wellbeing"
    lines = ["Session Summary:", "", "1. Main topics discussed:", f"- {topic}"]
    if rng.random() < 0.7:
        lines += ["", "2. Techniques/exercises introduced:", "- Reflective listening", "- Open questions"]
    if rng.random() < 0.5:
        lines += ["", "3. Homework assigned:", "- Keep a short daily log"]
    return lines


# ---------------------------------------------------------------- injection


Injector = Callable[["_Context", Session, FilePlan], bool]


@dataclass
class _Context:
    rng: random.Random
    files: list[FilePlan]
    therapist_pool: list[str]
    invalid_per_file: dict[str, int] = field(default_factory=dict)


# Share of sessions that get one injection of each kind (at least one of each whatever the size).
_RATES: dict[str, float] = {
    "duplicate_session": 0.05,
    "role_swap": 0.05,
    "mojibake": 0.15,
    "encoding_error": 0.15,
    "duplicate_turn": 0.2,
    "near_duplicate_turn": 0.2,
    "repetition_loop": 0.12,
    "refusal": 0.15,
    "truncated_turn": 0.12,
    "truncated_last": 0.08,
    "role_inversion": 0.15,
    "meta_inline": 0.12,
    "meta_whole": 0.1,
    "empty_turn": 0.12,
    "unknown_speaker": 0.08,
    "unparseable_line": 0.1,
    "consecutive_speaker": 0.12,
}


_CONSTRAINED = ("unparseable_line", "mojibake", "encoding_error")


def inject_defects(files: list[FilePlan], rng: random.Random) -> None:
    sessions = [(s, f) for f in files for s in f.sessions]
    pool = [t.text for s, _ in sessions for t in s.clean if t.role == "therapist" and _word_count(t.text) >= 8]
    context = _Context(rng, files, pool)
    n = len(sessions)
    targets = {op: max(1, round(rate * n)) for op, rate in _RATES.items()}
    # The kinds that fit few places go first, once each, so a small sample still gets every kind.
    for op in _CONSTRAINED:
        if _apply_somewhere(context, sessions, _INJECTORS[op], exclusive=False):
            targets[op] -= 1
    # Whole-session kinds next: they take a session for themselves.
    for op in ("duplicate_session", "role_swap"):
        for _ in range(targets[op]):
            _apply_somewhere(context, sessions, _INJECTORS[op], exclusive=True)
    turn_ops = [op for op in _RATES if op not in ("duplicate_session", "role_swap", "consecutive_speaker")]
    queue = [op for op in turn_ops for _ in range(targets[op])]
    rng.shuffle(queue)
    for op in queue:
        _apply_somewhere(context, sessions, _INJECTORS[op], exclusive=False)
    # Last: removing a turn needs its neighbours to stay adjacent, so nothing is inserted afterwards.
    for _ in range(targets["consecutive_speaker"]):
        _apply_somewhere(context, sessions, _INJECTORS["consecutive_speaker"], exclusive=False)


def _apply_somewhere(
    context: _Context, sessions: list[tuple[Session, FilePlan]], injector: Injector, *, exclusive: bool
) -> bool:
    order = list(range(len(sessions)))
    context.rng.shuffle(order)
    for index in order:
        session, plan = sessions[index]
        if session.exclusive or (exclusive and session.injected):
            continue
        if injector(context, session, plan):
            if exclusive:
                session.exclusive = True
            return True
    return False


def _word_count(text: str) -> int:
    return len(_WORDS_RE.findall(text))


def _free(session: Session, *, min_words: int = 0, role: str | None = None) -> list[int]:
    """Original turns still untouched that fit."""
    return [
        t.orig
        for t in session.turns
        if t.orig is not None
        and t.orig not in session.used
        and (role is None or t.role == role)
        and _word_count(t.text) >= min_words
    ]


def _turn(session: Session, orig: int) -> Turn:
    pos = session.position(orig)
    assert pos is not None
    return session.turns[pos]


def _mark(session: Session, kind: str, *origs: int) -> None:
    session.used.update(origs)
    session.injected.append(kind)


def _inject_mojibake(context: _Context, session: Session, plan: FilePlan) -> bool:
    if plan.style.encoding not in UTF8:
        return False
    candidates = [
        i
        for i in _free(session, min_words=4)
        if "\u2019" in _turn(session, i).text or "'" in _turn(session, i).text or "." in _turn(session, i).text
    ]
    if not candidates:
        return False
    orig = context.rng.choice(candidates)
    turn = _turn(session, orig)
    reference = turn.text.replace("'", "\u2019")
    if reference.isascii():
        head, _, tail = reference.rpartition(".")
        reference = f"{head}\u2026{tail}"
    try:
        garbled = reference.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return False
    turn.text, turn.expected = garbled, reference
    turn.defects.append("mojibake")
    _mark(session, "mojibake", orig)
    return True


def _inject_encoding_error(context: _Context, session: Session, plan: FilePlan) -> bool:
    family = plan.style.codec_family()
    errors = context.invalid_per_file.get(plan.name, 0)
    if family == "utf-8":
        # The decoder can only tell a few stray bytes in a UTF-8 file from a legacy code page when
        # the file has plenty of valid multi-byte characters: require five per invalid byte.
        non_ascii = sum(1 for s in plan.sessions for t in s.clean for ch in t.text if ord(ch) > 127)
        if non_ascii < 5 * (errors + 1):
            return False
    candidates = _free(session, min_words=4)
    if not candidates:
        return False
    orig = context.rng.choice(candidates)
    turn = _turn(session, orig)
    words = turn.text.split(" ")
    cut = context.rng.randint(1, len(words) - 1)
    code = chr(PLACEHOLDER_BASE + context.rng.randrange(len(INVALID_BYTES[family])))
    turn.text = " ".join([*words[:cut], code, *words[cut:]])
    turn.defects.append("encoding_error")
    context.invalid_per_file[plan.name] = errors + 1
    _mark(session, "encoding_error", orig)
    return True


def _insert_before(session: Session, orig: int | None, turn: Turn) -> None:
    """Insert before original turn `orig` (None: at the end)."""
    pos = len(session.turns) if orig is None else session.position(orig)
    assert pos is not None
    session.turns.insert(pos, turn)


def _repeat_target(context: _Context, session: Session, source: int) -> int | None:
    """A later original turn of the same role before which a repeat of `source` goes: dropping the
    repeat then leaves the roles alternating as before."""
    role = session.clean[source].role
    later = [t.orig for t in session.turns if t.orig is not None and t.orig > source and t.role == role]
    later = [i for i in later if i - source <= 12]
    return context.rng.choice(later) if later else None


def _inject_duplicate(context: _Context, session: Session, plan: FilePlan, *, near: bool) -> bool:
    candidates = _free(session, min_words=8 if near else 5)
    context.rng.shuffle(candidates)
    for source in candidates[:10]:
        target = _repeat_target(context, session, source)
        if target is None:
            continue
        text = _turn(session, source).text
        copy = near_variant(text, context.rng) if near else text
        if copy is None:
            continue
        kind = "near_duplicate_turn" if near else "duplicate_turn"
        _insert_before(session, target, Turn(session.clean[source].role, copy, defects=[kind], note=f"of {source}"))
        _mark(session, kind, source)
        return True
    return False


def near_variant(text: str, rng: random.Random) -> str | None:
    """`text` changed by case, punctuation, quotes or one or two words (whitespace only on top of
    another change: a whitespace-only difference is an exact duplicate)."""
    changes: list[Callable[[str, random.Random], str]] = [_lower_or_upper, _punctuation, _swap_words]
    if any(q in text for q in "'\u2019\"\u201c\u201d"):
        changes.append(_flip_quotes)
    for _ in range(5):
        variant = text
        for change in rng.sample(changes, rng.choice((1, 1, 2))):
            variant = change(variant, rng)
        if rng.random() < 0.3:
            variant = variant.replace(" ", "  ", 1) + " "
        if _squash(variant) != _squash(text):
            return variant
    return None


def _lower_or_upper(text: str, rng: random.Random) -> str:
    return text.lower() if text != text.lower() else text[:1].upper() + text[1:]


def _punctuation(text: str, rng: random.Random) -> str:
    # Only punctuation before a space or the end: `anything...but` keeps its words apart.
    stripped = re.sub(r"[,.!?;]+(?=\s|$)", "", text)
    return stripped if stripped != text else text + "."


def _flip_quotes(text: str, rng: random.Random) -> str:
    if "\u2019" in text or "\u201c" in text:
        return text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return text.replace("'", "\u2019")


def _swap_words(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(rng.choice((1, 2))):
        at = rng.randrange(len(words))
        if rng.random() < 0.5 and len(words) > 6:
            del words[at]
        else:
            words.insert(at, rng.choice(templates.SWAP_WORDS))
    return " ".join(words)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _inject_loop(context: _Context, session: Session, plan: FilePlan) -> bool:
    size = context.rng.choice((1, 2, 2, 3))
    times = context.rng.randint(3, 6)
    free = set(_free(session, min_words=5))
    n = len(session.clean)
    starts = [i for i in sorted(free) if all(j in free for j in range(i, i + size)) and i + size < n]
    # The block must sit together in the current list (nothing injected between its turns).
    starts = [i for i in starts if _contiguous(session, range(i, i + size))]
    if not starts:
        return False
    start = context.rng.choice(starts)
    block = list(range(start, start + size))
    after = session.position(block[-1])
    assert after is not None
    copies: list[Turn] = []
    seen: dict[int, set[str]] = {i: {_squash(session.clean[i].text)} for i in block}
    for _ in range(times - 1):
        for i in block:
            text = _turn(session, i).text
            variant = near_variant(text, context.rng) if _word_count(text) >= 8 and context.rng.random() < 0.3 else None
            if variant is not None and _squash(variant) not in seen[i]:
                seen[i].add(_squash(variant))
                copies.append(
                    Turn(session.clean[i].role, variant, defects=["near_duplicate_turn"], note=f"loop of {i}")
                )
            else:
                copies.append(Turn(session.clean[i].role, text, defects=["duplicate_turn"], note=f"loop of {i}"))
    session.turns[after + 1 : after + 1] = copies
    _turn(session, start).defects.append("repetition_loop")
    _mark(session, "repetition_loop", *block)
    return True


def _contiguous(session: Session, origs: range) -> bool:
    positions = [session.position(i) for i in origs]
    return all(p is not None for p in positions) and all(
        b == a + 1 for a, b in itertools.pairwise(positions) if a is not None and b is not None
    )


def _replace(context: _Context, session: Session, kind: str, role: str, text: str) -> bool:
    candidates = _free(session, role=role)
    if not candidates:
        return False
    orig = context.rng.choice(candidates)
    turn = _turn(session, orig)
    turn.text = text
    turn.expected, turn.recoverable = turn.text, False
    turn.defects.append(kind)
    _mark(session, kind, orig)
    return True


def _inject_refusal(context: _Context, session: Session, plan: FilePlan) -> bool:
    taken = {_squash(t.text) for t in session.turns}
    for _ in range(20):
        text = _typeset(templates.refusal(context.rng), plan.style.typographic)
        if _squash(text) not in taken:
            return _replace(context, session, "refusal", "therapist", text)
    return False


# A generator's words as a paragraph of their own under a turn ("...see you next week.\n\n[End of transcript]"): no part
# of the turn, so the truth is at the artefact's own line, the turn's last.
OWN_LINE_ARTEFACT = "artefact on a line of its own under the turn (cut out)"
# Of the role inversions and the cuts, this share is made the other common way: a client turn given the counsellor's
# label between two of the counsellor's (a labelling slip), a turn cut inside a word (a cap on characters).
SLIP_SHARE = 1 / 3


def _inject_role_inversion(context: _Context, session: Session, plan: FilePlan) -> bool:
    if context.rng.random() < SLIP_SHARE and _flip_label(context, session):
        return True
    own = {_squash(t.text) for t in session.clean}
    for _ in range(20):
        text = _typeset(context.rng.choice(context.therapist_pool).replace("\u2019", "'"), plan.style.typographic)
        if _squash(text) not in own and _encodable(text, plan.style.encoding):
            return _replace(context, session, "role_inversion", "client", text)
    return False


def _flip_label(context: _Context, session: Session) -> bool:
    """A client turn of 8+ words, between two of the counsellor's, given the counsellor's label; its words unchanged."""
    places = [
        pos
        for pos in range(1, len(session.turns) - 1)
        if (turn := session.turns[pos]).orig is not None
        and turn.role == "client"
        and turn.orig not in session.used
        and _word_count(turn.text) >= 8
        and session.turns[pos - 1].role == session.turns[pos + 1].role == "therapist"
        and session.turns[pos - 1].unknown_label is None
        and session.turns[pos + 1].unknown_label is None
    ]
    if not places:
        return False
    pos = context.rng.choice(places)
    turn, after = session.turns[pos], session.turns[pos + 1]
    assert turn.orig is not None
    turn.role = "therapist"
    turn.expected, turn.recoverable = turn.text, True
    turn.note = "label flipped"
    # The counsellor now speaks three times running: the flipped turn and the one after it follow the same role.
    turn.defects.extend(["role_inversion", "consecutive_speaker"])
    after.defects.append("consecutive_speaker")
    _mark(session, "role_inversion", turn.orig, *([after.orig] if after.orig is not None else []))
    return True


def _cut_inside_a_word(context: _Context, session: Session) -> bool:
    """A turn of 20+ words cut between two letters of a word, 35-80% of its characters kept."""
    candidates = _free(session, min_words=20)
    context.rng.shuffle(candidates)
    for orig in candidates:
        turn = _turn(session, orig)
        text = turn.text
        cuts = [
            p
            for p in range(int(0.35 * len(text)), int(0.8 * len(text)))
            if text[p - 2 : p + 1].isalpha() and text[p - 2 : p + 1].isascii()
        ]
        if cuts:
            turn.text = text[: context.rng.choice(cuts)]
            turn.expected, turn.recoverable = turn.text, False
            turn.defects.append("truncated_turn")
            _mark(session, "truncated_turn", orig)
            return True
    return False


def _inject_truncated(context: _Context, session: Session, plan: FilePlan) -> bool:
    if context.rng.random() < SLIP_SHARE and _cut_inside_a_word(context, session):
        return True
    candidates = _free(session, min_words=20)
    context.rng.shuffle(candidates)
    for orig in candidates:
        turn = _turn(session, orig)
        words = turn.text.split(" ")
        cuts = [
            p
            for p in range(int(0.35 * len(words)), int(0.8 * len(words)))
            if words[p - 1].lower() in templates.DANGLING and not _ENDS_CLAUSE.search(words[p - 1])
        ]
        if cuts:
            turn.text = " ".join(words[: context.rng.choice(cuts)])
            turn.expected, turn.recoverable = turn.text, False
            turn.defects.append("truncated_turn")
            _mark(session, "truncated_turn", orig)
            return True
    return False


def _inject_truncated_last(context: _Context, session: Session, plan: FilePlan) -> bool:
    last = len(session.clean) - 1
    if session.end_reserved or last in session.used or session.turns[-1].orig != last:
        return False
    words = session.turns[-1].text.split(" ")
    cuts = [
        p for p in range(max(2, int(0.4 * len(words))), int(0.85 * len(words))) if not _ENDS_CLAUSE.search(words[p - 1])
    ]
    if len(words) < 8 or not cuts:
        return False
    turn = session.turns[-1]
    turn.text = " ".join(words[: context.rng.choice(cuts)])
    turn.expected, turn.recoverable = turn.text, False
    turn.defects.append("truncated_turn")
    turn.note = "last turn of the session"
    session.end_reserved = True
    _mark(session, "truncated_turn", last)
    return True


def _inject_meta_inline(context: _Context, session: Session, plan: FilePlan) -> bool:
    candidates = _free(session, min_words=3)
    if not candidates:
        return False
    orig = context.rng.choice(candidates)
    turn = _turn(session, orig)
    rng = context.rng
    shape = rng.randrange(4)
    prefix = _typeset(rng.choice(templates.META_PREFIXES), plan.style.typographic)
    suffix = _typeset(rng.choice(templates.META_SUFFIXES), plan.style.typographic)
    if shape == 0:
        turn.text = f"{prefix} {turn.text}"
    elif shape == 1:
        turn.text = f"{turn.text} {suffix}"
    elif shape == 2:
        turn.text = f"{turn.text}\n\n{suffix}"
        turn.note = OWN_LINE_ARTEFACT
    else:
        multiline = rng.random() < 0.6
        turn.text = f"{templates.think_block(rng, multiline)}{chr(10) * 2 if multiline else ' '}{turn.text}"
    turn.defects.append("meta_text")
    turn.note = turn.note or "artefact inside the turn (repaired)"
    _mark(session, "meta_text", orig)
    return True


def _inject_meta_whole(context: _Context, session: Session, plan: FilePlan) -> bool:
    rng = context.rng
    taken = {_squash(t.text) for t in session.turns}
    options = [t for t in templates.META_WHOLE_TURNS if _squash(t) not in taken]
    if rng.random() < 0.25:
        options = [templates.think_block(rng, rng.random() < 0.5)]
    if not options:
        return False
    text = _typeset(rng.choice(options), plan.style.typographic)
    at_end = not session.end_reserved and rng.random() < 0.3
    if at_end:
        role = "client" if session.turns[-1].role == "therapist" else "therapist"
        _insert_before(session, None, Turn(role, text, defects=["meta_text"], note="whole turn at the end (dropped)"))
    else:
        target = rng.choice([t.orig for t in session.turns if t.orig is not None])
        role = session.clean[target].role
        _insert_before(session, target, Turn(role, text, defects=["meta_text"], note="whole turn (dropped)"))
    session.injected.append("meta_text")
    return True


def _inject_empty(context: _Context, session: Session, plan: FilePlan) -> bool:
    target = context.rng.choice([t.orig for t in session.turns if t.orig is not None])
    blank = context.rng.choice(("", "", " "))
    _insert_before(session, target, Turn(session.clean[target].role, blank, defects=["empty_turn"]))
    session.injected.append("empty_turn")
    return True


def _inject_unknown(context: _Context, session: Session, plan: FilePlan) -> bool:
    if any(t.unknown_label for t in session.turns):
        return False
    origs = (
        sorted(context.rng.sample([t.orig for t in session.turns if t.orig is not None and t.orig > 0], 2))
        if len(session.clean) > 3
        else []
    )
    if not origs:
        return False
    label = context.rng.choice(templates.UNKNOWN_LABELS)
    texts = [_typeset(t, plan.style.typographic) for t in context.rng.sample(templates.NARRATION, 2)]
    for orig, text in zip(origs, texts, strict=True):
        turn = Turn("unknown", text, expected=text, unknown_label=label, defects=["unknown_speaker"])
        _insert_before(session, orig, turn)
    session.injected.append("unknown_speaker")
    return True


def _inject_unparseable(context: _Context, session: Session, plan: FilePlan) -> bool:
    if session.prose is not None or plan.sessions.index(session) == 0:
        return False
    # Only a session without a summary header: there, stray prose cannot be a header line.
    session.header = []
    session.prose = _typeset(context.rng.choice(templates.STRAY_PROSE), plan.style.typographic)
    session.injected.append("unparseable_line")
    return True


def _inject_consecutive(context: _Context, session: Session, plan: FilePlan) -> bool:
    turns = session.turns
    candidates: list[int] = []
    for pos in range(1, len(turns) - 1):
        before, this, after = turns[pos - 1], turns[pos], turns[pos + 1]
        origs = (before.orig, this.orig, after.orig)
        if any(o is None or o in session.used for o in origs) or after.defects or before.defects:
            continue
        if before.role == after.role != this.role and this.role != "unknown":
            candidates.append(pos)
    if not candidates:
        return False
    pos = context.rng.choice(candidates)
    removed, before, after = turns.pop(pos), turns[pos - 1], turns[pos]
    after.defects.append("consecutive_speaker")
    assert removed.orig is not None and before.orig is not None and after.orig is not None
    _mark(session, "consecutive_speaker", removed.orig, before.orig, after.orig)
    return True


def _inject_role_swap(context: _Context, session: Session, plan: FilePlan) -> bool:
    swap = {"therapist": "client", "client": "therapist"}
    for turn in session.turns:
        turn.role = swap[turn.role]
    session.session_defects.append("role_inversion")
    session.injected.append("role_inversion")
    return True


def _inject_duplicate_session(context: _Context, session: Session, plan: FilePlan) -> bool:
    batch = [f for f in context.files if f.batch == plan.batch and f.name >= plan.name]
    targets = [f for f in batch if all(_encodable(t.text, f.style.encoding) for t in session.clean)]
    if not targets:
        return False
    target = context.rng.choice(targets)
    copy = Session(session.dialogue, [], [_copy(t) for t in session.clean], list(session.header))
    copy.copy_of = (plan.name, plan.sessions.index(session))
    for turn in copy.turns:
        turn.expected, turn.recoverable = None, False
    copy.session_defects.append("duplicate_session")
    target.copies.append(copy)
    session.injected.append("duplicate_session (source)")
    return True


_INJECTORS: dict[str, Injector] = {
    "duplicate_session": _inject_duplicate_session,
    "role_swap": _inject_role_swap,
    "mojibake": _inject_mojibake,
    "encoding_error": _inject_encoding_error,
    "duplicate_turn": lambda c, s, p: _inject_duplicate(c, s, p, near=False),
    "near_duplicate_turn": lambda c, s, p: _inject_duplicate(c, s, p, near=True),
    "repetition_loop": _inject_loop,
    "refusal": _inject_refusal,
    "truncated_turn": _inject_truncated,
    "truncated_last": _inject_truncated_last,
    "role_inversion": _inject_role_inversion,
    "meta_inline": _inject_meta_inline,
    "meta_whole": _inject_meta_whole,
    "empty_turn": _inject_empty,
    "unknown_speaker": _inject_unknown,
    "unparseable_line": _inject_unparseable,
    "consecutive_speaker": _inject_consecutive,
}


# ---------------------------------------------------------------- rendering


def render(plan: FilePlan, *, corrupted: bool) -> Rendered:
    if plan.junk is not None:
        return Rendered(plan.name, plan.junk, [Truth(plan.name, -1, None, "unparseable_file")], [], {}, [], [])
    style = plan.style
    lines: list[str] = []
    truths: list[Truth] = []
    expected: list[ExpectedSession] = []
    turn_lines: dict[tuple[int, int], int] = {}
    copied_lines: list[tuple[str, int, int, int]] = []
    copied_sessions: list[tuple[str, int, int]] = []
    sessions = plan.sessions + plan.copies if corrupted else plan.sessions
    for index, session in enumerate(sessions):
        if index > 0:
            lines += [style.separator, ""]
        if session.header:
            lines += [*session.header, ""]
        if corrupted and session.prose is not None:
            lines += [session.prose, ""]
            truths.append(Truth(plan.name, index, len(lines) - 1, "unparseable_line"))
        if corrupted:
            truths += [Truth(plan.name, index, None, kind) for kind in session.session_defects]
        if session.copy_of is not None:
            copied_sessions.append((*session.copy_of, index))
        turns = session.turns if corrupted else session.clean
        kept: list[tuple[str, bool]] = []
        for turn in turns:
            line_no = len(lines) + 1
            first, *rest = turn.text.split("\n")
            lines.append(
                f"{style.label(turn.role, turn.unknown_label)} {first}".rstrip(" ") + (" " if first == " " else "")
            )
            lines += [*rest, ""]
            if turn.orig is not None and session.copy_of is not None:
                copied_lines.append((*session.copy_of, turn.orig, line_no))
            elif turn.orig is not None:
                turn_lines[(index, turn.orig)] = line_no
            truths += [
                Truth(plan.name, index, line_no + (len(rest) if turn.note == OWN_LINE_ARTEFACT else 0), kind, turn.note)
                for kind in turn.defects
            ]
            if turn.expected is not None:
                kept.append((turn.expected, turn.recoverable))
        drops = sum(1 for t in turns if t.expected is None)
        expected.append(ExpectedSession(plan.name, index, plan.corpus, tuple(kept), drops))
    text = "\n".join(lines) + "\n"
    if style.crlf:
        text = text.replace("\n", "\r\n")
    return Rendered(plan.name, encode(text, style), truths, expected, turn_lines, copied_lines, copied_sessions)


def encode(text: str, style: Style) -> bytes:
    """Encode `text`, writing the bytes each placeholder stands for (invalid in this encoding)."""
    family = style.codec_family()
    body_codec = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}.get(style.encoding, style.encoding)
    parts = _PLACEHOLDER.split(text)
    codes = _PLACEHOLDER.findall(text)
    out = bytearray()
    if style.encoding == "utf-8-sig":
        out += b"\xef\xbb\xbf"
    elif style.encoding == "utf-16":
        out += b"\xff\xfe"
    for number, part in enumerate(parts):
        out += part.encode(body_codec)
        if number < len(codes):
            out += INVALID_BYTES[family][ord(codes[number]) - PLACEHOLDER_BASE]
    return bytes(out)


def decoding_codec(style: Style) -> str:
    """The codec that reads a written file back (BOMs included)."""
    return {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-16-le": "utf-16-le"}.get(
        style.encoding, "cp1252"
    )


def write_files(plans: list[FilePlan], root: Path, *, corrupted: bool) -> list[Rendered]:
    rendered: list[Rendered] = []
    for plan in plans:
        if plan.junk is not None and not corrupted:
            continue
        result = render(plan, corrupted=corrupted)
        path = root / result.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(result.data)
        rendered.append(result)
    return rendered
