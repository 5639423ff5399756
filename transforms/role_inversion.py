"""Turns written in the other role's voice, and whole sessions whose labels are swapped.

Counsellors talk in recognisable moves ("It sounds like you...", "Let's explore...", "I'm here to
support you") and address the client by name; clients address the counsellor by name. A client turn
with several counsellor moves, or one that addresses the client by the name the therapist uses, is
the therapist's; a therapist turn that addresses the therapist by name, or that the voice model below
scores as a client's beyond what counsellors ever say, is the client's. When the client-labelled turns of
a session carry far more counsellor moves than the therapist-labelled ones, the labels are swapped: one
session-level row, no per-turn rows.

Moves are written by hand and catch an LLM counsellor's voice; an ordinary counsellor line ("So you're
torn about cutting back.") needs a model of how counsellors talk. data/role_voice.tsv is one: a logistic
regression over words and word pairs, trained on AnnoMI and ESConv counsellor vs client turns by
benchmarks/train_tables.py (`make tables`). A client turn it scores as very likely the counsellor's is
flagged; a session whose client side scores above its therapist side is swapped. It is applied as an
explode, a join and a sum in polars: no model runtime, about 0.2 s per 10k turns. Chinese turns, which have no
spaces to cut words at, have their own model of the same kind over characters and character pairs
(data/role_voice_zh.tsv, trained on CPsyCounD and SMILECHAT), with its own learned cuts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl

from transforms.config import DEFAULT_CONFIG, RoleInversionConfig
from transforms.defect_rows import defect_rows, turn_defects
from transforms.measures import HAN, first_person_count, normalised_loose, second_person_count, word_count
from transforms.slices import in_slices

COUNSELLOR_MOVES: tuple[str, ...] = (
    r"\bit (?:seems|sounds) like (?:this|that|you)\b",
    r"\bi(?:'m| am) here (?:to|for) (?:support|help|listen to) you\b",
    r"\bthank you (?:so much |very much )?for (?:sharing|your openness|being (?:so )?open|trusting me|opening up)\b",
    r"\blet(?:'s| us) (?:start|explore|work|take a|try|focus|break|talk about|look at|begin|revisit|practi[cs]e)\b",
    r"\bhow (?:does|did|would) (?:that|this|it) (?:sound|feel|make you feel)\b",
    r"\bcan you (?:tell me|think of|share|describe|identify|say more|walk me)\b",
    r"\bwhat (?:are|were|might be) some (?:of the )?(?:things|ways|specific|strategies|situations)\b",
    r"\bi(?:'d| would) like to (?:explore|invite|encourage|suggest|gently|acknowledge|check in)\b",
    r"\bi want to (?:acknowledge|encourage|validate|remind you|gently)\b",
    r"\byour (?:feelings|emotions|reactions) (?:are|is) (?:valid|understandable|completely understandable)\b",
    r"\b(?:it's|it is) (?:clear|understandable|completely understandable|great|wonderful) that you(?:'re| are)?\b",
    r"\bhow have you been (?:feeling|doing)\b",
    r"\bwhat brings you (?:in|here)\b",
    r"\bthat(?:'s| is) (?:a )?(?:great|powerful|important|wonderful|valuable) (?:insight|step|question|observation)\b",
    r"\bi hear (?:you|that you|what you)\b",
    r"\b(?:you(?:'ve| have) made|the progress you(?:'ve| have) made)\b",
    r"\bwhat do you think (?:might|would|could)\b",
    r"\b(?:this|our) (?:time together|work together)\b",
    r"\bi (?:really |truly |do |so )?appreciate (?:you|your) (?:being|sharing|honesty|openness|willingness|trust)",
    r"\b(?:i'd|i would) love (?:for us )?to (?:explore|spend|hear|understand)\b",
    r"\bwhat do you notice\b",
    r"\b(?:so )?what i(?:'m| am) hearing\b",
    r"\bwould it be (?:okay|ok|alright|all right) if we\b",
    r"\bwhat would you like to (?:get out of|focus on|work on)\b",
)
# Topic words clients say too ("homework", "on a scale of one to ten", "you mentioned", "our session") are no
# counsellor moves; "it sounds like you" is one move, not two.
_MOVES = [f"(?i:{p})" for p in COUNSELLOR_MOVES]
# A text matches this alternation exactly when it makes at least one move. About 2% of a batch's turns make any,
# so one pass of it finds the few turns worth testing move by move (24 passes over every turn were a third of
# role_inversion_defects' time).
_ANY_MOVE = "|".join(_MOVES)
# Words that start a sentence followed by a comma without being anyone's name.
_NOT_NAMES = (
    "Well|So|Okay|Ok|Yes|Yeah|Yep|Yup|Nope|No|Hi|Hello|Hey|Thanks|Now|Also|And|But|Or|Honestly|Actually|Right|"
    "Sure|Oh|Alright|Great|Good|Sorry|Look|Listen|Again|First|Second|Then|Finally|Lastly|Instead|However|Plus|"
    "Anyway|Like|Um|Uh|Umm|Hmm|Mmh|Mm|Mhm|Wow|Cool|Fine|Exactly|Totally|Definitely|Absolutely|Really|True|"
    "Correct|Perfect|Awesome|Basically|Obviously|Apparently|Hopefully|Unfortunately|Otherwise|Maybe|Perhaps|"
    "Please|Wait|Anyways|Besides|Still|Yet|Though|Because|Since|Whatever|Today|Tomorrow|Yesterday|Sometimes"
)
# A name addressed with a comma: "Naomi, ..." opening a sentence, or "..., Naomi." closing one (found apart, so
# the comma of "Okay, Sam." is not eaten by the opening form).
_VOCATIVE_OPENING = r"(?:^|[.!?]\s+)\p{Lu}\p{Ll}{2,},\s"
_VOCATIVE_CLOSING = r",\s+\p{Lu}\p{Ll}{2,}[.!?]"
# The counsellor asking the client to speak as a friend would, and the answer taking that voice up.
_ASKS_WHAT_YOU_WOULD_SAY = (
    r"(?i)\bwhat (?:would|might|could|do|will) you (?:say|tell|want to say)\b|\bhow would you (?:talk|speak) to\b"
)
_WOULD_SAY_OPENING = (
    r"(?i)^\W*(?:(?:well|um+|uh+|oh|hmm+|i guess|honestly),?\s+)*i(?:'d|\u2019d| would) (?:say|tell|just say)\b"
)
# ... or greeted: "Hi Gareth, welcome.", "Good morning, Ana!".
_GREETINGS = ["hi", "hello", "hey", "morning", "afternoon", "evening", "welcome"]
_VOCATIVE_GREETING = (
    r"(?:^|[.!?]\s+)(?i:hi|hello|hey|(?:good )?(?:morning|afternoon|evening)|welcome(?: back)?),?\s+"
    r"\p{Lu}\p{Ll}{2,}[,.!?]"
)
_APOSTROPHES = "[\u2018\u2019\u02bc]"


_ROLE_VOICE = Path(__file__).with_name("data") / "role_voice.tsv"
# Words as benchmarks/train_tables.py cut them: letters first, then letters, digits or apostrophes.
_VOICE_WORD = r"[^\W\d_][\w']*"
_BIAS = "(bias)"
_ROLE_VOICE_ZH = Path(__file__).with_name("data") / "role_voice_zh.tsv"
# A run of Han characters; benchmarks/train_tables.py cuts Chinese text the same way.
HAN_RUN = HAN + "+"
_HAN_CHAR = HAN_RUN[:-1]
# Quoted words are someone else's voice (a client quoting her mother, a counsellor scripting what the client could
# say): the Chinese model reads what is left. benchmarks/train_tables.py removes the same spans.
HAN_QUOTED = "\u201c[^\u201d]*\u201d|\u300c[^\u300d]*\u300d|\u300e[^\u300f]*\u300f"
# ... and in English: a double-quoted span, or a single-quoted one that opens after a space, a colon or a bracket
# and closes before one (apostrophes inside its words, `'No thanks, I'm fine.'`, do not close it).
QUOTED = (
    r"[\"\u201c][^\"\u201c\u201d\n]{3,}[\"\u201d]"
    r"|(?:^|[\s:(])['\u2018](?:[^'\u2018\u2019\n]|\p{L}['\u2019]\p{L})+?[.!?,]?['\u2019](?:[\s.,;:!?)]|$)"
)


@cache
def _voice_weights() -> tuple[float, pl.DataFrame]:
    """(bias, feature -> weight) of the counsellor-vs-client voice model (the bias is the row "(bias)")."""
    table = pl.read_csv(
        _ROLE_VOICE, separator="\t", quote_char=None, schema={"feature": pl.String, "weight": pl.Float64}
    )
    bias = table.filter(pl.col("feature") == _BIAS)["weight"]
    return float(bias[0]) if len(bias) else 0.0, table.filter(pl.col("feature") != _BIAS).rename({"feature": "_f"})


def voice_scores(texts: pl.Series) -> pl.Series:
    """Log-odds that each text is a counsellor's turn rather than a client's: the logistic model of
    data/role_voice.tsv over the text's words and word pairs (repeats counted), sum of weights / sqrt(count), plus bias.
    Vectorised: words are exploded to rows, joined to the weights and summed back per text; a slice of texts at
    a time, so the word rows of the whole batch are never held at once."""
    return in_slices(pl.DataFrame({"_text": texts}, schema={"_text": pl.String}), _voice_scores).to_series()


@cache
def _voice_keys() -> tuple[float, pl.Enum, int, pl.DataFrame]:
    """The voice model keyed by integers: (bias, the Enum of every word its features use, that word count n, and
    _k -> weight). A word's key is its index i in the Enum; a pair's is (i + 1) * n + j, above every word's.
    Features of more than two words are left out: no pair of tokens (which hold no space) could equal one."""
    bias, weights = _voice_weights()
    parts = weights.select(pl.col("_f").str.split(" ").alias("_parts"), "weight")
    vocabulary = parts["_parts"].explode().unique().sort()
    word, n = pl.Enum(vocabulary), vocabulary.len()

    def index(part: int) -> pl.Expr:
        return pl.col("_parts").list.get(part, null_on_oob=True).cast(word).to_physical().cast(pl.UInt64)

    size = pl.col("_parts").list.len()
    keys = parts.filter(size <= 2).select(
        pl.when(size == 1).then(index(0)).otherwise((index(0) + 1) * n + index(1)).alias("_k"), "weight"
    )
    return bias, word, n, keys


def _voice_scores(texts: pl.DataFrame) -> pl.DataFrame:
    # Words and pairs are joined to the weights as integers (a word's index among the model's words), not as
    # strings: a join of 4M string rows, and concatenating 2M pair strings for it, were most of the step. Hits stay
    # in the order the string join gave them (a text's words, then its pairs) so each sum adds up the same way.
    bias, word, n, keys = _voice_keys()
    words = (
        texts.with_row_index("_row")
        .select(
            "_row",
            pl.col("_text")
            .fill_null("")
            .str.replace_all(_APOSTROPHES, "'")
            .str.to_lowercase()
            .str.extract_all(_VOICE_WORD)
            .alias("_i"),
        )
        .explode("_i")
        .filter(pl.col("_i").is_not_null())
        # A word no feature uses becomes null: neither it nor a pair with it has a weight.
        .with_columns(pl.col("_i").cast(word, strict=False).to_physical().cast(pl.UInt64))
    )
    # A pair is a word and the one before it in the same text (rows are in text order after the explode).
    same_text = pl.col("_row").shift(1) == pl.col("_row")
    pairs = words.select("_row", pl.when(same_text).then((pl.col("_i").shift(1) + 1) * n + pl.col("_i")).alias("_k"))
    summed = (
        pl.concat([words.rename({"_i": "_k"}), pairs])
        .filter(pl.col("_k").is_not_null())
        .join(keys, on="_k", how="inner", maintain_order="left")
        .group_by("_row")
        .agg((pl.col("weight").sum() / pl.len().cast(pl.Float64).sqrt()).alias("_score"))
    )
    return (
        pl.DataFrame({"_row": pl.int_range(texts.height, eager=True, dtype=pl.UInt32)})
        .join(summed, on="_row", how="left", maintain_order="left")
        .select((pl.col("_score").fill_null(0.0) + bias).alias("voice"))
    )


@cache
def _han_voice() -> tuple[dict[str, float], pl.DataFrame]:
    """The Chinese voice model: its bracketed rows ("(bias)", "(client_cut)", "(therapist_cut)") and feature ->
    weight (a character or a pair of characters)."""
    table = pl.read_csv(
        _ROLE_VOICE_ZH, separator="\t", quote_char=None, schema={"feature": pl.String, "weight": pl.Float64}
    )
    bracketed = table.filter(pl.col("feature").str.starts_with("("))
    settings = dict(zip(bracketed["feature"].to_list(), bracketed["weight"].to_list(), strict=True))
    return settings, table.filter(~pl.col("feature").str.starts_with("(")).rename({"feature": "_f"})


def han_voice_cuts() -> tuple[float, float]:
    """(client cut, therapist cut) of the Chinese voice model: a client turn at or above the first is the
    counsellor's, a therapist turn at or below the second the client's."""
    settings, _ = _han_voice()
    return settings["(client_cut)"], settings["(therapist_cut)"]


def _han_voice_scores(texts: pl.DataFrame) -> pl.DataFrame:
    """Log-odds of the Chinese voice model for each `_text`: its characters and adjacent character pairs (inside a
    run of Han characters, repeats counted, quotations left out) joined to the weights, sum over sqrt(hits), plus
    the bias."""
    settings, weights = _han_voice()
    chars = (
        texts.with_row_index("_row")
        .select(
            "_row",
            pl.col("_text").fill_null("").str.replace_all(HAN_QUOTED, " ").str.extract_all(HAN_RUN).alias("_run"),
        )
        .explode("_run")
        .filter(pl.col("_run").is_not_null())
        .with_row_index("_run_id")
        .with_columns(pl.col("_run").str.split("").alias("_f"))
        .explode("_f")
    )
    same_run = pl.col("_run_id").shift(1) == pl.col("_run_id")
    pairs = chars.select("_row", pl.when(same_run).then(pl.col("_f").shift(1) + pl.col("_f")).alias("_f"))
    summed = (
        pl.concat([chars.select("_row", "_f"), pairs])
        .filter(pl.col("_f").is_not_null())
        .join(weights, on="_f", how="inner")
        .group_by("_row")
        .agg((pl.col("weight").sum() / pl.len().cast(pl.Float64).sqrt()).alias("_score"))
    )
    return (
        pl.DataFrame({"_row": pl.int_range(texts.height, eager=True, dtype=pl.UInt32)})
        .join(summed, on="_row", how="left", maintain_order="left")
        .select((pl.col("_score").fill_null(0.0) + settings[_BIAS]).alias("voice"))
    )


def han_voice_scores(texts: pl.Series) -> pl.Series:
    """Log-odds that each (Chinese) text is a counsellor's turn rather than a client's, by data/role_voice_zh.tsv;
    a slice of texts at a time, as voice_scores."""
    return in_slices(pl.DataFrame({"_text": texts}, schema={"_text": pl.String}), _han_voice_scores).to_series()


# Function words of English, and of the other languages the product reads (Spanish, Portuguese, French, German,
# Italian) that English does not use as words: a turn with more of the second is not English.
_ENGLISH_WORDS = (
    r"(?i)(?-u:\b)(?:the|and|you|to|it|that|is|of|my|what|for|this|was|have|with|your|are|just|be|about|i'm|don't|"
    r"it's)(?-u:\b)"
)
_OTHER_WORDS = (
    r"(?i)\b(?:que|el|los|las|por|para|una|con|del|pero|muy|und|der|die|das|nicht|ist|ich|mit|auch|sie|les|des|"
    r"est|pas|je|vous|une|dans|avec|não|você|uma|com|il|che|di|per|sono|della)\b"
)


def with_voice(
    turns: pl.DataFrame, min_words: int, min_han_chars: int = DEFAULT_CONFIG.role_inversion.min_han_chars_voice
) -> pl.DataFrame:
    """`turns` with `_voice`, the voice log-odds of each turn of at least `min_words` words (null for shorter ones,
    which carry no voice and are not scored at all), and `_han`: whether the Chinese model scored it (a turn of at
    least `min_han_chars` Han characters, whose log-odds and cuts are its own)."""
    han = turns.select(pl.col("text").str.count_matches(_HAN_CHAR) >= min_han_chars).to_series().fill_null(False)
    han_turns = han.arg_true()
    # Only the text column is gathered and the scores scattered back in place: filtering every column of the
    # turns (lists included) and joining them all back on a row number cost about 0.06 s per 16 MB batch.
    long_turns = turns.select((pl.col("text").str.count_matches(r"\S+") >= min_words) & ~han).to_series().arg_true()
    # The voice model learnt English words: a Spanish or German turn scores on the few it shares, at random. (Counted
    # on the long turns only: two word-list searches over every turn cost more than the scoring.)
    # Three English function words settle it; only the rest are searched for the other languages' words.
    texts = (
        turns["text"]
        .gather(long_turns)
        .to_frame()
        .with_row_index("_at")
        .with_columns(pl.col("text").str.count_matches(_ENGLISH_WORDS).alias("_english"))
    )
    foreign = (
        texts.filter(pl.col("_english") < 3)
        .filter(pl.col("text").str.count_matches(_OTHER_WORDS) > pl.col("_english"))
        .get_column("_at")
    )
    long_turns = long_turns.filter(~pl.int_range(long_turns.len(), eager=True).is_in(foreign.implode()))
    # Quoted words are someone else's voice, as the Chinese model reads them too: a counsellor scripting what the
    # client could say ("Try: 'No thanks, I'm not drinking.'"), a client voicing the kind words asked of her.
    scores = voice_scores(turns["text"].gather(long_turns).str.replace_all(QUOTED, " "))
    voice = pl.repeat(None, turns.height, dtype=pl.Float64, eager=True).scatter(long_turns, scores)
    if han_turns.len():
        voice = voice.scatter(han_turns, han_voice_scores(turns["text"].gather(han_turns)))
    return turns.with_columns(voice.alias("_voice"), han.alias("_han"))


# The context model (data/role_context.tsv, benchmarks/train_tables.py): a client turn is judged against the
# session's other client turns, not alone. Its features, in the order of the table. (Measured and left out: the
# therapist turns' mean voice, weight 0; and how many of the turn's words the session says nearby, which finds
# turns pasted from another session but misses counsellor lines written for this one, the LLM's inversions.)
CONTEXT_FEATURES = ("voice", "client_others", "moves")
_ROLE_CONTEXT = Path(__file__).with_name("data") / "role_context.tsv"


@cache
def _context_weights() -> dict[str, float]:
    """feature -> weight of the context model, plus "(bias)", "(cut)" and "fill:<feature>" rows."""
    table = pl.read_csv(
        _ROLE_CONTEXT, separator="\t", quote_char=None, schema={"feature": pl.String, "weight": pl.Float64}
    )
    return dict(zip(table["feature"].to_list(), table["weight"].to_list(), strict=True))


def context_features(scored: pl.DataFrame) -> pl.DataFrame:
    """`scored` (turns with `_voice`, null when unscored) with `client_others`: the mean voice of the session's
    other scored client turns (a client who always sounds articulate is no counsellor for it; one turn far above
    the others stands out). Null when there is no other; `context_score` fills it with the trained default."""
    client_voice = pl.col("_voice").filter((pl.col("role") == "client") & pl.col("_voice").is_not_null())
    total, count = client_voice.sum().over("session_id"), client_voice.count().over("session_id")
    own = (pl.col("role") == "client") & pl.col("_voice").is_not_null()
    return scored.with_columns(
        pl.when(own)
        .then(pl.when(count > 1).then((total - pl.col("_voice")) / (count - 1)))
        .otherwise(pl.when(count > 0).then(total / count))
        .alias("client_others")
    )


def context_score(weights: dict[str, float]) -> pl.Expr:
    """The context model's log-odds over the columns context_features adds (`voice` is `_voice`)."""
    columns = {"voice": pl.col("_voice"), "moves": pl.col("_moves").clip(0, 3).cast(pl.Float64)}
    terms = [columns.get(f, pl.col(f)).fill_null(weights.get(f"fill:{f}", 0.0)) * weights[f] for f in CONTEXT_FEATURES]
    return pl.sum_horizontal(terms) + weights["(bias)"]


