"""E-counselling e-mail threads exported as text (transforms/formats/email_thread.py): one session per thread, one
turn per message, headers, signatures and quoted copies kept out of the turns.

The threads, names and addresses are made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import email_thread, parse_files, plain_text
from transforms.formats.detect import EMAIL_THREAD, PLAIN_TEXT, detect_format

RULE = "_" * 36
# A reply may quote a paragraph unwrapped, on one line.
UNWRAPPED = (
    "Thank you for writing. What you describe sounds frightening, and walking forty minutes every morning shows how"
    " much you are doing to cope with it. When it happens, what goes through your mind just before you get off?"
)

# Four messages, oldest first, each reply quoting the one before with `>`; the counsellor signs after `--`.
# The preamble says who is who by initial and surname.
GMAIL_THREAD = f"""Fernbank Online Counselling - secure mailbox export
Thread FB-3318 | client: T. Varga | counsellor: M. Osei

From: Tomas Varga <tomas.varga88@gmail.com>
To: Fernbank Counselling <hello@fernbank-counselling.org.uk>
Date: Sat, 8 Feb 2025 22:47
Subject: panic on the bus

Hello,

My GP gave me this address. Three times this month I have had to get off the bus because my chest went tight
and I was sure I would faint. Now I walk forty minutes to work.

Tomas

{RULE}

From: Mariam Osei <m.osei@fernbank-counselling.org.uk>
To: Tomas Varga <tomas.varga88@gmail.com>
Date: Mon, 10 Feb 2025 09:12
Subject: Re: panic on the bus

Dear Tomas,

Thank you for writing. What you describe sounds frightening, and walking forty minutes every morning shows how
much you are doing to cope with it. When it happens, what goes through your mind just before you get off?

Warm wishes,
Mariam
--
Mariam Osei | E-counsellor
Fernbank Online Counselling
This e-mail is confidential. If you are in crisis, call 999 or go to A&E.

On Sat, 8 Feb 2025 at 22:47, Tomas Varga <tomas.varga88@gmail.com> wrote:
> Hello,
>
> My GP gave me this address. Three times this month I have had to get off the bus because my chest went
> tight and I was sure I would faint. Now I walk forty minutes to work.
>
> Tomas

{RULE}

From: Tomas Varga <tomas.varga88@gmail.com>
To: Mariam Osei <m.osei@fernbank-counselling.org.uk>
Date: Tue, 11 Feb 2025 20:03
Subject: Re: panic on the bus

Hi Mariam,

That I will collapse in front of everyone and nobody will help.

Tomas

Sent from my iPhone

On Mon, 10 Feb 2025 at 09:12, Mariam Osei <m.osei@fernbank-counselling.org.uk> wrote:
> Dear Tomas,
>
> {UNWRAPPED}
>
> Warm wishes,
> Mariam
> --
> Mariam Osei | E-counsellor
> Fernbank Online Counselling
> This e-mail is confidential. If you are in crisis, call 999 or go to A&E.

{RULE}

From: Mariam Osei <m.osei@fernbank-counselling.org.uk>
To: Tomas Varga <tomas.varga88@gmail.com>
Date: Wed, 12 Feb 2025 10:30
Subject: Re: panic on the bus

Dear Tomas,

That is a very common fear with panic. Could you try one stop this week, with the plan of getting off if you
need to?

Warm wishes,
Mariam
--
Mariam Osei | E-counsellor

