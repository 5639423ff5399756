"""summarise_headers: numbered section titles -> summary struct of lists; unknown titles kept in `other`."""

from __future__ import annotations

import polars as pl
import pytest

from transforms.summary_header import SECTION_KEYS, SUMMARY_DTYPE, summarise_headers


def _header(text: str, source_id: str = "f0", segment: int = 0) -> pl.DataFrame:
    lines = text.split("\n")
    return pl.DataFrame(
        {
            "source_id": [source_id] * len(lines),
            "segment": pl.Series([segment] * len(lines), dtype=pl.UInt32),
            "line_no": list(range(1, len(lines) + 1)),
            "line": lines,
        }
    )


def _summary(text: str) -> dict[str, list[str]]:
    out = summarise_headers(_header(text))
    assert out.height == 1
    summary: dict[str, list[str]] = out["summary"][0]
    return summary


FULL_HEADER = """Session Summary:
1. Main topics discussed:
- Sleep problems since the promotion
- Conflict with her sister
2. Techniques/exercises introduced:
- Box breathing: in for four, hold for four
- Thought record
3. Homework / between-session exercises:
- Keep a sleep diary
4. Key insights:
- Worry peaks on Sunday evenings
5. What was helpful:
- Naming the feeling out loud
6. Client's mood:
- Tired but hopeful
Note: Client arrived ten minutes late.
"""


def test_numbered_sections_map_to_keys() -> None:
    assert _summary(FULL_HEADER) == {
        "topics": ["Sleep problems since the promotion", "Conflict with her sister"],
        "techniques": ["Box breathing: in for four, hold for four", "Thought record"],
        "helpful": ["Naming the feeling out loud"],
        "homework": ["Keep a sleep diary"],
        "insights": ["Worry peaks on Sunday evenings"],
        "notes": ["Client arrived ten minutes late."],
        "other": ["Client's mood: Tired but hopeful"],
    }


def test_summary_text_is_the_header_verbatim_without_outer_blank_lines() -> None:
    out = summarise_headers(_header("\n" + FULL_HEADER + "\n\n"))
    assert out["summary_text"].to_list() == [FULL_HEADER.strip()]
    assert out.columns == ["source_id", "segment", "summary_text", "summary"]
    assert out.schema["summary"] == SUMMARY_DTYPE


def test_every_key_is_present_and_empty_sections_are_empty_lists() -> None:
    summary = _summary("Topics: sleep, work stress")
    assert list(summary) == list(SECTION_KEYS)
    assert summary["topics"] == ["sleep, work stress"]
    assert all(summary[key] == [] for key in SECTION_KEYS if key != "topics")


def test_inline_title_items() -> None:
    summary = _summary("Topics: sleep, work stress\nHomework: keep a sleep diary\nNote: prefers evening slots")
    assert summary["topics"] == ["sleep, work stress"]
    assert summary["homework"] == ["keep a sleep diary"]
    assert summary["notes"] == ["prefers evening slots"]


def test_bullets_with_colons_stay_items_of_the_current_section() -> None:
    summary = _summary(
        "Techniques used:\n- Grounding: name five things you can see\n* Reframing: 'I failed' -> 'I struggled'"
    )
    assert summary["techniques"] == [
        "Grounding: name five things you can see",
        "Reframing: 'I failed' -> 'I struggled'",
    ]
    assert summary["other"] == []


def test_numbered_line_with_text_after_colon_is_an_item_not_a_title() -> None:
    summary = _summary("Techniques:\n1. Box breathing: in for four\n2. Grounding")
    assert summary["techniques"] == ["Box breathing: in for four", "Grounding"]


def test_unknown_titles_go_to_other_as_title_colon_item() -> None:
    summary = _summary("Date: 12 March 2024\nClient goals:\n- Sleep seven hours\n- Return to the gym")
    assert summary["other"] == [
        "Date: 12 March 2024",
        "Client goals: Sleep seven hours",
        "Client goals: Return to the gym",
    ]


def test_lines_before_any_title_are_kept_under_header() -> None:
    summary = _summary("Client seemed tired today.\nTopics:\n- Sleep")
    assert summary["other"] == ["Header: Client seemed tired today."]
    assert summary["topics"] == ["Sleep"]


def test_summary_container_title_is_not_a_section() -> None:
    summary = _summary("Session Summary:\nShort check-in after the holidays.")
    assert summary["other"] == ["Session Summary: Short check-in after the holidays."]


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Homework / exercises", "homework"),
        ("Between-session tasks", "homework"),
        ("Concerns raised", "topics"),
        ("Coping strategies", "techniques"),
        ("Interventions used", "techniques"),
        ("Takeaways", "insights"),
        ("What went well", "helpful"),
        ("Therapist observations", "notes"),
    ],
)
def test_title_keywords(title: str, key: str) -> None:
    summary = _summary(f"{title}:\n- first item")
    assert summary[key] == ["first item"]


def test_headers_are_grouped_per_source_and_segment() -> None:
    frame = pl.concat(
        [
            _header("Topics:\n- Sleep", "a", 0),
            _header("Homework:\n- Diary", "a", 1),
            _header("Topics:\n- Panic attacks", "b", 0),
        ]
    )
    out = summarise_headers(frame)
    assert out.select("source_id", "segment").rows() == [("a", 0), ("a", 1), ("b", 0)]
    assert [s["topics"] for s in out["summary"]] == [["Sleep"], [], ["Panic attacks"]]
    assert [s["homework"] for s in out["summary"]] == [[], ["Diary"], []]


def test_blank_only_header_gives_no_row() -> None:
    assert summarise_headers(_header("\n  \n")).height == 0


def test_markdown_bold_titles_are_titles() -> None:
    summary = _summary("**Main topics discussed:**\n- Sleep\n**Techniques used:**\n- Box breathing")
    # Actual: topics [], techniques [], other ['Header: **Main topics discussed:**', 'Header: Sleep', ...]
    assert summary["topics"] == ["Sleep"]
    assert summary["techniques"] == ["Box breathing"]
