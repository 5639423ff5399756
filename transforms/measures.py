"""Column expressions for sizes of text, shared by every step that needs them."""

from __future__ import annotations

import polars as pl

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
# One Han character, by the CJK ideograph blocks: the unit Chinese text is read in where it has no spaces (the
# Chinese voice model and sentence-end rates, trained by benchmarks/train_tables.py, cut text the same way).
HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# Those scripts put no spaces between words; a Chinese word is about two characters, so every two CJK
# characters count as one word (which keeps "我愿意试试。" a short backchannel, not a 5-word turn).
_WORD = rf"[{_CJK}]{{1,2}}|[^\s{_CJK}]+"


def word_count(text: pl.Expr) -> pl.Expr:
    return text.str.count_matches(_WORD).cast(pl.Int32)


def has_latin_letter(text: pl.Expr) -> pl.Expr:
    """Any ASCII letter: the English lexicons and models can match nothing in text without one (the Chinese
    corpora), and skipping such text spares the regex engine its slowest case."""
    return text.str.contains("[A-Za-z]")


# Second- and first-person words in English, French, Spanish, German, Italian, Portuguese, Dutch, the Scandinavian
# languages, Turkish, Indonesian, Romanian, Czech and Hindi in Latin script: who a turn is about (a counsellor says
# "you", "vous", "du"; a client "I"). Left out are words that are the other person in another of them or common
# words besides: French `je` is Dutch `you`, German `Sie` and `Ihnen` are also `they`/`them`, Italian `lei` is also
# `she` and `ma` `but`, `ty` is chat for "thank you"; `du` stays, the German and Scandinavian `you`, though it is also
# French for `of the`.
_SECOND_PERSON = (
    r"(?i)\b(?:you|your|yours|yourself|yourselves|vous|tu|te|toi|ton|ta|tes|votre|vos|usted|ustedes|tú|ti|tus|du|"
    r"dich|dir|dein|deine|deinen|deinem|deiner|euch|voi|tuo|tua|tuoi|tue|vostro|vostra|você|vocês|teu|teus|"
    r"jij|jou|jouw|uw|deg|dig|din|ditt|dine|dina|sen|seni|sana|senin|sende|senden|siz|sizi|size|sizin|sizde|sizden|"
    r"kamu|anda|kau|engkau|dumneavoastră|vă|tău|tebe|tobě|vy|vás|vám|váš|tum|aap|aapko|tumhe|tumhara|aapka|aapki)\b"
)
_FIRST_PERSON = (
    r"(?i)\b(?:i|me|my|mine|myself|je|j|moi|mon|mes|yo|mi|mis|conmigo|ich|mich|mir|mein|meine|meinen|meinem|"
    r"meiner|io|mio|mia|miei|mie|eu|meu|minha|meus|minhas|comigo|ik|mij|mijn|jeg|jag|meg|mig|mitt|mina|ben|beni|bana|"
    r"benim|bende|benden|saya|aku|mă|meu|mea|já|mě|můj|moje|mujhe|mera|meri)\b"
)


def second_person_count(text: pl.Expr) -> pl.Expr:
    return text.str.count_matches(_SECOND_PERSON).cast(pl.Int64)


def first_person_count(text: pl.Expr) -> pl.Expr:
    return text.str.count_matches(_FIRST_PERSON).cast(pl.Int64)


# The commonest English words: a third or more of any English turn's words, a few percent of a French or Turkish one.
_ENGLISH_WORDS = (
    r"(?i)\b(?:the|and|to|of|you|i|it|that|is|was|a|in|what|how|do|my|me|your|this|so|but|not|have|with|for|be|are)\b"
)


def english_word_count(text: pl.Expr) -> pl.Expr:
    return text.str.count_matches(_ENGLISH_WORDS).cast(pl.Int64)


def char_count(text: pl.Expr) -> pl.Expr:
    return text.str.len_chars().cast(pl.Int32)


def normalised_for_compare(text: pl.Expr) -> pl.Expr:
    """Whitespace-insensitive form used to spot exact repeats."""
    return text.str.replace_all(r"\s+", " ").str.strip_chars()


def normalised_loose(text: pl.Expr, *, contracted: bool = True) -> pl.Expr:
    """Case-, punctuation-, quote- and whitespace-insensitive form used to spot near repeats (`contracted=False`:
    with spelt-out forms left as written, to count words as the speaker said them)."""
    loose = (
        text.str.to_lowercase()
        .str.replace_all(r"[\u2018\u2019\u201a\u201b\u2032`\u00b4]", "'")
        .str.replace_all(r"[\u201c\u201d\u201e\u201f\u2033]", '"')
        .str.replace_all(r"[^\p{L}\p{N}\s']", " ")
        .str.replace_all(r"'", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )
    return loose.pipe(_contracted) if contracted else loose


# Spelt-out forms as the contractions they are once apostrophes are gone ("there is" -> "theres", "do not" ->
# "dont"): a copy that says "there is" where the first said "there's" repeats it. Contracting, not expanding,
# keeps "theres" typed without an apostrophe equal to "there's", as it always was.
_CONTRACTIONS = (
    (r"\b(it|that|there|here|what|who|where|how|he|she) is\b", "${1}s"),
    (r"\bi am\b", "im"),
    (r"\b(you|we|they) are\b", "${1}re"),
    (r"\b(i|you|we|they|should|could|would|must|might) have\b", "${1}ve"),
    (r"\b(i|you|he|she|we|they|it|that) will\b", "${1}ll"),
    (r"\b(?:can not|cannot)\b", "cant"),
    (r"\bwill not\b", "wont"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|would|should|could) not\b", "${1}nt"),
    # (After the negations: "I would not" is "i wouldnt", as "I wouldn't" is.)
    (r"\b(i|you|he|she|we|they) would\b", "${1}d"),
)


def _contracted(text: pl.Expr) -> pl.Expr:
    for pattern, contraction in _CONTRACTIONS:
        text = text.str.replace_all(pattern, contraction)
    return text
