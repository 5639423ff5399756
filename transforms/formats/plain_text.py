"""Plain text (`Label: text` turns) -> sessions and speaker turns.

A turn starts at a line `Label: text` whose label is a known alias or repeats in the session (an
unknown label of a single letter never counts: `A:`/`B:` are as often options as speakers);
it runs over the following lines and paragraphs until the next turn start. Labels may be ALL CAPS,
Markdown-emphasised (`**Therapist:**`), abbreviated (`T:`), numbered (`Speaker 1:`, `12. T:`), Chinese with a
full-width colon (`来访者\uff1a`), chat handles (`@kez_m:`), written without a colon (`[Counsellor] ...`,
`<Client> ...`, `TH<tab>...`, `Therapist > ...`, `THERAPIST — ...`, a script's `COUNSELLOR. ...`), and may follow a
timestamp (`[00:01:23] Therapist:`, `19:03 - Sunita:`) or carry one after the label (`Clinician [00:02:00]:`), kept in
`timestamp`.
A line of three or more `#`, `-`, `=` or `*`, alone or around a session title (`=== Session 2 ===`),
separates sessions; the title goes to the session's `source_metadata`.

Lines before a session's first turn are its header (the summary) when they look like one: a title line
such as `Session Summary:` or `Date: ...` (see ParseConfig.header_words), a numbered title, a bullet or a
Markdown heading. Otherwise they are stray text and become `unparseable_line` defects. The file's own title
above its first turn (a heading, or a short first line that ends no sentence) is the first session's header.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import SESSION_HEADING, ParsedText
from transforms.formats.chat_template import template_view
from transforms.formats.export_lines import unwrap
from transforms.formats.generation_chat import generation_chat_view, without_page_chrome
from transforms.formats.instruction_template import instruction_template_view
from transforms.formats.json_common import json_object, merge_objects
from transforms.lines import split_lines
from transforms.meta_text import REASONING_TAGS, is_artefact, is_generator_intro
from transforms.regex_parts import NAME_LETTERS, UNCASED_NAME_LETTERS
from transforms.speakers import ROLE_BY_ALIAS, normalise_label, with_label_roles

# `---`, `###`, `===`, `***`, and the spaced scene break `* * *` (a spaced `- - -` is as often a dash in speech).
_RULE = r"(?:#{3,}|-{3,}|={3,}|\*{3,}|\*(?:[ \t]+\*){2,})"
# A third lone letter among `T:` / `C:` turns speaks when the known letters label this many lines and it says at
# least this many words.
_MIN_KNOWN_LETTER_TURNS = 6
_MIN_THIRD_LETTER_WORDS = 4
# Two lone letters labelling turns: each opens this many lines of a session, and the label changes at this share of
# the lines they open.
_MIN_LETTER_TURNS = 3
_MIN_LETTER_ALTERNATION = 0.6
# ASCII or full-width colon (Chinese and Japanese text).
_COLON = "[:\uff1a]"
# French typography puts a no-break space (or a narrow one) before the colon: `Psy\u00a0: Bonjour.`
_BEFORE_COLON = "[ \t\u00a0\u202f]*"
# A bare rule, or a rule, a session title and optionally another rule: `=== Session 2 ===`, `--- Session 3`.
SEPARATOR = rf"^[ \t]*{_RULE}(?:[ \t]+((?i:session)\b[^\n]{{0,60}}?))?[ \t]*{_RULE}?[ \t]*$"
# A banner between two rules naming another transcript, `#### sample 02/04 | modality: DBT ####`, `=== Case 3 ===`
# (`=== Part 2 ===` may be a part of the same session: it stays text).
# (A generation script's own words for each sample too: `=== trial output 2 ===`, `--- generation 3 ---`,
# `### run 4 ###`; a skills practice's re-take, `--- Take 2, from the client's first line ---`.)
_UNIT = (
    r"(?i:sample|example|transcript|conversation|dialogue|dialog|case|scenario|session|episode|chat|call|interview|"
    r"output|generation|run|trial|item|record|entry|(?:re-?)?take[ \t]*\d)"
)
# Between `<<<` and `>>>`, `[[` and `]]`, `~~~` or `+++` too: `<<< sample 1/6 | id=cs-0107 | topic=insomnia >>>`.
BANNER = (
    rf"^[ \t]*(?:{_RULE}|<{{3,}}|\[{{2,}}|~{{3,}}|\+{{3,}})[ \t]+"
    rf"((?:\p{{L}}{{1,12}}[ \t]+)?\p{{L}}{{0,12}}?{_UNIT}\b[^\n]{{0,120}}?)[ \t]+"
    rf"(?:{_RULE}|>{{3,}}|\]{{2,}}|~{{3,}}|\+{{3,}})[ \t]*$"
)
_SECTION_HEADING = r"^[ \t]*#{1,6}[ \t]+\S"
# A local model's console prompt (`>>> continue`, ollama's).
_CONSOLE_PROMPT = r"^[ \t]*>>>[ \t]"
_MIN_CONSOLE_PROMPTS = 2
# ... but not a prompt template's heading or a generator's note under a heading (`### Response:`, `## Note: fictional`,
# `## Continuation`): those stay in the turn, where the meta-text step finds them.
_GENERATION_HEADING = (
    r"(?i)^[ \t]*#{1,6}[ \t]+(?:\W*\w+\W+){0,3}?(?:instruction|response|input|output|human|assistant|user|system|"
    r"prompt|note|continu\w*|transcript|generated|fictional|example|scenario|end)\b"
)
# A Markdown heading underlined with `===` or `---` (`Conversation 2` above `==============`) names the session
# below the rule, so it opens that session rather than ending the one above.
_UNDERLINE = r"^[ \t]*(?:={3,}|-{3,})[ \t]*$"
# A cast line names who plays a role, `Therapist: Dr. Smith`: one to four capitalised words after a role label.
_CAST_NAME = r"^[ \t]*\p{Lu}[\p{L}\p{M}'.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'.\-]*){0,3}[ \t]*$"
# ... or a titled name followed by who they are, as a transcriptionist's header writes it: `Clinician: Dr M.
# Achterberg, Clinical Psychologist, Shrewsbury`, `Client: Ms V. Fairweather (consent on file)`. The turns then
# use the title and surname, `Dr Achterberg:`, so initials are left out of the comparison. (Without a title the
# name must stand alone: `Client: Sarah, thanks` is a turn.)
_TITLED_CAST_NAME = (
    r"^[ \t]*((?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor)\.?[ \t]+\p{Lu}[\p{L}\p{M}'.\-]*"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'.\-]*){0,3})[ \t]*(?:,|\()"
)
# ... and above the first named turn, a name without a title with who they are after it in brackets, in a few words:
# `Client: K. (stage manager) - recorded with consent`. (Not after a comma or a dash: `Counsellor: Rasha, thank you
# for coming` speaks to her, `Client: Work - it has been hard` answers.)
_HEADER_CAST_NAME = (
    r"^[ \t\u00a0]*(\p{Lu}[\p{L}\p{M}'.\-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'.\-]*){0,3})[ \t\u00a0]*"
    r"\("
)
_HEADER_CAST_WORDS = 10
# A name's initials, `m.` in `dr m. achterberg`.
_INITIAL = r"(?:^|\s)\p{Ll}\.?(?:\s|$)"
# `00:01:23`, `1:02`, `00:01:23.5`, `3:41 PM`, optionally in brackets or parentheses, before the label.
# A chat export may put the date first: `[14/03/2024, 19:04:11]` (WhatsApp), `3/14/24, 7:04 PM - `, `2024-03-14 19:04`,
# `2024-03-14T19:04:11`, or spell the month (`Mar 11, 2024, 9:02:00 PM`, Google Voice; `11 March 2024 at 21:02`).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATE = (
    # (An Arabic phone writes the Arabic comma after the date, and م / ص for PM / AM.)
    r"(?:(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}[,\u060c]?[ \t]+|\d{4}-\d{2}-\d{2}T"
    rf"|(?:{_MONTH}[ \t]\d{{1,2}}|\d{{1,2}}[ \t]{_MONTH}),?[ \t]\d{{4}},?[ \t]+)(?:at[ \t]+)?)"
)
# ... and the zone after the clock: `9:02:00 PM Eastern Time`, `21:02 UTC`, `19:04:11+01:00`, `19:04Z`.
_ZONE = (
    r"(?:[ \t]?(?:(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii)[ \t](?:Standard[ \t]|Daylight[ \t])?Time"
    r"|(?:UTC|GMT)(?:[+\-]\d{1,2}(?::?\d{2})?)?|[ECMP][SD]T|BST|CET|CEST)|[+\-]\d{2}:?\d{2}|Z)"
)
_CLOCK_CORE = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# (Android's WhatsApp writes a narrow no-break space before am/pm.)
_AM_PM = r"(?:[ \t\u00a0\u202f]?(?:[AaPp]\.?[Mm]\.?|[\u0645\u0635]))"
_CLOCK = rf"{_DATE}?{_CLOCK_CORE}{_AM_PM}?{_ZONE}?"
# A chat export's day divider between messages, a date alone on its line (`Tuesday 11 March 2025`, `Mar 14, 2024`,
# `2025-03-11`, `— Today —`): when the day changed, no one's words.
# Month and weekday names whole, in English: `May` the month, never the start of "Maybe".
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
)
_DAY_DIVIDER = (
    r"(?i)^[ \t]*(?:[-\u2014\u2013=*_~]{1,5}[ \t]*)?(?:"
    # A date with its year, the weekday before it or not: `Tuesday 11 March 2025`, `Mar 14, 2024`, `2025-03-11`; or
    # a weekday and a date: `Tuesday, 11 March`.
    rf"(?:{_WEEKDAY},?[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_NAME},?[ \t]+\d{{4}}"
    rf"|{_MONTH_NAME}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})"
    rf"|{_WEEKDAY},?[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_NAME}|{_MONTH_NAME}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"|\d{4}-\d{2}-\d{2})[ \t]*(?:[-\u2014\u2013=*_~]{1,5})?[ \t]*$"
    # ... or `— Today —` between rules (a bare "Today" is an answer).
    r"|(?i)^[ \t]*[-\u2014\u2013=*_~]{1,5}[ \t]*(?:today|yesterday)[ \t]*[-\u2014\u2013=*_~]{1,5}[ \t]*$"
)
# A chat export's message row opens with its clock (and date) and a dash, `9/3/24, 8:09 pm - `: whatever stands before
# the colon is its sender (a transcript's bare `[00:00:41]` cue opens speech).
_CHAT_ROW = rf"^[ \t]*[\[(]?{_DATE}?{_CLOCK_CORE}{_AM_PM}?[\])]?[ \t]*[-\u2013][ \t]"
# ... and a chat app's own notice is such a row with its date and no one's name after it (`14/3/24, 17:01 - Messages
# and calls are end-to-end encrypted...`, in the phone's language): above the first turn it is the header, not stray
# text.
_CHAT_NOTICE = rf"^[ \t]*[\[(]?{_DATE}{_CLOCK_CORE}{_AM_PM}?[\])]?[ \t]*[-\u2013][ \t]"
_INITIALS = r"^\p{Lu}{2,3}$"
# A title and a surname: in capitals, as court reporters and scripts name speakers (`MR. PIKE`), or a courtesy title and
# a surname or initial (`Mrs P`, `Dr Osei`).
_TITLED_NAME = (
    r"^(?:DR|MR|MRS|MS|MX|MISS|PROF|REV|JUDGE|THE COURT)\.?(?:[ \t]+\p{Lu}[\p{Lu}'\-]+){1,2}$"
    r"|^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+\p{Lu}[\p{L}'\-]*\.?$"
)
# `19:03 - Sunita:`: a dash or bar may stand between the clock and the label.
# A chat tool's time since the chat began, `( 2m 14s ) Hannah K:` (Salesforce Live Agent), stands there too.
_ELAPSED = r"(?:\d{1,2}h[ \t]*)?(?:\d{1,3}m[ \t]*)?\d{1,2}s"
# A transcription tool may give the segment's span, `[00:00:02.100 --> 00:00:06.960] SPEAKER_00:` (Whisper's own
# output with diarised speakers): the start is the turn's time.
_TIMESTAMP = (
    rf"(?:[\[(]?[ \t]?({_CLOCK}|{_ELAPSED})(?:[ \t]*-->[ \t]*{_CLOCK})?[ \t]?[\])]?"
    rf"(?:[ \t]*[-\u2013\u2014|][ \t]*|[ \t]+))?"
)
# A colon may stand between the clock and the label only after a date, AM/PM or a zone ("Mar 11, 2024, 9:02:00 PM
# Eastern Time: Me: ..."): after a bare clock it opens a client's pasted log ("9:15: Mood: 3 out of 10"), no label.
_QUALIFIED_STAMP_COLON = (
    rf"^([ \t]*[\[(]?(?:{_DATE}{_CLOCK_CORE}{_AM_PM}?{_ZONE}?|{_CLOCK_CORE}(?:{_AM_PM}{_ZONE}?|{_ZONE}))[\])]?)"
    r"[ \t]*:[ \t]+"
)
# One to three words, each capitalised or a number (`Therapist`, `Dr. Lee`, `Speaker 1`, `**Client**`),
# an optional aside (`Client (crying)`), then a colon (ASCII or full-width). The first word may be lower
# case or not cased at all (Chinese); such a label only counts when the alias table knows it
# (`therapist:`, `来访者\uff1a`), never as an unknown speaker.
# (Arabic and Hebrew have no capitals: any word of theirs may be a name's.)
_NEXT_WORD = rf"[\p{{Lu}}\d{UNCASED_NAME_LETTERS}][\p{{L}}\p{{M}}\d'.\-]*"
# A diarisation tool's speaker, `SPEAKER_00` (pyannote, WhisperX): a speaker whose role its words must tell.
_DIARISED = r"(?:SPEAKER|Speaker|speaker|SPK|spk)_\d{1,3}"
# A chat handle, `@kez_m` or `@dr.ifeoma`: a speaker however it is cased.
_HANDLE = r"@[\p{L}\d][\p{L}\p{M}\d'._\-]*"


# A clock opening a turn's text: `[Ottoline Farrant] 18:02:14 Hi` (Zoom's saved captions), `Client: (00:14) Yes`.
_LEADING_CLOCK = rf"^[\[(]?({_CLOCK_CORE})[\])]?[ \t]+(\S[\s\S]*)$"
# ... is the turn's time, not its words, when nearly every turn of the file opens so (one client saying "10:30 suits
# me" opens one turn with a clock, not all).
_MIN_CLOCKED_TURN_SHARE = 0.9
_MIN_CLOCKED_TURNS = 3


def _clock_after_label_as_timestamp(turns: pl.DataFrame) -> pl.DataFrame:
    clock = pl.col("text").str.extract_groups(_LEADING_CLOCK)
    clocked = pl.col("text").str.contains(_LEADING_CLOCK) & pl.col("timestamp").is_null()
    per_file = (clocked.sum().over("source_id") >= _MIN_CLOCKED_TURNS) & (
        clocked.mean().over("source_id") >= _MIN_CLOCKED_TURN_SHARE
    )
    take = clocked & per_file
    return turns.with_columns(
        pl.when(take).then(clock.struct.field("1")).otherwise(pl.col("timestamp")).alias("timestamp"),
        pl.when(take).then(clock.struct.field("2")).otherwise(pl.col("text")).alias("text"),
    )


def _label_line(next_word: str) -> str:
    return (
        # (A first word may join its parts with underscores, as a program names its speakers: `CLIENT_SIM`.)
        rf"^[ \t]*{_TIMESTAMP}(?:\*\*|__)?((?:{_HANDLE}|{_DIARISED}|\p{{L}}[\p{{L}}\p{{M}}\d'.\-]*"
        rf"(?:_[\p{{L}}\d][\p{{L}}\p{{M}}\d'.\-]*)*)"
        rf"(?:[ \t]+{next_word}){{0,2}}"
        rf"(?:[ \t]*(?:\([^()\n]{{1,40}}\)|\[[^\[\]\n]{{1,40}}\]|\uff08[^\uff08\uff09\n]{{1,40}}\uff09))?)"
        rf"(?:\*\*|__)?{_BEFORE_COLON}{_COLON}"
        rf"(?:\*\*|__)?[ \t]*"
        rf"(?:(?:\*\*|__)[ \t]+)?(.*)$"
    )


LABEL_LINE = _label_line(_NEXT_WORD)
# The same with lower-case words after the first (`Service user:`, `Peer supporter:`): taken only when the alias
# table knows the whole label, since `The thing is: ...` would otherwise be a speaker.
_LOOSE_LABEL_LINE = _label_line(r"[\p{L}\d][\p{L}\p{M}\d'.\-]*")
# Label styles rewritten to `[time] Label: text` before LABEL_LINE reads them; the turn's text is unchanged.
# A numbered turn, `12. T: ...` or `3) Client: ...`, or an index in brackets, as an evaluation log writes it:
# `[ep 1 | t 05] CLIENT_SIM: ...`, `[#12] T: ...` (short words and numbers only: not `[laughs]`, not a clock).
_TURN_NUMBER = (
    r"^([ \t]*)(?:\d{1,4}[.)]|\[(?:#?[A-Za-z]{0,8}[ \t]*#?\d{1,5}[ \t]*[|,;/][ \t]*)*#?[A-Za-z]{0,8}[ \t]*#?\d{1,5}\])"
    r"[ \t]+"
)
# A timestamp after the label, `Clinician [00:02:00]: ...`, `Client (00:14):` or, bold, `**Emrys** (19:02):`.
_STAMP_AFTER_LABEL = (
    rf"^([ \t]*)((?:\*\*|__)?\p{{L}}[{NAME_LETTERS}'.\- ]{{0,40}}?(?:\*\*|__)?(?:[ \t]*\([^()\n]{{1,40}}\))?)"
    rf"[ \t]*[\[(]({_CLOCK})[\])][ \t]*({_COLON})"
)
# Labels without a colon (after an optional timestamp): in square or angle brackets (`[Counsellor] Good morning.`,
# `<Client> Yes.`), before a tab (`TH<tab>Right.`), an arrow (`Therapist > Hi Mei.`) or a spaced dash. Brackets
# also hold stage directions (`[laughs] yes`) and a tab, `>` or dash may sit in any sentence, so an unknown label
# written so needs the file to use the style for a label the alias table knows (see parse_lines).
_BARE_STAMP = rf"[ \t]*(?:[\[(]?{_CLOCK}[\])]?[ \t]+)?"
_STYLED_WORDS = rf"\p{{L}}[{NAME_LETTERS}'._\- ]{{0,40}}?"
# (`[CLIENT NAME]: text`, a de-identified label, may keep its colon.)
_BRACKET_LABEL = rf"^({_BARE_STAMP})[\[<(]({_STYLED_WORDS})[\]>)][ \t]*(?:{_COLON}[ \t]*|[ \t])(\S)"
# (A tab with nothing after it is a label with no text: an empty turn. Three or more spaces stand for a tab: a
# two-column table copied out of a PDF, `Counsellor   Last session you said...`.)
# (A chat tool's table names the sender with a role after the name: `Jo (Counsellor)<tab>Hi, ...`.)
_TAB_LABEL = rf"^({_BARE_STAMP})({_STYLED_WORDS}(?:[ ]?\([^()\n]{{1,30}}\))?)(?:[ ]*\t+|[ ]{{3,}})[ \t]*(\S|$)"
# A table row that opens with a time cell.
_CLOCKED_ROW = rf"^[ \t]*[\[(]?{_CLOCK}[\])]?\t"
# A table row with a time, an empty sender cell and text (`21:40:02<tab><tab>Visitor left the chat`): the chat
# platform's own line, read as a `System:` line (listed in the session's metadata, not a turn).
_SENDERLESS_ROW = rf"^([ \t]*[\[(]?{_CLOCK}[\])]?)\t[ ]*\t[ \t]*(\S)"
# ... when its text is an event of the platform, not more words of the last sender (which a table may also write
# with an empty sender cell).
_PLATFORM_EVENT = (
    rf"(?i)^[ \t]*[\[(]?{_CLOCK}[\])]?\t[ ]*\t[ \t]*(?:(?:chat|conversation|session|call)[ \t]+(?:started|ended|closed|"
    r"opened|resumed|transferred|accepted|timed out)|[^\t]{0,60}\b(?:left|joined|entered|disconnected|reconnected|"
    r"rated|was transferred|transferred (?:the chat )?to|accepted the chat|is typing|ended the chat|closed the chat)\b)"
)
_ARROW_LABEL = rf"^({_BARE_STAMP})({_STYLED_WORDS})[ \t]*>[ \t]+(\S)"
# ... or a dash between spaces: `Therapist — How are you?`, `Client - Fine.`
_DASH_LABEL = rf"^({_BARE_STAMP})({_STYLED_WORDS})[ \t]+[-\u2013\u2014][ \t]+(\S)"
# A Markdown list of turns, `- **T** — text` or `* **Therapist:** text`: the bullet goes, and a bold label before a
# spaced dash reads as one before a colon.
_BULLETED_BOLD = r"^([ \t]*)[-*\u2022][ \t]+(\*\*\p{L}[^*\n]{0,60}\*\*)"
_BOLD_DASH_LABEL = rf"^({_BARE_STAMP})\*\*({_STYLED_WORDS})\*\*[ \t]+[-\u2013\u2014][ \t]+(\S)"
_AM_PM_DASH = rf"\d(?:{_AM_PM}{_ZONE}?|{_ZONE})[ \t]+[-\u2013\u2014]"
_STYLED_LABEL = f"{_BRACKET_LABEL}|{_TAB_LABEL}|{_ARROW_LABEL}|{_DASH_LABEL}"
# A label in capitals ending with a full stop, as plays and training scripts write them: `COUNSELLOR. Come in.`,
# `MR OKONJO. Thank you.` (a first word of two letters at least). `OK. Fine.` and `NO. I won't.` read the same, so
# the style counts only in a file that uses it for two labels at least, one the alias table knows, on many lines
# (see _period_style_holds).
# (`SAM.` with nothing after it is a label with no text: an empty turn.)
_PERIOD_LABEL = rf"^({_BARE_STAMP})(\p{{Lu}}[\p{{Lu}}'\-]+(?:[ ]\p{{Lu}}[\p{{Lu}}'\-]*){{0,2}})\.(?:[ \t]+(\S)|[ \t]*$)"
_MIN_PERIOD_LINES = 3
_MIN_PERIOD_SHARE = 0.3
# With a colon after the brackets (`[NAME]: Sorry, is this room booked?`) the bracketed words can only be a label:
# that form needs no other line in the style, while a colon-less one does (`[HOSPITAL] Staff Counselling Service`
# is a title even in a file of `[CLIENT NAME]:` turns).
_BRACKET_COLON_LABEL = rf"^{_BARE_STAMP}[\[<(]{_STYLED_WORDS}[\]>)][ \t]*{_COLON}"
# A line that introduces a quote (`...and then Mum texted:`): a label on the next line is the quoted speaker, inside
# the turn, unless the alias table knows it.
_INTRODUCES_QUOTE = r"(?i)(?:\b(?:said|says|texted|texts|wrote|writes|asked|asks|replied|messaged)[ \t]*[,:]|:)[ \t]*$"
# A label in bold, `**Dr. Osei:**` or `**Client**:`.
_BOLD = r"(?:\*\*|__)"
_BOLD_LABEL = rf"^{_BARE_STAMP}{_BOLD}\p{{L}}[^*_:\uff1a\n]{{0,60}}(?:{_COLON}{_BOLD}|{_BOLD}[ \t]*{_COLON})"


def _colon_view(line: pl.Expr) -> pl.Expr:
    """The line with the colon-less label styles above (brackets, tab, arrow, dash) rewritten to `Label: text`."""
    line = (
        pl.when(line.str.contains(_PLATFORM_EVENT))
        .then(line.str.replace(_SENDERLESS_ROW, "${1} System: ${2}"))
        .otherwise(line)
    )
    styled = (
        line.str.replace(_QUALIFIED_STAMP_COLON, "${1} ")
        .str.replace(_TURN_NUMBER, "${1}")
        .str.replace(_BULLETED_BOLD, "${1}${2}")
        .str.replace(_BOLD_DASH_LABEL, "${1}${2}: ${3}")
        .str.replace(_STAMP_AFTER_LABEL, "${1}[${3}] ${2}${4}")
        .str.replace(_BRACKET_LABEL, "${1}${2}: ${3}")
        .str.replace(_TAB_LABEL, "${1}${2}: ${3}")
        .str.replace(_ARROW_LABEL, "${1}${2}: ${3}")
    )
    # (`7:04 PM - Client: hey` is a clock and a label: the dash reading would make `PM` (or `UTC`) the speaker.)
    return (
        pl.when(line.str.contains(_AM_PM_DASH))
        .then(styled)
        .otherwise(styled.str.replace(_DASH_LABEL, "${1}${2}: ${3}"))
    )


def _period_label(line: pl.Expr) -> pl.Expr:
    """Whether the line opens with a `CAPITALS. ` label that no other reading takes (`DR. LEE: ...` is a colon
    label)."""
    return line.str.contains(_PERIOD_LABEL) & ~_colon_view(line).str.contains(LABEL_LINE)


# A Zoom meeting's saved chat: `19:00:10 From Dr Priya Nair to Everyone:` (the message on the lines below, or
# after a tab on the same line in older versions: `19:00:10\t From  Dr Lee : text`).
_ZOOM_CHAT = (
    r"^[ \t]*(\d{1,2}:\d{2}:\d{2})[ \t]+From[ \t]+(\S[^\n:]{0,60}?)(?:[ \t]+to[ \t]+[^\n:]{1,60}?)?[ \t]*:[ \t]*(.*)$"
)


# A meeting transcript's list of who took part: `Attendees` (Google Meet) and the names on the next line, or
# `Participants: Aisling Byrne, Kwame Asante` on one.
_ATTENDEES = r"(?i)^[ \t]*(?:attendees|participants|present|in attendance|attendance)[ \t]*:?[ \t]*(.*)$"


def _attendees(lines: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, label_key, _attendee)`: each name a file lists as an attendee, so a name that speaks once is a
    speaker (someone joining by mistake), not text run into the turn above."""
    non_blank = lines.filter(pl.col("line").str.strip_chars() != "").select("source_id", "line")
    listed = (
        non_blank.with_columns(
            pl.col("line").str.extract(_ATTENDEES, 1).alias("_after"),
            pl.col("line").shift(-1).over("source_id").alias("_next"),
        )
        .filter(pl.col("_after").is_not_null())
        .select(
            "source_id",
            pl.when(pl.col("_after").str.strip_chars() != "").then("_after").otherwise("_next").alias("_names"),
        )
        .with_columns(pl.col("_names").str.replace_all(";", ",").str.split(","))
        .explode("_names")
        .with_columns(pl.col("_names").str.strip_chars())
        .filter(pl.col("_names").str.count_matches(r"\S+").is_between(1, 4))
    )
    return listed.select(
        "source_id", normalise_label(pl.col("_names")).alias("label_key"), pl.lit(True).alias("_attendee")
    ).unique()


