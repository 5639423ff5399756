"""decode_bytes: codec choice by BOM and content, line-ending normalisation, binary rejection."""

from __future__ import annotations

import codecs
import gzip
import io
import zipfile

import pytest

from transforms.config import DecodeConfig
from transforms.decode import UndecodableError, _typed_in_windows_word, decode_bytes

DIALOGUE = (
    "Therapist: How was the café on Friday?\n"
    "Client: Quiet \u2014 I sat by the window and didn\u2019t talk to anyone.\n"
    "Therapist: You called it \u201csafe\u201d last time.\n"
)


def test_plain_utf8_is_strict_utf8_with_full_confidence() -> None:
    decoded = decode_bytes(DIALOGUE.encode("utf-8"))
    assert decoded.text == DIALOGUE
    assert decoded.encoding == "utf-8"
    assert decoded.confidence == 1.0
    assert decoded.replaced_sequences == 0


def test_utf8_bom_is_stripped_and_reported_as_utf8_sig() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + DIALOGUE.encode("utf-8"))
    assert decoded.text == DIALOGUE
    assert not decoded.text.startswith("\ufeff")
    assert decoded.encoding == "utf-8-sig"
    assert decoded.confidence == 1.0


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    decoded = decode_bytes(bom + DIALOGUE.encode(codec))
    assert decoded.text == DIALOGUE
    assert decoded.encoding == codec
    assert decoded.confidence == 1.0
    assert decoded.replaced_sequences == 0


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_sniffed_from_nul_pattern(codec: str) -> None:
    decoded = decode_bytes(DIALOGUE.encode(codec))
    assert decoded.text == DIALOGUE
    assert decoded.encoding == codec
    assert decoded.confidence == 0.9


def test_windows_1252_accents_curly_quotes_and_en_dash() -> None:
    text = (
        "Therapist: Where did you go after work?\n"
        "Client: Just the caf\u00e9 on the corner \u2013 I sat there for an hour.\n"
        "Therapist: You said it felt \u201csafe\u201d there.\n"
        "Client: It\u2019s quiet. Nobody asks me anything.\n"
    )
    raw = text.encode("cp1252")
    assert b"\xe9" in raw and b"\x96" in raw and b"\x93" in raw  # single-byte é, en dash, left quote
    decoded = decode_bytes(raw)
    assert decoded.encoding == "cp1252"
    assert decoded.text == text.replace("\r\n", "\n")
    assert decoded.replaced_sequences == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Therapist: Hi, Sam.\r\nClient: Hi.\r\n", "Therapist: Hi, Sam.\nClient: Hi.\n"),
        (b"Therapist: Hi, Sam.\rClient: Hi.\r", "Therapist: Hi, Sam.\nClient: Hi.\n"),
        (b"Therapist: Hi.\r\n\r\nClient: Hi.\rTherapist: Ok.\n", "Therapist: Hi.\n\nClient: Hi.\nTherapist: Ok.\n"),
    ],
    ids=["crlf", "lone-cr", "mixed"],
)
def test_line_endings_normalised_to_lf(raw: bytes, expected: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text == expected
    assert "\r" not in decoded.text


def test_line_endings_normalised_after_utf16_decoding() -> None:
    raw = codecs.BOM_UTF16_LE + "Therapist: Hi.\r\nClient: Hello.\r".encode("utf-16-le")
    assert decode_bytes(raw).text == "Therapist: Hi.\nClient: Hello.\n"


def test_nul_heavy_binary_is_rejected() -> None:
    png_like = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200) + b"\x08\x06\x00\x00\x00"
    with pytest.raises(UndecodableError, match="binary content"):
        decode_bytes(png_like)


def test_all_nul_file_is_rejected() -> None:
    with pytest.raises(UndecodableError, match="100 NUL bytes in 100"):
        decode_bytes(bytes(100))


