"""E-counselling e-mail threads exported as text -> one session per thread, one turn per message.

Recognised by content (is_email_thread): at least two header blocks, each a run of consecutive `From:`, `To:`,
`Cc:`, `Date:`, `Sent:`, `Subject:`... lines that holds a `From:` and at least one other field, the first of
them under at most a short preamble. One `From:/To:` pair pasted into a transcript, or a client saying
"From: my mum" in a turn, stays plain text.

Each header block opens a message; the message runs to the next block. A message is a turn: its speaker is the
`From:` display name (the address when there is none), `source_line` the `From:` line, `timestamp` the `Date:`
or `Sent:` value as written, and its text the message's own words only, greeting to sign-off (empty when it
has none: the empty_turn step reports it). Rule lines between messages (`____`, `-----`, `=====`) are dropped.

What is not a turn's text, and where it goes:

- The preamble above the first message (title, service, thread id, who is who), every message's header lines,
  a quote's attribution (`On <date>, <name> <addr> wrote:`), Outlook's `-----Original Message-----`, and the
  signature block after `--` (and `Sent from my iPhone`) go to the session's header_lines: they describe the
  messages, so they are kept with the session (`sessions.summary_text`), not flagged.
- Quoted lines (`> ...`) that repeat the thread's own text are dropped. A reply quotes the message before it,
  which is already a turn: keeping the copy would store each message once per later reply (a thread's size
  squared) and, glued to the reply, would put the other person's words in this speaker's mouth. The
  attribution line stays in the header, so the session still shows who quoted what and when. A quoted line
  "repeats" when its words, case, punctuation and non-ASCII characters aside, occur in that order among the
  words of the thread's unquoted lines: re-wrapped quotes and a quote of a message this export garbled
  (mojibake) both match.
- Quoted lines that repeat nothing in the file (a quote of a message the export does not hold) are new
  content: they go to stray_lines, so the product reports each as an `unparseable_line` with its text.
- A whole header block whose body repeats an earlier message of the file (Outlook's original message below a
  reply, or a second `From:/Sent:` block under a rule) is a quoted copy, not a message: its body and signature
  are dropped as above, its header lines kept in the header. One that repeats nothing is the only copy the
  export holds of that message, and is a turn of its own; so is one dated another day than the message it
  repeats (an auto-reply sent twice: the dedupe step reports the repeat), and one with its own `Message-ID` or
  mbox envelope line (a message delivered twice).

Roles come from what the thread says, strongest first: the preamble (`client: A. Munro | counsellor: K. Ireland`,
or `Ailsa Munro (client)`; a name matches the sender by initial and surname, whole, or by address), a signature
line naming a role (`Kath Ireland | E-counsellor`, `Wellbeing practitioner`), a display name the alias table
knows, then an address in the service's own domain (one named in the preamble, sharing a word with it, or
holding two of the thread's addresses; never a webmail domain, nor one every sender shares) makes a counsellor.
Anyone else stays `unknown` for transforms/infer_roles.py (with one side named, the other speaker is the other
role). The first message's subject, `Re:`/`Fwd:` taken off, is the session's `source_metadata.subject`.

Turns are in file order (an export that lists the newest message first gives its turns newest first).
"""

from __future__ import annotations

import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.lines import split_lines
from transforms.regex_parts import NAME_LETTERS
from transforms.speakers import ROLE_BY_ALIAS, with_label_roles