# Initials or a name, a clock, then the speech after a wide gap: `JL 00:00:03   So how was the week?` (a
# transcription tool's table view pasted as text). Read as `[00:00:03] JL: ...`; without the gap, or the clock, it
# stays speech ("Monday 10:30 we met").
_NAME_CLOCK_GAP = (
    r"^([ \t]*)(\p{Lu}[\p{L}\p{M}'.\-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'.\-]*){0,2})[ \t]+"
    r"(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)(?:[ \t]{2,}|\t)(\S.*)$"
)


# Cue timing a label track or a frame-numbered subtitle file puts before each line: Audacity's `129.300000<tab>
# 137.300000<tab>` (its start kept as the turn's time; a spectral selection's `\<tab>...` line under a label is no
# text), MicroDVD's `{2535}{2630}` (a `|` starts a caption's next line, `{y:i}` styles it). Taken off only in a file
# most of whose lines carry it; a line whose timing is broken (`{51155135}`) keeps it.
_LABEL_TRACK_TIMES = r"^(\d{1,7}(?:\.\d{1,6})?)\t\d{1,7}(?:\.\d{1,6})?\t"
_SPECTRAL_SELECTION = r"^\\\t[\d.\-]+\t[\d.\-]+[ \t]*$"
_MICRODVD_FRAMES = r"^\{\d{1,9}\}\{\d{0,9}\}"
_MICRODVD_CODES = r"\{[yYcCfFsSpPhH]:[^{}\n]*\}"