On Tue, 11 Feb 2025 at 20:03, Tomas Varga <tomas.varga88@gmail.com> wrote:
> Hi Mariam,
>
> That I will collapse in front of everyone and nobody will help.
>
> Tomas
"""
GMAIL_TEXTS = [
    "Hello,\n\nMy GP gave me this address. Three times this month I have had to get off the bus because my chest went"
    " tight\nand I was sure I would faint. Now I walk forty minutes to work.\n\nTomas",
    "Dear Tomas,\n\nThank you for writing. What you describe sounds frightening, and walking forty minutes every"
    " morning shows how\nmuch you are doing to cope with it. When it happens, what goes through your mind just before"
    " you get off?\n\nWarm wishes,\nMariam",
    "Hi Mariam,\n\nThat I will collapse in front of everyone and nobody will help.\n\nTomas",
    "Dear Tomas,\n\nThat is a very common fear with panic. Could you try one stop this week, with the plan of getting"
    " off if you\nneed to?\n\nWarm wishes,\nMariam",
]

# Outlook: From/Sent/To/Subject blocks, the newest reply on top of `-----Original Message-----` and of a second
# block under a rule, each a copy of a message the export already holds. No preamble; the counsellor's role is in
# her signature, without `--`.
OUTLOOK_THREAD = f"""From: Priya Nair <priya.nair@outlook.com>
Sent: 03 March 2025 19:20
To: Wellbeing Team <wellbeing@kestrel-uni.ac.uk>
Subject: exams and sleep

Hi,

I have not slept more than four hours a night since January and my exams start in May. I keep thinking I
should drop out.

Priya

{RULE}
From: Owen Price <o.price@kestrel-uni.ac.uk>
Sent: 04 March 2025 11:05
To: Priya Nair <priya.nair@outlook.com>
Subject: RE: exams and sleep

Hi Priya,

Thanks for reaching out. Four hours a night for two months would wear anyone down. Before we think about
exams, can you tell me what happens when you lie down at night?

Kind regards,
Owen Price
Wellbeing practitioner | Student Support

-----Original Message-----
From: Priya Nair <priya.nair@outlook.com>
Sent: 03 March 2025 19:20
To: Wellbeing Team <wellbeing@kestrel-uni.ac.uk>
Subject: exams and sleep

Hi,

I have not slept more than four hours a night since January and my exams start in May. I keep thinking I
should drop out.

Priya

{RULE}
From: Priya Nair <priya.nair@outlook.com>
Sent: 05 March 2025 23:51
To: Owen Price <o.price@kestrel-uni.ac.uk>
Subject: RE: exams and sleep

I lie there and list everything I haven't revised.

{RULE}
From: Owen Price <o.price@kestrel-uni.ac.uk>
Sent: 04 March 2025 11:05
To: Priya Nair <priya.nair@outlook.com>
Subject: RE: exams and sleep

Hi Priya,

Thanks for reaching out. Four hours a night for two months would wear anyone down. Before we think about
exams, can you tell me what happens when you lie down at night?

Kind regards,
Owen Price
Wellbeing practitioner | Student Support
"""


def from_lines(text: str) -> list[int]:
    """1-based lines of the text's unquoted `From:` lines."""
    return [n for n, line in enumerate(text.split("\n"), start=1) if line.startswith("From: ")]


def parse(*texts: str) -> Any:
    return parse_files(files(*texts))


def turn_rows(parsed: Any) -> list[tuple[Any, ...]]:
    return rows(parsed.turns, "source_turn_index", "source_line", "speaker", "role")


# --- detection -------------------------------------------------------------------------------------------------


def test_threads_are_recognised_by_their_header_blocks() -> None:
    assert email_thread.is_email_thread(GMAIL_THREAD)
    assert detect_format("/data/thread.txt", GMAIL_THREAD) == EMAIL_THREAD
    assert detect_format("/data/outlook.txt", OUTLOOK_THREAD) == EMAIL_THREAD


