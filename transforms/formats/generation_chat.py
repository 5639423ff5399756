"""A chat with a language model copied whole, where the model wrote the transcript: ChatGPT's page (`You said:` /
`ChatGPT said:` above each message), a chat exporter's `## Prompt:` / `## Response:` headings, or `User:` /
`Assistant:` lines, with a labelled dialogue (`Counselor: ...` / `Client: ...`) inside the model's messages.

There the outer chat is the frame around the sessions, not a session: the user's messages ("Write a therapy session
about panic on the train", "make it longer") are requests to the generator, and the model's words beside its label
("Sure! Here is a short sample dialogue:") announce its answer; both are reported as artefacts outside any turn
(meta_text), never read as turns. Each request opens a new session (the model's next answer is a new generation); an
outer label alone on its line (`ChatGPT said:`) is the page's furniture. Where no model message holds a dialogue of
its own (someone talking to a chatbot as to a counsellor) the outer labels are the speakers, as the alias table says.
"""

from __future__ import annotations

import polars as pl

from transforms.speakers import with_label_roles

# The outer chat's labels: who asks (the user) and who writes (the model), alone on their line or before text,
# bare, in bold or under a Markdown heading.
_USER_LABELS = ("you said", "prompt", "user", "human")
_MODEL_LABELS = ("chatgpt said", "response", "assistant", "chatgpt", "claude", "gemini", "copilot", "model", "ai")
_OUTER = (
    r"(?i)^[ \t]*(?:#{1,4}[ \t]*)?(?:\*\*|__)?("
    + "|".join(label.replace(" ", "[ \t]+") for label in (*_USER_LABELS, *_MODEL_LABELS))
    + r")(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(.*)$"
)
# The chat page's own furniture, copied with the conversation (Ctrl+A on ChatGPT, Claude or Gemini), a local model's
# console and a notebook's cell prompts around what the model wrote: never anyone's words, and no artefact in them.
# Lines only a chat page or console has say the file is one ...
_PAGE_ONLY = (
    r"Skip to content|Chat history|Ask anything|Message ChatGPT|Search chats|Explore GPTs|Upgrade plan|"
    r"Is this conversation helpful so far\?|"
    r"ChatGPT can make mistakes\. Check important info\.(?: See Cookie Preferences\.)?|"
    r"Reply to Claude\.{0,3}|Claude can make mistakes\. Please double-check (?:responses|cited sources)\.|"
    r"Conversation with Gemini|Show thinking|Ask Gemini|Gemini can make mistakes, so double-check it|"
    r">>> Send a message \(/\? for help\)|>>> /\S[^\n]*|Set parameter '[^'\n]*' to '[^'\n]*'|"
    r"(?:PS [A-Z]:\\[^>\n]*>|\$) ollama run \S+|Out\[\d+\]: [^\n]*"
)
# ... and then its single words are furniture too (elsewhere `Share`, `Library` or `Claude` alone may be someone's).
_PAGE_WORDS = (
    r"Share|Library|ChatGPT(?: [\w.\-]{1,20})?|Claude|New chat|Chats|Recents|"
    r"Claude (?:\d(?:\.\d)? )?(?:Opus|Sonnet|Haiku)(?: \d(?:\.\d)?)?|Gemini|Gemini Advanced|\d\.\d (?:Pro|Flash)|"
    r"In \[\d+\]: [^\n]*"
)
_PAGE_ONLY_LINE = rf"^[ \t]*(?:{_PAGE_ONLY})[ \t]*$"
_PAGE_LINE = rf"^[ \t]*(?:{_PAGE_ONLY}|{_PAGE_WORDS})[ \t]*$"
# A labelled line of the dialogue inside a model's message (a name or role word, bare or in bold).
_INNER = r"^[ \t]*(?:\*\*|__)?\p{Lu}[\p{L}.'\-]*(?:[ \t][\p{L}.'\-]+){0,2}(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+\S"
# A message holds a dialogue: this many labelled lines, by two speakers at least, one of them a role the alias table
# knows (`Counselor:`, `Client:`): a model's list of tips (`Sleep:`, `Movement:`), a thought record (`Situation:`,
# `Thought:`) or a script it suggests (`You:` / `Mom:`) is no generated session.
_MIN_INNER_LINES = 4
# The model talking before the dialogue ("Sure! Here's ...", "I've kept the language natural"), not a title, a
# `Setting:` line or a stage direction of the session it wrote.
_MODEL_TALK = (
    r"(?i)(?:^|\W)(?:i(?:['\u2019]ve| have| will|['\u2019]ll|['\u2019]m| am)|here(?:['\u2019]s| is| are)|"
    r"below (?:is|are)|sure|certainly|of course|absolutely)\b"
)


