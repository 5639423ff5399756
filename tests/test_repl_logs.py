"""A chat with a local model saved from its terminal (transforms/formats/repl_log.py), and console prompts around a
dialogue a model was asked to write (plain_text.py, meta_text.py)."""

from __future__ import annotations

import polars as pl

from tests.transforms._formats import files, rows
from transforms.formats import parse_files
from transforms.formats.detect import PLAIN_TEXT, REPL_LOG, detect_format
from transforms.pipeline import transform_texts

OLLAMA_CHAT = (
    "=~=~=~=~=~= PuTTY log 2025.02.11 22:14:03 =~=~=~=~=~=\r\n"
    "ben@nuc:~$ ollama run llama3.1:8b\r\n"
    ">>> /set system You are a calm, warm counsellor. Ask one question at a time.\r\n"
    "Set system message.\r\n"
    ">>> hi. not sure how this works really. my dog bit a kid on saturday\r\n"
    "Hi, thank you for reaching out. That sounds upsetting. Would you like to tell me more?\r\n"
    "\r\n"
    '>>> """his name is bramble, a rescue.\r\n'
    'never bitten anyone before."""\r\n'
    "That must have been frightening for everyone.\r\n"
    "\r\n"
    "How are you doing now?\r\n"
    "\r\n"
    ">>> not great\r\n"
    "I'm sorry. What feels hardest right now?\r\n"
    ">>> /bye\r\n"
)


def test_an_ollama_chat_is_the_persons_prompts_and_the_models_replies() -> None:
    assert detect_format("/data/putty.log", OLLAMA_CHAT) == REPL_LOG
    parsed = parse_files(files(OLLAMA_CHAT, paths=["/data/putty.log"]).with_columns(format=pl.lit(REPL_LOG)))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (5, "User", "client", "hi. not sure how this works really. my dog bit a kid on saturday"),
        (
            6,
            "Assistant",
            "therapist",
            "Hi, thank you for reaching out. That sounds upsetting. Would you like to tell me more?",
        ),
        (8, "User", "client", "his name is bramble, a rescue.\nnever bitten anyone before."),
        (10, "Assistant", "therapist", "That must have been frightening for everyone.\n\nHow are you doing now?"),
        (14, "User", "client", "not great"),
        (15, "Assistant", "therapist", "I'm sorry. What feels hardest right now?"),
    ]
    # The system prompt is the session's header; the console's answer to it and `/bye` are no one's words.
    assert (
        "System: You are a calm, warm counsellor. Ask one question at a time." in parsed.header_lines["line"].to_list()
    )
    assert parsed.stray_lines.is_empty()


GENERATED_WITH_CONTINUE = (
    ">>> Write a realistic counselling session between a Counsellor and a Client about work stress.\n"
    "Counsellor: Hi Marnie, thank you for coming in today. How are you feeling?\n"
    "\n"
    "Client: Tired, to be honest. I've just come off a late shift.\n"
    "\n"
    "Counsellor: So the anger from the calls ends up coming home with you.\n"
    "\n"
    ">>> continue\n"
    "Here is the rest of the session:\n"
    "\n"
    "Client: Yeah, I suppose it does. Royston says I'm not the same person when I get in.\n"
    "\n"
    "Counsellor: What would you like him to understand about it?\n"
)


def test_prompts_around_a_dialogue_the_model_wrote_are_artefacts_at_their_own_lines() -> None:
    assert detect_format("/data/log.txt", GENERATED_WITH_CONTINUE) == PLAIN_TEXT
    batch = transform_texts(
        pl.DataFrame(
            {"source_id": ["f"], "path": ["/data/log.txt"], "sha256": ["f"], "text": [GENERATED_WITH_CONTINUE]}
        )
    )
    meta = batch.defects.filter(pl.col("defect_type") == "meta_text")
    assert sorted(meta["source_line"].to_list()) == [1, 8, 9]
    assert batch.turns["text"][2] == "So the anger from the calls ends up coming home with you."
    assert batch.turns.height == 5


def test_a_client_quoting_a_message_set_off_by_console_marks_keeps_it() -> None:
    text = (
        "Therapist: What did the message say?\n"
        "Client: It said\n"
        ">>> you'll never find anyone who puts up with you\n"
        "and I read it about fifty times before bed.\n"
        "Therapist: That sounds painful to keep rereading.\n"
    )
    batch = transform_texts(pl.DataFrame({"source_id": ["f"], "path": ["/d/q.txt"], "sha256": ["f"], "text": [text]}))
    assert "fifty times" in batch.turns["text"][1]
    assert batch.defects.filter(pl.col("severity") != "info").is_empty()


def test_console_commands_answers_and_continued_lines_are_read_as_the_console_prints_them() -> None:
    log = (
        "ben@nuc:~$ ollama run llama3.1:8b\n"
        '>>> """my dad died two months ago.\n'
        "... it still does not feel real\n"
        '... """\n'
        "I'm so sorry. Two months is very recent. What has it been like?\n"
        ">>> /show system\n"
        "You are a calm, warm counsellor.\n"
        "Ask one question at a time.\n"
        ">>> numb mostly\n"
        "Numb makes sense so soon after a loss. When do you notice it most?\n"
        ">>> /bye\n"
        "ben@nuc:~$ logout\n"
    )
    assert detect_format("/d/ollama.log", log) == REPL_LOG
    parsed = parse_files(files(log, paths=["/d/ollama.log"]).with_columns(format=pl.lit(REPL_LOG)))
    assert rows(parsed.turns, "speaker", "text") == [
        ("User", "my dad died two months ago.\nit still does not feel real"),
        ("Assistant", "I'm so sorry. Two months is very recent. What has it been like?"),
        ("User", "numb mostly"),
        ("Assistant", "Numb makes sense so soon after a loss. When do you notice it most?"),
    ]


def test_a_named_dialogue_the_model_wrote_is_no_chat_with_it() -> None:
    log = (
        ">>> Write a short session between a counsellor, Maya, and her client Tom.\n"
        "Maya: Hi Tom, what brings you in today?\n"
        "Tom: Work, mostly. I can't switch off.\n"
        "Maya: What does not switching off look like?\n"
        ">>> continue\n"
        "Tom: Checking emails at midnight.\n"
    )
    assert detect_format("/d/gen.txt", log) == PLAIN_TEXT
