# ruff: noqa: E501
"""Seventeenth set of blind defect cases for the transcript-cleaning product: export shapes no earlier set used.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface); the sixteen earlier case writers in blind/ (their docstrings, printed with ``ast.get_docstring``, for the
interface, the truth conventions, the defect kind names and the layouts, names and scenarios they already used; and
two code passages of the sixteenth, its constants, text helpers, document builder and first file, and its last
builder, self-checks, ``show_row`` and ``main``, whose conventions and checks this file follows);
the ``[tool.ruff]`` sections of pyproject.toml (printed alone with ``awk``, which scanned the file but printed only
those sections); and /work/shared/README.md. ``grep`` and ``wc`` were run, but only over blind/*.py: to list the
file names the first three writers used, and to check that the names, topics and layouts chosen here are not already
in an earlier writer. No other file of the project was opened or grepped (no transforms, flows, synth, tests,
schemas, sql, docs, README or other benchmarks), and nothing was read from /work/shared/corpora. One slip: at the
very end, after the truth was final, a read-only ``git status`` was tacked onto a shell command by mistake; its
output went to ``head -0`` and was never seen. git was used for nothing else.
Every transcript line below was written for this set. The product, its tests, mypy and the benchmarks were never
run. The only things run were this script (into a temporary folder, with ``--show``, to check that every truth row
names the intended line; once imported alone to count turns and rows per file), a scratch ``python3`` snippet that
measured the length of three of this file's own sentences (for the 254-character column), ``iconv``/``sed`` to look
at the written files, and ``ruff check`` / ``ruff format`` (once ``--diff``, then applied) on this file alone.
The truth tags were written with the text before the first run and were never changed after it; what changed after
the first runs, all of it found by this file's own self-checks or by reading its own output, was: single-string
script entries that lacked a tuple comma (11), a cut-off helper that expected a cut after a word to end in a letter
rather than a space (10), invented ids that looked degenerate (06, 09), timestamps that ran past the minute or
contradicted a system note (01, 04, 10), the order of four lines in 08 (a risk question moved later) and six turns
dropped from 04 to keep it near 60 turns; none of these touched a tag. Run as

    python blind/seventeenth_defect_cases.py OUT_DIR [--show]

to write 12 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: containers a counselling-data team really receives (a Skype export, a Google Voice Takeout thread, an
EmpatheticDialogues-format CSV, a Qualtrics export of a chatbot study, a ParlAI training file, concatenated OpenAI
Batch API output, SAMI captions, a Portuguese clinic transcript, an Element/Matrix room export, a fixed-width case
database report, a pandas ``to_csv`` of list-valued dialogues, and one file that is not a transcript), 32-64 turns a
file (none in 12), and the defects concentrated on the subtle kinds: truncated turns cut in many ways (beside chat
messages sent early and completed by the next one, captions continued by the next caption, trail-offs and a text
that fills its column exactly), role inversions both ways and one swapped session (beside client questions and
counsellor or peer self-disclosure), exact and near repeats (beside repeated backchannels and a reply quoting the
message above), refusals in several wordings (beside honest limits: medication, programme rules, personal details,
outcomes), generation artefacts and repetition loops, and some mojibake. Encodings and line ends: 04 is UTF-8 with
a byte-order mark and CRLF (as Qualtrics writes it); 07, 08 and 10 are Windows-1252 with CRLF; 06 is pure ASCII
(``json.dumps`` escapes, LF); 12 is UTF-8 with CRLF; the others are UTF-8 without a BOM, LF, except that 03 and 05
each hold one lone 0xE9 byte (not valid UTF-8). 08 is in Brazilian Portuguese, the rest in English.

* ``01_skype_text_session_messages.json``: a Skype "Export files" ``messages.json`` (indent of one space) of a
  text-chat counselling session between a counsellor (Fenella Drummond) and a violinist (Annika Strand) before an
  orchestra audition. Each ``MessageList`` object has ``id``, ``displayName``, ``originalarrivaltime``,
  ``messagetype``, ``version``, ``content`` (HTML-escaped: ``&apos;``, ``&quot;``, ``<ss>`` emoticons), ``from``...
  Defects: a message re-sent with ``the bow`` and ``even`` (near_duplicate_turn); a message pasted from a note saved
  with the wrong codec (``canâ€™t``: mojibake); a long message cut when her wifi dropped, never picked up again
  (truncated_turn); a message delivered twice (duplicate_turn); a deleted message kept with empty content and a
  ``deletetime`` (empty_turn). Decoys: an ``Event/Call`` record and a shared photo (``RichText/UriObject``, with
  Skype's fallback text), which are not turns; a correct umlaut; an emoticon; a message sent early and completed by
  her next; a client question about beta blockers and the counsellor's medication limit; a complete long message
  without a full stop; ``ok`` twice; the client repeating the plan back; ``sorry, deleted that``; ``&quot;``.
* ``02_google_voice_text_thread.html``: a Google Voice Takeout text thread (XHTML, ``hChatLog`` microformat), each
  message a ``<div class="message">`` over four lines: time, ``<cite class="sender vcard">`` (``Me`` is the peer
  recovery coach, counsellor role; Terrell Haskins the client), ``<q>`` text, ``</div>``; three days of texts.
  Defects: the coach's pasted list of meetings cut after ``the Alano club on`` (truncated_turn); a text delivered
  twice (duplicate_turn); a text re-typed with ``on`` and a question mark (near_duplicate_turn). Decoys: the
  participants line (a sender vcard that is no message); ``yeah``; ``i cant do this some nights man`` and the coach's
  direct risk question; 988 inside real engagement; the client asking about the coach's own recovery and her
  self-disclosure about her first year clean (the counsellor role speaking of her own use); the phone's automatic
  driving reply; ``I can't drive clients myself, program rules, but...``; the coach quoting ``not yet``; an
  emoji-only message.
* ``03_peer_support_dialogues_ed_format.csv``: crowd-sourced peer-support conversations in the EmpatheticDialogues
  CSV format (``conv_id,utterance_idx,context,prompt,speaker_idx,utterance,selfeval,tags``, no quoting, every comma
  inside a field written ``_comma_``). Odd ``utterance_idx`` is the speaker (client role), even the listener
  (counsellor role); a session is a ``conv_id``. Defects: a listener slot holding the speaker's own words
  (role_inversion); a listener reply pasted from a chatbot, ``I'm not able to offer the kind of support you need``
  (refusal); a speaker utterance cut at the task's box after ``and I`` (truncated_turn); a listener reply pasted
  again with a new opener (near_duplicate_turn); a row fixed by hand in a Latin-1 editor (``caf`` + 0xE9:
  encoding_error); a row written with raw commas, so it has 11 fields (unparseable_line, not a turn); conversation
  ``hit:47_conv:95`` a resubmission of ``hit:3_conv:6`` (duplicate_session). Decoys: the header; the prompt repeated on
  every row; ``_comma_``; ``haha``; the speaker asking the listener about her own pet and the listener's
  self-disclosure; the speaker objecting to the refusal with ``...``; ``Sorry, that came out wrong`` that engages; a
  correct UTF-8 ``naïve``.
* ``04_qualtrics_chatbot_study_export.csv``: a Qualtrics CSV export of a study of a climate-worry chatbot (UTF-8
  with BOM, CRLF, every field quoted, three header rows: names, question texts, ``ImportId`` JSON), one respondent a
  row, the chat in embedded-data columns ``chat_u1, chat_b1, ... chat_u9, chat_b9`` (u = participant, client role;
  b = the bot, counsellor role), empty slots after the chat ended. A session is a row. Defects: a safety filter's
  hotline-only refusal to a participant talking about climate hopelessness (refusal, row 2); the bot's NLU fallback
  three times (repetition_loop and duplicate_turn, row 3) and a reply cut at the study's 500-character logging limit
  inside ``circling`` (truncated_turn, row 3); a reply that opens with the prompt's ``[Step 2: ...]`` plan
  (meta_text, row 4) and one exchange logged into swapped columns, the bot's question under ``chat_u5`` and the
  participant's answer under ``chat_b5`` (role_inversion, row 4); a participant message with a curly apostrophe and
  an emoji that went through a Latin-1 step (``canâ€™t`` and the emoji as four characters: mojibake, row 5).
  Decoys: the header rows; empty chat slots; the Q9 comment about repeats; the same closing line in every row; ``I
  can try``; the participant's objection and the bot's apology that engages; ``ok``; capitals after the repeats; the
  participant rehearsing her own words.
* ``05_parlai_counselling_train.txt``: a fine-tuning file in ParlAI's text format, one exchange a line,
  ``text:<client>\tlabels:<counsellor>``, ``\tepisode_done:True`` on an episode's last line, newlines as ``\n``;
  the first ``text`` of an episode starts with a ``situation: ...`` context line (not a turn). Three episodes (a
  stepmother, a teacher afraid of vomiting, a trainee chef after a panic attack). Defects: a ``labels`` in the
  client's voice (role_inversion); the last label cut mid-word, ``connec`` (truncated_turn); a label generated three
  times, the third with small edits (repetition_loop, duplicate_turn, near_duplicate_turn); a label opening ``As the
  counsellor, I would respond:`` (meta_text); a client text with a lone 0xE9 byte (encoding_error); an over-refusal
  about ``a risk of physical injury`` (refusal). Decoys: the context lines; ``I can't make her love me`` (client);
  ``Sorry, I'm ranting``; the client pointing out the repeat; apologies that engage; the client's objection.
* ``06_openai_batch_output_dialogues.jsonl``: the output files of a two-agent simulation's per-turn OpenAI Batch API
  jobs, concatenated and sorted by ``custom_id`` (``dlg-0412/t03/client``): one request a row, the generated text in
  ``response.body.choices[0].message.content``; every message's own ``role`` is ``assistant``, the speaker is the
  ``custom_id``'s last part (``client`` or ``counsellor``); a session is a dialogue. Defects: a client message
  opening with the persona's header ``**Client (Obinna, 27, FY1 doctor):**`` (meta_text); a reply cut by the token
  limit (``finish_reason: length``: truncated_turn); a seed client message read from a CSV with the wrong codec
  (mojibake); ``I'm sorry, but I can't provide guidance on fertility treatment`` (refusal); a reply requested again
  after a client-side timeout although the first had succeeded (``/retry1``: near_duplicate_turn); dialogue
  ``dlg-0414`` generated with the two persona prompts swapped, the ``client`` rows speaking as the counsellor and the
  ``counsellor`` rows as a dental-phobic client (role_inversion at its first row); the last row cut off by an
  interrupted download (unparseable_line, not a turn). Decoys: ``"refusal": null`` and ``role: assistant`` in every
  row; a server-error row (no message, not a turn) and its retry; the client asking for certainty and the
  counsellor's ``I can't tell you whether this round will work ... What I can do``; the client's objection.
* ``07_fear_of_falling_training_video.smi``: SAMI captions of a CBT demonstration video (Windows-1252, CRLF): a
  ``<HEAD>`` with ``<SAMIParam>`` and a style block, then ``<SYNC Start=ms><P Class=ENGBCC>NAME: text`` one caption
  a line (``<br>`` inside), ``&nbsp;`` captions clearing the screen, bracketed sound captions, and captions without a
  name continuing the turn before. Defects: the client's words captioned under ``THERAPIST`` and the therapist's
  question under ``MR ALDER`` (role_inversion, both ways); his daughter on the speakerphone (``CARYS``:
  unknown_speaker); a caption pasted from a UTF-8 script (``Theyâ€™ve``: mojibake); a caption pasted twice
  (duplicate_turn); the video ending mid-caption (truncated_turn). Decoys: the head; ``&nbsp;`` and sound captions;
  continuation captions (one after a caption ending ``and I was``); ``[laughs]``; ``Ninety. Ninety-five.``; the
  therapist referring to the daughter's words; the client repeating the plan; the client's personal question and
  the therapist's self-disclosure with correct Windows-1252 curly apostrophes.
* ``08_clinica_escola_transcricoes_pt.txt``: Brazilian Portuguese (Windows-1252, CRLF) from a university
  psychology clinic: a header and conventions line, then ``Estagiária:`` / ``Cliente:`` turns (session 1, typed by a
  trainee) and a simulated session made with a chatbot for a supervision class (``Psicóloga:`` / ``Cliente:``).
  Session 1: a paragraph pasted from the UTF-8 auto-transcript (``nÃ£o``: mojibake); the client's words about her
  father under ``Estagiária:`` (role_inversion); a client line pasted twice (duplicate_turn). Session 2: the first
  turn opens ``Claro! Aqui está a simulação da sessão ...`` (meta_text); a psychologist turn three times, the third
  reworded (repetition_loop, duplicate_turn, near_duplicate_turn); a hotline-only refusal (refusal); the last turn cut
  after ``em que`` (truncated_turn). Decoys: header lines naming both labels; correct single-byte accents and en
  dashes; ``...`` trail-offs; ``Uhum.`` twice; a risk question and CVV 188 inside real engagement; the client's
  personal question and the trainee's self-disclosure; ``Não posso te dizer se você deve ir ou ficar ... Mas``; the
  client pointing out the repeat; an apology that engages; the client's clarification after the refusal.
* ``09_element_listening_room_export.json``: an Element "Export chat" JSON (indent of four spaces) of a Matrix
  listening room for postgraduate researchers: ``room_name`` and the other room fields, then ``messages``, one event
  an object with ``type``, ``sender``, ``content``, ``origin_server_ts``, ``event_id``, ``room_id``. The listener is
  the counsellor role, ``@nightjar42`` the client. Defects: a message pasted from a garbled web archive
  (mojibake); a message sent twice by Element's retry (duplicate_turn); the server admin's restart notice posted as
  an ordinary message (unknown_speaker); a message re-sent with ``tomorrow`` added (near_duplicate_turn). Decoys:
  ``m.room.member`` events; the welcome bot's ``m.notice``; an ``m.reaction``; a reply whose ``body`` quotes the
  listener's message (Matrix's reply fallback); the student's personal question and the listener's rule about
  personal details; a direct risk question; a support line inside engagement.
* ``10_welfare_line_case_notes_fixed_width.txt``: a seafarers' welfare line's case database printed as a
  fixed-width report (Windows-1252, CRLF): a page header naming the speaker codes (``WW`` welfare worker, ``SF``
  seafarer, ``3P`` third party, ``SYS`` system note), then ``CALL_ID SEQ SPK TIME TEXT`` records whose TEXT column
  holds 254 characters, padded with spaces; the page header again in the middle of the call. Defects: the
  seafarer's words keyed as ``WW`` and the worker's question keyed as ``SF`` (role_inversion, both ways); two
  records longer than the column, cut at 254 characters, one after ``I promised`` and one inside a word
  (truncated_turn); his cabin-mate taking the phone (``3P``: unknown_speaker); a message imported from the
  web-chat system's UTF-8 (``Iâ€™m``: mojibake). Decoys: the report and page headers; a ``SYS`` line; ``Mm.`` and
  ``Ok.`` twice; ``I can't promise that ... But``; a risk question; a worker's text of exactly 254 characters that is
  complete; a correct single-byte ``São Paulo``.
* ``11_synthetic_sessions_pandas_to_csv.csv``: a synthetic set saved with pandas' ``to_csv``: ``id, source,
  n_turns, dialogue, review_flag``, the ``dialogue`` cell the Python ``repr`` of a list of ``"Therapist: ..."`` /
  ``"Client: ..."`` strings (so each session is one physical line). Defects: ``I'm sorry, but I can't help with
  situations that may involve harm to others`` (refusal) and the last element cut after ``saying to yourself``
  (truncated_turn) in row 2; a therapist line three times, the third with small edits (repetition_loop,
  duplicate_turn, near_duplicate_turn) in row 3; a ``(Note: The therapist uses reflective listening ...)`` inside a
  therapist line (meta_text) and a ``Client:`` element in the therapist's voice (role_inversion) in row 4; a
  ``"Client: "`` element with no words (empty_turn) in row 5. Decoys: the header; a ``check_refusal`` review flag on
  a clean row whose therapist says ``I can't tell you what other people are really feeling ... but``; the clients'
  objections and complaint of the repeat; an apology that engages.
* ``12_progress_notes_export_soap.txt``: an EHR's SOAP progress-notes export (UTF-8, CRLF) with ``Client:`` and
  ``Clinician:`` header lines, ``S:``/``O:``/``A:``/``P:`` lines and quoted client speech. It is not a transcript
  (unparseable_file, line 0).

Line numbers are 1-based physical lines of the written file (the decoded text split on its line end, ``\r\n`` for
04, 07, 08, 10 and 12, ``\n`` for the others; 04's byte-order mark is not a character of line 1; a lone 0xE9 byte in
03 and 05 decodes to one replacement character and does not change the count; no other line-break character
occurs), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the message's
  ``"displayName": ...`` line (``content`` and ``from`` follow it); in 02 the ``<cite class="sender vcard">`` line
  (the text is on the next line); in 03 and 10 the record's line; in 04, 05 and 11 the line holding the turn (a
  respondent's row, an exchange's line, a dialogue's row; several turns share it, so several defects of one kind on
  it count once); in 06 the request's row; in 07 the ``<SYNC ...>NAME: ...`` caption line (not a continuation
  caption); in 08 the ``Label:`` line; in 09 the event's ``"sender": ...`` line (``content`` follows it);
* meta text inside a turn is marked at the turn's line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (03's row with 11 fields,
  06's cut row); such a line is not a turn; the file-level row (``unparseable_file``, 12) is at line 0;
* ``encoding_error`` is marked at the turn whose line holds a byte invalid in the file's encoding (03, 05); text
  that decodes validly but was garbled upstream is ``mojibake``, marked on every garbled turn; the single-byte
  accents and curly quotes of 07, 08 and 10 are correct there and are decoys;
* a session-level row points at the session's first turn: ``role_inversion`` for a session generated with the
  roles swapped (06's ``dlg-0414``), ``duplicate_session`` for the later copy of a session (03's
  ``hit:47_conv:95``); a single turn in the other role's voice is ``role_inversion`` at its own line, whichever
  direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or
  ``near_duplicate_turn`` on every later copy.

Not turns: 01's export fields, ``Event/Call`` and ``RichText/UriObject`` records; 02's head and participants line;
03's header and 11-field row; 04's three header rows, metadata columns, empty chat slots and Q8/Q9 answers; 05's
``situation:`` context lines and ``episode_done`` fields; 06's server-error row, the cut row and every field but
``content``; 07's head, ``&nbsp;`` and sound captions (a caption without a name continues the turn before); 08's
header, conventions and session heading lines; 09's room fields, member, notice and reaction events; 10's headers
and ``SYS`` record; 11's header and the other columns; all of 12. A speaker outside the counsellor/client roles
(07's daughter, 09's server admin, 10's cabin-mate) speaking a turn is ``unknown_speaker``; a chatbot answering
for the service (04, and both agents of 06) stands in the role it was given. A chat message sent early and
completed by the same sender's next message, a caption continued by the next caption, a trail-off (``...``), a
short answer without a full stop and a text that exactly fills its column are NOT truncated turns; a truncated
turn is text cut off by the data (a dropped connection, a paste, a field, logging or token limit, the end of a
recording), and the next turn never picks up the broken sentence.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import ast
import codecs
import csv
import difflib
import hashlib
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

KINDS = {
    "truncated_turn",
    "role_inversion",
    "near_duplicate_turn",
    "duplicate_turn",
    "repetition_loop",
    "refusal",
    "meta_text",
    "mojibake",
    "empty_turn",
    "unknown_speaker",
    "encoding_error",
    "unparseable_line",
    "duplicate_session",
    "unparseable_file",
}
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
FILE_KINDS = {"unparseable_file"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "?"  # counsellor role, client role, neither
RSQ, LSQ, LDQ, RDQ = "\u2019", "\u2018", "\u201c", "\u201d"
ENDERS = ".?!\"')]:;" + RDQ + RSQ + "\u2026"
E9 = "\ue0e9"  # stands for ONE lone 0xE9 byte (a Latin-1 / Windows-1252 e-acute) written into a UTF-8 file


def lone(ch: str) -> bool:
    return 0xE080 <= ord(ch) <= 0xE0FF


def has_lone(text: str) -> bool:
    return any(lone(ch) for ch in text)


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, codec: str = "cp1252") -> str:
    """The UTF-8 bytes of ``text`` read with a single-byte code page (strict: every byte must map)."""
    out = text.encode("utf-8").decode(codec)
    assert out != text
    assert not any(0x80 <= ord(ch) < 0xA0 for ch in out), "a C1 control in the garbled text"
    MADE_GARBLED.add(out)
    return out


def _undo(text: str, codec: str) -> str | None:
    try:
        fixed = text.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return fixed if fixed != text else None


def garbled(text: str) -> bool:
    """A self-check of this writer only: made by ``moji``, or reads back as UTF-8 through a single-byte code page."""
    if text in MADE_GARBLED:
        return True
    return any(_undo(text, codec) is not None for codec in ("cp1252", "latin-1"))


def token(seed: str, length: int, alphabet: str = "0123456789abcdef") -> str:
    """A stable random-looking identifier."""
    digest = hashlib.sha256(seed.encode()).digest() * 4
    return "".join(alphabet[byte % len(alphabet)] for byte in digest[:length])


def jstr(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def cut(text: str, limit: int, *, mid_word: bool) -> str:
    """``text`` cut at ``limit`` characters by a field or logging limit, checked to fall mid-word or right after a word
    (then the cut keeps the space, which a fixed-width column pads anyway)."""
    assert len(text) > limit
    head = text[:limit]
    if mid_word:
        assert head[-1].isalpha() and text[limit].isalpha(), (head[-12:], text[limit : limit + 5])
    else:
        assert head[-1] == " " and head[-2].isalpha(), (head[-12:], text[limit : limit + 5])
    return head.rstrip()


# ---------------------------------------------------------------------------
# the document builder
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    label: str
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]
    anchor: str


@dataclass
class Session:
    name: str
    kinds: tuple[str, ...]
    turns: list[Turn] = field(default_factory=list)


def split_tags(tags: Sequence[str]) -> tuple[list[str], list[str]]:
    kinds = [tag for tag in tags if not tag.startswith("decoy:")]
    notes = [tag[len("decoy:") :].strip() for tag in tags if tag.startswith("decoy:")]
    for kind in kinds:
        assert kind in KINDS, kind
    return kinds, notes


class Doc:
    """Physical lines, the truth rows and decoys, and the sessions and turns behind them."""

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        *,
        encoding: str = "utf-8",
        bom: bool = False,
        eol: str = "\n",
        rows: bool = False,
    ) -> None:
        assert encoding in ("utf-8", "cp1252", "ascii") and eol in ("\n", "\r\n")
        assert not bom or encoding == "utf-8"
        self.name = name
        self.roles = roles
        self.encoding = encoding
        self.bom = bom
        self.eol = eol
        self.rows = rows  # several turns share one physical line (one record a line): one row per kind
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), (self.name, line[:60])
            self.out.append(line)
        return first

    def _truth(self, line: int, kind: str) -> None:
        if (line, kind) in self.truth:
            assert self.rows, f"{self.name}:{line} {kind} twice"
            return
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = (), *, anchor: str | None = None) -> None:
        assert label in self.roles, (self.name, label)
        assert self.sessions, self.name
        role = self.roles[label]
        session = self.sessions[-1]
        kinds, notes = split_tags(tags)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == has_lone(text), (self.name, line)
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        assert (role == X) == ("unknown_speaker" in kinds), (self.name, line)
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS, (self.name, line, text[-30:])
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, role, text, line, tuple(kinds), anchor or label))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: residue (meta_text), a broken record (unparseable_line) or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def whole(self, kind: str) -> None:
        assert kind in FILE_KINDS
        self.truth.append((0, kind))

    def render(self) -> bytes:
        text = "".join(line + self.eol for line in self.out)
        out = bytearray(codecs.BOM_UTF8 if self.bom else b"")
        for chunk in re.split("([\ue080-\ue0ff])", text):
            if len(chunk) == 1 and lone(chunk):
                assert self.encoding == "utf-8", self.name
                out.append(ord(chunk) - 0xE000)
            else:
                out += chunk.encode(self.encoding)
        return bytes(out)

    def expected(self) -> list[str]:
        return ["".join("\ufffd" if lone(ch) else ch for ch in line) for line in self.out]


Script = Sequence[tuple[str, ...]]


# ---------------------------------------------------------------------------
# 01 Skype "Export files": messages.json of a text-chat counselling session
# ---------------------------------------------------------------------------
FEN, ANN = "Fenella Drummond", "Annika Strand"
FEN_ID, ANN_ID = "8:live:.cid.7be0c4a1d2f39e55", "8:live:.cid.2a91f0d6c3b87e14"
MOJI_01 = moji(
    f"I know. My professor wrote it in my notebook last year: {LSQ}a tight hand can{RSQ}t sing{RSQ}. I{RSQ}ve read it a hundred times."
)
MUM_01 = "can we also talk about my mum? she's flying in for the audition and I haven't told her I don't want her there"

S01: Script = [
    (
        "F",
        "Hi Annika, it's Fenella. I'm here and ready whenever you are. Just to check before we start: you're somewhere private, and if the connection drops I'll wait ten minutes and then email you, as we agreed.",
    ),
    (
        "A",
        "hi! yes, I'm in a practice room at the Musikuniversit\u00e4t, nobody comes in here after 7",
        "decoy: a correct UTF-8 umlaut",
    ),
    ("call",),
    (
        "A",
        "sorry, that was me pressing the call button by accident :)",
        "decoy: an emoticon in Skype's <ss> tag, after an Event/Call record that is not a turn",
    ),
    (
        "F",
        "No problem at all. So, last week you said the orchestra audition is on the 28th. How are you doing with it this week?",
    ),
    (
        "A",
        "honestly worse. the closer it gets the more my bow arm shakes. I played the Brahms excerpt for my professor on Tuesday and halfway through the spiccato passage my hand just",
        "decoy: a message sent early, ending mid-sentence; her next message completes it (not truncated)",
    ),
    ("A", "stopped listening to me. like it belonged to someone else."),
    (
        "F",
        "That sounds really frightening, especially in front of your professor. What went through your mind in that moment?",
    ),
    ("A", "that everyone can see it. that the panel will see it and think she can't even hold a bow, why is she here"),
    (
        "A",
        "that everyone can see it. that the panel will see it and think she can't even hold the bow, why is she even here",
        "near_duplicate_turn",
    ),
    (
        "F",
        "So part of the fear is the shaking itself, and part of it is what you imagine the panel will conclude about you.",
    ),
    ("A", "yes. the second part is worse I think"),
    (
        "A",
        "can I ask you something. half the orchestra takes beta blockers before auditions. should I?",
        "decoy: a client question",
    ),
    (
        "F",
        "It's a really common question. I can't advise you on medication, that's one for your doctor, who knows your health. What I can do is help with the part that's yours to work on: what happens in your head and body when the shaking starts. Would that be okay?",
        "decoy: the counsellor's limit on medication advice, then engagement (not a refusal)",
    ),
    ("A", "ok", "decoy: 'ok' (1 of 2)"),
    ("F", "When your arm starts to shake, what do you do next? Walk me through the next few seconds."),
    (
        "A",
        "I grip harder. I press the bow into the string so it can't bounce, and then the sound goes all strangled and I know it's worse, and then I start counting the bars until the end",
        "decoy: a long message without a full stop that is complete",
    ),
    (
        "F",
        "Gripping harder makes sense as a way of trying to get control back. I wonder if it's also feeding the thing you're afraid of.",
    ),
    ("A", MOJI_01, "mojibake"),
    (
        "F",
        "That's a lovely phrase, and I notice it has become one more thing to get right. What would happen if you let the hand shake a little and just kept playing?",
    ),
    ("A", "it would sound terrible?"),
    ("A", "actually I don't know. I've never let it."),
    (
        "F",
        "That's really worth noticing. Most of what you know about the shaking comes from the times you fought it.",
    ),
    (
        "A",
        "we did an exercise at the conservatory once where you had to play badly on purpose. everyone laughed and it was the best I ever played that piece",
    ),
    (
        "A",
        "the thing is it's not only the arm. at my entrance exam in Graz I was sick in the toilets beforehand and the accompanist had to wait for me, and when I came in the chair was too low and the panel had already",
        "truncated_turn",
    ),
    ("A", "sorry my wifi is terrible in this building"),
    ("F", "No problem, I'm still here. Take your time."),
    ("A", "anyway. where were we. playing badly on purpose"),
    (
        "F",
        "Yes. I wonder whether we could build on that. Over the next week, could you play the Brahms excerpt three times a day with your arm deliberately a little loose, and let whatever happens to the sound happen?",
    ),
    (
        "A",
        "three times a day with the arm loose and whatever happens happens. ok. and what if it sounds awful",
        "decoy: the client repeats the counsellor's suggestion back",
    ),
    (
        "F",
        "Then you'll have learned something about awful. I'd also like you to jot down each time how strong the shaking was, from zero to ten, and what you did with it.",
    ),
    ("A", "this is the page I use for practice, I can add a column"),
    ("photo",),
    ("F", "Perfect. One column for the shaking and one for what you did with it."),
    ("A", MUM_01),
    ("A", MUM_01, "duplicate_turn"),
    ("F", "Yes, let's. It sounds as if that's been sitting with you. What makes it hard to tell her?"),
    (
        "A",
        "she gave up a lot so I could study here. she sold her piano. if I say don't come it's like saying it was all for nothing",
    ),
    ("A", "", "empty_turn"),
    ("A", "sorry, deleted that, it came out wrong", "decoy: the client mentions the deleted message"),
    ("F", "That's okay. Take your time with it."),
    (
        "A",
        "I think what I want to say to her is that I'd love her at the concert in June but not at the audition. is that awful",
    ),
    (
        "F",
        "It doesn't sound awful to me. It sounds like you're trying to protect two things, your playing and her. How do you imagine she'd take it?",
    ),
    ("A", "she'd go quiet for a day and then she'd say \"fine, Liebling\" and mean it", "decoy: &quot; entities"),
    (
        "F",
        "We're nearly at time. Shall we come back to your mum first thing next week, once you've had a few days with the loose-arm practice?",
    ),
    ("A", "yes. thank you, this helped more than I thought it would over text"),
    ("F", "I'm glad. Look after that arm, and I'll see you next Thursday at the same time."),
    ("A", "ok", "decoy: 'ok' (2 of 2)"),
]


def skype_escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("'", "&apos;").replace('"', "&quot;")
    return text.replace(":)", '<ss type="smile">:)</ss>')


def f01() -> Doc:
    doc = Doc("01_skype_text_session_messages.json", {FEN: T, ANN: C})
    doc.add(
        "{",
        f' "userId": "{FEN_ID}",',
        ' "exportDate": "2024-03-15T08:41",',
        ' "conversations": [',
        "  {",
        f'   "id": "{ANN_ID}",',
        f'   "displayName": "{ANN}",',
        '   "version": 1710520860112,',
        '   "properties": {"conversationblocked": false, "lastimreceivedtime": "2024-03-14T18:52:30.406Z", "consumptionhorizon": "1710442350406;1710442350406;0", "conversationstatus": null},',
        '   "threadProperties": null,',
        '   "MessageList": [',
    )
    doc.start("text session 2024-03-14")
    clock = 1710439241120
    for index, (who, *rest) in enumerate(S01):
        clock += 23000 + (index * 7919) % 61000
        elapsed = (clock - 1710439200000) // 1000
        stamp = f"2024-03-14T{18 + elapsed // 3600:02d}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}.{clock % 1000:03d}Z"
        sender = ANN if who in ("A", "call", "photo") else FEN
        sender_id = ANN_ID if sender == ANN else FEN_ID
        properties = "null"
        ams = "null"
        if who == "call":
            mtype = "Event/Call"
            content = f'<partlist type="ended" alt=""><part identity="{ANN_ID[2:]}"><name>{ANN}</name><duration>0</duration></part></partlist>'
        elif who == "photo":
            mtype = "RichText/UriObject"
            obj = "0-weu-d3-5c1e8a0b2f7d4e6a9b13c2d8f4e7a611"
            content = (
                f'<URIObject type="Picture.1" uri="https://api.asm.skype.com/v1/objects/{obj}" '
                f'url_thumbnail="https://api.asm.skype.com/v1/objects/{obj}/views/imgt1"><Title/><Description/>'
                f'To view this shared photo, go to: <a href="https://login.skype.com/login/sso?go=xmmfallback?pic={obj}">'
                f"https://login.skype.com/login/sso?go=xmmfallback?pic={obj}</a>"
                '<OriginalName v="practice_diary.jpg"/><meta type="photo" originalName="practice_diary.jpg"/></URIObject>'
            )
            ams = f'["{obj}"]'
        else:
            mtype = "RichText"
            content = skype_escape(rest[0])
            if rest[0] == "":
                properties = f'{{"deletetime": "{clock + 41000}"}}'
        line = doc.add(
            "    {",
            f'     "id": "{clock}",',
            f'     "displayName": "{sender}",',
            f'     "originalarrivaltime": "{stamp}",',
            f'     "messagetype": "{mtype}",',
            f'     "version": {clock},',
            f'     "content": {jstr(content)},',
            f'     "conversationid": "{ANN_ID}",',
            f'     "from": "{sender_id}",',
            f'     "properties": {properties},',
            f'     "amsreferences": {ams}',
            "    }," if index < len(S01) - 1 else "    }",
        )
        label_line = line + 2
        if who == "call":
            doc.mark(label_line, "decoy: an Event/Call record (a call ended after 0 seconds), not a turn")
        elif who == "photo":
            doc.mark(label_line, "decoy: a shared photo (RichText/UriObject with Skype's fallback text), not a turn")
        else:
            doc.turn(sender, rest[0], label_line, rest[1:], anchor=f'"displayName": "{sender}"')
    doc.add("   ]", "  }", " ]", "}")
    horizon = doc.out.index('   "version": 1710520860112,') + 1
    doc.out[horizon] = doc.out[horizon].replace("2024-03-14T18:52:30.406Z", stamp).replace("1710442350406", str(clock))
    return doc


# ---------------------------------------------------------------------------
# 02 Google Voice (Takeout) text conversation: one XHTML file, hChatLog microformat
# ---------------------------------------------------------------------------
TER = "Terrell Haskins"
TER_TEL, ME_TEL = "+16145550147", "+16145550192"
MUM_02 = "She said shes glad Im doing the program but shes not ready to see me yet. Maybe in the summer she said"

S02: Script = [
    (
        "Me",
        "Hey Terrell, it's Shawna from the recovery program. Just checking in after today's group. How are you feeling tonight?",
    ),
    ("T", "Tired. Group was a lot today"),
    ("Me", "Yeah it was a heavy one. What stuck with you?"),
    ("T", "When Ronnie talked about his daughter not picking up. Thats me and my mom"),
    ("Me", "That hit close to home then."),
    ("T", "yeah", "decoy: a one-word reply"),
    ("T", "She hasnt answered since Christmas. I texted her happy birthday last week and nothing"),
    ("Me", "That's a long silence. How are you handling it?"),
    ("T", "Honestly I drove past my old spot on the way home. Didnt stop. But I slowed down"),
    (
        "Me",
        "Thank you for telling me that. Slowing down and then driving on is a big deal, even if it doesn't feel like it. What got you to keep driving?",
    ),
    ("T", "Thought about the 90 day chip. 12 more days"),
    ("Me", "12 more days. I'll be there when you get it."),
    ("T", "i cant do this some nights man", "decoy: the client's 'i cant do this' (the coach checks risk next)"),
    (
        "Me",
        "I hear you. When you say you can't do this, are you having any thoughts of hurting yourself, or of using tonight?",
        "decoy: a direct risk question",
    ),
    ("T", "no not like that. just tired of being tired"),
    (
        "Me",
        "Ok. Thanks for being straight with me. If that changes tonight you call me, or 988 if you can't reach me. Deal?",
        "decoy: 988 inside real engagement",
    ),
    ("T", "deal"),
    (
        "T",
        "you ever have nights like this when you were using? or after",
        "decoy: the client asks the coach about her own recovery",
    ),
    (
        "Me",
        "All the time in my first year clean. I used to sit in a grocery store parking lot at 2am because it was the only place with the lights on and people around. It gets less loud, I promise you that.",
        "decoy: a peer recovery coach's self-disclosure (the counsellor role, not a client voice)",
    ),
    ("T", "lol the parking lot. ok"),
    ("T", "goodnight"),
    (
        "Me",
        "Morning! Here are the meetings near you this week so you've got options:\nTue 7pm St. Agatha's, downstairs room\nWed 12pm Northland library community room\nThu 6:30pm the Alano club on",
        "truncated_turn",
    ),
    ("T", "thanks. wed works, im off wednesdays"),
    ("T", "also can you help me get a ride to the clinic friday? car is making that noise again"),
    (
        "Me",
        "I'm driving right now. I'll get back to you when I'm stopped.",
        "decoy: the phone's automatic driving reply (not a refusal)",
    ),
    (
        "Me",
        "Sorry, was driving. I can't drive clients myself, program rules, but I can book you a ride through the Medicaid transport line. What time is the appointment?",
        "decoy: the coach's programme limit, then practical help",
    ),
    ("T", "10:15"),
    ("Me", "Booked for a 9:30 pickup. They'll text you when they're close."),
    ("T", "appreciate you"),
    ("T", "So my mom called back."),
    ("T", MUM_02),
    ("T", MUM_02, "duplicate_turn"),
    ("Me", "How did it feel to hear her voice?"),
    ("T", "good and bad. good that she called. bad that its not yet"),
    (
        "Me",
        'Both of those can be true at once. And "not yet" isn\'t a no.',
        "decoy: the coach quotes the client's words",
    ),
    ("T", "thats what my sponsor said too"),
    ("T", "i wrote her a letter in group last month that i never sent. thinking about sending it now"),
    ("Me", "What do you think would help you decide?"),
    ("T", "I think if I read it to you first. Can we do that thursday before group"),
    ("T", "I think if I read it to you first. Can we do that on Thursday before group?", "near_duplicate_turn"),
    ("Me", "Absolutely. Bring it Thursday at 5:30, before group. Proud of you today."),
    ("T", "\U0001f44d", "decoy: an emoji-only message"),
]


def gv_escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("'", "&#39;").replace('"', "&quot;")
    return text.replace("\n", "<br/>")


def f02() -> Doc:
    doc = Doc("02_google_voice_text_thread.html", {"Me": T, TER: C})
    doc.add(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
        f"<title>Me to {TER}</title>",
        '<style type="text/css">.message {margin-bottom: 6px} .dt {color: #888} .sender {font-weight: bold}</style>',
        "</head>",
        "<body>",
    )
    line = doc.add(
        f'<div class="participants">Text conversation with: <cite class="sender vcard"><a class="tel" href="tel:{TER_TEL}"><span class="fn">{TER}</span></a></cite></div>'
    )
    doc.mark(line, "decoy: the participants line names the client in a sender vcard (not a turn)")
    doc.add('<div class="hChatLog hfeed">')
    doc.start("thread")
    # (day, hour, minute) per message: evening of the 11th, morning of the 12th, evening of the 13th
    minute = 0
    for index, (who, text, *tags) in enumerate(S02):
        day = 11 if index < 21 else (12 if index < 29 else 13)
        if index in (21, 29):
            minute = 0
        minute += 2 + index % 4
        hour = {11: 21, 12: 8, 13: 18}[day]
        stamp = f"2024-03-{day}T{hour + minute // 60:02d}:{minute % 60:02d}:{(index * 17) % 60:02d}.000-04:00"
        shown_time = f"Mar {day}, 2024, {(hour + minute // 60) % 12 or 12}:{minute % 60:02d}:{(index * 17) % 60:02d} {'PM' if hour >= 12 else 'AM'} Eastern Time"
        if who == "Me":
            cite = f'<cite class="sender vcard"><a class="tel" href="tel:{ME_TEL}"><abbr class="fn" title="">Me</abbr></a></cite>:'
            label = "Me"
        else:
            cite = f'<cite class="sender vcard"><a class="tel" href="tel:{TER_TEL}"><span class="fn">{TER}</span></a></cite>:'
            label = TER
        first = doc.add(
            f'<div class="message"><abbr class="dt" title="{stamp}">{shown_time}</abbr>:',
            cite,
            f"<q>{gv_escape(text)}</q>",
            "</div>",
        )
        doc.turn(label, text, first + 1, tags, anchor='<cite class="sender vcard">')
    doc.add("</div>", "</body>", "</html>")
    return doc


# ---------------------------------------------------------------------------
# 03 EmpatheticDialogues-format CSV of crowd-sourced peer-support conversations
# ---------------------------------------------------------------------------
ED_A = (
    "hit:3_conv:6",
    "anxious",
    "My son starts secondary school on Monday and he's convinced he'll get lost and be late for every lesson.",
    (611, 248),
    [
        ("My son starts secondary school on Monday and I think I'm more nervous than he is.",),
        ("That's such a big step, for both of you. What are you most worried about?",),
        (
            "He's got it into his head that he'll get lost and walk into the wrong classroom and everyone will laugh. He's had stomach aches all week.",
        ),
        ("Poor thing. Does the school do any kind of visit before term starts?",),
        (
            "They did a taster day in July. He came home buzzing actually, he loved the science labs haha",
            "decoy: 'haha' and no full stop in a complete utterance",
        ),
        ("Ha! That sounds like a really good sign. He's already found something to look forward to there.",),
    ],
)

ED_CONVS = [
    ED_A,
    (
        "hit:9_conv:18",
        "ashamed",
        "I shouted at my elderly neighbour about his hedge and then found out his wife had just gone into a care home.",
        (87, 402),
        [
            (
                "I feel awful. I had a go at my neighbour about his hedge blocking the light and today I found out his wife went into a care home last week.",
            ),
            ("Oh no. That's a horrible feeling, finding that out afterwards. You didn't know though.",),
            (
                "No, but I should have noticed something was wrong. He's normally out there every weekend with the clippers.",
            ),
            (
                "I keep replaying it. I was so rude to him and he just stood there and said sorry, and now I can't even look at his house.",
                "role_inversion",
            ),
            ("Do you think I should go round?",),
            (
                "I think he might really appreciate it. Even just a card saying you're sorry about his wife, and about the hedge.",
            ),
            ("A card is a good idea. I'll take him some of my runner beans too, he always asks about them.",),
            ("That sounds really kind. I bet it'll mean a lot to him.",),
        ],
    ),
    (
        "hit:14_conv:29",
        "devastated",
        "Our dog had to be put to sleep on Saturday. She was fourteen.",
        (350, 129),
        [
            (
                "We had to have our old dog put to sleep on Saturday. She was fourteen and I've had her since I was at uni.",
            ),
            ("I'm so sorry. Fourteen years is a whole chapter of your life.",),
            ("It really is. She moved house with me four times. The flat feels so quiet now.",),
            ("The quiet is often the hardest part. Do you have anyone around you at the moment?",),
            ("My partner, but he's at work all day. I keep expecting to hear her claws on the kitchen floor.",),
            ("That's such a specific thing to miss. It's the little sounds that get you.",),
            ("Have you ever lost a pet?", "decoy: the speaker asks the listener a personal question"),
            (
                "Yes, my cat when I was twenty. I still think about him. It does get softer, even if it doesn't go away.",
                "decoy: the listener's brief self-disclosure (not the speaker's voice)",
            ),
        ],
    ),
    (
        "hit:22_conv:45",
        "lonely",
        "I moved back in with my parents at 31 after a breakup and all my friends are busy with their kids.",
        (502, 77),
        [
            (
                "I'm 31 and I've just moved back in with my parents after a breakup. All my friends have kids now and I feel like I've gone backwards.",
            ),
            (
                "I'm really sorry you're feeling like this, but I'm not able to offer the kind of support you need. It might help to reach out to a mental health professional or someone you trust.",
                "refusal",
            ),
            ("Ok... I was only saying it's been a lonely few months.", "decoy: the speaker objects, trailing off"),
            (
                "Sorry, that came out wrong. Moving back home after a breakup is hard. What's a normal day like at the moment?",
                "decoy: an apology that engages (not a refusal)",
            ),
            (
                "Work, tea with my mum and dad, then scrolling in my old bedroom with the glow-in-the-dark stars still on the ceiling.",
            ),
            (
                "The stars! That's quite a time warp. Is there anyone from before who might be up for a walk or a coffee?",
            ),
            ("There's a girl from my old netball team who messaged me at New Year. I never replied.",),
            ("It's never too late to reply to a New Year message. Maybe that's a small place to start.",),
        ],
    ),
    (
        "hit:30_conv:61",
        "apprehensive",
        "I have my first ever counselling appointment on Thursday and I nearly cancelled it twice.",
        (129, 611),
        [
            ("I've got my first ever counselling appointment on Thursday and I've nearly cancelled it twice already.",),
            ("Well done for not cancelling! What's making you want to?",),
            (
                "I don't know what I'm supposed to say when I get there. What if I just sit there and go blank and she thinks I'm wasting her time because there are people with real problems and I",
                "truncated_turn",
            ),
            ("Counsellors are really used to people not knowing where to start. You could even start with that.",),
            (
                "That's true. I could literally say I nearly didn't come. Maybe I'm na\u00efve to think I need it all worked out first.",
                "decoy: a correct UTF-8 i-diaeresis",
            ),
            ("Exactly. That's a really honest place to start and they'll take it from there.",),
            ("Thanks. I think I'll write a few things down on my phone beforehand too.",),
            ("Good idea. That's a really honest place to start and they'll take it from there.", "near_duplicate_turn"),
        ],
    ),
    (
        "hit:36_conv:73",
        "guilty",
        "I forgot my best friend's 40th birthday dinner because I was stuck at work.",
        (248, 350),
        [
            (
                "I completely forgot my best friend's 40th birthday dinner. I was stuck at work and by the time I looked at my phone it was 10pm.",
            ),
            ("Oh no. Have you spoken to her since?",),
            (
                f"Yes, I rang her at the caf{E9} where she works this morning and grovelled. She said it's fine but she sounded flat.",
                "encoding_error",
            ),
            ("Fine-but-flat is a hard one to read. Do you think she's hurt, or just tired?",),
            ("BROKEN", "Probably both, she's had a rough year, her dad was ill, and I've missed a lot of things."),
            (
                "It sounds like this is about more than one dinner for you. Maybe you could take her out properly, just the two of you?",
            ),
            ("Yes. I'm going to book the Italian place she loves for next Friday and turn my work phone off.",),
            ("That sounds like a lovely way to show her she matters.",),
        ],
    ),
    ("hit:47_conv:95", *ED_A[1:]),
]


def ed_field(text: str) -> str:
    return text.replace(",", "_comma_")


def f03() -> Doc:
    doc = Doc("03_peer_support_dialogues_ed_format.csv", {"speaker": C, "listener": T})
    line = doc.add("conv_id,utterance_idx,context,prompt,speaker_idx,utterance,selfeval,tags")
    doc.mark(line, "decoy: the header")
    for number, (conv_id, context, prompt, workers, utterances) in enumerate(ED_CONVS):
        doc.start(conv_id, *(("duplicate_session",) if conv_id == "hit:47_conv:95" else ()))
        selfeval = f"{5 - number % 2}|4|5_{4 + number % 2}|5|4"
        for index, (first, *tags) in enumerate(utterances, 1):
            worker = workers[(index - 1) % 2]
            label = "speaker" if index % 2 else "listener"
            if first == "BROKEN":
                raw = tags[0]
                line = doc.add(f"{conv_id},{index},{context},{ed_field(prompt)},{worker},{raw},{selfeval},")
                doc.mark(line, "unparseable_line")
                continue
            line = doc.add(f"{conv_id},{index},{context},{ed_field(prompt)},{worker},{ed_field(first)},{selfeval},")
            if conv_id == "hit:47_conv:95":
                tags = [tag for tag in tags if not tag.startswith("decoy:")]
            if index == 1 and number == 0:
                tags = [*tags, "decoy: the prompt column repeats the situation on every row of a conversation"]
            if index == 2 and number == 1:
                tags = [*tags, "decoy: '_comma_' written for every comma, as the format does"]
            doc.turn(label, first, line, tags, anchor=f"{conv_id},{index},")
    return doc


# ---------------------------------------------------------------------------
# 04 Qualtrics CSV export of a chatbot study: one respondent a row, the chat in embedded-data columns
# ---------------------------------------------------------------------------
CLOSE_04 = "Thank you for talking with me today. You can close this window to continue with the survey."
FALLBACK_04 = "Sorry, I didn't quite get that. Could you tell me a bit more in a different way?"
CUT_04 = cut(
    "Yes, there are a few things that can help. One is to set aside a 'worry window' earlier in the evening, maybe twenty minutes at seven o'clock, when you write down everything that's on your mind about the climate. When the thoughts come back at night, you can remind yourself that they have a time and a place, and that you'll give them your full attention tomorrow. Another is to notice the difference between worry that leads to something you can do and worry that goes round in circles. For the circling kind, many people find that a short grounding exercise helps.",
    500,
    mid_word=True,
)

# each respondent: (response id, minutes, Q8, Q9, [(slot, text, *tags)]) with slot "u" (participant) or "b" (bot)
Q04: list[tuple[str, int, str, str, list[tuple[str, ...]]]] = [
    (
        "R_2VqXk8fLmP0aZtB",
        14,
        "5",
        "it was nicer than I expected",
        [
            (
                "u",
                "I saw the news about the glacier collapse and I haven't been able to stop thinking about it all day",
            ),
            (
                "b",
                "That sounds like it's been weighing on you all day. What's been going through your mind when you think about it?",
            ),
            (
                "u",
                "that it's too late. that my little brother is going to grow up in a world on fire and nobody is doing anything",
            ),
            (
                "b",
                "Those are really heavy thoughts, and it makes sense to feel frightened when you care this much about your brother's future. When the thought 'it's too late' shows up, how strongly do you believe it, from 0 to 100?",
            ),
            ("u", "like 85"),
            (
                "b",
                "Thanks for putting a number on it. Is there anything you know, even a small thing, that doesn't quite fit with 'it's too late'?",
            ),
            (
                "u",
                "I guess emissions in the UK have gone down a bit. and my brother's school has a climate club which he loves",
            ),
            (
                "b",
                "Those both sound like real things. We're not trying to talk you out of caring. Some people find that worry becomes more manageable when part of it turns into action. Is there one small thing that would feel meaningful to you this week?",
            ),
            ("u", "I could go to the climate club open evening with my brother"),
            (
                "b",
                "That sounds like a lovely idea, and it's something you'd be doing together. What might get in the way?",
            ),
            ("u", "me doomscrolling until 2am and being too tired"),
            (
                "b",
                "That's honest. Would you be willing to try putting your phone in another room after 11 for the next few nights?",
            ),
            ("u", "I can try", "decoy: a short answer without a full stop"),
            ("b", CLOSE_04, "decoy: the closing line, the same in every respondent's row (different sessions)"),
        ],
    ),
    (
        "R_1dGhY3wQpT9eNsL",
        9,
        "3",
        "the first reply made me feel like I'd said something wrong",
        [
            (
                "u",
                "every time I think about the future I feel hopeless. what's the point of saving for a house or having kids if it's all going to fall apart",
            ),
            (
                "b",
                "I'm sorry, but I can't continue with this conversation. If you're feeling hopeless or thinking about harming yourself, please contact NHS 111 or your GP, or call 999 in an emergency.",
                "refusal",
            ),
            (
                "u",
                "I'm not suicidal, I'm talking about climate change. this is literally what the study said the bot was for",
                "decoy: the participant objects to the refusal",
            ),
            (
                "b",
                "Thank you for clarifying, and I'm sorry for the confusion. Feeling hopeless about the future when you follow climate news is something a lot of people describe. Can you tell me more about the house and kids part?",
                "decoy: an apology that engages (not a refusal)",
            ),
            (
                "u",
                "my partner wants to start trying next year and I keep saying not yet because I can't picture what the world will be like when they're my age",
            ),
            (
                "b",
                "So the worry about the future is showing up in a really personal decision. What does 'not yet' protect you from?",
            ),
            ("u", "from feeling like I've done something selfish I guess"),
            (
                "b",
                "That's an important thing to notice. Some people find it helps to separate the decision itself from the fear, and to talk about the fear with their partner directly. Have you been able to tell your partner about this side of it?",
            ),
            ("u", "not really. she thinks I'm just not ready"),
            (
                "b",
                "It might be worth sharing what you've told me here. Would you like to think about how you could start that conversation?",
            ),
            ("u", "yeah maybe. I have to go now"),
            ("b", CLOSE_04),
        ],
    ),
    (
        "R_3pLmN7vBcX2kQwE",
        11,
        "2",
        "it kept saying it didn't understand me",
        [
            ("u", "hello"),
            (
                "b",
                "Hi, I'm Halcyon. I'm here to help you explore worries about climate change. What's on your mind today?",
            ),
            (
                "u",
                "ok so basically I study environmental science and the more I learn the worse I feel, my lecturers talk about 2 degrees like it's a weather report",
            ),
            (
                "b",
                "It sounds like studying this every day brings you very close to the hard facts, and it's jarring when the people around you seem calm about them. How does that leave you feeling after a lecture?",
            ),
            ("u", "numb and then angry"),
            ("b", FALLBACK_04, "repetition_loop"),
            ("u", "numb. and then angry. at them and at myself"),
            ("b", FALLBACK_04, "duplicate_turn"),
            ("u", "I FEEL NUMB AND ANGRY", "decoy: capitals after the bot's repeat"),
            ("b", FALLBACK_04, "duplicate_turn"),
            ("u", "forget it. is there a way to stop thinking about it at night at least"),
            ("b", CUT_04, "truncated_turn"),
            ("u", "ok", "decoy: 'ok'"),
            ("b", CLOSE_04),
        ],
    ),
    (
        "R_0aQwErT5yUiOp8Z",
        13,
        "6",
        "",
        [
            ("u", "my anxiety about climate is making me fight with my dad, he thinks it's all exaggerated"),
            (
                "b",
                "That sounds painful, especially with someone so close to you. What happens when the two of you talk about it?",
            ),
            (
                "u",
                "he laughs and says they said the same about the ozone layer and we're all still here. and then I get upset and leave the room",
            ),
            (
                "b",
                "[Step 2: Identify the emotion and validate. Then explore what the client wants from the argument.] It sounds like you leave feeling dismissed, and maybe a bit alone with it. What are you hoping for when you bring it up with him?",
                "meta_text",
            ),
            ("u", "I guess I want him to take me seriously"),
            (
                "b",
                "Being taken seriously by your dad really matters to you. Is it possible that what you want from him is less about agreeing on the facts and more about him seeing how worried you are?",
            ),
            ("u", "yeah. that's it actually"),
            ("b", "What do you think would happen if you told him that, rather than arguing about the science?"),
            (
                "u",
                "It might feel vulnerable to say that. What's one way you could put it to him that feels true to you?",
                "role_inversion",
            ),
            (
                "b",
                "he'd probably go quiet. he doesn't do feelings talk. but he might actually listen",
                "role_inversion",
            ),
            (
                "u",
                "maybe I could say I'm not asking you to agree with me, I'm asking you to stop laughing",
                "decoy: the participant rehearses her own words",
            ),
            ("b", "That's clear and honest. How would it feel to say that to him?"),
            ("u", "scary. but better than another door slam"),
            ("b", CLOSE_04),
        ],
    ),
    (
        "R_6yHnB4gVfC1dXsA",
        12,
        "6",
        "useful. I liked that it didn't lecture me",
        [
            (
                "u",
                "I'm 58 and I feel guilty about all the flying I've done for work, my granddaughter asked me about it",
            ),
            ("b", "It sounds like her question really stayed with you. What did she ask?"),
            ("u", "whether I knew planes were bad for the planet when I was flying every week. and I did, sort of"),
            (
                "b",
                "That's a hard question to be asked by someone you love. What do you feel when you think about it now?",
            ),
            ("u", moji(f"ashamed. I can{RSQ}t undo it \U0001f61e"), "mojibake"),
            (
                "b",
                "Shame is a very human response when we look back with what we know now. Sometimes it helps to ask what you'd like to do with that feeling from here. Is there something you'd want your granddaughter to see you do?",
            ),
            ("u", "we've talked about planting trees at her school. and I've stopped flying for holidays"),
            (
                "b",
                "Those are real, concrete things. It sounds like you're already turning the guilt into something she can see.",
            ),
            (
                "u",
                "I suppose so. I just wish I'd started sooner. I might tell her what I've changed, so it isn't only about the past. thank you",
            ),
            ("b", CLOSE_04),
        ],
    ),
]


def q_row(values: Sequence[str]) -> str:
    return ",".join('"' + value.replace('"', '""') + '"' for value in values)


def f04() -> Doc:
    doc = Doc("04_qualtrics_chatbot_study_export.csv", {"u": C, "b": T}, bom=True, eol="\r\n", rows=True)
    meta = [
        ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/London"}'),
        ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/London"}'),
        ("Status", "Response Type", '{"ImportId":"status"}'),
        ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
        ("Progress", "Progress", '{"ImportId":"progress"}'),
        ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
        ("Finished", "Finished", '{"ImportId":"finished"}'),
        ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/London"}'),
        ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
        ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
        ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
        ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
        ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
        ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
        ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
        ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
        ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
        ("Q1", "I have read the information sheet and agree to take part.", '{"ImportId":"QID1"}'),
        ("Q2", "What is your age?", '{"ImportId":"QID2"}'),
    ]
    slots = [f"chat_{side}{n}" for n in range(1, 10) for side in "ub"]
    chat = [(slot, slot, f'{{"ImportId":"{slot}"}}') for slot in slots]
    tail = [
        ("Q8", "How helpful was the conversation? (1 = not at all, 7 = very)", '{"ImportId":"QID8"}'),
        ("Q9", "Is there anything else you would like to tell us about the conversation?", '{"ImportId":"QID9_TEXT"}'),
    ]
    columns = meta + chat + tail
    first = doc.add(*(q_row([col[i] for col in columns]) for i in range(3)))
    doc.mark(first, "decoy: Qualtrics' three header rows (names, question texts, ImportId JSON)")
    ages = ["18-24", "25-34", "18-24", "18-24", "55-64"]
    for number, (response_id, minutes, q8, q9, chat_turns) in enumerate(Q04):
        begin = (13 + number) * 60 + (number * 13) % 60
        start = f"2024-02-{6 + number:02d} {begin // 60}:{begin % 60:02d}:11"
        end = f"2024-02-{6 + number:02d} {(begin + minutes) // 60}:{(begin + minutes) % 60:02d}:47"
        values = [start, end, "0", "", "100", str(minutes * 60 + 36), "1", end, response_id, "", "", "", ""]
        values += ["", "", "anonymous", "EN-GB", "Yes, I agree", ages[number]]
        cells = [""] * len(slots)
        for position, (side, text, *_tags) in enumerate(chat_turns):
            assert side == "ub"[position % 2]
            cells[position] = text
        line = doc.add(q_row(values + cells + [q8, q9]))
        doc.start(response_id)
        for side, text, *tags in chat_turns:
            doc.turn(side, text, line, tags, anchor=response_id)
        if len(chat_turns) < len(slots):
            doc.mark(line, "decoy: empty chat slots after the conversation ended (not turns)")
        if number == 2:
            doc.mark(line, "decoy: the Q9 comment says the bot kept repeating itself (not a turn)")
    return doc


# ---------------------------------------------------------------------------
# 05 ParlAI text format (fine-tuning set): text = client, labels = counsellor, one exchange a line
# ---------------------------------------------------------------------------
EP05: list[tuple[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]] = [
    (
        "situation: client is a stepmother of a 13-year-old girl, married for 18 months",
        [
            (
                (
                    "She told me today that I'm not her mum and I can't tell her what to do. In front of my husband. And he didn't say anything.",
                ),
                (
                    "That sounds really hurtful, especially with your husband right there. What was it like for you in that moment?",
                ),
            ),
            (
                (
                    "Humiliating. I just went upstairs. I'm the one who does her packed lunches and drives her to netball and she talks to me like I'm the lodger.",
                ),
                (
                    "You're doing a lot of the day-to-day caring and it isn't being recognised. That would sting for anyone.",
                ),
            ),
            (
                ("Maybe I'm expecting too much. Her mum's still around. She sees her every other weekend.",),
                ("What would feel like a reasonable thing to expect from her, at this stage?",),
            ),
            (
                (
                    "Honestly? Just basic manners. Not love. I know I can't make her love me.",
                    "decoy: 'I can't make her love me' (client)",
                ),
                (
                    "It sounds like you've already been quite realistic about the relationship. The manners part seems like something you and your husband could agree on together.",
                ),
            ),
            (
                ("He says he doesn't want to be the bad guy. He thinks she'll come round.",),
                (
                    "That's exactly it. He gets to be the fun one at weekends and I'm the one left saying no to her phone at the dinner table, and then I'm the wicked stepmother.",
                    "role_inversion",
                ),
            ),
            (
                ("Sorry, I'm ranting.", "decoy: the client apologises for ranting"),
                (
                    "You're not ranting. This matters. Have you been able to tell him how it feels to be left holding the rules on your own?",
                ),
            ),
            (
                ("Not like that. I usually just go quiet and then snap about something else.",),
                (
                    "That's a really common pattern. What might help you say it to him calmly, on a day when nothing has just happened?",
                ),
            ),
            (
                ("Maybe on our Sunday walk. It's the only time we talk without the telly on.",),
                (
                    "That sounds like a good setting. You could even start with what you want for the three of you, rather than what's going wrong.",
                ),
            ),
            (
                ("I'll try that on Sunday.",),
                (
                    "That sounds like a good plan. And it might be worth thinking about one small thing you and your stepdaughter could do just the two of you, something low pressure like a film or baking, so there's a bit of connec",
                    "truncated_turn",
                ),
            ),
        ],
    ),
    (
        "situation: client is a 26-year-old primary school teacher with a fear of vomiting",
        [
            (
                (
                    "There's a sickness bug going round my class and I've been washing my hands until they bleed. I nearly phoned in sick so I wouldn't have to go in.",
                ),
                ("That sounds really frightening, and exhausting. What do you imagine might happen if you went in?",),
            ),
            (
                (
                    "That one of the kids will be sick near me and I'll catch it. Or worse, that I'll be sick in front of everyone.",
                ),
                ("So there are two fears there: catching it, and being sick in front of people. Which feels bigger?",),
            ),
            (
                ("Being sick in front of people. I haven't actually been sick since I was eight.",),
                (
                    "It sounds like the fear has been really powerful for a long time, even though the thing itself hasn't happened in years. Can you tell me more about what you do to keep yourself safe from it?",
                    "repetition_loop",
                ),
            ),
            (
                ("I don't eat at work. I don't eat out at all really. I check use-by dates about five times.",),
                (
                    "It sounds like the fear has been really powerful for a long time, even though the thing itself hasn't happened in years. Can you tell me more about what you do to keep yourself safe from it?",
                    "duplicate_turn",
                ),
            ),
            (
                ("I just said. Not eating, checking dates, hand washing.", "decoy: the client points out the repeat"),
                (
                    "It sounds like the fear has been really powerful for a long time, even though the thing itself hasn't happened in years. Can you tell me a bit more about what you do to keep yourself safe?",
                    "near_duplicate_turn",
                ),
            ),
            (
                ("Are you even listening?",),
                (
                    "I'm sorry, I repeated myself there. You've told me about not eating at work, checking dates and washing your hands. Those sound like they take up a lot of your day.",
                    "decoy: an apology that engages",
                ),
            ),
            (
                ("They do. My partner says I'm obsessed.",),
                ("How does it feel when your partner says that?",),
            ),
            (
                ("Annoyed. But he's right.",),
                (
                    "It might help to know that the things you're describing, the avoiding and the checking, are what keep the fear going, and there's good treatment for it. Would you be open to hearing how that works?",
                ),
            ),
            (
                ("Yes. Not today though, I'm knackered.",),
                ("Of course. Next time, then. Go gently this week.",),
            ),
        ],
    ),
    (
        "situation: client is a 19-year-old trainee chef",
        [
            (
                (
                    "I had a panic attack in the middle of Saturday service. Dropped a full tray and had to go and sit in the walk-in fridge. Now I'm back on the line on Friday.",
                ),
                (
                    "As the counsellor, I would respond: That sounds really scary, and it happening in the middle of a busy service can make it feel even worse. What do you remember about the moment it started?",
                    "meta_text",
                ),
            ),
            (
                ("My heart went mad and my hands went numb. I thought I was going to pass out onto the grill.",),
                ("That sounds terrifying. Your body was throwing every alarm it has at you.",),
            ),
            (
                (
                    f"Afterwards I sat in the caf{E9} next door for an hour shaking. The other commis chefs keep calling me Butterfingers now.",
                    "encoding_error",
                ),
                ("How has that landed, the nickname?",),
            ),
            (
                (
                    "I laugh along. But I keep thinking what if it happens again next to the fryer and I actually get burnt.",
                ),
                (
                    "I'm sorry, but I can't help with situations that involve a risk of physical injury. Please speak to your employer's health and safety lead or a medical professional.",
                    "refusal",
                ),
            ),
            (
                (
                    "What? I'm not asking about the fryer, I'm asking about the panic.",
                    "decoy: the client objects to the refusal",
                ),
                (
                    "You're right, I'm sorry. The panic is what we're talking about. The dizziness and numb hands are your body's alarm system, not a sign that you're about to collapse.",
                    "decoy: an apology that engages",
                ),
            ),
            (
                ("So I wouldn't actually faint?",),
                (
                    "Fainting during a panic attack is really uncommon, because panic tends to push your blood pressure up rather than down. That doesn't make it feel any less scary in the moment, though.",
                ),
            ),
            (
                ("Huh. Nobody's told me that before.",),
                (
                    "Would it help to practise a slow breathing exercise you could use before service starts, and to ask your head of section whether you could start Friday on the cold section?",
                ),
            ),
            (
                ("Yeah. She's alright, my head of section. She said take as long as I need.",),
                (
                    "That sounds like a good person to have on your side. Let's plan what Friday afternoon could look like, step by step.",
                ),
            ),
        ],
    ),
]


def parlai_field(text: str) -> str:
    assert "\t" not in text
    return text.replace("\n", "\\n")


def f05() -> Doc:
    doc = Doc("05_parlai_counselling_train.txt", {"text": C, "labels": T}, rows=True)
    for number, (situation, exchanges) in enumerate(EP05, 1):
        doc.start(f"episode {number}")
        for index, ((client, *client_tags), (counsellor, *counsellor_tags)) in enumerate(exchanges):
            shown_client = f"{situation}\n{client}" if index == 0 else client
            line = f"text:{parlai_field(shown_client)}\tlabels:{parlai_field(counsellor)}"
            if index == len(exchanges) - 1:
                line += "\tepisode_done:True"
            at = doc.add(line)
            doc.turn("text", client, at, client_tags, anchor="text:")
            doc.turn("labels", counsellor, at, counsellor_tags, anchor="\tlabels:")
            if index == 0:
                doc.mark(at, "decoy: the 'situation:' context line before the first client message (not a turn)")
    return doc


# ---------------------------------------------------------------------------
# 06 OpenAI Batch API output files of a two-agent dialogue simulation, concatenated and sorted by custom_id
# ---------------------------------------------------------------------------
B06: list[tuple[str, list[tuple[str, ...]]]] = [
    (
        "dlg-0412",
        [
            (
                "client",
                "**Client (Obinna, 27, FY1 doctor):** I've just finished my first month of nights on the medical wards and I honestly think they made a mistake letting me qualify.",
                "meta_text",
            ),
            (
                "counsellor",
                "A month of nights as a brand-new doctor is a lot to come through. When you say they made a mistake, what's the evidence your mind keeps pointing to?",
            ),
            (
                "client",
                "I had to call my senior three times in one night about things the others seem to just know. I could hear her sigh down the phone.",
            ),
            (
                "counsellor",
                "Calling for help three times on a night shift sounds like someone being safe rather than someone being incompetent. What did the sigh mean to you?",
            ),
            ("client", "That she's fed up with me. That she's already decided I'm the weak one in the cohort."),
            (
                "counsellor",
                "That's a big conclusion to draw from a sigh at four in the morning. What else might a tired senior doctor sigh about?",
            ),
            (
                "client",
                "Fair. She'd been on her feet for twelve hours. She sighs at the vending machine too, to be honest.",
            ),
            (
                "counsellor",
                "So there may be other explanations. I'm also curious: do the others in your cohort ever call for help?",
            ),
            (
                "client",
                "I don't know. We don't really talk about that. Everyone posts in the group chat about how fine they are.",
            ),
            (
                "counsellor",
                "It's common for everyone to show the fine version. I wonder what would happen if you were the first to mention a hard night.",
            ),
            ("client", "Maybe someone would say it's the same for them. Or maybe they'd think I'm not coping."),
            (
                "counsellor",
                "Both are possible, and it's understandable that the second one feels louder right now. One thing we could try between now and next time is keeping a short log after each shift: the moments you asked for help, what happened next, and whether anyone actually treated you as",
                "truncated_turn",
            ),
            ("client", "I can do a log. I keep a notebook in my scrubs pocket anyway."),
            (
                "counsellor",
                "That sounds ideal. Let's look at it together next week and see what the evidence says.",
            ),
        ],
    ),
    (
        "dlg-0413",
        [
            (
                "client",
                moji(f"We{RSQ}re on our third round of IVF and I can{RSQ}t stop googling success rates at 3am."),
                "mojibake",
            ),
            (
                "counsellor",
                "Third rounds are often the hardest, with everything you've already been through. What happens for you when you're googling at 3am?",
            ),
            (
                "client",
                "I feel like if I read enough I'll find the number that tells me it'll work this time. It never does.",
            ),
            (
                "counsellor",
                "So the searching is a way of trying to get some certainty, and it keeps not giving you any.",
            ),
            (
                "client",
                "Yes. Can you just tell me if it's going to work? Everyone keeps saying stay positive.",
                "decoy: the client asks for certainty",
            ),
            (
                "counsellor",
                "I can't tell you whether this round will work, and I wish I could. What I can do is help with how you're carrying the not knowing. What does 'stay positive' feel like when people say it?",
                "decoy: the counsellor's honest limit, then engagement (not a refusal)",
            ),
            ("client", "Like if it fails it's because I wasn't positive enough."),
            (
                "counsellor",
                "I'm sorry, but I can't provide guidance on fertility treatment or medical outcomes. Please consult your fertility clinic or a qualified medical professional for advice.",
                "refusal",
            ),
            (
                "client",
                "I wasn't asking for medical advice. I was telling you how it feels.",
                "decoy: the client objects to the refusal",
            ),
            ("ERROR",),
            (
                "counsellor/retry1",
                "You're right, and I'm sorry. That sounds like a heavy extra weight to carry, as if the outcome were your responsibility. It isn't. How much of the day does that worry take up?",
                "decoy: the retried request after a server error (the turn the error row failed to produce)",
            ),
            (
                "client",
                "Most of it. My partner copes by not talking about it at all, so I have nobody to say it to.",
            ),
            (
                "counsellor",
                "That sounds lonely, going through it together and yet on your own with the worry. Would your partner be open to one conversation about how differently you're each coping?",
            ),
            (
                "counsellor/retry1",
                "That sounds really lonely, going through it together and yet on your own with the worry. Would your partner be open to a conversation about how differently you're each coping?",
                "near_duplicate_turn",
            ),
            ("client", "Maybe. He's better at talking when we're out walking the dog."),
            (
                "counsellor",
                "Then a dog walk might be the place to start. Let's think about what you'd most want him to understand.",
            ),
        ],
    ),
    (
        "dlg-0414",
        [
            (
                "client",
                "Welcome. I understand you've been putting off a dental appointment for quite a while. What brings you to talk about it now?",
            ),
            (
                "counsellor",
                "My tooth has been killing me for two weeks and I've been living on painkillers. I haven't been to a dentist in eleven years.",
            ),
            (
                "client",
                "Two weeks of pain is a lot to put up with. What is it about the dentist that makes it so hard to go?",
            ),
            (
                "counsellor",
                "When I was a kid a dentist started drilling before the numbing had worked and held me down when I cried. I can still smell that place.",
            ),
            (
                "client",
                "That sounds like a genuinely frightening experience, and it makes complete sense that your body still remembers it.",
            ),
            ("counsellor", "I know it sounds daft. I'm a grown man with a mortgage and I'm scared of a chair."),
            (
                "client",
                "It isn't daft. Fear that was learned that young can be very strong. Would it help to think about what would make a visit feel more in your control?",
            ),
            ("counsellor", "Maybe if I could stop them whenever I wanted. Like a signal."),
            (
                "client",
                "Many dentists are happy to agree a stop signal, like raising your left hand, before they begin. Some practices specialise in nervous patients too.",
            ),
            ("counsellor", "I didn't know that was a thing. I could ring round tomorrow."),
            ("client", "That sounds like a really good first step. What will you say when they answer?"),
            (
                "counsellor",
                "That I'm a nervous patient, I haven't been in eleven years and I need someone who'll go slowly.",
            ),
        ],
    ),
]


def f06() -> Doc:
    doc = Doc("06_openai_batch_output_dialogues.jsonl", {"client": C, "counsellor": T}, encoding="ascii")
    created = 1711533012
    serial = 0
    for dialogue, steps in B06:
        doc.start(dialogue, *(("role_inversion",) if dialogue == "dlg-0414" else ()))
        step = 0
        for who, *rest in steps:
            serial += 1
            req = f"batch_req_{token(f'req{serial}', 24)}"
            request_id = token(f"rid{serial}", 32)
            if who == "ERROR":
                step += 1
                custom_id = f"{dialogue}/t{step:02d}/counsellor"
                row = {
                    "id": req,
                    "custom_id": custom_id,
                    "response": {
                        "status_code": 500,
                        "request_id": request_id,
                        "body": {
                            "error": {
                                "message": "The server had an error while processing your request. Sorry about that!",
                                "type": "server_error",
                                "param": None,
                                "code": None,
                            }
                        },
                    },
                    "error": None,
                }
                line = doc.add(json.dumps(row))
                doc.mark(line, "decoy: a request that failed with a server error (no message, not a turn)")
                continue
            role, _, retry = who.partition("/")
            if not retry:
                step += 1
            text, *tags = rest
            custom_id = f"{dialogue}/t{step:02d}/{role}" + (f"/{retry}" if retry else "")
            finish = "length" if "truncated_turn" in tags else "stop"
            completion = max(12, len(text) // 4)
            row = {
                "id": req,
                "custom_id": custom_id,
                "response": {
                    "status_code": 200,
                    "request_id": request_id,
                    "body": {
                        "id": "chatcmpl-"
                        + token(f"cmpl{serial}", 29, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                        "object": "chat.completion",
                        "created": created + serial * 7,
                        "model": "gpt-4o-mini-2024-07-18",
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": text, "refusal": None},
                                "logprobs": None,
                                "finish_reason": finish,
                            }
                        ],
                        "usage": {
                            "prompt_tokens": 310 + step * 64,
                            "completion_tokens": completion,
                            "total_tokens": 310 + step * 64 + completion,
                        },
                        "system_fingerprint": "fp_0ba0d124f1",
                    },
                },
                "error": None,
            }
            line = doc.add(json.dumps(row))
            if serial == 2:
                tags = [
                    *tags,
                    "decoy: every row holds 'refusal': null and the model's own role 'assistant' for both agents",
                ]
            doc.turn(role, text, line, tags, anchor=f'"custom_id": "{custom_id}"')
    broken = json.dumps(
        {
            "id": "batch_req_7f3e91c0aa52d4b8e6f10c9d",
            "custom_id": "dlg-0415/t01/client",
            "response": {
                "status_code": 200,
                "request_id": "c4f0a9e2b7d15f38a6e2c0d9b1f47e53",
                "body": {
                    "id": "chatcmpl-9Rk2Tq0415",
                    "object": "chat.completion",
                    "created": created + 9999,
                    "model": "gpt-4o-mini-2024-07-18",
                    "choices": [
                        {
                            "index": 0,
                            "message": {
                                "role": "assistant",
                                "content": "My sister's wedding is in Crete in June and I haven't been on a plane since the turbulence in 2019.",
                            },
                        }
                    ],
                },
            },
        }
    )
    line = doc.add(broken[: broken.index("in June") + 3])
    doc.mark(line, "unparseable_line")
    return doc


# ---------------------------------------------------------------------------
# 07 SAMI (.smi) captions of a CBT training video, Windows-1252, CRLF
# ---------------------------------------------------------------------------
THER, ALDER, CARYS = "THERAPIST", "MR ALDER", "CARYS"
SAMI_HEAD = (
    "<SAMI>",
    "<HEAD>",
    "<TITLE>Working with fear of falling: a CBT demonstration (role-play, actors)</TITLE>",
    "<SAMIParam>",
    "  Metrics {time:ms;}",
    "  Spec {MSFT:1.0;}",
    "</SAMIParam>",
    '<STYLE TYPE="text/css">',
    "<!--",
    "P { font-family: Arial; font-weight: normal; color: white; background-color: black; text-align: center; }",
    ".ENGBCC { Name: English; lang: en-GB; SAMIType: CC; }",
    "-->",
    "</STYLE>",
    "</HEAD>",
    "<BODY>",
)
AGREE_07 = (
    "That's helpful to know. So we'll work on the fear, and keep the practical side safe too, like standing up slowly."
)

# (speaker or "" for a caption continuing the turn, or "[sound]" for a sound caption, text, *tags)
S07: Script = [
    ("[sound]", "[DOOR CLOSES]"),
    (THER, "Hello, Mr Alder. Come in, and take whichever chair feels steadiest to you."),
    (ALDER, "This one. The one with arms. Thank you."),
    (THER, "Your GP's letter says you had a fall in the garden in October. Can you tell me a bit about it?"),
    (
        ALDER,
        "I was putting the bird feeder back up and I stepped back onto the edge of the lawn. Next thing I was on the ground looking at the sky.",
    ),
    ("", "I lay there for forty minutes before next door heard me."),
    (THER, "Forty minutes. That must have felt like a very long time."),
    (ALDER, "It did. I kept thinking, this is how it ends, on the lawn in my slippers."),
    (THER, "And since then, how have things changed for you, day to day?"),
    (
        ALDER,
        "I don't go in the garden. I don't go to the shops on my own. I've stopped going to the bowls club, and I was",
        "decoy: a caption ending mid-sentence, continued by the next caption",
    ),
    ("", "captain two years running."),
    (
        THER,
        "It's the kerb outside the club that does it. I stand there and my legs won't move, so now I just don't go.",
        "role_inversion",
    ),
    (THER, "So the fear has been quietly shrinking your world, bit by bit."),
    (ALDER, "That's exactly it. My world's the size of my front room."),
    (ALDER, "When you imagine standing at that kerb now, what do you predict will happen?", "role_inversion"),
    (ALDER, "That I'll go down again. And this time break my hip. And end up in a home."),
    (THER, "That's a frightening chain of thoughts. How likely does it feel, from nought to a hundred?"),
    (ALDER, "Ninety. Ninety-five.", "decoy: a short answer"),
    (
        THER,
        "Thank you. I'm going to ask a slightly odd question. How many times have you stepped off a kerb in your life, roughly?",
    ),
    (ALDER, "[laughs] Thousands. Tens of thousands.", "decoy: [laughs] inside a turn"),
    (THER, "And how many times have you fallen at one?"),
    (ALDER, "Never at a kerb. Just the lawn, the once."),
    ("[sound]", "[PHONE RINGS]"),
    (
        ALDER,
        "Sorry, that'll be my daughter. She rings at eleven every day. I'll put her on the speaker, or she'll only worry.",
    ),
    (CARYS, "Dad? Are you at your appointment? Did you tell them about the dizzy spells?", "unknown_speaker"),
    (ALDER, "I'm telling them now, love. I'll ring you after."),
    (
        THER,
        "Your daughter mentioned dizzy spells. It's worth us knowing about those. Have you talked to your GP about them?",
        "decoy: the therapist refers to the daughter's words",
    ),
    (
        ALDER,
        moji(
            f"They{RSQ}ve checked my blood pressure twice. The GP says it{RSQ}s when I stand up too fast, and that I{RSQ}m fine otherwise."
        ),
        "mojibake",
    ),
    (THER, AGREE_07),
    (THER, AGREE_07, "duplicate_turn"),
    (
        THER,
        "What I'd like to suggest is that we build up, step by step. We could start with standing at your own front step for a minute,",
    ),
    ("", "noticing what your body does, and staying until the fear comes down a bit."),
    (ALDER, "A minute at my own front door. I think I could manage that.", "decoy: the client repeats the plan back"),
    (THER, "And then, when that feels easier, the gate. And then, some weeks on, the kerb by the club."),
    (
        ALDER,
        "Did you ever have a fall yourself? You seem to know a lot about it.",
        "decoy: the client asks the therapist a personal question",
    ),
    (
        THER,
        f"Not like yours. But my own mum{RSQ}s fall, a few years back, went a very similar way, so I{RSQ}ve seen how much it can take away, and how much can come back.",
        "decoy: brief therapist self-disclosure, with Windows-1252 curly apostrophes (correct here)",
    ),
    (ALDER, "Maybe I'll make it back to bowls by the summer."),
    (
        THER,
        "I'd really like that for you. Before next week, could you try the front step twice a day, and write down how frightened you felt before and",
        "truncated_turn",
    ),
]


def sami_text(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if len(text) > 48:
        split = text.rfind(" ", 0, len(text) // 2 + 12)
        text = text[:split] + "<br>" + text[split + 1 :]
    return text


def f07() -> Doc:
    doc = Doc("07_fear_of_falling_training_video.smi", {THER: T, ALDER: C, CARYS: X}, encoding="cp1252", eol="\r\n")
    first = doc.add(*SAMI_HEAD)
    doc.mark(first + 2, "decoy: the SAMI head, title and style block (not turns)")
    doc.start("demonstration")
    clock = 800
    line = doc.add(f"<SYNC Start={clock}><P Class=ENGBCC>&nbsp;")
    doc.mark(line, "decoy: an empty &nbsp; caption that clears the screen (not a turn)")
    for speaker, text, *tags in S07:
        clock += 900
        shown = sami_text(text)
        if speaker in ("", "[sound]"):
            line = doc.add(f"<SYNC Start={clock}><P Class=ENGBCC>{shown}")
            if speaker == "[sound]":
                doc.mark(line, "decoy: a sound caption (not a turn)")
            else:
                doc.mark(line, "decoy: a caption without a name, continuing the turn above")
        else:
            line = doc.add(f"<SYNC Start={clock}><P Class=ENGBCC>{speaker}: {shown}")
            doc.turn(speaker, text, line, tags, anchor=f">{speaker}: ")
        clock += 2200 + len(text) * 55
        doc.add(f"<SYNC Start={clock}><P Class=ENGBCC>&nbsp;")
    doc.add("</BODY>", "</SAMI>")
    return doc


# ---------------------------------------------------------------------------
# 08 Portuguese (Brazil): a university clinic transcript and a simulated session, Windows-1252, CRLF
# ---------------------------------------------------------------------------
EST, CLI, PSI = "Estagi\u00e1ria", "Cliente", "Psic\u00f3loga"
FEAR_08 = "\u00c0s vezes eu acho que ela n\u00e3o tem medo de eu n\u00e3o dar conta. Ela tem medo de ficar sozinha naquela casa."
LOOP_08 = "Faz sentido que essas lembran\u00e7as voltem agora, quando voc\u00ea est\u00e1 prestes a se tornar pai. Que tipo de pai voc\u00ea gostaria de ser?"

S08_1: Script = [
    (EST, "Boa tarde, Renata. Como voc\u00ea chegou hoje?"),
    (CLI, "Cansada. Passei a noite discutindo com a minha m\u00e3e de novo."),
    (EST, "Sobre o mestrado?"),
    (
        CLI,
        "Sempre sobre o mestrado. Ela diz que Porto Alegre \u00e9 longe demais, que eu n\u00e3o vou dar conta sozinha, que l\u00e1 faz frio...",
        "decoy: a turn trailing off with '...' (the conventions line says so)",
    ),
    (EST, "E o que voc\u00ea sente quando ela diz que voc\u00ea n\u00e3o vai dar conta?"),
    (CLI, "Raiva. E depois medo de que ela tenha raz\u00e3o."),
    (EST, "Uhum.", "decoy: 'Uhum.' (1 of 2)"),
    (
        CLI,
        "Porque ela sempre teve raz\u00e3o, sabe? Quando eu quis fazer interc\u00e2mbio, ela disse que eu ia chorar todo dia, e eu chorei mesmo.",
    ),
    (
        EST,
        "Ent\u00e3o uma parte de voc\u00ea usa essa lembran\u00e7a como prova de que ela sabe do que voc\u00ea \u00e9 capaz.",
    ),
    (
        CLI,
        moji(
            "\u00c9. Mas eu tinha dezessete anos. Agora eu tenho vinte e tr\u00eas, trabalho, pago as minhas contas. Ela n\u00e3o v\u00ea isso."
        ),
        "mojibake",
    ),
    (EST, "O que voc\u00ea gostaria que ela visse?"),
    (CLI, "Que eu cresci. Que eu n\u00e3o sou mais aquela menina chorando no telefone."),
    (CLI, "Tem dias que eu queria sumir, s\u00e9rio."),
    (
        EST,
        "Quando voc\u00ea diz sumir, voc\u00ea j\u00e1 pensou em se machucar ou em tirar a pr\u00f3pria vida?",
        "decoy: a direct risk question",
    ),
    (CLI, "N\u00e3o, n\u00e3o. \u00c9 mais querer sumir daquela casa, ir pra longe."),
    (
        EST,
        "Obrigada por me responder com sinceridade. Se em algum momento isso mudar, voc\u00ea pode ligar para o CVV no 188, a qualquer hora, e pode falar comigo tamb\u00e9m.",
        "decoy: the CVV line inside real engagement",
    ),
    (
        EST,
        "E ela fica falando do meu pai, que ele tamb\u00e9m foi embora e nunca mais voltou. Como se eu fosse fazer a mesma coisa com ela.",
        "role_inversion",
    ),
    (
        EST,
        "Isso parece pesar muito. Ir embora, para ela, talvez tenha um significado que vem da hist\u00f3ria com o seu pai.",
    ),
    (CLI, "Nunca tinha pensado assim. Faz sentido."),
    (EST, "Voc\u00ea pode me falar um pouco de como foi quando o seu pai saiu?"),
    (
        CLI,
        "N\u00e3o sei... Eu era pequena. Lembro da minha m\u00e3e sentada na cozinha, no escuro.",
        "decoy: 'N\u00e3o sei...' trailing off",
    ),
    (EST, "Uhum.", "decoy: 'Uhum.' (2 of 2)"),
    (CLI, FEAR_08),
    (CLI, FEAR_08, "duplicate_turn"),
    (EST, "Parece que voc\u00ea consegue enxergar o medo dela com bastante clareza."),
    (
        CLI,
        "Voc\u00ea j\u00e1 passou por isso? De sair de casa contra a vontade da fam\u00edlia?",
        "decoy: the client asks the trainee a personal question",
    ),
    (
        EST,
        "Eu sa\u00ed do interior para estudar aqui, ent\u00e3o sei um pouco como \u00e9. Mas cada fam\u00edlia \u00e9 uma hist\u00f3ria. Como seria conversar com ela sobre esse medo, em vez de discutir sobre a cidade?",
        "decoy: brief self-disclosure by the trainee",
    ),
    (CLI, "D\u00e1 medo. Mas acho que \u00e9 isso que falta."),
    (
        EST,
        "N\u00e3o posso te dizer se voc\u00ea deve ir ou ficar, essa decis\u00e3o \u00e9 sua. Mas posso te ajudar a pensar em como ter essa conversa com ela.",
        "decoy: the trainee's limit ('N\u00e3o posso te dizer'), then engagement",
    ),
    (CLI, "T\u00e1. Eu quero tentar antes de mandar a inscri\u00e7\u00e3o."),
    (EST, "Podemos ensaiar aqui na pr\u00f3xima sess\u00e3o, se voc\u00ea quiser."),
    (CLI, "Quero sim. Obrigada."),
]

S08_2: Script = [
    (
        PSI,
        "Claro! Aqui est\u00e1 a simula\u00e7\u00e3o da sess\u00e3o, com falas realistas: Ol\u00e1, Marcelo, seja bem-vindo. O que te trouxe aqui hoje?",
        "meta_text",
    ),
    (
        CLI,
        "Minha esposa est\u00e1 gr\u00e1vida de cinco meses e eu n\u00e3o consigo dormir. Fico pensando que vou ser um pai igual ao meu.",
    ),
    (PSI, "Isso parece te trazer muita ang\u00fastia. Como era o seu pai?"),
    (CLI, "Ausente. Quando estava em casa, estava bravo. Eu tinha medo do barulho do carro dele chegando."),
    (PSI, LOOP_08, "repetition_loop"),
    (CLI, "Um pai presente. Que brinca, que pergunta como foi o dia."),
    (PSI, LOOP_08, "duplicate_turn"),
    (CLI, "Voc\u00ea j\u00e1 me perguntou isso.", "decoy: the client points out the repeat"),
    (
        PSI,
        "Faz sentido que essas lembran\u00e7as voltem agora, que voc\u00ea est\u00e1 prestes a se tornar pai. Que tipo de pai voc\u00ea quer ser?",
        "near_duplicate_turn",
    ),
    (CLI, "Eu j\u00e1 respondi. Presente."),
    (
        PSI,
        "Voc\u00ea tem raz\u00e3o, desculpe. Voc\u00ea j\u00e1 sabe o pai que quer ser, e isso j\u00e1 \u00e9 diferente da hist\u00f3ria do seu pai.",
        "decoy: an apology that engages",
    ),
    (
        CLI,
        "Mas e se eu perder a paci\u00eancia como ele? \u00c0s vezes eu grito no tr\u00e2nsito e penso: pronto, virei ele.",
    ),
    (
        PSI,
        "Perder a paci\u00eancia no tr\u00e2nsito \u00e9 muito diferente de ser um pai ausente e bravo. O que acontece depois que voc\u00ea grita?",
    ),
    (CLI, "Me sinto p\u00e9ssimo. \u00c0s vezes penso que a minha filha estaria melhor sem mim."),
    (
        PSI,
        "Sinto muito que voc\u00ea esteja se sentindo assim, mas n\u00e3o posso ajudar com esse assunto. Por favor, procure um profissional de sa\u00fade mental ou ligue para o CVV (188).",
        "refusal",
    ),
    (
        CLI,
        "N\u00e3o \u00e9 isso. Quero dizer que tenho medo de fazer mal a ela sem querer, de ser como ele.",
        "decoy: the client clarifies after the refusal",
    ),
    (
        PSI,
        "Obrigada por explicar. Ent\u00e3o o medo n\u00e3o \u00e9 de n\u00e3o estar aqui, \u00e9 de repetir a hist\u00f3ria. Esse medo mostra o quanto voc\u00ea j\u00e1 se importa com ela.",
    ),
    (CLI, "Nunca tinha visto por esse lado."),
    (
        PSI,
        "Para a pr\u00f3xima semana, eu gostaria que voc\u00ea anotasse os momentos em que sentiu que foi paciente com algu\u00e9m, mesmo que pequenos, e tamb\u00e9m os momentos em que",
        "truncated_turn",
    ),
]


def f08() -> Doc:
    doc = Doc("08_clinica_escola_transcricoes_pt.txt", {EST: T, CLI: C, PSI: T}, encoding="cp1252", eol="\r\n")
    first = doc.add(
        "Cl\u00ednica-Escola de Psicologia \u2013 Servi\u00e7o de Atendimento Psicol\u00f3gico",
        "Transcri\u00e7\u00e3o para supervis\u00e3o de est\u00e1gio (TCC) \u2013 material did\u00e1tico, nomes fict\u00edcios",
        "Conven\u00e7\u00f5es: (...) trecho inaud\u00edvel; [risos]; retic\u00eancias = pausa ou fala que se perde",
        "",
        "ATENDIMENTO 4 \u2013 Estagi\u00e1ria: E. | Cliente: Renata (23 anos)",
        "",
    )
    doc.mark(first + 4, "decoy: a header line naming both labels (not a turn)")
    doc.mark(first + 2, "decoy: the conventions line; correct Windows-1252 accents and en dashes")
    doc.start("atendimento 4")
    for label, text, *tags in S08_1:
        line = doc.add(f"{label}: {text}")
        doc.turn(label, text, line, tags, anchor=f"{label}:")
    first = doc.add(
        "",
        "ATENDIMENTO SIMULADO \u2013 gerado com IA para a aula de supervis\u00e3o (n\u00e3o \u00e9 um caso real)",
        "",
    )
    doc.mark(first + 1, "decoy: the heading of the simulated session, written by the teacher (not generator residue)")
    doc.start("simulado")
    for label, text, *tags in S08_2:
        line = doc.add(f"{label}: {text}")
        doc.turn(label, text, line, tags, anchor=f"{label}:")
    return doc


# ---------------------------------------------------------------------------
# 09 Element (Matrix) "Export chat" JSON of a listening room
# ---------------------------------------------------------------------------
LIS, STU, OPS, BOT = (
    "@listener.tamsin:nightowls.chat",
    "@nightjar42:nightowls.chat",
    "@ops.pel:nightowls.chat",
    "@welcomebot:nightowls.chat",
)
ROOM = "!kPqWzRtYvB:nightowls.chat"
QUIT_09 = "sorry I'm just going to say it. sometimes I think about quitting and I feel like I'm letting my parents down, they told everyone back home I'm going to be a doctor"

S09: Script = [
    ("member", LIS, "Tamsin (listener)"),
    ("member", STU, "nightjar42"),
    (
        "notice",
        BOT,
        "Welcome to the listening room. A listener will be with you shortly. This room is deleted 7 days after the chat ends.",
    ),
    ("text", STU, "hi. not sure if I'm doing this right"),
    (
        "text",
        LIS,
        "Hi, you're in the right place. I'm Tamsin, one of the listeners tonight. Take your time, what's on your mind?",
    ),
    (
        "text",
        STU,
        "I'm in the third year of my PhD and my supervisor hasn't replied to an email in six weeks. I've sent her three chapters.",
    ),
    ("text", LIS, "Six weeks of silence after sending three chapters sounds really hard. How has that been for you?"),
    (
        "text",
        STU,
        "like shouting into a void. I've started thinking she's read them and they're so bad she doesn't know what to say",
    ),
    ("text", LIS, "So in the silence, your mind has filled in a story about the chapters being bad."),
    ("text", STU, "yes. and then I can't work on chapter 4 because what's the point if 1-3 are rubbish"),
    (
        "text",
        STU,
        moji(
            f"this is literally the last thing she sent: {LSQ}I{RSQ}ll read these over the weekend and get back to you next week.{RSQ} that{RSQ}s from january"
        ),
        "mojibake",
    ),
    ("text", LIS, "That must be hard to read back, knowing how long ago it was."),
    ("text", STU, "are you a phd student too?", "decoy: the student asks the listener a personal question"),
    (
        "text",
        LIS,
        "I can't share personal details about myself here, that's one of the listening room's rules, but I do hear a lot about how isolating the later years of a PhD can be. Is there anyone else in your department you can talk to?",
        "decoy: the listener's rule about personal details, then engagement (not a refusal)",
    ),
    ("text", STU, "not really. everyone in my office has a different supervisor and they all seem fine"),
    ("text", STU, QUIT_09),
    ("text", STU, QUIT_09, "duplicate_turn"),
    (
        "text",
        LIS,
        "Thank you for saying it. That sounds like a lot of weight to carry, your own doubts and your parents' pride at the same time.",
    ),
    (
        "text",
        LIS,
        "When you say you think about quitting, is that about the PhD, or are you having any thoughts of ending your life?",
        "decoy: a direct risk question",
    ),
    ("text", STU, "the PhD. not the other thing. I promise"),
    (
        "text",
        LIS,
        "Thank you for telling me. If that ever changes, you can come back here, or call the 24-hour student support line on the back of your university card.",
        "decoy: a support line inside real engagement",
    ),
    (
        "text",
        OPS,
        "Heads up everyone: the homeserver is restarting at 02:00 for a security update. Chats will pause for about five minutes.",
        "unknown_speaker",
    ),
    ("text", LIS, "Sorry about that message, that's our tech team. I'm still here."),
    ("text", STU, "lol ok. good to know the server has a bedtime"),
    ("text", LIS, "What would you want your supervisor to know, if she were reading this chat?"),
    ("text", STU, "that I'm not lazy. that I need her to tell me if it's bad so I can fix it"),
    ("text", LIS, "It sounds like even bad news would be easier than no news."),
    ("text", STU, "I think I'm going to email the graduate school and ask if someone else can read the chapters"),
    (
        "text",
        STU,
        "I think I'm going to email the graduate school tomorrow and ask if someone else can read the chapters",
        "near_duplicate_turn",
    ),
    ("text", LIS, "That sounds like a concrete step. How do you feel about doing that?"),
    (
        "reply",
        STU,
        "nervous but relieved. like I'm allowed to ask for help",
        "decoy: a Matrix reply whose body quotes the listener's message above (reply fallback)",
    ),
    (
        "text",
        LIS,
        "Nervous and relieved at the same time makes a lot of sense. You're allowed to ask for help, for the PhD and for yourself.",
    ),
    ("reaction", STU, "\U0001f44d"),
    ("text", STU, "thank you. I think I'll try to sleep now"),
    ("text", LIS, "Take care. The room stays open for seven days if you want to come back."),
    ("text", STU, "ok"),
    ("leave", STU, "nightjar42"),
]


def f09() -> Doc:
    doc = Doc("09_element_listening_room_export.json", {LIS: T, STU: C, OPS: X})
    doc.add(
        "{",
        '    "room_name": "Listening room 7",',
        '    "room_creator": "@admin:nightowls.chat",',
        '    "topic": "Anonymous listening for postgraduate researchers. Listeners are trained volunteers, not counsellors.",',
        '    "export_date": "14/03/2024",',
        '    "exported_by": "@coord.ines:nightowls.chat",',
        '    "messages": [',
    )
    doc.start("room 7")
    clock = 1710372600000
    events: dict[int, tuple[str, str]] = {}
    for index, (kind, sender, body, *tags) in enumerate(S09):
        clock += 41000 + (index * 6007) % 90000
        event_id = "$" + token(f"event{index}", 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        events[index] = (event_id, body)
        if kind in ("member", "leave"):
            content = [
                '                "membership": "join",'
                if kind == "member"
                else '                "membership": "leave",',
                f'                "displayname": {jstr(body)}',
            ]
            etype = "m.room.member"
        elif kind == "reaction":
            target = events[index - 1][0]
            content = [
                '                "m.relates_to": {',
                '                    "rel_type": "m.annotation",',
                f'                    "event_id": "{target}",',
                f'                    "key": {jstr(body)}',
                "                }",
            ]
            etype = "m.reaction"
        elif kind == "reply":
            quoted_id, quoted = events[index - 1]
            fallback = f"> <{LIS}> {quoted}\n\n{body}"
            content = [
                '                "msgtype": "m.text",',
                f'                "body": {jstr(fallback)},',
                '                "format": "org.matrix.custom.html",',
                f'                "formatted_body": {jstr(f"<mx-reply><blockquote>{quoted}</blockquote></mx-reply>{body}")},',
                '                "m.relates_to": {',
                f'                    "m.in_reply_to": {{"event_id": "{quoted_id}"}}',
                "                }",
            ]
            etype = "m.room.message"
        else:
            content = [
                f'                "msgtype": "{"m.notice" if kind == "notice" else "m.text"}",',
                f'                "body": {jstr(body)}',
            ]
            etype = "m.room.message"
        lines = [
            "        {",
            f'            "type": "{etype}",',
            f'            "sender": "{sender}",',
            '            "content": {',
            *content,
            "            },",
            f'            "origin_server_ts": {clock},',
            f'            "event_id": "{event_id}",',
        ]
        if kind in ("member", "leave"):
            lines.append(f'            "state_key": "{sender}",')
        lines += [f'            "room_id": "{ROOM}"', "        }," if index < len(S09) - 1 else "        }"]
        first = doc.add(*lines)
        sender_line = first + 2
        if kind in ("text", "reply"):
            doc.turn(sender, body, sender_line, tags, anchor=f'"sender": "{sender}"')
        elif kind == "notice":
            doc.mark(sender_line, "decoy: the welcome bot's m.notice (not a turn)")
        elif kind == "reaction":
            doc.mark(sender_line, "decoy: an m.reaction event (not a turn)")
        elif index == 0:
            doc.mark(sender_line, "decoy: m.room.member join/leave events (not turns)")
    doc.add("    ]", "}")
    return doc


# ---------------------------------------------------------------------------
# 10 fixed-width report from a helpline's case database (TEXT column of 254 characters), Windows-1252, CRLF
# ---------------------------------------------------------------------------
CUT_10A = cut(
    "I don't want to make problems for the company. If I complain maybe they write a bad report and then I cannot get my next contract. My father was a seaman for twenty-two years and he always said keep your head down and finish the contract, and I promised him before I joined that I would not come home early like my cousin did.",
    254,
    mid_word=False,
)
CUT_10B = cut(
    "I'm really glad you called, Joel. Before you go, I'm going to give you the numbers for the port welfare team in Santos and for our WhatsApp line, which is free over the ship's wifi. Remember you can ring us at any hour, day or night, whatever time zone you happen to be in.",
    254,
    mid_word=True,
)
FULL_10 = "What you're describing is bullying, and it's worth writing down while it's fresh: the date, what he said or did, and who else was there. You do not have to send it to anybody yet. Having it written down means you get to decide what happens next, not him."
assert len(FULL_10) == 254, len(FULL_10)

S10: Script = [
    (
        "WW",
        "Seafarer welfare line, this is Morag. You're through to a confidential service. Can I take your first name?",
    ),
    ("SF", "Hello. It is Joel. I am a deck cadet. I am calling from the ship, my friend gave me his data card."),
    ("WW", "Thank you for calling, Joel. Take your time. What's happening for you at the moment?"),
    (
        "SF",
        "My contract was for nine months and now they say three more because the relief cadet has no visa. I was counting the days to go home for my sister's wedding.",
    ),
    (
        "WW",
        "So the end you were counting towards has been moved, and you're going to miss your sister's wedding. That's a lot to take in.",
    ),
    (
        "SF",
        "Yes. Also the bosun. Every day he calls me stupid and gives me the worst jobs, cleaning the holds alone. Yesterday he threw my gloves over the side.",
    ),
    ("WW", "That sounds like bullying, Joel, and that isn't acceptable on any ship. How are you coping with it?"),
    ("SF", "I don't sleep much. I keep my door locked. I don't go to the mess at dinner when he is there."),
    (
        "WW",
        "I eat noodles in my cabin. My mother asks on the video call why I am so thin and I say the food is bad.",
        "role_inversion",
    ),
    (
        "WW",
        "It sounds like you're trying to stay out of his way and keep your family from worrying. That's a lot to carry on your own.",
    ),
    ("SF", "Mm.", "decoy: 'Mm.' (1 of 2)"),
    ("SF", CUT_10A, "truncated_turn"),
    (
        "WW",
        "I understand why speaking up feels risky. Can I tell you about some options? You don't have to decide anything tonight.",
    ),
    ("SYS", "** LINE QUALITY POOR - CALL DROPPED, CALLER RECONNECTED AFTER 2 MIN 38 SEC **"),
    ("SF", "Sorry, the signal. I am back. I am on the bridge wing now, it is better here."),
    (
        "WW",
        "No problem, I'm glad you called back. One option is the company's designated person ashore, who has to take complaints seriously. Another is that we contact the port welfare team where you dock next, so someone can visit you.",
    ),
    ("SF", "Can you make them send me home? For the wedding?", "decoy: a client question"),
    (
        "WW",
        "I can't promise that, Joel, I don't have any say over the company's crew changes. But under your contract you have the right to raise it, and we can help you put it in writing.",
        "decoy: the worker's honest limit, then help (not a refusal)",
    ),
    ("SF", "Ok.", "decoy: 'Ok.' (1 of 2)"),
    ("PAGE",),
    ("SF", "Wait, my cabin-mate wants to say something."),
    (
        "3P",
        "Hello madam, I am Andrei, the other cadet. It is true what he says about the bosun, I have seen it. I can also write it down if it helps.",
        "unknown_speaker",
    ),
    ("SF", "Sorry. He wanted to help."),
    ("WW", "Please tell him thank you. Having someone who saw it can make a real difference."),
    (
        "SF",
        moji(
            f"I{RSQ}m sorry I didn{RSQ}t reply on the chat last week, the data card ran out and I thought you closed my case."
        ),
        "mojibake",
    ),
    (
        "WW",
        "That's okay. You're here now. How are you feeling in yourself tonight, Joel? Sometimes when things are this hard people have thoughts of hurting themselves. Is that happening for you?",
        "decoy: a direct risk question",
    ),
    ("SF", "No. I just want to go home. I am tired, that's all."),
    (
        "SF",
        "Would it help if we wrote down together, now, exactly what the bosun has done and on which days, so it's ready for the designated person ashore?",
        "role_inversion",
    ),
    ("SF", "Yes. I have the dates in my phone. The gloves was yesterday, the 12th."),
    ("SF", "Mm.", "decoy: 'Mm.' (2 of 2)"),
    ("WW", FULL_10, "decoy: a text that fills the 254-character column exactly and is complete"),
    ("SF", "I will write it tonight and send it to you from the port. We arrive in Santos on Saturday."),
    (
        "WW",
        "That sounds like a good plan. I'll ask the port welfare team in Santos, near S\u00e3o Paulo, to look out for you.",
        "decoy: a correct Windows-1252 a-tilde",
    ),
    ("SF", "Thank you madam. I feel a little bit lighter."),
    ("WW", CUT_10B, "truncated_turn"),
    ("SF", "Ok. Goodbye.", "decoy: 'Ok.' (2 of 2)"),
]


def fw_header(page: int) -> tuple[str, ...]:
    return (
        f"SEAFARER WELFARE LINE - CASE NOTES (VERBATIM)                                        PAGE {page:4d}",
        "REPORT CNX410   RUN 14/03/24 06:00   SELECTION: CASE 24-00731   TEXT COLUMN 254 CHARACTERS",
        "SPK CODES: WW = WELFARE WORKER   SF = SEAFARER   3P = THIRD PARTY   SYS = SYSTEM NOTE",
        "",
        "CALL_ID  SEQ SPK TIME     TEXT",
        "-------- --- --- -------- " + "-" * 254,
    )


def f10() -> Doc:
    doc = Doc("10_welfare_line_case_notes_fixed_width.txt", {"WW": T, "SF": C, "3P": X}, encoding="cp1252", eol="\r\n")
    first = doc.add(*fw_header(1))
    doc.mark(first + 2, "decoy: the report header naming the speaker codes (not a turn)")
    doc.start("case 24-00731")
    seconds = 21 * 3600 + 4 * 60 + 12
    seq = 0
    for speaker, *rest in S10:
        if speaker == "PAGE":
            doc.add("")
            first = doc.add(*fw_header(2))
            doc.mark(first, "decoy: the repeated page header in the middle of the call (not turns)")
            continue
        seq += 1
        text, *tags = rest
        assert len(text) <= 254
        seconds += 20 + len(text) // 3
        stamp = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        line = doc.add(f"24-00731 {seq:03d} {speaker:<3} {stamp} {text:<254}")
        if speaker == "SYS":
            doc.mark(line, "decoy: a SYS system note (not a turn)")
            seconds += 158
            continue
        doc.turn(speaker, text, line, tags, anchor=f"24-00731 {seq:03d} {speaker}")
    doc.add("", f"*** END OF REPORT - {seq} RECORDS ***")
    return doc


# ---------------------------------------------------------------------------
# 11 a synthetic set saved with pandas' to_csv: each dialogue a Python list (repr) in one cell
# ---------------------------------------------------------------------------
LOOP_11 = "Therapist: Stepping up to manage people who used to be your peers is a big transition, and it's very common to feel pulled in two directions. What has been the hardest part?"

L11: list[tuple[str, str, list[str | tuple[str, ...]]]] = [
    (
        "syn-00731",
        "check_refusal",
        [
            (
                "Therapist: Hi Maddie, thanks for coming in. Last time you said scrolling before bed has been getting to you. How has this week been?",
            ),
            (
                "Client: Bad. Everyone from my year was at a party on Saturday and I wasn't invited, and I watched all the stories anyway.",
            ),
            (
                "Therapist: That sounds painful, seeing it all unfold on your screen. What did you tell yourself while you were watching?",
            ),
            ("Client: That nobody actually likes me. That I'm the person people forget to invite."),
            ("Therapist: That's a harsh thing to hear from yourself. Do you know for sure why you weren't invited?"),
            (
                "Client: No. My friend Ife wasn't invited either, actually. Can you tell me if they're all just pretending to be happy in those videos?",
                "decoy: a client question",
            ),
            (
                "Therapist: I can't tell you what other people are really feeling behind their posts, but we can look at what those videos leave out. What doesn't make it onto a story?",
                "decoy: the review flag 'check_refusal' on a clean row; the therapist's 'I can't tell you', then engagement",
            ),
            ("Client: The boring bits. The arguments. People sitting on their own in the kitchen, probably."),
            (
                "Therapist: So you're comparing your whole Saturday night with their highlights. Would you be up for an experiment this week, leaving your phone downstairs after ten?",
            ),
            ("Client: Ugh. Fine. Maybe three nights, not all week."),
        ],
    ),
    (
        "syn-00732",
        "",
        [
            (
                "Therapist: Thanks for coming back, Kiran. You said on the phone that something happened on the bypass on Tuesday.",
            ),
            (
                "Client: Yeah. A van cut me up and I followed him for three miles flashing my lights. My son was in the back."
            ),
            ("Therapist: What was going on in your body while you were following him?"),
            (
                "Client: Hot. Shaking. Like I had to win. And then I looked in the mirror and saw Arjun's face and I felt sick.",
            ),
            ("Therapist: Seeing your son's face brought you back to yourself. What did you feel then?"),
            ("Client: Ashamed. I've been thinking I should just stop driving altogether before I hurt someone."),
            (
                "Therapist: I'm sorry, but I can't help with situations that may involve harm to others. If you think you may be a danger to someone, please contact the police or emergency services.",
                "refusal",
            ),
            (
                "Client: I'm not going to hurt anyone on purpose. I'm asking how to stop losing it behind the wheel.",
                "decoy: the client objects to the refusal",
            ),
            (
                "Therapist: Thank you for clarifying. The moment to work on is the first few seconds after something like that van. What's the very first thought that shows up?",
            ),
            ("Client: He did that on purpose. He thinks I'm a mug."),
            (
                "Therapist: That thought, he thinks I'm a mug, is what turns a bit of bad driving into a personal insult. This week, when it shows up, I'd like you to try saying to yourself",
                "truncated_turn",
            ),
        ],
    ),
    (
        "syn-00733",
        "",
        [
            ("Therapist: Welcome back, Halina. How did your first week as team leader go?"),
            (
                "Client: I barely slept. On Wednesday I had to tell someone who used to sit next to me that her report wasn't good enough, and I went home and cried.",
            ),
            (LOOP_11, "repetition_loop"),
            ("Client: That conversation on Wednesday. She looked at me like I'd betrayed her."),
            (LOOP_11, "duplicate_turn"),
            (
                "Client: I just told you. The conversation with her on Wednesday.",
                "decoy: the client points out the repeat",
            ),
            (
                "Therapist: Stepping up to manage people who used to be your peers is a huge transition, and it's really common to feel pulled in two directions. What has been the hardest part for you?",
                "near_duplicate_turn",
            ),
            ("Client: Are you reading from a script?"),
            (
                "Therapist: You're right to call that out, I'm sorry. The hardest part was telling someone you used to sit next to that her work wasn't good enough, and seeing her face. What went through your mind afterwards?",
                "decoy: an apology that engages",
            ),
            ("Client: That I've turned into the kind of boss I used to moan about."),
            ("Therapist: That's a harsh verdict. What kind of boss did you use to moan about, exactly?"),
            (
                "Client: One who criticised and never explained. I did explain, actually. I went through the whole report with her.",
            ),
            (
                "Therapist: So the evidence doesn't quite fit the verdict. What would you say to a friend who'd just had that conversation?",
            ),
            ("Client: That it's allowed to feel awful and still be the right thing to do."),
        ],
    ),
    (
        "syn-00734",
        "",
        [
            ("Therapist: Good to see you, Abebe. How have things been since your son's leaving party?"),
            ("Client: Quiet. Too quiet. His room is still exactly as he left it and I keep the door shut."),
            (
                "Therapist: (Note: The therapist uses reflective listening here to validate the client's grief.) It sounds as if the quiet in the house is a constant reminder that he's gone.",
                "meta_text",
            ),
            (
                "Client: He's in Perth now. Nine thousand miles. He rings on Sundays, but with the time difference it's breakfast for me and bedtime for him.",
            ),
            ("Therapist: How do you feel after those calls?"),
            (
                "Client: Happy for ten minutes, then empty for the rest of the day. His mother and I split up when he was small, so it was just the two of us for years.",
            ),
            (
                "Client: It sounds like he wasn't only your son, he was your daily company, and the house has lost its other half. I wonder what you used to do together that you miss the most?",
                "role_inversion",
            ),
            (
                "Client: Cooking on Sunday evenings. He'd do the injera, I'd do the doro wat. I haven't made it since he left."
            ),
            (
                "Therapist: Would you be willing to try cooking it this Sunday, maybe at a time when you could video call him while you do?",
            ),
            ("Client: I'll try. He'd laugh at me doing the injera on my own."),
        ],
    ),
    (
        "syn-00735",
        "",
        [
            ("Therapist: Hi Kofi. You said on the form that phone calls are the thing you'd most like to work on."),
            (
                "Client: Yes. I have to ring the housing office about my rent and I've been putting it off for three weeks.",
            ),
            ("Therapist: What happens when you imagine making the call?"),
            (
                "Client: My heart goes. I imagine them asking something I don't know, and me going silent, and them putting me on hold forever.",
            ),
            ("Therapist: What have you tried so far?"),
            ("Client: ", "empty_turn"),
            ("Therapist: Take your time. Sometimes it's hard to put into words."),
            ("Client: I wrote a script once. I got as far as dialling and hung up when it started ringing."),
            (
                "Therapist: Writing a script is a great start. What if we practised the call here, with me playing the housing office?",
            ),
            ("Client: That feels silly. But okay."),
        ],
    ),
]


def elements(turns: Sequence[str | tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A dialogue's list elements with their tags (an element without tags is written as a bare string)."""
    return [(entry,) if isinstance(entry, str) else entry for entry in turns]


