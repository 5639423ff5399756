"""Turns cut off mid-sentence.

Spoken transcripts have interrupted turns that end without punctuation, so a missing full stop alone
is no evidence. A turn is truncated when it ends without terminal punctuation AND one of: it ends on a
word that cannot end a sentence ("...explore these things. I'm"); it is long and otherwise punctuated
(the cut came mid-clause); or it is the last turn of a session whose turns are otherwise punctuated.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, TruncationConfig
from transforms.defect_rows import turn_defects

# Words that essentially never end an English sentence: articles, possessives, subject pronouns and
# their contractions, conjunctions, and prepositions that need an object.
DANGLING_WORDS = frozenset(
    {
        "a", "an", "the", "my", "your", "our", "their", "its", "i", "i'm", "i've", "i'd", "i'll", "we're",
        "you're", "they're", "he's", "she's", "it's", "we've", "you've", "they've", "we'll", "you'll",
        "they'll", "let's", "and", "but", "or", "nor", "because", "although", "unless", "whether", "whereas",
        "if", "than", "of", "to", "with", "from", "into", "onto", "very", "such", "every", "each", "is",
        "are", "was", "were", "am", "when", "while", "which", "who", "whose", "that's", "there's",
        # Prepositions, auxiliaries, pronouns and determiners: a writer who otherwise punctuates (the
        # detector checks) does not stop on them without a full stop.
        "about", "in", "on", "at", "for", "by", "as", "even", "since", "until", "without", "through",
        "towards", "toward", "been", "being", "must", "we", "they", "he", "she", "these", "those",
    }
)  # fmt: skip
# Ends a sentence: . ! ? … and CJK stops, then closing quotes or brackets; a dash or ellipsis marks a
# deliberate trail-off or interruption in spoken transcripts, which is not a cut.
_CLEAN_END = (
    r"(?:[.!?\u2026\u3002\uff01\uff1f~]|--|\u2014|\u2013|-)[\"'\u201d\u2019)\]*_>]*\s*$|[\"'\u201d\u2019)\]]\s*$"
)
# An emoji or other pictograph closes a typed sentence like a full stop.
_EMOJI_END = r"\p{So}[\p{So}\p{Sk}\p{Mn}\u200d\ufe0f]*\s*$"
# Complete spoken sentences that end on a listed word: an elliptical "to" ("I don't want to"), a preposition
# or copula stranded by a wh- or relative clause ("what I'm afraid of", "how it is", "something I struggle
# with"), a wh-word standing for its clause ("I don't know when"). Only in a short last sentence: a long one
# ending so ("...so you do not want to") was cut. A short goodbye ("See you next week") is complete too.
_COMPLETE_ENDING = (
    r"(?i)(?:\b(?:want|wants|wanted|have|has|had|need|needs|needed|going|got|used|supposed|trying|tried|like|"
    r"love|hate|able|ought|meant|mean|try|decide|decided|plan|planned)\s+to"
    r"|\b(?:what|how|who|whom|where|which|something|anything|everything|someone|somebody|nothing|nobody)"
    r"(?:\s+[\p{L}']+){1,4}\s+(?:of|with|about|from|for|to|in|on|at|is|am|are|was|were)"
    r"|\b(?:know|knew|tell you|sure|remember|wonder|ask|idea|care|see|matter)\s+(?:when|which|who|why|where|how)"
    # A goodbye closes a session without a full stop.
    r"|\b(?:see you(?: next week| next time| soon| then| later| tomorrow)|take care|bye|goodbye|good ?night|"
    r"talk (?:to you )?soon|you too|have a (?:good|great|nice|lovely) (?:day|night|evening|week|weekend|one)))"
    r"\W*$"
)
_MAX_WORDS_COMPLETE_ENDING = 6
_PARAGRAPH_END = r"(?:[.!?\u2026\u3002\uff01\uff1f:]|--)[\"'\u201d\u2019)\]*_]*[ \t]*\n[ \t]*\n"
_SENTENCE_END = r"[.!?\u3002\uff01\uff1f][\"'\u201d\u2019)]*(?:\s|$)"


def truncation_defects(turns: pl.DataFrame, config: TruncationConfig = DEFAULT_CONFIG.truncation) -> pl.DataFrame:
    """`turns` (kept, in order) -> a flagged `truncated_turn` defect per turn cut off mid-sentence."""
    text = pl.col("text").str.replace_all("[\u2018\u2019\u02bc]", "'")
    last_word = text.str.to_lowercase().str.extract(r"([\p{L}']+)\W*$")
    words = pl.col("text").str.count_matches(r"\S+")
    last_sentence_words = text.str.extract(r"(?:^|[.!?]\s+)([^.!?]*)$").str.count_matches(r"\S+").fill_null(0)
    complete = text.str.contains(_COMPLETE_ENDING) & (last_sentence_words <= _MAX_WORDS_COMPLETE_ENDING)
    unfinished = ~(pl.col("text").str.contains(_CLEAN_END) | pl.col("text").str.contains(_EMOJI_END) | complete)
    marked = (
        turns.sort("session_id", "turn_index" if "turn_index" in turns.columns else "source_turn_index")
        .with_columns(
            unfinished.alias("_unfinished"),
            last_word.alias("_last_word"),
            words.alias("_words"),
            pl.col("text").str.count_matches(_SENTENCE_END).alias("_sentence_ends"),
            # Paragraphs before the last that end cleanly, and how many paragraphs there are.
            pl.col("text").str.count_matches(_PARAGRAPH_END).alias("_clean_paragraphs"),
            (pl.col("text").str.count_matches(r"\n\s*\n") + 1).alias("_paragraphs"),
        )
        .with_columns(
            (pl.int_range(pl.len()).over("session_id") == pl.len().over("session_id") - 1).alias("_is_last"),
            # How often this speaker's other turns in the session end cleanly: chat users who never type a
            # full stop are not cut off, writers (and LLMs) who always do are.
            (
                ((~pl.col("_unfinished")).cast(pl.Float64).sum().over("session_id", "role"))
                / pl.max_horizontal(pl.len().over("session_id", "role") - 1, pl.lit(1))
            ).alias("_punctuated"),
        )
    )
    dangling = pl.col("_last_word").is_in(list(DANGLING_WORDS)) & (
        pl.col("_punctuated") >= config.min_punctuated_share_dangling
    )
    punctuated = pl.col("_punctuated") >= config.min_punctuated_share
    # Several paragraphs, each finished but the last: the writer punctuates, the generation was cut.
    cut_after_paragraphs = (pl.col("_paragraphs") >= 2) & (pl.col("_clean_paragraphs") == pl.col("_paragraphs") - 1)
    cut_long_turn = (pl.col("_words") >= config.min_words_long_turn) & (
        cut_after_paragraphs
        | (
            (pl.col("_sentence_ends") >= config.min_sentence_ends)
            & (pl.col("_punctuated") >= config.min_punctuated_share_long_turn)
        )
    )
    cut_last_turn = pl.col("_is_last") & (pl.col("_words") >= config.min_words_last_turn) & punctuated
    found = marked.filter(pl.col("_unfinished") & (dangling | cut_long_turn | cut_last_turn)).with_columns(
        pl.when(dangling)
        .then(pl.format("ends on '{}', a word that cannot end a sentence", pl.col("_last_word")))
        .when(cut_long_turn)
        .then(pl.lit("long, otherwise punctuated turn ends mid-clause"))
        .otherwise(pl.lit("the session's last turn ends mid-sentence"))
        .alias("_why")
    )
    return turn_defects(
        found,
        defect_type="truncated_turn",
        severity="warning",
        action="flagged",
        detail=pl.col("_why"),
        excerpt=pl.col("text").str.slice(-200),
    )
