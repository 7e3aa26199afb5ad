"""Matching text: a same-length, normalised view of raw text.

Raw text is never changed: offsets in every table point into the raw file's decoded text.
For *matching* (indicator aliases, headings, problem cues), we build a second string of the
same length in which Traditional characters are converted to Simplified (OpenCC) and
machine-paraphrased phrases (``存在的题目``, ``进步`` for ``提高``, ``职员`` for ``人员``) are replaced by
their plain forms.  Because both strings have the same length, an offset found in the matching
text is an offset in the raw text.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["matching_text", "to_simplified", "fold_width", "paraphrase_table"]


@lru_cache(maxsize=1)
def _converter():
    import opencc  # opencc-python-reimplemented

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def paraphrase_table() -> tuple[tuple[str, str], ...]:
    """(paraphrase, plain) pairs from the package vocabulary, longest first, same lengths."""
    path = resources.files("healthdata.vocab").joinpath("paraphrases.csv")
    with path.open(encoding="utf-8") as fh:
        rows = [(r["paraphrase"], r["plain"]) for r in csv.DictReader(fh)]
    for para, plain in rows:
        if len(para) != len(plain):
            raise ValueError(f"paraphrase {para!r} -> {plain!r} changes length; offsets would break")
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _paraphrase_regex():
    pairs = paraphrase_table()
    return re.compile("|".join(re.escape(p) for p, _ in pairs)), dict(pairs)


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC, guaranteed to keep the length."""
    if not text:
        return text
    cc = _converter()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    # a phrase conversion changed the length: fall back to character by character
    return "".join(c2 if len(c2 := cc.convert(ch)) == 1 else ch for ch in text)


_WIDTH_TABLE = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = " "
_WIDTH_TABLE = str.maketrans({k: v for k, v in _WIDTH_TABLE.items() if len(v) == 1})


def fold_width(text: str) -> str:
    """Fullwidth ASCII (０-９, ％, ．, Ａ…) to halfwidth; one character for one character."""
    return text.translate(_WIDTH_TABLE)


def replace_paraphrases(text: str) -> str:
    rx, table = _paraphrase_regex()
    return rx.sub(lambda m: table[m.group(0)], text)


def matching_text(text: str) -> str:
    """The normalised view used for matching. ``len(matching_text(t)) == len(t)`` always."""
    out = replace_paraphrases(fold_width(to_simplified(text)))
    assert len(out) == len(text)
    return out
