"""parse_lines: speaker labels, roles, multi-line turns, session separators, headers, stray text."""

from __future__ import annotations

import polars as pl
import pytest

from transforms.formats.base import ParsedText
from transforms.formats.plain_text import parse_lines
from transforms.lines import split_lines


def _parse(*texts: str) -> ParsedText:
    files = pl.DataFrame({"source_id": [f"f{i}" for i in range(len(texts))], "text": list(texts)})
    return parse_lines(split_lines(files))


def _turns(parsed: ParsedText) -> list[tuple[int, int, str, str, str]]:
    """(segment, source_line, speaker, role, text) per turn, in order."""
    return [
        (r["segment"], r["source_line"], r["speaker"], r["role"], r["text"]) for r in parsed.turns.iter_rows(named=True)
    ]


def test_split_lines_numbers_from_one_per_file() -> None:
    files = pl.DataFrame({"source_id": ["a", "b"], "text": ["Therapist: Hi.\nClient: Hi.", "Client: Hello.\n"]})
    lines = split_lines(files)
    assert lines.rows() == [
        ("a", 1, "Therapist: Hi."),
        ("a", 2, "Client: Hi."),
        ("b", 1, "Client: Hello."),
        ("b", 2, ""),
    ]


def test_basic_dialogue_turns_roles_and_source_lines() -> None:
    parsed = _parse(
        "Therapist: What brings you in today?\n"
        "Client: My GP suggested I talk to someone about the panic attacks.\n"
        "Therapist: When did you first notice them?\n"
    )
    assert _turns(parsed) == [
        (0, 1, "Therapist", "therapist", "What brings you in today?"),
        (0, 2, "Client", "client", "My GP suggested I talk to someone about the panic attacks."),
        (0, 3, "Therapist", "therapist", "When did you first notice them?"),
    ]
    assert parsed.turns["source_turn_index"].to_list() == [0, 1, 2]
    assert parsed.sessions.drop("source_metadata").rows() == [("f0", 0, 0, 1)]
    assert parsed.header_lines.height == 0
    assert parsed.stray_lines.height == 0


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Therapist", "therapist"),
        ("Consultant", "therapist"),
        ("Counsellor", "therapist"),
        ("Counselor", "therapist"),
        ("Psychologist", "therapist"),
        ("Supporter", "therapist"),
        ("Client", "client"),
        ("User", "client"),
        ("Patient", "client"),
        ("Seeker", "client"),
        ("THERAPIST", "therapist"),
        # A Portuguese clinic's trainee counsellor.
        ("Estagiária", "therapist"),
    ],
)
def test_known_aliases_map_to_roles(label: str, role: str) -> None:
    parsed = _parse(f"{label}: I've been sleeping badly since March.\n")
    assert _turns(parsed) == [(0, 1, label, role, "I've been sleeping badly since March.")]


@pytest.mark.parametrize(
    "line",
    ["**Therapist:** How are you today?", "**Therapist**: How are you today?", "__Therapist__: How are you today?"],
)
def test_markdown_emphasis_around_label_is_not_part_of_speaker(line: str) -> None:
    parsed = _parse(line + "\nClient: Tired.\n")
    assert _turns(parsed)[0] == (0, 1, "Therapist", "therapist", "How are you today?")


def test_unknown_label_repeated_twice_becomes_unknown_speaker() -> None:
    parsed = _parse(
        "Dr. Lee: Let's start with how the week went.\n"
        "Client: It was rough. Work was nonstop.\n"
        "Dr. Lee: What was the hardest moment?\n"
    )
    assert _turns(parsed) == [
        (0, 1, "Dr. Lee", "unknown", "Let's start with how the week went."),
        (0, 2, "Client", "client", "It was rough. Work was nonstop."),
        (0, 3, "Dr. Lee", "unknown", "What was the hardest moment?"),
    ]


def test_unknown_label_seen_once_after_a_line_introducing_a_quote_stays_inside_the_turn() -> None:
    parsed = _parse(
        "Client: My sister texted me on Sunday, and then Mum wrote:\n"
        "Mum: Why don't you ever call?\n"
        "Therapist: How did that message land for you?\n"
    )
    assert _turns(parsed) == [
        (0, 1, "Client", "client", "My sister texted me on Sunday, and then Mum wrote:\nMum: Why don't you ever call?"),
        (0, 3, "Therapist", "therapist", "How did that message land for you?"),
    ]