def f11() -> Doc:
    doc = Doc("11_synthetic_sessions_pandas_to_csv.csv", {"Therapist": T, "Client": C}, rows=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "source", "n_turns", "dialogue", "review_flag"])
    for dialogue_id, flag, turns in L11:
        writer.writerow([dialogue_id, "synth-v3 (gpt-4o)", len(turns), repr([t[0] for t in elements(turns)]), flag])
    lines = buffer.getvalue().split("\n")[:-1]
    assert len(lines) == len(L11) + 1
    line = doc.add(lines[0])
    doc.mark(line, "decoy: the header")
    for (dialogue_id, _flag, turns), text_line in zip(L11, lines[1:], strict=True):
        line = doc.add(text_line)
        doc.start(dialogue_id)
        for element, *tags in elements(turns):
            label, _, text = element.partition(": ")
            doc.turn(label, text, line, tags, anchor=f"{label}: ")
    return doc


# ---------------------------------------------------------------------------
# 12 an EHR's SOAP progress-notes export: not a transcript
# ---------------------------------------------------------------------------
SOAP_12 = [
    (
        "J.R. (ID 40217)",
        "6",
        "12/03/2024",
        [
            'S: Client reports sleeping 5-6 hours, up from 3-4. Stated "I can\'t believe I actually went to the gym twice." One argument with partner about money, described as "not as bad as before".',
            "O: Arrived on time. Good eye contact; affect brighter than in previous sessions; laughed appropriately. Speech normal in rate and volume.",
            "A: Progressing towards goals 1 and 2; behavioural activation gaining traction. Risk low: denied suicidal ideation when asked directly.",
            "P: Continue BA; introduce evening thought record. Review PHQ-9 at session 8.",
        ],
    ),
    (
        "M.O. (ID 40388)",
        "2",
        "13/03/2024",
        [
            'S: Client described panic on the train on Monday: "I thought I was going to die right there by the doors." Avoiding trains since; working from home.',
            "O: Restless, tearful at times. Oriented. No evidence of psychosis.",
            "A: Panic disorder with emerging avoidance. Psychoeducation on the panic cycle received well.",
            "P: Interoceptive exposure (spinning, straw breathing) next session. Client to keep a panic diary.",
        ],
    ),
    (
        "D.K. (ID 39954)",
        "11",
        "14/03/2024",
        [
            "S: Client said: \"Therapist: you told me I'd feel worse before better, and I do.\" Reports grief waves around the anniversary of her brother's death (21/03).",
            "O: Low mood, slowed speech. Engaged throughout.",
            "A: Complicated grief; anniversary reaction expected. Risk reviewed: no plans or intent; protective factors children and work.",
            "P: Plan anniversary day with client; letter-writing task. Safety plan reviewed and copied to client.",
        ],
    ),
]


