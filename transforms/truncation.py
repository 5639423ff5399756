"""Turns cut off mid-sentence.

Spoken transcripts have interrupted turns that end without punctuation, so a missing full stop alone
is no evidence. The evidence is the last word and the writer: a cut lands on any word, a complete sentence
on a word that ends sentences, so the rarer the last word ends one, the stronger the evidence; and someone
who ends their other turns cleanly did not just forget one full stop. The session's last turn (where
generation stops) and a long turn of finished sentences (cut mid-clause) need less of both.

How often a word ends a sentence is measured, not listed: data/sentence_ends.tsv holds, for the commonest
words and word pairs of AnnoMI and ESConv, how often each stands right before a sentence stop or a turn's
end (benchmarks/train_tables.py writes it): "the" almost never, "would" 1% of the time, "it" 14%, "next
week" half the time. No generator's word list is involved.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl

from transforms.config import DEFAULT_CONFIG, TruncationConfig
from transforms.defect_rows import turn_defects
from transforms.measures import HAN, word_count

# Ends a sentence: . ! ? … and CJK stops, then closing quotes or brackets; a dash or ellipsis marks a
# deliberate trail-off or interruption in spoken transcripts, which is not a cut, and so does the slash of f4 and
# similar transcription conventions (`what if it's actually/`: the speaker broke off).
_CLEAN_END = (
    # (And the Greek question mark, the Arabic one, Urdu's full stop and the Devanagari danda.)
    r"(?:[.!?\u2026\u3002\uff01\uff1f~\uff5e\u301c/\u037e\u061f\u06d4\u0964\u0965]|--|\u2014|\u2013|-)"
    r"[\"'\u201d\u2019\u00bb)\]*_>\uff09\u300d\u300f\u3011\u300b]*\s*$"
    # A closing quote or bracket, full-width too (a Chinese turn ending on a bracketed stage note), or a guillemet.
    r"|[\"'\u201d\u2019\u00bb)\]\uff09\u300d\u300f\u3011\u300b]\s*$"
    # Greek writes its question mark as a semicolon.
    r"|\p{Greek}[\"'\u00bb)]*;\s*$"
    # ... or a finished sentence and a stage direction in Markdown italics after it ("The card company? *laughs*").
    r"|[.!?\u2026][\"'\u201d\u2019)]*\s+(?:\*[^*\n]{1,40}\*|_[^_\n]{1,40}_)\s*$"
)
# An emoji or other pictograph closes a typed sentence like a full stop, and so does an ASCII emoticon (`:)`,
# `;-)`, `:D`, `xD`, `<3`).
_EMOJI_END = r"(?:\p{So}[\p{So}\p{Sk}\p{Mn}\u200d\ufe0f]*|[:;=][-'^o]?[()DPpOo3\]\[/\\|*]+|\b[xX]D+|<3+)\s*$"
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
# The other speaker says the message did not arrive whole ("I think part of your message didn't come through",
# "you got cut off there"): in typed chat and SMS the strongest evidence there is, whoever never punctuates.
_REPLY_SAYS_CUT = (
    r"(?i)\b(?:(?:your|that) (?:last )?(?:message|text|msg)\b[^.?!\n]{0,40}?"
    r"(?:cut off|got cut|was cut|didn'?t come through|did not come through|not come through|got lost|"
    r"(?:ended|stopped|finished) (?:abruptly|suddenly|short|mid))"
    r"|(?:part|rest|end) of your (?:last )?(?:message|text|msg)"
    # "You got cut off there", never "it was cut off" (a story) nor "you were cut off from your family".
    r"|(?:you|we) (?:got|were|have been) cut off(?:\s*(?:there|again|mid|[.?!,]|$))"
    r"|your (?:message|text) (?:cut|trailed) off)"
)
_PARAGRAPH_END = r"(?:[.!?\u2026\u3002\uff01\uff1f:]|--)[\"'\u201d\u2019)\]*_]*[ \t]*\n[ \t]*\n"
_SENTENCE_END = r"[.!?\u3002\uff01\uff1f\u037e\u061f\u06d4\u0964][\"'\u201d\u2019\u00bb)]*(?:\s|$)|\p{Greek};(?:\s|$)"
_OWN_SENTENCES_PUNCTUATED = 2
# A list item, `1. His sleep` or `- walks`: a writer whose list items go without a full stop did not cut the last
# of them either, unless its last word alone says so (`4. Feeling like nobody sees what I`).
_UNPUNCTUATED_LIST_ITEM = r"(?m)^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+[^\n]*[^.!?\s][ \t]*$"
_LAST_LINE_LIST_ITEM = r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+[^\n]*$"


# Lower-case letters only: one consonant that is no chat shorthand (`l`; not `u`, `r`, `c`, `k`, `b`, `n`, `x`, `y`,
# nor what a dropped apostrophe leaves: `don t`, `it s`, `I m`, `I d`, `we ll`), two consonants (`th`, `wh`), or
# ending on a cluster that only starts English
# syllables (`contr`, `compl`): the start of a word, never a whole one. Not chat shorthand or sounds, not an
# acronym in capitals (`BRB`, `TLC`); longer consonant runs are typos as often (`tht`); ordinals keep their digits
# (`22nd`), so they are no fragments.
_FRAGMENT = r"^(?:[fghjlpqvwz]|[b-df-hj-np-tv-xz]{2}|\p{L}{2,}(?:[bcdfgkpt]r|[bcfgkp]l|thr|shr))$"
_NOT_FRAGMENTS = frozenset(
    {
        "hmm", "hm", "mm", "mmm", "mhm", "shh", "psst", "pst", "brr", "tsk", "pfft", "zzz", "grr", "nth",
        "pls", "plz", "thx", "tbh", "btw", "smh", "nvm", "ppl", "bc", "rn", "ngl", "dm", "gn", "bf", "gf", "bff", "ll",
        "msg", "txt", "hrs", "yrs", "mins", "lbs", "kms", "st", "dr", "mr", "mrs", "ms", "jr",
        "sr", "fr", "pr", "cbt", "dbt", "gp", "hr", "ptsd", "ocd", "adhd", "nhs", "tv", "pc", "ct", "mri", "cv",
        "gg", "wp", "np", "jk",
        # ... and the abbreviations word_starts() would take for a cut: days, months, a company's `inc`.
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "corp", "approx", "dept", "govt", "uni", "convo",
        # ... and family and chat words: a `nan` is a grandmother.
        "nan", "nana", "gran", "bro", "sis", "diff", "fam", "rehab", "meds", "psych", "vid", "pic", "prob", "probs",
        "atm", "comp",
        # ... and clippings and short words the dictionaries leave out or keep to one (`zoo`, `deli`, `intro`).
        "abs", "bio", "chem", "deli", "demo", "eco", "econ", "euro", "fab", "fav", "geo", "hon", "hosp", "intro",
        "kay", "mic", "ofc", "phys", "promo", "ref", "sci", "spec", "subs", "vac", "veg", "zoo",
    }
)  # fmt: skip
# (A turn exactly as long as a tool's field, 255 or 256 characters, is no evidence on its own: ESConv's chat stopped
# messages there, and its writers mostly finished the sentence within it.)
# The turn stops on a list item's number or bullet with nothing after it (`...so your brain knows they're safe.\n3.`):
# the next item was never written.
_EMPTY_LIST_ITEM = r"\n[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]*$"
# A quotation opened (after a space, a colon or the turn's start, before a letter) and never closed, three words or
# more before the turn stops (`he said "mate you need to get out of that flat and stop`): the message ended inside
# the quote. Not a quote mark typed for an apostrophe (`I"ve`), nor one closed by a single quote (`"Camouflage.'`).
_OPEN_QUOTE_TAIL = r"(?:^|[\s:(])[\"\u201c]\p{L}[^\"\u201c\u201d]*$"
_QUOTE_CLOSED_ANOTHER_WAY = r"[\"\u201c][^\"\u201c\u201d]*['\u2019]\W*(?:\s|$)|\p{L}\"\p{L}"
# ... or in single quotes, where a colon or a reporting verb announces it (`ill paste it: 'At 02:00 Mr H's obs were`,
# `Her first message said, 'Hi Noreen, I know`): never closed means no quote mark after it that ends a word (`H's`
# is an apostrophe); not a dropped letter (`'cause`, `'til`).
_OPEN_SINGLE_QUOTE = (
    r"(?i)(?::|\b(?:said|says|say|asked|asks|wrote|writes|told me|goes|went)\s*,)[ \t]+'"
    r"((?-i:\p{Lu})\p{L}*[^\n]*)$"
)
_SINGLE_QUOTE_CLOSED = r"'(?:[^\p{L}]|$)"
# Spoken fillers a speaker trails off on.
_TRAILING_FILLER = r"(?i)(?:^|[\s,;])(?:u+m+|u+h+|e+r+m*|h+m+|m{2,}|like|you know|i mean)\W*$"

_SENTENCE_ENDS = Path(__file__).with_name("data") / "sentence_ends.tsv"
_WORD_STARTS = Path(__file__).with_name("data") / "word_starts.txt"
_CLAUSE_WORDS = Path(__file__).with_name("data") / "clause_words.tsv"
# A listed clause word's weight: as strong as a common English word that ends one sentence in a thousand or fewer.
_LISTED_TOTAL = 2000
# English's commonest words that are no common word of the other languages transcripts come in (`in`, `is`, `was`,
# `so`, `do`, `a` and `to` are Dutch, German, Portuguese or Norwegian too): an English session has a good share of them.
_ENGLISH_WORDS = (
    r"(?i)(?-u:\b)(?:the|and|you|it|that|of|my|me|but|have|with|this|what|just|not|for|are|know|like|i'm|don't|"
    r"it's|really|feel|they|there|about|would|can't|been)(?-u:\b)"
)
_MIN_ENGLISH_SHARE = 0.15
# benchmarks/train_tables.py keys a sentence's first word or two with this mark ("^ it").
SENTENCE_START = "^"
_TAIL_CHARS = 80
_RECORDING_ENDED = (
    r"(?i)\s*[\[(](?:(?:the )?(?:recording|audio|tape|transcript|call|video|stream)\s+(?:ends?|ended|stops?|stopped|"
    r"cuts? off|cut|drops?|dropped|breaks? off)"
    # ... or a transcription service's end mark: `[END OF AUDIO]`, `[END OF TRANSCRIBED SECTION 00:13:37]`.
    r"|end of (?:the )?(?:recording|audio|tape|transcribed|call|video|stream|file))[^\[\]()\n]{0,60}[\])]\.?\s*$"
)
# Last words after which a new clause may open with "I": conjunctions and "then".
_CLAUSE_FOLLOWS = (
    r"(?i)\b(?:and|but|so|then|because|cause|cos|or|when|if|like|while|until|till|since|although|though|where)\W*$"
)
# The last sentence when it is one or two words long, after a stop or at the turn's start.
_SENTENCE_START_TAIL = r"(?:^|[.!?][\"'\u201d)\]]*\s+)([\p{L}']+(?:\s+[\p{L}']+)?)\W*$"


# A pair's own rate is trusted in proportion to its count: (ends + K * word rate) / (total + K).
_PAIR_PRIOR = 10.0
# Who wrote a turn: the speaker, not the role (in a group, one client does not carry on another's sentence).
_WHO = "speaker"


@cache
def word_starts() -> pl.Series:
    """Starts of the corpora's common words that are no word themselves (data/word_starts.txt, written by
    benchmarks/train_tables.py): `explo`, `remem`, `becau`. A turn that stops on one was cut inside the word; one
    that stops on `thin` or `car` (words in their own right) is read by its end rate like any other."""
    return pl.Series(_WORD_STARTS.read_text(encoding="utf-8").split(), dtype=pl.String)


@cache
def _sentence_end_table() -> pl.DataFrame:
    measured = pl.read_csv(
        _SENTENCE_ENDS, separator="\t", schema={"ending": pl.String, "ends": pl.Int64, "total": pl.Int64}
    )
    # Languages the corpora do not measure: their clause words, listed, as if seen _LISTED_TOTAL times and never
    # ending a sentence.
    listed = (
        pl.read_csv(
            _CLAUSE_WORDS, separator="\t", comment_prefix="#", schema={"language": pl.String, "word": pl.String}
        )
        .select(
            pl.col("word").alias("ending"),
            pl.lit(0, dtype=pl.Int64).alias("ends"),
            pl.lit(_LISTED_TOTAL, dtype=pl.Int64).alias("total"),
        )
        .join(measured, on="ending", how="anti")
        .unique("ending", maintain_order=True)
    )
    return pl.concat([measured, listed])


def with_end_rates(frame: pl.DataFrame, last_word: pl.Expr, last_pair: pl.Expr) -> pl.DataFrame:
    """`frame` with `_end_rate`: how often its ending (word, or word pair when the pair is common) ends a
    sentence; null when the word is too rare to say. The word rate is smoothed so one never seen ending is not
    0, and a pair's rate shrinks towards its word's when the pair is seldom seen."""
    return _with_end_rates(frame.lazy(), last_word, last_pair).collect()


def _with_end_rates(frame: pl.LazyFrame, last_word: pl.Expr, last_pair: pl.Expr) -> pl.LazyFrame:
    """with_end_rates as a step of a lazy query."""
    table = _sentence_end_table()
    single = table.filter(~pl.col("ending").str.contains(" ")).select(
        pl.col("ending").alias("_w"), ((pl.col("ends") + 0.5) / (pl.col("total") + 1)).alias("_word_rate")
    )
    pairs = table.filter(pl.col("ending").str.contains(" ")).select(
        pl.col("ending").alias("_p"), pl.col("ends").alias("_pair_ends"), pl.col("total").alias("_pair_total")
    )
    return (
        frame.with_columns(last_word.alias("_w"), last_pair.alias("_p"))
        .join(single.lazy(), on="_w", how="left", maintain_order="left")
        .join(pairs.lazy(), on="_p", how="left", maintain_order="left")
        .with_columns(
            pl.when(pl.col("_pair_total").is_not_null())
            .then((pl.col("_pair_ends") + _PAIR_PRIOR * pl.col("_word_rate")) / (pl.col("_pair_total") + _PAIR_PRIOR))
            .otherwise(pl.col("_word_rate"))
            .alias("_end_rate")
        )
        .drop("_w", "_p", "_word_rate", "_pair_ends", "_pair_total")
    )


def _english_starts_only(found: pl.DataFrame, turns: pl.DataFrame) -> pl.DataFrame:
    """`found` without the turns taken for cut on the start of an English word in sessions that are not in English:
    fewer than _MIN_ENGLISH_SHARE of their words are common English ones. Read only for the sessions concerned."""
    by_start = found.filter(pl.col("_by_start"))
    if by_start.is_empty():
        return found
    share = (
        turns.join(by_start.select("session_id").unique(), on="session_id", how="semi")
        .group_by("session_id")
        .agg(
            (pl.col("text").str.count_matches(_ENGLISH_WORDS).sum() / word_count(pl.col("text")).sum().clip(1)).alias(
                "_english"
            )
        )
    )
    elsewhere = share.filter(pl.col("_english") < _MIN_ENGLISH_SHARE).get_column("session_id")
    return found.filter(~(pl.col("_by_start") & pl.col("session_id").is_in(elsewhere.implode())))


def truncation_defects(turns: pl.DataFrame, config: TruncationConfig = DEFAULT_CONFIG.truncation) -> pl.DataFrame:
    """`turns` (kept, in order) -> a flagged `truncated_turn` defect per turn cut off mid-sentence."""
    if "speaker" not in turns.columns:
        turns = turns.with_columns(pl.col("role").alias("speaker"))
    # A transcriber's note that the recording stopped (`[recording ends]`, `(Recording ended.)`) is no part of what
    # was said: the words before it are the turn's end.
    straight = pl.col("text").str.replace_all("[\u2018\u2019\u02bc]", "'")
    text = straight.str.replace(_RECORDING_ENDED, "")
    # The same speaker's or the other speaker's next turn, and a quotation opened in single quotes.
    next_text = pl.col("text").shift(-1).over("session_id")
    single_quoted = text.str.extract(_OPEN_SINGLE_QUOTE, 1)
    # The regexes only look at the tail: an end-anchored search over a long turn costs time for nothing.
    as_written = text.str.slice(-_TAIL_CHARS)
    tail = as_written.str.to_lowercase()
    cut_tail = text.str.len_chars() > _TAIL_CHARS
    # The last word as written (case tells `BRB` from `th`); when the tail was cut out of a longer turn it starts
    # with a NUL, so a word the cut runs through is not taken for a whole one.
    last_token = (
        pl.when(cut_tail)
        .then(pl.lit("\x00") + as_written)
        .otherwise(as_written)
        .str.extract(r"(?:^|\s)(\p{Ll}[\p{Ll}\d']*)\W*$")
    )
    # Chinese has no spaces: its "word" is the last Han character, its pair the last two (keyed `a b` in the table).
    han_end = tail.str.contains(f"{HAN}\\W*$")
    last_word = pl.when(han_end).then(tail.str.extract(f"({HAN})\\W*$")).otherwise(tail.str.extract(r"([\p{L}']+)\W*$"))
    # A last sentence of one or two words is keyed by its start ("^ it", "^ i will"): "...That is normal. It"
    # stopped one word into a sentence, which a sentence of only "It" almost never does. `^` is the turn's start
    # only when the tail is the whole turn.
    whole = pl.when(cut_tail).then(pl.lit("- ") + tail).otherwise(tail)
    sentence_start = whole.str.extract(_SENTENCE_START_TAIL)
    last_pair = (
        pl.when(han_end)
        .then(
            pl.when(tail.str.contains(f"{HAN}{HAN}\\W*$")).then(
                tail.str.replace(f"(?s)^.*({HAN})({HAN})\\W*$", "${1} ${2}")
            )
        )
        .otherwise(
            pl.coalesce(
                pl.lit(f"{SENTENCE_START} ") + sentence_start.str.replace_all(r"\s+", " "),
                tail.str.extract(r"(?:^|[^\p{L}'])([\p{L}']+\s+[\p{L}']+)\W*$").str.replace(r"\s+", " "),
            )
        )
    )
    # (Two Han characters count as a word, as everywhere: a Chinese turn has few spaces.)
    words = word_count(pl.col("text"))
    complete_form = text.str.contains(_COMPLETE_ENDING)
    # The last sentence's words are counted only where the ending could be complete (under 3% of turns; the others
    # are null, which the count skips): `complete` is false without the form whatever the count.
    last_sentence_words = (
        pl.when(complete_form)
        .then(text)
        .str.extract(r"(?:^|[.!?]\s+)([^.!?]*)$")
        .str.count_matches(r"\S+")
        .fill_null(0)
    )
    complete = complete_form & (last_sentence_words <= _MAX_WORDS_COMPLETE_ENDING)
    empty_list_item = text.str.contains(_EMPTY_LIST_ITEM)
    unfinished = ~(text.str.contains(_CLEAN_END) | text.str.contains(_EMOJI_END) | complete) | empty_list_item
    # Lazy, so the straightened text and its tail, which several expressions share, are made once (an eager frame
    # recomputed them for each).
    marked = (
        turns.lazy()
        .sort("session_id", "turn_index" if "turn_index" in turns.columns else "source_turn_index")
        .with_columns(unfinished.alias("_unfinished"))
        .with_columns(
            # The next turn, when the other speaker takes it: how long it is and the word it opens with.
            pl.when(pl.col("role").shift(-1).over("session_id") != pl.col("role")).then(next_text).alias("_reply"),
            (pl.int_range(pl.len()).over("session_id") == pl.len().over("session_id") - 1).alias("_is_last"),
            (pl.col("source_turn_index").shift(-1).over("session_id") == pl.col("source_turn_index") + 1).alias(
                "_next_is_adjacent"
            ),
            # The same speaker's next turn carries on in lower case ("...and I just" / "didn't even take my coat
            # off."): one sentence over two segments or messages, nothing of it lost. Only from a writer who starts
            # most turns with a capital: a chat writer who never does opens every new message in lower case.
            (
                (pl.col(_WHO).shift(-1).over("session_id") == pl.col(_WHO))
                & (pl.col("source_turn_index").shift(-1).over("session_id") == pl.col("source_turn_index") + 1)
                & (pl.col("text").str.contains(r"^\W*\p{Lu}").mean().over("session_id", _WHO) >= 0.5)
            )
            .fill_null(False)
            .alias("_same_writer_next"),
        )
        .with_columns(
            (pl.col("_same_writer_next") & next_text.str.contains(r"^\W*\p{Ll}")).fill_null(False).alias("_carried_on"),
            # ... or with "I", capitalised wherever it stands, after a word a clause with "I" can follow ("...and
            # then" / "I just keep seeing his fist"); never after "the", "to" or "with" ("...I don't have the" / "I
            # work for a big company": a message cut, then a new one), nor when the turn was cut inside a word.
            (
                pl.col("_same_writer_next")
                & next_text.str.contains(r"^\W*I(?:[ ']|\u2019)")
                & pl.col("text").str.contains(_CLAUSE_FOLLOWS)
            )
            .fill_null(False)
            .alias("_carried_on_by_i"),
            # How often this speaker's other turns in the session end cleanly: chat users who never type a
            # full stop are not cut off, writers (and LLMs) who always do are. A speaker with no other turn (a
            # question-and-answer pair's answer) is judged by the turn itself: two finished sentences or more in it
            # say its writer punctuates.
            pl.when(pl.len().over("session_id", "role") == 1)
            .then((pl.col("text").str.count_matches(_SENTENCE_END) >= _OWN_SENTENCES_PUNCTUATED).cast(pl.Float64))
            .otherwise(
                ((~pl.col("_unfinished")).cast(pl.Float64).sum().over("session_id", "role"))
                / pl.max_horizontal(pl.len().over("session_id", "role") - 1, pl.lit(1))
            )
            .alias("_punctuated"),
        )
        # Only an unfinished turn can be cut (about a quarter of a batch): the rest of the evidence, each turn's own
        # and its reply's, is read from those alone.
        .filter(pl.col("_unfinished"))
        .with_columns(
            last_word.alias("_last_word"),
            words.alias("_words"),
            pl.col("text").str.count_matches(_SENTENCE_END).alias("_sentence_ends"),
            empty_list_item.alias("_empty_list_item"),
            text.str.contains(r"[,\uff0c\u3001\u060c][ \t]*$").alias("_comma_end"),
            # The transcriber says the recording broke off, and the words before it stop mid-sentence.
            straight.str.contains(_RECORDING_ENDED).alias("_recording_broke"),
            (
                (
                    text.str.contains(_OPEN_QUOTE_TAIL)
                    & ~text.str.contains(_QUOTE_CLOSED_ANOTHER_WAY)
                    & (text.str.extract(r"[\"\u201c]([^\"\u201c\u201d]*)$").str.count_matches(r"\S+") >= 3)
                )
                | (
                    ~single_quoted.str.contains(_SINGLE_QUOTE_CLOSED) & (single_quoted.str.count_matches(r"\S+") >= 3)
                ).fill_null(False)
            ).alias("_open_quote"),
            # Paragraphs before the last that end cleanly, and how many paragraphs there are.
            pl.col("text").str.count_matches(_PARAGRAPH_END).alias("_clean_paragraphs"),
            (pl.col("text").str.count_matches(r"\n\s*\n") + 1).alias("_paragraphs"),
            (
                pl.col("text").str.contains(_LAST_LINE_LIST_ITEM)
                & (pl.col("text").str.count_matches(_UNPUNCTUATED_LIST_ITEM) >= 2)
            ).alias("_ends_list"),
        )
        .pipe(_with_end_rates, pl.col("_last_word"), last_pair)
        .with_columns(
            # A speaker trailing off on a filler ("...and I'm like", "I'm, um") while the other cuts in with a
            # backchannel or finishes the sentence ("Mm-hmm.", "Not sure."): speech interrupted, not a turn cut
            # off by an export or a generator.
            (
                (
                    pl.col("text").str.contains(_TRAILING_FILLER)
                    & (pl.col("_reply").str.count_matches(r"\S+") <= config.max_words_cut_in)
                )
                # ... or talking over it, as a conversation-analysis transcript marks overlap: the turn's last words
                # after an open `[`, the reply opening with one ("it just comes [in" / "[mm").
                | (pl.col("text").str.contains(r"\[[^\[\]\n]{0,40}$") & pl.col("_reply").str.starts_with("["))
            )
            .fill_null(False)
            .alias("_cut_in"),
            # The other speaker finishes the sentence from its last word, briefly ("...all the" / "The to-do
            # list?"): a completion, as people talk, not a cut. "I" opens too many replies to count.
            (
                (pl.col("_reply").str.count_matches(r"\S+") <= config.max_words_completion)
                & (pl.col("_last_word") != "i")
                & (pl.col("_reply").str.to_lowercase().str.extract(r"^\W*([\p{L}']+)") == pl.col("_last_word"))
            )
            .fill_null(False)
            .alias("_completed"),
            # Only about the turn right before it in the file: a reply to an empty message that was dropped says
            # nothing about the turn before that one.
            (pl.col("_reply").str.contains(_REPLY_SAYS_CUT) & pl.col("_next_is_adjacent"))
            .fill_null(False)
            .alias("_reply_says_cut"),
        )
    )
    # The odds that an unfinished turn was cut grow as its last word ends sentences less often (a cut lands on
    # any word, a complete sentence on one that ends sentences) and as its writer ends other turns cleanly more
    # often (someone who always types a full stop did not just forget one): the turn is cut when
    #     end rate x (share of the writer's other turns left unfinished + slack) / boost <= max_cut_score,
    # where boost > 1 for the positions where generation and transcription cut (the session's last turn; a long
    # turn of finished sentences or paragraphs). A word too rare for the table counts as an ordinary ending.
    # A comma says the sentence goes on: whatever word stands before it, the turn ends as seldom as on "the".
    # (Only where generation stops, the session's last turn: chat writers split a sentence over two messages at a
    # comma, and the reader of a long message sees the rest in the next.)
    comma_cut = pl.col("_comma_end") & pl.col("_is_last") & (pl.col("_words") >= config.min_words_comma_cut)
    rate = (
        pl.when(comma_cut)
        .then(pl.min_horizontal(pl.col("_end_rate").fill_null(1.0), pl.lit(config.max_end_rate_rare_punctuator)))
        .otherwise(pl.col("_end_rate").fill_null(config.unknown_word_end_rate))
    )
    unpunctuated = 1 - pl.col("_punctuated") + config.punctuation_slack
    # Several paragraphs, each finished but the last: the writer punctuates, the generation was cut.
    cut_after_paragraphs = (pl.col("_paragraphs") >= 2) & (pl.col("_clean_paragraphs") == pl.col("_paragraphs") - 1)
    long_turn = (pl.col("_words") >= config.min_words_long_turn) & (
        cut_after_paragraphs | (pl.col("_sentence_ends") >= config.min_sentence_ends)
    )
    # Paragraphs are generated text, and a generator finishes every paragraph it is allowed to: only the last
    # one left open is a cut unless its last word ends sentences often ("...worried I'll let someone down").
    paragraph_cut = (
        cut_after_paragraphs
        & (pl.col("_words") >= config.min_words_long_turn)
        & (rate <= config.max_end_rate_after_paragraphs)
    )
    last_turn = pl.col("_is_last") & (pl.col("_words") >= config.min_words_last_turn)
    boost = pl.when(last_turn).then(config.last_turn_boost).otherwise(1.0) * pl.when(long_turn).then(
        config.long_turn_boost
    ).otherwise(1.0)
    score = rate * unpunctuated / boost
    # A last word no English word could be: the cut fell inside it ("...remind yourself it's just the contr").
    # ... or the start of a common English word that is no word itself (`remem`, `becau`): English text only, checked
    # below (`som`, `det` and `tre` are Norwegian and Swedish words).
    # (A capitalised start too, `Human Resour`, though not one in capitals, `BRB`.)
    token = pl.col("_last_token").fill_null("")
    by_start = pl.col("_last_start").is_in(word_starts().implode()).fill_null(False) & ~token.str.contains(_FRAGMENT)
    fragment = (
        (token.str.contains(_FRAGMENT) | by_start)
        & ~token.is_in(list(_NOT_FRAGMENTS))
        & ~pl.col("_last_start").fill_null("").is_in(list(_NOT_FRAGMENTS))
    )
    # Cut whoever wrote it: inside a word, inside a quotation, on a list item's bare number.
    other_cuts = pl.col("_open_quote") | pl.col("_empty_list_item") | pl.col("_recording_broke")

    def is_cut(cut_inside: pl.Expr) -> pl.Expr:
        return (
            pl.col("_unfinished")
            & ~pl.col("_cut_in")
            & ~pl.col("_completed")
            & ~pl.col("_carried_on")
            # (Nor after a word that almost never ends a sentence: "...and" / "I went home" is as often a cut.)
            & ~(pl.col("_carried_on_by_i") & (rate > config.max_end_rate_rare_punctuator) & ~cut_inside)
            & (pl.col("_words") >= config.min_words)
            & (
                cut_inside
                | pl.col("_reply_says_cut")
                | (pl.col("_punctuated") >= config.min_punctuated_share)
                # A word that ends one sentence in a thousand ("the", "my", "and he") needs less of the writer.
                | (
                    (rate <= config.max_end_rate_rare_punctuator)
                    & (pl.col("_punctuated") >= config.min_rare_punctuator_share)
                )
            )
            & (
                pl.when(pl.col("_ends_list"))
                .then(rate <= config.max_end_rate_rare_punctuator)
                .otherwise((score <= config.max_cut_score) | paragraph_cut)
                | cut_inside
                | pl.col("_reply_says_cut")
            )
        )

    found = (
        marked.with_columns(
            last_token.alias("_last_token"),
            # (Capitalised, five letters or more: `Bach` and `Ann` are names more often than starts.)
            pl.coalesce(
                as_written.str.extract(r"(?:^|\s)(\p{Ll}[\p{Ll}']*)\W*$"),
                as_written.str.extract(r"(?:^|\s)(\p{Lu}\p{Ll}{4,})\W*$").str.to_lowercase(),
            ).alias("_last_start"),
        )
        .filter(is_cut(fragment | other_cuts))
        .with_columns(
            pl.when(fragment)
            .then(pl.format("ends inside a word ('{}')", pl.coalesce("_last_token", "_last_start")))
            .when(pl.col("_open_quote"))
            .then(pl.lit("ends inside a quotation it opened"))
            .when(pl.col("_empty_list_item"))
            .then(pl.lit("ends on a list item's number with nothing after it"))
            .when(pl.col("_reply_says_cut"))
            .then(pl.lit("ends mid-sentence, and the reply says the message was cut off"))
            .when(comma_cut)
            .then(pl.lit("the session's last turn ends on a comma"))
            .when(rate * unpunctuated <= config.max_cut_score)
            .then(pl.format("ends on '{}', a word that seldom ends a sentence", pl.col("_last_word")))
            .when(pl.col("_recording_broke"))
            .then(pl.lit("ends mid-sentence where the transcriber notes the recording broke off"))
            .when(last_turn)
            .then(pl.lit("the session's last turn ends mid-sentence"))
            .otherwise(pl.lit("long, otherwise punctuated turn ends mid-clause"))
            .alias("_why"),
            # Found only for the start of an English word: checked against the session's language below.
            (by_start & fragment & ~is_cut((fragment & ~by_start) | other_cuts)).alias("_by_start"),
        )
        .collect()
    )
    found = _english_starts_only(found, turns)
    return turn_defects(
        found,
        defect_type="truncated_turn",
        severity="warning",
        action="flagged",
        detail=pl.col("_why"),
        excerpt=pl.col("text").str.slice(-200),
    )
