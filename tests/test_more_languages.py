"""Transcripts in Arabic, Swahili, Polish, Italian and Vietnamese: their role words, an Arabic phone's WhatsApp
export, and AI refusals and generator intros in those languages."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tests.file_batch import file_batch
from tests.transforms.detector_frames import session
from transforms.meta_text import is_generator_intro
from transforms.refusal import refusal_defects

WHATSAPP_ARABIC = """9/3/24، 8:08 م - الرسائل والمكالمات مشفرة تمامًا بين الطرفين.
9/3/24، 8:09 م - سارة (متابعة): مرحبا، أنا سارة. حكيت معكم الأسبوع الماضي عن التوجيهي
9/3/24، 8:11 م - المرشدة هبة: أهلين سارة، منيح إنك رجعتي تحكي معنا. كيف كان أسبوعك؟
9/3/24، 8:12 م - سارة (متابعة): صعب. كل ما أفتح كتاب الكيمياء بحس إني بختنق
9/3/24، 8:14 م - المرشدة هبة: بتحسي إنك بتختنقي لما تفتحي الكتاب. هاد بصير بس مع الكيمياء؟
9/3/24، 8:16 م - سارة (متابعة): أكتر شي الكيمياء. لأنه بابا بده إياني أدخل طب
10/3/24، 1:21 ص - المرشدة هبة: شكرًا لتواصلك مع خط الدعم. عذرًا، لا يمكننا المساعدة في هذا الأمر عبر المحادثة.
"""

SWAHILI = """Hapa chini ni nakala iliyosahihishwa ya mazungumzo, bila maneno ya kujaza:
Mshauri: Karibu tena Brian. Wiki hii imekuwaje?
Mteja: Si mbaya sana. Lakini bado sijamwambia mtu yeyote nyumbani.
Mshauri: Bado ni siri yako peke yako. Unaweza kunieleza jinsi yote ilivyoanza?
Mhudumu: Samahani daktari, kuna simu yako kutoka hospitali ya rufaa.
Mshauri: Waambie nitapiga baada ya dakika kumi, asante.
Mteja: Nilianza na mia mbili tu. Nikashinda elfu tatu siku ya kwanza.
"""


def test_arabic_whatsapp_and_swahili_labels(tmp_path: Path) -> None:
    batch = file_batch(tmp_path, {"whatsapp.txt": WHATSAPP_ARABIC, "kikao.txt": SWAHILI})
    _, turns, defects = batch.of("whatsapp.txt")
    assert dict(turns.select("speaker", "role").unique().iter_rows()) == {
        "سارة (متابعة)": "client",
        "المرشدة هبة": "therapist",
    }
    assert turns.get_column("source_line").to_list() == [2, 3, 4, 5, 6, 7]
    assert defects.filter(pl.col("defect_type") == "refusal").get_column("source_line").to_list() == [7]
    _, turns, defects = batch.of("kikao.txt")
    assert turns.select("source_line", "role").rows() == [
        (2, "therapist"),
        (3, "client"),
        (4, "therapist"),
        (5, "unknown"),
        (6, "therapist"),
        (7, "client"),
    ]
    warnings = defects.filter(pl.col("severity") != "info")
    assert set(warnings.select("source_line", "defect_type").iter_rows()) == {(1, "meta_text"), (5, "unknown_speaker")}


@pytest.mark.parametrize(
    "text",
    [
        "بصفتي نموذج ذكاء اصطناعي، لا يمكنني تقديم الدعم في هذا الموضوع. يرجى التواصل مع مختص.",
        "Przepraszam, ale nie mogę pomóc w tej sprawie. Jeśli jesteś w kryzysie, zadzwoń pod numer 116 123.",
        "Samahani, siwezi kukusaidia na hili. Tafadhali wasiliana na mtaalamu.",
        "Xin lỗi, tôi không thể hỗ trợ bạn về vấn đề này.",
    ],
)
def test_refusals_in_more_languages(text: str) -> None:
    found = refusal_defects(session(("C", "Siwezi kulala."), ("T", text)))
    assert found.height == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ecco la trascrizione ripulita e formattata della seduta, con i turni separati per parlante:",
        "بالتأكيد! إليك حوارًا إرشاديًا بين مرشد نفسي ومستخدم يمر بتجربة انفصال:",
        "Oto transkrypcja sesji po korekcie:",
        "Dưới đây là cuộc trò chuyện giữa nhà tham vấn và thân chủ:",
    ],
)
def test_generator_intros_in_more_languages(text: str) -> None:
    assert pl.select(is_generator_intro(pl.lit(text))).item()


def test_a_polish_story_is_no_intro() -> None:
    assert not pl.select(is_generator_intro(pl.lit("Oto moja historia: byłem sam przez cały rok."))).item()


def test_a_note_in_a_row_of_its_own_is_reported_not_dropped(tmp_path: Path) -> None:
    # Column names no table reader knows (Arabic): the table is read by its values; the note sits in the first column.
    table = (
        "رقم الجلسة,الترتيب,المتحدث,النص,الوقت\n"
        "JED-118,1,المرشد,السلام عليكم يا فيصل، معك المرشد من مركز الإرشاد. تسمعني زين؟,10:27:22\n"
        "JED-118,2,الطالب,وعليكم السلام، أسمعك زين الحمد لله.,10:28:03\n"
        "JED-118,3,المرشد,كيف كان أسبوعك الأول في السكن الجامعي؟,10:28:40\n"
        "ملاحظة: انقطع الاتصال من 10:47 إلى 10:50 ولم يسجل ما قيل,,,,\n"
        "JED-118,4,الطالب,صعب شوي، ما أعرف أحد هنا وأحس إني بعيد عن أهلي.,10:51:02\n"
        "JED-118,5,المرشد,البعد عن الأهل أول مرة ثقيل. وش أكثر شي تفقده؟,10:51:53\n"
    )
    _, turns, defects = file_batch(tmp_path, {"sijil.csv": table}).of("sijil.csv")
    assert turns.get_column("source_line").to_list() == [2, 3, 4, 6, 7]
    note = defects.filter(pl.col("defect_type") == "unparseable_line")
    assert note.get_column("source_line").to_list() == [5]
    assert "انقطع الاتصال" in note.item(0, "excerpt")
