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


WHATSAPP_ANDROID = (
    "05/03/24, 8:09\u202fpm - Messages and calls are end-to-end encrypted.\n"
    "05/03/24, 8:11\u202fpm - Kabir: Hi, kya yeh Saathi helpline hai?\n"
    "05/03/24, 8:12\u202fpm - Ira (Saathi Helpline): Haan Kabir, main Ira hoon, Saathi ki counsellor.\n"
    "05/03/24, 8:14\u202fpm - Kabir: Actually pata nahi kahan se start karun.\n"
    "05/03/24, 8:15\u202fpm - Ira (Saathi Helpline): Koi baat nahi. Jo abhi sabse zyada pareshan kar raha hai?\n"
)

LINE_THAI = (
    "[LINE] ประวัติการแชทกับ ใจเย็น เคาน์เซลลิ่ง\n"
    "วันที่บันทึก: 14/03/2024 11:48\n"
    "\n"
    "20:02\tต้นข้าว\tสวัสดีค่ะ พอจะคุยได้ไหมคะ\n"
    "20:03\tใจเย็น เคาน์เซลลิ่ง\tสวัสดีครับ ผมชื่อเอก วันนี้มีเรื่องอะไรอยากเล่าให้ฟังไหมครับ\n"
    "20:05\tต้นข้าว\tเพิ่งเลิกกับแฟนเมื่ออาทิตย์ก่อนค่ะ แล้วงานก็หนักมาก\n"
    "20:06\tใจเย็น เคาน์เซลลิ่ง\tสองเรื่องใหญ่มาพร้อมกันเลยนะครับ ตอนนี้เป็นยังไงบ้าง\n"
)

HINDI = (
    "परामर्शदाता: नमस्ते नेहा, आइए बैठिए। पिछली बार से अब तक कैसा रहा?\n"
    "क्लाइंट: ठीक नहीं रहा। प्रीलिम्स में बस दो महीने बचे हैं।\n"
    "रिसेप्शनिस्ट: मैडम, माफ़ कीजिए, चार बजे वाले क्लाइंट का फ़ोन आया था।\n"
    "परामर्शदाता: दो महीने बचे हैं और पढ़ाई उतनी नहीं हो पा रही जितनी आप चाहती हैं।\n"
    "क्लाइंट: हाँ, और घर पर सबको लगता है मैं मेहनत नहीं कर रही।\n"
)

TAMIL_CSV = (
    "\ufeffஅமர்வு எண்,வரிசை,பேசுபவர்,உரை\n"
    "TN-247,1,ஆலோசகர்,வணக்கம் கார்த்திக். போன வாரம் வேலை தேடுவது பற்றி பேசினோம்.\n"
    "TN-247,2,பயனாளர்,வணக்கம் மேடம். இந்த வாரமும் கஷ்டமாகத்தான் இருந்தது.\n"
    "TN-247,3,ஆலோசகர்,வேலை தேடுவது நீண்டுகொண்டே போகிறது என்று சொல்கிறீர்கள்.\n"
    "TN-247,4,பயனாளர்,ஆமாம். காலையில் எழுந்தவுடன் என்ன செய்வது என்று தெரியவில்லை.\n"
)


def test_asian_scripts_and_chat_exports(tmp_path: Path) -> None:
    batch = file_batch(
        tmp_path,
        {"whatsapp.txt": WHATSAPP_ANDROID, "line.txt": LINE_THAI, "hindi.txt": HINDI, "tamil.csv": TAMIL_CSV},
    )
    # Android's WhatsApp puts a narrow no-break space before "pm".
    assert batch.of("whatsapp.txt")[1].get_column("source_line").to_list() == [2, 3, 4, 5]
    _, turns, defects = batch.of("line.txt")
    assert turns.select("source_line", "role").rows() == [
        (4, "client"),
        (5, "therapist"),
        (6, "client"),
        (7, "therapist"),
    ]
    assert defects.filter(pl.col("severity") != "info").is_empty()
    _, turns, defects = batch.of("hindi.txt")
    assert turns.get_column("role").to_list() == ["therapist", "client", "unknown", "therapist", "client"]
    assert defects.filter(pl.col("severity") != "info").select("source_line", "defect_type").rows() == [
        (3, "unknown_speaker")
    ]
    assert batch.of("tamil.csv")[1].get_column("role").to_list() == ["therapist", "client", "therapist", "client"]


@pytest.mark.parametrize(
    "text",
    [
        "क्षमा करें, एक AI सहायक के रूप में मैं इस विषय पर बात नहीं कर सकता।",
        "একজন এআই ভাষা মডেল হিসেবে আমি এই বিষয়ে সাহায্য করতে পারি না।",
        "ขออภัย ระบบ AI ไม่สามารถให้คำแนะนำในเรื่องนี้ได้ กรุณาติดต่อสายด่วน 1323",
        "Pasensya na, bilang isang AI ay hindi ko kayang pag-usapan ang paksang ito.",
    ],
)
def test_refusals_in_south_and_south_east_asian_languages(text: str) -> None:
    assert refusal_defects(session(("C", "Hindi ako makatulog."), ("T", text))).height == 1


@pytest.mark.parametrize(
    "text",
    [
        "অবশ্যই! নিচে একজন কাউন্সেলর ও একজন নতুন মায়ের মধ্যে একটি কথোপকথন দেওয়া হলো:",
        "یہ رہی صاف کی ہوئی ٹرانسکرپٹ، جس میں سے غیر ضروری الفاظ ہٹا دیے گئے ہیں:",
        "Narito ang inayos na transcript ng sesyon. Tinanggal ko na ang mga 'ah' at 'uhm':",
    ],
)
def test_generator_intros_in_south_and_south_east_asian_languages(text: str) -> None:
    assert pl.select(is_generator_intro(pl.lit(text))).item()
