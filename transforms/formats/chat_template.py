"""LLM chat-template markup (training dumps) rewritten into the `role: text` lines plain_text.parse_lines reads.

- ChatML: `<|im_start|>role` opens a message (its text on the lines below, or on the same line), `<|im_end|>`
  closes it; `<|endoftext|>` ends a conversation.
- Llama-2 chat: `<s>[INST] <<SYS>>\\n...\\n<</SYS>>\\n\\nuser text [/INST] assistant text </s><s>[INST] ...`:
  the text inside `[INST] ... [/INST]` is the user's, the text after `[/INST]` up to `</s>` the assistant's,
  the `<<SYS>>` block the system prompt.
- Mistral: the same `[INST] ... [/INST]` markup, but `<s>` only opens a conversation (`<s>[INST] a [/INST] b</s>[INST]
  c [/INST] d</s>`): a file where `</s>` is followed by `[INST]` with no `<s>` between is Mistral's, and there each
  `<s>` starts a new conversation. `[SYSTEM_PROMPT] ... [/SYSTEM_PROMPT]` (newer Mistral templates) is the system
  prompt.
- Llama-3: `<|begin_of_text|>` opens a conversation, `<|start_header_id|>role<|end_header_id|>` a message (its text
  after a blank line), `<|eot_id|>` (or `<|eom_id|>`) closes it. As `apply_chat_template(..., tokenize=False)`
  prints it, no newline follows `<|eot_id|>`: the next header stands at the end of the previous message's last line,
  and the message it opens starts on that line (the previous message's text ends before the header).
- Gemma: `<bos>` opens a conversation, `<start_of_turn>role` a message (`user`, or `model`: the counsellor),
  `<end_of_turn>` closes it, `<eos>` ends the text.

A file (or, in instruction_records, a record's string) is written in a template when its first non-blank line
starts with the template's markup (`<|im_start|>`; `<s>` or `[INST]`; `<|begin_of_text|>` or `<|start_header_id|>`;
`<bos>` or `<start_of_turn>`): the template is the file's structure, not a
token leaked into a turn (`Therapist: ... [INST] ...` keeps its token, for meta_text to report). Only that
template's tokens are read; another's left in a message stays text.

Each opener becomes a `role: text` line at the line number of the line that holds it (a line holding several
messages becomes several lines with one number, as a JSON string's lines share their record's); the closing
tokens go. `user`/`assistant` map to roles through the alias table (Gemma's `model` through `template_role`: the
table keeps `Model:` out of plain transcripts, where it heads a generation's metadata). Besides the rewritten `line`,
the frame gets:

- `template`: the line belongs to a templated file; parse_lines reads labels only from openers there, and its
  separators, underlined headings and session headings inside messages mean nothing.
- `template_opener`: the line opens a message (a turn start, whatever its role).
- `template_label`, `template_text`: an opener's role name and the text after it, as the markup gives them (a
  role such as `speaker_2`, or text that reads as a row of fields, is still a turn's label and text); else null.
- `template_role`: the role an opener's template gives a role name the alias table does not know (Gemma's
  `model`: therapist), else null.
- `system_text`: the line is part of a `system` message: the session's `system_prompt`, no turn.
- `outside_text`: non-blank text between a closed message and the next: no turn's text.
- `conversation_break`: the line opens a new conversation (a new session): a `system` message, a message after
  `<|endoftext|>` or a conversation's opening mark (Llama-3's `<|begin_of_text|>`, Gemma's `<bos>`, Mistral's `<s>`),
  or one after a blank line between messages unless the file puts a blank line between every two messages (then
  only the other two split).
"""

from __future__ import annotations

import polars as pl

CHATML = "chatml"
LLAMA2 = "llama2"
MISTRAL = "mistral"
LLAMA3 = "llama3"
GEMMA = "gemma"

# Sentinels no decoded text holds: an opener is `\n\x01role\x01`, a closing token `\x02`, end of text `\x03`.
_OPEN = "\x01"
_CLOSE = "\x02"
_END = "\x03"
_EOT = r"<\|(?:endoftext|end_of_text)\|>"
_CHATML_START = r"^[ \t]*<\|im_start\|>"
_LLAMA_START = r"^[ \t]*(?:<s>|\[INST\])"
_LLAMA3_START = r"^[ \t]*(?:<\|begin_of_text\|>|<\|start_header_id\|>)"
_GEMMA_START = r"^[ \t]*(?:<bos>)?[ \t]*<start_of_turn>"
_ANY_START = f"{_CHATML_START}|{_LLAMA_START}|{_LLAMA3_START}|{_GEMMA_START}"
# Mistral's markup is Llama-2's, but an `[INST]` right after a `</s>` says `<s>` opens conversations only.
_MISTRAL_NEXT = r"</s>[ \t]*\[INST\]"
# Role names a template gives that the alias table keeps for plain text only: Gemma's `model` is the counsellor.
_TEMPLATE_ROLES = {"model": "therapist"}
# The columns template_view adds (see the module docstring).
_COLUMNS = ("template", "template_opener", "system_text", "outside_text", "conversation_break")
_NULL_COLUMNS = ("template_role", "template_label", "template_text")
_PIECE = rf"^{_OPEN}([^{_OPEN}]+){_OPEN}[ \t]*"


