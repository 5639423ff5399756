# ruff: noqa: RUF001  (full-width punctuation is the test data)
"""Chinese, Japanese and Korean transcripts, and peer-support chat exports, as blind sets 33 and 34 brought them: a
chat app's JSON that names its senders by id in a participant list, a WeChat export's remark names (`咨询师-周老师`),
refusals and generation notes in the three languages, a CSV whose message ids carry a prefix (`m-0007`) and a sample
chat announced by its generator."""

from __future__ import annotations

import json

import polars as pl
import pytest

from tests.file_batch import FileBatch, file_batch

KESTREL = {
    "app": "Peer chat",
    "participants": [
        {"sender_id": "u_81", "role": "member", "display_name": "member"},
        {"sender_id": "v_07", "role": "listener", "display_name": "Ines"},
    ],
    "messages": [
        {"seq": 1, "sender_id": "system", "text": "Member joined the chat", "type": "system"},
        {"seq": 2, "sender_id": "v_07", "text": "Hi, I'm Ines, one of the listeners. What's on your mind tonight?"},
        {"seq": 3, "sender_id": "u_81", "text": "my flatmate moved out and i cant cover the rent"},
        {
            "seq": 4,
            "sender_id": "v_07",
            "text": "That sounds like a lot to land on you at once. When did she tell you?",
        },
        {"seq": 5, "sender_id": "u_81", "text": "sunday. i havent told my mum yet"},
    ],
}
WECHAT = """2024-03-12 20:58:40 咨询师-林老师：你好，我是林老师。我们现在可以开始了吗？
2024-03-12 21:00:12 来访者-阿杰：可以的老师。
2024-03-12 21:00:30 咨询师-林老师：上次你说到睡眠不太好，这一周怎么样？
2024-03-12 21:02:05 来访者-阿杰：还是很差，每天三点才睡着。
2024-03-12 21:02:41 咨询师-林老师：作為一個AI語言模型，我無法提供專業的心理諮商服務。
2024-03-12 21:03:20 来访者-阿杰：好吧。下周见。（注：本对话为虚构）
2024-03-12 21:04:02 咨询师-林老师：很抱歉，我无法继续回答这个问题。如果你正处于危机之中，请拨打心理援助热线。
2024-03-12 21:04:40 来访者-阿杰：那我先下线了，谢谢老师。
"""
JAPANESE = """カウンセラー：今日はどのようなことでいらっしゃいましたか。
相談者：仕事のミスが頭から離れなくて、夜も眠れないんです。
カウンセラー：申し訳ありませんが、私はAIアシスタントのため、そのご相談にはお答えできません。
相談者：そうですか。
"""
KOREAN = """상담사: 오늘은 어떤 이야기를 하고 싶으세요?
내담자: 요즘 회사에 가는 게 너무 힘들어요.
상담사: 죄송하지만 저는 AI 언어 모델이기 때문에 전문적인 심리 상담을 제공할 수 없습니다.
내담자: 알겠습니다.
"""
PEBBLE = """conversation_id,message_id,sender_role,body
P-1,m-0001,listener,"hi, thanks for reaching out. what's on your mind?"
P-1,m-0002,member,my exams start monday and i cant sleep
P-1,m-0003,listener,that sounds exhausting. how many hours are you getting?
P-2,m-0001,listener,"hi there, i'm a peer listener. how can i help tonight?"
P-2,m-0002,member,my dog is really ill and i keep crying at work
P-2,m-0003,listener,it makes sense to be upset when someone you love is ill.
P-1,m-0001,listener,"hi, thanks for reaching out. what's on your mind?"
P-1,m-0002,member,my exams start monday and i cant sleep
P-1,m-0003,listener,that sounds exhausting. how many hours are you getting?
"""
SAMPLE = """Sure! Here's a realistic sample helpline text chat you can use for volunteer training:

Volunteer: Hi, you're through to the text line. What's going on for you tonight?
Texter: cant switch off. work stuff going round and round
Volunteer: That sounds tiring. How long has it been like this?
Texter: couple of weeks
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> FileBatch:
    files = {
        "kestrel.json": json.dumps(KESTREL, indent=1, ensure_ascii=False),
        "wechat.txt": WECHAT,
        "japanese.txt": JAPANESE,
        "korean.txt": KOREAN,
        "pebble.csv": PEBBLE,
        "sample.txt": SAMPLE,
    }
    return file_batch(tmp_path_factory.mktemp("cjk_chats"), files)


def _kinds(defects: pl.DataFrame) -> list[tuple[str, int | None]]:
    return sorted(
        defects.filter(pl.col("severity") != "info").select("defect_type", "source_line").iter_rows(),
        key=lambda row: (row[1] or 0, row[0]),
    )


def test_senders_named_by_id_in_a_participant_list(batch: FileBatch) -> None:
    _, turns, defects = batch.of("kestrel.json")
    # The app's `"type": "system"` notice is no turn; the ids take the participant list's names and roles.
    assert turns.select("speaker", "role").rows() == [
        ("Ines", "therapist"),
        ("member", "client"),
        ("Ines", "therapist"),
        ("member", "client"),
    ]
    assert _kinds(defects) == []


def test_remark_names_and_a_traditional_chinese_refusal(batch: FileBatch) -> None:
    _, turns, defects = batch.of("wechat.txt")
    assert turns.get_column("role").to_list() == ["therapist", "client"] * 4
    assert ("refusal", 5) in _kinds(defects)
    assert ("refusal", 7) in _kinds(defects)
    # The generator's note in full-width brackets is cut from the turn it closes.
    assert ("meta_text", 6) in _kinds(defects)
    assert turns.filter(pl.col("source_line") == 6).get_column("text").item() == "好吧。下周见。"


@pytest.mark.parametrize("name", ["japanese.txt", "korean.txt"])
def test_japanese_and_korean_assistant_refusals(batch: FileBatch, name: str) -> None:
    _, _, defects = batch.of(name)
    assert _kinds(defects) == [("refusal", 3)]


def test_a_conversation_exported_again_under_prefixed_message_ids(batch: FileBatch) -> None:
    sessions, _, defects = batch.of("pebble.csv")
    # `m-0001` again after the other conversation: a second copy, not every turn said twice.
    assert sessions.height == 2
    assert _kinds(defects) == [("duplicate_session", 8)]


def test_a_generators_announcement_of_a_sample_chat(batch: FileBatch) -> None:
    _, turns, defects = batch.of("sample.txt")
    assert turns.height == 4
    assert _kinds(defects) == [("meta_text", 1)]


SPEECH = {
    "korean_next.txt": "상담사: 오늘 이야기 나눠 주셔서 감사해요. 다음은 다음 주 상담 일정에 대해 이야기해 볼게요.\n"
    "내담자: 네, 좋아요.\n",
    "japanese_ai.txt": "相談者：会社がAIを入れるそうで、仕事がなくなるかもしれないんです。\n"
    "カウンセラー：AIのために仕事を失うかもしれないという不安は、今多くの人が感じているものです。\n",
    "hex_ids.csv": "conversation_id,message_id,speaker,text\n"
    "c1,9f2ab4c1,counsellor,Hi there. What is on your mind tonight?\n"
    "c1,3b7e01fa,client,My exams start on Monday and I cannot sleep.\n"
    "c1,d4e1f0a9,counsellor,That sounds exhausting. How many hours are you getting?\n"
    "c1,e5083127,client,Maybe four on a good night.\n"
    "c1,7ac3b2d0,counsellor,Four hours before exams is hard on anyone.\n",
    "eval_run.json": json.dumps(
        {
            "run_id": "r-01",
            "exchanges": [
                {
                    "turn": 1,
                    "user_id": "persona-3",
                    "prompt": "I feel so alone lately.",
                    "completion": "That sounds really hard. What has been happening?",
                },
                {
                    "turn": 2,
                    "user_id": "persona-3",
                    "prompt": "My friends moved away.",
                    "completion": "Losing people close by can leave a big gap.",
                },
            ],
        }
    ),
}


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> FileBatch:
    return file_batch(tmp_path_factory.mktemp("speech"), SPEECH)


def test_a_korean_next_and_a_japanese_worry_about_ai_are_speech(speech: FileBatch) -> None:
    for name in ("korean_next.txt", "japanese_ai.txt"):
        _, turns, defects = speech.of(name)
        assert _kinds(defects) == [], name
        assert turns.height == 2


def test_hex_message_ids_keep_the_file_order(speech: FileBatch) -> None:
    _, turns, _ = speech.of("hex_ids.csv")
    assert turns.get_column("text").to_list()[3] == "Maybe four on a good night."


def test_an_evaluation_run_with_a_user_id_is_read_as_exchanges(speech: FileBatch) -> None:
    _, turns, _ = speech.of("eval_run.json")
    assert turns.height == 4