def test_a_numbered_speaker_or_a_third_party_seen_once_is_a_turn_of_its_own() -> None:
    parsed = _parse(
        "Client: It never adds up.\n"
        "Speaker 3: Sorry, I think I have this room at two?\n"
        "Therapist: We have it until ten past.\n"
        "Moderator: reminder: this chat may be reviewed\n"
        "Client: Okay.\n"
    )
    assert [(speaker, role) for _, _, speaker, role, _ in _turns(parsed)] == [
        ("Client", "client"), ("Speaker 3", "unknown"), ("Therapist", "therapist"), ("Moderator", "unknown"),
        ("Client", "client"),
    ]  # fmt: skip


def test_unknown_label_repeats_are_counted_per_session() -> None:
    parsed = _parse(
        "Therapist: Who else was there?\nClient: Just us.\nBoss: Be quiet.\n"
        "---\n"
        "Therapist: Welcome back.\nClient: Hi.\nBoss: Be quiet.\n"
    )
    assert parsed.turns["role"].to_list() == ["therapist", "client", "therapist", "client"]
    assert parsed.turns["text"].to_list()[3] == "Hi.\nBoss: Be quiet."


def test_multi_paragraph_turn_keeps_inner_blank_lines_and_strips_trailing_ones() -> None:
    parsed = _parse(
        "Therapist: Tell me about the weekend.\n"
        "Client: It started fine.\n"
        "\n"
        "Then on Saturday night I couldn't stop thinking about the review.\n"
        "\n"
        "\n"
        "By Sunday I was exhausted.\n"
        "\n"
        "\n"
        "Therapist: That's a lot to carry.\n"
    )
    assert _turns(parsed) == [
        (0, 1, "Therapist", "therapist", "Tell me about the weekend."),
        (
            0,
            2,
            "Client",
            "client",
            "It started fine.\n\nThen on Saturday night I couldn't stop thinking about the review.\n\n\n"
            "By Sunday I was exhausted.",
        ),
        (0, 10, "Therapist", "therapist", "That's a lot to carry."),
    ]


def test_label_alone_on_its_line_takes_text_from_following_lines() -> None:
    parsed = _parse("Therapist:\nHow are you feeling today?\nClient: Anxious.\n")
    assert _turns(parsed) == [
        (0, 1, "Therapist", "therapist", "How are you feeling today?"),
        (0, 3, "Client", "client", "Anxious."),
    ]


def test_stage_directions_stay_in_the_text() -> None:
    parsed = _parse(
        "Client: *[sighs]* I don't know where to start.\n"
        "Therapist: (pauses) Take your time.\n"
        "Client: It's my dad. *[long pause]*\n"
    )
    assert parsed.turns["text"].to_list() == [
        "*[sighs]* I don't know where to start.",
        "(pauses) Take your time.",
        "It's my dad. *[long pause]*",
    ]
    assert parsed.turns["role"].to_list() == ["client", "therapist", "client"]


def test_one_off_label_like_line_in_a_turn_body_does_not_start_a_turn() -> None:
    parsed = _parse(
        "Therapist: Let's look at the thought record.\n"
        "For example: what went through your mind before the meeting?\n"
        "Client: That everyone would see I'm a fraud.\n"
    )
    assert _turns(parsed) == [
        (
            0,
            1,
            "Therapist",
            "therapist",
            "Let's look at the thought record.\nFor example: what went through your mind before the meeting?",
        ),
        (0, 3, "Client", "client", "That everyone would see I'm a fraud."),
    ]


def test_lowercase_or_time_like_colons_are_not_labels() -> None:
    parsed = _parse("Client: I woke at 3:15 again.\nthen I lay there: wide awake.\nTherapist: What did you do next?\n")
    assert parsed.turns["text"].to_list() == [
        "I woke at 3:15 again.\nthen I lay there: wide awake.",
        "What did you do next?",
    ]


