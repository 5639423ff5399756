"""HTML transcript exports (transforms/formats/html_export.py): markup -> text lines -> the plain-text rules.

The dialogue is made up for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, rows
from transforms.formats import parse_files
from transforms.formats.detect import HTML, PLAIN_TEXT, detect_format
from transforms.formats.html_export import text_lines

# One turn a `<p>`, a `<br>` inside a turn, entities, a `<div>`/`<span class="speaker">` export after the `<hr>`,
# and head, style and script content that is no text. Line numbers are in the comments the tests rely on.
EXPORT = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Client record: Session notes</title>
  <style>p.turn { margin: 0; } /* Therapist: not a turn */</style>
  <script>window.label = "Client: not a turn either";</script>
</head>
<body>
<h1>Session 3</h1>
<p><b>Therapist:</b> How have you been since Tuesday?</p>
<p><b>Client:</b> Better, I think. I&rsquo;ve been walking &amp; sleeping more.</p>
<p><b>Therapist:</b> That&#8217;s a real change.<br>What helped most?</p>
<p><b>Client:</b> Honestly? The caf&eacute; shifts stopping.</p>
<hr>
<h2>Session 4</h2>
<div class="turn"><span class="speaker">Therapist</span>: Welcome back. Where shall we start?</div>
<div class="turn"><span class="speaker">Client</span> Can we talk about my sister?</div>
<p>
  <b>Therapist:</b> Of course.
  Tell me about her.
</p>
</body>
</html>
"""
# (session, turn index, source line, speaker, role, text)
EXPECTED = [
    (0, 0, 11, "Therapist", "therapist", "How have you been since Tuesday?"),
    (0, 1, 12, "Client", "client", "Better, I think. I\u2019ve been walking & sleeping more."),
    (0, 2, 13, "Therapist", "therapist", "That\u2019s a real change.\nWhat helped most?"),
    (0, 3, 14, "Client", "client", "Honestly? The caf\u00e9 shifts stopping."),
    (1, 0, 17, "Therapist", "therapist", "Welcome back. Where shall we start?"),
    (1, 1, 18, "Client", "client", "Can we talk about my sister?"),
    (1, 2, 19, "Therapist", "therapist", "Of course. Tell me about her."),
]


def turn_rows(text: str) -> list[tuple[Any, ...]]:
    parsed = parse_files(files(text, paths=["/data/export.html"]))
    return rows(parsed.turns.join(parsed.sessions, on=["source_id", "segment"]), *_COLUMNS)


_COLUMNS = ("session_index", "source_turn_index", "source_line", "speaker", "role", "text")


def test_an_export_reads_as_turns_on_the_lines_their_blocks_start() -> None:
    parsed = parse_files(files(EXPORT, paths=["/data/export.html"]))

    assert rows(parsed.turns.join(parsed.sessions, on=["source_id", "segment"]), *_COLUMNS) == EXPECTED
    # Each heading heads its session, as `## Session 4` does in a text file; nothing from <head> is text.
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 10), (1, 16)]
    assert rows(parsed.header_lines, "line_no", "line") == [(10, "# Session 3"), (16, "## Session 4")]
    assert parsed.stray_lines.height == 0
    assert "not a turn" not in " ".join(parsed.turns["text"])


def test_text_lines_drop_markup_and_keep_block_lines() -> None:
    assert text_lines(EXPORT)[:6] == [
        (10, "# Session 3"),
        (11, "Therapist: How have you been since Tuesday?"),
        (12, "Client: Better, I think. I\u2019ve been walking & sleeping more."),
        (13, "Therapist: That\u2019s a real change."),
        (13, "What helped most?"),
        (14, "Client: Honestly? The caf\u00e9 shifts stopping."),
    ]
    assert (15, "---") in text_lines(EXPORT)


def test_a_heading_without_a_rule_still_splits_sessions() -> None:
    text = EXPORT.replace("<hr>\n", "<p></p>\n")
    assert [r[0] for r in turn_rows(text)] == [0, 0, 0, 0, 1, 1, 1]


