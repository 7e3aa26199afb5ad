"""Numbers with their units, found in the matching text (see :mod:`healthdata.textnorm`).

Everything that decides *what is a quantity* comes from ``healthdata/vocab/quantities.yaml``;
this module only builds regular expressions from it and parses the characters it finds.
The matching text is the same length as the raw text, so spans found here are raw-text spans.
"""
from __future__ import annotations

import operator
import os
import re
import string
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from healthdata.extract.punctuation import CLAUSE_BREAKS, SENTENCE_BREAKS, SPACES
from healthdata.normalize.places import place_names
from healthdata.textnorm import char_table, code_points, decimal_digit_table
from healthdata.vocab import load_yaml

__all__ = [
    "quantity_vocab",
    "with_first_chars",
    "statement_vocab",
    "NumberToken",
    "unit_tokens",
    "bare_numbers",
    "bare_number_spans",
    "BARE_NUMBER",
    "parse_number",
    "is_masked",
    "signed_start",
    "is_signed",
    "with_ocr_slips_read",
    "rate_base_before_tokens",
]

CN_DIGITS = "零〇一二两三四五六七八九十百千"


def quantity_vocab() -> dict:
    return load_yaml("quantities.yaml")


def statement_vocab() -> dict:
    return load_yaml("statements.yaml")


