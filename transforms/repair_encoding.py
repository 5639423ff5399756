"""Repair mojibake in a text column, running ftfy only where a vectorised test finds a suspect.

UTF-8 read as Windows-1252 or Latin-1 turns every multi-byte character into a lead character
(U+00C2..U+00F4: `Â`, `Ã`, `â`...) followed by a continuation character (U+0080..U+00BF or one
of the Windows-1252 specials such as `€`, `™`, `”`). That pair almost never occurs in clean
text, so matching it is a cheap, high-recall filter (with the pairs UTF-8 leaves when read as Mac Roman);
ftfy then decides, and a line it leaves unchanged is not a defect.
"""

from __future__ import annotations

import codecs
import re

import ftfy
import polars as pl

from transforms.defect_rows import turn_defects

_CP1252_SPECIALS = (
    r"\x{0152}\x{0153}\x{0160}\x{0161}\x{0178}\x{017D}\x{017E}\x{0192}\x{02C6}\x{02DC}"
    r"\x{2013}\x{2014}\x{2018}-\x{201E}\x{2020}-\x{2022}\x{2026}\x{2030}\x{2039}\x{203A}\x{20AC}\x{2122}"
)
# UTF-8 read as Mac Roman: curly quotes and dashes (E2 80 xx) become U+201A U+00C4 plus one character, Latin
# letters (C3 xx) U+221A plus a Mac Roman continuation character.
_MAC_ROMAN = r"\x{201A}\x{00C4}|\x{221A}[\x{00A0}-\x{00FF}\x{0152}\x{0153}\x{2020}-\x{2265}\x{03A9}\x{03C0}]"
# UTF-8 Japanese or Chinese read as Shift-JIS (cp932) or GBK: each three-byte character becomes a rare ideograph
# for its first two bytes (`縺` for hiragana, `繝` for katakana, `縲` for 、and 。 read as Shift-JIS; `銇`, `銈`, `锛`,
# `銆`, `鐨`, `浠`, `涓`, `鎴`... read as GBK: the leads of the commonest characters, none of them common in clean
# text) and a half-width or odd character for the third. Three of them close together.
_CJK_LEADS = "縺繧繝縲銇銈銉锛銆鐨鏄浣浠涓鎴鏈涔杩鎬浜鎯鐭閬鍙閲鍦鍚"
_MIN_CJK_LEADS = 3
_CJK_MOJIBAKE = rf"(?:[{_CJK_LEADS}][^{_CJK_LEADS}]{{0,3}}){{{_MIN_CJK_LEADS}}}"
_CJK_CODECS = ("cp932", "gbk")
# UTF-8 Russian or Ukrainian read as Windows-1251: each letter becomes Cyrillic ER or ES (bytes D0, D1) and the
# character Windows-1251 has for its second byte (80-BF: a Cyrillic letter of another language, a curly quote, a
# dash, a symbol), so "my" (three letters) becomes six characters. Three such pairs close together, which Russian
# text never has.
_CP1251_SECOND_BYTES = "".join(bytes([b]).decode("cp1251", errors="ignore") for b in range(0x80, 0xC0))
_CYRILLIC_MOJIBAKE = (
    "(?:[\u0420\u0421][" + "".join(f"\\x{{{ord(c):04X}}}" for c in _CP1251_SECOND_BYTES) + "][^\u0420\u0421]{0,3}){3}"
)
# Russian text in one Cyrillic code page read in the other (Windows-1251 bytes as KOI8-R, or the reverse): the two
# pages put capitals and small letters in each other's places, so the text comes out in capitals (with the odd
# small letter where a capital was), the words scrambled. Five capitalised words in a row; fix_mojibake then keeps
# a reading only if it has Russian's commonest words, at least twice the text's (a shouted message stays as it is).
_CYRILLIC_CASE_SWAP = r"(?:[\u0430-\u044f\u0451]?[\u0410-\u042f\u0401]+[\s,.!?:;\-]+){5}"
# Russian's commonest words of two letters or more (not, what, on, how, this, so, he, she, we, you, but, yes, by,
# behind, from, out of, me, his, all, was, when, about, to you, if, already, only, would, whether, no, is, very,
# there, here): a one-letter word is what a swapped page makes of others.
_COMMON_RUSSIAN = re.compile(
    "(?i)(?<![\u0400-\u04ff])(?:"
    + "|".join(
        [
            "\u043d\u0435",
            "\u0447\u0442\u043e",
            "\u043d\u0430",
            "\u043a\u0430\u043a",
            "\u044d\u0442\u043e",
            "\u0442\u0430\u043a",
            "\u043e\u043d",
            "\u043e\u043d\u0430",
            "\u043c\u044b",
            "\u0432\u044b",
            "\u043d\u043e",
            "\u0434\u0430",
            "\u043f\u043e",
            "\u0437\u0430",
            "\u043e\u0442",
            "\u0438\u0437",
            "\u043c\u043d\u0435",
            "\u043c\u0435\u043d\u044f",
            "\u0435\u0433\u043e",
            "\u0432\u0441\u0435",
            "\u0432\u0441\u0451",
            "\u0431\u044b\u043b",
            "\u0431\u044b\u043b\u0430",
            "\u0431\u044b\u043b\u043e",
            "\u043a\u043e\u0433\u0434\u0430",
            "\u043f\u0440\u043e",
            "\u0442\u0435\u0431\u0435",
            "\u0435\u0441\u043b\u0438",
            "\u0443\u0436\u0435",
            "\u0442\u043e\u043b\u044c\u043a\u043e",
            "\u0442\u044b",
            "\u0431\u044b",
            "\u0436\u0435",
            "\u043b\u0438",
            "\u043d\u0435\u0442",
            "\u0435\u0441\u0442\u044c",
            "\u043e\u0447\u0435\u043d\u044c",
            "\u0442\u0430\u043c",
            "\u0442\u0443\u0442",
        ]
    )
    + ")(?![\u0400-\u04ff])"
)
_CYRILLIC_PAGES = (("cp1251", "koi8_r"), ("koi8_r", "cp1251"))
_MIN_COMMON_RUSSIAN = 3
# Two U+FFFD in UTF-8 (EF BF BD EF BF BD) read as GBK: what a Chinese pipeline's lost bytes look like one step on.
# Read back, they are the two replacement characters they were.
_GBK_REPLACEMENTS = "\u951f\u65a4\u62f7"
MOJIBAKE_SUSPECT = (
    rf"[\x{{00C2}}-\x{{00F4}}][\x{{0080}}-\x{{00BF}}{_CP1252_SPECIALS}]|{_MAC_ROMAN}|{_CJK_MOJIBAKE}"
    rf"|{_CYRILLIC_MOJIBAKE}|{_CYRILLIC_CASE_SWAP}|{_GBK_REPLACEMENTS}"
)
REPLACEMENT_CHAR = "\ufffd"
TEXT = "text"