def test_control_character_noise_without_many_nuls_is_rejected() -> None:
    # 4 NULs in 1024 bytes passes the NUL test; the control characters must still stop it.
    with pytest.raises(UndecodableError, match="no codec yields readable text"):
        decode_bytes(bytes(range(256)) * 4)


def test_mostly_utf8_with_one_windows_1252_letter_keeps_utf8_and_reads_that_byte_as_a_pasted_fragment() -> None:
    good = "".join(f"Client: It\u2019s day {n} \u2014 still tired.\n" for n in range(12))
    raw = good.encode("utf-8") + b"Therapist: And the caf\xe9?\n"
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    # A letter inside a word: Windows-1252's `\xe9` read so, its line marked (an encoding_error, repaired), no U+FFFD.
    assert decoded.text == good + "Therapist: And the caf\u00e9?\n"
    assert decoded.replaced_sequences == 0
    assert decoded.foreign_byte_lines == (13,)
    # 24 valid runs, 1 invalid.
    assert decoded.confidence == pytest.approx(1 - 1 / 25)


def test_a_lone_invalid_byte_between_spaces_in_utf8_is_a_replacement() -> None:
    good = "".join(f"Client: It\u2019s day {n} \u2014 still tired.\n" for n in range(12))
    raw = good.encode("utf-8") + b"Therapist: And then \xe9 what?\n"
    decoded = decode_bytes(raw)
    assert decoded.text == good + "Therapist: And then \ufffd what?\n"
    assert (decoded.replaced_sequences, decoded.foreign_byte_lines) == (1, ())


def test_as_many_valid_utf8_letters_as_lone_latin1_bytes_stays_utf8() -> None:
    # One name spelt in UTF-8, once with a Latin-1 byte pasted from another system: the valid two-byte sequence is
    # evidence of UTF-8 that a Windows-1252 file shows only by chance; the lone byte is a pasted Windows-1252 letter.
    raw = "Client: I'd be less of a grump with Zo\u00eb.\n".encode() + b"Therapist: Zo\xeb notices.\n"
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.text == "Client: I'd be less of a grump with Zo\u00eb.\nTherapist: Zo\u00eb notices.\n"
    assert (decoded.replaced_sequences, decoded.foreign_byte_lines) == (0, (2,))


@pytest.mark.parametrize(
    "declaration",
    [
        b"% !TEX encoding = Windows Latin 1\n",
        b'<?xml version="1.0" encoding="ISO-8859-1"?>\n',
        b"% \\usepackage[latin1]{inputenc}\n",
    ],
)
def test_a_declared_western_code_page_wins_over_utf8_sequences_in_the_text(declaration: bytes) -> None:
    # Two lone 0xE9 and one UTF-8 apostrophe: by the bytes alone UTF-8 with encoding errors, but the file says it
    # is Latin-1, so the apostrophe is mojibake (for the repair step) and the 0xE9 are letters.
    raw = declaration + b"Client: Caf\xe9 again, I don\xe2\x80\x99t know. Caf\xe9.\n"
    decoded = decode_bytes(raw)
    assert decoded.encoding == "cp1252"
    assert decoded.text.endswith("Client: Caf\u00e9 again, I don\u00e2\u20ac\u2122t know. Caf\u00e9.\n")
    assert decoded.replaced_sequences == 0


def test_a_declaration_does_not_override_valid_utf8() -> None:
    raw = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<p>Zo\u00eb</p>\n'.encode()
    assert decode_bytes(raw).encoding == "utf-8"


def test_empty_file_decodes_to_empty_text() -> None:
    decoded = decode_bytes(b"")
    assert (decoded.text, decoded.encoding, decoded.replaced_sequences) == ("", "utf-8", 0)


