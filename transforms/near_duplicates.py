"""Drop near repeats: an earlier turn of the same role in the session said again with other case,
punctuation, quotes or whitespace, or with a word or two changed.

Pairs are only compared inside one session and role, and only when their lengths are within the
allowed difference, so the work grows with session length, never with the corpus.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, NearDuplicateConfig
from transforms.dedupe import announced_by_turn_before
from transforms.defect_rows import turn_defects
from transforms.measures import normalised_loose, word_count
from transforms.slices import in_slices

_KEY = ["session_id", "role"]
_TURN, _TURN_B = "source_turn_index", "source_turn_index_b"
_PAIR = ["session_id", _TURN, _TURN_B]
_NO_REPEATS = {"session_id": pl.String, "source_turn_index": pl.Int32, "repeats_turn_index": pl.Int32}
# A negation added or dropped flips what was said ("I do / I don't want to go back"): never "a word or two" of
# noise (tokens are loose-normalised, so "don't" is "dont").
_NEGATION = (
    r"^(?:not|no|never|nothing|nobody|none|dont|doesnt|didnt|cant|cannot|wont|wouldnt|shouldnt|couldnt|isnt|"
    r"wasnt|arent|werent|havent|hasnt|hadnt)$"
)
# ... but "no matter how" negates nothing: a regenerated reply that says "however" instead ("no matter how early it
# happened" / "however early it happened") is the same reply, so the phrase is one token here.
_NOT_A_NEGATION = r"\b(no) (matter)\b"
# ... nor does a tag "no" ending a sentence that is negated already ("Not in the room, no." / "Not in the room."): a
# transcriptionist's retyped turn keeps or drops it. (Mid-sentence, ", no, not after what happened", it stays.)
_NO_TAG = r"(?i)\b((?:not|never|no|nothing|none)\b[^.!?;,\n]{0,60}),\s*no\b\s*([.!?])"
# A number swapped for another is a different report ("three drinks / five drinks"); a number dropped from a copy
# ("around eight days" / "around days") is a garbled copy, not a new statement, so numbers count only when both
# sides of the pair differ by one.
_NUMBER = (
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|first|second|"
    r"third|half)$"
)
# A number written out in one copy and in digits in the other ("at three" / "at 3") is the same word.
_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
}  # fmt: skip
# Words that may differ between two copies of one turn (fillers, intensifiers, articles, pronouns).
_FILLER = (
    r"^(?:so|really|just|very|quite|like|um|uh|umm|uhm|er|well|oh|okay|ok|alright|all|right|yeah|yes|mm|hmm|mhm|"
    r"mmhmm|the|a|an|and|but|actually|kind|sort|of|totally|honestly|my|your|his|her|our|their|this|that|these|"
    r"those|its|it|is|was|i|you|he|she|we|they|to|in|on|at|for|with|ive|im|have|been|am|are|maybe|probably|"
    r"definitely|perhaps|certainly|still|even|now|then|too|also)$"
)
# Fillers standing at either end of a loose-normalised turn.
_EDGE_FILLER_WORDS = r"(?:yeah|yes|yep|um+|uh+|erm?|okay|ok|so|well|oh|mm+|hmm+|right|like|you know|i mean)"
_EDGE_FILLERS = rf"^(?:{_EDGE_FILLER_WORDS} )+|(?: {_EDGE_FILLER_WORDS})+$"
_IDEOGRAPH = r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
# Below this many words, a content word swapped for another (one on each side) makes a different turn:
# "how ready / how willing are you", "you felt angry / sad".
_MIN_WORDS_CONTENT_CHANGE = 20
# In a long turn, two neighbouring words swapped ("being killed slowly" / "being slowly killed": four word pairs
# changed, six inside a sentence) is the same turn retyped, not a new statement.
_MIN_WORDS_LOCAL_REORDER = 20
_LOCAL_REORDER_PAIRS = 6
# Two words sharing this many first letters are one word retyped, not a content swap.
_TYPO_PREFIX = 4
# ... and so are two forms of one verb ("my mum said / says", "she asked / asks", "I felt / feel"): a copy retold in
# another tense or person, not another statement. Irregular forms by table, regular ones by their suffix.
_IRREGULAR_FORMS = {
    form: lemma
    for lemma, forms in {
        "say": "said says saying", "tell": "told tells telling", "feel": "felt feels feeling",
        "think": "thought thinks thinking", "go": "went goes gone going", "get": "got gets gotten getting",
        "make": "made makes making", "know": "knew knows known knowing", "do": "did does done doing",
        "come": "came comes coming", "take": "took takes taken taking", "see": "saw sees seen seeing",
        "give": "gave gives given giving", "leave": "left leaves leaving", "keep": "kept keeps keeping",
        "find": "found finds finding", "mean": "meant means meaning", "hear": "heard hears hearing",
        "sleep": "slept sleeps sleeping", "lose": "lost loses losing", "pay": "paid pays paying",
        "buy": "bought buys buying", "bring": "brought brings bringing", "write": "wrote written writes writing",
        "speak": "spoke spoken speaks speaking", "meet": "met meets meeting", "send": "sent sends sending",
        "spend": "spent spends spending", "forget": "forgot forgotten forgets forgetting",
        "understand": "understood understands understanding", "begin": "began begun begins beginning",
        "run": "ran runs running", "eat": "ate eaten eats eating", "drink": "drank drunk drinks drinking",
        "fall": "fell fallen falls falling", "hold": "held holds holding", "teach": "taught teaches teaching",
        "catch": "caught catches catching", "fight": "fought fights fighting", "stand": "stood stands standing",
        "sit": "sat sits sitting", "become": "became becomes becoming", "try": "tried tries trying",
        "cry": "cried cries crying", "worry": "worried worries worrying",
    }.items()
    for form in [lemma, *forms.split()]
}  # fmt: skip
_REGULAR_FORM = r"^(\p{L}{3,}?)(?:ing|ed|es|s)$"
# A retold tail may have one word of its own per this many words (a diariser hears a word otherwise).
_WORDS_PER_NEW_WORD = 15


def _spaced_ideographs(loose: pl.Expr) -> pl.Expr:
    """Chinese and Japanese are written without spaces, so each ideograph or kana is a word of its own here: a
    repeat that gained "觉得" differs by two characters, not by the whole sentence it is in."""
    return (
        pl.when(loose.str.contains(_IDEOGRAPH))
        .then(loose.str.replace_all(f"({_IDEOGRAPH})", " $1 ").str.replace_all(r" {2,}", " ").str.strip_chars())
        .otherwise(loose)
    )


def drop_near_duplicates(
    turns: pl.DataFrame, config: NearDuplicateConfig = DEFAULT_CONFIG.near_duplicate
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(kept, dropped): dropped rows carry `repeats_line`, the line of the earlier turn they repeat."""
    marked = (
        turns.sort("session_id", "source_turn_index")
        .with_columns(normalised_loose(pl.col("text")).alias("_loose"))
        # Words as measures counts them (two Chinese characters a word), so the floors below mean the same in every
        # script; the bags compare one token per character.
        .with_columns(
            # (Words as said: "I would say an eight" is five words, though its loose form reads "id".)
            word_count(normalised_loose(pl.col("text"), contracted=False)).cast(pl.Int64).alias("_words"),
            _spaced_ideographs(pl.col("_loose")).alias("_loose"),
        )
        # The same words spaced otherwise ("anymore" / "any more", "every day" / "everyday"), or with a filler before
        # or after them ("I just keep seeing his hands, yeah": a recogniser's repeat), are the same turn.
        .with_columns(pl.col("_loose").str.replace_all(_EDGE_FILLERS, "").alias("_core"))
        .with_columns(
            pl.col("source_turn_index")
            .first()
            .over(
                *_KEY,
                # (Only a core long enough to be a repeat by itself: "Yeah, okay, so, um, right" has none.)
                pl.when(pl.col("_core").str.count_matches(r"\S+") >= config.min_words_normalised)
                .then(pl.col("_core"))
                .otherwise(pl.col("_loose"))
                .str.replace_all(" ", ""),
            )
            .alias("_first")
        )
        .drop("_core")
    )
    loose_repeats = marked.filter(
        (pl.col("_first") != pl.col("source_turn_index")) & (pl.col("_words") >= config.min_words_normalised)
    ).select("session_id", "source_turn_index", pl.col("_first").alias("repeats_turn_index"))
    remaining = marked.join(loose_repeats, on=["session_id", "source_turn_index"], how="anti")
    fuzzy = _fuzzy_repeats(remaining, config)
    tails = _retold_tails(marked, config).join(
        pl.concat([loose_repeats, fuzzy]), on=["session_id", "source_turn_index"], how="anti"
    )
    # A turn whose bytes were partly lost (U+FFFD) is sent again when the other side could not read it ("your message
    # came through garbled, could you resend?"): the readable copy is no repeat of it.
    garbled = turns.filter(pl.col("text").str.contains("\ufffd", literal=True)).select(
        "session_id", pl.col("source_turn_index").alias("repeats_turn_index")
    )
    # ... nor is a turn the one before asks for again ("Can I go again? Say your first bit again?"): dedupe's rule.
    announced = (
        turns.sort("session_id", "source_turn_index")
        .filter(announced_by_turn_before())
        .select("session_id", "source_turn_index")
    )
    repeats = (
        pl.concat([loose_repeats, fuzzy, tails])
        .join(garbled, on=["session_id", "repeats_turn_index"], how="anti")
        .join(announced, on=["session_id", "source_turn_index"], how="anti")
    )
    # Turns are known by their position: in JSON Lines all turns of a record share one line.
    lines = turns.select(
        "session_id",
        pl.col("source_turn_index").alias("repeats_turn_index"),
        pl.col("source_line").alias("repeats_line"),
    )
    repeats = repeats.join(lines, on=["session_id", "repeats_turn_index"], how="left")
    dropped = turns.join(repeats, on=["session_id", "source_turn_index"], how="inner", maintain_order="left")
    kept = turns.join(repeats, on=["session_id", "source_turn_index"], how="anti", maintain_order="left")
    return kept, dropped


