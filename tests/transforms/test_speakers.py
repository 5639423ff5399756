"""Labels -> roles: the alias table, a role in a name's aside, a role noun ending a longer title."""

from __future__ import annotations

import polars as pl
import pytest

from tests.transforms._formats import files, rows
from transforms.formats.plain_text import parse_files
from transforms.speakers import role_of


def _roles(*labels: str) -> list[str]:
    return pl.DataFrame({"label": list(labels)}).select(role_of(pl.col("label"))).to_series().to_list()


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Th", "therapist"),
        ("Cl", "client"),
        ("Pt", "client"),
        ("Clinician", "therapist"),
        ("Human", "client"),
        ("AI", "therapist"),
        ("Dr. Lee (Therapist)", "therapist"),
        ("Anna (client)", "client"),
        ("**Maya (Patient)**", "client"),
        ("Clinical Psychologist", "therapist"),
        ("Trainee Counsellor", "therapist"),
        ("Counselor (Dr. Lee)", "therapist"),
        # Hyphenated titles and the NHS talking-therapies job title.
        ("E-counsellor", "therapist"),
        ("Co-therapist", "therapist"),
        ("Psychological Wellbeing Practitioner", "therapist"),
        ("Wellbeing practitioner", "therapist"),
        # A display name with the role among its capitalised words, in the languages the table reads.
        ("Counsellor Ana", "therapist"),
        ("Lucía Orientadora IES", "therapist"),
        ("Beraterin", "therapist"),
    ],
)
def test_labels_that_name_a_role(label: str, role: str) -> None:
    assert _roles(label) == [role]


@pytest.mark.parametrize(
    "label",
    [
        "Speaker 1",
        "Dr. Lee",
        "Anna (crying)",
        "Research Assistant",
        "My Therapist",
        "The Client",
        "Interviewer",
        # Field names, not speakers.
        "Client information",
        "Client Information",
        "Therapist Notes",
        # A name with a number glued on: only transcript letters (`T1`, `C12`) and role nouns count turns so.
        "User1",
        "Agent2",
        "Model2",
    ],
)
def test_labels_that_do_not(label: str) -> None:
    assert _roles(label) == ["unknown"]


def test_clinical_note_abbreviations_start_turns() -> None:
    parsed = parse_files(files("Th: What changed this week?\nPt: I went back to work.\nTh: How was it?\n"))
    assert rows(parsed.turns, "speaker", "role") == [("Th", "therapist"), ("Pt", "client"), ("Th", "therapist")]


def test_a_role_in_the_aside_starts_a_turn_even_once() -> None:
    parsed = parse_files(files("Dr. Lee (Therapist): Shall we begin?\nAnna (Client): Yes.\n"))
    assert rows(parsed.turns, "role", "text") == [("therapist", "Shall we begin?"), ("client", "Yes.")]


def test_prose_about_a_therapist_is_not_a_label() -> None:
    parsed = parse_files(
        files("Client: I told her everything.\nMy Therapist: that is what I call her now.\nTherapist: Go on.\n")
    )
    assert rows(parsed.turns, "role") == [("client",), ("therapist",)]


def test_peer_support_roles_written_as_codes() -> None:
    labels = pl.Series(["peer_supporter", "member", "Volunteer", "__Client__"])
    assert pl.select(role_of(pl.lit(labels))).to_series().to_list() == ["therapist", "client", "therapist", "client"]


def test_chinese_and_japanese_titles_after_a_name() -> None:
    # No space before the title: a LINE counselling account, a counsellor by surname, the one consulting.
    assert _roles("ひだまり相談室", "王咨询师", "相談員のはる", "相談者A", "ゆい") == [
        "therapist",
        "therapist",
        "unknown",
        "unknown",
        "unknown",
    ]
    assert _roles("カウンセラー", "相談者", "クライエント") == ["therapist", "client", "client"]
