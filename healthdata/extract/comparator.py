"""How a value compares (=, >=, <=, ~): a range's ends, a word right after it (以上, 左右), a word
or sign before it (不低于, 控制在…以下, <), or 余/多 after a count (more than it)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from healthdata.extract.cues import CMP_SKIP, Cues
from healthdata.extract.numbers import quantity_vocab, statement_vocab

if TYPE_CHECKING:
    from healthdata.extract.context import Context, Described
    from healthdata.extract.numbers import NumberToken


AFTER_WINDOW = 12  # characters after a value looked at for policy/target cues


CLOSING_QUOTES = "”’」』\""  # what closes a quotation right after a value

_COMPARATOR_AFTER_WINDOW = 4  # characters after a value looked at for a comparator (以上, 左右)


def after_value(m: str, end: int, c: Cues) -> tuple[int, re.Match | None]:
    """(where the words after a value start, spaces skipped; the comparator word there, e.g. 以上, or None)."""
    limit = end + AFTER_WINDOW
    if limit > len(m):
        limit = len(m)
    a = end
    if a < limit and m[a] in CLOSING_QUOTES:
        a += 1  # a value quoted as a standard's name (省定“每万人口3名”的目标): the words after the quote are the value's
    while a < limit and (m[a] == " " or m[a] == "\n" and a == end):  # (a wrap between the value and its bound: 90% / 以上)
        a += 1
    return a, (c.cmp_after_rx.match(m, a, limit) if a < limit and m[a] in c.cmp_after_first else None)


def comparator_for(ctx: Context, tok: NumberToken, after_cmp: re.Match | None, after_start: int,
                   clause_s: int, raw_end: int) -> str | None:
    """The comparator of a value, or None for '=': its range role, a word right after it (以上 -> >=)
    within four characters, a word before it (不低于 -> >=, maybe followed by 达到/为 …), or >= for 余/多 (more than the number)."""
    role = tok.range_role
    if role == "low":
        return ">="
    if role == "high":
        return "<="
    m, c = ctx.match, ctx.cues
    if after_cmp is not None:
        near = tok.end + _COMPARATOR_AFTER_WINDOW
        if near > len(m):
            near = len(m)
        if after_cmp.end() <= near:
            return c.cmp_after_op[after_cmp.group()]
        shorter = c.cmp_after_rx.match(m, min(after_start, near), near)
        if shorter is not None:
            return c.cmp_after_op[shorter.group()]
    end = raw_end
    for _ in range(3):
        if end <= clause_s or m[end - 1] not in c.cmp_before_last:
            break  # neither a comparator word nor a skipped word ends here
        if m.endswith(c.cmp_before_words, clause_s, end):
            for k in c.cmp_before_lengths:
                if k <= end - clause_s and (op := c.cmp_before_op.get(m[end - k : end])) is not None:
                    if m.endswith(_comparator_tails(), clause_s, end):
                        break  # the tail of a longer word (签约, 就近): no comparator
                    if m[end - k : end] in _reference()[0]:
                        return reference_level_op(m, end, tok, op)
                    return op
        skipped = skipped_word_length(m, clause_s, end)
        if not skipped:
            break
        end -= skipped
    if tok.approx:
        return more_than_comparator()
    return adverb_bound(m, clause_s, raw_end)


@lru_cache(maxsize=1)
def _reference() -> tuple[frozenset[str], re.Pattern, tuple[str, ...]]:
    """statements.yaml reference_level: the comparison words, what follows a level named after one, the ceiling words."""
    v = statement_vocab()["reference_level"]
    return frozenset(v["comparisons"]), re.compile(v["after"]), tuple(v["ceiling_words"])


_REFERENCE_AFTER_REACH = 16  # characters after a level in which the words naming it a target are looked for


def reference_level_op(m: str, word_end: int, tok: NumberToken, op: str) -> str:
    """The comparator of a value after a comparison word (超过, 低于): ``op``, the word's own bound, unless the words after
    the value name it the level compared with (超过省定80%的目标, 低于65%的目标要求: statements.yaml reference_level),
    which is = , or <= for a control line or an elimination standard (低于5%的消除标准)."""
    comparisons, after, ceiling = _reference()
    x = after.match(m, tok.end, min(len(m), tok.end + _REFERENCE_AFTER_REACH))
    if x is None:
        return op
    named = m[word_end : tok.start] + x.group()
    return "<=" if any(w in named for w in ceiling) else "="


@lru_cache(maxsize=1)
def ceiling_links() -> tuple[str, ...]:
    """The link words before a target that keep its level within it (控制在: statements.yaml target_ceiling_links)."""
    return tuple(statement_vocab()["target_ceiling_links"])


@lru_cache(maxsize=1)
def more_than_comparator() -> str:
    """The comparator of a count written with 余/多 after it (9000余人次: more than 9000): statements.yaml
    approx_suffix_comparator."""
    return str(statement_vocab()["approx_suffix_comparator"])


def skipped_word_length(m: str, lo: int, end: int) -> int:
    """The length of the first word of CMP_SKIP (in its order: 达到 before 到) that ends at ``end`` inside m[lo:end], 0 for
    none; ``end`` > ``lo``.  Only the words ending with the character before ``end`` are tried (a word ending there ends
    with it): one or two instead of a test of every word."""
    for w in _SKIP_BY_LAST.get(m[end - 1], ()):
        if m.endswith(w, lo, end):
            return len(w)
    return 0


def words_by_last_char(words) -> dict[str, tuple[str, ...]]:
    """The last character of each of ``words`` -> the words ending with it, in their order."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[-1]] = out.get(w[-1], ()) + (w,)
    return out