def near_duplicate_defects(dropped: pl.DataFrame) -> pl.DataFrame:
    return turn_defects(
        dropped,
        defect_type="near_duplicate_turn",
        severity="warning",
        action="dropped",
        detail=pl.format("near repeat of the {} turn at line {}", pl.col("role"), pl.col("repeats_line")),
        excerpt=pl.col("text"),
    )


def _fuzzy_repeats(marked: pl.DataFrame, config: NearDuplicateConfig) -> pl.DataFrame:
    """Turns whose words, counted as a bag, differ from an earlier same-role turn's by a word or two."""
    candidates = (
        marked.filter(pl.col("_words") >= config.min_words_fuzzy_shorter)
        .with_columns(
            pl.when(pl.col("text").str.contains(_NO_TAG))
            .then(normalised_loose(pl.col("text").str.replace_all(_NO_TAG, "${1}${2}")))
            .otherwise(pl.col("_loose"))
            .alias("_loose")
        )
        .select(*_KEY, "source_turn_index", "_words", "_loose")
    )
    words = candidates.with_row_index("_tid").select(
        "_tid",
        *_KEY,
        "source_turn_index",
        "_words",
        pl.col("_loose")
        .str.replace_all(_NOT_A_NEGATION, "${1}${2}")
        .str.split(" ")
        .list.eval(pl.element().replace(_NUMBER_WORDS))
        .alias("token"),
    )
    pairs = _candidate_pairs(words, config)
    if pairs.is_empty():
        return pl.DataFrame(schema=_NO_REPEATS)
    # Only turns that meet another are counted into bags.
    in_pairs = pl.concat([pairs.select("session_id", _TURN), pairs.select("session_id", pl.col(_TURN_B).alias(_TURN))])
    words = (
        words.join(in_pairs.unique(), on=["session_id", _TURN], how="semi", maintain_order="left")
        .select("session_id", _TURN, "token")
        .explode("token")
    )
    tokens = _bag(words)
    difference = _bag_difference(pairs, tokens)
    close = pairs.join(difference, on=_PAIR, how="left").filter(pl.col("_difference") <= _pair_allowance(config))
    if close.is_empty():
        return pl.DataFrame(schema=_NO_REPEATS)
    # The share bound keeps two short turns a word or two apart from passing as one; fillers inserted or dropped
    # ("can kind of do kind of to your teeth") say nothing new however many there are.
    close = (
        close.join(_differences(close, tokens), on=_PAIR, how="left")
        .filter(
            # (A content word changed is a new statement, unless the same speaker's turn right before says the rest:
            # "...kdy se to stane znova." / "...kdy se to stane zase." is a segment typed twice, not said twice. A
            # negation or a number changed says something else even there.)
            (
                ~pl.col("_changed").fill_null(False)
                | (
                    (pl.col("source_turn_index_b") == pl.col("source_turn_index") + 1)
                    & ~pl.col("_flipped").fill_null(False)
                )
            )
            & (
                (pl.col("_difference") <= config.max_difference_share * pl.max_horizontal("_words", "_words_b"))
                | pl.col("_filler_only").fill_null(True)
            )
        )
        .drop("_changed", "_flipped", "_filler_only")
    )
    if close.is_empty():
        return pl.DataFrame(schema=_NO_REPEATS)
    # Word order: one word added, dropped or swapped changes at most three pairs of neighbouring words per word;
    # the same words in another order ("I want to quit but my friends drink" / "My friends drink but I want
    # to quit") change more.
    # Fillers are left out of the word pairs: "the" moved from one noun to another ("putting the mugs" / "banging the
    # cupboards") reorders nothing said.
    content_words = words.filter(~pl.col("token").str.contains(_FILLER))
    bigrams = _bag(
        content_words.with_columns(
            pl.concat_str(
                pl.col("token"), pl.col("token").shift(-1).over("session_id", "source_turn_index"), separator=" "
            )
        ).drop_nulls("token")
    )
    reordered = (
        close.select(*_PAIR, "_difference", "_words", "_words_b")
        .join(_bag_difference(close, bigrams), on=_PAIR, how="left")
        .filter(
            pl.col("_difference_right")
            > 3 * pl.col("_difference")
            + 1
            + pl.when(pl.min_horizontal("_words", "_words_b") >= _MIN_WORDS_LOCAL_REORDER)
            .then(_LOCAL_REORDER_PAIRS)
            .otherwise(0)
        )
        .select(_PAIR)
    )
    return (
        close.join(reordered, on=_PAIR, how="anti")
        .group_by("session_id", "source_turn_index_b")
        .agg(pl.col("source_turn_index").min().alias("repeats_turn_index"))
        .select("session_id", pl.col("source_turn_index_b").alias("source_turn_index"), "repeats_turn_index")
    )