def _vocative_uses(turns: pl.DataFrame) -> pl.DataFrame:
    """Per session, role and name: how often that role's turns address someone by that name (`uses`). Both roles
    at once: each role's names are read twice, as the namer and as the other side."""
    return (
        # Both vocative forms hold a comma: a turn without one (about two in three) addresses nobody.
        turns.filter(
            pl.col("role").is_in(["therapist", "client"])
            & (
                pl.col("text").str.contains(",", literal=True)
                | pl.col("text").str.contains_any(_GREETINGS, ascii_case_insensitive=True)
            )
        )
        .select(
            "session_id",
            "role",
            pl.concat_list(
                pl.col("text").str.extract_all(_VOCATIVE_OPENING),
                pl.col("text").str.extract_all(_VOCATIVE_CLOSING),
                pl.col("text").str.extract_all(_VOCATIVE_GREETING),
            ).alias("_hits"),
        )
        .explode("_hits")
        # The name is the hit's last capitalised word (after the greeting, if any).
        .with_columns(pl.col("_hits").str.extract(r"(\p{Lu}\p{Ll}{2,})\W*$").alias("name"))
        .filter(pl.col("name").is_not_null() & ~pl.col("name").str.contains(rf"^(?:{_NOT_NAMES})$"))
        .group_by("session_id", "role", "name")
        .agg(pl.len().alias("uses"))
    )