_FIELD_NAMES = r"(?:from|to|cc|bcc|date|sent|subject|reply-to)"
# The other fields a mail program writes into a saved message (an mbox file keeps them all): part of the header
# block, never of the body, but no field a thread is found by.
_MORE_FIELD_NAMES = (
    r"(?:return-path|received|message-id|in-reply-to|references|mime-version|content-type|content-transfer-encoding|"
    r"content-disposition|content-language|user-agent|importance|priority|thread-topic|thread-index|delivered-to|"
    r"envelope-to|x-[\w\-]+|list-[\w\-]+|arc-[\w\-]+|dkim-signature|authentication-results|auto-submitted)"
)
# What the mail system wrote, not a person: a delivery failure (from the mailer daemon or postmaster, or a
# delivery-status report) and any message marked `Auto-Submitted: auto-replied` (an out-of-office). Its words go to
# the session's header, as a thread's other furniture; a file whose first message is a delivery failure is a bounce
# report, whatever headers of the bounced message it quotes.
_MAIL_SYSTEM = r"(?i)(?:mailer-daemon|postmaster)@|^[\"' \t]*mail delivery (?:subsystem|system|service)\b"
_AUTOMATED_FIELD = (
    r"(?i)^[ \t]*(?:auto-submitted[ \t]*:[ \t]*auto-|content-type[ \t]*:[^\n]*report-type=delivery-status)"
)
# mbox's line before each message, `From - Thu Mar  7 19:40:22 2024` or `From ellie@example.org Thu Mar 7 ...`.
_ENVELOPE = r"^From \S+[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [^\n]*\d{4}[ \t]*$"
# A header field, `Subject: Re: my brother`; a quoted one (`> From: ...`) is part of a quote.
FIELD = rf"(?i)^[ \t]*({_FIELD_NAMES})[ \t]*:[ \t]*(.*?)[ \t]*$"
_FIELD_LINE = rf"^[ \t]*{_FIELD_NAMES}[ \t]*:.*"
_MORE_FIELD = rf"(?i)^({_MORE_FIELD_NAMES})[ \t]*:"
# A run of at least two field lines (is_email_thread keeps those with a `From:`).
_HEADER_RUN = re.compile(rf"(?im){_FIELD_LINE}(?:\n{_FIELD_LINE})+")
_FROM_FIELD = re.compile(r"(?im)^[ \t]*from[ \t]*:[ \t]*\S")
# At most this many non-blank lines (a title, the service, who is who) above the first header block.
_MAX_PREAMBLE_LINES = 8
# How far into a file the first header block is looked for (lines), before the rest is searched for a second.
_HEAD_LINES = 60
# A transcript with e-mails pasted into it: lines such as `Therapist: You said you brought it?` (a label the alias
# table knows, then a sentence). A thread's preamble names people that way (`client: T. Varga`), never says things.
_ROLE_LABEL = "|".join(sorted((re.escape(a) for a in ROLE_BY_ALIAS if ":" not in a), key=len, reverse=True))
_LABELLED_TURN = re.compile(
    rf"(?im)^[ \t]*(?:\*\*)?(?:{_ROLE_LABEL})(?:\*\*)?[ \t]*[:\uff1a](?:\*\*)?[ \t]*(\S[^\n]*?)[ \t]*$"
)
_MAX_NAME_WORDS = 6
_MIN_TRANSCRIPT_TURNS = 2

_QUOTED = r"^[ \t]*>"
_RULE = r"^[ \t]*(?:_{3,}|-{3,}|={3,}|\*{3,})[ \t]*$"
_MARKER = r"(?i)^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}|begin forwarded message:)[ \t]*$"
# `On Tue, 12 Mar 2024 at 09:14, Kath Ireland <k@example.org> wrote:`, maybe broken over two lines.
_ATTRIBUTION_START = r"(?i)^[ \t]*on[ \t]\S"
_WROTE = r"(?i)\bwrote:[ \t]*$"
_SIGNATURE_DELIMITER = r"^--[ \t]?$"
_MOBILE_FOOTER = r"(?i)^[ \t]*(?:sent from my\b|sent from (?:outlook|mail) for\b|get outlook for\b)[^\n]{0,40}$"

_ADDRESS = r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+"
# A domain a preamble names: in an address or a web address.
_NAMED_DOMAIN = r"(?:@|\bwww\.)[\w\-]+(?:\.[\w\-]+)+"
_REPLY_PREFIX = r"(?i)^[ \t]*(?:(?:re|fw|fwd|aw|sv|wg)[ \t]*(?:\[\d+\])?[ \t]*:[ \t]*)+"
# `client: A. Munro | counsellor: K. Ireland`: a role word, a colon or `=`, a name up to the next `|`, `;` or `,`.
_ROLE_PAIR = rf"(\p{{L}}[{NAME_LETTERS} \-]{{0,30}}?)[ \t]*[:=][ \t]*([^|;,:=\n]{{1,60}})"
# `Ailsa Munro (client)`.
_NAME_ROLE = r"(\p{Lu}[\p{L}.'\-]*(?:[ \t]+\p{Lu}[\p{L}.'\-]*){0,3})[ \t]*\([ \t]*(\p{L}[\p{L} \-]{0,30}?)[ \t]*\)"
# A signature part naming a role is a title, not a sentence (`This email is for the client only`).
_MAX_TITLE_WORDS = 5
# Webmail: a domain anyone writes from, never a service's own.
_WEBMAIL = (
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac", "aol",
    "btinternet", "proton", "protonmail", "pm", "gmx", "mail", "zoho", "sky", "virginmedia", "talktalk", "web",
)  # fmt: skip
# Domain parts that say nothing about whose domain it is.
_GENERIC_DOMAIN_WORDS = ("mail", "email", "online", "info", "secure", "mailbox", "service", "services", "team")
# A `|`-separated line among a body's last this many lines may be a signature without its `--`.
_SIGNATURE_TAIL_LINES = 3
# A copy of an earlier message is found inside a longer one only when it is at least this long.
_MIN_CONTAINED_WORDS = 8