def generation_chat_view(lines: pl.DataFrame) -> pl.DataFrame:
    """`lines(source_id, line_no, line, template, outside_text, ...)` in file order -> the same with each wrapping
    chat's outer labels read as furniture, its frame as `outside_text`, and two columns: `generation_frame` (a non-blank
    line of a user's message to the generator, or the model's words on its label's line) and `request_start` (the
    first line of a user's message: a new session)."""
    candidates = (
        lines.filter(~pl.col("template") & pl.col("line").str.contains(_OUTER)).get_column("source_id").unique()
    )
    plain = lines.with_columns(pl.lit(False).alias("generation_frame"), pl.lit(False).alias("request_start"))
    if candidates.is_empty():
        return plain
    # Only files with an outer label are read further; the rest keep their place in file order.
    in_scope = pl.col("source_id").is_in(candidates.implode())
    lines = lines.with_row_index("_order")
    return (
        pl.concat([_read_wrapping_chats(lines.filter(in_scope)), plain.with_row_index("_order").filter(~in_scope)])
        .sort("_order")
        .drop("_order")
    )


def _read_wrapping_chats(lines: pl.DataFrame) -> pl.DataFrame:
    outer = pl.col("line").str.extract_groups(_OUTER)
    marked = lines.with_columns(
        outer.struct.field("1").str.to_lowercase().str.replace_all(r"\s+", " ").alias("_outer"),
        outer.struct.field("2").alias("_outer_text"),
    ).with_columns(
        pl.col("_outer").is_not_null().cum_sum().over("source_id").alias("_message"),
        pl.col("_outer").forward_fill().over("source_id").alias("_speaker"),
    )
    inner = pl.col("_outer").is_null() & pl.col("line").str.contains(_INNER)
    marked = marked.with_columns(
        pl.when(inner)
        .then(pl.col("line").str.extract(r"^[ \t]*(?:\*\*|__)?([^:*_]+)", 1).str.strip_chars())
        .alias("_inner")
    ).pipe(with_label_roles, "_inner", "_inner_role")
    # A speaker: a role word, or a name that speaks twice in the message.
    speaker = pl.col("_inner").is_not_null() & (
        (pl.col("_inner_role") != "unknown") | (pl.len().over("source_id", "_message", "_inner") >= 2)
    )
    holds_dialogue = (
        (speaker.sum().over("source_id", "_message") >= _MIN_INNER_LINES)
        & (pl.col("_inner").filter(speaker).n_unique().over("source_id", "_message") >= 2)
        & (pl.col("_inner_role") != "unknown").filter(speaker).any().over("source_id", "_message")
    )
    # ... in a model's message, and in none of the user's (a user who pastes a session for feedback asks about it).
    wrapped = (
        (holds_dialogue & pl.col("_speaker").is_in(_MODEL_LABELS)).any()
        & ~(holds_dialogue & pl.col("_speaker").is_in(_USER_LABELS)).any()
        & pl.col("_speaker").is_in(_USER_LABELS).any()
    ).over("source_id")
    marked = marked.with_columns(
        (wrapped & pl.col("_speaker").is_in(_USER_LABELS)).fill_null(False).alias("_by_user"),
        (wrapped & pl.col("_outer").is_not_null()).fill_null(False).alias("_labelled"),
        # The model's words before the dialogue in its message ("Sure! Here's a realistic first session ... I've kept
        # the language natural.") frame its answer; a short title there ("Session 1 - First Appointment") is the
        # session's heading.
        (
            wrapped
            & pl.col("_speaker").is_in(_MODEL_LABELS)
            & (pl.col("line_no") < pl.col("line_no").filter(speaker).min().over("source_id", "_message"))
        )
        .fill_null(False)
        .alias("_before_dialogue"),
    )
    # An outer label is furniture: its line keeps only the words after it.
    text = pl.when(pl.col("_labelled")).then(pl.col("_outer_text")).otherwise(pl.col("line"))
    said = text.str.strip_chars() != ""
    prose = text.str.contains(_MODEL_TALK) & ~text.str.contains(r"^[ \t]*(?:#|[\[(*_])")
    request = pl.col("_by_user") & said
    return (
        marked.with_columns(
            (request | (pl.col("_before_dialogue") & said & prose)).alias("generation_frame"),
            (pl.col("_by_user") & pl.col("_labelled")).alias("request_start"),
            request.alias("_request_line"),
            text.alias("_text"),
        )
        .with_columns(
            # A request over several lines is one artefact, at its first line, holding all of them.
            (pl.col("_request_line") & (pl.col("_request_line").cum_sum().over("source_id", "_message") == 1)).alias(
                "_first"
            ),
            pl.col("_text")
            .filter(pl.col("_request_line"))
            .str.join("\n")
            .over("source_id", "_message")
            .alias("_request"),
        )
        .with_columns(
            pl.when(pl.col("_first"))
            .then(pl.col("_request"))
            .when(pl.col("_request_line"))
            .then(pl.lit(""))
            .otherwise(pl.col("_text"))
            .alias("line"),
            (pl.col("generation_frame") & ~(pl.col("_request_line") & ~pl.col("_first"))).alias("generation_frame"),
        )
        .with_columns((pl.col("outside_text") | pl.col("generation_frame")).alias("outside_text"))
        .drop(
            "_outer",
            "_outer_text",
            "_message",
            "_speaker",
            "_inner",
            "_inner_role",
            "_by_user",
            "_labelled",
            "_before_dialogue",
            "_request_line",
            "_text",
            "_first",
            "_request",
        )
    )