def test_short_utf8_file_with_one_stray_cp1252_byte_stays_utf8() -> None:
    good = "Therapist: Last week you said \u201cI can\u2019t cope\u201d.\nClient: Yes \u2014 it\u2019s been hard.\n"
    raw = good.encode("utf-8") + b"Client: I didn\x92t sleep.\n"
    decoded = decode_bytes(raw)
    # Actual: encoding 'mac_iceland', text 'Therapist: Last week you said \u201aÄúI can\u201aÄôt ...'.
    assert decoded.encoding == "utf-8"
    # ... its stray byte read as the Windows-1252 apostrophe it is, on a line marked as a pasted fragment.
    assert decoded.text == good + "Client: I didn\u2019t sleep.\n"
    assert (decoded.replaced_sequences, decoded.foreign_byte_lines) == (0, (3,))


@pytest.mark.parametrize(
    "text",
    ["Client: It\u2019s fine.\n", "Therapist: And Zo\u00eb?\n", "Client: Caf\u00e9.\n"],
    ids=["big5hkscs", "johab", "cp1006"],
)
def test_short_windows_1252_file(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text.replace("\r\n", "\n")
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (
            "Терапевт: Как вы себя чувствуете сегодня?\n"
            "Клиент: Честно говоря, очень устал. Работа, дом, снова работа.\n",
            "cp1251",
        ),
        (
            "Θεραπευτής: Πώς νιώθετε σήμερα;\nΠελάτης: Είμαι πολύ κουρασμένος αυτή την εβδομάδα, δεν κοιμάμαι καλά.\n",
            "cp1253",
        ),
    ],
    ids=["cp1251", "cp1253"],
)
def test_non_latin_single_byte_code_pages_are_not_forced_to_cp1252(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    # Actual: encoding 'cp1252', text 'Òåðàïåâò: Êàê âû ...' / 'ÈåñáðåõôÞò: ...'.
    assert decoded.text == text.replace("\r\n", "\n")


def test_gzip_is_unpacked_and_reported_with_the_inner_codec() -> None:
    raw = gzip.compress(codecs.BOM_UTF16_LE + DIALOGUE.encode("utf-16-le"))
    decoded = decode_bytes(raw)
    assert decoded.text == DIALOGUE
    assert decoded.encoding == "gzip+utf-16-le"


def test_concatenated_gzip_members_are_one_stream() -> None:
    first, second = DIALOGUE.split("Client:", 1)
    raw = gzip.compress(first.encode()) + gzip.compress(("Client:" + second).encode())
    assert decode_bytes(raw).text == DIALOGUE


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (gzip.compress(DIALOGUE.encode())[:-12], "truncated gzip data"),
        (b"\x1f\x8b\x08\x00garbage-not-deflate", "corrupt gzip data"),
    ],
    ids=["truncated", "corrupt"],
)
def test_broken_gzip_is_not_text(raw: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(raw)


def test_gzip_inflating_past_the_limit_is_refused() -> None:
    bomb = gzip.compress(b"Client: " + b"a" * 100_000)
    with pytest.raises(UndecodableError, match="larger than 1000 bytes"):
        decode_bytes(bomb, DecodeConfig(max_gunzipped_bytes=1000))


def test_stray_nul_and_control_characters_are_stripped_and_counted() -> None:
    raw = DIALOGUE.replace("Friday?", "Friday?\x00\x00").replace("Quiet", "Qu\x1biet").encode("utf-8")
    decoded = decode_bytes(raw)
    assert decoded.text == DIALOGUE
    assert decoded.removed_controls == 3
    assert decoded.encoding == "utf-8"


def test_tabs_and_line_breaks_are_not_control_noise() -> None:
    decoded = decode_bytes(b"Therapist:\tHi.\r\nClient: Hi.\r\n")
    assert decoded.text == "Therapist:\tHi.\nClient: Hi.\n"
    assert decoded.removed_controls == 0


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_a_page_break_is_layout_taken_out_unreported_and_its_line_kept(codec: str) -> None:
    # pdftotext opens each page's first line with a form feed.
    decoded = decode_bytes("Therapist: Hi.\n\x0cClient: Hi.\nTherapist: Go on.\n".encode(codec))
    assert decoded.text == "Therapist: Hi.\nClient: Hi.\nTherapist: Go on.\n"
    assert decoded.removed_controls == 0


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_chinese_code_pages_are_read_as_gb18030(codec: str) -> None:
    text = "来访者\uff1a我最近总是失眠\uff0c晚上睡不着。\n心理咨询师\uff1a能说说失眠大概从什么时候开始的吗\uff1f\n"
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text.replace("\r\n", "\n")
    assert decoded.encoding == "gb18030"


def _docx(*paragraphs: str) -> bytes:
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">'
        + p.replace("\t", '</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">')
        + "</w:t></w:r></w:p>"
        for p in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document '
        f'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return out.getvalue()


def test_a_word_document_is_its_paragraphs_one_a_line() -> None:
    decoded = decode_bytes(_docx("Session 3", "Therapist: How was the week?", "Client: Hard.\tI barely slept."))
    assert decoded.text == "Session 3\nTherapist: How was the week?\nClient: Hard.\tI barely slept."
    assert decoded.encoding == "docx+utf-8"


def test_a_zip_that_is_no_word_document_is_not_text() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "Therapist: hi")
    with pytest.raises(UndecodableError, match="no Word document"):
        decode_bytes(out.getvalue())
    # A document larger unpacked than the limit is refused before it is read.
    with pytest.raises(UndecodableError, match="larger than"):
        decode_bytes(_docx("x" * 5000), DecodeConfig(max_gunzipped_bytes=1000))