SINGLE_EMAIL = (
    "From: Ailbhe Ryan <ailbhe.r@example.net>\nTo: Counselling <help@example.org>\nSubject: hello\n\n"
    "Hi, is there a waiting list?\n\nAilbhe\n"
)
MUM_IN_A_TURN = (
    "Therapist: What did the message say?\n"
    "Client: From: my mum\nTo: me\nIt just said 'call me'. Then another one.\n"
    "From: Mum\nSubject: ??\nAnd that was it.\n"
    "Therapist: How did you feel reading that?\n"
    "Client: Tired.\n"
)
EMAIL_PASTED_IN_A_TRANSCRIPT = (
    "Therapist: You said you brought the email?\nClient: Yes, here.\n"
    + SINGLE_EMAIL
    + "Therapist: Thank you.\nClient: And he replied:\n"
    + "From: Dad <dad@example.net>\nTo: Ailbhe <ailbhe.r@example.net>\nDate: Sun\n\nCall your mother.\n"
    + "Therapist: What was that like?\n"
)


@pytest.mark.parametrize(
    "text", [SINGLE_EMAIL, MUM_IN_A_TURN, EMAIL_PASTED_IN_A_TRANSCRIPT], ids=["one-email", "mum", "pasted"]
)
def test_transcripts_and_single_emails_stay_plain_text_and_parse_as_before(text: str) -> None:
    assert not email_thread.is_email_thread(text)
    assert detect_format("/data/t.txt", text) == PLAIN_TEXT
    routed, direct = parse(text), plain_text.parse_files(files(text))
    for frame in ("sessions", "turns", "header_lines", "stray_lines"):
        assert getattr(routed, frame).equals(getattr(direct, frame)), frame


def test_a_client_saying_from_my_mum_keeps_her_turn() -> None:
    turns = parse(MUM_IN_A_TURN).turns
    assert turns["speaker"].to_list() == ["Therapist", "Client", "Therapist", "Client"]
    assert turns["text"][1].startswith("From: my mum\nTo: me\n")


# --- a thread with `>` quotes and a signature -----------------------------------------------------------------


def test_one_session_one_turn_per_message_on_its_from_line() -> None:
    parsed = parse(GMAIL_THREAD)
    assert parsed.sessions.height == 1
    lines = from_lines(GMAIL_THREAD)
    assert turn_rows(parsed) == [
        (0, lines[0], "Tomas Varga", "client"),
        (1, lines[1], "Mariam Osei", "therapist"),
        (2, lines[2], "Tomas Varga", "client"),
        (3, lines[3], "Mariam Osei", "therapist"),
    ]
    assert GMAIL_THREAD.split("\n")[lines[1] - 1] == "From: Mariam Osei <m.osei@fernbank-counselling.org.uk>"
    assert parsed.turns["timestamp"].to_list() == [
        "Sat, 8 Feb 2025 22:47",
        "Mon, 10 Feb 2025 09:12",
        "Tue, 11 Feb 2025 20:03",
        "Wed, 12 Feb 2025 10:30",
    ]


def test_a_turn_is_the_message_s_own_words_only() -> None:
    texts = parse(GMAIL_THREAD).turns["text"].to_list()
    assert texts == GMAIL_TEXTS
    for text in texts:
        assert ">" not in text and "wrote:" not in text and "E-counsellor" not in text and "iPhone" not in text


def test_headers_preamble_attributions_and_signatures_are_the_session_s_header() -> None:
    parsed = parse(GMAIL_THREAD)
    header = parsed.header_lines["line"].to_list()
    assert header[:2] == [
        "Fernbank Online Counselling - secure mailbox export",
        "Thread FB-3318 | client: T. Varga | counsellor: M. Osei",
    ]
    assert "Subject: Re: panic on the bus" in header
    assert "On Sat, 8 Feb 2025 at 22:47, Tomas Varga <tomas.varga88@gmail.com> wrote:" in header
    assert "Mariam Osei | E-counsellor" in header
    assert "Sent from my iPhone" in header
    assert not any(line.startswith(">") for line in header)
    assert set(parsed.header_lines["segment"]) == {0}
    # Every quoted line repeats a message of the thread (re-wrapped or not): dropped, not stray.
    assert parsed.stray_lines.height == 0
    assert loads(parsed.sessions["source_metadata"][0]) == {"subject": "panic on the bus"}
    assert parsed.sessions["source_line"].to_list() == [1]