def test_a_one_line_export_puts_every_turn_on_line_one() -> None:
    one_line = " ".join(line.strip() for line in EXPORT.splitlines())
    got = turn_rows(one_line)
    assert [r[2] for r in got] == [1] * len(EXPECTED)
    assert [r[3:] for r in got] == [r[3:] for r in EXPECTED]


def test_a_fragment_without_doctype_is_html_by_its_block_lines() -> None:
    fragment = (
        "<p><strong>Counsellor:</strong> What brings you in?</p>\n"
        "<p><strong>Client:</strong> My manager &mdash; mostly.</p>\n"
        "<p><strong>Counsellor:</strong> Say more?</p>\n"
    )
    assert detect_format("/data/notes.txt", fragment) == HTML
    assert [r[2:] for r in turn_rows(fragment)] == [
        (1, "Counsellor", "therapist", "What brings you in?"),
        (2, "Client", "client", "My manager \u2014 mostly."),
        (3, "Counsellor", "therapist", "Say more?"),
    ]


def test_table_rows_are_lines_and_cells_a_tab_apart() -> None:
    table = (
        "<html><body><table>\n"
        "<tr><th>Speaker</th><th>Said</th></tr>\n"
        "<tr><td>Therapist</td><td>What would a good week look like?</td></tr>\n"
        "<tr><td>Client</td><td>Fewer arguments at home.</td></tr>\n"
        "</table></body></html>\n"
    )
    assert [r[2:] for r in turn_rows(table)] == [
        (3, "Therapist", "therapist", "What would a good week look like?"),
        (4, "Client", "client", "Fewer arguments at home."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A transcript that mentions a tag once.
        "Therapist: You said the email was rude?\nClient: It was all in <b>bold</b>, like shouting.\n"
        "Therapist: How did you reply?\nClient: I didn't.\n",
        # Angle-bracket labels are a plain-text style, not markup.
        "<Therapist> How are you today?\n<Client> Tired.\n<Therapist> Tired how?\n<Client> Just tired.\n",
        # Block tags at line starts, but nothing closes them: a pasted snippet, not a document.
        "Client: I wrote it like\n<p> hello\n<p> again\n<p> bye\nTherapist: I see.\n",
    ],
    ids=["one-bold-tag", "angle-labels", "unclosed-tags"],
)
def test_text_with_a_tag_or_angle_brackets_stays_plain_text(text: str) -> None:
    assert detect_format("/data/t.txt", text) == PLAIN_TEXT


def test_a_document_is_html_whatever_its_name() -> None:
    assert detect_format("/data/export.txt", EXPORT) == HTML
    assert detect_format("/data/export.html", "\ufeff<html><body><p>Client: hi</p></body></html>") == HTML


def test_an_html_page_without_turns_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "about.html"
    path.write_text("<!DOCTYPE html><html><body><p>Our clinic opens at nine.</p></body></html>\n")
    source = process_batch([str(path)], {}).sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "HTML" in source["error"]


def test_an_export_through_the_batch_reports_a_repeated_turn_at_its_line(tmp_path: Path) -> None:
    # The client's answer is pasted twice: the repeat on line 15 is dropped as a duplicate.
    repeated = EXPORT.replace("<hr>\n", "<p><b>Client:</b> Honestly? The caf&eacute; shifts stopping.</p>\n<hr>\n")
    path = tmp_path / "export.html"
    path.write_text(repeated, encoding="utf-8")
    batch = process_batch([str(path)], {})

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 2, 8, 7)
    duplicates = batch.defects.filter(batch.defects["defect_type"] == "duplicate_turn")
    assert duplicates["source_line"].to_list() == [15]
    turns = batch.turns.sort("source_line")
    assert turns["text"].to_list()[1] == "Better, I think. I\u2019ve been walking & sleeping more."
    assert batch.sessions.sort("session_index")["source_line"].to_list() == [10, 17]


TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
 <teiHeader>
  <fileDesc><titleStmt><title>Interview corpus, sample</title></titleStmt></fileDesc>
  <profileDesc><particDesc><listPerson>
   <person xml:id="KL" role="counsellor"><persName>Kim Lowe</persName></person>
   <person xml:id="RB" role="client"><persName>Ravi (pseudonym)</persName></person>
   <person xml:id="IN" role="interpreter"><persName>Ines</persName></person>
  </listPerson></particDesc></profileDesc>
 </teiHeader>
 <text><body>
  <div type="session" n="1">
   <head>Session 1</head>
   <u who="#KL">How has the week been?</u>
   <u who="#RB">Long. I slept badly.</u>
   <incident><desc>door closes</desc></incident>
   <u who="#IN">Sorry, one word to check with him.</u>
   <u who="#KL">Take your time.</u>
  </div>
  <div type="session" n="2">
   <head>Session 2</head>
   <u who="#KL">Welcome back.</u>
   <u who="#RB">Thanks.</u>
  </div>
 </body></text>
</TEI>
"""


def test_a_tei_corpus_reads_utterances_by_their_speakers_roles() -> None:
    assert detect_format("/data/corpus.xml", TEI) == HTML
    parsed = parse_files(files(TEI))
    assert parsed.sessions.height == 2
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (14, "KL", "therapist", "How has the week been?"),
        (15, "RB", "client", "Long. I slept badly."),
        # The incident is an annotation, not speech; the interpreter speaks once and is still a speaker.
        (17, "IN", "unknown", "Sorry, one word to check with him."),
        (18, "KL", "therapist", "Take your time."),
        (22, "KL", "therapist", "Welcome back."),
        (23, "RB", "client", "Thanks."),
    ]
    assert parsed.stray_lines.height == 0


_TELEGRAM = """<!DOCTYPE html>
<html><head><title>Exported Data</title></head><body><div class="history">
<div class="message service" id="message-1">
<div class="body details">14 March 2024</div>
</div>
<div class="message default clearfix" id="message1">
<div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">W</div></div></div>
<div class="body">
<div class="pull_right date details" title="14.03.2024 22:41:02">22:41</div>
<div class="from_name">Wren</div>
<div class="text">hi. is this the listening line</div>
</div>
</div>
<div class="message default clearfix joined" id="message2">
<div class="body">
<div class="pull_right date details" title="14.03.2024 22:41:30">22:41</div>
<div class="text">from the uni poster</div>
</div>
</div>
<div class="message default clearfix" id="message3">
<div class="body">
<div class="from_name">Morven (Listener)</div>
<div class="reply_to details">In reply to <a href="#go_to_message1">this message</a></div>
<div class="forwarded body"><div class="from_name">Student Hub</div><div class="text">Opening hours: 9-5.</div></div>
<div class="text">Hi Wren, yes, you've reached us. What's on your mind tonight?</div>
</div>
</div>
</div></body></html>
"""


def test_a_telegram_export_gives_a_turn_per_message_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "messages.html"
    path.write_text(_TELEGRAM, encoding="utf-8")
    batch = process_batch([str(path)], {})
    lines = _TELEGRAM.split("\n")
    turns = batch.turns.select("source_line", "speaker", "text").rows()
    # A joined message is its sender's too; dates, initials and "In reply to" are nobody's words.
    assert [(speaker, text.split("\n")[-1]) for _, speaker, text in turns] == [
        ("Wren", "hi. is this the listening line"),
        ("Wren", "from the uni poster"),
        ("Morven (Listener)", "Hi Wren, yes, you've reached us. What's on your mind tonight?"),
    ]
    assert [lines[line - 1].split('id="')[-1] for line, _, _ in turns] == ['message1">', 'message2">', 'message3">']


ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20250311T091522Z" application="Evernote" version="10.72.4">
  <note>
    <title>Session 6 - transcript</title>
    <content>
      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div>Typed from the recording.</div>
<div><b>Anselm:</b> Good to see you. Where are we now?</div>
<div><b>Rosa:</b> She wrote back. It came on Thursday.</div>
<div><b>Anselm:</b> What's it been like, holding that letter?</div>
<div><b>Rosa:</b> Strange. Lovely. Terrifying.</div>
</en-note>]]>
    </content>
  </note>
</en-export>
"""