def test_polish_windows_1250_is_not_read_as_windows_1252() -> None:
    # In Windows-1252 its ł, ż, ś would be ³, ¿, œ inside words: of the two pages, the one that leaves letters wins.
    text = (
        "Sesja;Osoba;Wypowiedź\r\n"
        "S07;Klientka;Mama zawsze mówiła, że nie ma co się mazać. Chyba dlatego tak trudno mi o tym mówić na głos.\r\n"
        "S07;Terapeutka;Czy to zdanie mamy pojawia się też wtedy, kiedy stoi pani w tramwaju? Proszę powiedzieć.\r\n"
    )
    decoded = decode_bytes(text.encode("cp1250"))
    assert decoded.encoding == "cp1250"
    assert decoded.text == text.replace("\r\n", "\n")


def test_polish_iso_8859_2_stays_iso_8859_2() -> None:
    text = (
        "Klientka: Źle śpię i ciągle myślę o tym, co mąż powiedział. Ściśle mówiąc, od tygodnia.\n"
        "Terapeutka: Co pani czuje, kiedy to wraca? Proszę opowiedzieć, jak wygląda taka noc.\n"
    )
    decoded = decode_bytes(text.encode("iso8859_2"))
    assert decoded.text == text


def test_lone_windows_1252_quotes_on_one_line_of_an_ascii_file_are_marked() -> None:
    from transforms.decode import decode_bytes

    lines = [b"Therapist: How was the week? I'd like to hear."] * 30
    lines[18] = b"Client: I didn\x92t go out with them. I couldn\x92t watch."
    decoded = decode_bytes(b"\n".join(lines) + b"\n")
    assert decoded.encoding == "cp1252"
    assert decoded.foreign_byte_lines == (19,)
    assert "didn\u2019t" in decoded.text
    # A file in Windows-1252 throughout, or with one accented word, is just that.
    assert decode_bytes(b"\n".join([b"Client: it\x92s fine, really."] * 30)).foreign_byte_lines == ()
    cafe = [b"Therapist: We met at the caf\xe9 on Tuesday, didn't we?"] + [b"Client: I'd say so."] * 29
    assert decode_bytes(b"\n".join(cafe)).foreign_byte_lines == ()