def with_first_chars(pattern: str, first_chars: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled behind a look-ahead for the characters its matches can start with.

    ``re`` cannot skip ahead for patterns that start with alternations of groups, optional parts or
    look-behinds, and tries them at every character; ``(?=[first_chars])`` lets it scan for a start
    in C.  The caller states the characters (they are part of the vocabulary that defines the pattern);
    the look-ahead only restates what the pattern implies, so the matches are the same.
    """
    cls = "".join(re.escape(ch) for ch in dict.fromkeys(first_chars))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie_alternation(words) -> str:
    """The words as one alternation written as a trie (达到|达标|达 as 达(?:到|标|)): it matches what
    the alternation of the words longest first matches, the longest word at a place first.  Where a
    pattern is tried at one place (``match``), ``re`` then tries one branch per character instead of
    every word; for a scan (``search``) the plain alternation is faster."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if "" in node and branches:
        branches.append("")  # the word ending here, after the longer ones
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" if branches else ""


def _rate_alternation(forms) -> str:
    """The rate unit forms as alternatives that allow a space after / and before 万 (/ 10 万)."""
    return "|".join(re.escape(w).replace("/", "/ ?").replace("万", " ?万") for w in sorted(set(forms), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=64)
def rate_unit_of(form: str) -> tuple[str, float]:
    """(unit id, scale) of a rate unit as written: /100万 is per 100k scaled by 0.1; spaces ignored."""
    v = quantity_vocab()
    key = form.replace(" ", "")
    return v["rate_units"][key], float(v.get("rate_unit_scales", {}).get(key, 1.0))


class NumberToken(NamedTuple):
    """A number written with a unit (or a range's lower end, which borrows the unit).

    Immutable; a named tuple rather than a frozen dataclass because a report has thousands of them
    and a frozen dataclass is several times slower to create.
    """

    start: int  # start of the quote (the number)
    end: int  # end of the quote (incl. unit when written)
    num_text: str  # the number's characters (may contain spaces, x, *, Chinese numerals)
    multiplier: float
    unit: str  # percent, per_mille, per_10k, per_100k, percentage_points, count, yuan
    count_unit: str | None
    approx: bool  # 余 / 多 after the number
    unit_implicit: bool = False
    range_role: str | None = None  # "low" / "high" for 5-8人


@lru_cache(maxsize=1)
def _mask_class() -> str:
    return "[" + re.escape(quantity_vocab()["mask_chars"]) + "]"


@lru_cache(maxsize=1)
def ideographic_decimal() -> str:
    """A regex of 。 written as a decimal point with its decimals (。6 in 97。6%): at most two digits,
    before a rate unit, 万/亿 or 个百分点 (quantities.yaml ``ideographic_decimal_before``), or before the measure word
    of a density after a one-digit whole part (2。86人, ``ideographic_decimal_density_units``)."""
    v = quantity_vocab()
    return rf"。\d{{1,2}}(?= ?(?:{v['ideographic_decimal_before']}))|(?<![0-9][0-9])(?<=[0-9])。\d{{1,2}}(?=(?:{v['ideographic_decimal_density_units']}))"


@lru_cache(maxsize=2)
def _number_pattern(branches: bool = False) -> str:
    """The number part of the unit regex; ``branches``: each optional part written as an alternation with
    an empty branch (``(?:X|)`` for ``(?:X)?``, see :func:`_optional`)."""
    mask = _mask_class()
    opt = _optional(branches)
    # possessive where nothing that may follow starts with what the quantifier takes (a digit, a mask)
    # 。 serves as a decimal point on some pages (97。6%); see ideographic_decimal()
    # (plain digits before digits grouped by commas, the commonest first: where a group follows, the
    # plain digits stop at its comma, where neither a decimal part nor a unit starts, so the order
    # changes no match)
    mask_chars = mask[1:-1]
    # (a PDF paste may set a space before a count's last decimal in 万 or 亿: 参合农民29.8 4万人 is 29.84万)
    decimals, grouped_decimals = opt(rf" ?\. ?\d++(?: \d(?= ?[万亿]))?|{ideographic_decimal()}"), opt(r"\.\d++")
    digit = rf"\d++{decimals}|\d{{1,3}}(?:,\d{{3}})+(?!\d){grouped_decimals}|\.\d++"
    # (。 as a masked number's decimal point too, as ideographic_decimal() takes it: 9x。3%)
    masked_decimals = opt(rf"\.[\d{mask_chars}]++|。[\d{mask_chars}]{{1,2}}(?= ?(?:{quantity_vocab()['ideographic_decimal_before']}))")
    masked = rf"[\d]*+{mask}[\d{mask_chars}]*+{masked_decimals}"  # (masked decimals too: xx.x万人)
    masked += rf"|\d++\.{mask}[\d{mask_chars}]*+"  # (digits before masked decimals: 1.x万人, 9.x%)
    # digits first (most numbers): a masked number holds a mask right after its leading digits, where a
    # number in digits cannot go on and no unit starts, so no text is read both ways and the order
    # changes no match
    return rf"(?:{digit}|{masked})"


def _optional(branches: bool):
    """A function writing a part as optional: ``(?:X)?``, or with ``branches`` ``(?:X|)``.  Both try X
    first and then nothing, so they match the same text with the same groups; ``re`` runs an optional
    group as a repeat (a repeat context allocated at every try) and an alternation as a plain branch,
    which costs less."""
    return (lambda part: f"(?:{part}|)") if branches else (lambda part: f"(?:{part})?")


def _optional_group(name: str, body: str, branches: bool) -> str:
    """An optional named group: ``(?P<name>body)?`` as written, ``(?:(?P<name>body)|)`` with ``branches``
    (see :func:`_optional`; the group is unset, None, where the empty branch is taken, as where ``?`` takes nothing)."""
    return f"(?:(?P<{name}>{body})|)" if branches else f"(?P<{name}>{body})?"


@lru_cache(maxsize=1)
def _unit_regex() -> re.Pattern:
    """(the unit regex as written: a number with its unit, and a range's lower end before it; the check of
    a Chinese numeral's measure word)."""
    cn_units = _alternation(quantity_vocab()["chinese_numeral_count_units"])
    return re.compile(_unit_pattern()), re.compile(rf"^(?:{cn_units})$")


def _unit_pattern(look_behind: bool = True, range_part: bool = True, branches: bool = False) -> str:
    """The unit regex (see :func:`_unit_regex`); without its ``look_behind`` where it is tried only at
    candidates (:func:`unit_candidates` tests the same class before each), without its ``range_part``
    where no range joiner can follow the number, and with ``branches`` for optional parts (see
    :func:`_optional`): the same matches."""
    v = quantity_vocab()
    mask = _mask_class()
    opt = _optional(branches)
    rate = _rate_alternation(v["rate_units"])
    counts = trie_alternation(list(v["count_units"]) + list(v["money_units"]))  # (tried at one place, after a number: a trie)
    per = _alternation(v["per_units"])
    mult = _alternation(v["multipliers"])
    joiners = re.escape(v["range_joiners"])
    num = _number_pattern(branches)
    # (a Chinese numeral may follow a Latin letter: 购置DR一台, CT一台 name the machine, then count it; digits may not: 3A, H1N1)
    look_behind_part = (rf"(?:(?<![\dA-Za-z.{mask[1:-1]}])|(?<![\d.{mask[1:-1]}])(?=[{CN_DIGITS}]))" if look_behind else "")
    lo_decimals = opt(r"\.\d++")
    lower_end = rf"(?=[\d.]*+ ?[{joiners}])(?P<lo>\d++{lo_decimals}) ?[{joiners}] ?"  # (the look-ahead: most numbers are no range's lower end)
    return (
        look_behind_part
        + (opt(lower_end) if range_part else "")
        + rf"(?:(?P<num>{num}){_optional_group('mult', mult, branches)}|(?P<cn>[{CN_DIGITS}]+(?:万[{CN_DIGITS}]+)?){_optional_group('cnmult', '[万亿]', branches)})"
        + _optional_group("approx", "余|多", branches)
        + " ?"
        + rf"(?:(?P<rate>{rate})|(?P<unit>{counts}){opt(f'/(?P<per>{per})')})"
    )


@lru_cache(maxsize=1)
def _prefix_regex() -> re.Pattern:
    v = quantity_vocab()
    prefixes = _alternation(v["rate_prefixes"])
    return re.compile(rf"(?P<prefix>{prefixes})(?P<cn>[{CN_DIGITS}点]+|\d+(?:\.\d+)?)")


@lru_cache(maxsize=1)
def mask_set() -> frozenset:
    return frozenset(quantity_vocab()["mask_chars"])


def is_masked(num_text: str) -> bool:
    return not mask_set().isdisjoint(num_text)


_SLIP_LETTERS = "OolI"  # the letters OCR sets for digits (see is_ocr_slip_number)
_SLIP_LETTER_NEXT_TO_DIGIT = re.compile(r"[0-9][OolI]|[lI][0-9]")  # where an OCR slip can be (a quick scan first)


@lru_cache(maxsize=1)
def _ocr_slips() -> tuple[re.Pattern, dict]:
    v = quantity_vocab()
    return re.compile(v["ocr_slip_run"]), str.maketrans(v["ocr_slip_digits"])


def is_ocr_slip_number(run: str) -> bool:
    """Whether ``run`` (digits and the letters OCR sets for digits) reads as one number: a letter among digits,
    never two letters side by side but zeros after a digit, O/o never first (7O, 6l.5, l8.7, 2OO; not lol1 or ISO)."""
    letters = [i for i, ch in enumerate(run) if ch in "OolI"]
    return bool(letters) and any(ch.isdigit() for ch in run) and run[0] not in "Oo" \
        and all(b - a > 1 or run[0].isdigit() and run[a] in "Oo" and run[b] in "Oo" for a, b in zip(letters, letters[1:]))


def with_ocr_slips_read(match: str, lo: int, hi: int) -> str:
    """``match`` with the OCR slips inside numbers between ``lo`` and ``hi`` read as digits (7O% -> 70%, 6l.5% ->
    61.5%, l8.7万人次 -> 18.7万人次; quantities.yaml ``ocr_slip_run``): the same length, so spans stay raw spans."""
    if not any(match.find(letter, lo, hi) >= 0 for letter in _SLIP_LETTERS) \
            or _SLIP_LETTER_NEXT_TO_DIGIT.search(match, lo, hi) is None:
        return match  # (most reports hold none of the letters: found by str.find, faster than the scan for digits)
    rx, digits = _ocr_slips()
    pieces, pos = [], lo
    for x in rx.finditer(match, lo, hi):
        if is_ocr_slip_number(x.group()):
            pieces += [match[pos:x.start()], x.group().translate(digits)]
            pos = x.end()
    if not pieces:
        return match
    return match[:lo] + "".join(pieces) + match[pos:]


_PLAIN_NUMBER = re.compile(r"\d*\.?\d+")


def parse_number(num_text: str) -> float | None:
    """'89. 46' -> 89.46, '1,234' -> 1234, '三十' -> 30, '百' -> 100, '两' -> 2; None when masked."""
    if is_masked(num_text):
        return None
    t = num_text.replace(" ", "").replace(",", "").replace("。", ".")
    if not t:
        return None
    if _PLAIN_NUMBER.fullmatch(t):
        return float(t)
    short = _short_numerals()
    return short[t] if t in short else _parse_chinese(t)


@lru_cache(maxsize=1)
def _short_numerals() -> dict[str, float | None]:
    """Every numeral of one or two Chinese digits (三, 十五, 两百 …) read once: most numerals in reports
    are this short, and reading one with cn2an costs far more than a lookup (a table of the numerals,
    not of anything read in a text)."""
    parse = _parse_chinese.__wrapped__
    return {a + b: parse(a + b) for a in CN_DIGITS for b in [""] + list(CN_DIGITS)}


def clear_memos() -> None:
    """Forget what was memoised about texts seen so far (benchmarks call this between repetitions)."""
    _parse_chinese.cache_clear()


@lru_cache(maxsize=4096)
def _parse_chinese(t: str) -> float | None:
    import cn2an

    t = t.replace("两", "二").replace("〇", "零")
    if t[0] in "十百千":
        t = "一" + t
    try:
        return float(cn2an.cn2an(t, "smart"))
    except Exception:
        try:
            return float(cn2an.cn2an(t, "normal"))
        except Exception:
            return None


@lru_cache(maxsize=1)
def _stopwords_rx() -> tuple[re.Pattern, int]:
    words = quantity_vocab()["chinese_numeral_stopwords"]
    return re.compile(_alternation(words)), max(len(w) for w in words)


def _stopword_at(match: str, start: int, end: int) -> bool:
    """Whether a Chinese-numeral count match[start:end] overlaps a stopword (一次性, 十次党代会).

    The stopwords are looked for once at each place a search of their alternation (the longest first)
    finds one, from the first place where one could overlap the count on: at a place the longest one
    there reaches furthest, and whether a stopword there counts depends only on the place and how far
    it reaches (see :func:`_stopword_at_plain`, the definition)."""
    rx, longest = _stopwords_rx()
    search = rx.search
    hi = end + longest - 1
    x = search(match, start - longest + 1 if start >= longest - 1 else 0, hi)
    while x is not None:
        i = x.start()
        if i >= end:
            return False
        # (a stopword opening with a numeral inside a longer numeral is none: 十二次 is not 二次)
        if x.end() > start and not (i > start and match[i] in CN_DIGITS and match[i - 1] in CN_DIGITS):
            return True
        x = search(match, i + 1, hi)
    return False


def _stopword_at_plain(match: str, start: int, end: int) -> bool:
    """:func:`_stopword_at` by its definition: every place of every stopword overlapping match[start:end] looked at."""
    for w in quantity_vocab()["chinese_numeral_stopwords"]:
        i = match.find(w, max(0, start - len(w) + 1), end + len(w) - 1)
        while 0 <= i < end:
            if i + len(w) > start and not (i > start and w[0] in CN_DIGITS and match[i - 1] in CN_DIGITS):
                return True
            i = match.find(w, i + 1, end + len(w) - 1)
    return False


@lru_cache(maxsize=1)
def _numeral_place_names() -> dict[str, tuple[tuple[str, int], ...]]:
    """{a Chinese numeral and a measure word: the gazetteer's place names holding them (三台县, 七台河市, 五家渠市), each
    with the numeral's place in it}: each name as written, and without its level word (quantities.yaml
    numeral_place_level_words) where more than the numeral and the measure word is left (七台河, 五台山)."""
    v = quantity_vocab()
    units = sorted({*v["chinese_numeral_count_units"], *v["chinese_numeral_count_units_from_ten"],
                    *v["chinese_numeral_count_units_from_two"], *v["chinese_numeral_count_units_after"],
                    *v["chinese_numeral_count_units_before"]}, key=len, reverse=True)
    levels = sorted(v["numeral_place_level_words"], key=len, reverse=True)
    found: dict[str, list[tuple[str, int]]] = {}
    for name in place_names():
        for i, ch in enumerate(name):
            if ch not in CN_DIGITS or i and name[i - 1] in CN_DIGITS:
                continue
            j = i
            while j < len(name) and name[j] in CN_DIGITS:
                j += 1
            unit = next((u for u in units if name.startswith(u, j)), None)
            if unit is None:
                continue
            forms = {name}
            level = next((w for w in levels if name.endswith(w)), None)
            if level and len(name) - len(level) > j + len(unit):
                forms.add(name[:-len(level)])
            found.setdefault(name[i:j + len(unit)], []).extend((f, i) for f in sorted(forms))
    return {k: tuple(fs) for k, fs in found.items()}


def _in_place_name(match: str, start: int, end: int) -> bool:
    """Whether the Chinese-numeral count match[start:end] is part of a place name of the gazetteer (三台县, 七台河)."""
    return any(match.startswith(name, start - i) for name, i in _numeral_place_names().get(match[start:end], ()) if start >= i)


_QUOTE_OPENS, _QUOTE_CLOSES = "“「『", "”」』"
_QUOTE_BREAKS = "。；;！？!?\n"  # (a quoted passage holding one of these is no name)


def _in_short_quote(match: str, start: int, end: int) -> bool:
    """Whether the Chinese-numeral count match[start:end] lies inside a short quoted phrase (“一村一名大学生村医”: a slogan's or
    a name's numeral; quantities.yaml chinese_numeral_quoted_phrase_chars)."""
    most = quantity_vocab()["chinese_numeral_quoted_phrase_chars"]
    lo = max(0, end - most - 1)
    k = max(match.rfind(c, lo, start) for c in _QUOTE_OPENS)
    if k < 0 or any(ch in _QUOTE_CLOSES or ch in _QUOTE_BREAKS for ch in match[k + 1:start]):
        return False
    for q in range(end, min(len(match), k + most + 2)):
        ch = match[q]
        if ch in _QUOTE_CLOSES:
            return True
        if ch in _QUOTE_OPENS or ch in _QUOTE_BREAKS:
            return False
    return False


@lru_cache(maxsize=1)
def _parallel_item_patterns() -> tuple[str, int]:
    v = quantity_vocab()
    return v["numeral_parallel_item_marks"], v["numeral_parallel_item_chars"]


def _in_parallel_items(match: str, start: int, end: int) -> bool:
    """Whether the count 一X at match[start:end] closes one of two or more short items joined by a mark that each close
    with the same 一X (培养一人、留住一人: a motto's "each one"; quantities.yaml numeral_parallel_item_*)."""
    if match[start] != "一":
        return False
    marks, most = _parallel_item_patterns()
    word = match[start:end]
    after = match[end + 1:end + 1 + most + len(word)]  # the next item: a mark, one to ``most`` characters, the word
    if end < len(match) and match[end] in marks and _han_item_then(after, word, most):
        return True
    before = match[max(0, start - most - 1 - len(word)):start]  # the item before: the word, a mark, this item's words
    k = before.rfind(word)
    return k >= 0 and k + len(word) < len(before) and before[k + len(word)] in marks \
        and 1 <= len(before) - k - len(word) - 1 <= most and _han_run(before[k + len(word) + 1:])


def _han_run(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _han_item_then(text: str, word: str, most: int) -> bool:
    """Whether ``text`` opens with one to ``most`` Han characters and then ``word``."""
    k = text.find(word, 1)
    return 1 <= k <= most and _han_run(text[:k])


@lru_cache(maxsize=1)
def _stop_before() -> tuple[str, ...]:
    return tuple(quantity_vocab()["not_quantity_before"])


@lru_cache(maxsize=1)
def _stop_before_last() -> frozenset:
    """The characters the words that make a number no quantity (第, 编号 …) end with."""
    return frozenset(w[-1] for w in _stop_before())


@lru_cache(maxsize=1)
def _candidate_chars() -> tuple[str, str, str, str]:
    """The characters of the classes of the candidate pattern (see :func:`_unit_scan`): (those a
    candidate starts with, those besides a digit it cannot follow, those besides a digit inside it,
    those a unit starts with)."""
    v = quantity_vocab()
    mask = v["mask_chars"]
    inner = set("0123456789.,。 ") | set(mask) | set(v["range_joiners"]) | set(CN_DIGITS)
    inner |= set("".join(v["multipliers"])) | set("万亿余多")
    firsts = {w[0] for w in list(v["rate_units"]) + list(v["count_units"]) + list(v["money_units"])}
    return "0123456789." + mask + CN_DIGITS, string.ascii_letters + "." + mask, "".join(sorted(inner)), "".join(sorted(firsts))


@lru_cache(maxsize=1)
def _unit_scan():
    """(candidate regex, unit regex, chinese-numeral unit check, vocab lookups) for :func:`unit_tokens`.

    The unit regex starts with a look-behind, so ``re`` cannot skip ahead to where a match may
    begin and tries it at every character.  The candidate regex is a superset of the unit regex
    (a character a match can start with, not after a digit, letter or mask; then only characters
    a number, multiplier, range or approximation can consist of; then the first character of a
    unit).  The unit regex is then tried only where a candidate starts (found for the whole text
    at once by :func:`unit_candidates`); as it cannot match anywhere else, the matches are exactly
    those of ``finditer``.  The candidate's first character is looked for as ``0-9``
    rather than ``\\d``: the matching text writes every digit as 0-9 (see :mod:`healthdata.textnorm`).
    """
    v = quantity_vocab()
    rx, cn_ok = _unit_regex()
    first, not_after, inner, unit_first = _candidate_chars()
    cls = lambda chars: "".join(re.escape(c) for c in chars)  # noqa: E731
    cand = re.compile(rf"[{cls(first)}](?<![\d{cls(not_after)}].)[\d{cls(inner)}]*[{cls(unit_first)}]")
    mults = {k: float(x) for k, x in v["multipliers"].items()}
    if rx.groups != len(_UNIT_GROUPS) or sorted(rx.groupindex, key=rx.groupindex.get) != list(_UNIT_GROUPS):
        raise ValueError(f"the unit regex's groups must be {', '.join(_UNIT_GROUPS)}, in this order")  # unit_tokens unpacks them
    return cand, rx, cn_ok, dict(v["rate_units"]), frozenset(v["money_units"]), mults, rx.groupindex["num"], rx.groupindex["cn"]


_UNIT_GROUPS = ("lo", "num", "mult", "cn", "cnmult", "approx", "rate", "unit", "per")  # the unit regex's groups, in order


_FIRST, _NOT_AFTER, _INNER, _UNIT_FIRST = 1, 2, 4, 8  # the classes of the candidate pattern, as bit flags


@lru_cache(maxsize=1)
def _candidate_table() -> np.ndarray:
    """Code point -> the bit flags of the candidate pattern's classes it belongs to (``\\d``: every decimal digit)."""
    table = np.zeros(0x110000, dtype=np.uint8)
    for flag, chars in zip((_FIRST, _NOT_AFTER, _INNER, _UNIT_FIRST), _candidate_chars()):
        table[[ord(c) for c in chars]] |= flag
    table[decimal_digit_table()] |= _NOT_AFTER | _INNER
    return table


# The bit flags of every character class a scan of a whole report tests, besides those of the candidate
# pattern: found for all characters of a report by one lookup (:func:`char_flags`), each scan then
# testing its bit, instead of one lookup in a table of its own per scan.
DIGIT, CLAUSE_BREAK, SENTENCE_BREAK, SPACE, WAN_YI, JOINER = 16, 32, 64, 128, 256, 512  # (万/亿: a count of people's multiplier; a range joiner)
STOP_LAST, REST_FIRST = 1024, 2048  # the last character of a word that makes the number after it none; the first of the rest after a bare number
_LATIN_NOT_MASK = "".join(c for c in string.ascii_letters if c not in quantity_vocab()["mask_chars"])  # (x, X mask a digit)
LATIN, CN_NUMERAL = 4096, 8192  # a Latin letter (a candidate may not follow one, but a Chinese numeral may: DR一台); a Chinese numeral


@lru_cache(maxsize=1)
def _char_flags_table() -> np.ndarray:
    """Code point -> its bit flags: the candidate pattern's classes (_FIRST … _UNIT_FIRST), a decimal digit
    (``\\d``), a clause break (sentence breaks included), a sentence break, a space, 万 or 亿, a range joiner,
    the last character of a word before a number that makes it none (:func:`_stop_before_last`), the first of
    what after a bare number makes it none (:func:`_bare_rest`, a space included)."""
    table = _candidate_table().astype(np.uint16)
    table[decimal_digit_table()] |= DIGIT
    joiners = quantity_vocab()["range_joiners"]
    rest_first = " " + "".join(w[0] for w in _bare_rest_words())  # (the rest pattern opens with spaces)
    for flag, chars in ((CLAUSE_BREAK, CLAUSE_BREAKS + SENTENCE_BREAKS), (SENTENCE_BREAK, SENTENCE_BREAKS), (SPACE, SPACES), (WAN_YI, "万亿"),
                        (JOINER, joiners), (STOP_LAST, "".join(_stop_before_last())), (REST_FIRST, rest_first),
                        (LATIN, _LATIN_NOT_MASK), (CN_NUMERAL, CN_DIGITS)):
        table[[ord(c) for c in chars]] |= flag
    return table


def char_flags(codes: np.ndarray) -> np.ndarray:
    """The bit flags (see :func:`_char_flags_table`) of the characters whose code points are ``codes``."""
    return np.take(_char_flags_table(), codes, mode="clip")  # (np.take: faster than indexing; every code point is in the table, so clipping changes none and skips the bounds check)


def unit_candidates(match: str, lo: int, hi: int, codes: np.ndarray | None = None, flags: np.ndarray | None = None) -> list[int]:
    """The positions in match[lo:hi] where the candidate regex of :func:`_unit_scan` matches (ending by
    ``hi``), increasing; ``codes``: the code points of match[lo:hi] when the caller has them, ``flags``
    their :func:`char_flags`.

    Found for the whole text at once: a character a candidate starts with, not after one it cannot
    follow, where the first character a unit starts with after it comes before (or is) the first
    character after it that cannot stand inside a candidate.
    """
    return unit_candidates_and_ranges(match, lo, hi, codes, flags)[0]  # (the first of its three lists)


def unit_candidates_and_ranges(match: str, lo: int, hi: int, codes: np.ndarray | None = None,
                               flags: np.ndarray | None = None) -> tuple[list[int], list[bool], list[bool]]:
    """(:func:`unit_candidates`, for each whether a range joiner (5-8人) stands inside the characters a
    candidate can consist of after its start, for each :func:`stop_before`).  Where none does, the unit regex's look-ahead for a
    range's lower end (digits and points, a space, a joiner: all characters a candidate can consist
    of) fails, so the regex without its range part matches the same there (see :func:`_unit_fast`)."""
    table = _candidate_table()
    if flags is None:
        flags = char_flags(code_points(match[lo:hi]) if codes is None else codes)
    n = len(flags)
    starts = ((flags & _FIRST) != 0).nonzero()[0]
    if not len(starts):
        return [], [], []
    before = flags[starts - 1]  # (index -1 wraps for a start at lo)
    # (a Chinese numeral may follow a Latin letter, see _unit_pattern's look-behind: DR一台)
    free = ((before & _NOT_AFTER) == 0) | ((flags[starts] & CN_NUMERAL) != 0) & ((before & (_NOT_AFTER | LATIN)) == (_NOT_AFTER | LATIN))
    if starts[0] == 0:
        prev = match[lo - 1] if lo > 0 else ""
        free[0] = lo == 0 or not table[ord(prev)] & _NOT_AFTER or match[lo] in CN_DIGITS and prev != "" and prev in _LATIN_NOT_MASK
    starts = starts[free]
    end = np.array((n,))  # (ndarray methods and concatenate: numpy's Python-level helpers cost a call each)
    units = np.concatenate((((flags & _UNIT_FIRST) != 0).nonzero()[0], end))
    inner = (flags & _INNER) != 0
    run_ends = np.concatenate(((inner[:-1] > inner[1:]).nonzero()[0] + 1, end))  # the position after each run of inner characters
    after = starts + 1
    unit = units[units.searchsorted(after)]  # the first character a unit starts with after each start
    opens_run = np.zeros(len(after), dtype=bool)  # whether an inner character follows the start
    opens_run[after < n] = inner[after[after < n]]
    stop = np.where(opens_run, run_ends[run_ends.searchsorted(after)], after)  # the first character after it that is no inner one
    found = (unit < n) & (unit <= stop)
    starts, after, stop = starts[found], after[found], stop[found]
    joiners = np.concatenate((((flags & JOINER) != 0).nonzero()[0], end))
    return (starts + lo).tolist(), (joiners[joiners.searchsorted(after)] < stop).tolist(), stop_before(match, lo, flags, starts)


def stop_before(match: str, lo: int, flags: np.ndarray, rel: np.ndarray) -> list[bool]:
    """For each position ``lo + rel[k]`` (``rel`` increasing, ``flags`` the :func:`char_flags` of match[lo:]):
    whether the character before it ends a word that makes the number there none (``STOP_LAST``), as
    ``p > 0 and match[p - 1] in _stop_before_last()`` tells."""
    out = ((flags[rel - 1] & STOP_LAST) != 0).tolist()  # (index -1 wraps for a position at lo: set below)
    if len(rel) and rel[0] == 0:
        out[0] = lo > 0 and match[lo - 1] in _stop_before_last()
    return out


def _unit_matches(match: str, lo: int, hi: int, rx: re.Pattern, candidates: list[int]) -> list[re.Match]:
    """The unit regex's matches in match[lo:hi], as ``finditer`` would find them (see :func:`_unit_scan`):
    from ``pos`` on, the regex is tried at each candidate (``candidates``: :func:`unit_candidates`), and
    ``pos`` moves to the end of each match."""
    rmatch = rx.match
    pos = lo
    out = []
    for cs in candidates:
        if cs >= pos and (m := rmatch(match, cs, hi)) is not None:
            out.append(m)
            pos = m.end()
    return out


@lru_cache(maxsize=1)
def _unit_fast() -> tuple[re.Pattern, re.Pattern]:
    """(the unit regex without its range part, the unit regex), both without the look-behind (every
    candidate of :func:`unit_candidates` stands after a character the look-behind accepts) and with
    their optional parts written as branches (see :func:`_optional`): tried at the candidates, they
    match what the unit regex matches there."""
    return re.compile(_unit_pattern(False, False, True)), re.compile(_unit_pattern(False, True, True))


def unit_matches(match: str, lo: int, hi: int, codes: np.ndarray | None = None,
                 flags: np.ndarray | None = None) -> tuple[list[re.Match], list[bool]]:
    """(the unit regex's matches in match[lo:hi] (as :func:`_unit_matches` finds them with the unit regex),
    for each :func:`stop_before` its start), each found by the regex of :func:`_unit_fast` that fits its
    candidate: the one without a range part where no range joiner can follow (a match of it has no ``lo``
    group: it holds the eight groups after it)."""
    plain, ranged = _unit_fast()
    pmatch, rmatch = plain.match, ranged.match
    pos = lo
    out, stops = [], []
    for cs, may_range, stop in zip(*unit_candidates_and_ranges(match, lo, hi, codes, flags)):
        if cs >= pos and (m := (rmatch if may_range else pmatch)(match, cs, hi)) is not None:
            out.append(m)
            stops.append(stop)
            pos = m.end()
    return out, stops


_TENS = frozenset("十百千")  # a Chinese numeral holding one of these is ten or more
_HUNDREDS = frozenset("百千")  # ... a hundred or more
_UNITS_DIGITS = frozenset("一二两三四五六七八九")  # two of these side by side (一两名, 三五天) say "one or two", "a few"


def unit_tokens(match: str, lo: int, hi: int, codes: np.ndarray | None = None, flags: np.ndarray | None = None) -> list[NumberToken]:
    """Every number written with a rate unit, a measure word or 元 inside match[lo:hi] (a matching text: digits 0-9;
    ``codes``: its code points when the caller has them, ``flags`` their :func:`char_flags`)."""
    _, _, cn_ok, _, money_units, mults, _, _ = _unit_scan()
    v = quantity_vocab()
    stop_cn, stop_cn_after = v["chinese_numeral_stop_before"], v["chinese_numeral_stop_after"]
    from_ten = v["chinese_numeral_count_units_from_ten"]
    from_two = v["chinese_numeral_count_units_from_two"]
    after_only = v["chinese_numeral_count_units_after"]
    before_nouns = {w: tuple(nouns) for w, nouns in v["chinese_numeral_count_units_before"].items()}
    closing = v["chinese_numeral_count_units_closing"]
    stops = _stop_before()
    durations = tuple(v["duration_after_measure_word"])
    out: list[NumberToken] = []
    tnew, NT = tuple.__new__, NumberToken  # NumberToken from its nine fields, without the keyword handling
    for m, stop in zip(*unit_matches(match, lo, hi, codes, flags)):
        cs, end = m.span()
        groups = m.groups()
        if len(groups) == 8:  # (no range part: see unit_matches)
            lo_t = None
            num, mult_w, cn, cnmult, approx_w, rate, unit_word, per = groups
        else:
            lo_t, num, mult_w, cn, cnmult, approx_w, rate, unit_word, per = groups  # (the _UNIT_GROUPS)
        rate_unit, scale = rate_unit_of(rate) if rate else (None, 1.0)
        if cn:
            cn_start = m.start("cn")
            if rate_unit and rate_unit != "percentage_points":
                continue  # (a rate in words is none, but a move in points is: 提高三个百分点, 高出近两个百分点)
            if not rate_unit and not cn_ok.match(unit_word or "") and not (unit_word in from_ten and (cnmult or _TENS.intersection(cn))) \
                    and not (cn_start > 0 and match[cn_start - 1] in after_only.get(unit_word, "")) \
                    and not (cn != "一" and unit_word in before_nouns and match.startswith(before_nouns[unit_word], end)) \
                    and not (cn != "一" and unit_word in from_two) \
                    and not (unit_word in closing["units"] and end < len(match) and match[end] in closing["marks"]
                             and cn_start > 0 and "\u4e00" <= match[cn_start - 1] <= "\u9fff"
                             and match[cn_start - 1] not in closing["not_after"]) \
                    and not (unit_word in money_units and (cnmult or _HUNDREDS.intersection(cn)) and cn[0] not in _TENS):
                continue  # 一个中心, 两个确保, 八项规定 are no counts; 十二个, 一百二十个, 分三批, 两个试点县, 三轮, 八千元, 服务站三个。 are
            if len(cn) > 1 and cn[0] in _UNITS_DIGITS and cn[1] in _UNITS_DIGITS:
                continue  # 一两名, 两三次, 三五个: one or two, a few, no number
            if cn_start > 0 and match[cn_start - 1] in stop_cn or end < len(match) and match[end] in stop_cn_after \
                    or _stopword_at(match, cn_start, end) or _in_place_name(match, cn_start, end) \
                    or _in_parallel_items(match, cn_start, end) or _in_short_quote(match, cn_start, end):
                continue  # (the stopword search last: the tests above drop most numerals)
            if set(cn) <= set("百千"):  # 近百篇 is fine, a lone 千 is not a count
                if cn != "百":
                    continue
            num_start, num_text = cn_start, cn
            mult = mults[cnmult] if cnmult else 1.0
        else:
            num_start, num_text = cs if lo_t is None else m.start("num"), num  # (without a range the number starts the match)
            mult = mults[mult_w] if mult_w else 1.0
        if stop and match.endswith(stops, 0, cs):  # (stop: cs > 0 and match[cs - 1] in _stop_before_last(); cs == m.start())
            continue
        if unit_word == "个" and match.startswith(durations, end):
            continue  # 36个月, 5个工作日: a duration, no count
        if rate_unit:
            if mult != 1.0:
                continue
            unit, count_unit, mult = rate_unit, None, scale
        elif unit_word in money_units:
            unit, count_unit = "yuan", unit_word
        else:
            unit = "count"
            count_unit = unit_word if per is None else f"{unit_word}/{per}"
        approx = approx_w is not None
        if lo_t:
            out.append(tnew(NT, (cs, m.end("lo"), lo_t, mult, unit, count_unit, approx, False, "low")))  # lo starts the match
            out.append(tnew(NT, (num_start, end, num_text, mult, unit, count_unit, approx, False, "high")))
        else:
            out.append(tnew(NT, (num_start, end, num_text, mult, unit, count_unit, approx, False, None)))
    # the unit tokens above come in increasing order of start (each search starts after the last
    # match); only tokens written with a prefix (百分之五) can need sorting in
    prefixes = v["rate_prefixes"]
    shared = _shared_ending(tuple(prefixes))
    if match.find(shared, lo, hi) >= 0 and any(match.find(p, lo, hi) >= 0 for p in prefixes):  # else the prefix regex cannot match
        scales = v.get("rate_prefix_scales", {})
        for m in _prefix_regex().finditer(match, lo, hi):
            unit = prefixes[m.group("prefix")]
            scale = float(scales.get(m.group("prefix"), 1.0))
            out.append(NumberToken(m.start(), m.end(), m.group("cn"), scale, unit, None, False))
        out.sort(key=_start)
    return out


@lru_cache(maxsize=1)
def _minus() -> tuple[frozenset, str, frozenset, frozenset]:
    """(the minus signs, the minus word 负, the characters after which 负 is no sign, those after which a
    minus sign is one): quantities.yaml."""
    v = quantity_vocab()
    return frozenset(v["minus_signs"]), v["minus_word"], frozenset(v["minus_word_not_after"]), frozenset(v["minus_after"]) | {"", "\n"}


def signed_start(match: str, start: int, lo: int) -> int:
    """The start of the number at ``start`` with the minus written right before it (自然增长率-1.8‰,
    为负0.4‰: quantities.yaml minus_signs, minus_word), or ``start`` when none is (or it joins a range:
    5-8人, 1万-2万元)."""
    if start <= lo:
        return start
    signs, word, word_not_after, sign_after = _minus()
    ch = match[start - 1]
    before = match[start - 2] if start - 2 >= lo else ""
    if ch in signs and before in sign_after:
        return start - 1
    if ch == word and before not in word_not_after:
        return start - 1
    return start


@lru_cache(maxsize=1)
def minus_chars() -> frozenset:
    """The characters a minus is written with (the minus signs and 负): a number with none of them right
    before it has no sign (see :func:`signed_start`)."""
    signs, word, _, _ = _minus()
    return signs | {word}


def is_signed(num_text: str) -> bool:
    """Whether a number's characters open with a minus (see :func:`signed_start`)."""
    signs, word, _, _ = _minus()
    return num_text[:1] in signs or num_text[:1] == word


@lru_cache(maxsize=1)
def _per_population_rx() -> tuple[re.Pattern, dict]:
    v = quantity_vocab()["per_population"]
    mults = {k: float(x) for k, x in quantity_vocab()["multipliers"].items()}
    return re.compile(v["pattern"]), mults


def per_population_tokens(match: str, lo: int, hi: int) -> list[NumberToken]:
    """Cases per a population written out (4人/50万人, 3例/10万人口): a rate per 100 000, the quote
    being the whole expression (4 / 500 000 = 0.8 per 100 000)."""
    rx, mults = _per_population_rx()
    out = []
    slash = match.find("/", lo, hi)
    while slash >= 0:
        # the pattern is tried only where a case word (人, 例, 名) stands before a slash, from the digits before it
        q = slash - 1 if slash - 1 >= lo and match[slash - 1] != " " else slash - 2
        start = q
        if q >= lo and match[q] in "人例名":
            start = q - 1 if match[q - 1] == " " else q
            while start > lo and (match[start - 1].isdigit() or match[start - 1] == "."):
                start -= 1
        m = rx.match(match, start, hi) if start < q else None
        slash = match.find("/", slash + 1, hi)
        if m is None:
            continue
        d = float(m.group("d")) * (mults[m.group("dm")] if m.group("dm") else 1.0)
        if d < 1000:
            continue  # 30瓶/件, 2人/组: no population
        out.append(NumberToken(m.start(), m.end(), m.group("n"), 100000.0 / d, "per_100k", None, False))
    return out


@lru_cache(maxsize=1)
def _rate_base_before() -> tuple[re.Pattern, dict, frozenset]:
    v = quantity_vocab()["rate_base_before"]
    return re.compile(v["pattern"]), {k: (u, float(f)) for k, (u, f) in v["bases"].items()}, frozenset(v["cases_bases"])


def rate_base_before_tokens(match: str, lo: int, hi: int) -> list[NumberToken]:
    """Rates whose base is written before the figure (发病率每十万人口38.6, 发病率为每百万人口862.4): per 100 000 or
    per 10 000 (quantities.yaml ``rate_base_before``); the quote is the figure."""
    if match.find("每", lo, hi) < 0:
        return []
    rx, bases, cases_bases = _rate_base_before()
    out = []
    for x in rx.finditer(match, lo, hi):
        base = x.group("base").replace(" ", "")
        if x.end() > x.end("num") and base not in cases_bases:
            continue  # (cases per million, 每百万人口2.3例: left to the count it is read as)
        unit, scale = bases[base]
        out.append(NumberToken(x.start("num"), x.end(), x.group("num"), scale, unit, None, False))  # (its 例 with it)
    return out


@lru_cache(maxsize=8)
def _shared_ending(words: tuple[str, ...]) -> str:
    """The longest ending all ``words`` share (分之 of 百分之, 千分之 …): a text without it holds none of them."""
    return os.path.commonprefix([w[::-1] for w in words])[::-1]


def _start(t: "NumberToken") -> int:
    return t.start


# An item number inside a line follows one of these (…95以上;2、建档率…, 。3、…).
ITEM_BEFORE = CLAUSE_BREAKS + SPACES


def _at_line_start(match: str, pos: int) -> bool:
    """Whether only spaces stand between the start of ``pos``'s line and ``pos`` (walked back from ``pos``: a long line costs nothing)."""
    i = pos
    while i > 0 and match[i - 1] in " \t\u3000":
        i -= 1
    return i == 0 or match[i - 1] == "\n"


# What a bare number is, as a regular expression: digits not right after a digit, letter, decimal
# point or opening quote, with an optional decimal part, not followed by a digit or a decimal point.
# :func:`bare_number_spans` finds exactly its ``finditer`` matches with array operations.
BARE_NUMBER = re.compile(r"\d(?<![\dA-Za-z.“\"'‘].)\d*(?:\.\d+)?(?![\d.])")
_BARE_STOP = ("”", '"', "’", "-", "—", "~", "至", "/", ")", "）")


@lru_cache(maxsize=1)
def _bare_rest() -> re.Pattern:
    """What, after a bare number's spaces and within 4 characters of it, makes it no quantity: a
    stop character, a date/age/order word, a unit, a decimal point, or nothing at all.  Applied as
    ``match(text, e, e + 4)``: the same as ``text[e:e + 4].lstrip(" ")`` starting with one (or empty)."""
    return re.compile(rf" *+(?:{trie_alternation(_bare_rest_words())}|\Z)")  # (tried at one place: a trie)


@lru_cache(maxsize=1)
def _bare_rest_words() -> list[str]:
    """The words of :func:`_bare_rest`."""
    v = quantity_vocab()
    words = list(_BARE_STOP) + list(v["not_quantity_after"]) + list(v["rate_units"]) + list(v["count_units"])
    words += list(v["money_units"]) + list(v["multipliers"]) + [".", "．"]
    if not all(words):
        raise ValueError("an empty word after a bare number would make every number none")  # (char_flags marks their first characters)
    return words


@lru_cache(maxsize=1)
def _not_before_number() -> np.ndarray:
    """Code point -> whether a bare number cannot start right after the character (besides a digit)."""
    return char_table("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.“\"'‘")


_ZERO, _FALSE = np.zeros(1, dtype=np.int8), np.zeros(1, dtype=bool)
_START_FIELD, _END_FIELD = operator.itemgetter(0), operator.itemgetter(1)  # NumberToken.start, NumberToken.end


def bare_number_spans(match: str, lo: int, hi: int, codes: np.ndarray | None = None,
                      flags: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the matches of :data:`BARE_NUMBER` in match[lo:hi], as ``finditer`` finds them.

    ``codes``: the code points of match[lo:hi] when the caller has them, ``flags`` their :func:`char_flags`.  Every match starts a run
    of digits; a run followed by a point and a second run is one decimal number when no point follows
    that run, else no number at all.  A run right after a point never starts one, so the runs are
    judged one by one, all at once.
    """
    if codes is None:
        codes = code_points(match[lo:hi])
    n = len(codes)
    # (numpy's array methods and ufuncs rather than its Python-level helpers: reports can be short)
    is_digit = np.take(decimal_digit_table(), codes) if flags is None else (flags & DIGIT) != 0  # np.take: faster than indexing
    digit = np.concatenate((_ZERO, is_digit.view(np.int8), _ZERO))
    edges = digit[1:] - digit[:-1]
    starts, ends = (edges == 1).nonzero()[0], (edges == -1).nonzero()[0]
    if not len(starts):
        return starts, ends
    not_before = _not_before_number()
    free = ~not_before[codes[starts - 1]]  # the character before each run (index -1 wraps for a run at lo)
    if starts[0] == 0:
        before = ord(match[lo - 1]) if lo > 0 else None
        free[0] = before is None or not (decimal_digit_table()[before] or not_before[before])
    point = codes[np.minimum(ends, n - 1)] == ord(".")
    point[ends == n] = False
    joined = np.zeros(len(starts), dtype=bool)  # a point, then the next run right after it
    joined[:-1] = point[:-1] & (starts[1:] == ends[:-1] + 1)
    decimal_end = np.concatenate((ends[1:], _ZERO))
    next_point = np.concatenate((point[1:], _FALSE))
    number = free & (~point | joined & ~next_point)
    ends = np.where(point, decimal_end, ends)
    return starts[number] + lo, ends[number] + lo


def bare_numbers(match: str, lo: int, hi: int, exclude: list[NumberToken] | None = None,
                 codes: np.ndarray | None = None, flags: np.ndarray | None = None) -> list[tuple[int, int]]:
    """Spans of numbers written without any unit, not dates/ages/orders (see quantities.yaml).

    ``exclude`` (tokens sorted by start) drops the spans that overlap one of the tokens; ``codes``:
    the code points of match[lo:hi] when the caller has them, ``flags`` their :func:`char_flags`.
    """
    if flags is None:
        codes = code_points(match[lo:hi]) if codes is None else codes
        flags = char_flags(codes)
    starts, ends = bare_number_spans(match, lo, hi, codes, flags)
    if exclude and len(starts):
        n_tok = len(exclude)  # (the fields of tuples read by itemgetter into arrays of known length: no list of pairs)
        tok_starts = np.fromiter(map(_START_FIELD, exclude), np.int64, n_tok)
        tok_ends = np.fromiter(map(_END_FIELD, exclude), np.int64, n_tok)
        # the tokens before k start before a number's end; one of the last three overlaps it when it ends after its start
        shifted = np.concatenate((_ZERO, _ZERO, tok_ends))
        last_three = np.maximum(np.maximum(tok_ends, shifted[1:-1]), shifted[:-2])
        reach = np.concatenate((_ZERO, last_three))  # reach[k]: the furthest end among the (up to) three tokens before k
        k = tok_starts.searchsorted(ends)
        keep = (k == 0) | (starts >= reach[k])
        starts, ends = starts[keep], ends[keep]
    rest_stops = _bare_rest().match
    stops = _stop_before()
    # (whether the rest pattern can match after each number: a space or the first character of one of its
    # words there, or no character of the report, and whether a stop word can end right before it: found for all at once)
    after = ends - lo
    inside = after < len(flags)
    rest_first = np.ones(len(ends), dtype=bool)
    rest_first[inside] = (flags[after[inside]] & REST_FIRST) != 0
    out = []
    for s, e, rest, stop in zip(starts.tolist(), ends.tolist(), rest_first.tolist(), stop_before(match, lo, flags, starts - lo)):
        if rest and rest_stops(match, e, e + 4) is not None or stop and match.endswith(stops, 0, s):
            continue
        if match[e : e + 4].lstrip(" ").startswith("、") and (_at_line_start(match, s) or s > 0 and match[s - 1] in ITEM_BEFORE):
            continue  # an item number (8、加强…), at a line start or after a break inside a line (…以上;2、建档率…)
        out.append((s, e))
    return out
