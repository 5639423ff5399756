# ruff: noqa: RUF001
"""Transcripts in Greek, Turkish, Russian, Ukrainian and Persian, some in their 8-bit code pages: role words, the
Turkish page told from the Western one, refusals and cuts in those languages; and shapes blind set 45 brought: a
cast line with roles in brackets, a Chinese session number, a scraper's HTML line between turns."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.batch import process_batch
from tests.file_batch import FileBatch, file_batch
from transforms.decode import decode_bytes

GREEK = """Θεραπευτής: Καλησπέρα, Νίκο. Πώς πέρασες την εβδομάδα;
Πελάτης: Δύσκολα. Κοιμήθηκα ελάχιστα και στη δουλειά ήμουν συνέχεια νευρικός.
Θεραπευτής: Τι σε κρατούσε ξύπνιο τα βράδια;
Πελάτης: Σκεφτόμουν ξανά και ξανά τη συζήτηση με τον προϊστάμενό μου.
Θεραπευτής: Λυπάμαι, αλλά ως μοντέλο τεχνητής νοημοσύνης δεν μπορώ να βοηθήσω σε αυτό. Απευθύνσου σε έναν ειδικό.
Πελάτης: Εντάξει. Θα το σκεφτώ.
Θεραπευτής: Την επόμενη φορά θα δούμε μαζί τι θέλεις να του πεις και θα το δοκιμάσουμε στο γραφείο πριν το
"""

TURKISH_CSV = """Oturum;Sıra;Konuşmacı;Metin
A-12;1;Danışman;Hoş geldin Deniz. Bu hafta neler oldu, anlatmak ister misin?
A-12;2;Danışan;Sınav haftasıydı. Her gece üçe kadar ders çalıştım ama hiçbir şey aklımda kalmadı.
A-12;3;Danışman;Çok yorucu bir hafta geçirmişsin. Uykusuzluk en çok hangi derste zorladı?
A-12;4;Danışan;Matematikte. Soruya bakıyorum ve gözlerim kapanıyor.
"""

RUSSIAN_WHATSAPP = """18.02.2024, 21:05 - Алина: Здравствуйте, мне дали этот номер в колледже. Можно написать?
18.02.2024, 21:06 - Ирина психолог: Здравствуйте, Алина. Да, конечно. Что у вас случилось?
18.02.2024, 21:08 - Алина: Мы с мамой опять поругались из-за колледжа.
18.02.2024, 21:10 - Ирина психолог: Звучит так, будто решение о вашей учёбе принимают за вас. Как вы к этому относитесь?
"""

UKRAINIAN = """Консультантка: Добрий день, Олено. Як минув цей тиждень?
Клієнтка: Важко. Я майже не спала, бо щоночі були тривоги.
Консультантка: Що вам найважче в такі ночі?
Клієнтка: Я розумію, що маму не змусиш переїхати. Але коли вона не бере трубку годину, я одразу думаю про
Консультантка: Ви одразу думаєте про найгірше. Це дуже виснажує.
"""

PERSIAN = """مشاور: سلام مریم جان، خوش آمدی. امروز دوست داری از کجا شروع کنیم؟
مراجع: سلام. چند هفته است که شب‌ها خوابم نمی‌برد.
مشاور: متأسفم، اما به‌عنوان یک مدل هوش مصنوعی نمی‌توانم در این زمینه کمکی ارائه دهم.
مراجع: باشه.
"""

CAST_LINE = """Participants — Morgan Hart (counselor) and Nancy Irwin (client)

Morgan: Good morning, Nancy. It's nice to meet you. How are you feeling today?

Nancy: A bit anxious, to be honest. This is my first time doing anything like this.
"""

CHINESE_SESSIONS = """本记录中“陈老师”为咨询师，“明山”为来访者。

【第1次会谈】

陈老师：明山，欢迎你来。今天想从哪里开始谈？
明山：最近找工作很不顺利，我每天都睡不好。
陈老师：听起来这段时间压力很大。