_SKIP_BY_LAST = words_by_last_char(CMP_SKIP)


@lru_cache(maxsize=1)
def _comparator_tails() -> tuple[str, ...]:
    """Words ending in a comparator word that are none (签约, 就近: statements.yaml comparator_before_not)."""
    return tuple(statement_vocab()["comparator_before_not"])


@lru_cache(maxsize=1)
def _adverb_rx() -> re.Pattern:
    """A bound adverb (至少, 最多) then at most the allowed gap of Han characters, at the end of a clause."""
    v = statement_vocab()
    words = "|".join(re.escape(w) for ws in v["comparator_adverbs"].values() for w in ws)
    return re.compile(rf"({words})[\u4e00-\u9fff]{{1,{int(v['comparator_adverb_gap'])}}}$")


@lru_cache(maxsize=1)
def _adverb_first_rx() -> re.Pattern:
    """A pattern finding a character a bound adverb starts with (a stretch holding none of them holds no adverb)."""
    firsts = dict.fromkeys(w[0] for ws in statement_vocab()["comparator_adverbs"].values() for w in ws)
    return re.compile("[" + "".join(map(re.escape, firsts)) + "]")


def adverb_bound(m: str, clause_s: int, raw_end: int) -> str | None:
    """The comparator of a bound adverb before the verb of a value (至少建成1个 -> >=), or of a bound before the base a share
    is taken of (不低于省级资金的20%, 不高于上年度人均可支配收入的50% -> the floor or ceiling of the share), else None."""
    if raw_end > clause_s and m[raw_end - 1] == "的" and (x := _share_bound_rx().search(m, clause_s, raw_end)) is not None:
        return statement_vocab_ops()[x.group(1)]
    lo = raw_end - _ADVERB_REACH
    if lo < clause_s:
        lo = clause_s
    if raw_end <= lo or _ADVERB_FIRST(m, lo, raw_end) is None:
        return None  # (one search for a class of the characters a bound adverb starts with: most stretches hold none)
    x = _adverb_rx().search(m, lo, raw_end)
    if x is None:
        return None
    return _adverb_ops()[x.group(1)]


@lru_cache(maxsize=1)
def _share_bound_rx() -> re.Pattern:
    """A floor or ceiling word (statements.yaml rule_bounds), then the base a share is taken of, up to its 的 at the end."""
    words = "|".join(re.escape(w) for w in sorted(statement_vocab()["rule_bounds"], key=len, reverse=True))
    return re.compile(rf"({words})[^0-9,，;；。:：!?！？\n]{{1,24}}的$")


@lru_cache(maxsize=1)
def statement_vocab_ops() -> dict[str, str]:
    """Comparator word written before a value -> its comparator (statements.yaml comparator_before)."""
    return {w: op for op, words in statement_vocab()["comparator_before"].items() for w in words}


@lru_cache(maxsize=1)
def _adverb_ops() -> dict[str, str]:
    """Bound adverb -> its comparator (the first that lists it: statements.yaml comparator_adverbs)."""
    ops: dict[str, str] = {}
    for op, words in statement_vocab()["comparator_adverbs"].items():
        for w in words:
            ops.setdefault(w, op)
    return ops


_ADVERB_FIRST = _adverb_first_rx().search
_ADVERB_REACH = max(len(w) for ws in statement_vocab()["comparator_adverbs"].values() for w in ws) \
    + int(statement_vocab()["comparator_adverb_gap"])  # (how far before a value its bound adverb may start)


@lru_cache(maxsize=1)
def _range_gap_rx() -> re.Pattern:
    """The gap between the two ends of a range written with its unit on both (85%—90%, 8‰～10‰): a range joiner of
    quantities.yaml (doubled as a dash may be: ——), spaces around it."""
    joiners = re.escape(quantity_vocab()["range_joiners"])
    return re.compile(rf"[{_RANGE_GAP_SPACES}]*[{joiners}]{{1,2}}[{_RANGE_GAP_SPACES}]*")


_RANGE_GAP_SPACES = " \t\u3000"  # the spaces a range's gap may hold around its joiner


def mark_unit_ranges(ctx: Context, items: list[Described]) -> None:
    """A range written with the unit on both ends (基金使用率控制在85%—90%之间) states a floor and a ceiling, as one
    whose lower end borrows the unit (85-90%) does: the first value is >=, the second <= and of the first's indicator.
    A from→to pair (由85%到90%) is none: the 由/从 before the first value tells (see statement.opens_a_from_value)."""
    from healthdata.extract.statement import opens_a_from_value

    m, gap = ctx.match, _range_gap_rx()
    gap_first = _RANGE_GAP_SPACES + quantity_vocab()["range_joiners"]  # what a gap starts with (it holds a joiner: never empty)
    for a, b in zip(items, items[1:]):
        if a.tok.range_role == "low" and b.tok.range_role == "high" and b.indicator_id is None:
            b.indicator_id = a.indicator_id  # (a range's upper end is of its lower end's rate: 基金使用率80-90)
        if (a.tok.end >= b.tok.start or m[a.tok.end] not in gap_first or a.unit != b.unit or a.comparator not in (None, "=") or b.comparator not in (None, "=")
                or a.tok.range_role is not None or b.tok.range_role is not None
                or gap.fullmatch(m, a.tok.end, b.tok.start) is None or opens_a_from_value(ctx, a)):
            continue
        a.comparator, b.comparator = ">=", "<="
        if b.indicator_id is None:
            b.indicator_id = a.indicator_id