def test_a_quote_of_a_message_the_export_does_not_hold_is_reported_not_lost() -> None:
    earlier = "> On Fri, 7 Feb 2025, Tomas Varga wrote:\n>> Is this the right address for counselling?\n"
    text = GMAIL_THREAD.rstrip("\n") + "\n" + earlier
    parsed = parse(text)
    assert parsed.turns.height == 4
    assert rows(parsed.stray_lines, "line") == [
        ("> On Fri, 7 Feb 2025, Tomas Varga wrote:",),
        (">> Is this the right address for counselling?",),
    ]


def test_own_words_that_look_like_header_or_attribution_stay_the_turn_s() -> None:
    text = (
        "From: Sol Reyes <sol@example.com>\nTo: Dana Holt <dana@example.net>\nDate:\nSubject: homework\n\n"
        "On Monday night, this is what I wrote:\n\nI am allowed to rest.\n\nSol\n\n"
        "From: Dana Holt <dana@example.net>\nTo: Sol Reyes <sol@example.com>\nDate: 3 June\nSubject: Re: homework\n"
        "\nThat is a kind sentence.\n\nFrom:\nTo: nobody\n"
    )
    parsed = parse(text)
    assert rows(parsed.turns, "speaker", "text", "timestamp") == [
        ("Sol Reyes", "On Monday night, this is what I wrote:\n\nI am allowed to rest.\n\nSol", None),
        # A `From:` naming no one opens no message.
        ("Dana Holt", "That is a kind sentence.\n\nFrom:\nTo: nobody", "3 June"),
    ]


# --- Outlook ------------------------------------------------------------------------------------------------------


def test_outlook_copies_of_earlier_messages_are_no_turns() -> None:
    parsed = parse(OUTLOOK_THREAD)
    lines = from_lines(OUTLOOK_THREAD)
    # Blocks 1, 2 and 4 are messages; 3 (under -----Original Message-----) and 5 (under a rule) are copies.
    assert len(lines) == 5
    assert rows(parsed.turns, "source_line", "speaker", "timestamp") == [
        (lines[0], "Priya Nair", "03 March 2025 19:20"),
        (lines[1], "Owen Price", "04 March 2025 11:05"),
        (lines[3], "Priya Nair", "05 March 2025 23:51"),
    ]
    texts = parsed.turns["text"].to_list()
    assert texts[1].endswith("Kind regards,\nOwen Price\nWellbeing practitioner | Student Support")
    assert texts[2] == "I lie there and list everything I haven't revised."
    assert "-----Original Message-----" in parsed.header_lines["line"].to_list()
    assert parsed.stray_lines.height == 0
    assert loads(parsed.sessions["source_metadata"][0]) == {"subject": "exams and sleep"}


def test_an_outlook_block_that_repeats_nothing_is_the_only_copy_of_its_message_and_a_turn() -> None:
    # The newest message on top, the history below it as the only record of the earlier one.
    text = (
        "From: Owen Price <o.price@kestrel-uni.ac.uk>\nSent: 04 March 2025 11:05\nTo: Priya Nair\n"
        "Subject: RE: exams\n\nHi Priya, thanks for writing.\n\nOwen\n\n-----Original Message-----\n"
        "From: Priya Nair <priya.nair@outlook.com>\nSent: 03 March 2025 19:20\nTo: Wellbeing Team\n"
        "Subject: exams\n\nI can't sleep.\n"
    )
    parsed = parse(text)
    assert rows(parsed.turns, "speaker", "text") == [
        ("Owen Price", "Hi Priya, thanks for writing.\n\nOwen"),
        ("Priya Nair", "I can't sleep."),
    ]