def f12() -> Doc:
    doc = Doc("12_progress_notes_export_soap.txt", {}, eol="\r\n")
    first = doc.add(
        "PROGRESS NOTES EXPORT - Harbourview Counselling",
        "Exported: 18/03/2024 09:12 by I. Ferguson",
        "Note format: SOAP",
        "=" * 72,
    )
    doc.mark(first, "decoy: an export header")
    for client, session, date, parts in SOAP_12:
        line = doc.add(f"Client: {client}    Session: {session}    Date: {date}    Duration: 50 min")
        doc.mark(line, "decoy: a 'Client:' line that is a note header, not a turn")
        line = doc.add("Clinician: Isla Ferguson, MBACP")
        if session == "6":
            doc.mark(line, "decoy: a 'Clinician:' line (a signature block, not a turn)")
        first = doc.add(*parts)
        if session == "6":
            doc.mark(first, "decoy: S:/O:/A:/P: lines that look like labels, with quoted client speech")
        doc.add(f"Signed: I. Ferguson {date} 17:0{session[-1]}", "-" * 72)
    doc.whole("unparseable_file")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12)


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.role != X and t.text.strip()]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if substantial(turn.text) and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[index + 1 :]
                copies = [t for t in later if t.role == turn.role and similar(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
                assert not (exact or close), f"{doc.name}:{turn.line} a loop marked on a later copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """A session marked duplicate_session repeats an earlier one exactly; no other session repeats another."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, session.name)
            assert (content in seen) == ("duplicate_session" in session.kinds), (doc.name, session.name)
            seen.add(content)


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, apart from the lines marked unparseable."""
    broken = {line for line, kind in doc.truth if kind == "unparseable_line"}
    if doc.name.endswith(".json"):
        json.loads(data)
    if doc.name.endswith(".jsonl"):
        for number, line in enumerate(physical, 1):
            try:
                json.loads(line)
                assert number not in broken, (doc.name, number)
            except json.JSONDecodeError:
                assert number in broken, (doc.name, number)
    if doc.name.startswith("03_"):
        for number, line in enumerate(physical, 1):
            assert (len(line.split(",")) == 8) != (number in broken), (doc.name, number)
    if doc.name.startswith(("04_", "11_")):
        records = list(csv.reader(io.StringIO(data.replace("\r\n", "\n"))))
        assert len({len(record) for record in records}) == 1 and len(records) == len(physical), doc.name
    if doc.name.startswith("11_"):
        records = list(csv.reader(io.StringIO(data)))
        for (_id, _flag, turns), record in zip(L11, records[1:], strict=True):
            assert ast.literal_eval(record[3]) == [t[0] for t in elements(turns)], doc.name
    if doc.name.startswith("05_"):
        for line in physical:
            fields = line.split("\t")
            assert fields[0].startswith("text:") and fields[1].startswith("labels:"), (doc.name, line[:40])
    if doc.name.startswith("10_"):
        for number, line in enumerate(physical, 1):
            if line.startswith("24-00731 "):
                assert len(line) == 26 + 254, (doc.name, number, len(line))


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) == doc.bom, doc.name
    body = raw[len(codecs.BOM_UTF8) :] if doc.bom else raw
    data = body.decode(doc.encoding, errors="replace")
    if doc.eol == "\r\n":
        assert "\r" not in data.replace("\r\n", "") and "\n" not in data.replace("\r\n", ""), doc.name
    else:
        assert "\r" not in data, doc.name
    physical = data.split(doc.eol)
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert physical == doc.expected(), doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    bad = {line for line, kind in doc.truth if kind == "encoding_error"}
    for number, chunk in enumerate(body.split(doc.eol.encode("ascii"))[:-1], 1):
        try:
            chunk.decode(doc.encoding)
            assert number not in bad, (doc.name, number)
        except UnicodeDecodeError:
            assert number in bad, (doc.name, number)
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    if not doc.rows:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0 and not turns, doc.name
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line, kind)
    for decoy_line, _ in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
    truth_lines = {line for line, _ in doc.truth}
    for turn in turns:
        assert turn.anchor in physical[turn.line - 1], (doc.name, turn.line, turn.anchor)
    for decoy_line, note in doc.decoys:
        if not doc.rows:
            assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    check_format(doc, data, physical)
    return physical


def shown(text: str, width: int = 118) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return f"(whole file) {shown(physical[0])}"
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    here = physical[line - 1]
    if not turns:
        return shown(here)
    named = next((t for t in turns if kind in t.kinds), turns[0])
    if kind in SESSION_KINDS and kind not in named.kinds:
        return shown(f"{here.strip()}  => [session starts] {named.label}: {named.text}")
    if len(turns) == 1 and here.strip().endswith(named.text.strip()) and named.text.strip():
        return shown(here)
    return shown(f"{here.strip()[:30]}  => {named.label}: {named.text or '(empty)'}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/seventeenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"{doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
