"""Counselling-skills training material: a role-play played again on purpose is no corruption, and a portfolio's
appendices are transcripts of their own."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from tests.file_batch import file_batch

OPENING = "I think I want to talk about whether I should stay on the nursing course, because I dread every shift."

RETAKE = f"""Skills Practice, Week 3: Reflecting Feelings. Triad B.

Counsellor: Thanks for coming in. We've got about fifteen minutes today. Where would you like to start?

Client: {OPENING}

Counsellor: So you're thinking about leaving nursing. Have you talked to your personal tutor about it yet?

[Tutor: pause there - what did you notice about that response?]

CUT

--- Take 2, from the client's first line ---

Client: {OPENING}

Counsellor: It sounds like the shifts have started to feel heavy, and there's some dread even in thinking about them.

Client: Yeah. Dread is the right word. I sit in the car park for ten minutes before I can make myself go in.
"""

GO_AGAIN = f"""Speaker 2: {OPENING}
Speaker 1: Are you going to take it?
Speaker 1: Sorry, sorry, can I go again? That was a closed question. Can you say your first bit again?
Speaker 2: {OPENING.replace("I dread", "I really dread")}
Speaker 1: It sounds like part of you feels trapped by it.
Speaker 2: Trapped, yes. That's exactly it.
"""

SESSION = (
    "COUNSELLOR: Hello, Rosa. We have twenty minutes. What would you like to use them for?\n\n"
    "CLIENT: My son's moved to Glasgow for university and the house is so quiet I keep the radio on all day.\n\n"
    "COUNSELLOR: The quiet is hard to sit with.\n\n"
    "CLIENT: It is. I didn't expect to miss the mess.\n"
)

PORTFOLIO = (
    "Certificate in Counselling Skills - Portfolio, Unit 4 evidence\n\n"
    "Appendix A: Transcript of skills recording 1 (client: Rosa, a colleague role-playing)\n\n"
    + SESSION
    + "\nAppendix B: Transcript of skills recording 2 (client: Dele, a colleague role-playing)\n\n"
    + SESSION
)


def test_a_retake_or_a_request_to_go_again_is_no_repeat(tmp_path: Path) -> None:
    batch = file_batch(tmp_path, {"retake.txt": RETAKE, "again.txt": GO_AGAIN, "portfolio.txt": PORTFOLIO})
    for name in ("retake.txt", "again.txt"):
        _, turns, defects = batch.of(name)
        repeats = defects.filter(pl.col("defect_type").is_in(["duplicate_turn", "near_duplicate_turn"]))
        assert repeats.is_empty(), name
        assert turns.filter(pl.col("text").str.contains("CUT")).is_empty()
    # The take starts a session of its own; the tutor's CUT is no one's words.
    assert batch.of("retake.txt")[0].height == 2
    # Two appendices holding the same transcript: the second is a copy of the first, not its every turn repeated.
    sessions, _, defects = batch.of("portfolio.txt")
    assert sessions.height == 1
    assert defects.filter(pl.col("severity") != "info").get_column("defect_type").to_list() == ["duplicate_session"]
