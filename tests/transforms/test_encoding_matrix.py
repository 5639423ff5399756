"""The same small transcript in every encoding, line ending and compression loads to identical turns."""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

import polars as pl
import pytest

from flows.batch import process_batch

# Curly quotes and dashes exist in Windows-1252 only, so Latin-1 gets its own transcript.
WESTERN_1252 = (
    "Therapist: How was the caf\u00e9 on Friday?\n"
    "Client: Quiet \u2014 I sat by the window and didn\u2019t talk to anyone.\n"
    "Therapist: You called it \u201csafe\u201d last time. What made it feel that way?\n"
    "Client: Nobody expects anything from me there. I pay \u00a33 for a coffee and that\u2019s it.\n"
)
WESTERN_LATIN1 = (
    "Therapist: How was the caf\u00e9 in M\u00fcnchen?\n"
    "Client: Quiet. I sat by the window, ordered a cr\u00eape and didn't talk to anyone.\n"
    "Therapist: You said it felt safe there. What made it feel that way?\n"
    "Client: Nobody expects anything from me. I pay \u00a33 for a coffee and that's it. \u00bfY qu\u00e9?\n"
)
CHINESE = (
    "来访者\uff1a我最近总是失眠\uff0c晚上睡不着\uff0c白天也没有精神。\n"
    "心理咨询师\uff1a听起来你很疲惫。能说说失眠大概从什么时候开始的吗\uff1f\n"
    "来访者\uff1a大概一个月前\uff0c换了新工作以后。\n"
    "心理咨询师\uff1a新工作给你带来了哪些压力呢\uff1f\n"
)


def _utf16(codec: str) -> tuple[str, object]:
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    return (f"{codec}-bom", lambda text: bom + text.encode(codec))


ENCODERS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-16-le": lambda text: text.encode("utf-16-le"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "cp1252": lambda text: text.encode("cp1252"),
    "latin-1": lambda text: text.encode("latin-1"),
    "gb18030": lambda text: text.encode("gb18030"),
    "gbk": lambda text: text.encode("gbk"),
}
CASES = [
    *[("western-1252", WESTERN_1252, e) for e in ("utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le",
                                                 "utf-16-be", "cp1252")],
    *[("western-latin1", WESTERN_LATIN1, e) for e in ("utf-8", "latin-1")],
    *[("chinese", CHINESE, e) for e in ("utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "gb18030", "gbk")],
]  # fmt: skip
LINE_ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def _write_variants(folder: Path, text: str, encoding: str) -> list[Path]:
    paths: list[Path] = []
    for ending_name, ending in LINE_ENDINGS.items():
        for stray_nul in (False, True):
            body = text.replace("\n", ending)
            if stray_nul:
                # A NUL after the first line and a stray escape character inside the second.
                first, rest = body.split(ending, 1)
                body = first + "\x00" + ending + rest[:3] + "\x1b" + rest[3:]
            raw = ENCODERS[encoding](body)
            for gzipped in (False, True):
                name = f"{encoding}-{ending_name}{'-nul' if stray_nul else ''}.txt{'.gz' if gzipped else ''}"
                path = folder / name
                path.write_bytes(gzip.compress(raw) if gzipped else raw)
                paths.append(path)
    return paths


@pytest.mark.parametrize(("name", "text", "encoding"), CASES, ids=[f"{n}-{e}" for n, _, e in CASES])
def test_every_variant_loads_to_identical_turns(tmp_path: Path, name: str, text: str, encoding: str) -> None:
    paths = _write_variants(tmp_path, text, encoding)
    batch = process_batch([str(p) for p in paths], {})

    assert batch.sources.filter(pl.col("status") != "loaded").height == 0
    expected = [line.split("\uff1a" if name == "chinese" else ":", 1)[1].strip() for line in text.splitlines()]
    # Same content in every file: the first keeps its turns, every later copy is a duplicate session
    # whose turns (as decoded) are kept in the defect's excerpt.
    by_file = batch.turns.group_by("source_id", maintain_order=True).agg(pl.col("text"))
    assert by_file.height == 1
    assert by_file.get_column("text").to_list() == [expected]
    copies = batch.defects.filter(pl.col("defect_type") == "duplicate_session")
    assert copies.height == len(paths) - 1
    for excerpt in copies.get_column("excerpt").to_list():
        assert [turn["text"] for turn in json.loads(excerpt)] == expected
    encodings = dict(batch.sources.select("path", "encoding").iter_rows())
    for path in paths:
        assert encodings[str(path)].startswith("gzip+") == path.name.endswith(".gz")
    # Stripped control characters are counted, one info defect per file that had them.
    controls = batch.defects.filter(pl.col("defect_type") == "control_characters")
    assert controls.height == sum(1 for p in paths if "-nul" in p.name)
    assert set(controls.get_column("detail")) == {"2 NUL or other control characters removed while decoding"}


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_mojibake_inside_an_otherwise_correct_file_is_repaired(tmp_path: Path, gzipped: bool) -> None:
    second = WESTERN_1252.split("\n")[1]
    broken = second.encode("utf-8").decode("cp1252")  # UTF-8 bytes read as Windows-1252, then saved as UTF-8
    raw = WESTERN_1252.replace(second, broken).encode("utf-8")
    path = tmp_path / ("mixed.txt.gz" if gzipped else "mixed.txt")
    path.write_bytes(gzip.compress(raw) if gzipped else raw)

    batch = process_batch([str(path)], {})

    expected = [line.split(":", 1)[1].strip() for line in WESTERN_1252.splitlines()]
    assert batch.turns.get_column("text").to_list() == expected
    repaired = batch.defects.filter(pl.col("defect_type") == "mojibake")
    assert repaired.select("source_line").rows() == [(2,)]