def _name_used_by(uses: pl.DataFrame, role: str) -> pl.DataFrame:
    """Per session, the name one role uses most often (at least twice) to address the other, and more often
    than the other role does (a word both sides open sentences with is no name; one inverted turn that uses
    the name does not veto it). `uses` is _vocative_uses of the turns."""
    other = "client" if role == "therapist" else "therapist"
    return (
        uses.filter(pl.col("role") == role)
        .select("session_id", "name", "uses")
        .join(
            uses.filter(pl.col("role") == other).select("session_id", "name", pl.col("uses").alias("other_uses")),
            on=["session_id", "name"],
            how="left",
        )
        .filter((pl.col("uses") >= 2) & (pl.col("uses") > pl.col("other_uses").fill_null(0)))
        .sort("uses", "name", descending=[True, False])
        .unique("session_id", keep="first", maintain_order=True)
        .select("session_id", "name")
    )


def role_inversion_defects(
    turns: pl.DataFrame, config: RoleInversionConfig = DEFAULT_CONFIG.role_inversion
) -> pl.DataFrame:
    """`turns` (kept) -> role_inversion defects: per turn, or one per session whose labels are swapped."""
    uses = _vocative_uses(turns)
    client_name = _name_used_by(uses, "therapist").rename({"name": "_client_name"})
    therapist_name = _name_used_by(uses, "client").rename({"name": "_therapist_name"})
    scored = (
        with_counsellor_moves(turns)
        .join(client_name, on="session_id", how="left")
        .join(therapist_name, on="session_id", how="left")
        .with_columns(
            _addresses(pl.col("_client_name")).alias("_calls_client"),
            _addresses(pl.col("_therapist_name")).alias("_calls_therapist"),
        )
    )
    # Turns long enough to carry a voice are scored by the learned model (shorter ones: "Okay, thank you.").
    scored = with_voice(scored, config.min_words_voice)
    swapped = _swapped_sessions(scored, config)
    weights = _context_weights()
    client_cut_zh, therapist_cut_zh = han_voice_cuts()
    # The context model learnt English voices: a Chinese turn is judged by its own model's cuts, and its log-odds
    # are left out of the English turns' context.
    candidates = (
        scored.join(swapped.select("session_id"), on="session_id", how="anti")
        .with_columns(
            pl.col("_voice").alias("_any_voice"), pl.when(~pl.col("_han")).then(pl.col("_voice")).alias("_voice")
        )
        .pipe(context_features)
        .with_columns(
            pl.when(pl.col("_voice").is_not_null()).then(context_score(weights)).alias("_context"),
            pl.col("_any_voice").alias("_voice"),
        )
    )
    by_moves = (pl.col("_moves") >= config.min_markers) | (
        pl.col("_calls_client") & (pl.col("_moves") >= config.min_markers_with_client_name)
    )
    therapist_by_name = pl.col("_calls_therapist") & (pl.col("_moves") == 0)
    # A client turn between two more turns of the same client stands where the counsellor's turn is missing (a
    # diarisation or labelling slip): it needs less of the voice. (Not between two other speakers a session also
    # calls clients: in a group or a role-play script the clients speak in turn.)
    order = "turn_index" if "turn_index" in candidates.columns else "source_turn_index"
    # (Neighbours as parsed: where a repeat was dropped between them, the turns around it never stood together.)
    parsed_next = pl.col("source_turn_index").shift(-1).over("session_id", order_by=order)
    parsed_before = pl.col("source_turn_index").shift(1).over("session_id", order_by=order)
    sandwiched = (
        (pl.col("speaker").shift(1).over("session_id", order_by=order) == pl.col("speaker"))
        & (pl.col("speaker").shift(-1).over("session_id", order_by=order) == pl.col("speaker"))
        & (parsed_before == pl.col("source_turn_index") - 1)
        & (parsed_next == pl.col("source_turn_index") + 1)
    ).fill_null(False)
    # (The two pairs of one role in a row are the sandwich's own.)
    same_role_pairs = (pl.col("role") == pl.col("role").shift(1).over("session_id", order_by=order)).fill_null(False)
    alternating = sandwiched & (
        same_role_pairs.sum().over("session_id") - 2 <= config.alternating_share * pl.len().over("session_id")
    )
    margin = (
        pl.when(alternating)
        .then(config.context_margin - config.sandwiched_margin - config.alternating_margin)
        .when(sandwiched)
        .then(config.context_margin - config.sandwiched_margin)
        .otherwise(config.context_margin)
    )
    counsellor_voice = pl.when(pl.col("_han")).then(pl.col("_voice") >= client_cut_zh + margin)
    # ... and the same slip the other way: a therapist turn between two more of the same therapist's; and a therapist
    # turn typed the client's way (all lower case, where the client types so and this therapist does not) needs less
    # of it too: in chat, each side keeps its own typing.
    lower_only = pl.col("text").str.contains(r"\p{L}") & ~pl.col("text").str.contains(r"\p{Lu}")
    client_types_lower = (
        lower_only.filter((pl.col("role") == "client") & (pl.col("text").str.count_matches(r"\S+") >= 3))
        .mean()
        .over("session_id")
        >= config.min_lower_case_share
    )
    speaker_cased = (
        (~lower_only).cast(pl.Float64).sum().over("session_id", "speaker") - (~lower_only).cast(pl.Float64)
    ) / pl.max_horizontal(pl.len().over("session_id", "speaker") - 1, pl.lit(1))
    in_client_style = (lower_only & client_types_lower & (speaker_cased >= config.min_cased_share)).fill_null(False)
    max_therapist_voice = (
        pl.when(in_client_style)
        .then(config.max_therapist_voice_in_client_style)
        .when(alternating)
        .then(config.max_therapist_voice + config.sandwiched_therapist_margin + config.alternating_therapist_margin)
        .when(sandwiched)
        .then(config.max_therapist_voice + config.sandwiched_therapist_margin)
        .otherwise(config.max_therapist_voice)
    )
    client_voice = (
        pl.when(pl.col("_han"))
        .then(pl.col("_voice") <= therapist_cut_zh + max_therapist_voice - config.max_therapist_voice)
        .otherwise((pl.col("_voice") <= max_therapist_voice) & (pl.col("_moves") == 0))
    )
    by_context = counsellor_voice.otherwise(pl.col("_context").fill_null(float("-inf")) >= weights["(cut)"] + margin)
    # A client answering "what would you say to a friend who...?" speaks the kind words in their own mouth ("I'd say
    # mate, go easy on yourself"): voicing a counsellor is what the question asked for.
    previous_text = pl.col("text").shift(1).over("session_id", order_by=order)
    previous_role = pl.col("role").shift(1).over("session_id", order_by=order)
    asked_what_they_would_say = (
        (previous_role == "therapist")
        & previous_text.str.contains(_ASKS_WHAT_YOU_WOULD_SAY)
        & pl.col("text").str.contains(_WOULD_SAY_OPENING)
    ).fill_null(False)
    # A client turn that is, word for word, a counsellor turn of the same session (a copy put in the wrong place): a
    # client echoes a phrase, never eight words and more of it whole.
    # (Only the long turns are normalised: a regex pass over every turn of the batch for a handful of copies.)
    long_turns = candidates.filter(word_count(pl.col("text")) >= config.min_words_voice).select(
        "session_id", "source_turn_index", "role", normalised_loose(pl.col("text")).alias("_loose")
    )
    # (Not the counsellor's turn right before: "Say it after me: ..." and the client says it.)
    copies = (
        long_turns.filter(pl.col("role") == "client")
        .join(
            long_turns.filter(pl.col("role") == "therapist").select(
                "session_id", "_loose", pl.col("source_turn_index").alias("_said_at")
            ),
            on=["session_id", "_loose"],
        )
        .filter((pl.col("source_turn_index") - pl.col("_said_at")).abs() > 1)
        .select("session_id", "source_turn_index", pl.lit(True).alias("_copied"))
        .unique()
    )
    candidates = candidates.join(copies, on=["session_id", "source_turn_index"], how="left", maintain_order="left")
    candidates = candidates.with_columns(pl.col("_copied").fill_null(False))
    per_turn = candidates.filter(
        ((pl.col("role") == "client") & (by_moves | by_context | pl.col("_copied")) & ~asked_what_they_would_say)
        | ((pl.col("role") == "therapist") & (therapist_by_name | client_voice))
    )
    turn_rows = turn_defects(
        per_turn,
        defect_type="role_inversion",
        severity="error",
        action="flagged",
        detail=pl.when(pl.col("role") == "client")
        .then(
            pl.when(pl.col("_copied"))
            .then(pl.lit("client turn repeats a counsellor turn of the session word for word"))
            .when(by_moves)
            .then(pl.format("client turn in the counsellor's voice ({} counsellor moves)", pl.col("_moves")))
            .when(pl.col("_han"))
            .then(
                pl.format(
                    "client turn in the counsellor's voice (Chinese voice model log-odds {})", pl.col("_voice").round(1)
                )
            )
            .otherwise(
                pl.format(
                    "client turn in the counsellor's voice (voice model log-odds {}, context log-odds {}, "
                    "{} counsellor moves)",
                    pl.col("_voice").round(1),
                    pl.col("_context").round(1),
                    pl.col("_moves"),
                )
            )
        )
        .when(therapist_by_name)
        .then(pl.format("therapist turn addresses the therapist by name ({})", pl.col("_therapist_name")))
        .otherwise(
            pl.format("therapist turn in the client's voice (voice model log-odds {})", pl.col("_voice").round(1))
        ),
        excerpt=pl.col("text").str.slice(0, 300),
    )
    session_rows = defect_rows(
        swapped,
        defect_type="role_inversion",
        severity="error",
        action="flagged",
        session_id=pl.col("session_id"),
        detail=pl.format("labels swapped: {}", pl.col("_evidence")),
        excerpt=pl.lit(None),
    )
    return pl.concat([turn_rows, session_rows])


