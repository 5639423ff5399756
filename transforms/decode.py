"""Raw bytes -> text: unwrap gzip (or read a Word document's paragraphs), pick the codec by BOM and content,
normalise line endings, strip stray NUL and control characters (counting them).

This runs once per file (not per turn), so plain Python is fine here.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, replace
from typing import AnyStr
from xml.etree import ElementTree

import charset_normalizer

from transforms.config import DEFAULT_CONFIG, DecodeConfig

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A run of non-ASCII bytes: the unit in which UTF-8 validity is judged.
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
_LINE_BREAK = re.compile(r"\r\n?")
# A form feed is a page break (pdftotext starts each page's first line with one, Word's text export too): layout, taken
# out without a report, the line it opens kept.
_PAGE_BREAK = "\x0c"
# C0 controls other than tab and line breaks, and DEL: never text, often left by exports (NUL padding).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# ... except CHAT's media bullets (`\x15` start_end `\x15`, milliseconds, after each utterance of a TalkBank
# transcript): control characters that belong to the text, kept for the CHAT reader, and no sign of binary content.
_CONTROLS_OUTSIDE_BULLETS = re.compile("(\x15\\d+_\\d+\x15)|" + _CONTROLS.pattern)
# The same bytes: in ASCII-compatible codecs (UTF-8, single-byte pages, GB18030, Big5, Shift-JIS) they are
# never part of a multi-byte character, and left in they make content detection give up.
_CONTROL_BYTES = re.compile(_CONTROLS.pattern.encode("ascii"))
_CONTROL_BYTES_OUTSIDE_BULLETS = re.compile(_CONTROLS_OUTSIDE_BULLETS.pattern.encode("ascii"))
# A CHAT file says so in its first lines: `@UTF8`, `@Begin`, or a `*CODE:<tab>` utterance tier.
_CHAT_TIER = re.compile(r"(?m)^(?:@UTF8|@Begin|\*[A-Z0-9]{2,4}:\t)")
_CHAT_TIER_BYTES = re.compile(_CHAT_TIER.pattern.encode("ascii"))


def _without_stray_controls(raw: AnyStr) -> tuple[AnyStr, int]:
    """`raw` (bytes, or decoded text) without its control characters other than media bullets, and how many were
    taken out."""
    # Most files hold no control character at all: one scan for a bare character class says so, several times faster
    # than the alternation with bullets below.
    found = _CONTROL_BYTES.search(raw) if isinstance(raw, bytes) else _CONTROLS.search(raw)
    if found is None:
        return raw, 0
    chat = _CHAT_TIER_BYTES.search(raw) if isinstance(raw, bytes) else _CHAT_TIER.search(raw)
    if chat is None:
        # (Bullets belong to CHAT's text only: in any other file they are controls like the rest.)
        if isinstance(raw, bytes):
            return _CONTROL_BYTES.subn(b"", raw)
        return _CONTROLS.subn("", raw)
    removed = 0

    def keep_bullet(match: re.Match[AnyStr]) -> AnyStr:
        nonlocal removed
        if match.group(1) is None:
            removed += 1
            return match.group(0)[:0]
        return match.group(1)

    pattern = _CONTROL_BYTES_OUTSIDE_BULLETS if isinstance(raw, bytes) else _CONTROLS_OUTSIDE_BULLETS
    return pattern.sub(keep_bullet, raw), removed


# A block of NULs a crash leaves (64 or more in a row), and how many such blocks a text file may hold.
_NUL_RUN = re.compile(rb"\x00{64,}")
_MAX_NUL_RUNS = 2
# ... in a file of at least this much else, four times the NULs (an image's zeroed block is most of a small file).
_MIN_TEXT_AROUND_NULS = 1024
_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"
# Chinese code pages are all read as GB18030, the superset of GB2312 and GBK (same bytes, same text).
_CHINESE = frozenset({"gb2312", "gbk", "gb18030", "hz"})
# Single-byte Western code pages that charset-normalizer cannot tell apart on short English text;
# Windows-1252 is by far the most common of them in transcript exports. Cyrillic, Greek, Hebrew and
# Arabic pages are left out on purpose: when detected, they are right.
_WESTERN_SINGLE_BYTE = frozenset(
    {
        "cp1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2", "cp1254", "iso8859_9",
        "cp1257", "iso8859_13", "iso8859_4", "iso8859_10", "iso8859_14", "iso8859_16", "iso8859_3",
        "cp1258", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp437", "cp850", "cp858",
    }
)  # fmt: skip
# Of those, the pages _legacy reads an ASCII file with a pasted fragment in (see _foreign_byte_lines).
_PASTED_FROM_PAGES = frozenset({"cp1252", "cp1250", "iso8859_2", "iso8859_15", "latin_1"})


# A symbol or a C1 control between two letters: in real text a letter would stand there. (Not œ or Ÿ: French
# writes them.)
# (Nor after Â-Å: `Ã©` is UTF-8 read as Windows-1252, mojibake for the repair step, not a sign of another page.)
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])(?<![\u00c2-\u00c5])[\u0080-\u00bf\u00d7\u00f7\u2020-\u203a](?=[^\W\d_])")
# Letters only the Central European pages give: a file read through one of them must have some.
_CENTRAL_LETTERS = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰ]")
_MIN_CENTRAL_LETTERS = 3
# Windows-1254's g-breve, dotless i and s-cedilla (both cases) as Windows-1252 shows them, and the vowels Icelandic
# writes beside those letters.
_TURKISH_AS_WESTERN = re.compile(r"[\u00f0\u00fd\u00fe\u00d0\u00dd\u00de]")
_ICELANDIC_VOWELS = re.compile(r"[\u00e1\u00e9\u00ed\u00f3\u00fa\u00e6\u00c1\u00c9\u00cd\u00d3\u00da\u00c6]")
_MIN_TURKISH_LETTERS = 3
# Windows-1252's ellipsis, curly quotes, bullet and dashes: what Word and Outlook put into English text.
_WINDOWS_PUNCTUATION = frozenset({0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97})
_MIN_WINDOWS_PUNCTUATION = 5
# A byte Windows-1252 leaves undefined, inside a word.
_UNDEFINED_IN_WORD = re.compile(rb"[A-Za-z\x80-\xff][\x81\x8d\x8f\x90\x9d][A-Za-z\x80-\xff]")


def _symbols_in_words(text: str) -> int:
    return len(_SYMBOL_IN_WORD.findall(text))


class UndecodableError(ValueError):
    """The bytes are not text in any codec we accept (binary, image, NUL-filled...)."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    # 1.0 when the codec is certain (BOM, strict UTF-8); charset-normalizer's coherence otherwise.
    confidence: float
    # Byte sequences no codec explained, replaced by U+FFFD.
    replaced_sequences: int = 0
    # NUL and other control characters removed from the text (see _CONTROLS_OUTSIDE_BULLETS).
    removed_controls: int = 0
    # Lines holding bytes that are not UTF-8 in a file otherwise ASCII (one or two lines pasted from a Windows-1252
    # document) or UTF-8 (lone Windows-1252 bytes touching a word): those bytes read in a single-byte code page.
    foreign_byte_lines: tuple[int, ...] = ()