_LINE_KEY = ["source_id", "line_no"]
_MESSAGE_KEY = ["source_id", "message"]


# Gmail's "Print all" (and its PDF copied to text) heads each message with the sender alone on a line, then the date,
# then `To:`: read as the `From:` and `Date:` fields they are, line for line.
_GMAIL_DATE = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(?:\d{1,2} \p{L}+ \d{4}|\p{L}{3,9} \d{1,2}, \d{4}) at \d{1,2}:\d{2}"
    r"(?: ?[AaPp][Mm])?"
)
_GMAIL_HEADER = rf"(?m)^([^<>:\n]{{1,80}}<[^<>@\s]+@[^<>\s]+>)[ \t]*\n({_GMAIL_DATE})[ \t]*(\n[ \t]*To:)"
_GMAIL_HEADER_PY = re.compile(_GMAIL_HEADER.replace(r"\p{L}", r"[^\W\d_]"))


# ... and at each page's foot prints the thread's address and the page number, at each page's head the time printed
# and the title: page furniture (a page's head reprints the file's first lines).
_GMAIL_PAGE_URL = r"^[ \t]*https://mail\.google\.com/\S+[ \t]*$"
_PRINT_FURNITURE = r"^[ \t]*(?:https://mail\.google\.com/\S+|\d{1,3}/\d{1,3}|\[Quoted text hidden\])[ \t]*$"


def _gmail_headers(text: pl.Expr) -> pl.Expr:
    return text.str.replace_all(_GMAIL_HEADER, "From: ${1}\nDate: ${2}${3}")