def counsellor_moves(text: pl.Expr) -> pl.Expr:
    """How many of the distinct counsellor moves a text makes."""
    return pl.sum_horizontal([text.str.replace_all(_APOSTROPHES, "'").str.contains(p).cast(pl.Int32) for p in _MOVES])


def with_counsellor_moves(turns: pl.DataFrame) -> pl.DataFrame:
    """`turns` with `_moves`, counsellor_moves of each text; only the turns that make any move are counted move by
    move, the others are 0 (as counsellor_moves says of them, a null text included)."""
    any_move = turns.select(pl.col("text").str.replace_all(_APOSTROPHES, "'").str.contains(_ANY_MOVE)).to_series()
    rows = any_move.fill_null(False).arg_true()
    counted = turns.select(pl.col("text").gather(rows)).select(counsellor_moves(pl.col("text"))).to_series()
    return turns.with_columns(pl.zeros(turns.height, pl.Int32, eager=True).scatter(rows, counted).alias("_moves"))


# A letter's or an email's signature: the writer's own name on the last line, or after a sign-off ("Best wishes,
# Hannah"). It names the one writing, not the one addressed. (Capitals of Latin-1 only, and ASCII classes: with
# Unicode classes under the bounded repeat the regex engine leaves its DFA, 20 s a batch instead of 0.05 s.)
_SIGNATURE = (
    r"(?:\n[ \t]*|(?-u:\b)(?i:wishes|regards|best|thanks|cheers|love|warmly|sincerely|take care)[,.!]?[ \t\n]+)"
    r"[A-Z\u00c0-\u00de][^\n,;:!?]{0,40}[ \t.!]*$"
)


