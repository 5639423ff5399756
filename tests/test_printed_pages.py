"""Transcripts copied out of printed documents (pdftotext, a PDF viewer): a portfolio's form above each session, bare
page numbers at the foot of a page, a running header and a document title printed again at each page's top. None of
it is anyone's turn, and left in it splits sessions wrongly, cuts turns and hides a session merged in twice."""

from __future__ import annotations

import polars as pl
import pytest

from tests.file_batch import FileBatch, file_batch

_SESSION_ONE = """Counsellor: Good afternoon, Rowan. Where would you like to begin today?

Client: With the allotment, I think. I have not been down there since March.

Counsellor: Something about March made the allotment hard to face.

Client: My brother and I dug it together. He moved away and I stopped going.
"""
_SESSION_TWO = """Counsellor: Last week you talked about the allotment. How has it been since?

Client: I went on Sunday and pulled up some of the bindweed by the shed.

Counsellor: You went back on your own. What was that like for you?

Client: Quiet, and better than I feared. I might go again on Thursday evening.
"""


def _form(number: int) -> str:
    return f"""SKILLS PORTFOLIO
Session {number} of 3

Student: Ahmed Rahimi (Certificate, year 1)
Agency: Northgate Listening Service
Client: R. (name changed)
Supervisor: reviewed on 2 May

"""


# Sessions 1 and 2, then session 2 merged in a second time as the third, each page ending on its number.
PORTFOLIO = (
    _form(1) + _SESSION_ONE + "\n\n4\n" + _form(2) + _SESSION_TWO + "\n\n7\n" + _form(3) + _SESSION_TWO + "\n\n9\n"
)

_TITLE = "Appendix B: Transcripts of the pilot sessions (anonymised)"
APPENDIX = f"""{_TITLE}

Therapist: Hello Priya, what would you like to focus on this week?
Client: The exam results come out on Friday and I keep checking the website.
Therapist: Checking feels like it might bring some relief, even though it cannot.


B-2
{_TITLE}

Client: It does for a second. Then I think of everyone else opening theirs.
Therapist: What do you picture them finding, when they open theirs?
Client: Better marks than mine, and their parents pleased with them.


B-3
{_TITLE}

Therapist: Let us write that picture down and look at it together next week.
Client: All right. I can bring the notebook I use for revision.
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> FileBatch:
    files = {"portfolio_pdftotext.txt": PORTFOLIO, "appendix_viewer_copy.txt": APPENDIX}
    return file_batch(tmp_path_factory.mktemp("printed"), files)


def test_a_portfolio_form_heads_each_session_and_is_no_turn(batch: FileBatch) -> None:
    sessions, turns, defects = batch.of("portfolio_pdftotext.txt")
    # `Session 2 of 3` opens a session; the third, a copy of the second, is a duplicate session.
    assert sessions.height == 2
    assert turns.get_column("speaker").unique().sort().to_list() == ["Client", "Counsellor"]
    assert not turns.filter(pl.col("text").str.contains("Rahimi|name changed|PORTFOLIO")).height
    # The page numbers at the foot of each page are no part of the last turn above them.
    assert turns.filter(pl.col("text").str.contains(r"\n\s*\d\s*$")).height == 0
    kinds = defects.filter(pl.col("severity") != "info").select("defect_type", "source_line").rows()
    assert kinds == [("duplicate_session", PORTFOLIO.splitlines().index(_SESSION_TWO.splitlines()[0], 40) + 1)]


def test_a_title_printed_again_at_each_page_top_is_a_running_header(batch: FileBatch) -> None:
    _, turns, defects = batch.of("appendix_viewer_copy.txt")
    assert turns.height == 8
    assert not turns.filter(pl.col("text").str.contains("Appendix|B-[23]")).height
    assert defects.filter(pl.col("severity") != "info").is_empty()


LOOP = """Therapist: What would you like to focus on today?

Client: I am not sure, maybe work, maybe home.

Therapist: What would you like to focus on today?

Client: Work, I think.

Therapist: What would you like to focus on today?
"""
HEADED_PAGES = "".join(
    f"""Session 4 - Confidential

Therapist: How has week {n} been since we last spoke?
Client: It has been long, and I have slept badly {n} nights running since Monday.

Page {n} of 3
"""
    for n in (1, 2, 3)
)
ANSWER_BELOW_LABEL = """Therapist: On a scale of one to ten, how anxious are you right now?

Client:

8

Therapist: Eight. What would make it a seven?
"""


@pytest.fixture(scope="module")
def layouts(tmp_path_factory: pytest.TempPathFactory) -> FileBatch:
    files = {"loop.txt": LOOP, "headed.txt": HEADED_PAGES, "answer.txt": ANSWER_BELOW_LABEL}
    return file_batch(tmp_path_factory.mktemp("layouts"), files)


def test_a_labelled_first_line_said_again_is_a_turn_not_a_title(layouts: FileBatch) -> None:
    _, turns, defects = layouts.of("loop.txt")
    assert turns.height + defects.filter(pl.col("defect_type") == "duplicate_turn").height == 5
    assert defects.filter(pl.col("defect_type") == "repetition_loop").height == 1


def test_a_session_heading_printed_on_every_page_is_the_page_header(layouts: FileBatch) -> None:
    sessions, turns, _ = layouts.of("headed.txt")
    assert sessions.height == 1 and turns.height == 6
    assert not turns.filter(pl.col("text").str.contains("Confidential|Page")).height


def test_a_number_under_a_label_alone_on_its_line_is_the_answer(layouts: FileBatch) -> None:
    _, turns, defects = layouts.of("answer.txt")
    assert turns.get_column("text").to_list()[1] == "8"
    assert defects.filter(pl.col("defect_type") == "empty_turn").is_empty()