def _retold_tails(marked: pl.DataFrame, config: NearDuplicateConfig) -> pl.DataFrame:
    """Turns that say again, in order, part of the same role's turn right before them: a diariser's overlapping
    segment transcribed twice ("Sorry about that. So, less dread. Let's think about ..." then "Let's think about
    ..."), a chat message resent without its first line. At least min_words_fuzzy words, every one of them in the turn
    before (one in _WORDS_PER_NEW_WORD may be new: "...is dead or where my fiance is" then "...is dead or alive" is a
    clarification), and no pair of neighbouring words that turn does not have beyond the ones a new word makes."""
    ordered = marked.sort("session_id", "source_turn_index").with_columns(
        pl.col(name).shift(1).over("session_id").alias(f"{name}_before")
        for name in ("source_turn_index", "role", "_words")
    )
    pairs = ordered.filter(
        (pl.col("role_before") == pl.col("role"))
        & (pl.col("_words") >= config.min_words_fuzzy)
        & (pl.col("_words_before") > pl.col("_words"))
    ).select("session_id", pl.col("source_turn_index_before").alias(_TURN), pl.col("source_turn_index").alias(_TURN_B))
    if pairs.is_empty():
        return pl.DataFrame(schema=_NO_REPEATS)
    turns = pl.concat([pairs.select("session_id", _TURN), pairs.select("session_id", pl.col(_TURN_B).alias(_TURN))])
    tokens = (
        marked.join(turns.unique(), on=["session_id", _TURN], how="semi")
        .select("session_id", _TURN, pl.col("_loose").str.split(" ").alias("token"))
        .explode("token")
    )
    bigrams = tokens.with_columns(
        pl.concat_str(pl.col("token"), pl.col("token").shift(-1).over("session_id", _TURN), separator=" ")
    ).drop_nulls("token")

    def unmatched(bag: pl.DataFrame, name: str) -> pl.DataFrame:
        """Per pair, how many of the later turn's items the earlier turn does not have."""
        later = pairs.join(bag.rename({_TURN: _TURN_B, "n": "n_b"}), on=["session_id", _TURN_B])
        return (
            later.join(bag, on=["session_id", _TURN, "token"], how="left")
            .group_by(_PAIR)
            .agg((pl.col("n_b") - pl.col("n").fill_null(0)).clip(lower_bound=0).sum().alias(name))
        )

    return (
        unmatched(_bag(tokens), "_new_words")
        .join(unmatched(_bag(bigrams), "_new_pairs"), on=_PAIR)
        .join(marked.select("session_id", pl.col(_TURN).alias(_TURN_B), "_words"), on=["session_id", _TURN_B])
        .filter(
            (pl.col("_new_words") <= pl.col("_words") // _WORDS_PER_NEW_WORD)
            & (pl.col("_new_pairs") <= 2 * pl.col("_new_words"))
        )
        .select(
            "session_id",
            pl.col(_TURN_B).alias("source_turn_index"),
            pl.col(_TURN).alias("repeats_turn_index"),
        )
        .cast(_NO_REPEATS)  # type: ignore[arg-type]
    )


def _allowance(words: pl.Expr, config: NearDuplicateConfig) -> pl.Expr:
    """How many words a turn of `words` words may differ by from its repeat: max_word_difference, more in long turns
    (an eighth of them up to max_word_difference_long, or a fifth up to max_word_difference_regenerated)."""
    long_turn = (
        (words * config.long_turn_difference_share)
        .floor()
        .cast(pl.Int64)
        .clip(config.max_word_difference, config.max_word_difference_long)
    )
    regenerated = (
        (words * config.regenerated_difference_share)
        .floor()
        .cast(pl.Int64)
        .clip(config.max_word_difference, config.max_word_difference_regenerated)
    )
    return pl.max_horizontal(long_turn, regenerated)


def _pair_allowance(config: NearDuplicateConfig) -> pl.Expr:
    """A pair's allowance: the smaller of its two turns', so each turn's prefix (its own allowance + 1 rarest tokens)
    is long enough for the pair (prefix filtering stays exact)."""
    return pl.min_horizontal(_allowance(pl.col("_words"), config), _allowance(pl.col("_words_b"), config))


def _candidate_pairs(words: pl.DataFrame, config: NearDuplicateConfig) -> pl.DataFrame:
    """Same-role pairs within the turn window that can be a word or two apart, found by prefix filtering.

    `words(_tid, session_id, role, source_turn_index, _words, token: list)`, one row per candidate turn.
    Two bags of words whose difference is at most D (the pair's allowance, _pair_allowance) share all but at most D
    of the tokens of each. Order every token by how rare it is in the batch: then any such pair shares a token
    among each turn's D + 1 rarest (each turn's prefix is its own allowance + 1, at least the pair's), so only turns
    that share one of those are compared. Exact (no pair that could pass is missed), and each turn meets a handful
    of others instead of every same-role turn of its window.
    """
    window = config.max_turn_distance
    # Distinct tokens suffice: two bags at most D apart are at most D apart as sets, so each turn still
    # shares all but D of its distinct tokens with the other.
    # Tokens as 64-bit hashes: a collision only merges two tokens, which can add a candidate, never lose one.
    hashed = words.select(
        "_tid",
        _allowance(pl.col("_words"), config).alias("_allowed"),
        pl.col("token").list.eval(pl.element().hash()).list.unique(),
    )
    # The exploded (turn, token) rows are counted and ranked a slice of turns at a time: held for the whole
    # batch at once they were near-duplicate search's memory peak.
    counts = in_slices(hashed, lambda part: part.explode("token").group_by("token").agg(pl.len().alias("_frequency")))
    # One integer a distinct token, rarest first (ties broken by the token, so the order is total).
    order = (
        counts.group_by("token")
        .agg(pl.col("_frequency").sum())
        .sort("_frequency", "token")
        .with_row_index("_order")
        .select("token", "_order")
    )

    def rarest(part: pl.DataFrame) -> pl.DataFrame:
        return (
            part.explode("token")
            .join(order, on="token")
            .sort("_tid", "_order")
            .filter(pl.int_range(pl.len()).over("_tid") <= pl.col("_allowed"))
            .select("_tid", "_order")
        )

    # Session and role as one integer, so the pairing join compares integers, not strings.
    turns = words.select("_tid", _TURN, pl.struct(*_KEY).rank("dense").alias("_group"))
    keys = words.select("_tid", "session_id")
    sizes = words.select("session_id", _TURN, "_words")
    # Group and token as one 64-bit key: the self-join on two columns took 0.1 GB of scratch on a 16 MB batch
    # (the batch's largest), on one integer a fifth of that.
    prefixes = (
        in_slices(hashed, rarest)
        .join(turns, on="_tid")
        .select((pl.col("_group").cast(pl.UInt64) * 2**32 + pl.col("_order")).alias("_key"), "_tid", _TURN)
    )
    return (
        prefixes.join(prefixes, on="_key", suffix="_b")
        .filter((pl.col(_TURN) < pl.col(_TURN_B)) & (pl.col(_TURN_B) - pl.col(_TURN) <= window))
        .select("_tid", _TURN, _TURN_B)
        .unique()
        .join(keys, on="_tid")
        .join(sizes, on=["session_id", _TURN])
        .join(sizes.rename({_TURN: _TURN_B, "_words": "_words_b"}), on=["session_id", _TURN_B])
        .filter(
            ((pl.col("_words") - pl.col("_words_b")).abs() <= _pair_allowance(config))
            & (pl.max_horizontal("_words", "_words_b") >= config.min_words_fuzzy)
        )
        .sort(_PAIR)
    )


def _bag(items: pl.DataFrame) -> pl.DataFrame:
    """`(session_id, source_turn_index, token)` rows -> each turn's tokens with their counts `n`."""
    return items.group_by("session_id", "source_turn_index", "token").agg(pl.len().cast(pl.Int64).alias("n"))


def _bag_difference(pairs: pl.DataFrame, bag: pl.DataFrame) -> pl.DataFrame:
    """Per pair, how many items of the two bags are not shared: `(session_id, source_turn_index, source_turn_index_b,
    _difference)`."""
    sizes = bag.group_by("session_id", "source_turn_index").agg(pl.col("n").sum().alias("_size"))
    shared = (
        pairs.select(_PAIR)
        .join(bag, on=["session_id", "source_turn_index"])
        .join(
            bag.rename({"source_turn_index": "source_turn_index_b", "n": "n_b"}),
            on=["session_id", "source_turn_index_b", "token"],
        )
        .group_by(_PAIR)
        .agg(pl.min_horizontal("n", "n_b").sum().alias("_common"))
    )
    return (
        pairs.select(_PAIR)
        .join(sizes, on=["session_id", "source_turn_index"], how="left")
        .join(sizes.rename({_TURN: _TURN_B, "_size": "_size_b"}), on=["session_id", _TURN_B],
              how="left")
        .join(shared, on=_PAIR, how="left")
        .select(
            *_PAIR,
            (pl.col("_size").fill_null(0) + pl.col("_size_b").fill_null(0) - 2 * pl.col("_common").fill_null(0))
            .alias("_difference"),
        )
    )  # fmt: skip


# Chat shorthand for one word: a message resent with "tmrw" spelt out is the same message.
_CHAT_SHORTHAND = {
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2moro": "tomorrow", "pls": "please", "plz": "please",
    "thx": "thanks", "bc": "because", "cuz": "because", "coz": "because", "b4": "before", "ppl": "people",
    "tho": "though", "thru": "through", "msg": "message", "abt": "about", "probs": "probably", "rly": "really",
    "sry": "sorry", "tonite": "tonight", "nite": "night", "wk": "week", "yr": "year", "hrs": "hours",
}  # fmt: skip


def _word_key(word: pl.Expr) -> pl.Expr:
    """One key for the ways of writing one word: the forms of a verb ("said" and "says" -> "say", "asked" and
    "asks" -> "ask") and chat shorthand ("tmrw" -> "tomorrow")."""
    word = pl.coalesce(word.replace_strict(_CHAT_SHORTHAND, default=None, return_dtype=pl.String), word)
    irregular = word.replace_strict(_IRREGULAR_FORMS, default=None, return_dtype=pl.String)
    return pl.coalesce(irregular, word.str.replace(_REGULAR_FORM, "${1}"))


def _differences(close: pl.DataFrame, tokens: pl.DataFrame) -> pl.DataFrame:
    """Per close pair, what its differing words are: `_changed` when the pair still says something else (a negation
    differs, a number was swapped for another, or, in a short turn, a content word was swapped for another, one on
    each side), `_filler_only` when every differing word is a filler ("kind of", "really", "the")."""
    keys = ["session_id", "source_turn_index", "source_turn_index_b"]
    a = close.select(keys).join(tokens, on=["session_id", "source_turn_index"])
    b = close.select(keys).join(
        tokens.rename({"source_turn_index": "source_turn_index_b", "n": "n_b"}),
        on=["session_id", "source_turn_index_b"],
    )
    diff = pl.concat(
        [
            a.join(b, on=[*keys, "token"], how="left")
            .filter(pl.col("n") > pl.col("n_b").fill_null(0))
            .select(*keys, "token", pl.lit("a").alias("side")),
            b.join(a, on=[*keys, "token"], how="left")
            .filter(pl.col("n_b") > pl.col("n").fill_null(0))
            .select(*keys, "token", pl.lit("b").alias("side")),
        ]
    )
    content = ~pl.col("token").str.contains(_FILLER)
    return (
        diff.join(close.select(*keys, "_words", "_words_b"), on=keys)
        .group_by(keys)
        .agg(
            pl.col("token").str.contains(_NEGATION).any().alias("_negation"),
            pl.col("side").filter(pl.col("token").str.contains(_NUMBER)).n_unique().alias("_number_sides"),
            pl.col("side").filter(content).n_unique().alias("_content_sides"),
            pl.col("token").filter(content & (pl.col("side") == "a")).alias("_only_a"),
            pl.col("token").filter(content & (pl.col("side") == "b")).alias("_only_b"),
            pl.max_horizontal("_words", "_words_b").first().alias("_longer"),
        )
        .with_columns(
            # One word on each side, the same word retyped ("stoped" / "stopped", "relaxing" / "relaxed"): a typo
            # fixed in a resent message, not another word; or another form of one verb ("said" / "says").
            (
                (pl.col("_only_a").list.len() == 1)
                & (pl.col("_only_b").list.len() == 1)
                & (
                    (
                        (pl.col("_only_a").list.first().str.len_chars() >= _TYPO_PREFIX)
                        & (
                            pl.col("_only_a").list.first().str.slice(0, _TYPO_PREFIX)
                            == pl.col("_only_b").list.first().str.slice(0, _TYPO_PREFIX)
                        )
                    )
                    | (_word_key(pl.col("_only_a").list.first()) == _word_key(pl.col("_only_b").list.first()))
                )
            ).alias("_retyped")
        )
        .select(
            *keys,
            (
                pl.col("_negation")
                | (pl.col("_number_sides") == 2)
                | (
                    (pl.col("_content_sides") == 2)
                    & (pl.col("_longer") < _MIN_WORDS_CONTENT_CHANGE)
                    & ~pl.col("_retyped")
                )
            ).alias("_changed"),
            (pl.col("_negation") | (pl.col("_number_sides") == 2)).alias("_flipped"),
            (pl.col("_content_sides") == 0).alias("_filler_only"),
        )
    )