def _addresses(name: pl.Expr) -> pl.Expr:
    """Does the turn address `name` (a per-row column) as a vocative? (Not in its signature.)"""
    pattern = pl.concat_str(pl.lit(r"(?:^|[.!?,]\s*)"), name, pl.lit(r"(?:[,!.?]|$)"))
    # The signature is cut only from the few texts that name the name at all (the others are searched as "").
    naming = pl.when(pl.col("text").str.contains(pattern)).then(pl.col("text")).otherwise(pl.lit(""))
    # A name inside a quotation is someone else's words: a counsellor scripting the line the client could say to
    # "Aunty" in a role play addresses nobody.
    # (The quotation stands in the sentence as a clause: a comma keeps "..., Sam," after it a vocative.)
    spoken = naming.str.replace(_SIGNATURE, "").str.replace_all(QUOTED, ", ")
    return pl.when(name.is_null()).then(False).otherwise(spoken.str.contains(pattern))


def _swapped_sessions(scored: pl.DataFrame, config: RoleInversionConfig) -> pl.DataFrame:
    """Sessions whose client-labelled turns sound like the counsellor: more counsellor moves, or both more
    questions and more "you" than "I" than the therapist-labelled turns (on clean AnnoMI and ESConv the
    second test fires on 5 of 1,433 sessions; on the same sessions with labels swapped, on 83-90%)."""
    text = pl.col("text").str.to_lowercase().str.replace_all(_APOSTROPHES, "'")
    client, therapist = pl.col("role") == "client", pl.col("role") == "therapist"
    # (In the languages measures.py lists, not English alone: a swapped French session leans to "vous" as well.)
    you = second_person_count(text)
    me = first_person_count(text)
    question = pl.col("text").str.contains(r"\?").cast(pl.Float64)
    # Lazy, so the lower-cased text both counts read is made once (an eager frame made it twice).
    rates = (
        scored.lazy()
        .with_columns(you.alias("_you"), me.alias("_me"), question.alias("_q"))
        .group_by("session_id")
        .agg(
            pl.col("source_id").first(),
            pl.col("_moves").filter(client).sum().alias("client_moves"),
            pl.col("_moves").filter(client).mean().alias("client_rate"),
            pl.col("_moves").filter(therapist).mean().alias("therapist_rate"),
            client.sum().alias("client_turns"),
            therapist.sum().alias("therapist_turns"),
            (pl.col("_q").filter(client).mean() - pl.col("_q").filter(therapist).mean()).alias("_question_gap"),
            (pl.col("_voice").filter(client).mean() - pl.col("_voice").filter(therapist).mean()).alias("_voice_gap"),
            pl.col("_voice").filter(client).count().alias("_client_voiced"),
            pl.col("_voice").filter(therapist).count().alias("_therapist_voiced"),
            (
                ((pl.col("_you").filter(client).sum() + 1) / (pl.col("_me").filter(client).sum() + 1)).log()
                - ((pl.col("_you").filter(therapist).sum() + 1) / (pl.col("_me").filter(therapist).sum() + 1)).log()
            ).alias("_you_gap"),
        )
        .collect()
    )
    enough = (
        (pl.col("client_turns") + pl.col("therapist_turns") >= config.min_session_turns)
        & (pl.col("client_turns") >= 3)
        & (pl.col("therapist_turns") >= 3)
    )
    by_moves = (
        (pl.col("client_moves") >= config.min_session_markers)
        & (pl.col("client_rate") >= config.session_marker_ratio * pl.col("therapist_rate").fill_null(0))
        & (pl.col("client_rate") > pl.col("therapist_rate").fill_null(0))
    )
    # The learned voice model: the client-labelled turns sound more like a counsellor than the therapist-labelled
    # ones, by a margin (held-out AnnoMI and ESConv: 0 of 290 clean sessions, 289 of 290 swapped ones).
    voiced = (pl.col("_client_voiced") >= config.min_voiced_turns_per_role) & (
        pl.col("_therapist_voiced") >= config.min_voiced_turns_per_role
    )
    by_model = voiced & (pl.col("_voice_gap") >= config.swapped_voice_gap)
    # Questions and "you" count in any language the pronoun lists know, but a peer-support seeker who asks after
    # the supporter asks and says "you" too: where the model reads the session and finds the therapist side the
    # counsellor by the same margin, the labels stand (5 ESConv chats of the corpora were flagged so).
    by_pronouns = (
        (pl.col("_question_gap") > 0)
        & (pl.col("_you_gap") > config.swapped_you_gap)
        & ~(voiced & (pl.col("_voice_gap") <= -config.swapped_voice_gap))
    )
    evidence = (
        pl.when(by_moves)
        .then(
            pl.format(
                "client turns carry {} counsellor moves per turn, therapist turns {}",
                pl.col("client_rate").round(2),
                pl.col("therapist_rate").round(2),
            )
        )
        .when(by_model)
        .then(
            pl.format(
                "client turns sound like the counsellor by {} log-odds on the voice model",
                pl.col("_voice_gap").round(1),
            )
        )
        .otherwise(pl.lit("client turns ask more and say 'you' more than 'I', therapist turns the opposite"))
    )
    return rates.filter(enough & (by_moves | by_pronouns | by_model)).with_columns(evidence.alias("_evidence"))