第2次会谈
陈老师：欢迎回来。这一周过得怎么样？
明山：好一点了，我按我们说的每天散步二十分钟。
"""

SCRAPED = """Counselor: How has the week been since we last spoke?

</div><div class="msg-row" data-v-3f2a9c>

Client: Better on the whole. I slept through three nights in a row.

Counselor: <think>
The client reports progress; affirm it.
</think>

That's real progress. What helped on those nights?
"""


def _bytes_batch(folder: Path, name: str, raw: bytes) -> FileBatch:
    (folder / name).write_bytes(raw)
    return FileBatch(process_batch([str(folder / name)], {}), folder)


def test_greek_roles_refusal_and_a_cut_last_turn(tmp_path: Path) -> None:
    _, turns, defects = _bytes_batch(tmp_path, "greek.txt", GREEK.encode("cp1253")).of("greek.txt")
    assert set(turns.get_column("role").to_list()) == {"therapist", "client"}
    kinds = dict(defects.select("source_line", "defect_type").iter_rows())
    assert kinds[5] == "refusal"
    # The session's last turn stops on "το" (the): a Greek clause word, listed in transforms/data/clause_words.tsv.
    assert kinds[7] == "truncated_turn"


def test_turkish_in_windows_1254_is_read_as_turkish(tmp_path: Path) -> None:
    raw = TURKISH_CSV.encode("cp1254")
    decoded = decode_bytes(raw)
    assert decoded.encoding == "cp1254"
    assert "Danışman" in decoded.text
    _, turns, _ = _bytes_batch(tmp_path, "oturum.csv", raw).of("oturum.csv")
    assert turns.get_column("role").to_list() == ["therapist", "client"] * 2


def test_a_name_with_a_role_word_after_it_and_cuts_and_refusals_in_more_scripts(tmp_path: Path) -> None:
    batch = file_batch(tmp_path, {"whatsapp.txt": RUSSIAN_WHATSAPP, "sesiia.txt": UKRAINIAN, "jalase.txt": PERSIAN})
    _, turns, _ = batch.of("whatsapp.txt")
    assert dict(turns.select("speaker", "role").unique().iter_rows()) == {
        "Алина": "client",
        "Ирина психолог": "therapist",
    }
    _, _, defects = batch.of("sesiia.txt")
    assert defects.filter(pl.col("defect_type") == "truncated_turn").get_column("source_line").to_list() == [4]
    _, _, defects = batch.of("jalase.txt")
    assert defects.filter(pl.col("defect_type") == "refusal").get_column("source_line").to_list() == [3]


def test_a_cast_line_with_roles_names_the_speakers(tmp_path: Path) -> None:
    batch = file_batch(tmp_path, {"opener.txt": CAST_LINE, "zh.txt": CHINESE_SESSIONS})
    _, turns, defects = batch.of("opener.txt")
    assert turns.get_column("role").to_list() == ["therapist", "client"]
    assert defects.filter(pl.col("defect_type") == "unparseable_line").is_empty()
    sessions, turns, defects = batch.of("zh.txt")
    assert sessions.height == 2
    assert set(turns.get_column("role").to_list()) == {"therapist", "client"}
    # The second heading is no part of the turn above it, and no stray line either.
    assert not turns.get_column("text").str.contains("会谈").any()
    assert defects.filter(pl.col("defect_type").is_in(["unparseable_line", "truncated_turn"])).is_empty()


def test_a_line_of_html_between_turns_is_stray_and_reasoning_tags_stay_meta_text(tmp_path: Path) -> None:
    _, turns, defects = file_batch(tmp_path, {"scraped.txt": SCRAPED}).of("scraped.txt")
    assert defects.filter(pl.col("defect_type") == "unparseable_line").get_column("source_line").to_list() == [3]
    assert not turns.get_column("text").str.contains("<").any()
    assert turns.filter(pl.col("source_line") == 7).get_column("text").item() == (
        "That's real progress. What helped on those nights?"
    )