@pytest.mark.parametrize("separator", ["###", "----------", "=====", "***", "  ---  ", "\t#####"])
def test_separator_lines_split_sessions(separator: str) -> None:
    parsed = _parse(
        "Therapist: How did the week go?\n"
        "Client: Better than last week.\n"
        f"{separator}\n"
        "Therapist: Welcome back.\n"
        "Client: Thanks.\n"
    )
    assert parsed.sessions.select("segment", "session_index", "source_line").rows() == [(0, 0, 1), (1, 1, 4)]
    assert _turns(parsed) == [
        (0, 1, "Therapist", "therapist", "How did the week go?"),
        (0, 2, "Client", "client", "Better than last week."),
        (1, 4, "Therapist", "therapist", "Welcome back."),
        (1, 5, "Client", "client", "Thanks."),
    ]
    # source_turn_index restarts in every session
    assert parsed.turns["source_turn_index"].to_list() == [0, 1, 0, 1]


@pytest.mark.parametrize("not_a_separator", ["--", "##", "- - -", "---x", "=== Part 2 ==="])
def test_short_or_decorated_rules_are_not_separators(not_a_separator: str) -> None:
    parsed = _parse(f"Client: It's hard to explain.\n{not_a_separator}\nTherapist: Try anyway.\n")
    assert parsed.sessions.height == 1
    assert parsed.turns["text"].to_list() == [f"It's hard to explain.\n{not_a_separator}", "Try anyway."]


def test_trailing_separator_does_not_create_an_empty_session() -> None:
    parsed = _parse("Therapist: See you next week.\nClient: Bye.\n---\n\n")
    assert parsed.sessions.drop("source_metadata").rows() == [("f0", 0, 0, 1)]
    assert parsed.turns.height == 2
    assert parsed.stray_lines.height == 0


def test_leading_separator_still_gives_session_index_zero() -> None:
    parsed = _parse("=====\n\nTherapist: Hi, Sam.\nClient: Hi.\n")
    assert parsed.sessions.drop("source_metadata").rows() == [("f0", 1, 0, 3)]
    assert parsed.turns["source_line"].to_list() == [3, 4]


def test_header_lines_before_first_turn_are_not_speakers() -> None:
    parsed = _parse(
        "Session Summary:\n"
        "1. Main topics discussed:\n"
        "- Sleep\n"
        "Note: client arrived ten minutes late.\n"
        "Note: audio quality poor in the first minutes.\n"
        "\n"
        "Therapist: Sorry about the noise. How are you?\n"
        "Client: Fine, I guess.\n"
    )
    assert _turns(parsed) == [
        (0, 7, "Therapist", "therapist", "Sorry about the noise. How are you?"),
        (0, 8, "Client", "client", "Fine, I guess."),
    ]
    assert parsed.header_lines.select("line_no", "line").rows() == [
        (1, "Session Summary:"),
        (2, "1. Main topics discussed:"),
        (3, "- Sleep"),
        (4, "Note: client arrived ten minutes late."),
        (5, "Note: audio quality poor in the first minutes."),
        (6, ""),
    ]
    # The session starts at its first non-blank line, the header.
    assert parsed.sessions["source_line"].to_list() == [1]


def test_header_lines_are_reported_per_session() -> None:
    parsed = _parse("Therapist: Hi.\nClient: Hi.\n---\nDate: 14 March\nTherapist: Welcome back.\n")
    assert parsed.header_lines.select("segment", "line_no", "line").rows() == [(1, 4, "Date: 14 March")]
    assert parsed.sessions.select("session_index", "source_line").rows() == [(0, 1), (1, 4)]


def test_stray_text_in_a_part_without_turns_is_reported() -> None:
    parsed = _parse(
        "Intake call, 12 March\n"
        "--------------------\n"
        "Therapist: Hello, can you hear me?\n"
        "Client: Yes.\n"
        "====\n"
        "\n"
        "Recording stopped by the therapist.\n"
    )
    # The first line is the file's title, underlined: the first session's header, where that session starts.
    assert parsed.stray_lines.select("source_id", "line_no", "line").rows() == [
        ("f0", 7, "Recording stopped by the therapist.")
    ]
    assert parsed.header_lines.select("segment", "line_no", "line").rows() == [(1, 1, "Intake call, 12 March")]
    assert parsed.sessions.select("segment", "session_index", "source_line").rows() == [(1, 0, 1)]


