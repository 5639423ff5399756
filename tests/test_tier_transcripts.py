"""Praat TextGrids and ELAN documents: a tier per speaker, its timed intervals the turns in time order."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from flows.batch import process_batch
from transforms.formats import tier_transcripts
from transforms.formats.detect import TIER_TRANSCRIPTS, detect_format


def _interval(start: float, end: float, text: str) -> list[str]:
    return [f"            xmin = {start} ", f"            xmax = {end} ", f'            text = "{text}" ']


def _tier(name: str, intervals: list[tuple[float, float, str]]) -> list[str]:
    lines = ['        class = "IntervalTier" ', f'        name = "{name}" ', "        xmin = 0 ", "        xmax = 30 "]
    lines.append(f"        intervals: size = {len(intervals)} ")
    for k, (start, end, text) in enumerate(intervals, 1):
        lines += [f"        intervals [{k}]:", *_interval(start, end, text)]
    return lines


TEXTGRID = (
    "\n".join(
        [
            'File type = "ooTextFile"',
            'Object class = "TextGrid"',
            "",
            "xmin = 0 ",
            "xmax = 30 ",
            "tiers? <exists> ",
            "size = 3 ",
            "item []: ",
            "    item [1]:",
            *_tier("Therapist", [(0, 2, ""), (2, 6, "How has the week been?"), (6, 14, ""), (14, 18, "Mm-hm.")]),
            "    item [2]:",
            *_tier("Client", [(0, 6, ""), (6, 14, 'Better. I said ""no"" to my boss twice.'), (14, 30, "")]),
            "    item [3]:",
            '        class = "TextTier" ',
            '        name = "events" ',
            "        xmin = 0 ",
            "        xmax = 30 ",
            "        points: size = 1 ",
            "        points [1]:",
            "            number = 10 ",
            '            mark = "door slams" ',
        ]
    )
    + "\n"
)

EAF = """<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="" FORMAT="3.0" VERSION="3.0">
    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
    <TIME_ORDER>
        <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/>
        <TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="4000"/>
        <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="4500"/>
        <TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="9000"/>
    </TIME_ORDER>
    <TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="Owen Price" TIER_ID="Client">
        <ANNOTATION>
            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts4">
                <ANNOTATION_VALUE>I made it to the shop on the third go.</ANNOTATION_VALUE>
            </ALIGNABLE_ANNOTATION>
        </ANNOTATION>
    </TIER>
    <TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="Gwen Rhys" TIER_ID="Counsellor">
        <ANNOTATION>
            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2">
                <ANNOTATION_VALUE>How did the week go with the shop?</ANNOTATION_VALUE>
            </ALIGNABLE_ANNOTATION>
        </ANNOTATION>
    </TIER>
    <TIER LINGUISTIC_TYPE_REF="comment-lt" PARENT_REF="Client" TIER_ID="Comments">
        <ANNOTATION>
            <REF_ANNOTATION ANNOTATION_ID="a3" ANNOTATION_REF="a2">
                <ANNOTATION_VALUE>change talk</ANNOTATION_VALUE>
            </REF_ANNOTATION>
        </ANNOTATION>
    </TIER>