def decode_bytes(raw: bytes, config: DecodeConfig = DEFAULT_CONFIG.decode) -> DecodedText:
    """The text of a file; gzip-compressed input is unpacked first and reported as `gzip+<codec>`."""
    prefix = ""
    if raw.startswith(_GZIP_MAGIC):
        raw = _gunzip(raw, config)
        prefix = "gzip+"
    elif raw.startswith(_ZIP_MAGIC):
        raw = _docx_paragraphs(raw, config)
        prefix = "docx+"
    # Only a file longer than the limit can hold a line longer than it: the usual case costs nothing.
    if len(raw) > config.max_line_bytes:
        longest = max(map(len, raw.splitlines()), default=0)
        if longest > config.max_line_bytes:
            raise UndecodableError(
                f"a line of {longest:,} bytes, over the {config.max_line_bytes:,} a transcript line may have"
            )
    decoded = _decode(raw, config)
    text, removed = _without_stray_controls(_LINE_BREAK.sub("\n", decoded.text).replace(_PAGE_BREAK, ""))
    return DecodedText(
        text=text,
        encoding=prefix + decoded.encoding,
        confidence=decoded.confidence,
        replaced_sequences=decoded.replaced_sequences,
        removed_controls=decoded.removed_controls + removed,
        foreign_byte_lines=decoded.foreign_byte_lines,
    )