def fix_mojibake(text: str) -> str:
    if _GBK_REPLACEMENTS in text:
        text = text.replace(_GBK_REPLACEMENTS, REPLACEMENT_CHAR * 2)
    # fix_encoding only undoes codec mix-ups; fix_text would also uncurl quotes and
    # change other characters the author meant.
    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        fixed = _strict_round_trip(text)
    # (ftfy may have touched a CJK mojibake too: Shift-JIS reads byte 0x80 as U+0080, which it takes for cp1252's €.)
    if _lead_count(fixed) >= _MIN_CJK_LEADS:
        return _fix_cjk(fixed)
    return _fix_cyrillic_pages(fixed) if fixed == text else fixed


def _fix_cyrillic_pages(text: str) -> str:
    """Russian read in the other Cyrillic code page, undone when the round trip gives Russian's common words to a
    text that had few (`\u0446\u042e\u041a\u0425\u041c\u042e` back to its name)."""
    before = len(_COMMON_RUSSIAN.findall(text))
    for written_in, read_as in _CYRILLIC_PAGES:
        try:
            candidate = text.encode(read_as).decode(written_in)
        except UnicodeError:
            continue
        after = len(_COMMON_RUSSIAN.findall(candidate))
        if after >= _MIN_COMMON_RUSSIAN and after >= 2 * before:
            return candidate
    return text


