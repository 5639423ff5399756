"""SAMI captions: each caption a text line on its own file line, read with the plain-text rules."""

from __future__ import annotations

from tests.transforms._formats import files, rows
from transforms.formats import parse_files
from transforms.formats.detect import SAMI_CAPTIONS, detect_format

SAMI = """<SAMI>
<HEAD>
<TITLE>Sleep clinic role-play</TITLE>
<STYLE TYPE="text/css"><!-- .ENUSCC { Name: English; lang: en-US; SAMIType: CC; } --></STYLE>
</HEAD>
<BODY>
<SYNC Start=500><P Class=ENUSCC>[PHONE BUZZES]
<SYNC Start=1200><P Class=ENUSCC>COUNSELLOR: Thanks for coming in, Ms Reyes. How are<br>the nights?
<SYNC Start=5200><P Class=ENUSCC>&nbsp;
<SYNC Start=6100><P Class=ENUSCC>CLIENT: Long. I&#39;m awake at three and I lie there
<SYNC Start=9800><P Class=ENUSCC>until the birds start.
<SYNC Start=12000><P Class=ENUSCC>COUNSELLOR: That sounds exhausting.</P></SYNC>
</BODY>
</SAMI>
"""


def test_captions_are_turns_on_their_lines_and_an_unlabelled_caption_continues_the_turn() -> None:
    assert detect_format("/data/video.smi", SAMI) == SAMI_CAPTIONS
    parsed = parse_files(files(SAMI, paths=["/data/video.smi"]))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (8, "COUNSELLOR", "therapist", "Thanks for coming in, Ms Reyes. How are the nights?"),
        (10, "CLIENT", "client", "Long. I'm awake at three and I lie there\nuntil the birds start."),
        (12, "COUNSELLOR", "therapist", "That sounds exhausting."),
    ]
    # The head is markup; a sound caption and a caption clearing the screen are nobody's words.
    assert parsed.stray_lines.height == 0


def test_a_caption_whose_text_stands_below_its_sync_tag_and_a_second_language() -> None:
    sami = (
        "<SAMI><BODY>\r\n<SYNC Start=1000>\r\n  <P Class=ENCC>THERAPIST: Hello, come in.\r\n"
        "<SYNC Start=3000>\r\n  <P Class=ENCC>CLIENT: Thanks. It&#8217;s been a week.<P Class=FRCC>CLIENT: Merci.\r\n"
        "<SYNC Start=6000><P Class=ENCC>THERAPIST: Tell me<br>\r\nmore about it.\r\n</BODY></SAMI>\r\n"
    )
    parsed = parse_files(files(sami, paths=["/data/clip.smi"]))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (2, "THERAPIST", "Hello, come in."),
        (4, "CLIENT", "Thanks. It\u2019s been a week."),
        (6, "THERAPIST", "Tell me more about it."),
    ]