def _chatml(line: pl.Expr) -> pl.Expr:
    return (
        line.str.replace_all(r"<\|im_start\|>[ \t]*([^\s<|]+)[ \t]*", f"\n{_OPEN}${{1}}{_OPEN}")
        .str.replace_all(r"[ \t]*<\|im_end\|>", _CLOSE)
        .str.replace_all(_EOT, f"\n{_END}")
    )


def _inst(line: pl.Expr) -> pl.Expr:
    """Llama-2's and Mistral's `[INST]` markup, `<s>` left alone."""
    return (
        line.str.replace_all(r"(?:\[INST\][ \t]*)?<<SYS>>[ \t]*", f"\n{_OPEN}system{_OPEN}")
        .str.replace_all(r"[ \t]*<</SYS>>[ \t]*", f"{_CLOSE}\n{_OPEN}user{_OPEN}")
        .str.replace_all(r"[ \t]*\[INST\][ \t]*", f"\n{_OPEN}user{_OPEN}")
        .str.replace_all(r"[ \t]*\[/INST\][ \t]*", f"\n{_OPEN}assistant{_OPEN}")
        .str.replace_all(r"[ \t]*</s>", _CLOSE)
        .str.replace_all(_EOT, f"\n{_END}")
    )


def _llama2(line: pl.Expr) -> pl.Expr:
    return _inst(line).str.replace_all(r"<s>", "")


def _mistral(line: pl.Expr) -> pl.Expr:
    return (
        _inst(
            line.str.replace_all(r"\[SYSTEM_PROMPT\][ \t]*", f"\n{_OPEN}system{_OPEN}").str.replace_all(
                r"[ \t]*\[/SYSTEM_PROMPT\]", _CLOSE
            )
        )
        # `<s>` opens a conversation: as after an end of text, the next message starts a new one.
        .str.replace_all(r"<s>", f"\n{_END}")
    )


def _llama3(line: pl.Expr) -> pl.Expr:
    return (
        line.str.replace_all(r"<\|begin_of_text\|>", f"\n{_END}")
        .str.replace_all(
            r"<\|start_header_id\|>[ \t]*([^\s<|]+)[ \t]*<\|end_header_id\|>[ \t]*", f"\n{_OPEN}${{1}}{_OPEN}"
        )
        .str.replace_all(r"[ \t]*<\|(?:eot_id|eom_id)\|>", _CLOSE)
        .str.replace_all(_EOT, f"\n{_END}")
    )


def _gemma(line: pl.Expr) -> pl.Expr:
    return (
        line.str.replace_all(r"<bos>", f"\n{_END}")
        .str.replace_all(r"<start_of_turn>[ \t]*([^\s<]+)[ \t]*", f"\n{_OPEN}${{1}}{_OPEN}")
        .str.replace_all(r"[ \t]*<end_of_turn>", _CLOSE)
        .str.replace_all(r"<eos>|" + _EOT, f"\n{_END}")
    )