def test_an_auto_reply_sent_on_two_days_is_two_messages_but_a_copy_on_the_same_day_is_not() -> None:
    auto = "Thank you for your e-mail. A counsellor will reply within three working days.\n\nKestrel Wellbeing"
    team, priya = "Wellbeing Team <wellbeing@kestrel-uni.ac.uk>", "Priya Nair <priya.nair@outlook.com>"
    text = (
        f"From: {team}\nDate: Mon, 3 Mar 2025 19:21\nSubject: RE: exams\n\n{auto}\n"
        f"{RULE}\nFrom: {priya}\nDate: Wed, 5 Mar 2025 23:51\nSubject: exams\n\nStill here.\n"
        f"{RULE}\nFrom: {team}\nDate: Wed, 5 Mar 2025 23:52\nSubject: RE: exams\n"
        f"\n{auto}\n\n-----Original Message-----\nFrom: Wellbeing Team\nSent: Monday, March 3, 2025 7:21 PM\n"
        f"Subject: RE: exams\n\n{auto}\n"
    )
    parsed = parse(text)
    assert parsed.turns["speaker"].to_list() == ["Wellbeing Team", "Priya Nair", "Wellbeing Team"]
    assert parsed.turns["text"][2] == auto


# --- roles --------------------------------------------------------------------------------------------------------


def test_roles_from_the_preamble_by_initial_and_surname() -> None:
    turns = parse(GMAIL_THREAD).turns
    assert dict(zip(turns["speaker"], turns["role"], strict=True)) == {
        "Tomas Varga": "client",
        "Mariam Osei": "therapist",
    }


def test_roles_from_a_signature_without_a_preamble() -> None:
    # The Outlook thread has no preamble; `Wellbeing practitioner | Student Support` names the counsellor. The
    # client is left to role inference (the session's other speaker).
    turns = parse(OUTLOOK_THREAD).turns
    assert dict(zip(turns["speaker"], turns["role"], strict=True)) == {
        "Priya Nair": "unknown",
        "Owen Price": "therapist",
    }


def _two_messages(preamble: str, sender_signature: str, sender: str = "Dana Holt <dana@example.net>") -> str:
    return (
        f"{preamble}"
        f"From: {sender}\nTo: Sol Reyes <sol.reyes@example.com>\nDate: 1 May\nSubject: hi\n\nHello Sol.\n"
        f"{sender_signature}\n{RULE}\n"
        "From: Sol Reyes <sol.reyes@example.com>\nTo: Dana Holt\nDate: 2 May\nSubject: Re: hi\n\nHi Dana.\n"
    )


@pytest.mark.parametrize(
    ("preamble", "signature", "sender", "expected"),
    [
        ("", "--\nDana Holt\nCounsellor", "Dana Holt <dana@example.net>", "therapist"),
        ("", "--\nTherapist, Harbour Clinic", "Dana Holt <dana@example.net>", "therapist"),
        ("", "--\nDana Holt, BACP registered member", "Dana Holt <dana@example.net>", None),
        ("", "--\nThis message is only for the client named above.", "Dana Holt <dana@example.net>", None),
        ("Ashgrove Listening Service\n", "", "Dana Holt <dana.holt@ashgrove-listening.org>", "therapist"),
        ("Export of mailbox support@ashgrove.org\n", "", "Dana Holt <dana.holt@ashgrove.org>", "therapist"),
        ("Participants: Dana Holt (client), Sol Reyes (counsellor)\n", "", "Dana Holt <dana@example.net>", "client"),
        ("", "", "Dr Dana Holt <dana@example.net>", None),
    ],
    ids=["role-line", "role-part", "member", "disclaimer", "domain-word", "domain-named", "legend", "nothing"],
)
def test_what_names_the_first_sender_s_role(preamble: str, signature: str, sender: str, expected: str | None) -> None:
    turns = parse(_two_messages(preamble, signature, sender)).turns
    assert turns["role"][0] == (expected or "unknown")