def _strict_round_trip(text: str) -> str:
    """What ftfy's scoring passes over when a line holds only a few mojibake pairs (`siÄ™ teĹĽ`, UTF-8 read as
    Windows-1250): the text back in that code page is valid UTF-8 throughout, which clean text never is."""
    for codec in ("cp1252", "cp1250"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if repaired != text:
            return repaired
    return text


def _fix_cjk(text: str) -> str:
    """UTF-8 read as Shift-JIS or GBK, undone by the codec whose round trip leaves fewest characters unread, when it
    also leaves fewer of the tell-tale leads: characters the first decoder could not read were lost there (often
    `?`) and come back as U+FFFD."""
    # Each character the first decoder lost breaks at most two in the result; text that was never this mojibake
    # (or was another codec's) comes back as a run of U+FFFD and `?`.
    allowed = 2 * _unread(text) + 1
    best, leads = text, _lead_count(text)
    for codec in _CJK_CODECS:
        candidate = text.encode(codec, errors="replace").decode("utf-8", errors="replace")
        if _lead_count(candidate) < leads and _unread(candidate) <= allowed:
            best, leads, allowed = candidate, _lead_count(candidate), _unread(candidate)
    if best != text:
        return best
    # Clean text around the mojibake (a message quoted in a turn that is otherwise right) is no UTF-8 in the other
    # codec: only the spans that are, each from a lead, are read back.
    for codec in _CJK_CODECS:
        candidate = _fix_cjk_spans(text, codec)
        if _lead_count(candidate) <= leads - _MIN_CJK_LEADS:
            best, leads = candidate, _lead_count(candidate)
    return best


# The longest span read back in one piece: a quoted message or a paragraph.
_MAX_CJK_SPAN = 200


def _fix_cjk_spans(text: str, codec: str) -> str:
    """`text` with each span that starts at a lead and whose bytes in `codec` are UTF-8 read back as UTF-8 (the
    longest such span). Where the first decoder lost a byte (`?`, U+FFFD), the character it belonged to becomes U+FFFD,
    and the mojibake goes on after it out of step (its next bytes finish the lost character): read back too, past
    those bytes. Run on the few suspect turns only (a Python loop over their characters)."""
    out: list[str] = []
    i, n = 0, len(text)
    in_mojibake = False
    while i < n:
        # Out of step, one or two bytes of the lost character come first.
        skips = (0,) if text[i] in _CJK_LEADS else (1, 2) if in_mojibake else ()
        span = _read_back(text, i, codec, skips)
        if span is not None:
            read, i = span
            out.append(read)
            in_mojibake = True
        elif in_mojibake and text[i] in ("?", REPLACEMENT_CHAR):
            out.append(REPLACEMENT_CHAR)
            i += 1
        elif text[i] in _CJK_LEADS and text[i + 1 : i + 2] in ("?", REPLACEMENT_CHAR):
            # A lead whose last byte was lost.
            out.append(REPLACEMENT_CHAR)
            in_mojibake = True
            i += 2
        else:
            out.append(text[i])
            in_mojibake = False
            i += 1
    return "".join(out)


def _read_back(text: str, start: int, codec: str, skips: tuple[int, ...]) -> tuple[str, int] | None:
    """The longest span from `start` whose bytes in `codec`, past `skip` of them, are UTF-8 (a character cut at its end
    becomes U+FFFD), as (what it reads, where it ends); None when no span of two characters or more is."""
    if not skips:
        return None
    for end in range(min(len(text), start + _MAX_CJK_SPAN), start + 1, -1):
        try:
            # (Shift-JIS reads byte 0x80 as U+0080, which ftfy may have made cp1252's euro sign.)
            data = text[start:end].replace("\u20ac", "\x80").encode(codec)
        except UnicodeError:
            continue
        for skip in skips:
            decoder = codecs.getincrementaldecoder("utf-8")()
            try:
                read = decoder.decode(data[skip:], final=False)
            except UnicodeError:
                continue
            if read:
                lost = REPLACEMENT_CHAR if skip else ""
                return lost + read + (REPLACEMENT_CHAR if decoder.getstate()[0] else ""), end
    return None


def _unread(text: str) -> int:
    return text.count(REPLACEMENT_CHAR) + text.count("?")


def _lead_count(text: str) -> int:
    return sum(text.count(lead) for lead in _CJK_LEADS)


def repair_column(frame: pl.DataFrame, column: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(frame with `column` repaired, repairs): repairs are the changed rows, with `before` and `after`
    in place of `column`."""
    indexed = frame.with_row_index("_row")
    repairs = (
        indexed.filter(pl.col(column).str.contains(MOJIBAKE_SUSPECT))
        .with_columns(pl.col(column).map_elements(fix_mojibake, return_dtype=pl.String).alias("after"))
        .filter(pl.col(column) != pl.col("after"))
        .rename({column: "before"})
    )
    repaired = (
        indexed.join(repairs.select("_row", "after"), on="_row", how="left", maintain_order="left")
        .with_columns(pl.coalesce("after", column).alias(column))
        .drop("_row", "after")
    )
    return repaired, repairs.drop("_row")


def undecodable_rows(frame: pl.DataFrame, column: str) -> pl.DataFrame:
    """Rows where the decoder had to put U+FFFD for bytes no codec explained."""
    return frame.filter(pl.col(column).str.contains(REPLACEMENT_CHAR, literal=True))


def repair_turns(turns: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Turns with mojibake repaired, and a `mojibake` defect (text before and after) per repaired turn."""
    repaired, repairs = repair_column(turns, "text")
    return repaired, turn_defects(
        repairs,
        defect_type="mojibake",
        severity="warning",
        action="repaired",
        detail=pl.lit("text decoded with the wrong codec, repaired with ftfy"),
        excerpt=pl.col("before"),
        repaired_text=pl.col("after"),
    )


# A letter, the lost character, then what follows an apostrophe (`partner\ufffds`, `won\ufffdt`, `I\ufffdve`): a curly
# apostrophe (Windows-1252 0x92) read as UTF-8 by a tool that replaced it before the file reached us.
_LOST_APOSTROPHE = r"(\p{L})\x{FFFD}(s|t|m|d|ll|re|ve)\b"


def repair_lost_apostrophes(turns: pl.DataFrame, upstream_sources: pl.Series) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(turns, `mojibake` defects) for U+FFFD that was in the file already (`upstream_sources`: files the decoder
    replaced nothing in): text decoded with the wrong codec before it was saved. Where the lost character stands
    between a word and `s`/`t`/`ve`... it was an apostrophe and is restored; any other stays, and the turn is
    flagged."""
    suspect = pl.col("source_id").is_in(upstream_sources.implode()) & pl.col(TEXT).str.contains(
        REPLACEMENT_CHAR, literal=True
    )
    found = (
        turns.with_row_index("_row")
        .filter(suspect)
        .with_columns(pl.col(TEXT).str.replace_all(_LOST_APOSTROPHE, "${1}\u2019${2}").alias("_after"))
    )
    repaired = (
        turns.with_row_index("_row")
        .join(found.select("_row", "_after"), on="_row", how="left", maintain_order="left")
        .with_columns(pl.coalesce("_after", TEXT).alias(TEXT))
        .drop("_row", "_after")
    )
    found = found.with_columns(
        pl.col("_after").str.count_matches(REPLACEMENT_CHAR, literal=True).alias("_left"),
        (
            pl.col(TEXT).str.count_matches(REPLACEMENT_CHAR, literal=True)
            - pl.col("_after").str.count_matches(REPLACEMENT_CHAR, literal=True)
        ).alias("_restored"),
    )
    detail = pl.format(
        "U+FFFD in the file as received (decoded with the wrong codec before it was saved): {} apostrophe(s) "
        "restored, {} left",
        pl.col("_restored"),
        pl.col("_left"),
    )
    defects = pl.concat(
        [
            turn_defects(
                found.filter(pl.col("_restored") > 0),
                defect_type="mojibake",
                severity="warning",
                action="repaired",
                detail=detail,
                excerpt=pl.col(TEXT),
                repaired_text=pl.col("_after"),
            ),
            turn_defects(
                found.filter(pl.col("_restored") == 0),
                defect_type="mojibake",
                severity="warning",
                action="flagged",
                detail=detail,
                excerpt=pl.col(TEXT),
            ),
        ]
    )
    return repaired, defects


def encoding_error_defects(turns: pl.DataFrame) -> pl.DataFrame:
    """A flagged `encoding_error` for each turn holding bytes no codec explained (now U+FFFD)."""
    return turn_defects(
        undecodable_rows(turns, "text"),
        defect_type="encoding_error",
        severity="warning",
        action="repaired",
        detail=pl.format(
            "{} byte sequence(s) no codec explains, replaced with U+FFFD",
            pl.col("text").str.count_matches(REPLACEMENT_CHAR, literal=True),
        ),
        excerpt=pl.col("text"),
    )


def foreign_byte_defects(turns: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    """A repaired `encoding_error` for each turn holding a line of a fragment pasted in another encoding
    (`files.foreign_byte_lines`, see decode.py): bytes that are not UTF-8 in an otherwise ASCII or UTF-8 file, read
    in a single-byte code page. The turn holding a line is the last one starting at or before it."""
    # (A files frame without the column, as tests and benchmarks build them, marks no line.)
    marked = (
        files.select("source_id", pl.col("foreign_byte_lines").alias("_line")).explode("_line")
        if "foreign_byte_lines" in files.columns
        else pl.DataFrame(schema={"source_id": pl.String, "_line": pl.Int64})
    )
    lines = marked.drop_nulls("_line").sort("_line")
    found = (
        lines.join_asof(
            turns.sort("source_line"),
            left_on="_line",
            right_on="source_line",
            by="source_id",
            strategy="backward",
            check_sortedness=False,
        )
        .drop_nulls("session_id")
        .unique(["session_id", "source_turn_index"], keep="first", maintain_order=True)
    )
    return turn_defects(
        found,
        defect_type="encoding_error",
        severity="warning",
        action="repaired",
        detail=pl.lit(
            "bytes that are not UTF-8 in an otherwise ASCII or UTF-8 file (a pasted fragment), read as a "
            "single-byte code page"
        ),
        excerpt=pl.col("text"),
    )
