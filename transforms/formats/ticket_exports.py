"""Help-desk ticket exports (Zendesk, Freshdesk and the like): tickets holding their comments, users beside them.

    {"tickets": [{"id": 101, "subject": "...", "requester_id": 5001,
                  "comments": [{"author_id": 5001, "body": "...", "public": true, "created_at": "..."}]}],
     "users": [{"id": 5001, "name": "...", "role": "end-user"}], "next_page": "...", "count": 2}

One page an object: JSON Lines (a page a line), a list of pages, one page; or tickets themselves (a list,
JSON Lines, one ticket) without users. A page's tickets are the list under the first key whose items hold a
comment list (COMMENT_LIST_KEYS) of objects with an author id (AUTHOR_KEYS) and a text (TEXT_KEYS).

- A ticket is a session; each public comment a turn, in list order, its speaker the author's `name` from the
  file's `users` (the author id when the user is not listed), its timestamp `created_at`.
- The role is the author's help-desk role (USER_ROLES), else `client` for the ticket's requester, else what
  the alias table makes of the name (usually `unknown`, left to role inference).
- A comment marked `"public": false` (or `"private": true`) is an agent's internal note: not said to the
  client, so not a turn, but kept (author, time, text) under `internal_notes` in the ticket's
  `sessions.source_metadata` so nothing of the ticket is dropped silently.
- The ticket's scalar keys (id, subject, status, tags are left out as lists) are its metadata; a page's
  (`next_page`, `count`) describe the export, not a session.
- A ticket on two overlapping pages gives two sessions with the same turns: the duplicate_session step
  reports and drops the later one, as for any repeated session.

`source_line`: JSON Lines, the page's line. Otherwise a turn sits on the line of its comment's text key (the
k-th comment of the file, internal notes included, on the k-th `"body":`, when the file holds exactly as
many; else its ticket's line) and a ticket on the line of its comment list's key.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    broken_lines,
    finish,
    first_key,
    json_object,
    merge_objects,
    with_container,
)
from transforms.formats.json_records import each_record, encoded, key_line, scalars, with_given_roles

COMMENT_LIST_KEYS = ("comments", "conversations", "replies", "notes")
AUTHOR_KEYS = ("author_id", "user_id", "from_id")
TEXT_KEYS = ("body", "plain_body", "body_text", "text")
COMMENT = pl.Struct(
    {key: pl.String for key in (*AUTHOR_KEYS, *TEXT_KEYS, "public", "private", "created_at", "updated_at")}
)
# Help-desk user roles, a vocabulary of their own (`end-user`, `admin`, `requester` label no one in a transcript, so
# they are not in the alias table; `agent` and `customer` are there too, for call transcripts). The end user asks
# for help and is the client; agents and admins answer for the service.
USER_ROLES = {
    "end-user": "client",
    "end_user": "client",
    "enduser": "client",
    "customer": "client",
    "contact": "client",
    "requester": "client",
    "agent": "therapist",
    "admin": "therapist",
}


def _is_comment(item: object) -> bool:
    return (
        isinstance(item, dict)
        and any(key in item for key in AUTHOR_KEYS)
        and any(isinstance(item.get(key), str) for key in TEXT_KEYS)
    )


def comments_key(record: dict[str, Any]) -> str | None:
    """The key of a ticket's comment list, or None when the record is no ticket."""
    return next(
        (k for k in COMMENT_LIST_KEYS if isinstance(v := record.get(k), list) and v and _is_comment(v[0])), None
    )


def tickets_key(record: dict[str, Any]) -> str | None:
    """The key of a page's ticket list: the first whose list starts with a ticket."""
    return next(
        (k for k, v in record.items() if isinstance(v, list) and v and isinstance(v[0], dict) and comments_key(v[0])),
        None,
    )


def is_ticket_export(record: dict[str, Any]) -> bool:
    return comments_key(record) is not None or tickets_key(record) is not None


_TICKETS_SCHEMA = {
    "source_id": pl.String,
    "segment": pl.Int64,
    "record_line": pl.Int64,
    "list_key": pl.String,
    "comments": pl.String,
    "requester_id": pl.String,
    "ticket_metadata": pl.String,
}
_USERS_SCHEMA = {"source_id": pl.String, "author": pl.String, "name": pl.String, "user_role": pl.String}