def test_a_webmail_domain_or_one_every_sender_shares_names_no_one() -> None:
    text = _two_messages("Gmail export\n", "", "Dana Holt <dana.holt@gmail.com>")
    assert parse(text).turns["role"].to_list() == ["unknown", "unknown"]
    text = _two_messages("Example export\n", "", "Dana Holt <dana@example.com>")
    assert parse(text).turns["role"].to_list() == ["unknown", "unknown"]


# --- empty and garbled messages -------------------------------------------------------------------------------------

MOJIBAKE_BODY = "Hi Mariam,\n\nIâ€™ve started walking to the next stop before I get on. Itâ€™s a small step."
CLEAN_BODY = "Hi Mariam,\n\nI\u2019ve started walking to the next stop before I get on. It\u2019s a small step."


def _thread_with_empty_and_garbled_messages() -> str:
    # The client's first reply is empty (a mis-sent e-mail), the second garbled by the export (UTF-8 read as
    # Windows-1252); the counsellor's reply quotes it as it was sent.
    tomas, mariam = "Tomas Varga <tomas.varga88@gmail.com>", "Mariam Osei <m.osei@fernbank-counselling.org.uk>"
    return GMAIL_THREAD.rstrip("\n") + (
        f"\n\n{RULE}\n\nFrom: {tomas}\nTo: {mariam}\nDate: Thu, 13 Feb 2025 07:58\nSubject: Re: panic on the bus\n\n"
        f"\n{RULE}\n\nFrom: {tomas}\nTo: {mariam}\nDate: Thu, 13 Feb 2025 08:01\nSubject: Re: panic on the bus\n\n"
        f"{MOJIBAKE_BODY}\n\nTomas\n"
        f"\n{RULE}\n\nFrom: {mariam}\nTo: {tomas}\nDate: Thu, 13 Feb 2025 12:00\nSubject: Re: panic on the bus\n\n"
        "Dear Tomas,\n\nThat is a real step.\n\n"
        "Mariam\n\nOn Thu, 13 Feb 2025 at 08:01, Tomas Varga wrote:\n"
        + "".join(f"> {line}\n" if line else ">\n" for line in (CLEAN_BODY + "\n\nTomas").split("\n"))
    )


def test_an_empty_message_is_an_empty_turn_and_a_garbled_one_keeps_its_text_for_the_repair() -> None:
    text = _thread_with_empty_and_garbled_messages()
    parsed = parse(text)
    lines = from_lines(text)
    assert parsed.turns["source_line"].to_list() == lines
    assert parsed.turns["text"][4] == ""
    assert parsed.turns["text"][5] == MOJIBAKE_BODY + "\n\nTomas"
    # The counsellor quotes the clean words; they still repeat the garbled message.
    assert parsed.stray_lines.height == 0


# --- through the batch ----------------------------------------------------------------------------------------------