# A chat exporter's header names who exported the chat as `**User:**` above its `**Created:**` date: no request.
_EXPORTER_USER = r"^[ \t]*\*\*User:\*\*"
_EXPORTER_FIELD = r"^[ \t]*\*\*(?:Created|Updated|Exported|Link):\*\*"


def without_page_chrome(lines: pl.DataFrame) -> pl.DataFrame:
    """`lines(source_id, line, template, ...)` with a copied chat page's furniture read as blank lines, and a chat
    exporter's header (`**User:** name` above `**Created:**`, its dates and link): before export_lines.unwrap, which
    would read `ChatGPT` alone as a speaker line."""
    page_only = ~pl.col("template") & pl.col("line").str.contains(_PAGE_ONLY_LINE)
    exporter_user = (
        ~pl.col("template")
        & pl.col("line").str.contains(_EXPORTER_USER)
        & pl.col("line").shift(-1).over("source_id").str.contains(_EXPORTER_FIELD).fill_null(False)
    )
    if not lines.select((page_only | exporter_user).any()).item():
        return lines
    page = page_only.any().over("source_id") & pl.col("line").str.contains(_PAGE_LINE)
    exporter = exporter_user | (exporter_user.any().over("source_id") & pl.col("line").str.contains(_EXPORTER_FIELD))
    return lines.with_columns(pl.when(page | exporter).then(pl.lit("")).otherwise(pl.col("line")).alias("line"))