def _read(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(one row per ticket, its comments re-encoded for polars to decode at once; the files' users)."""
    tickets: list[tuple[str, int, int, str, str, str | None, str | None]] = []
    users: list[tuple[str, str, str | None, str | None]] = []
    count: dict[str, int] = {}
    for source_id, _, line, value in each_record(files):
        if not isinstance(value, dict):
            continue
        key = tickets_key(value) if comments_key(value) is None else None
        for ticket in value[key] if key else [value]:
            comments = comments_key(ticket) if isinstance(ticket, dict) else None
            if comments is None:
                continue
            segment = count[source_id] = count.get(source_id, -1) + 1
            metadata = scalars(ticket, {comments})
            requester = ticket.get("requester_id")
            tickets.append(
                (
                    source_id,
                    segment,
                    line,
                    comments,
                    encoded(ticket[comments]),
                    None if requester is None else str(requester),
                    encoded(metadata) if metadata else None,
                )
            )
        for user in value.get("users") or []:
            if isinstance(user, dict) and user.get("id") is not None:
                name, role = user.get("name"), user.get("role")
                users.append(
                    (
                        source_id,
                        str(user["id"]),
                        name if isinstance(name, str) else None,
                        role if isinstance(role, str) else None,
                    )
                )
    return (
        pl.DataFrame(tickets, schema=_TICKETS_SCHEMA, orient="row"),
        # A user listed on several pages: the first listing.
        pl.DataFrame(users, schema=_USERS_SCHEMA, orient="row").unique(["source_id", "author"], maintain_order=True),
    )


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    tickets, users = _read(files)
    tickets = key_line(tickets, files, "list_key", "segment").with_columns(
        pl.coalesce("_key_line", "record_line").alias("record_line")
    )
    comments = (
        tickets.select(
            "source_id", "segment", "record_line", "requester_id", pl.col("comments").str.json_decode(pl.List(COMMENT))
        )
        .explode("comments")
        .filter(pl.col("comments").is_not_null())
        .unnest("comments")
        .with_columns(
            pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_file_comment"),
            pl.coalesce(*AUTHOR_KEYS).alias("author"),
            first_key(TEXT_KEYS).alias("_text_key"),
            pl.coalesce(*TEXT_KEYS).fill_null("").str.strip_chars().alias("text"),
            ((pl.col("public") == "false") | (pl.col("private") == "true")).fill_null(False).alias("_internal"),
        )
        .join(users, on=["source_id", "author"], how="left", maintain_order="left")
        .with_columns(pl.coalesce("name", "author").alias("speaker"))
    )
    # Placed before internal notes leave: their text keys are among the file's occurrences too.
    comments = key_line(comments, files, "_text_key", "_file_comment").with_columns(
        pl.coalesce("_key_line", "record_line").alias("source_line")
    )
    turns = comments.filter(~pl.col("_internal")).with_columns(
        pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index"),
        pl.coalesce(
            pl.col("user_role").str.to_lowercase().replace_strict(USER_ROLES, default=None, return_dtype=pl.String),
            pl.when(pl.col("author") == pl.col("requester_id")).then(pl.lit("client")),
        ).alias("given_role"),
    )
    notes = (
        comments.filter(pl.col("_internal"))
        .group_by("source_id", "segment", maintain_order=True)
        .agg(json_object(pl.col("speaker").alias("author"), "created_at", "text").str.join(",").alias("_notes"))
        .select(
            "source_id", "segment", pl.concat_str(pl.lit('{"internal_notes":['), "_notes", pl.lit("]}")).alias("_notes")
        )
    )
    sessions = tickets.join(notes, on=["source_id", "segment"], how="left", maintain_order="left").select(
        "source_id",
        "segment",
        "record_line",
        merge_objects(pl.col("ticket_metadata"), pl.col("_notes")).alias("source_metadata"),
    )
    parsed = finish(
        turns.select(
            "source_id",
            "segment",
            "source_turn_index",
            "source_line",
            "speaker",
            "text",
            pl.col("created_at").alias("timestamp"),
        ),
        sessions,
        stray_lines=broken_lines(files),
    )
    return with_given_roles(parsed, turns.select("source_id", "segment", "source_turn_index", "given_role"))