def template_view(lines: pl.DataFrame) -> pl.DataFrame:
    """`lines(source_id, line_no, line, ...)` in file order -> the same with templated files rewritten (see the
    module docstring) and the columns it names."""
    # Most batches hold no template at all: one scan says so before the per-file look.
    if not lines.get_column("line").str.contains(_ANY_START).any():
        return _untemplated(lines)
    non_blank = pl.col("line").str.strip_chars() != ""
    first_line = pl.col("line").filter(non_blank).first().over("source_id")
    kind = (
        pl.when(first_line.str.contains(_CHATML_START))
        .then(pl.lit(CHATML))
        .when(first_line.str.contains(_LLAMA_START))
        .then(
            pl.when(pl.col("line").str.contains(_MISTRAL_NEXT).any().over("source_id"))
            .then(pl.lit(MISTRAL))
            .otherwise(pl.lit(LLAMA2))
        )
        .when(first_line.str.contains(_LLAMA3_START))
        .then(pl.lit(LLAMA3))
        .when(first_line.str.contains(_GEMMA_START))
        .then(pl.lit(GEMMA))
    )
    marked = lines.with_columns(kind.alias("_kind"))
    if marked.get_column("_kind").is_null().all():
        return _untemplated(lines)
    rewritten = (
        pl.when(pl.col("_kind") == CHATML)
        .then(_chatml(pl.col("line")))
        .when(pl.col("_kind") == LLAMA2)
        .then(_llama2(pl.col("line")))
        .when(pl.col("_kind") == MISTRAL)
        .then(_mistral(pl.col("line")))
        .when(pl.col("_kind") == LLAMA3)
        .then(_llama3(pl.col("line")))
        .when(pl.col("_kind") == GEMMA)
        .then(_gemma(pl.col("line")))
        .otherwise(pl.col("line"))
    )
    pieces = (
        marked.with_columns(pl.int_range(pl.len()).alias("_row"), rewritten.str.split("\n").alias("line"))
        .explode("line")
        .with_columns(pl.int_range(pl.len()).over("_row").alias("_piece"), pl.len().over("_row").alias("_pieces"))
        # The empty text before a line's first opener is no line of the file.
        .filter(~((pl.col("_piece") == 0) & (pl.col("_pieces") > 1) & (pl.col("line") == "")))
        .with_columns(
            pl.col("_kind").is_not_null().alias("template"),
            pl.col("line").str.extract(_PIECE, 1).alias("_role"),
            pl.col("line").str.contains(_CLOSE, literal=True).alias("_closes"),
            pl.col("line").str.starts_with(_END).alias("_end"),
        )
        .with_columns(
            pl.col("line").str.replace(_PIECE, "").str.replace_all(f"[{_CLOSE}{_END}]", "").alias("_text"),
            pl.col("_role").is_not_null().alias("template_opener"),
        )
    )
    # Whether a message is open after each line (an opener opens one, a closing token closes it), and before it.
    open_after = (
        pl.when(pl.col("_closes") | pl.col("_end"))
        .then(False)
        .when(pl.col("template_opener"))
        .then(True)
        .otherwise(None)
        .forward_fill()
        .over("source_id")
        .fill_null(False)
    )
    pieces = pieces.with_columns(open_after.alias("_open_after")).with_columns(
        pl.col("_open_after").shift(1).over("source_id").fill_null(False).alias("_open_before")
    )
    in_message = pl.col("template_opener") | pl.col("_open_before")
    blank = pl.col("_text").str.strip_chars() == ""
    # Since the previous opener: a blank line outside any message, an end-of-text token.
    since_opener = [
        (
            pl.when(pl.col("template_opener"))
            .then(False)
            .when(flag)
            .then(True)
            .otherwise(None)
            .forward_fill()
            .shift(1)
            .over("source_id")
            .fill_null(False)
            .alias(name)
        )
        for name, flag in (("_gap", blank & ~in_message & pl.col("template")), ("_ended", pl.col("_end")))
    ]
    # A message that opens after a closed one (the first of the file aside): where a new conversation may start.
    between = (
        pl.col("template_opener")
        & ~pl.col("_open_before")
        & (pl.col("template_opener").cum_sum().over("source_id") > 1)
    )
    # A file that puts a blank line before every such message spaces its messages so: blank lines split nothing.
    gaps_split = ~(between.any() & (~between | pl.col("_gap")).all())
    pieces = pieces.with_columns(*since_opener).with_columns(
        (gaps_split.over("source_id") & pl.col("_gap")).alias("_gap_splits")
    )
    # The role the latest opener gave, for the lines of its message.
    role_so_far = pl.col("_role").forward_fill().over("source_id")
    # A conversation opener's mark (`<s>`, `<bos>`, `<|begin_of_text|>`) has said where a conversation starts; on a
    # line with a message it is no line of its own (it would be a blank line before the message's turn).
    opener_mark = pl.col("_end") & (pl.col("_pieces") > 1) & blank
    return pieces.filter(~opener_mark).with_columns(
        pl.when(pl.col("template_opener"))
        .then(pl.concat_str(pl.col("_role"), pl.lit(": "), pl.col("_text")))
        .when(pl.col("template"))
        .then(pl.col("_text"))
        .otherwise(pl.col("line"))
        .alias("line"),
        (pl.col("template") & in_message & (role_so_far == "system")).alias("system_text"),
        pl.col("_role").replace_strict(_TEMPLATE_ROLES, default=None, return_dtype=pl.String).alias("template_role"),
        pl.col("_role").alias("template_label"),
        pl.when(pl.col("template_opener")).then(pl.col("_text")).alias("template_text"),
        (pl.col("template") & ~in_message & ~blank).alias("outside_text"),
        (
            pl.col("template_opener")
            & (pl.col("template_opener").cum_sum().over("source_id") > 1)
            & ((pl.col("_role") == "system") | pl.col("_ended") | (between & pl.col("_gap_splits")))
        ).alias("conversation_break"),
    ).drop(
        "_kind", "_row", "_piece", "_pieces", "_role", "_closes", "_end", "_text", "_open_after", "_open_before",
        "_gap", "_ended", "_gap_splits",
    )  # fmt: skip


def _untemplated(lines: pl.DataFrame) -> pl.DataFrame:
    return lines.with_columns(
        *[pl.lit(False).alias(name) for name in _COLUMNS],
        *[pl.lit(None, dtype=pl.String).alias(name) for name in _NULL_COLUMNS],
    )
