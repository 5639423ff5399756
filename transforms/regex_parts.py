r"""Pieces the transforms' regexes share, chosen to keep each pattern cheap to compile.

Polars keeps compiled regexes in a per-thread cache of 32 and a batch runs a few hundred patterns, so every batch
compiles each of them again (`README.md`, performance). A Unicode `\w` is most of that cost: it is several hundred
ranges, and under a bounded repeat (`(?:[\w-]+\s+){0,3}`) the engine copies its automaton once per repeat. The
patterns that use it read English words and names, so the word characters here are the scripts a counselling
transcript's names and loan words come in: ASCII letters, digits and `_`, accented Latin, Greek and Cyrillic.
"""

from __future__ import annotations

WORD_CHARACTERS = r"0-9A-Za-z_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF"


def with_narrow_word_class(pattern: str) -> str:
    r"""`pattern` with `\w` and `\W` read as WORD_CHARACTERS (a nested class such as `[[0-9A-Za-z...]-]` is valid in
    polars' regex syntax, so a `\w` inside a class is replaced the same way)."""
    return pattern.replace(r"\w", f"[{WORD_CHARACTERS}]").replace(r"\W", f"[^{WORD_CHARACTERS}]")


# For a bounded repeat over the letters of a name or a label (`[\p{L}\p{M}\d'.\- ]{0,40}?`): the Unicode blocks of the
# world's alphabets, syllabaries and ideographs, with their combining marks and digits, as ranges. `\p{L}\p{M}\d` is
# ~1,000 ranges and costs ~10 ms to compile under a repeat of 40; these cost ~1 ms. Left out: symbols, punctuation
# and emoji outside those blocks, and the rarer historic scripts.
NAME_LETTERS = (
    r"0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0300-\u036F\u0370-\u03FF\u0400-\u052F"
    r"\u0531-\u058F\u0591-\u05F4\u0600-\u06FF\u0700-\u07BF\u0900-\u0DFF\u0E00-\u0EFF\u0F00-\u109F\u10A0-\u10FF"
    r"\u1100-\u11FF\u1200-\u139F\u1780-\u17FF\u1E00-\u1FFF\u3005-\u3007\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF"
    r"\uAC00-\uD7AF\uF900-\uFAFF\uFB00-\uFDFF\uFE70-\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A"
)
# The letters of the scripts written without capitals in which a name still stands alone as a label (Hebrew, Arabic
# and its presentation forms, below): a name there cannot be told by a capital. As ranges, not `\p{Arabic}`: a script
# class in a pattern run on every line cost a CJK corpus's parse a quarter more.
UNCASED_NAME_LETTERS = (
    r"\u05D0-\u05EA\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF"
    # ... and the Indic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam), Thai,
    # Lao and Myanmar, their letters (not their vowel signs, which a name does not start with).
    r"\u0904-\u0939\u0985-\u09B9\u0A05-\u0A39\u0A85-\u0AB9\u0B85-\u0BB9\u0C05-\u0C39\u0C85-\u0CB9\u0D05-\u0D3A"
    r"\u0E01-\u0E30\u0E40-\u0E44\u0E81-\u0EB0\u0EC0-\u0EC4\u1000-\u102A"
)