def test_file_without_any_turn_has_no_session_and_no_stray_lines() -> None:
    parsed = _parse("Therapist: Hi.\nClient: Hi.\n", "Meeting notes\nBring the consent forms.\n")
    assert parsed.sessions["source_id"].to_list() == ["f0"]
    assert parsed.turns["source_id"].unique().to_list() == ["f0"]
    assert parsed.stray_lines.height == 0


def test_two_files_are_parsed_independently() -> None:
    parsed = _parse("Therapist: Hi.\nClient: Hello.\n", "Client: I'm nervous.\nTherapist: That's okay.\n")
    assert parsed.turns.select("source_id", "source_line", "role").rows() == [
        ("f0", 1, "therapist"),
        ("f0", 2, "client"),
        ("f1", 1, "client"),
        ("f1", 2, "therapist"),
    ]
    assert parsed.sessions.select("source_id", "session_index").rows() == [("f0", 0), ("f1", 0)]


def test_repeated_for_example_lines_stay_in_the_therapist_turn() -> None:
    parsed = _parse(
        "Therapist: Let's look at the evidence.\n"
        'For example: "I always mess things up."\n'
        "What's the evidence for that?\n"
        "For example: did anything go well this week?\n"
        "Client: I guess the presentation went okay.\n"
    )
    # Actual: 4 turns, two of them speaker 'For example', role 'unknown'.
    assert parsed.turns["role"].to_list() == ["therapist", "client"]
    assert parsed.turns["source_line"].to_list() == [1, 5]


def test_asides_and_lower_case_known_labels_start_turns() -> None:
    parsed = _parse(
        "Therapist: What happened after the call?\n"
        "Client (crying): I just sat in the car for an hour.\n"
        "therapist: That sounds like it hit you very hard.\n"
        "note: this lower-case line is not a speaker and stays in the turn.\n"
    )
    assert [(line, speaker, role) for _, line, speaker, role, _ in _turns(parsed)] == [
        (1, "Therapist", "therapist"),
        (2, "Client (crying)", "client"),
        (3, "therapist", "therapist"),
    ]
    assert _turns(parsed)[2][4].endswith("stays in the turn.")


def test_a_lettered_speaker_seen_once_is_a_turn_of_its_own() -> None:
    parsed = _parse(
        "Client: It never adds up.\nSpeaker C: [inaudible] sorry, just need the charger.\nTherapist: Go on.\n"
    )
    assert parsed.turns.select("speaker", "role").rows() == [
        ("Client", "client"), ("Speaker C", "unknown"), ("Therapist", "therapist"),
    ]  # fmt: skip


def test_a_markdown_title_above_the_first_separator_is_the_header() -> None:
    parsed = _parse("# ACT sessions: Lena\n\n=== Session 1 ===\nTherapist: Welcome.\nClient: Thanks.\n")
    assert parsed.stray_lines.height == 0
    assert parsed.header_lines.select("line_no", "line").rows() == [(1, "# ACT sessions: Lena")]


def test_a_markdown_heading_between_turns_is_the_sessions_structure_not_the_turn_above() -> None:
    parsed = _parse(
        "# Session 2: Sleep\n"
        "Therapist: How did the week go?\n"
        "Client: Better. I slept most nights.\n"
        "## 2. Reviewing the sleep diary\n"
        "Therapist: Let's look at the diary together.\n"
        "Client: Okay.\n"
        "### Response:\n"
    )
    assert [t[4] for t in _turns(parsed)] == [
        "How did the week go?",
        "Better. I slept most nights.",
        "Let's look at the diary together.",
        "Okay.",
    ]
    # A prompt template's heading on its own line is no part of the turn above it: a stray line, which the pipeline
    # reports as meta text at that line.
    assert parsed.stray_lines.select("line_no", "line").rows() == [(7, "### Response:")]
    assert parsed.header_lines.get_column("line_no").to_list() == [1, 4]
    assert len(parsed.sessions) == 1


def test_a_markdown_heading_inside_a_turn_stays_in_it() -> None:
    parsed = _parse("Therapist: Let's try this.\n### Step 1: Breathe\nIn for four.\nClient: Okay.\n")
    assert [t[4] for t in _turns(parsed)] == ["Let's try this.\n### Step 1: Breathe\nIn for four.", "Okay."]
