"""SQL dumps of a chat platform's messages table (transforms/formats/sql_dump.py): INSERT rows read as the rows
of a CSV export (csv_table.table_rows).

The dialogue is made up for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import PLAIN_TEXT, SQL_DUMP, detect_format
from transforms.formats.sql_dump import tables_of

# mysqldump, one tuple a statement (--skip-extended-insert), a users table beside the messages.
MYSQL_ONE_PER_LINE = """\
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: helpline
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `display_name` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `users` VALUES (1,'Kim');

DROP TABLE IF EXISTS `messages`;
CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conversation_id` varchar(36) NOT NULL,
  `sender_role` enum('member','volunteer','system') NOT NULL,
  `body` text,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_conv` (`conversation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `messages` WRITE;
INSERT INTO `messages` VALUES (1,'c-100','member','I can\\'t stop worrying about my exams.','2024-03-01 20:01:00');
INSERT INTO `messages` VALUES (2,'c-200','member','Is anyone there? It\\'s late, sorry.','2024-03-01 20:02:10');
INSERT INTO `messages` VALUES (3,'c-100','volunteer','That sounds hard. What worries you most?','2024-03-01 20:02:30');
INSERT INTO `messages` VALUES (4,'c-200','volunteer','I\\'m here. No need to apologise.','2024-03-01 20:03:00');
INSERT INTO `messages` VALUES (5,'c-100','member','Failing. And my mum.\\nShe works so hard.','2024-03-01 20:04:00');
INSERT INTO `messages` VALUES (6,'c-100','system','Member left the chat','2024-03-01 20:09:00');
INSERT INTO `messages` VALUES (7,'c-200','member',NULL,'2024-03-01 20:09:30');
UNLOCK TABLES;
"""


def test_one_tuple_a_line_gives_sessions_by_conversation_in_order() -> None:
    assert detect_format("/data/helpline.sql", MYSQL_ONE_PER_LINE) == SQL_DUMP
    parsed = parse_files(files(MYSQL_ONE_PER_LINE, paths=["/data/helpline.sql"]))

    turns = parsed.turns.sort("segment", "source_turn_index")
    assert rows(turns, "segment", "source_turn_index", "source_line", "speaker", "text") == [
        (0, 0, 26, "member", "I can't stop worrying about my exams."),
        (0, 1, 28, "volunteer", "That sounds hard. What worries you most?"),
        (0, 2, 30, "member", "Failing. And my mum.\nShe works so hard."),
        (1, 0, 27, "member", "Is anyone there? It's late, sorry."),
        (1, 1, 29, "volunteer", "I'm here. No need to apologise."),
        # NULL body: an empty turn, kept for the defect checks to report.
        (1, 2, 32, "member", ""),
    ]
    assert turns["timestamp"].to_list()[:2] == ["2024-03-01 20:01:00", "2024-03-01 20:02:30"]
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 26), (1, 1, 27)]
    metadata = [loads(m) for m in parsed.sessions["source_metadata"]]
    # The platform's own row goes to its conversation's metadata, not to the turns.
    assert metadata[0]["conversation_id"] == "c-100"
    assert metadata[0]["system_messages"] == ["Member left the chat"]
    assert metadata[1]["system_messages"] is None
    # The message id differs on every row: a label of each turn, as csv_table keeps it.
    assert loads(turns["source_labels"][0]) == {"id": "1"}


# mysqldump's default extended insert: every row of the table on one line.
TUPLES = [
    "(1,7,'member','Hello, is this the right place?')",
    "(2,7,'volunteer','It is. Tell me what\\'s going on; take your time.')",
    "(3,7,'member','Back\\\\slash, a tab\\there, a quote \\\"x\\\" and \\'y\\', ''doubled'', a (paren), a ;semicolon')",
    "(4,7,'volunteer','ok\\0')",
]
EXTENDED = (
    "CREATE TABLE `chat_messages` (\n  `msg_id` int NOT NULL,\n  `thread_id` int NOT NULL,\n"
    "  `author_role` varchar(20) NOT NULL,\n  `message_text` text\n);\n"
    f"INSERT INTO `chat_messages` VALUES {','.join(TUPLES)};\n"
)


def test_an_extended_insert_gives_one_row_a_tuple_on_its_line() -> None:
    assert detect_format("/data/dump.txt", EXTENDED) == SQL_DUMP
    parsed = parse_files(files(EXTENDED))
    assert rows(parsed.turns, "source_turn_index", "source_line", "speaker") == [
        (0, 7, "member"),
        (1, 7, "volunteer"),
        (2, 7, "member"),
        (3, 7, "volunteer"),
    ]
    assert parsed.turns["text"].to_list() == [
        "Hello, is this the right place?",
        "It is. Tell me what's going on; take your time.",
        "Back\\slash, a tab\there, a quote \"x\" and 'y', 'doubled', a (paren), a ;semicolon",
        "ok\0",
    ]


# pg_dump --inserts --column-inserts: double-quoted identifiers, a schema, the columns named in each INSERT and a
# statement spread over lines (a message with a real line break).
PG_DUMP = """\
--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public."Messages" (
    id integer NOT NULL,
    conversation_id text,
    sender_role text,
    body text,
    created_at timestamp with time zone
);

INSERT INTO public."Messages" (id, conversation_id, sender_role, body, created_at) VALUES (10, 'a', 'member', 'One
two', '2024-05-01 10:00:00+00');
INSERT INTO public."Messages" (id, conversation_id, sender_role, body, created_at)
    VALUES (11, 'a', 'volunteer', 'Thanks for telling me.', NULL);
"""


def test_a_pg_dump_with_column_lists_and_a_schema() -> None:
    assert detect_format("/data/pg.sql", PG_DUMP) == SQL_DUMP
    parsed = parse_files(files(PG_DUMP))
    assert rows(parsed.turns, "source_line", "speaker", "text", "timestamp") == [
        (16, "member", "One\ntwo", "2024-05-01 10:00:00+00"),
        (19, "volunteer", "Thanks for telling me.", None),
    ]


def test_columns_named_only_by_the_insert_and_other_tables_ignored() -> None:
    text = (
        "INSERT INTO audit (at, action) VALUES ('2024-01-01', 'login');\n"
        "INSERT INTO msgs (speaker, text) VALUES ('Therapist', 'How was your week?'), ('Client', 'Long.');\n"
    )
    assert detect_format("/data/x.sql", text) == SQL_DUMP
    assert [t.name for t in tables_of(text)] == ["audit", "msgs"]
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (2, "Therapist", "therapist", "How was your week?"),
        (2, "Client", "client", "Long."),
    ]


def test_a_transcript_that_mentions_sql_is_no_dump() -> None:
    text = "Therapist: What did you do at work?\nClient: I wrote INSERT INTO statements all day. VALUES, values.\n"
    assert detect_format("/data/s.txt", text) == PLAIN_TEXT


# --- through the batch -----------------------------------------------------------------------------------------


def _load(tmp_path: Path, name: str, data: bytes) -> Any:
    path = tmp_path / name
    path.write_bytes(data)
    return process_batch([str(path)], {})


def test_a_dump_without_a_messages_table_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    text = (
        "CREATE TABLE `users` (\n  `id` int,\n  `display_name` varchar(80),\n  `note` text\n);\n"
        "INSERT INTO `users` VALUES (1,'Kim','Client: says hello'),(2,'Ana',NULL);\n"
    )
    assert detect_format("/data/users.sql", text) == SQL_DUMP
    batch = _load(tmp_path, "users.sql", text.encode())
    source = batch.sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "SQL dump without a messages table" in source["error"]


def test_a_dump_through_the_batch_reports_a_repeated_message(tmp_path: Path) -> None:
    # The member's message sent twice (a double submit): the second is a duplicate turn at its own line.
    repeated = (
        "INSERT INTO `messages` VALUES (8,'c-100','member','Failing. And my mum.\\nShe works so hard.',"
        "'2024-03-01 20:04:01');\n"
    )
    text = MYSQL_ONE_PER_LINE.replace("UNLOCK TABLES;\n", repeated + "UNLOCK TABLES;\n")
    duplicate_line = text.splitlines().index(repeated.rstrip("\n")) + 1
    batch = _load(tmp_path, "helpline.sql", text.encode())

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 2)
    defects = batch.defects.select("defect_type", "source_line").rows()
    assert ("duplicate_turn", duplicate_line) in defects
    assert ("empty_turn", 32) in defects
    assert set(batch.turns["source_line"]) <= {26, 27, 28, 29, 30, 32, duplicate_line}