def test_an_evernote_export_reads_the_note_inside_its_cdata() -> None:
    # The note's markup sits in a CDATA section of a `<note>` element (no TEI annotation there).
    assert [line for _, line in text_lines(ENEX)][-4:] == [
        "Anselm: Good to see you. Where are we now?",
        "Rosa: She wrote back. It came on Thursday.",
        "Anselm: What's it been like, holding that letter?",
        "Rosa: Strange. Lovely. Terrifying.",
    ]
    parsed = parse_files(files(ENEX, paths=["/data/note.enex"]).with_columns(format=pl.lit(HTML)))
    assert rows(parsed.turns, "source_line", "speaker") == [(10, "Anselm"), (11, "Rosa"), (12, "Anselm"), (13, "Rosa")]


MESSAGE_ROOM = """<!DOCTYPE html>
<html><head><title>Messages</title></head>
<body>
<header><h1>Your message room</h1><p>Text conversation with: <span class="sender">Dervla Ruane</span></p></header>
<div class="day-divider">Monday 3 March 2025</div>
<article class="msg msg--provider">
  <header><span class="msg__author">Dervla Ruane</span> <time datetime="2025-03-03T07:42:00Z">07:42</time></header>
  <div class="msg__body"><p>Hi Ruairi, welcome to your message room. How are you finding things?</p></div>
</article>
<article class="msg msg--client">
  <header><span class="msg__author">Ruairi B.</span> <time datetime="2025-03-03T21:16:00Z">21:16</time></header>
  <div class="msg__body"><p>Hard. I keep replaying the approach.</p></div>
</article>
<div class="day-divider">Tuesday 4 March 2025</div>
<article class="msg msg--provider">
  <header><span class="msg__author">Dervla Ruane</span> <time datetime="2025-03-04T07:35:00Z">07:35</time></header>
  <div class="msg__body"><p>Thank you for writing that. When does it come back most?</p></div>
</article>
<article class="msg msg--client">
  <header><span class="msg__author">Ruairi B.</span> <time datetime="2025-03-04T22:03:00Z">22:03</time></header>
  <div class="msg__body"><p>At night, mostly.</p></div>
</article>
</body></html>
"""


def test_a_chat_page_names_its_speakers_by_their_author_element_above_each_message() -> None:
    # The author's element alone on its header line is a label; its clock (`<time>`) is no one's words, the day
    # dividers are no part of a message, and a participant named inside a sentence is no label.
    parsed = parse_files(files(MESSAGE_ROOM, paths=["/data/room.html"]).with_columns(format=pl.lit(HTML)))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (7, "Dervla Ruane", "Hi Ruairi, welcome to your message room. How are you finding things?"),
        (11, "Ruairi B.", "Hard. I keep replaying the approach."),
        (16, "Dervla Ruane", "Thank you for writing that. When does it come back most?"),
        (20, "Ruairi B.", "At night, mostly."),
    ]
    assert "Text conversation with: Dervla Ruane" in parsed.header_lines["line"].to_list()


def test_a_time_inside_a_message_is_its_words() -> None:
    page = (
        '<div class="msg"><span class="msg__author">Sam</span> <time>09:12</time>\n'
        "<p>I started it on <time>Monday the 3rd</time> and kept it up until <time>Sunday</time>.</p></div>\n"
    )
    assert [line for _, line in text_lines(page)] == [
        "Sam:",
        "I started it on Monday the 3rd and kept it up until Sunday.",
    ]
