"""AI refusals and safety boilerplate in the therapist's mouth.

Real counsellors do not call themselves language models, cite content policies, or answer a client
with a hotline number and nothing else; LLM-generated sessions do. Each pattern below is one of
those tells; a therapist turn matching any of them is flagged (kept, so nothing is lost).
"""

from __future__ import annotations

import polars as pl

from transforms.defect_rows import turn_defects

_REFUSE = r"(?:cannot|can not|can't|can ?not|won't|will not|am unable to|'m unable to|am not able to|'m not able to)"
_OBJECT = (
    r"(?:continue|provide|engage|assist|help(?: you)? with|discuss|participate|generate|create|write|fulfil+|"
    r"comply|support|produce|offer|respond to|go on with|talk about)"
)
REFUSAL_PATTERNS: tuple[str, ...] = (
    # Self-reference as a machine.
    r"\bas an? (?:ai|artificial intelligence|language model|large language model|llm|ai language model|"
    r"ai assistant|chatbot|virtual assistant)\b",
    r"\bi(?:'m| am) (?:just |only )?(?:an? )?(?:ai|artificial intelligence|language model|chatbot|bot|"
    r"virtual assistant|ai assistant)\b",
    # Refusing the conversation or a kind of content.
    rf"\bi {_REFUSE} {_OBJECT} (?:(?:this|that|the|a|any|your|such)\s+)?(?:conversation|request|content|"
    r"discussion|topic|information|roleplay|role-play|scenario|kind of|type of|instructions|guidance)",
    rf"\bi {_REFUSE} {_OBJECT} (?:a |this |that |the )?conversation that\b",
    rf"\b(?:i'm|i am) sorry,? but i {_REFUSE}\b",
    r"\b(?:against|violates?|outside(?: of)?) (?:my|the|our) (?:guidelines|policy|policies|programming|"
    r"content policy|usage policy|terms)\b",
    r"\bcontent polic(?:y|ies)\b",
    r"\bi (?:must|have to) (?:decline|refuse)\b",
    # Hotline-only replies: a crisis line offered with a refusal to talk.
    r"\b(?:suicide|crisis|prevention) (?:prevention )?(?:life ?line|hot ?line|text line)\b.*\b(?:cannot|can't|"
    r"unable|not able)\b",
    r"\b(?:cannot|can't|unable to|not able to)\b.*\b(?:suicide|crisis) (?:prevention )?(?:life ?line|hot ?line)",
    r"\bi(?:'m| am) not (?:a |an )?(?:licensed|qualified|real|human|medical|mental health) "
    r"(?:therapist|professional|counsel+or|doctor|person|human)\b.*\b(?:please|reach out|contact|seek)\b",
)
_REFUSAL = "(?is)" + "|".join(f"(?:{p})" for p in REFUSAL_PATTERNS)


def refusal_defects(turns: pl.DataFrame) -> pl.DataFrame:
    """`turns` (kept) -> a flagged `refusal` defect per therapist turn that is AI boilerplate."""
    found = turns.filter((pl.col("role") == "therapist") & pl.col("text").str.contains(_REFUSAL))
    return turn_defects(
        found,
        defect_type="refusal",
        severity="error",
        action="flagged",
        detail=pl.lit("therapist turn is an AI assistant's refusal or safety boilerplate"),
        excerpt=pl.col("text"),
    )