def _without_cue_times(lines: pl.DataFrame) -> pl.DataFrame:
    """`lines` with a label track's or MicroDVD file's timing taken off each line (see _LABEL_TRACK_TIMES)."""
    # Most batches hold neither: one scan says so before the per-file counts and the caption split.
    if not lines.get_column("line").str.contains(f"{_LABEL_TRACK_TIMES}|{_MICRODVD_FRAMES}").any():
        return lines
    line = pl.col("line")
    spectral = line.str.contains(_SPECTRAL_SELECTION)
    non_blank = ((line.str.strip_chars() != "") & ~spectral).sum().over("source_id")
    track, frames = line.str.contains(_LABEL_TRACK_TIMES), line.str.contains(_MICRODVD_FRAMES)
    is_track = track.sum().over("source_id") * 2 > non_blank
    is_dvd = frames.sum().over("source_id") * 2 > non_blank
    seconds = line.str.extract(_LABEL_TRACK_TIMES, 1).cast(pl.Float64, strict=False)
    milliseconds = (seconds * 1000).round(0).cast(pl.Int64)
    clock = pl.format(
        "[{}:{}:{}.{}] ",
        milliseconds // 3_600_000,
        ((milliseconds % 3_600_000) // 60_000).cast(pl.String).str.zfill(2),
        ((milliseconds % 60_000) // 1000).cast(pl.String).str.zfill(2),
        (milliseconds % 1000).cast(pl.String).str.zfill(3),
    )
    return (
        lines.with_columns(
            pl.when(is_track & spectral)
            .then(pl.lit(""))
            .when(is_track & track)
            .then(clock + line.str.replace(_LABEL_TRACK_TIMES, ""))
            .when(is_dvd & frames)
            .then(line.str.replace(_MICRODVD_FRAMES, "").str.replace_all(_MICRODVD_CODES, ""))
            .otherwise(line)
            .alias("line"),
            (is_dvd & frames).alias("_caption"),
        )
        # A caption's lines, each its own line of the file's (same number): `Therapist: ...|Client: ...` is two turns.
        .with_columns(
            pl.when(pl.col("_caption")).then(line.str.split("|")).otherwise(pl.concat_list(line)).alias("line")
        )
        .explode("line")
        .with_columns(pl.when(pl.col("_caption")).then(line.str.replace_all(_MICRODVD_CODES, "")).otherwise(line))
        .drop("_caption")
    )


def _label_view(line: pl.Expr) -> pl.Expr:
    """The line with the label styles above rewritten to the `Label: text` form LABEL_LINE reads."""
    return (
        pl.when(_period_label(line))
        .then(line.str.replace(_PERIOD_LABEL, "${1}${2}: ${3}"))
        .when(line.str.contains(_ZOOM_CHAT))
        .then(line.str.replace(_ZOOM_CHAT, "${1} ${2}: ${3}"))
        .when(line.str.contains(_NAME_CLOCK_GAP))
        .then(line.str.replace(_NAME_CLOCK_GAP, "${1}[${3}] ${2}: ${4}"))
        .otherwise(_colon_view(line))
    )


_MAX_FRONT_MATTER_LINES = 60
# Lines that make the text before a session's first turn a header rather than stray text.
_BULLET = r"^[ \t]*(?:[-*\u2022\u25e6]|\d+[.)])[ \t]+\S"
_HEADING = r"^[ \t]*#{1,6}[ \t]+\S"
# A title line without a colon: `Session 3`, `Transcript - 14 March`, `Interview with R.`.
_TITLE_LINE = r"(?i)^[ \t]*(?:\*\*|__)?(?:session|transcript|interview|meeting|call|consultation)\b[^\n]{0,60}$"
_TITLE_KEY = rf"^[ \t]*(?:\*\*|__)?([\p{{L}}][{NAME_LETTERS}' /&\-]{{0,40}}?)(?:\*\*|__)?{_BEFORE_COLON}{_COLON}"
_TURN_KEY = ["source_id", "segment", "turn_no"]
# A file's first line is its title when it is this short, starts with a capital or a digit and ends no sentence.
_MAX_TITLE_WORDS = 12
# Bracketed words at a line's start that direct, not speak: `[Laughs] Yes.`, `(Long pause) I don't know.`
_STAGE_DIRECTIONS = frozenset(
    {
        "laughs", "laughing", "laughter", "pause", "pauses", "long", "silence", "sighs", "sigh", "crying", "cries",
        "inaudible", "unintelligible", "crosstalk", "overlapping", "overtalk", "music", "noise", "coughs", "cough",
        "sniffs", "tearful", "smiles", "nods", "applause", "phone", "door", "break", "redacted", "name", "background",
    }
)  # fmt: skip
# A legend pair, `JM = Jo Mensah (counsellor)` or `TH = therapist`: short label, then the role word within a few words.
# Another `Field: value` after a wide gap, a bar or a middle dot, on a label's line.
# An export tool's credit line: `Powered by [ChatGPT Exporter](https://www.chatgptexporter.com)`, `Exported with
# Chat Exporter v2.1`.
_TOOL_CREDIT = (
    r"(?i)^[ \t>*_]*(?:powered by|exported (?:with|by|using)|generated (?:with|by|using)|created with|made with)"
    r"[ \t]+[^\n]{1,80}(?:\]\(https?://[^)\s]+\)|https?://\S+|\bv?\d+(?:\.\d+)+)[ \t*_]*$"
)
# A word processor's review marks copied out with the text, each on its own line: Word's margin comment
# (`Commented [JH1]: ...`), an editor's bracketed note (`[edited by PN: 00:21:40-00:24:05 removed]`), no one's
# words; and Google Docs' comment list under the text (`[a]Checked against the audio - Maria`), the document's own.
# A model's reasoning block, which may run over several lines of a turn.
_REASONING_OPEN = f"<{REASONING_TAGS}>"
_REASONING_CLOSE = f"</{REASONING_TAGS}>"
_REVIEW_MARK = r"^[ \t]*(?:Commented \[[A-Za-z]{1,4}\d{1,3}\]:|\[(?i:edited by|edit(?:ed)?:)[^\]\n]{0,200}\][ \t]*$)"
_DOCS_COMMENT = r"^\[[a-z]{1,2}\]\S"
# A line of HTML tags and nothing else between turns (`</div><div class="msg-row">`, left by a scraper): no one's words.
# (HTML's own elements only: a model's `</think>` on its line closes reasoning the meta-text step cuts out.)
_MARKUP_ONLY = (
    r"(?i)^[ \t]*(?:</?(?:div|span|p|br|hr|li|ul|ol|table|tbody|thead|tr|td|th|section|article|header|footer|main|nav|"
    r"a|b|i|u|em|strong|img|font|center|small|label|button|input|form|body|html|head|meta|link|style|script|svg|path)"
    r"(?:[ \t][^<>\n]*)?/?>[ \t]*)+$"
)
# A field whose whole value is a date and time, `**Created:** 5/2/2024 22:14:03`, `Exported: 2024-03-05T09:02`: an
# export's record, nobody's words.
# `Model: gpt-4o`, `Model: Llama-3.1-8B-Instruct`: a generation's metadata names the model, where Gemini's
# `model` role speaks. A name of a few tokens, one with a digit, and no sentence in it.
_MODEL_NAME = r"^[ \t]*(?:\*\*|__)?[ \t]*[\p{L}][\w.:/+\-]*(?:[ \t]+[\w.:/+\-]+){0,3}[ \t]*$"
_DATE_ONLY = (
    r"^(?:\*\*|__)?[ \t]*(?:\p{L}{3,9},?[ \t]+)?\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:[ \tT,]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[.,]\d+)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]*(?:Z|[+\-]\d{2}:?\d{2}|UTC|GMT))?)?[ \t]*$"
)
_MORE_FIELDS = (
    rf"(?:[ \t]{{2,}}|[ \t]*[|\u00b7\u2022][ \t]*)\p{{Lu}}[{NAME_LETTERS}]{{1,20}}(?:[ \t][{NAME_LETTERS}]{{1,20}})?"
    r"[ \t]*:[ \t]+\S"
)
# A table's column header over the turns, `Speaker      Utterance`, names columns: no one speaks it.
_COLUMN_HEADER = (
    r"(?i)^[ \t]*(?:speaker|name|role|who|participant)[ \t]*:[ \t]*"
    r"(?:utterance|text|transcript|dialogue|content|message|turn|speech)[ \t]*$"
)
# The role may be a phrase, `I = assessing clinician; P = patient`.
# (A pair may end the sentence: `K = pupil.`)
_LEGEND_ROLE_FIRST = r"\b(\p{Lu}[\p{L}.]{0,5})\s*=\s*(\p{L}[\p{L}\- ]{0,30}?)\s*(?:\(|[);,]|\.(?:\s|$)|$)"
_LEGEND_PAIR = (
    rf"\b(\p{{Lu}}[\p{{L}}.]{{0,5}})\s*=\s*(?:[^;,=()\n]{{0,40}}?\(\s*)?(\p{{L}}[{NAME_LETTERS} ]{{0,30}}?)\s*"
    r"(?:[);,]|\.(?:\s|$)|$)"
)
# Labels in a colon-less style (see _BRACKET_LABEL) count when at least this share of a file's lines open so.
_MIN_STYLED_SHARE = 0.5
# Lines above a file's first turn are its header when there are at most this many, none longer than this.
_MAX_PREAMBLE_LINES = 6
_MAX_TITLED_PREAMBLE_LINES = 12
_MAX_PREAMBLE_WORDS = 25


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of the plain-text family."""
    return parse_lines(text_lines(files), config)


def text_lines(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, line_no, line)`: the lines parse_lines reads for `files(source_id, text, ...)`."""
    return _line_rows_as_labels(_without_margin_numbers(split_lines(files.select("source_id", "text"))))


# LINE's chat export (Thailand, Japan, Taiwan): `[LINE] Chat history with ...` on its first line, then each message
# `HH:MM<tab>Sender<tab>Text`, senders the display names people chose (`ใจเย็น เคาน์เซลลิ่ง`). Read as the labelled
# lines they are (`HH:MM - Sender: Text`), line for line.
_LINE_EXPORT = r"^\ufeff?\[LINE\]"
_LINE_ROW = r"^(\d{1,2}:\d{2})\t([^\t]{1,60})\t(.*)$"


def _line_rows_as_labels(lines: pl.DataFrame) -> pl.DataFrame:
    line_export = pl.col("line").first().str.contains(_LINE_EXPORT).over("source_id", order_by="line_no")
    return lines.with_columns(
        pl.when(line_export & pl.col("line").str.contains(_LINE_ROW))
        .then(pl.col("line").str.replace(_LINE_ROW, "${1} - ${2}: ${3}"))
        .otherwise(pl.col("line"))
        .alias("line")
    )


# A line number in the margin, as a transcription service or a PDF viewer's copy prints it: `26 P07: You don't ...`.
_MARGIN_PREFIX = r"^[ \t]*(\d{1,4})[ \t]+"
_MARGIN_NUMBER = _MARGIN_PREFIX + r"\S"
_PARAGRAPH_MARK = r"^[ \t]*\u00b6[ \t]*\d{1,5}[ \t]*:[ \t]*"
# A file is numbered so when this share of its non-blank lines open with a number, each mostly one more than the last.
_MIN_NUMBERED_SHARE = 0.8


def _without_margin_numbers(lines: pl.DataFrame) -> pl.DataFrame:
    """`lines(source_id, line_no, line)` with the margin numbers of numbered files taken off (the lines keep their
    numbers in the file); other files as they are."""
    number = pl.col("line").str.extract(_MARGIN_NUMBER, 1).cast(pl.Int64, strict=False)
    numbered = lines.with_columns(number.alias("_margin")).filter(pl.col("line").str.strip_chars() != "")
    counted = (
        numbered.filter(pl.col("_margin").is_not_null())
        .with_columns((pl.col("_margin") == pl.col("_margin").shift() + 1).over("source_id").alias("_next"))
        .group_by("source_id")
        .agg(pl.len().alias("_numbered"), pl.col("_next").sum().alias("_in_order"))
        .join(numbered.group_by("source_id").agg(pl.len().alias("_lines")), on="source_id")
        .filter(
            (pl.col("_numbered") >= _MIN_NUMBERED_SHARE * pl.col("_lines"))
            & (pl.col("_in_order") >= _MIN_NUMBERED_SHARE * (pl.col("_numbered") - 1))
            & (pl.col("_numbered") >= 3)
        )
    )
    # A qualitative-analysis report's paragraph number (ATLAS.ti's `¶ 12: Client: ...`) is never speech, however few
    # of the file's lines carry one (code annotations and a report header stand between them).
    lines = lines.with_columns(pl.col("line").str.replace(_PARAGRAPH_MARK, ""))
    if counted.is_empty():
        return lines
    in_numbered = pl.col("source_id").is_in(counted.get_column("source_id").implode())
    return lines.with_columns(
        pl.when(in_numbered)
        .then(pl.col("line").str.replace(_MARGIN_PREFIX, ""))
        .otherwise(pl.col("line"))
        .alias("line")
    )


def parse_lines(lines: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`lines(source_id, line_no, line)`, repaired, in file order."""
    # Chat-template markup (ChatML, Llama-2) first: its messages become `role: text` lines.
    # ... and an instruction dataset rendered with the Alpaca template: its prompts are no one's turns.
    lines = (
        generation_chat_view(unwrap(without_page_chrome(instruction_template_view(template_view(lines)))))
        .pipe(_without_cue_times)
        .with_columns(_front_matter().alias("_front_matter"))
    )
    # Each reading in one regex pass (every group at once); roles are looked up once per distinct label.
    read = lines.with_columns(_label_view(pl.col("line")).alias("_view")).with_columns(
        pl.col("_view").str.extract_groups(LABEL_LINE).alias("_strict"),
        pl.col("_view").str.extract_groups(_LOOSE_LABEL_LINE).alias("_loose"),
    )
    # The loose reading wins only when the alias table knows it or it ends on a speaker noun: `Service user:` and
    # `Unidentified speaker:` are labels, `The thing is:` is not.
    loose_labels = with_label_roles(
        read.select(pl.col("_loose").struct.field("2").alias("_loose_label")).unique().drop_nulls(),
        "_loose_label",
        "_loose_role",
    )
    known_loose = loose_labels.filter(
        (pl.col("_loose_role") != "unknown")
        | _ends_on_speaker_noun(normalise_label(pl.col("_loose_label")), config.speaker_nouns)
    ).get_column("_loose_label")
    loose_wins = pl.col("_loose").struct.field("2").is_in(known_loose.implode())
    # In a chat-template file only a message's opener holds a label: its text is what the message says.
    reading = (
        pl.when((pl.col("template") & ~pl.col("template_opener")) | pl.col("_front_matter"))
        .then(None)
        .when(loose_wins)
        .then("_loose")
        .otherwise("_strict")
    )

    key = normalise_label(pl.col("label"))
    attendees = _attendees(read)
    # Separator lines are dropped from the frame, but cum_sum over them first gives each line its segment.
    labelled = (
        read.with_columns(reading.alias("_reading"))
        .with_columns(
            (
                (pl.col("line").str.contains(SEPARATOR) | pl.col("line").str.contains(BANNER))
                & ~pl.col("template")
                & ~pl.col("_front_matter")
            ).alias("is_separator"),
            # A row of fields, `Participant: P07    Interviewer: LM    Date: 09/04/2024`, is a header, not a turn.
            # A chat template's opener names its role whatever the role and its text look like.
            pl.when(pl.col("template_opener"))
            .then(pl.col("template_label"))
            .when(
                pl.col("_reading").struct.field("3").str.contains(_MORE_FIELDS)
                | pl.col("_view").str.contains(_COLUMN_HEADER)
                # (Only a field's name: `Client: 14/03/2024` answers a question.)
                | (
                    pl.col("_reading").struct.field("3").str.contains(_DATE_ONLY)
                    & ~normalise_label(pl.col("_reading").struct.field("2")).is_in(list(ROLE_BY_ALIAS))
                )
                | (
                    (normalise_label(pl.col("_reading").struct.field("2")) == "model")
                    & (
                        (
                            pl.col("_reading").struct.field("3").str.contains(_MODEL_NAME)
                            & pl.col("_reading").struct.field("3").str.contains(r"\d")
                        )
                        # Gemini's `model` speaks only opposite its `user`; alone it is a field (`Model: Gibbs
                        # reflective cycle.`).
                        | ~(normalise_label(pl.col("_reading").struct.field("2")) == "user").any().over("source_id")
                    )
                )
            )
            .then(None)
            .otherwise(pl.col("_reading").struct.field("2"))
            .alias("label"),
            pl.coalesce(pl.col("_reading").struct.field("1"), pl.col("cue_start")).alias("timestamp"),
            pl.when(pl.col("template_opener"))
            .then(pl.col("template_text"))
            .otherwise(pl.col("_reading").struct.field("3"))
            .alias("rest"),
            (pl.col("line").str.contains(_STYLED_LABEL) & ~pl.col("line").str.contains(_BRACKET_COLON_LABEL)).alias(
                "_styled"
            ),
            pl.col("line").str.contains(_BRACKET_LABEL).alias("_bracketed"),
            pl.col("line").str.contains(_BRACKET_COLON_LABEL).alias("_bracket_colon"),
            pl.col("line").str.contains(_BOLD_LABEL).alias("_bold"),
            _period_label(pl.col("line")).alias("_period"),
        )
        .drop("_view", "_strict", "_loose", "_reading")
        .with_columns(
            (
                pl.col("label").is_null()
                & ~pl.col("template")
                & (pl.col("line").str.count_matches(r"\S+").is_between(1, _MAX_TITLE_WORDS))
                & pl.col("line").shift(-1).over("source_id").str.contains(_UNDERLINE).fill_null(False)
            ).alias("_underlined")
        )
        .with_columns(
            # A session heading after labelled lines opens the next session; it stays in the frame as
            # that session's header, as a heading at the top of a file is. So does an underlined heading, whose
            # rule then opens nothing more. A chat-template file's conversations are its sessions.
            pl.when(pl.col("template"))
            .then(pl.col("conversation_break"))
            .otherwise(
                (pl.col("is_separator") & ~pl.col("_underlined").shift(1).over("source_id").fill_null(False))
                | pl.col("_underlined")
                | pl.col("request_start")
                | (
                    pl.col("line").str.contains(SESSION_HEADING)
                    & (pl.col("label").is_not_null().cum_sum().over("source_id") > 0)
                )
            )
            .cum_sum()
            .over("source_id")
            .alias("segment")
        )
        .with_columns(key.alias("label_key"), pl.len().over("source_id", "segment", key).alias("label_repeats"))
        # In a chat with a model that wrote several sessions, a label that is a speaker in one of them is one in the
        # others too, where a short generation may give it a single line. (Elsewhere a session's own count decides: a
        # one-off `Update:` read as a speaker in one session is not spread to the next.)
        .with_columns(
            pl.when(pl.col("request_start").any().over("source_id"))
            .then((pl.col("label_repeats") >= config.min_unknown_label_repeats).any().over("source_id", "label_key"))
            .otherwise(pl.col("label_repeats") >= config.min_unknown_label_repeats)
            .alias("_repeats_in_a_session")
        )
        .join(attendees, on=["source_id", "label_key"], how="left", maintain_order="left")
        .with_columns(pl.col("_attendee").fill_null(False))
        .pipe(with_label_roles, "label", "label_role")
        .with_columns(_lone_letter_pair().alias("_letter_pair"), _third_lone_letter().alias("_third_letter"))
        .with_columns(
            # The file writes its known speakers in this label style (brackets, a tab, an arrow; bold), or most of
            # its lines open so: `(JM) ...` / `(RB) ...` with the initials explained in a key.
            (
                (pl.col("_styled") & (pl.col("label_role") != "unknown")).any().over("source_id")
                | (
                    (
                        pl.col("_styled").sum().over("source_id")
                        >= _MIN_STYLED_SHARE * (pl.col("line").str.strip_chars() != "").sum().over("source_id")
                    )
                    # ... by two speakers at least: one bracketed word all over a file is a stage direction.
                    & (pl.col("label_key").filter(pl.col("_styled")).n_unique().over("source_id") >= 2)
                )
            ).alias("_style_known"),
            (
                pl.col("_bold")
                & ((pl.col("label_role") != "unknown") | (pl.col("label_repeats") >= config.min_unknown_label_repeats))
            )
            .any()
            .over("source_id")
            .alias("_bold_known"),
        )
        .pipe(_period_style_holds)
    )
    cast = _cast_lines(labelled)
    legend = pl.concat([_legend(labelled, config.speaker_nouns), _member_lists(labelled), _named_roles(labelled)])
    marked = (
        labelled.join(
            cast.select("source_id", "line_no", pl.lit(True).alias("is_cast")),
            on=["source_id", "line_no"],
            how="left",
            maintain_order="left",
        )
        .join(
            pl.concat([cast.select("source_id", "name_key", "cast_role"), legend])
            .select("source_id", pl.col("name_key").alias("label_key"), "cast_role")
            .unique(["source_id", "label_key"], keep="first", maintain_order=True),
            on=["source_id", "label_key"],
            how="left",
            maintain_order="left",
        )
        .with_columns(
            pl.col("is_cast").fill_null(False),
            # Paragraphs, as blank lines part them (a column of its own: a window over a window's result is wrong).
            (pl.col("line").str.strip_chars() == "").cum_sum().over("source_id").alias("_paragraph"),
        )
        .with_columns(
            # The session's known speakers are written as initials: two of them at least.
            pl.col("label_key")
            .filter(
                pl.col("label").str.contains(_INITIALS)
                & ((pl.col("label_role") != "unknown") | pl.col("cast_role").is_not_null())
            )
            .n_unique()
            .over("source_id", "segment")
            .ge(2)
            .alias("_initials_known"),
            _form_field(config.speaker_nouns).alias("_form_field"),
        )
        .with_columns(
            (
                ~pl.col("is_separator")
                & pl.col("label").is_not_null()
                & ~pl.col("is_cast")
                & ~pl.col("_form_field")
                # A label joined with underscores is a program's name for a speaker only when the alias table knows
                # it (`CLIENT_SIM`); `SLEEP_ONSET: 23:40` in a diary is a field.
                & ~(
                    pl.col("label").str.contains(r"\w_\w")
                    & ~pl.col("label").str.contains(_DIARISED)
                    & ~pl.col("label").str.starts_with("@")
                    & (pl.col("label_role") == "unknown")
                    & pl.col("cast_role").is_null()
                )
                & (
                    (pl.col("label_role") != "unknown")
                    | pl.col("cast_role").is_not_null()
                    | (
                        (
                            pl.col("_repeats_in_a_session")
                            # A chat handle (`@r.haddad`), and `Speaker 3`, `Participant B`, `Unidentified speaker`.
                            | pl.col("label").str.starts_with("@")
                            # A name the transcript lists among its attendees (Google Meet, Teams).
                            | pl.col("_attendee")
                            # A Zoom chat's `From <name> to Everyone:`: the export says who wrote.
                            | pl.col("line").str.contains(_ZOOM_CHAT)
                            # ... as a time-coded table view does (`SF 00:00:09   text`), or a chat log's table of
                            # time, sender and message whose senders the file names in that style (`21:07:40<tab>Dan
                            # (Shift Supervisor)<tab>Hi, ...` among `Jo (Counsellor)` rows).
                            | pl.col("line").str.contains(_NAME_CLOCK_GAP)
                            | (pl.col("_styled") & pl.col("_style_known") & pl.col("line").str.contains(_CLOCKED_ROW))
                            # A title and a surname (`MR. PIKE:` once among `DR. HALVORSEN:` and `MR. WHITCOMB:`;
                            # `Mrs P:` walking in once): someone speaking.
                            | pl.col("label").str.contains(_TITLED_NAME)
                            # Initials among initials: `NU:` once where `CO:` and `CL:` are the known speakers.
                            | (pl.col("label").str.contains(_INITIALS) & pl.col("_initials_known"))
                            # ... and a lone letter once among `T:` and `C:` (`R:`, the receptionist).
                            | pl.col("_third_letter")
                            # A name in the bold the file gives its speakers (`**Kwame:**` among `**Dr. Osei:**`), or
                            # in its brackets (`(DL)` among `(JM)` and `(RB)`) unless it is a stage direction; a
                            # bracketed placeholder before a colon (`[NAME]:`) is no stage direction.
                            | (pl.col("_bold") & pl.col("_bold_known"))
                            | pl.col("speaker_line")
                            # A caption cue's own `Name:` (Zoom's `Galaxy S21: Sorry, sorry.`): the cue is an
                            # utterance, its label whoever the recording tool named, seen once or not.
                            | (
                                pl.col("cue_start").is_not_null()
                                & (pl.col("label_key").str.count_matches(" ") <= 3)
                                # (A sentence before a colon is speech: `Thanks. Honestly: I nearly didn't come.`)
                                & ~pl.col("label").str.contains(r"[.?!,;]")
                                & ~pl.col("label_key").is_in(list(config.header_words))
                            )
                            | (
                                # (Brackets only: a tab, `>` or dash sits in sentences, `Costs > benefits`.)
                                pl.col("_bracketed")
                                & (pl.col("_style_known") | pl.col("_bracket_colon"))
                                # A name or initials, not a title.
                                & (pl.col("label_key").str.count_matches(" ") <= 1)
                                & (
                                    pl.col("_bracket_colon")
                                    | ~pl.col("label_key").str.extract(r"^(\S+)").is_in(list(_STAGE_DIRECTIONS))
                                )
                            )
                            | _ends_on_speaker_noun(
                                pl.col("label_key").str.replace(r"\s+(?:\d+|\p{L})$", ""), config.speaker_nouns
                            )
                        )
                        & (
                            pl.col("label").str.contains(r"^(?:\p{Lu}|@)")
                            # An uncased label (Arabic, Hebrew) that no capital vouches for is a name only as one word
                            # (and its aside), or with the alias table's role word: `قالت لي أمي:` ("my mother told
                            # me:") is a sentence before a colon.
                            | (
                                pl.col("label").str.contains(rf"^[{UNCASED_NAME_LETTERS}]")
                                & (
                                    (pl.col("label_role") != "unknown")
                                    # (A chat's sender after the message's clock is a display name, in any words.)
                                    | pl.col("line").str.contains(_CHAT_ROW)
                                    | ~pl.col("label")
                                    .str.replace(r"[ \t]*[(\[][^()\[\]]*[)\]]$", "")
                                    .str.contains(r"\s")
                                )
                            )
                        )
                        & ~(
                            pl.col("line").shift(1).over("source_id").str.contains(_INTRODUCES_QUOTE)
                            # (`Tomasz:` with nothing after it is an empty turn, not an introduction.)
                            & ~(
                                pl.col("label").shift(1).over("source_id").is_not_null()
                                & ~pl.col("rest").shift(1).over("source_id").fill_null("").str.contains(r"\S")
                            )
                        ).fill_null(False)
                        & (~pl.col("_styled") | pl.col("_style_known"))
                        # A lone letter (`A:`, `B:`) is an option or list marker as often as a speaker;
                        # only the alias table's letters (`T:`, `C:`) start turns, and a pair of letters that
                        # take turns all through a session (`Q:` / `A:`, `A:` / `B:`).
                        & ((pl.col("label_key").str.len_chars() > 1) | pl.col("_letter_pair") | pl.col("_third_letter"))
                        & ~pl.col("label_key").str.replace(r"\s+\d+$", "").is_in(list(config.header_words))
                        & ~pl.col("label_key").str.extract(r"(\S+)$").is_in(list(config.header_words))
                    )
                )
            ).alias("_label_turn")
        )
        .with_columns(
            # A chat-template message opens a turn whatever its role is called; its `system` message is no turn.
            pl.when(pl.col("template"))
            .then(pl.col("template_opener") & ~pl.col("system_text") & pl.col("label").is_not_null())
            .otherwise(pl.col("_label_turn"))
            .alias("is_turn_start")
        )
        .with_columns(pl.col("is_turn_start").cum_sum().over("source_id", "segment").alias("turn_no"))
    )
    titles = (
        marked.filter(pl.col("is_separator") | pl.col("_underlined"))
        .select(
            "source_id",
            "segment",
            pl.coalesce(
                pl.col("line").str.extract(SEPARATOR, 1),
                pl.col("line").str.extract(BANNER, 1),
                pl.when(pl.col("_underlined")).then(pl.col("line")),
            )
            .str.strip_chars()
            .alias("title"),
        )
        .filter(pl.col("title").is_not_null() & (pl.col("title") != ""))
    )
    # A chat template's system message is the session's system prompt; text between its messages is stray.
    system_prompts = (
        marked.filter(pl.col("system_text"))
        .group_by("source_id", "segment", maintain_order=True)
        .agg(
            pl.when(pl.col("template_opener"))
            .then(pl.col("rest"))
            .otherwise(pl.col("line"))
            .str.join("\n")
            .str.strip_chars()
            .alias("system_prompt"),
            pl.col("line_no").min().alias("_system_line"),
        )
    )
    # What the user typed at a local model's console around the dialogue it wrote (`>>> continue`), and the model's
    # words after it up to the next label ("Here is the rest of the session:"): no turn's words, each at its own line.
    # (A file of several such prompts: a client quoting a message set off by `>>> ` once is speech.)
    prompt = pl.col("line").str.contains(_CONSOLE_PROMPT)
    after_prompt = (
        pl.when(prompt & (prompt.sum().over("source_id") >= _MIN_CONSOLE_PROMPTS))
        .then(True)
        .when(pl.col("is_turn_start"))
        .then(False)
        .forward_fill()
        .over("source_id")
        .fill_null(False)
    )
    # The next non-blank line opens a turn: this one stands between turns.
    opens_turn = pl.when(pl.col("line").str.strip_chars() != "").then(pl.col("is_turn_start"))
    next_opens_turn = opens_turn.shift(-1).backward_fill().over("source_id").fill_null(True)
    marked = marked.with_columns(_own_line_artefacts(marked).alias("_own_artefact")).with_columns(
        (
            pl.col("outside_text")
            | (
                (pl.col("turn_no") > 0)
                & ~pl.col("is_turn_start")
                & (
                    pl.col("line").str.contains(_REVIEW_MARK)
                    | pl.col("line").str.contains(_DOCS_COMMENT)
                    | (pl.col("line").str.contains(_MARKUP_ONLY) & next_opens_turn)
                    | (after_prompt & ~pl.col("template") & (pl.col("line").str.strip_chars() != ""))
                    | pl.col("_own_artefact")
                )
            )
        ).alias("outside_text")
    )
    outside_text = marked.filter(pl.col("outside_text"))
    # A Markdown heading between a session's turns (`## 3. Worst Case, Best Case`, a generated session's section) is
    # the session's structure, no one's speech: it joins the session's header lines rather than the turn above it.
    # (Between turns: the next non-blank line opens one. A heading inside a turn, `### Step 1: Breathe` above its
    # instructions, stays the turn's.)
    # (Evaluated once, as a mask: its regexes and window would otherwise run again in the second filter.)
    label_alone_above = _under_lone_label()
    section_heading = marked.select(
        (pl.col("turn_no") > 0)
        & ~pl.col("is_turn_start")
        & (
            (pl.col("line").str.contains(_SECTION_HEADING) & ~pl.col("line").str.contains(_GENERATION_HEADING))
            # (Never a turn's only words: `CLIENT:` above `Tuesday 11 March 2025` answered when it was.)
            | (pl.col("line").str.contains(_DAY_DIVIDER) & ~label_alone_above)
        )
        & next_opens_turn
    ).to_series()
    section_headings = marked.filter(section_heading & ~pl.col("outside_text"))
    marked = marked.filter(
        ~pl.col("is_separator") & ~pl.col("system_text") & ~pl.col("outside_text") & ~section_heading
    )
    turns = (
        # A cast line between sessions' turns belongs to no turn's text.
        marked.filter((pl.col("turn_no") > 0) & ~pl.col("is_cast"))
        .group_by(_TURN_KEY, maintain_order=True)
        .agg(
            pl.col("line_no").first().alias("source_line"),
            pl.col("label").first().str.strip_chars().alias("speaker"),
            pl.col("timestamp").first(),
            # (A template names its counsellor `model` where the alias table does not: Gemma.)
            pl.coalesce("cast_role", "template_role").first().alias("cast_role"),
            pl.when(pl.col("is_turn_start"))
            .then(pl.col("rest"))
            .otherwise(pl.col("line"))
            .str.join("\n")
            .str.strip_chars()
            .alias("text"),
        )
        .pipe(with_label_roles, "speaker", "_speaker_role")
        .with_columns(
            pl.when(pl.col("_speaker_role") == "unknown")
            .then(pl.col("cast_role").fill_null("unknown"))
            .otherwise(pl.col("_speaker_role"))
            .alias("role"),
            (pl.col("turn_no") - 1).cast(pl.Int32).alias("source_turn_index"),
        )
        .select("source_id", "segment", "source_turn_index", "source_line", "speaker", "role", "text", "timestamp")
        .pipe(_clock_after_label_as_timestamp)
    )
    # A chat platform's own lines under a `System` label ("Visitor left the chat", "Chat transferred to Jo") are no
    # one's speech: they are listed in the session's metadata, as table and chat exports list them, not turns.
    platform = normalise_label(pl.col("speaker")) == "system"
    system_messages = (
        turns.filter(platform)
        .group_by("source_id", "segment", maintain_order=True)
        .agg(pl.col("text").alias("system_messages"))
    )
    turns = turns.filter(~platform).with_columns(
        pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index")
    )
    segments_with_turns = turns.select("source_id", "segment").unique(maintain_order=True)
    non_blank = marked.filter(pl.col("line").str.strip_chars() != "")
    pre_turn = marked.filter(pl.col("turn_no") == 0).join(segments_with_turns, on=["source_id", "segment"], how="semi")
    header_segments = (
        pre_turn.filter(_looks_like_header(config) | pl.col("is_cast") | pl.col("_underlined"))
        .select("source_id", "segment")
        .unique(maintain_order=True)
    )
    header_lines = pre_turn.join(header_segments, on=["source_id", "segment"], how="semi")
    # Text before the first turn that does not look like a header is stray, like text in a part without turns.
    stray_before_turns = pre_turn.join(header_segments, on=["source_id", "segment"], how="anti")
    first_lines = (
        non_blank.join(segments_with_turns, on=["source_id", "segment"], how="semi")
        .join(stray_before_turns, on=["source_id", "line_no"], how="anti")
        .group_by("source_id", "segment")
        .agg(pl.col("line_no").min().alias("source_line"))
    )
    sessions = (
        # Every part with turns is a session, opening at its first line that is not stray text: a record's text
        # read as lines (JSON values) has all its lines on the record's line, the stray ones too, so the part's
        # first turn stands in when nothing else is left.
        turns.group_by("source_id", "segment", maintain_order=True)
        .agg(pl.col("source_line").min().alias("_first_turn"))
        .join(first_lines, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(pl.coalesce("source_line", "_first_turn").alias("source_line"))
        .drop("_first_turn")
        .with_columns((pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index"))
        .join(titles, on=["source_id", "segment"], how="left", maintain_order="left")
        .join(system_prompts, on=["source_id", "segment"], how="left", maintain_order="left")
        .join(system_messages, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(
            # A session opens at its system message.
            pl.min_horizontal("source_line", "_system_line").alias("source_line"),
            merge_objects(
                merge_objects(
                    pl.when(pl.col("title").is_not_null()).then(pl.struct("title").struct.json_encode()),
                    json_object("system_prompt"),
                ),
                json_object("system_messages"),
            ).alias("source_metadata"),
        )
        .select("source_id", "segment", "session_index", "source_line", "source_metadata")
    )
    # The file's own title, above its first turn (even above the first separator): `# ACT sessions: Lena`, or a
    # short capitalised first line that ends no sentence, `Intake appointment, audio transcript`. It
    # joins the first session's header instead of being stray text.
    first_turn = turns.group_by("source_id").agg(
        pl.col("source_line").min().alias("_first_turn_line"),
        pl.col("segment").min().alias("_first_segment"),
    )
    above = non_blank.join(first_turn, on="source_id").filter(pl.col("line_no") < pl.col("_first_turn_line"))
    first_line = pl.col("line_no") == pl.col("line_no").min().over("source_id")
    # A short line that ends no sentence and starts with a capital or a digit, or stands alone above a blank line
    # (`loneliness roleplays - pasted from chat 11 Feb`): prose runs on to a second line.
    alone = (pl.col("line_no").shift(-1).over("source_id") != pl.col("line_no") + 1).fill_null(True)
    short_title = (
        (pl.col("line").str.count_matches(r"\S+") <= _MAX_TITLE_WORDS)
        & (pl.col("line").str.contains(r"^\W*[\p{Lu}\d]") | alone)
        & ~pl.col("line").str.contains(r"[.!?]\W*$")
    )
    # A short preamble above the first turn (a title, who took part, when it was exported, a legend such as
    # `(TH = therapist, CL = client)`, `Names replaced with [BRACKETED] placeholders.`) is the file's header too:
    # lines that do not start in lower case. A generation artefact there is not, nor is chatty prose ("ok so this
    # was recorded on my phone").
    # Under a title, a longer preamble may run on in lower case (a script's scene description).
    titled = (first_line & short_title).any().over("source_id")
    preamble = (
        (pl.len().over("source_id") <= pl.when(titled).then(_MAX_TITLED_PREAMBLE_LINES).otherwise(_MAX_PREAMBLE_LINES))
        & (pl.col("line").str.count_matches(r"\S+").max().over("source_id") <= _MAX_PREAMBLE_WORDS)
        & (titled | ~pl.col("line").str.contains(r"^\s*\p{Ll}"))
    )
    file_title = pl.concat(
        [
            above.filter(
                _looks_like_header(config)
                | (first_line & short_title)
                | (preamble & ~is_artefact(pl.col("line")))
                | pl.col("line").str.contains(_CHAT_NOTICE)
            ),
            # The exporting tool's credit below the turns, past a separator (`---` then `Powered by [ChatGPT
            # Exporter](https://...)`), is the file's too, with its title.
            non_blank.join(segments_with_turns, on=["source_id", "segment"], how="anti")
            .join(first_turn, on="source_id")
            .filter(pl.col("line_no") > pl.col("_first_turn_line"), pl.col("line").str.contains(_TOOL_CREDIT))
            .select(above.columns),
            # ... and so is Google Docs' list of comments under the text.
            outside_text.filter(pl.col("line").str.contains(_DOCS_COMMENT))
            .join(first_turn, on="source_id")
            .select(above.columns),
        ]
    ).select("source_id", pl.col("_first_segment").alias("segment"), "line_no", "line")
    # A file with no turn at all is quarantined whole; only files that have turns report stray lines.
    stray_lines = (
        pl.concat(
            [
                non_blank.join(segments_with_turns, on=["source_id", "segment"], how="anti").join(
                    segments_with_turns.select("source_id").unique(), on="source_id", how="semi"
                ),
                stray_before_turns.filter(pl.col("line").str.strip_chars() != ""),
                outside_text.join(segments_with_turns.select("source_id").unique(), on="source_id", how="semi"),
            ]
        )
        .join(file_title, on=["source_id", "line_no"], how="anti")
        .sort("source_id", "line_no", maintain_order=True)
    )
    header_lines = pl.concat(
        [
            header_lines.select("source_id", "segment", "line_no", "line"),
            file_title.join(header_lines, on=["source_id", "line_no"], how="anti"),
            section_headings.join(segments_with_turns, on=["source_id", "segment"], how="semi").select(
                "source_id", "segment", "line_no", "line"
            ),
        ]
    ).sort("source_id", "line_no")
    return ParsedText(
        sessions=sessions,
        turns=turns,
        header_lines=header_lines.select("source_id", "segment", "line_no", "line"),
        stray_lines=stray_lines.select(
            "source_id", "line_no", "line", pl.when(pl.col("generation_frame")).then(True).alias("artefact")
        ),
    ).conformed()


def _lone_letter_pair() -> pl.Expr:
    """True on a line labelled by a lone letter when exactly two lone letters label a session's lines, each at
    least _MIN_LETTER_TURNS times (two, when the other is the alias table's: `P:` beside `T:`), and they open
    alternate labelled lines at least _MIN_LETTER_ALTERNATION of the time, and they open most of its labelled lines:
    an interview's `Q:` / `A:`, a dialogue's `A:` / `B:`, a psychotherapy transcript's `T:` / `P:`. Options (`A:` to
    `D:`) run through more letters or sit among named speakers, and a list marker does not alternate."""
    lone = pl.col("label").is_not_null() & (pl.col("label_key").str.len_chars() == 1)
    lone_key = pl.when(lone).then(pl.col("label_key"))
    group = ("source_id", "segment")
    letters = lone_key.drop_nulls()
    changes = (letters != letters.shift(1)).sum()
    least = (
        pl.when((lone & (pl.col("label_role") != "unknown")).any().over(*group)).then(2).otherwise(_MIN_LETTER_TURNS)
    )
    return (
        lone
        & (lone_key.n_unique().over(*group) == 3)  # the two letters and the null of other lines
        & (pl.col("label_repeats") >= least)
        & (pl.col("label_repeats").filter(lone).min().over(*group) >= least)
        & (changes.over(*group) >= _MIN_LETTER_ALTERNATION * (letters.len().over(*group) - 1))
        # ... and they are the session's labels: beside `Therapist:` and `Client:` they are options.
        & (letters.len().over(*group) * 2 > pl.col("label").is_not_null().sum().over(*group))
    )


def _third_lone_letter() -> pl.Expr:
    """True on a line labelled by a lone letter the alias table does not know, other than an option's (`A:` to
    `E:`), saying a sentence, in a session whose turns the alias table's letters label (`T:` / `C:`): someone else
    come in, `R: Sorry to barge in, is anyone here driving a silver Astra?` (an unknown speaker)."""
    lone = pl.col("label").is_not_null() & (pl.col("label_key").str.len_chars() == 1)
    known_letters = (lone & (pl.col("label_role") != "unknown")).sum().over("source_id", "segment")
    return (
        lone
        & (pl.col("label_role") == "unknown")
        & ~pl.col("label_key").is_in(["a", "b", "c", "d", "e"])
        & (known_letters >= _MIN_KNOWN_LETTER_TURNS)
        & (known_letters * 2 > pl.col("label").is_not_null().sum().over("source_id", "segment"))
        & (pl.col("rest").str.count_matches(r"\p{L}+") >= _MIN_THIRD_LETTER_WORDS)
    )


def _period_style_holds(labelled: pl.DataFrame) -> pl.DataFrame:
    """`CAPITALS. text` labels (see _PERIOD_LABEL) only in a file that writes its speakers so: two labels or more in
    the style, one the alias table knows, on at least _MIN_PERIOD_LINES lines and _MIN_PERIOD_SHARE of its non-blank
    lines. Elsewhere such a line is text (`OK. Fine.`)."""
    period = pl.col("_period") & pl.col("label").is_not_null()
    lines = period.sum().over("source_id")
    holds = (
        (pl.col("label_key").filter(period).n_unique().over("source_id") >= 2)
        & (period & (pl.col("label_role") != "unknown")).any().over("source_id")
        & (lines >= _MIN_PERIOD_LINES)
        & (lines >= _MIN_PERIOD_SHARE * (pl.col("line").str.strip_chars() != "").sum().over("source_id"))
    )
    dropped = pl.col("_period") & ~holds
    return labelled.with_columns(
        pl.when(dropped).then(None).otherwise(pl.col("label")).alias("label"),
        pl.when(dropped).then(pl.lit("unknown")).otherwise(pl.col("label_role")).alias("label_role"),
    ).drop("_period")


def _cast_lines(labelled: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, line_no, name_key, cast_role)`: lines such as `Therapist: Dr. Smith` whose name is used as
    a label elsewhere in the file, so `Dr. Smith:` turns are the therapist's and the line itself is no turn."""
    # A titled name with a description after it is a header's, above the turns it names: `Client: Dr Smith, I don't
    # know where to start` between `Dr Smith:` turns is the client speaking to him.
    titled = pl.col("rest").str.extract(_TITLED_CAST_NAME, 1)
    in_header = pl.col("line_no") < _first_named_turn(min_repeats=1).fill_null(0)
    name = (
        pl.when(pl.col("rest").str.contains(_CAST_NAME))
        .then(pl.col("rest"))
        .when(in_header)
        .then(
            pl.coalesce(
                titled,
                pl.when(pl.col("rest").str.count_matches(r"\S+") <= _HEADER_CAST_WORDS).then(
                    pl.col("rest").str.extract(_HEADER_CAST_NAME, 1)
                ),
            )
        )
    )
    candidates = (
        labelled.with_columns(_without_initials(normalise_label(name)).alias("_name"))
        .filter(
            (pl.col("label_role") != "unknown")
            & pl.col("_name").is_not_null()
            & ~pl.col("is_separator")
            & ~pl.col("template")
        )
        .select("source_id", "line_no", "_name", pl.col("label_role").alias("cast_role"))
    )
    used_as_labels = (
        labelled.filter(pl.col("label").is_not_null())
        .select(
            "source_id", pl.col("label_key").alias("name_key"), _without_initials(pl.col("label_key")).alias("_name")
        )
        .unique()
    )
    by_name = candidates.join(used_as_labels, on=["source_id", "_name"], maintain_order="left")
    by_initials = candidates.with_columns(_abbreviation(pl.col("_name")).alias("_short")).join(
        _abbreviated_labels(labelled), on=["source_id", "_short"], maintain_order="left"
    )
    return (
        pl.concat(
            [found.select("source_id", "line_no", "_name", "cast_role", "name_key") for found in (by_name, by_initials)]
        )
        .filter(pl.col("_name") != "")
        .unique(["source_id", "line_no", "name_key"], keep="first", maintain_order=True)
        .select("source_id", "line_no", "name_key", "cast_role")
    )


# A form above a session's turns has at least this many `Field: value` lines in one paragraph ...
_MIN_FORM_FIELDS = 3
# ... of which this many are fields no one speaks under (`Trainee:`, `Placement:`, `Referrer:`), seen once.
_MIN_FORM_ONLY_FIELDS = 2


def _under_lone_label() -> pl.Expr:
    """The line right under a label alone on its line (`CLIENT:` above `Tuesday 11 March 2025`, `## Response:` above
    the reply): the turn's first words."""
    return pl.col("is_turn_start").shift(1).over("source_id").fill_null(False) & (
        pl.col("rest").shift(1).over("source_id").fill_null("").str.strip_chars() == ""
    )


def _own_line_artefacts(marked: pl.DataFrame) -> pl.Series:
    """Per line of `marked`: a line of its own under a turn that is nothing but a generator's words ("Here is the
    continuation of the session:", "[End of transcript]", "(Note: the names are invented.)"): no turn's words, reported
    at its own line as an artefact between turns is. Not a tag's line nor one inside reasoning a tag opened in the turn
    (the block is one artefact, cut from the turn whole), not a console prompt, not the first words under a label
    alone on its line (`## Response:` above them), and an announcement, never a request ("Could you write down the
    times?" is a client's). The artefact patterns run on those continuation lines only."""
    line = pl.col("line")
    in_reasoning = pl.lit(False)
    if marked.select(line.str.contains("<", literal=True).any()).item():
        opened = line.str.count_matches(_REASONING_OPEN) - line.str.count_matches(_REASONING_CLOSE)
        in_reasoning = (opened.cum_sum() - opened).over("source_id") > 0
    candidate = (
        (pl.col("turn_no") > 0)
        & ~pl.col("is_turn_start")
        & ~pl.col("template")
        & (line.str.strip_chars() != "")
        & ~line.str.contains("<", literal=True)
        & ~line.str.contains(_CONSOLE_PROMPT)
        & ~in_reasoning
        & ~_under_lone_label()
    )
    at = marked.select(candidate.alias("_candidate")).to_series().arg_true()
    found = marked.select(line.gather(at)).select(is_artefact(line) | is_generator_intro(line)).to_series()
    return pl.repeat(False, marked.height, eager=True).scatter(at, found)


def _form_field(speaker_nouns: frozenset[str]) -> pl.Expr:
    """A line of a form heading a session, a paragraph of `Field: value` lines before its first turn (a portfolio's
    `Trainee: ...`, `Placement: ...`, `Client: F. (pseudonym)`, `Supervisor: ...`): no line of it is a turn, not even
    a role's (`Client: F.` names the client). A paragraph is a form when its lines are all labelled, under as many
    labels as lines, and two of those labels at least are no role, no speaker noun and not seen again in the session.
    Dialogue repeats its labels (`Counsellor:` / `Client:`), and a group's first round of speakers comes back."""
    blank = pl.col("line").str.strip_chars() == ""
    paragraph = pl.col("_paragraph")
    labelled = pl.col("label").is_not_null()
    form_only = (
        labelled
        & (pl.col("label_role") == "unknown")
        & pl.col("cast_role").is_null()
        & (pl.col("label_repeats") == 1)
        & ~_ends_on_speaker_noun(pl.col("label_key"), speaker_nouns)
    )
    by_paragraph = ("source_id", paragraph)
    fields = labelled.sum().over(*by_paragraph)
    first_labelled_paragraph = paragraph.filter(labelled).min().over("source_id", "segment")
    return (
        labelled
        & (paragraph == first_labelled_paragraph)
        & (fields >= _MIN_FORM_FIELDS)
        & (fields == (~blank).sum().over(*by_paragraph))
        & (pl.col("label_key").filter(labelled).n_unique().over(*by_paragraph) == fields)
        & (form_only.sum().over(*by_paragraph) >= _MIN_FORM_ONLY_FIELDS)
    ).fill_null(False)


def _first_named_turn(min_repeats: int) -> pl.Expr:
    """Per file, the first line under a label the alias table does not know (a name) used at least `min_repeats`
    times: the lines above it are the header where cast lines and member lists stand."""
    named = pl.col("label").is_not_null() & (pl.col("label_role") == "unknown")
    return pl.col("line_no").filter(named & (pl.col("label_repeats") >= min_repeats)).min().over("source_id")


def _abbreviation(name_key: pl.Expr) -> pl.Expr:
    """How turns may abbreviate a cast name: its initials (`clemency hart` -> `ch`), or a lone initial's letter
    (`k.` -> `k`, which stands for the one label that starts with it)."""
    words = name_key.str.split(" ")
    return (
        pl.when(words.list.len() >= 2)
        .then(words.list.eval(pl.element().str.slice(0, 1)).list.join(""))
        .when(name_key.str.contains(r"^\p{Ll}\.?$"))
        .then(name_key.str.slice(0, 1))
    )


def _abbreviated_labels(labelled: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, _short, name_key)`: labels written as initials (`CH`) under their letters, and every name label
    under its first letter when no other label of the file starts with it (`Kerenza` under `k`)."""
    labels = labelled.filter(pl.col("label").is_not_null()).select("source_id", "label", "label_key").unique()
    initials = labels.filter(pl.col("label").str.contains(_INITIALS)).select(
        "source_id", pl.col("label_key").alias("_short"), pl.col("label_key").alias("name_key")
    )
    first_letters = (
        labels.filter(~pl.col("label").str.contains(_INITIALS))
        .with_columns(pl.col("label_key").str.slice(0, 1).alias("_short"))
        .filter(pl.len().over("source_id", "_short") == 1)
        .select("source_id", "_short", pl.col("label_key").alias("name_key"))
    )
    return pl.concat([initials, first_letters])


def _without_initials(name_key: pl.Expr) -> pl.Expr:
    """`dr m. achterberg` -> `dr achterberg`; a one-word name (`t`, `b.`) is left as it is."""
    reduced = name_key.str.replace_all(_INITIAL, " ").str.replace_all(r"\s+", " ").str.strip_chars()
    return pl.when(name_key.str.contains(r"\s")).then(reduced).otherwise(name_key)


def _ends_on_speaker_noun(key: pl.Expr, speaker_nouns: frozenset[str]) -> pl.Expr:
    """Whether a lower-case label ends on a noun for someone who speaks (`unidentified speaker`, `service user`,
    `interpreter`), in whatever role."""
    return key.str.extract(r"(\S+)$").is_in(list(speaker_nouns))


def _legend(labelled: pl.DataFrame, speaker_nouns: frozenset[str]) -> pl.DataFrame:
    """`(source_id, name_key, cast_role)` from a key above the turns that explains short labels, `Key: JM = Jo
    Mensah (counsellor); RB = Rosa Bianchi (client)` or `(TH = therapist, CL = client)`."""
    # (A key may itself be written as a label, `Key: I = interviewer; P = patient`, and a title may read as a
    # dash-style label, `Stepwise Psychology Service - initial assessment`.)
    label = pl.col("label").is_not_null() & ~pl.col("line").str.contains("=", literal=True) & ~pl.col("_styled")
    before_turns = label.cum_sum().over("source_id") == label
    keys = labelled.filter(before_turns & pl.col("line").str.contains("="))
    # (Each pair read both ways: the role after the name, `JM = Jo Mensah (counsellor)`, or right after the `=`,
    # `F = facilitator (Dr Odette Marchant)`; the first that names a role wins.)
    pairs = pl.concat(
        [
            keys.select("source_id", pl.col("line").str.extract_all(pattern).alias("_pair"))
            .explode("_pair")
            .drop_nulls("_pair")
            .select(
                "source_id",
                normalise_label(pl.col("_pair").str.extract(pattern, 1)).alias("name_key"),
                pl.col("_pair").str.extract(pattern, 2).alias("_role_word"),
            )
            for pattern in (_LEGEND_PAIR, _LEGEND_ROLE_FIRST)
        ]
    )
    # A key naming someone by a role no alias maps (`SO = interpreter`) still says `SO:` is a speaker: unknown.
    return (
        with_label_roles(pairs, "_role_word", "cast_role")
        .filter(
            (pl.col("cast_role") != "unknown")
            | _ends_on_speaker_noun(pl.col("_role_word").str.to_lowercase(), speaker_nouns)
        )
        .unique(["source_id", "name_key"], keep="first", maintain_order=True)
        .select("source_id", "name_key", "cast_role")
    )


# A header's list of who takes part under a role word, singular or plural: `Members: GK, RB, LF, DT, FO`,
# `Clients: Matthias Brandt and Mirela Brandt. Counsellor: Rosheen Quill.`
_MEMBER_LIST = (
    r"(?i)\b((?:co-?)?(?:client|member|patient|counsell?or|counselor|therapist|facilitator|psychologist|"
    r"practitioner|supervisor|carer|parent)s?)[ \t]*:[ \t]*([^.:;\n]{1,200})"
)
_LISTED_NAME = r"^\p{Lu}[\p{L}.'\-]*(?:[ \t]+\p{Lu}[\p{L}.'\-]*){0,3}$"


# A header line that names who takes part, each with a role in brackets: `Participants — Morgan Hart (counselor) and
# David Johnson (client)`, `Cast: Dr Lee (therapist), Sam (client)`; and the same said in Chinese, `“陈老师”为咨询师`
# ("Teacher Chen" is the counsellor), `“明山”为来访者` ("Mingshan" the client).
_CAST_HEADER = r"(?i)^[ \t]*(?:\*\*|__)?(?:participants|attendees|cast|characters|speakers|roles|who'?s who|present)\b"
_NAME_AND_ROLE = r"(\p{Lu}[\p{L}.'\-]*(?:[ \t]+\p{Lu}[\p{L}.'\-]*){0,3})[ \t]*\(([^()\n]{1,40})\)"
_QUOTED_NAME_IS_ROLE = r"[“\"「]([^”\"」\n]{1,12})[”\"」][ \t]*(?:为|為|是)[ \t]*([\p{Han}]{2,6})"


def _by_name_and_first_name(names: pl.DataFrame) -> pl.DataFrame:
    """`names` with `_name` -> a row per key a turn may use for it: the whole name and its first word (`Lowenna Hext`
    speaks as `Lowenna:`), unless that is a title."""
    return (
        names.with_columns(
            pl.concat_list(
                normalise_label(pl.col("_name")),
                pl.when(
                    pl.col("_name").str.contains(r"\s")
                    & ~pl.col("_name").str.contains(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b")
                ).then(normalise_label(pl.col("_name").str.extract(r"^(\S+)"))),
            ).alias("name_key")
        )
        .explode("name_key")
        .drop_nulls("name_key")
    )


def _name_role_pairs(lines: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """`(source_id, _name, _role_word)`: each match of `pattern` (a name and a role word, in that order) in `lines`."""
    return (
        lines.select("source_id", pl.col("line").str.extract_all(pattern).alias("_pair"))
        .explode("_pair")
        .drop_nulls("_pair")
        .select(
            "source_id",
            pl.col("_pair").str.extract(pattern, 1).str.strip_chars().alias("_name"),
            pl.col("_pair").str.extract(pattern, 2).str.strip_chars().alias("_role_word"),
        )
    )


def _named_roles(labelled: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, name_key, cast_role)` from header lines that give each participant's role beside the name (see
    _CAST_HEADER, _QUOTED_NAME_IS_ROLE): by the whole name and by its first word (`Morgan Hart` speaks as `Morgan:`)."""
    named = pl.concat(
        [
            # (Such a line may read as a label itself, `Participants — ...` in the dash style.)
            _name_role_pairs(labelled.filter(pl.col("line").str.contains(_CAST_HEADER)), _NAME_AND_ROLE),
            _name_role_pairs(
                labelled.filter(pl.col("label").is_null() & pl.col("line").str.contains(_QUOTED_NAME_IS_ROLE)),
                _QUOTED_NAME_IS_ROLE,
            ),
        ]
    )
    if named.is_empty():
        return pl.DataFrame(schema={"source_id": pl.String, "name_key": pl.String, "cast_role": pl.String})
    named = named.pipe(_by_name_and_first_name)
    return (
        with_label_roles(named, "_role_word", "cast_role")
        .filter(pl.col("cast_role") != "unknown")
        .unique(["source_id", "name_key"], keep="first", maintain_order=True)
        .select("source_id", "name_key", "cast_role")
    )


def _member_lists(labelled: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, name_key, cast_role)` from a header's lists of who takes part under a role word (see
    _MEMBER_LIST), above the first line of a label the alias table does not know that comes back."""
    # (A speaker's label comes back; a header's `Couple Counselling - Session 4` or `Clients:` once does not.)
    first_named_turn = _first_named_turn(min_repeats=2)
    # A line labelled by one role is a turn (`Counsellor: Hello again, Isobel.`) unless it lists more roles after
    # (`Facilitator: Lowenna Hext. Members: ...`).
    turn_like = (pl.col("label_role") != "unknown") & (pl.col("line").str.count_matches(_MEMBER_LIST) < 2)
    lists = (
        labelled.filter((pl.col("line_no") < first_named_turn) & ~turn_like)
        .select("source_id", pl.col("line").str.extract_all(_MEMBER_LIST).alias("_list"))
        .explode("_list")
        .drop_nulls("_list")
        .select(
            "source_id",
            pl.col("_list").str.extract(_MEMBER_LIST, 1).str.to_lowercase().str.replace(r"s$", "").alias("_role_word"),
            pl.col("_list")
            .str.extract(_MEMBER_LIST, 2)
            .str.replace_all(r"\([^()]*\)", "")
            .str.replace_all(r"[ \t]*(?:,|&|\band\b)[ \t]*", "\x1f")
            .str.split("\x1f")
            .alias("_name"),
        )
        .explode("_name")
        .with_columns(pl.col("_name").str.strip_chars())
        .filter(pl.col("_name").str.contains(_LISTED_NAME))
        .pipe(_by_name_and_first_name)
    )
    return (
        with_label_roles(lists, "_role_word", "cast_role")
        .filter(pl.col("cast_role") != "unknown")
        .select("source_id", "name_key", "cast_role")
    )


def _front_matter() -> pl.Expr:
    """Lines of a Markdown note's YAML front matter (Obsidian, Jekyll, Hugo): from a `---` first line to the next
    `---` (or `...`) within _MAX_FRONT_MATTER_LINES. Its `client: R.K.` and `therapist: Dr Bhatt` are the note's
    fields, never turns."""
    line_no = pl.col("line_no")
    first = line_no == line_no.min().over("source_id")
    opens = (first & pl.col("line").str.contains(r"^\ufeff?---[ \t]*$")).any().over("source_id")
    closing = pl.when(~first & pl.col("line").str.contains(r"^(?:---|\.\.\.)[ \t]*$")).then(line_no)
    close_at = closing.min().over("source_id")
    return (
        opens & (line_no <= close_at) & (close_at - line_no.min().over("source_id") <= _MAX_FRONT_MATTER_LINES)
    ).fill_null(False)


def _looks_like_header(config: ParseConfig) -> pl.Expr:
    """A line that makes the text before a session's first turn a summary header."""
    title = pl.col("line").str.extract(_TITLE_KEY, 1).str.to_lowercase().str.strip_chars()
    words = list(config.header_words)
    return (
        pl.col("_front_matter")
        | pl.col("line").str.contains(_BULLET)
        | pl.col("line").str.contains(_HEADING)
        | pl.col("line").str.contains(SESSION_HEADING)
        | pl.col("line").str.contains(_TITLE_LINE)
        # (Who takes part, with their roles: `Participants — Morgan Hart (counselor) and Nancy Irwin (client)`.)
        | pl.col("line").str.contains(_CAST_HEADER)
        | title.is_in(words)
        | title.str.extract(r"(\S+)$").is_in(words)
        | title.str.contains(r"summary|overview")
        # A field that holds a date or a time (`Chat Started: Thursday, March 14, 2024, 21:03:44`): an export's record.
        | pl.col("line").str.contains(
            rf"^[ \t]*\p{{L}}[{NAME_LETTERS} ]{{0,30}}:[ \t]*\S.*(?:\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}:\d{{2}}\b)"
        )
    )