</ANNOTATION_DOCUMENT>
"""


def _parse(text: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    parsed = tier_transcripts.parse_files(pl.DataFrame({"source_id": ["f"], "text": [text]}))
    return parsed.sessions, parsed.turns


def test_a_textgrid_is_its_intervals_with_text_in_time_order_on_their_text_lines() -> None:
    assert detect_format("/x/s.TextGrid", TEXTGRID) == TIER_TRANSCRIPTS
    sessions, turns = _parse(TEXTGRID)
    assert turns.select("speaker", "role", "text", "timestamp").rows() == [
        ("Therapist", "therapist", "How has the week been?", "2"),
        ("Client", "client", 'Better. I said "no" to my boss twice.', "6"),
        ("Therapist", "therapist", "Mm-hm.", "14"),
    ]
    lines = TEXTGRID.splitlines()
    assert all(lines[n - 1].strip().startswith("text = ") for n in turns["source_line"])
    # The point tier's mark is no turn, but kept.
    assert json.loads(sessions["source_metadata"][0])["points"][0]["mark"] == "door slams"


def test_an_elan_document_reads_tiers_by_participant_and_role_with_dependent_tiers_as_labels() -> None:
    assert detect_format("/x/s.eaf", EAF) == TIER_TRANSCRIPTS
    _, turns = _parse(EAF)
    assert turns.select("speaker", "role", "timestamp").rows() == [
        ("Gwen Rhys (Counsellor)", "therapist", "1"),
        ("Owen Price (Client)", "client", "4.5"),
    ]
    lines = EAF.splitlines()
    assert all("<ANNOTATION_VALUE>" in lines[n - 1] for n in turns["source_line"])
    assert json.loads(turns["source_labels"][1]) == {"Comments": "change talk"}


def test_a_textgrid_through_the_batch(tmp_path: Path) -> None:
    repeated = TEXTGRID.replace("Mm-hm.", "How has the week been?")
    path = tmp_path / "session.TextGrid"
    path.write_text(repeated)
    batch = process_batch([str(path)], {})
    assert batch.sources.select("status", "turns_parsed").row(0) == ("loaded", 3)
    duplicate = batch.defects.filter(pl.col("defect_type") == "duplicate_turn")["source_line"].to_list()
    assert [repeated.splitlines()[n - 1].strip() for n in duplicate] == ['text = "How has the week been?"']


EXB = """<?xml version="1.0" encoding="UTF-8"?>
<basic-transcription>
<head>
<meta-information><project-name>Stress study</project-name></meta-information>
<speakertable>
<speaker id="SPK0"><abbreviation>TH</abbreviation>
<ud-speaker-information><ud-information attribute-name="role">therapist</ud-information></ud-speaker-information>
</speaker>
<speaker id="SPK1"><abbreviation>CL</abbreviation><ud-speaker-information/></speaker>
</speakertable>
</head>
<basic-body>
<common-timeline>
<tli id="T0" time="0.0"/><tli id="T1" time="3.2"/><tli id="T2"/><tli id="T3" time="9.5"/>
</common-timeline>
<tier id="TIE0" speaker="SPK0" category="v" type="t" display-name="TH [v]">
<event start="T0" end="T1">So where would you like to start today? </event>
<event start="T2" end="T3">A rough fortnight. </event>
</tier>
<tier id="TIE1" speaker="SPK1" category="v" type="t" display-name="CL [v]">
<event start="T1" end="T2">Work, I think. ((laughs)) </event>
</tier>
<tier id="TIE2" speaker="SPK1" category="k" type="a" display-name="CL [k]">
<event start="T1" end="T2">laughs while speaking</event>
</tier>
</basic-body>
</basic-transcription>
"""


def test_an_exmaralda_transcription_reads_its_speech_tiers_in_timeline_order() -> None:
    assert detect_format("/x/s.exb", EXB) == TIER_TRANSCRIPTS
    _, turns = _parse(EXB)
    # The timeline orders the events across tiers; the speaker table names the role or the alias table reads it.
    assert turns.select("source_line", "speaker", "role", "text", "timestamp").rows() == [
        (17, "TH (therapist)", "therapist", "So where would you like to start today?", "0"),
        (21, "CL", "client", "Work, I think. ((laughs))", "3.2"),
        (18, "TH (therapist)", "therapist", "A rough fortnight.", None),
    ]
    # A comment tier is no speech: its note labels the turn it falls in.
    assert json.loads(turns["source_labels"][1]) == {"CL [k]": "laughs while speaking"}


SHORT_TEXTGRID = """File type = "ooTextFile"
Object class = "TextGrid"

0
20
<exists>
2
"IntervalTier"
"Therapist"
0
20
2
0
5
"How has the week been?"
5
20
""
"IntervalTier"
"Client"
0
20
2
0
6
""
6
20
"Better. I said ""no"" to my boss twice."
"""


def test_a_short_format_textgrid_reads_like_the_long_one() -> None:
    assert detect_format("/x/s.TextGrid", SHORT_TEXTGRID) == TIER_TRANSCRIPTS
    _, turns = _parse(SHORT_TEXTGRID)
    assert turns.select("speaker", "text", "timestamp", "source_line").rows() == [
        ("Therapist", "How has the week been?", "0", 15),
        ("Client", 'Better. I said "no" to my boss twice.', "6", 29),
    ]