def is_email_thread(text: str) -> bool:
    """Two header blocks (`From:` and another field on consecutive lines), the first under a short preamble, in a
    file that is no labelled transcript."""
    text = _GMAIL_HEADER_PY.sub("From: \\1\nDate: \\2\\3", text)
    end = -1
    for _ in range(_HEAD_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            end = len(text)
            break
    head = text[:end]
    first = next((m for m in _HEADER_RUN.finditer(head) if _FROM_FIELD.search(m.group())), None)
    if first is None or sum(1 for line in head[: first.start()].split("\n") if line.strip()) > _MAX_PREAMBLE_LINES:
        return False
    if not any(_FROM_FIELD.search(m.group()) for m in _HEADER_RUN.finditer(text, first.end())):
        return False
    said = (m.group(1) for m in _LABELLED_TURN.finditer(text))
    turns = (s for s in said if s.endswith((".", "?", "!", "\u2026")) or len(s.split()) > _MAX_NAME_WORDS)
    return sum(1 for _, _ in zip(range(_MIN_TRANSCRIPT_TURNS), turns, strict=False)) < _MIN_TRANSCRIPT_TURNS


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of e-mail threads."""
    # An mbox file (its messages open with envelope lines) escapes a body line that begins `From ` as `>From `
    # (mboxrd: one more `>` each level): that line is the writer's own, not a quote.
    mbox = pl.col("line").str.contains(_ENVELOPE).any().over("source_id")
    lines = _read(
        split_lines(files.select("source_id", _gmail_headers(pl.col("text")))).with_columns(
            pl.when(mbox).then(pl.col("line").str.replace(r"^>(>*From )", "${1}")).otherwise(pl.col("line"))
        )
    )
    messages = _messages(lines)
    lines = _classify(lines, messages)
    genuine = messages.filter(~pl.col("is_copy") & ~pl.col("automated"))
    bodies = (
        lines.filter(pl.col("kind") == "body")
        .group_by(_MESSAGE_KEY)
        .agg(pl.col("line").str.join("\n").str.strip_chars().alias("text"))
    )
    turns = (
        genuine.join(bodies, on=_MESSAGE_KEY, how="left", maintain_order="left")
        .join(_roles(lines, genuine), on=["source_id", "speaker"], how="left", maintain_order="left")
        .select(
            "source_id",
            pl.lit(0, dtype=pl.Int64).alias("segment"),
            (pl.int_range(pl.len()).over("source_id")).cast(pl.Int32).alias("source_turn_index"),
            pl.col("from_line").alias("source_line"),
            "speaker",
            pl.col("role").fill_null("unknown"),
            pl.col("text").fill_null(""),
            pl.col("date").alias("timestamp"),
        )
    )
    non_blank = pl.col("line").str.strip_chars() != ""
    header_lines = lines.filter((pl.col("kind") == "header") & non_blank).select(
        "source_id", pl.lit(0, dtype=pl.Int64).alias("segment"), "line_no", "line"
    )
    stray_lines = lines.filter((pl.col("kind") == "quoted") & ~pl.col("repeats")).select("source_id", "line_no", "line")
    subjects = (
        genuine.sort("message")
        .group_by("source_id", maintain_order=True)
        .agg(pl.col("subject").drop_nulls().first().str.replace(_REPLY_PREFIX, "").str.strip_chars())
    )
    sessions = (
        lines.filter(pl.col("kind").is_in(["header", "body"]) & non_blank)
        .group_by("source_id", maintain_order=True)
        .agg(pl.col("line_no").min().alias("source_line"))
        .join(subjects, on="source_id", how="left", maintain_order="left")
        # (A file of the mail system's messages alone, a bounce report, holds no session.)
        .join(genuine.select("source_id").unique(), on="source_id", how="semi", maintain_order="left")
        .select(
            "source_id",
            pl.lit(0, dtype=pl.Int64).alias("segment"),
            pl.lit(0, dtype=pl.Int32).alias("session_index"),
            "source_line",
            pl.when(pl.col("subject").is_not_null() & (pl.col("subject") != ""))
            .then(pl.struct("subject").struct.json_encode())
            .alias("source_metadata"),
        )
    )
    return ParsedText(sessions=sessions, turns=turns, header_lines=header_lines, stray_lines=stray_lines).conformed()


def _words(text: pl.Expr) -> pl.Expr:
    """` word word ... `: lower-case ASCII letters and digits only, each word between spaces, so one text's words
    can be looked for in another's whatever the wrapping, punctuation, quote markers or mojibake."""
    return pl.lit(" ") + text.str.to_lowercase().str.replace_all(r"[^a-z0-9]+", " ").str.strip_chars() + pl.lit(" ")


def _read(lines: pl.DataFrame) -> pl.DataFrame:
    """What each line is on its own, and which message it belongs to (`message` 0: the preamble)."""
    quoted = pl.col("line").str.contains(_QUOTED)
    field = pl.when(~quoted).then(
        pl.coalesce(
            pl.col("line").str.extract(FIELD, 1).str.to_lowercase(),
            pl.col("line").str.extract(_MORE_FIELD, 1).str.to_lowercase(),
            pl.when(pl.col("line").str.contains(_ENVELOPE)).then(pl.lit("envelope")),
        )
    )
    in_fields = pl.col("field").is_not_null()
    run = (in_fields & ~in_fields.shift(1).over("source_id").fill_null(False)).cum_sum().over("source_id")
    run_key = ["source_id", "_run", "_in_fields"]
    # (A `From:` with nothing after it names no sender.)
    has_sender = ((pl.col("field") == "from") & (pl.col("value") != "")).any().over(run_key)
    header = pl.col("_in_fields") & has_sender & (pl.len().over(run_key) >= 2)
    starts_on = pl.col("line").str.contains(_ATTRIBUTION_START)
    # An attribution introduces a quote: the next non-blank line is quoted ("On Monday, this is what I wrote:" above
    # a pasted paragraph is the sender's own words).
    non_blank = pl.col("line").str.strip_chars() != ""
    quote_follows = pl.when(non_blank).then(quoted).shift(-1).backward_fill().over("source_id").fill_null(False)
    wrote = pl.col("line").str.contains(_WROTE) & ~quoted & quote_follows
    # (Only in a printed Gmail thread, which names the thread's address at each page's foot: elsewhere `4/10` alone on
    # a line is a client's rating, and a line like the file's first a sign-off.)
    gmail_print = pl.col("line").str.contains(_GMAIL_PAGE_URL).any().over("source_id")
    return (
        lines.with_columns(
            field.alias("field"),
            pl.col("line").str.extract(FIELD, 2).alias("value"),
            quoted.alias("quoted"),
            (
                pl.col("line").str.contains(_RULE)
                | (
                    gmail_print
                    & (
                        pl.col("line").str.contains(_PRINT_FURNITURE)
                        | (
                            (pl.col("line").str.strip_chars() != "")
                            & (pl.int_range(pl.len()).over("source_id") > 1)
                            & pl.col("line").is_in(pl.col("line").head(2).implode()).over("source_id")
                            & ~pl.col("line").str.contains(FIELD)
                        )
                    )
                )
            ).alias("rule"),
            (
                pl.col("line").str.contains(_MARKER)
                | (starts_on & wrote)
                | (wrote & starts_on.shift(1).over("source_id").fill_null(False))
                | (starts_on & ~wrote & wrote.shift(-1).over("source_id").fill_null(False))
            ).alias("attribution"),
            pl.col("line").str.contains(_SIGNATURE_DELIMITER).alias("_sig_start"),
            pl.col("line").str.contains(_MOBILE_FOOTER).alias("footer"),
        )
        .with_columns(in_fields.alias("_in_fields"))
        .with_columns(run.alias("_run"))
        .with_columns(header.alias("header"))
        .with_columns(
            (pl.col("header") & ~pl.col("header").shift(1).over("source_id").fill_null(False))
            .cum_sum()
            .over("source_id")
            .alias("message")
        )
        .with_columns(
            # From `--` to whatever ends a message's own part: a quote, its attribution, a rule, the next block.
            pl.when(pl.col("_sig_start"))
            .then(True)
            .when(pl.col("quoted") | pl.col("attribution") | pl.col("rule") | pl.col("header"))
            .then(False)
            .forward_fill()
            .over(_MESSAGE_KEY)
            .fill_null(False)
            .alias("signature")
        )
        .drop("_in_fields", "_run", "_sig_start")
    )


def _messages(lines: pl.DataFrame) -> pl.DataFrame:
    """One row per header block: `(source_id, message, from_line, speaker, address, date, subject, is_copy)`."""
    own = (
        (pl.col("message") > 0)
        & ~pl.col("header")
        & ~pl.col("quoted")
        & ~pl.col("attribution")
        & ~pl.col("rule")
        & ~pl.col("footer")
    )
    is_from = pl.col("header") & (pl.col("field") == "from")
    messages = (
        lines.filter(pl.col("message") > 0)
        .group_by(_MESSAGE_KEY, maintain_order=True)
        .agg(
            pl.col("line_no").filter(is_from).first().alias("from_line"),
            pl.col("value").filter(is_from).first().alias("_from"),
            pl.col("value")
            .filter(pl.col("header") & pl.col("field").is_in(["date", "sent"]) & (pl.col("value") != ""))
            .first()
            .alias("date"),
            pl.col("value").filter(pl.col("header") & (pl.col("field") == "subject")).first().alias("subject"),
            # A message as delivered (a mailbox keeps its Message-ID and envelope), not a copy quoted below a reply.
            (pl.col("header") & pl.col("field").is_in(["message-id", "envelope", "return-path", "received"]))
            .any()
            .alias("_delivered"),
            (pl.col("header") & pl.col("line").str.contains(_AUTOMATED_FIELD)).any().alias("_auto_field"),
            _words(pl.col("line").filter(own & ~pl.col("signature")).str.join(" ")).alias("_body"),
            _words(pl.col("line").filter(own).str.join(" ")).alias("_own"),
        )
        .with_columns(_sender(pl.col("_from")))
    )
    # A copy: its body is an earlier message's, or (long enough to tell) is found in an earlier one's own words.
    has_words = pl.col("_body").str.strip_chars() != ""
    contained = (pl.col("_body").str.count_matches(" ") > _MIN_CONTAINED_WORDS) & pl.col("_own_earlier").str.contains(
        pl.col("_body"), literal=True
    )
    # ... and not sent on another day: an auto-reply sent twice is two messages (dedupe reports the repeat).
    other_day = (pl.col("_day") != pl.col("_day_earlier")).fill_null(False)
    messages = messages.with_columns(_day(pl.col("date")).alias("_day"))
    earlier = messages.select(
        "source_id",
        pl.col("message").alias("_earlier"),
        pl.col("_body").alias("_body_earlier"),
        pl.col("_own").alias("_own_earlier"),
        pl.col("_day").alias("_day_earlier"),
    )
    copies = (
        messages.filter(has_words & ~pl.col("_delivered"))
        .select(*_MESSAGE_KEY, "_body", "_day")
        .join(earlier, on="source_id")
        .filter(
            (pl.col("_earlier") < pl.col("message"))
            & ((pl.col("_body") == pl.col("_body_earlier")) | contained)
            & ~other_day
        )
        .select(_MESSAGE_KEY)
        .unique()
        .with_columns(pl.lit(True).alias("is_copy"))
    )
    from_system = pl.col("_from").fill_null("").str.contains(_MAIL_SYSTEM)
    # (A thread that merely starts with a bounce keeps its later messages: only a report's own headers say so.)
    bounce_report = (from_system & pl.col("_auto_field")).first().over("source_id")
    return (
        messages.join(copies, on=_MESSAGE_KEY, how="left", maintain_order="left")
        .with_columns(
            pl.col("is_copy").fill_null(False),
            (from_system | pl.col("_auto_field") | bounce_report).alias("automated"),
        )
        .drop("_from", "_body", "_own", "_day", "_delivered", "_auto_field")
    )


def _day(date: pl.Expr) -> pl.Expr:
    """`2025-10` from `Mon, 10 Feb 2025 09:12` and `Monday, February 10, 2025 9:12 AM`: the year and the first other
    number once the time is taken out, however the mail program wrote the date; null without a year."""
    undated = date.str.replace_all(r"\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{4}\b", " ")
    year = undated.str.extract(r"\b(\d{4})\b", 1)
    day = undated.str.replace(r"\b\d{4}\b", " ").str.extract(r"\b(\d{1,2})\b", 1).cast(pl.Int32, strict=False)
    return year + pl.lit("-") + day.cast(pl.String)


def _sender(value: pl.Expr) -> list[pl.Expr]:
    """`Kath Ireland <k@example.org>`, `"Ireland, Kath" [mailto:k@example.org]`, `k@example.org` -> the display
    name (the address when there is none) and the address."""
    address = value.str.extract(rf"({_ADDRESS})", 1)
    name = (
        value.str.replace_all(r"<[^<>]*>|\[mailto:[^\]]*\]|\([^()]*@[^()]*\)", "")
        .str.replace_all(_ADDRESS, "")
        .str.strip_chars(" \t\"'")
    )
    return [
        pl.when(name != "").then(name).otherwise(pl.coalesce(address, value.str.strip_chars())).alias("speaker"),
        address.str.to_lowercase().alias("address"),
    ]


def _classify(lines: pl.DataFrame, messages: pl.DataFrame) -> pl.DataFrame:
    """Each line's `kind`: header, body (a turn's text), quoted, or skip (rules, blank lines between messages, the
    body of a quoted copy); and for quoted lines whether they `repeat` the thread's unquoted text."""
    with_copies = lines.join(
        messages.select(*_MESSAGE_KEY, "is_copy", "automated"), on=_MESSAGE_KEY, how="left", maintain_order="left"
    ).with_columns(pl.col("is_copy").fill_null(False), pl.col("automated").fill_null(False))
    kind = (
        pl.when(pl.col("rule"))
        .then(pl.lit("skip"))
        .when(
            (pl.col("message") == 0) | pl.col("header") | pl.col("attribution") | pl.col("footer") | pl.col("automated")
        )
        .then(pl.lit("header"))
        .when(pl.col("quoted"))
        .then(pl.lit("quoted"))
        .when(pl.col("is_copy"))
        .then(pl.lit("skip"))
        .when(pl.col("signature"))
        .then(pl.lit("header"))
        .otherwise(pl.lit("body"))
    )
    classified = with_copies.with_columns(kind.alias("kind"))
    corpus = (
        classified.filter(pl.col("kind").is_in(["header", "body"]) | (pl.col("kind") == "skip") & pl.col("is_copy"))
        .group_by("source_id")
        .agg(_words(pl.col("line").str.join(" ")).alias("_corpus"))
    )
    quoted = (
        classified.filter(pl.col("kind") == "quoted")
        .select(*_LINE_KEY, _words(pl.col("line")).alias("_needle"))
        .join(corpus, on="source_id", how="left")
        .select(
            *_LINE_KEY,
            (
                (pl.col("_needle").str.strip_chars() == "")
                | pl.col("_corpus").str.contains(pl.col("_needle"), literal=True)
            ).alias("repeats"),
        )
    )
    return classified.join(quoted, on=_LINE_KEY, how="left", maintain_order="left")


def _roles(lines: pl.DataFrame, senders: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, speaker, role)` for the thread's senders the thread itself names (see the module docstring)."""
    speakers = senders.select("source_id", "speaker", "address").unique(["source_id", "speaker"], keep="first")
    named = pl.coalesce(
        pl.col("_preamble_role"), pl.col("_signature_role"), pl.col("_label_role"), pl.col("_domain_role")
    )
    return (
        speakers.join(_preamble_roles(lines, speakers), on=["source_id", "speaker"], how="left")
        .join(_signature_roles(lines, senders), on=["source_id", "speaker"], how="left")
        .pipe(with_label_roles, "speaker", "_label_role")
        .with_columns(pl.when(pl.col("_label_role") != "unknown").then(pl.col("_label_role")).alias("_label_role"))
        .join(_domain_roles(lines, speakers), on=["source_id", "speaker"], how="left")
        .select("source_id", "speaker", named.alias("role"))
    )


def _name_keys(name: pl.Expr) -> pl.Expr:
    """A name's keys: whole, lower case (`ailsa munro`), and initial plus surname (`a munro`)."""
    words = name.str.to_lowercase().str.replace_all(r"[^\p{L}\s'\-]+", " ").str.strip_chars()
    initial = words.str.extract(r"^(\p{L})", 1)
    surname = words.str.extract(r"\s(\S+)$", 1)
    return pl.concat_list(words.str.replace_all(r"\s+", " "), initial + pl.lit(" ") + surname)


def _preamble_roles(lines: pl.DataFrame, speakers: pl.DataFrame) -> pl.DataFrame:
    """Who is who by the preamble: `client: A. Munro | counsellor: K. Ireland`, `Ailsa Munro (client)`."""
    preamble = lines.filter((pl.col("message") == 0) & (pl.col("line").str.strip_chars() != ""))
    pairs = pl.concat(
        [
            preamble.select("source_id", pl.col("line").str.extract_all(pattern).alias("_pair"))
            .explode("_pair")
            .drop_nulls("_pair")
            .select(
                "source_id",
                pl.col("_pair").str.extract(pattern, role_group).alias("_role_word"),
                pl.col("_pair").str.extract(pattern, name_group).alias("_name"),
            )
            for pattern, role_group, name_group in ((_ROLE_PAIR, 1, 2), (_NAME_ROLE, 2, 1))
        ]
    )
    named = (
        with_label_roles(pairs, "_role_word", "_preamble_role")
        .filter(pl.col("_preamble_role") != "unknown")
        .with_columns(
            pl.concat_list(
                # `Kath Ireland (kath@example.org)`: the name without its address, and the address.
                _name_keys(pl.col("_name").str.replace_all(rf"\([^()]*\)|<[^<>]*>|{_ADDRESS}", "")),
                pl.col("_name").str.extract(rf"({_ADDRESS})", 1).str.to_lowercase(),
            ).alias("_key")
        )
        .explode("_key")
        .drop_nulls("_key")
        .select("source_id", "_key", "_preamble_role")
    )
    sender_keys = (
        speakers.with_columns(
            pl.concat_list(
                _name_keys(pl.col("speaker")),
                _name_keys(pl.col("address").str.extract(r"^([^@]+)", 1).str.replace_all(r"[._]", " ")),
                pl.col("address"),
            ).alias("_key")
        )
        .explode("_key")
        .drop_nulls("_key")
        .filter(pl.col("_key").str.contains(r"\p{L}"))
    )
    return _one_role(sender_keys.join(named, on=["source_id", "_key"]), "_preamble_role")


def _signature_roles(lines: pl.DataFrame, senders: pl.DataFrame) -> pl.DataFrame:
    """The counselling role a sender's signature names: a line after `--`, or a `|`-separated line among the
    body's last three (`Kath Ireland | E-counsellor` without the `--`). Only the counsellor's: a signature that
    says `Member` or `Client` is as likely a professional body or a disclaimer's wording."""
    body_line = (pl.col("kind") == "body") & (pl.col("line").str.strip_chars() != "")
    body_tail = (
        body_line
        & pl.col("line").str.contains(r"\|")
        & (body_line.cast(pl.Int32).cum_sum(reverse=True).over(_MESSAGE_KEY) <= _SIGNATURE_TAIL_LINES)
    )
    signed = (
        lines.filter(((pl.col("signature") & (pl.col("kind") == "header")) | body_tail) & ~pl.col("is_copy"))
        .join(senders.select(*_MESSAGE_KEY, "speaker"), on=_MESSAGE_KEY)
        .select(
            "source_id",
            "speaker",
            pl.col("line").str.replace_all(r"[ \t][-\u2013\u2014][ \t]", "|").str.split("|").alias("_part"),
        )
        .explode("_part")
        .with_columns(pl.col("_part").str.split(",").alias("_part"))
        .explode("_part")
        .with_columns(pl.col("_part").str.strip_chars())
        .filter(pl.col("_part").str.count_matches(r"\S+").is_between(1, _MAX_TITLE_WORDS))
    )
    roles = with_label_roles(signed, "_part", "_signature_role").filter(pl.col("_signature_role") == "therapist")
    # A lone letter the alias table knows (`T`, `C`) or a bare role word used as a greeting names nobody.
    return _one_role(roles.filter(~pl.col("_part").str.to_lowercase().is_in(_SHORT_ALIASES)), "_signature_role")


_SHORT_ALIASES = [alias for alias in ROLE_BY_ALIAS if len(alias) <= 3 and ":" not in alias]


def _domain_roles(lines: pl.DataFrame, speakers: pl.DataFrame) -> pl.DataFrame:
    """Senders writing from the service's own domain counsel (see the module docstring)."""
    domain = pl.col("address").str.extract(r"@(.+)$", 1).alias("_domain")
    webmail = pl.col("_domain").str.extract(r"^([^.]+)", 1).is_in(list(_WEBMAIL))
    preamble = lines.filter(pl.col("message") == 0)
    named_domains = (
        preamble.select("source_id", pl.col("line").str.to_lowercase().str.extract_all(_NAMED_DOMAIN).alias("_domain"))
        .explode("_domain")
        .select("source_id", pl.col("_domain").str.replace(r"^(?:@|www\.)", ""))
    )
    preamble_words = (
        preamble.select("source_id", pl.col("line").str.to_lowercase().str.extract_all(r"\p{L}{4,}").alias("_word"))
        .explode("_word")
        .drop_nulls()
        .filter(~pl.col("_word").is_in(list(_GENERIC_DOMAIN_WORDS)))
        .unique()
    )
    addresses = (
        lines.filter(pl.col("header") & pl.col("field").is_in(["from", "to", "cc", "reply-to"]))
        .select("source_id", pl.col("line").str.to_lowercase().str.extract_all(_ADDRESS).alias("address"))
        .explode("address")
        .drop_nulls()
        .unique()
        .with_columns(domain)
        .filter(~webmail)
    )
    sender_domains = speakers.select("source_id", "speaker", domain).filter(~webmail)
    shares_a_word = (
        # The domain's words but its last part: `riverside`, `counselling` of `riverside-counselling.org.uk`.
        sender_domains.select(
            "source_id",
            "_domain",
            pl.col("_domain").str.replace(r"\.[^.]+$", "").str.extract_all(r"[a-z]{4,}").alias("_word"),
        )
        .explode("_word")
        .join(preamble_words, on=["source_id", "_word"], how="semi")
        .select("source_id", "_domain")
    )
    service = pl.concat(
        [
            named_domains.drop_nulls(),
            shares_a_word,
            addresses.group_by("source_id", "_domain").agg(pl.len().alias("n")).filter(pl.col("n") >= 2).drop("n"),
        ]
    ).unique()
    from_service = sender_domains.join(service, on=["source_id", "_domain"], how="semi")
    # A domain every sender writes from tells them apart no more than none does.
    n_senders = speakers.group_by("source_id").agg(pl.len().alias("_senders"))
    return (
        from_service.join(n_senders, on="source_id")
        .filter(pl.len().over("source_id") < pl.col("_senders"))
        .select("source_id", "speaker", pl.lit("therapist").alias("_domain_role"))
    )


def _one_role(found: pl.DataFrame, role: str) -> pl.DataFrame:
    """`(source_id, speaker, role)` where what was found names one role only for that speaker."""
    return (
        found.group_by("source_id", "speaker")
        .agg(pl.col(role).unique())
        .filter(pl.col(role).list.len() == 1)
        .select("source_id", "speaker", pl.col(role).list.first())
    )


__all__ = ["FIELD", "is_email_thread", "parse_files"]