def _docx_paragraphs(raw: bytes, config: DecodeConfig) -> bytes:
    """A Word document's paragraphs, one a line (UTF-8): transcribed sessions are often kept as `.docx`. Its
    `source_line`s are then paragraph numbers. A tab is kept, a line break inside a paragraph is a space; the
    unpacked XML is held to the gzip limit, so a small archive cannot fill memory. Any other zip archive is not
    text."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > config.max_gunzipped_bytes:
                raise UndecodableError(f"document.xml larger than {config.max_gunzipped_bytes} bytes")
            with archive.open(info) as member:
                document = member.read(config.max_gunzipped_bytes + 1)
            # (The size in the archive's directory is the writer's word; what inflates is what counts.)
            if len(document) > config.max_gunzipped_bytes:
                raise UndecodableError(f"document.xml larger than {config.max_gunzipped_bytes} bytes")
    except KeyError:
        raise UndecodableError("a zip archive that is no Word document (no word/document.xml)") from None
    except (zipfile.BadZipFile, OSError, RuntimeError) as error:
        raise UndecodableError(f"corrupt zip archive: {error}") from None
    paragraphs: list[str] = []
    parts: list[str] = []
    try:
        for event, element in ElementTree.iterparse(io.BytesIO(document), events=("start", "end")):
            tag = element.tag.rpartition("}")[2]
            if event == "start" and tag == "p":
                parts = []
            elif event == "end" and tag == "t":
                parts.append(element.text or "")
            elif event == "end" and tag == "tab":
                parts.append("\t")
            elif event == "end" and tag in ("br", "cr"):
                parts.append(" ")
            elif event == "end" and tag == "p":
                paragraphs.append("".join(parts))
                element.clear()
    except ElementTree.ParseError as error:
        raise UndecodableError(f"unreadable Word document: {error}") from None
    return "\n".join(paragraphs).encode("utf-8")


def _gunzip(raw: bytes, config: DecodeConfig) -> bytes:
    """All members of a gzip stream; inflating stops at the size limit, so a small bomb cannot fill memory."""
    out = bytearray()
    rest = raw
    while rest.startswith(_GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, config.max_gunzipped_bytes + 1 - len(out))
        except zlib.error as error:
            raise UndecodableError(f"corrupt gzip data: {error}") from None
        if len(out) > config.max_gunzipped_bytes:
            raise UndecodableError(f"gzip content larger than {config.max_gunzipped_bytes} bytes")
        if not inflater.eof:
            raise UndecodableError("truncated gzip data")
        rest = inflater.unused_data
    return bytes(out)


def _decode(raw: bytes, config: DecodeConfig) -> DecodedText:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom) :]
            if codec == "utf-8-sig":
                utf8 = _utf8_or_none(body, "utf-8-sig", config)
                if utf8 is not None:
                    return utf8
                legacy = _legacy(body, config)
                return replace(legacy, foreign_byte_lines=_lines_not_utf8(body, config))
            text = body.decode(codec, errors="replace")
            return DecodedText(text, codec, 1.0, text.count("\ufffd"))
    utf16 = _sniff_utf16(raw)
    if utf16:
        text = raw.decode(utf16, errors="replace")
        return DecodedText(text, utf16, 0.9, text.count("\ufffd"))
    # A crash that left a block of NULs in a text file (a log pre-allocated, then cut off) is a few long runs; a
    # binary file has NULs everywhere. The runs are taken out, as stray control bytes are, and the text read.
    nul_runs = _NUL_RUN.findall(raw)
    in_runs = sum(map(len, nul_runs))
    if 0 < len(nul_runs) <= _MAX_NUL_RUNS and len(raw) - in_runs >= max(_MIN_TEXT_AROUND_NULS, 4 * in_runs):
        raw = _NUL_RUN.sub(b"", raw)
    if raw.count(0) > max(config.max_stray_controls, config.max_nul_share * len(raw)):
        raise UndecodableError(f"binary content: {raw.count(0)} NUL bytes in {len(raw)}")
    clean, removed = _without_stray_controls(raw.replace(_PAGE_BREAK.encode(), b""))
    if removed > max(config.max_stray_controls, config.max_control_share * len(raw)):
        raise UndecodableError(f"no codec yields readable text ({removed} control bytes in {len(raw)})")
    declared = _declared_single_byte(clean)
    if declared is not None:
        try:
            clean.decode("utf-8")
        except UnicodeDecodeError:
            # Not valid UTF-8 and the file names its Western code page: read it so; UTF-8 sequences in it are
            # mojibake for the repair step, not a sign that the declaration is wrong.
            text = clean.decode(declared, errors="replace")
            return DecodedText(text, declared, 0.9, text.count("\ufffd"), removed)
    utf8 = _utf8_or_none(clean, "utf-8", config)
    if utf8 is not None:
        return replace(utf8, removed_controls=removed)
    legacy = _legacy(clean, config)
    return replace(legacy, removed_controls=removed, foreign_byte_lines=_foreign_byte_lines(clean, legacy, config))


def _lines_not_utf8(body: bytes, config: DecodeConfig) -> tuple[int, ...]:
    """The lines of a file whose BOM says UTF-8 that hold bytes UTF-8 cannot read (`\xa3` for a pound sign typed in
    Windows-1252): a fragment in another encoding, whatever its typography, when there are few of them."""
    marked = tuple(
        number
        for number, line in enumerate(body.split(b"\n"), start=1)
        if any(not _is_utf8(run) for run in _NON_ASCII_RUN.findall(line))
    )
    return marked if len(marked) <= config.max_foreign_byte_lines else ()


def _foreign_byte_lines(raw: bytes, decoded: DecodedText, config: DecodeConfig) -> tuple[int, ...]:
    """The lines holding the non-ASCII bytes of a file read in a single-byte code page, when they are at most
    `max_foreign_byte_lines` of at least `min_lines_for_foreign_bytes` lines: an ASCII file with a pasted fragment,
    not a file written in that code page throughout."""
    if decoded.encoding not in _PASTED_FROM_PAGES:
        return ()
    lines = raw.split(b"\n")
    if len(lines) < config.min_lines_for_foreign_bytes:
        return ()
    # (A line whose non-ASCII runs are all UTF-8 is a UTF-8 line of a mixed file: the mojibake step repairs it.)
    marked = tuple(
        number
        for number, line in enumerate(lines, start=1)
        if any(not _is_utf8(run) for run in _NON_ASCII_RUN.findall(line))
    )
    if not 0 < len(marked) <= config.max_foreign_byte_lines:
        return ()
    # ... and only when the fragment's typography is not the file's: a line of smart quotes or dashes (0x91-0x97),
    # two or more, beside straight apostrophes typed everywhere else (`didn't`). A Windows-1252 file with one
    # accented word is just that, and so is one whose writer's editor curled a single apostrophe or made one
    # ellipsis of three dots (corpora mix typography that way: AnnoMI's one curled `you're` among straight ones).
    rest = b"\n".join(line for number, line in enumerate(lines, start=1) if number not in marked)
    pasted_typography = any(len(re.findall(rb"[\x91-\x97]", lines[number - 1])) >= 2 for number in marked)
    if pasted_typography and re.search(rb"[A-Za-z]'[A-Za-z]", rest):
        return marked
    return ()


# A file's own statement of its encoding near its top: an XML or HTML declaration, LaTeX's `inputenc` option or
# `% !TEX encoding`, an editor's `-*- coding: ... -*-` line.
_DECLARATION = re.compile(
    rb"(?i)(?:encoding\s*=\s*[\"']?|charset\s*=\s*[\"']?|\\usepackage\[|coding[:=]\s*)"
    rb"([a-z][a-z0-9 _\-]{1,30}?)(?:[\"'\];>\s,]|-\*-|$)",
    re.MULTILINE,
)
_TEX_DECLARATION = re.compile(rb"(?im)^%\s*!tex\s+encoding\s*=\s*([^\r\n]{1,30}?)\s*$")
_SINGLE_BYTE_NAMES = {
    b"windows-1252": "cp1252", b"cp1252": "cp1252", b"windows latin 1": "cp1252", b"ansinew": "cp1252",
    b"latin1": "cp1252", b"latin-1": "cp1252", b"iso-8859-1": "cp1252", b"iso8859-1": "cp1252",
    b"iso_8859-1": "cp1252", b"iso-8859-15": "iso8859_15", b"latin9": "iso8859_15", b"windows-1250": "cp1250",
    b"cp1250": "cp1250", b"latin2": "iso8859_2", b"iso-8859-2": "iso8859_2",
}  # fmt: skip


def _declared_single_byte(raw: bytes) -> str | None:
    """The Western single-byte codec the file declares in its first 2 KB, None if it declares none (or another).
    ISO-8859-1 is read as Windows-1252, its superset in practice (curly quotes in 0x80-0x9F)."""
    head = raw[:2048]
    match = _TEX_DECLARATION.search(head) or _DECLARATION.search(head)
    return None if match is None else _SINGLE_BYTE_NAMES.get(match.group(1).strip().lower())


def _utf8_or_none(raw: bytes, name: str, config: DecodeConfig) -> DecodedText | None:
    try:
        return DecodedText(raw.decode("utf-8"), name, 1.0)
    except UnicodeDecodeError:
        pass
    matches = list(_NON_ASCII_RUN.finditer(raw))
    bad = [m for m in matches if not _is_utf8(m.group())]
    mostly_utf8 = len(bad) <= config.max_invalid_utf8_share * len(matches) and len(bad) < len(matches)
    if matches and (mostly_utf8 or all(_stray(raw, m) for m in bad)):
        text, western_lines = _utf8_with_western_bytes(raw, bad)
        return DecodedText(
            text, name, 1.0 - len(bad) / len(matches), text.count("\ufffd"), foreign_byte_lines=western_lines
        )
    return None


def _utf8_with_western_bytes(raw: bytes, bad: list[re.Match[bytes]]) -> tuple[str, tuple[int, ...]]:
    """UTF-8 text whose few invalid runs are single Windows-1252 bytes where that page reads them as what text has
    there, touching a word (an apostrophe, `didn\x92t`; a letter, `caf\xe9`; a quote after a full stop): those read
    so, and their lines returned, as a pasted fragment's are; any other invalid run (a byte standing alone between
    spaces, a cut-off sequence) is a U+FFFD, a byte no codec explains."""
    parts: list[str] = []
    lines: set[int] = set()
    done = 0
    line = 1
    for match in bad:
        parts.append(raw[done : match.start()].decode("utf-8", errors="replace"))
        line += raw.count(b"\n", done, match.start())
        run = match.group()
        # (0xC2/0xC3 alone are a UTF-8 lead byte cut off far more often than a Western `Â`/`Ã`.)
        western = (
            run.decode("cp1252", errors="replace") if len(run) == 1 and run not in (b"\xc2", b"\xc3") else "\ufffd"
        )
        if "\ufffd" not in western and _touches_a_word(raw, match):
            parts.append(western)
            lines.add(line)
        else:
            parts.append(run.decode("utf-8", errors="replace"))
        done = match.end()
    parts.append(raw[done:].decode("utf-8", errors="replace"))
    return "".join(parts), tuple(sorted(lines))


def _touches_a_word(raw: bytes, match: re.Match[bytes]) -> bool:
    before = raw[match.start() - 1 : match.start()]
    after = raw[match.end() : match.end() + 1]
    return (
        before.isalpha() or after.isalpha() or (0x91 <= match.group()[0] <= 0x94 and before in (b".", b",", b"!", b"?"))
    )


def _stray(raw: bytes, match: re.Match[bytes]) -> bool:
    """A lone byte 0xC0-0xFF between non-letters: in a legacy codec it would be a letter, and letters sit
    inside words, so standing alone it is a byte no codec explains."""
    if len(match.group()) != 1 or match.group()[0] < 0xC0:
        return False
    before = raw[match.start() - 1 : match.start()]
    after = raw[match.end() : match.end() + 1]
    return not before.isalpha() and not after.isalpha()


def _is_utf8(run: bytes) -> bool:
    try:
        run.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _legacy(raw: bytes, config: DecodeConfig) -> DecodedText:
    best = charset_normalizer.from_bytes(raw).best()
    # Windows-1252 is what most branches below read the bytes as: decoded once.
    western = raw.decode("cp1252", errors="replace")
    if best is None or best.encoding in _WESTERN_SINGLE_BYTE:
        # Polish, Czech, Hungarian... text in Windows-1250 or ISO-8859-2 read as Windows-1252 puts symbols inside
        # words (`by³`, `mo¿e`, `ci±gle`; charset-normalizer names any of a dozen single-byte pages for a short
        # file): the Central European page that leaves fewest is the file's when it leaves fewer than Windows-1252.
        decoded = {page: raw.decode(page, errors="replace") for page in ("cp1250", "iso8859_2")}
        page = min(decoded, key=lambda name: _symbols_in_words(decoded[name]))
        if (
            _symbols_in_words(decoded[page]) < _symbols_in_words(western)
            and len(_CENTRAL_LETTERS.findall(decoded[page])) >= _MIN_CENTRAL_LETTERS
            and _looks_like_text(decoded[page])
        ):
            confidence = round(1.0 - best.chaos, 3) if best else 0.5
            return DecodedText(decoded[page], page, confidence, decoded[page].count("\ufffd"))
        # Turkish in Windows-1254 read as Windows-1252 turns g-breve, dotless i and s-cedilla (and capitals) into ð, ý,
        # þ: letters only Icelandic writes, and Icelandic writes them beside á, é, í, ó, ú and æ, which Turkish never
        # has.
        # (Dotless i, Turkish's commonest of them, must be among them: Icelandic names in English text, `Guðmundur`,
        # `Þorsteinn`, have none.)
        turkish_marks = len(_TURKISH_AS_WESTERN.findall(western))
        dotless_i = western.count("\u00fd") + western.count("\u00dd")
        if (
            turkish_marks >= _MIN_TURKISH_LETTERS
            and dotless_i >= _MIN_TURKISH_LETTERS - 1
            and len(_ICELANDIC_VOWELS.findall(western)) * 10 < turkish_marks
        ):
            turkish = raw.decode("cp1254", errors="replace")
            confidence = round(1.0 - best.chaos, 3) if best else 0.5
            return DecodedText(turkish, "cp1254", confidence, turkish.count("\ufffd"))
    if best is None or best.encoding in _WESTERN_SINGLE_BYTE or _sparse_high_bytes(raw, config):
        # The five bytes Windows-1252 leaves undefined become U+FFFD (encoding errors) rather than
        # sending a Western file to whatever codec happens to map them.
        undefined = western.count("\ufffd")
        if _looks_like_text(western) and (
            undefined <= max(3, 0.02 * len(_NON_ASCII_RUN.findall(raw))) or _typed_in_windows_word(raw, config)
        ):
            return DecodedText(western, "cp1252", round(1.0 - best.chaos, 3) if best else 0.5, undefined)
    if best is not None:
        encoding = "gb18030" if best.encoding in _CHINESE else best.encoding
        text = raw.decode(encoding, errors="replace") if encoding != best.encoding else str(best)
        if _looks_like_text(text):
            return DecodedText(text, encoding, round(1.0 - best.chaos, 3), text.count("\ufffd"))
    # Windows-1252 maps all but five bytes; the rest go through as Latin-1 so nothing is lost.
    if not _looks_like_text(western):
        raise UndecodableError("no codec yields readable text")
    return DecodedText(western, "cp1252", 0.5, western.count("\ufffd"))


def _sparse_high_bytes(raw: bytes, config: DecodeConfig) -> bool:
    """Mostly ASCII with a few lone high bytes: accented letters and smart quotes in English-like
    text, which detectors misread as CJK on short files. Real CJK or Cyrillic text is dense."""
    runs = _NON_ASCII_RUN.findall(raw)
    high = sum(len(run) for run in runs)
    return bool(runs) and high <= config.max_sparse_high_byte_share * len(raw) and high <= 1.5 * len(runs)


def _typed_in_windows_word(raw: bytes, config: DecodeConfig) -> bool:
    """Mostly ASCII, and most lone high bytes are Windows-1252's curly quotes, dashes and ellipsis (0x85, 0x91-0x97)
    between words: an English file typed on Windows, however many bytes no page explains it also holds. Without
    this, a few undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) sent such a file to whichever page maps them (the
    Baltic cp775 read `I\x92m` as `IÆm`)."""
    if not _sparse_high_bytes(raw, config) or _UNDEFINED_IN_WORD.search(raw):
        # (A byte Windows-1252 leaves undefined between two letters is a letter of another page: Czech `ť` is 0x9D
        # in Windows-1250, whose curly quotes are Windows-1252's.)
        return False
    runs = _NON_ASCII_RUN.findall(raw)
    typographic = sum(1 for run in runs if len(run) == 1 and run[0] in _WINDOWS_PUNCTUATION)
    return typographic >= _MIN_WINDOWS_PUNCTUATION and typographic >= 0.6 * len(runs)


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls <= 0.01 * len(text)


def _sniff_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text puts NULs at every other byte."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None