def test_threads_through_the_batch(tmp_path: Path) -> None:
    gmail_text = _thread_with_empty_and_garbled_messages()
    (tmp_path / "gmail.txt").write_text(gmail_text, encoding="utf-8")
    (tmp_path / "outlook.txt").write_text(OUTLOOK_THREAD, encoding="utf-8")
    batch = process_batch([str(tmp_path / "gmail.txt"), str(tmp_path / "outlook.txt")], {})

    sources = {Path(r["path"]).name: r for r in batch.sources.iter_rows(named=True)}
    assert {name: (r["status"], r["sessions"], r["turns_parsed"], r["turns_kept"]) for name, r in sources.items()} == {
        "gmail.txt": ("loaded", 1, 7, 6),
        "outlook.txt": ("loaded", 1, 3, 3),
    }
    gmail, outlook = sources["gmail.txt"]["source_id"], sources["outlook.txt"]["source_id"]
    turns = batch.turns.filter(pl.col("source_id") == gmail).sort("turn_index")
    lines = from_lines(gmail_text)
    # The empty message (the fifth) is dropped and reported at its From: line; the garbled one is repaired.
    assert turns["source_line"].to_list() == lines[:4] + lines[5:]
    # Each kept turn is its message's own words: nothing quoted, no header, no signature.
    assert turns["text"].to_list() == [
        *GMAIL_TEXTS,
        CLEAN_BODY + "\n\nTomas",
        "Dear Tomas,\n\nThat is a real step.\n\nMariam",
    ]
    defects = batch.defects.filter(pl.col("source_id") == gmail)
    assert ("empty_turn", lines[4]) in defects.select("defect_type", "source_line").rows()
    assert ("mojibake", lines[5]) in defects.select("defect_type", "source_line").rows()
    assert "unparseable_line" not in batch.defects["defect_type"].to_list()
    assert turns["role"].to_list() == ["client", "therapist", "client", "therapist", "client", "therapist"]
    sessions = {r["source_id"]: r for r in batch.sessions.iter_rows(named=True)}
    assert json.loads(sessions[gmail]["source_metadata"]) == {"subject": "panic on the bus"}
    assert "Fernbank Online Counselling - secure mailbox export" in sessions[gmail]["summary_text"]
    outlook_turns = batch.turns.filter(pl.col("source_id") == outlook).sort("turn_index")
    assert outlook_turns["text"].to_list() == parse(OUTLOOK_THREAD).turns["text"].to_list()
    # The client, named by no one, is the counsellor's other speaker (transforms/infer_roles.py).
    assert outlook_turns["role"].to_list() == ["client", "therapist", "client"]


BOUNCE = """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: talk@example-counselling.org.uk
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
Date: Wed, 12 Mar 2025 14:02:41 +0000
Content-Type: multipart/report; boundary="b1179"; report-type=delivery-status

--b1179
Content-Type: text/plain; charset="UTF-8"

Your message wasn't delivered to dannii@example.invalid because the domain couldn't be found.

--b1179
Content-Type: text/rfc822-headers

From: Roisin Hendry <talk@example-counselling.org.uk>
To: Dannii Okoro <dannii@example.invalid>
Subject: Re: can I still get a reply if I'm 17

--b1179--
"""

OUT_OF_OFFICE = """From: Tomas Varga <tomas.varga88@gmail.com>
To: Fernbank Counselling <hello@fernbank-counselling.org.uk>
Date: Sat, 8 Feb 2025 22:47
Subject: panic on the bus

I had to get off the bus again today. My chest went tight and I was sure I would faint.

From: Fernbank Counselling <hello@fernbank-counselling.org.uk>
To: Tomas Varga <tomas.varga88@gmail.com>
Date: Sat, 8 Feb 2025 22:47
Auto-Submitted: auto-replied
Subject: Re: panic on the bus

Thank you for your message. Our counsellors answer within two working days.

From: Mira Osei <m.osei@fernbank-counselling.org.uk>
To: Tomas Varga <tomas.varga88@gmail.com>
Date: Mon, 10 Feb 2025 09:12
Subject: Re: panic on the bus

Thank you for writing, Tomas. What goes through your mind just before you get off?
"""


def test_the_mail_systems_messages_are_no_turns(tmp_path: Path) -> None:
    (tmp_path / "bounce.eml").write_text(BOUNCE, encoding="utf-8")
    (tmp_path / "thread.txt").write_text(OUT_OF_OFFICE, encoding="utf-8")
    batch = process_batch([str(tmp_path / "bounce.eml"), str(tmp_path / "thread.txt")], {})
    status = dict(batch.sources.select(pl.col("path").str.extract(r"([^/]+)$"), "status").iter_rows())
    assert status == {"bounce.eml": "quarantined", "thread.txt": "loaded"}
    assert "delivery failure" in batch.sources.filter(pl.col("status") == "quarantined").item(0, "error")
    # The auto-reply's words stay with the session's header, not a turn of the counsellor's.
    assert batch.turns.sort("source_line").get_column("source_line").to_list() == [1, 16]
    assert "two working days" in batch.sessions.item(0, "summary_text")
