# ruff: noqa: E501
"""Transcripts as research tools and transcription services deliver them: ATLAS.ti reports, NVivo exports, ELAN's
tab-delimited tables with a column per speaker, conversation-analysis extracts and service end marks."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from tests.file_batch import file_batch

ATLAS_TI = """ATLAS.ti Report
Study of alliance ruptures, wave 2
Document: D 3: P12_session05
Created: 03/02/2025 10:14:52 by Coder 2

Content:

\u00b6 1: Sure! Here is the anonymised transcript, with names and places replaced by placeholders:
\u00b6 2: Therapist: Last week we said you would try the bus twice. How did it go?
\u00b6 3: Client: Only once, on the Monday, and I got off two stops early.
    Codes: \u25cf Homework: partial
\u00b6 4: Therapist: Once, on the Monday. Tell me about that one.
\u00b6 5: Client: I held my breath the whole way and stared at the floor.
    Codes: \u25cf Avoidance: safety behaviour
\u00b6 6: Therapist: What did you notice when you got off?
\u00b6 7: Client: I'm sorry, but I can't help with rewriting this passage, as it describes self-harm. Please reach out to a mental health professional.
\u00b6 8: Therapist: Shall we plan the next ride together?
\u00b6 9: Client: Yes. Tuesday, with my sister.
"""


def test_atlas_ti_paragraph_numbers_and_code_lines_are_no_speakers(tmp_path: Path) -> None:
    _, turns, defects = file_batch(tmp_path, {"report.txt": ATLAS_TI}).of("report.txt")
    assert turns.get_column("speaker").unique().sort().to_list() == ["Client", "Therapist"]
    assert turns.get_column("source_line").to_list() == [9, 10, 12, 13, 15, 16, 17, 18]
    assert not turns.get_column("text").str.contains("\u00b6").any()
    found = set(defects.filter(pl.col("severity") != "info").select("source_line", "defect_type").iter_rows())
    # The anonymising tool's announcement, and its refusal put in the client's mouth.
    assert found == {(8, "meta_text"), (16, "refusal")}


NVIVO_SESSION = """1\tInterviewer: Thanks for coming in. Could you tell me how you first ended up seeing a counsellor?
2\tRespondent: My GP, really. I went in about my back and ended up crying in his office.
3\tInterviewer: What was that like?
4\tRespondent: Mortifying. He passed me the tissues and said we should talk about something else.
5\tInterviewer: How long before you saw someone?
6\tRespondent: Eleven weeks. I nearly cancelled twice.
7\tInterviewer: What stopped you cancelling?
8\tRespondent: My wife. She said I had waited eleven weeks and I was going.
9\tInterviewer: Thank you. That's really helpful.
"""


def test_nvivo_sources_are_sessions_and_an_interviewer_asks(tmp_path: Path) -> None:
    text = (
        "<Files\\\\Wave 1\\\\P04_interview>\nExported from NVivo 14 on 09/01/2025 16:20.\n\n"
        + NVIVO_SESSION
        + "\n<Files\\\\Wave 1\\\\P04_interview (2)>\nExported from NVivo 14 on 09/01/2025 16:21.\n\n"
        + NVIVO_SESSION
    )
    _, turns, defects = file_batch(tmp_path, {"export.txt": text}).of("export.txt")
    assert turns.n_unique("session_id") == 1
    assert dict(turns.select("speaker", "role").unique().iter_rows()) == {
        "Interviewer": "therapist",
        "Respondent": "client",
    }
    warnings = defects.filter(pl.col("severity") != "info")
    assert warnings.select("source_line", "defect_type").rows() == [(17, "duplicate_session")]


ELAN_COLUMNS = (
    "Begin Time - hh:mm:ss.ms\tEnd Time - hh:mm:ss.ms\tTherapist\tClient\tNotes\n"
    "00:01:48.881\t00:01:54.723\tSo the supermarket was the one you wanted to start with.\t\t\n"
    "00:01:55.000\t00:02:00.116\t\tYeah. The big one on the ring road.\t\n"
    "00:02:00.500\t00:02:01.000\t\t\t[overlap - Mm-hm]\n"
    "00:02:00.923\t00:02:03.288\tWhat is it about the big one?\t\t\n"
    "00:02:04.125\t00:02:09.908\t\tThe queues. Everyone looks at you.\t\n"
)


def test_elan_tab_export_with_a_column_per_speaker(tmp_path: Path) -> None:
    _, turns, _ = file_batch(tmp_path, {"elan.txt": ELAN_COLUMNS}).of("elan.txt")
    assert turns.select("source_line", "role").rows() == [
        (2, "therapist"),
        (3, "client"),
        (5, "therapist"),
        (6, "client"),
    ]


def test_an_overlap_at_a_turns_end_is_no_cut_and_a_service_end_mark_no_artefact(tmp_path: Path) -> None:
    conversation_analysis = (
        "THR:  so when you say it's everything, what's the first thing that goes through your mind.\n"
        "CLT:  .hhh it's- (.) it's the wor- the word useless. and it just comes [in\n"
        "THR:                                                                    [mm\n"
        "CLT:  like before I've even got out of bed.\n"
        "THR:  before you're even up.\n"
        "CLT:  yeah. it's stupid.\n"
    )
    service = (
        "COUNSELLOR:  What would one ordinary thing look like, between now and the hearing?\n\n"
        "CLIENT:  Swimming. I used to swim on Thursdays, and then I kept thinking about the people who\n\n"
        "[END OF AUDIO]\n"
    )
    clean_service = (
        "COUNSELLOR:  What would one ordinary thing look like, between now and the hearing?\n\n"
        "CLIENT:  Swimming on Thursdays, like I used to.\n\n"
        "[END OF TRANSCRIBED SECTION 00:13:37]\n"
    )
    batch = file_batch(tmp_path, {"ca.txt": conversation_analysis, "cut.txt": service, "clean.txt": clean_service})
    assert batch.of("ca.txt")[2].filter(pl.col("defect_type") == "truncated_turn").is_empty()
    _, _, cut = batch.of("cut.txt")
    assert cut.select("source_line", "defect_type").rows() == [(3, "truncated_turn")]
    assert batch.of("clean.txt")[2].is_empty()
