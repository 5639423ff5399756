"""Generated bad files: every kind of garbage a transcript folder may hold (tests/test_hostile.py and
benchmarks/soak.py). Seeded, so a failing file can be made again; nothing here is corpus text."""

from __future__ import annotations

import codecs
import gzip
import json
import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

_TURNS = "Therapist: How has the week been?\n\nClient: Long, but I slept a little better.\n"


def _random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(1, 600))


def _truncated_utf16(rng: random.Random) -> bytes:
    data = codecs.BOM_UTF16_LE + _TURNS.encode("utf-16-le")
    return data[: rng.randrange(1, len(data), 2)]  # an odd length: the last code unit is cut in half


def _nul_filled(rng: random.Random) -> bytes:
    return b"\x00" * rng.randint(1, 2000)


def _png(rng: random.Random) -> bytes:
    body = rng.randbytes(rng.randint(20, 400))
    chunk = struct.pack(">I", len(body)) + b"IDAT" + body + struct.pack(">I", zlib.crc32(b"IDAT" + body))
    return b"\x89PNG\r\n\x1a\n" + chunk


def _jpeg(rng: random.Random) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(rng.randint(20, 400)) + b"\xff\xd9"


def _invalid_json(rng: random.Random) -> bytes:
    good = json.dumps([{"role": "user", "content": "hello"}, {"role": "assistant", "content": "hi"}])
    return good[: rng.randint(1, len(good) - 1)].encode()


def _nested_json(rng: random.Random) -> bytes:
    depth = rng.randint(1_000, 50_000)
    return (
        ("[" * depth + "]" * depth).encode() if rng.random() < 0.5 else ('{"a":' * depth + "1" + "}" * depth).encode()
    )


def _wrong_json(rng: random.Random) -> bytes:
    shapes: list[object] = [{"x": 1}, [1, 2, 3], "text", None, [{"role": 5, "content": []}], {"messages": "none"}]
    return json.dumps(rng.choice(shapes)).encode()


def _ragged_csv(rng: random.Random) -> bytes:
    rows = ["speaker,text"] + [",".join(["x"] * rng.randint(0, 6)) for _ in range(rng.randint(1, 20))]
    # At least one row longer than the header, so the table is ragged whatever the draw gave.
    rows.insert(rng.randint(1, len(rows)), ",".join(["y"] * rng.randint(3, 8)))
    if rng.random() < 0.5:
        rows.append('therapist,"an unclosed quote')
    return "\n".join(rows).encode()


def _empty(rng: random.Random) -> bytes:
    return b""


def _whitespace(rng: random.Random) -> bytes:
    return rng.choice([b" ", b"\n\n\n", b"\t \r\n", b"\xef\xbb\xbf"]) * rng.randint(1, 50)


def _corrupt_gzip(rng: random.Random) -> bytes:
    data = gzip.compress(_TURNS.encode())
    return data[: rng.randint(2, len(data) - 1)]


def _prose(rng: random.Random) -> bytes:
    return b"No speakers here, only a note: call back on Tuesday.\n" * rng.randint(1, 5)


def _control_noise(rng: random.Random) -> bytes:
    return bytes(rng.choice(b"\x01\x02\x03\x1b\x7f abc") for _ in range(rng.randint(10, 300)))


# name -> (generator, whether the file must be quarantined; others may load what they can)
KINDS: dict[str, tuple[Callable[[random.Random], bytes], bool]] = {
    "random_bytes": (_random_bytes, False),
    "truncated_utf16": (_truncated_utf16, False),
    "nul_filled": (_nul_filled, True),
    "png": (_png, True),
    "jpeg": (_jpeg, True),
    "invalid_json": (_invalid_json, True),
    "nested_json": (_nested_json, True),
    "wrong_json": (_wrong_json, True),
    "ragged_csv": (_ragged_csv, True),
    "empty": (_empty, True),
    "whitespace": (_whitespace, True),
    "corrupt_gzip": (_corrupt_gzip, True),
    "prose": (_prose, True),
    "control_noise": (_control_noise, True),
}


def make_bad_files(folder: Path, count: int, seed: int = 0) -> dict[str, str]:
    """count bad files (every kind in turn) in subfolders of folder; returns {path: kind}."""
    rng = random.Random(seed)
    names = list(KINDS)
    made: dict[str, str] = {}
    for number in range(count):
        kind = names[number % len(names)]
        sub = folder / f"bad{number // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{kind}_{number:06d}.txt"
        path.write_bytes(KINDS[kind][0](rng))
        made[str(path)] = kind
    return made
