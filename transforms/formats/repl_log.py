"""A chat with a local model saved from its terminal (`ollama run`, and consoles like it) -> sessions and turns.

    ben@nuc:~$ ollama run llama3.1:8b
    >>> /set system You are a calm, warm counsellor.
    Set system message.
    >>> hi. not sure how this works really
    Hi, thank you for reaching out. What would you like to talk about?

    >>> my dog bit a kid on saturday

Each `>>> ` line is what the person typed: a client turn (`User`), on its line; the lines after it, up to the next
prompt, are the model's reply: a counsellor turn (`Assistant`), on its first line. A prompt of several lines
(opened by three double quotes up to the closing three, or `... ` continuation lines) is one turn. The console's own
commands are no turns: `/set system ...` gives the session its system prompt (a `System:` line of the session's
header, `sessions.summary_text`); the console's answer to a command ("Set system message.") and `/bye`, `/show`,
`/clear`... are dropped as the tool's furniture, like the empty prompt it leaves on screen (`>>> Send a message (/?
for help)`). Lines above the first prompt (a terminal logger's banner, the shell prompt that started the model)
are the file's header. The turns are then read with the plain-text rules (derived_lines.py), so a reply's
paragraphs stay one turn.

Only a log whose replies are the model talking: a reply holding `Therapist: ...` lines is a dialogue the model was
asked to write, which the plain-text reader reads (its prompts and what follows them up to the next label are
generation artefacts, each at its own line: plain_text.py, meta_text.py).

Detection (`looks_like_repl_log`): at least two prompt lines with text after them, the first within the file's first
lines, and no reply lines labelled as a written dialogue is (a label the alias table knows, or one name opening two
lines or more).
"""

from __future__ import annotations

import re
from collections import Counter

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.derived_lines import parse_each_text
from transforms.speakers import ROLE_BY_ALIAS

_PROMPT = re.compile(r"^[ \t]*>>>[ \t]?(.*)$")
_CONTINUED = re.compile(r"^[ \t]*\.\.\.[ \t]?(.*)$")
_SYSTEM = re.compile(r"^/set[ \t]+system[ \t]+(.*)$", re.S)
# The console's placeholder in an empty prompt.
_PLACEHOLDER = re.compile(r"^Send a message \(/\? for help\)\s*$")
# A reply line opening with a label the alias table knows: a dialogue the model wrote, for the plain-text reader.
_LABEL = re.compile(r"^[ \t]*(?:\*\*)?([\w .'-]{1,30}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]")
_MIN_PROMPTS = 2
_MIN_NAME_REPEATS = 2
_FIRST_PROMPT_WITHIN = 20


def _labels_a_dialogue(lines: list[str]) -> bool:
    """A label of the alias table, or a name opening two lines or more: the replies hold a written dialogue."""
    names: Counter[str] = Counter()
    for line in lines:
        found = _LABEL.match(line)
        if found is None:
            continue
        name = found.group(1).strip().lower()
        if ROLE_BY_ALIAS.get(name, "") in ("therapist", "client"):
            return True
        names[name] += 1
    return any(count >= _MIN_NAME_REPEATS for count in names.values())


def looks_like_repl_log(body: str) -> bool:
    lines = body.split("\n")
    prompts = [n for n, line in enumerate(lines) if (found := _PROMPT.match(line)) and found.group(1).strip()]
    if len(prompts) < _MIN_PROMPTS or prompts[0] >= _FIRST_PROMPT_WITHIN:
        return False
    return not _labels_a_dialogue([line for line in lines[prompts[0] :] if not _PROMPT.match(line)])


def _turn_lines(text: str) -> list[tuple[int, str]]:
    """`(file line, derived line)`: the log with `User:` / `Assistant:` labels in place of its prompts."""
    lines = text.split("\n")
    out: list[tuple[int, str]] = []
    number = 0
    # A prompt was typed and its reply has not started; a command was typed and its answer may follow.
    awaiting_reply = False
    after_command = False
    while number < len(lines):
        line = lines[number].rstrip("\r")
        prompt = _PROMPT.match(line)
        if prompt is None:
            if after_command:
                # The console's answer to a command, up to the next prompt ("Set system message.", what `/show`
                # prints, the shell's `logout` after `/bye`): no one's words.
                pass
            elif awaiting_reply and line.strip():
                out.append((number + 1, f"Assistant: {line.strip()}"))
                awaiting_reply = False
            else:
                out.append((number + 1, line))
            number += 1
            continue
        typed = prompt.group(1)
        first = number + 1
        # A prompt of several lines: `"""` ... `"""`, or `... ` continuation lines.
        if typed.lstrip().startswith('"""'):
            parts = [typed.lstrip()[3:]]
            while '"""' not in parts[-1] and number + 1 < len(lines):
                number += 1
                # (The console prints `... ` before each line typed inside the quotes.)
                line_typed = lines[number].rstrip("\r")
                continued = _CONTINUED.match(line_typed)
                parts.append(continued.group(1) if continued else line_typed)
            parts[-1] = parts[-1].split('"""', 1)[0]
            typed = "\n".join(parts)
        else:
            while number + 1 < len(lines) and (more := _CONTINUED.match(lines[number + 1].rstrip("\r"))):
                number += 1
                typed += "\n" + more.group(1)
        number += 1
        awaiting_reply = after_command = False
        typed = typed.strip()
        if not typed or _PLACEHOLDER.match(typed):
            continue
        if typed.startswith("/"):
            system = _SYSTEM.match(typed)
            if system:
                out.append((first, f"System: {system.group(1).strip()}"))
            after_command = True
            continue
        for offset, piece in enumerate(typed.split("\n")):
            out.append((first + offset, f"User: {piece}" if offset == 0 else piece))
        awaiting_reply = True
    return out


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    return parse_each_text(files.select("source_id", "text").iter_rows(), _turn_lines, config)