def test_a_windows_1252_file_with_several_undefined_bytes_stays_windows_1252() -> None:
    # Curly quotes typed in Word, and four bytes no code page of Windows explains: the file is still Windows-1252
    # (the undefined bytes become encoding errors), not a Baltic page that maps 0x8F and reads `I\x92m` as `IÆm`.
    lines = [
        b"Client: Hi. I\x92m doing fine. Just \x8f feeling a bit anxious.",
        b"Counsellor: That\x92s okay. What\x92s been on your mind this week?",
        b"Client: Work, mostly. My boss said \x93we\x92ll see\x94 and I \x81 keep replaying it.",
        b"Counsellor: It sounds like the uncertainty is hard \x96 you don\x92t know where you stand.",
        b"Client: Exactly. I \x9d can\x92t switch off at night \x90 not even with the radio on.",
    ]
    decoded = decode_bytes(b"\r\n".join(lines * 3) + b"\r\n")
    assert decoded.encoding == "cp1252"
    assert "I\u2019m doing fine" in decoded.text
    assert "\u201cwe\u2019ll see\u201d" in decoded.text
    assert decoded.text.count("\ufffd") == 12


def test_a_few_typographic_bytes_beside_many_undefined_ones_are_not_taken_for_windows_1252() -> None:
    # The rule reads a file as Windows-1252 only when its typographic bytes are most of its high bytes.
    raw = b"Client: I\x92m fine \x8f\x20\x81 ok \x8d then \x90 and \x9d so \x8f fine \x92 now \x81.\n" * 3
    assert not _typed_in_windows_word(raw, DecodeConfig())


def test_an_english_file_with_czech_names_typed_in_windows_1250_stays_windows_1250() -> None:
    # Its curly quotes are Windows-1252's bytes too, but `ť` (0x9D) sits inside a name: a letter of another page, not
    # a byte no page explains.
    text = (
        "Counsellor: Hello Mr \u0160\u0165astn\u00fd, it\u2019s good to see you. How\u2019s the week been?\n"
        "Client: Not bad. I\u2019ve been sleeping better, but I\u2019m still worried about work.\n"
        "Counsellor: That\u2019s good to hear. What\u2019s worrying you at work?\n"
        "Client: My manager, Mrs \u0160\u0165astn\u00e1 \u2013 no relation \u2013 keeps moving deadlines.\n"
    ) * 6
    decoded = decode_bytes(text.encode("cp1250"))
    assert decoded.encoding == "cp1250"
    assert decoded.text == text


def test_a_byte_utf8_cannot_read_in_a_file_whose_bom_says_utf8_marks_its_line() -> None:
    lines = [b"speaker,utterance"] + [b"Client,Most days I go." for _ in range(10)]
    lines[6] = b"Client,The class is \xa34 a go."
    decoded = decode_bytes(codecs.BOM_UTF8 + b"\n".join(lines) + b"\n")
    assert "\u00a34 a go" in decoded.text
    assert decoded.foreign_byte_lines == (7,)


def test_a_crash_block_of_nuls_in_a_text_file_is_taken_out_and_the_text_read() -> None:
    lines = [f"[22:{n % 60:02d}:00] Rhoda: Message {n}, about the night shift.".encode() for n in range(80)]
    raw = b"\n".join(lines[:20]) + b"\n" + b"\x00" * 512 + b"\n" + b"\n".join(lines[20:]) + b"\n"
    decoded = decode_bytes(raw)
    assert "Message 79," in decoded.text and "\x00" not in decoded.text
    # ... while NULs all through a file are binary.
    with pytest.raises(UndecodableError):
        decode_bytes(b"ab\x00cd\x00" * 400)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_chat_media_bullets_are_text_however_many(codec: str) -> None:
    # A TalkBank transcript ends every utterance with a media bullet (\x15 start_end \x15): two control characters
    # an utterance, far more than stray noise may hold, and the CHAT reader's time stamps.
    lines = [f"*{'THE' if i % 2 else 'PAT'}:\tturn {i} . \x15{i * 1000}_{i * 1000 + 900}\x15\n" for i in range(40)]
    text = "@UTF8\n@Begin\n" + "".join(lines) + "@End\n"
    decoded = decode_bytes(text.replace("turn 3 ", "turn\x07 3 ").encode(codec))
    assert decoded.text == text
    assert decoded.removed_controls == 1
