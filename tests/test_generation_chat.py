"""A whole chat with a language model saved where the model wrote the transcript: the user's requests and the
model's framing words are artefacts outside the sessions, each request opens a session, and nothing is dropped
unreported. A chat with a model that is itself the counsellor keeps its outer labels as the speakers."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from tests.file_batch import file_batch

CHATGPT_PAGE = """Skip to content
Chat history

You said:
Write a realistic therapy session transcript between a counselor and a client who has panic attacks on the train.
ChatGPT said:
Here's a realistic therapy session transcript:

Counselor: Welcome back, Priya. How has the week been with the train journeys?

Client: Honestly, not great. I got off two stops early on Tuesday because my chest went tight.

Counselor: That sounds really frightening. What went through your mind when your chest tightened?

Client: That I was going to pass out in front of everyone and nobody would help.

Let me know if you'd like a longer version or a different setting!

You said:
make it longer
ChatGPT said:
Sure! Here's an extended version:

Counselor: Welcome back, Priya. How has the week been?

Client: Not great. I left the train early on Tuesday, and on Thursday I didn't get on at all.

Counselor: So the avoidance has grown over the week.

ChatGPT can make mistakes. Check important info.
"""

USER_ASSISTANT = """User: Can you write a sample dialogue between a school counsellor and a pupil who is bullied online?
Assistant: Of course. Here is a short sample dialogue:

Counsellor: Thanks for coming in, Amara. Your form tutor said things have been hard online.
Student: Yeah. There's a group chat where they post screenshots of me.
Counsellor: That sounds really humiliating. How long has it been going on?
Student: Since half term. I stopped going on my phone at lunch.

User: Thanks. Can you add a part where they make a plan?
Assistant: Sure:

Counsellor: Shall we work out together what happens next, so you stay in charge of it?
Student: Okay. As long as my mum doesn't find out straight away.
Counsellor: Let's start with saving the screenshots, and then decide who to tell first.
"""

# Someone talking to the chatbot itself as to a counsellor: its answers quote no dialogue of their own.
CHATBOT_AS_COUNSELLOR = """You said:
I can't sleep before my exams and I keep thinking I'll fail everything.
ChatGPT said:
That sounds exhausting. What usually goes through your mind when you lie awake?
You said:
That I'll let my parents down. My dad said: you only get one chance at this.
ChatGPT said:
That's a heavy thing to carry at night. Would it help to look at what is actually in your control this week?
"""


def _lines_of(defects: pl.DataFrame, kind: str) -> list[int]:
    return sorted(defects.filter(pl.col("defect_type") == kind).get_column("source_line").to_list())


def test_a_copied_chatgpt_page_keeps_the_generated_sessions_and_reports_its_frame(tmp_path: Path) -> None:
    sessions, turns, defects = file_batch(tmp_path, {"page.txt": CHATGPT_PAGE}).of("page.txt")
    assert turns.get_column("speaker").unique().sort().to_list() == ["Client", "Counselor"]
    assert sessions.height == 2
    # The requests, the model's framing and its sign-off: each reported at its own line. The page's own lines
    # (`Skip to content`, its footer) are furniture, like a header's.
    assert _lines_of(defects, "meta_text") == [5, 7, 17, 20, 22]
    assert "longer version" not in " ".join(turns.get_column("text").to_list())
    assert "make mistakes" not in " ".join(turns.get_column("text").to_list())
    assert defects.filter(pl.col("defect_type") == "consecutive_speaker").is_empty()


def test_user_and_assistant_around_a_generated_dialogue_are_the_frame(tmp_path: Path) -> None:
    sessions, turns, defects = file_batch(tmp_path, {"chat.txt": USER_ASSISTANT}).of("chat.txt")
    assert sessions.height == 2
    assert set(turns.get_column("speaker").to_list()) == {"Counsellor", "Student"}
    assert _lines_of(defects, "meta_text") == [1, 2, 9, 10]
    # The pupil's one line in the second, shorter generation is still a turn of hers, not words glued to the
    # counsellor's: she is a speaker in the file's first session.
    second = turns.filter(pl.col("source_line") > 10).sort("source_line")
    assert second.get_column("speaker").to_list() == ["Counsellor", "Student", "Counsellor"]


def test_a_chat_with_the_chatbot_as_counsellor_keeps_its_speakers(tmp_path: Path) -> None:
    sessions, turns, defects = file_batch(tmp_path, {"chat.txt": CHATBOT_AS_COUNSELLOR}).of("chat.txt")
    assert sessions.height == 1
    assert turns.get_column("role").to_list() == ["client", "therapist"] * 2
    assert defects.filter(pl.col("defect_type") == "meta_text").is_empty()
