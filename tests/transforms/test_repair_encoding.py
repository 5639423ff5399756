"""repair_column on lines: mojibake repaired line by line, clean text left alone; undecodable_rows finds U+FFFD."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from transforms.repair_encoding import MOJIBAKE_SUSPECT, fix_mojibake, repair_column, undecodable_rows


def _lines(*lines: str, source_id: str = "f0") -> pl.DataFrame:
    return pl.DataFrame(
        {"source_id": [source_id] * len(lines), "line_no": list(range(1, len(lines) + 1)), "line": list(lines)}
    )


def test_utf8_read_as_cp1252_em_dash_is_repaired() -> None:
    lines = _lines(
        "Therapist: What's been weighing on you?",
        "Client: It was everything\u00e2\u20ac\u201dschool, work, my mum.",
        "Therapist: That's a lot at once.",
    )
    repaired, repairs = repair_column(lines, "line")
    assert repaired["line"].to_list() == [
        "Therapist: What's been weighing on you?",
        "Client: It was everything\u2014school, work, my mum.",
        "Therapist: That's a lot at once.",
    ]
    assert repaired["line_no"].to_list() == [1, 2, 3]
    assert repairs.rows() == [
        (
            "f0",
            2,
            "Client: It was everything\u00e2\u20ac\u201dschool, work, my mum.",
            "Client: It was everything\u2014school, work, my mum.",
        )
    ]
    assert repairs.columns == ["source_id", "line_no", "before", "after"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Therapist: The caf\u00c3\u00a9 sounds like a good place.",
            "Therapist: The caf\u00e9 sounds like a good place.",
        ),
        (
            "Client: I told her \u00e2\u20ac\u0153no\u00e2\u20ac\u009d and left.",
            "Client: I told her \u201cno\u201d and left.",
        ),
        ("Client: I couldn\u00e2\u20ac\u2122t face it.", "Client: I couldn\u2019t face it."),
        ("Client: The app costs \u00c2\u00a345 a month.", "Client: The app costs \u00a345 a month."),
    ],
    ids=["e-acute", "curly-quotes", "apostrophe", "pound"],
)
def test_common_mojibake_patterns(before: str, after: str) -> None:
    repaired, repairs = repair_column(_lines(before), "line")
    assert repaired["line"].to_list() == [after]
    assert repairs.select("before", "after").rows() == [(before, after)]


CLEAN = [
    "Client: The caf\u00e9 \u2014 \u201cmy place\u201d \u2013 is where I go to think.",
    "Therapist: You said your r\u00e9sum\u00e9 felt na\u00efve. What did you mean?",
    "Client: It\u2019s fine. Honestly, it\u2019s fine\u2026",
    "Client: I paid \u00a345 for the session and \u00e0 la carte extras.",
    "Therapist: Let's try box breathing \u2013 in for four, hold for four.",
]


@pytest.mark.parametrize("line", CLEAN)
def test_suspect_pattern_does_not_match_clean_text(line: str) -> None:
    assert not pl.Series([line]).str.contains(MOJIBAKE_SUSPECT).item()


def test_clean_text_is_untouched_and_yields_no_repairs() -> None:
    lines = _lines(*CLEAN)
    repaired, repairs = repair_column(lines, "line")
    assert_frame_equal(repaired, lines)
    assert repairs.height == 0


def test_suspect_that_ftfy_leaves_alone_is_not_a_repair() -> None:
    # é followed directly by an em dash matches the cheap filter, but it is correct text.
    line = "Client: I went to the caf\u00e9\u2014it was closed."
    assert pl.Series([line]).str.contains(MOJIBAKE_SUSPECT).item()
    repaired, repairs = repair_column(_lines(line), "line")
    assert repaired["line"].to_list() == [line]
    assert repairs.height == 0


def test_fix_mojibake_does_not_straighten_curly_quotes() -> None:
    text = "\u201cI\u2019m fine,\u201d she said \u2014 twice."
    assert fix_mojibake(text) == text


def test_repairs_are_keyed_by_source_and_line() -> None:
    lines = pl.concat(
        [
            _lines("Client: fine", "Client: caf\u00c3\u00a9", source_id="a"),
            _lines("Client: caf\u00c3\u00a9", "Client: fine", source_id="b"),
        ]
    )
    repaired, repairs = repair_column(lines, "line")
    assert repairs.select("source_id", "line_no").rows() == [("a", 2), ("b", 1)]
    assert repaired.rows() == [
        ("a", 1, "Client: fine"),
        ("a", 2, "Client: caf\u00e9"),
        ("b", 1, "Client: caf\u00e9"),
        ("b", 2, "Client: fine"),
    ]


def test_undecodable_lines_are_those_with_replacement_characters() -> None:
    lines = _lines("Therapist: And the caf\ufffd?", "Client: The usual one.", "Client: I don\ufffdt know\ufffd")
    assert undecodable_rows(lines, "line").select("line_no").to_series().to_list() == [1, 3]


def test_utf8_read_as_mac_roman_is_repaired() -> None:
    # UTF-8 bytes read as Mac Roman: a curly quote (E2 80 9C) becomes three characters.
    before = "Client: It wasn't laziness, he said I'd \u201close my head\u201d.".encode().decode("mac_roman")
    repaired, repairs = repair_column(_lines(before), "line")
    assert repaired["line"].to_list() == ["Client: It wasn't laziness, he said I'd \u201close my head\u201d."]
    assert repairs.height == 1


JAPANESE = "夜になると涙が止まらなくて、朝起きられない日が増えています。"
CHINESE = "我最近睡不好\uff0c总是担心工作的事情。"


# (Chinese read as Shift-JIS leaves too few of the tell-tale characters to be told from rare kanji: not repaired.)
@pytest.mark.parametrize(("codec", "clean"), [("cp932", JAPANESE), ("gbk", JAPANESE), ("gbk", CHINESE)])
def test_utf8_japanese_or_chinese_read_as_shift_jis_or_gbk_is_repaired(codec: str, clean: str) -> None:
    garbled = clean.encode("utf-8").decode(codec, errors="replace")
    repaired = fix_mojibake(garbled)
    # Bytes the wrong decoder could not read are lost (U+FFFD, `?`); the rest comes back.
    kept = [c for c in repaired if c not in "\ufffd?"]
    assert len(kept) >= 0.75 * len(clean), repaired
    assert set(kept) <= set(clean), repaired


def test_a_garbled_message_quoted_in_a_clean_japanese_turn_is_read_back_alone() -> None:
    # The turn is right; only the message it quotes went through Shift-JIS: the round trip of the whole turn would
    # garble the clean part, so the garbled span is read back on its own.
    quoted = "あの時すぐに呼んでいれば、って何回も考えてしまう。"
    garbled = quoted.encode("utf-8").decode("cp932", errors="replace")
    repaired = fix_mojibake(f"{JAPANESE}読みますね。{garbled}")
    assert repaired.startswith(f"{JAPANESE}読みますね。")
    kept = [c for c in repaired if c not in "\ufffd?"]
    assert len(kept) >= 0.75 * len(JAPANESE + "読みますね。" + quoted), repaired
    assert set(kept) <= set(JAPANESE + "読みますね。" + quoted), repaired


def test_clean_chinese_and_japanese_with_a_rare_lead_character_stay() -> None:
    for clean in ("浣衣服\uff0c鐨肤\uff0c锛子都是字。", "縺 繧 繝 を含む古い文章です。"):
        assert fix_mojibake(clean) == clean


def test_a_line_with_few_mojibake_pairs_is_repaired_when_its_round_trip_is_valid_utf8() -> None:
    # UTF-8 Polish read as Windows-1250: two pairs only, which ftfy's scoring passes over.
    assert fix_mojibake("Czy to zdanie mamy pojawia siÄ™ teĹĽ wtedy?") == "Czy to zdanie mamy pojawia się też wtedy?"
    for clean in ("café déjà vu", "Zoë said “fine” — then left.", "plain words"):
        assert fix_mojibake(clean) == clean


def test_utf8_russian_read_as_windows_1251_is_found_and_repaired() -> None:
    clean = "Моя мама тоже молчала"
    broken = clean.encode("utf-8").decode("cp1251")
    frame = pl.DataFrame({"text": [broken, clean]})
    repaired, repairs = repair_column(frame, "text")
    assert repaired["text"].to_list() == [clean, clean]
    assert repairs.height == 1


def test_russian_read_in_the_other_cyrillic_code_page_is_repaired_and_shouting_is_not() -> None:
    # "Galina, hello. I thought a long time about what to write to you. I was wrong when I spoke about Vika so."
    clean = "Галина, здравствуйте. Я долго думала, что тебе написать. Я была неправа, когда говорила про Вику так."
    shouted = "ПОМОГИТЕ СРОЧНО ПРОШУ ВАС ОЧЕНЬ ЖДУ ОТВЕТА СЕГОДНЯ ЖЕ ВЕЧЕРОМ"  # noqa: RUF001 ("help urgently, ...")
    for broken in (clean.encode("cp1251").decode("koi8_r"), clean.encode("koi8_r").decode("cp1251")):
        assert fix_mojibake(broken) == clean
    assert fix_mojibake(shouted) == shouted
    # One-letter words ("at me, at mum, at my brother") are what a swapped page makes of others: they prove nothing.
    shouted_short = "У МЕНЯ У МАМЫ У БРАТА ВСЕ ПЛОХО, ВООБЩЕ ВСЕ ПЛОХО!!!"  # noqa: RUF001
    assert fix_mojibake(shouted_short) == shouted_short


def test_replacement_characters_read_as_gbk_are_read_back() -> None:
    # Two U+FFFD in UTF-8 read as GBK give the well-known 锟斤拷: the bytes were lost before, and are U+FFFD again.
    garbled = "我和丈夫之" + "\ufffd\ufffd".encode().decode("gbk") * 2 + "越来越少。"
    assert fix_mojibake(garbled) == "我和丈夫之\ufffd\ufffd\ufffd\ufffd越来越少。"
