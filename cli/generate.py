"""`transcripts generate --out DIR --size 500MB --seed N`: write a realistic raw corpus for demos and load tests."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.errors import EXIT_OK, UserError
from synth.generate import generate_corpus, parse_size


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_parser(commands: Any) -> None:
    generate = commands.add_parser(
        "generate",
        help="write a synthetic corpus of transcript files (every input format, realistic defects) to DIR",
    )
    generate.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into")
    generate.add_argument("--size", type=_size, default=parse_size("100MB"), help="total size, e.g. 500MB, 2GB")
    generate.add_argument("--seed", type=int, default=0, help="same seed, same corpus (default 0)")
    generate.add_argument(
        "--first-file", type=int, default=0, metavar="N",
        help="number files from N, to add new files beside an earlier corpus",
    )  # fmt: skip
    generate.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    generate.set_defaults(run=_generate)


def _generate(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file; pass a folder to write the corpus into")
    if args.first_file < 0:
        raise UserError("--first-file must be 0 or more")
    try:
        stats = generate_corpus(out, args.size, args.seed, first_file=args.first_file)
    except OSError as error:
        raise UserError(f"cannot write to {out}: {error.strerror or error}") from None
    formats = " · ".join(f"{name} {n:,}" for name, n in stats.by_format.items())
    print(
        f"wrote {stats.files:,} files ({stats.bytes / 1e6:.1f} MB) to {out} in {stats.seconds:.1f} s "
        f"({stats.bytes / 1e6 / max(stats.seconds, 1e-9):.0f} MB/s)\n"
        f"  sessions {stats.sessions:,} · turns {stats.turns:,}\n"
        f"  formats  {formats}",
        file=sys.stdout,
    )
    return EXIT_OK
