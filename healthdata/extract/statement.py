"""How a value is stated — an achieved level, a target, a change, progress or a policy rule — read
from its context as an analyst reads it.

The decision looks at three scopes around a value:

* the words right before and after it (提高了 → change, 最高补偿 → policy, 以上的目标 → target);
* its *segment*: the part of its sentence after the last ``。；;!?``, line break or enumerator
  (一、 (一) 1、 一是 ①).  No statement reaches across a segment: ``…力争达到95%；住院分娩率98%`` keeps
  the 98% an actual level;
* the part of the report it sits in: a plan (by its title, by a plan section such as 下一步打算 or
  主要目标, or by a plan heading written inside a long line).  In a plan a stated level is a target
  unless the segment says it was reached (已达到, 今年以来, 截至…).

Policy nouns (报销/补偿比例, 起付线, 封顶线) make a rate or amount a rule the bureau sets.  From→to
pairs (由31.2‰下降到14.9‰) are a pair of levels, not a change: see :func:`from_to_pairs`.
Vocabulary: ``healthdata/vocab/statements.yaml`` (each entry with the pattern it stands for).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from healthdata.vocab import load_yaml

__all__ = [
    "StatementCues",
    "statement_cues",
    "segment_starts",
    "segment_start",
    "plan_spans",
    "in_spans",
    "is_policy_context",
    "has_target_cue",
    "has_actual_cue",
    "from_to_gap",
    "SEGMENT_BREAKS",
]

# Characters after which a new segment starts (a statement never carries across them).
SEGMENT_BREAKS = "。!?！？；;\n"


def _words_rx(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class StatementCues:
    target_rx: re.Pattern  # target words and future time words
    actual_rx: re.Pattern  # reached-level words and past periods
    policy_rate_rx: re.Pattern
    policy_money_rx: re.Pattern
    not_policy_rx: re.Pattern
    rate_noun_rx: re.Pattern  # a clause naming its own rate (…率, 比例)
    enumerator_rx: re.Pattern  # an enumerator right after a break or line start
    plan_heading_rx: re.Pattern
    not_plan_heading_rx: re.Pattern
    inline_plan_rx: re.Pattern
    from_to_rx: re.Pattern


@lru_cache(maxsize=1)
def statement_cues() -> StatementCues:
    """The statement vocabulary (statements.yaml; heading enumerators from sections.yaml) compiled once."""
    v = load_yaml("statements.yaml")
    c = v["statement_cues"]
    q = load_yaml("quantities.yaml")
    levels = [h["pattern"].lstrip("^").replace(r"\s*", "", 1) if h["pattern"].startswith(r"^\s*") else h["pattern"].lstrip("^")
              for h in load_yaml("sections.yaml")["heading_levels"]]
    enumerators = "|".join(f"(?:{p})" for p in levels + v["ordinal_enumerators"])
    brk = re.escape(SEGMENT_BREAKS + ",，:： \t\u3000")
    plan_words = "|".join(f"(?:{p})" for p in v["plan_headings"])
    n = int(v["inline_plan_heading_max_chars"])
    return StatementCues(
        target_rx=re.compile("|".join([re.escape(w) for w in sorted(c["target"], key=len, reverse=True)] + list(v["target_time"]))),
        actual_rx=_words_rx(c["actual"]),
        policy_rate_rx=_words_rx(v["policy_rate_nouns"]),
        policy_money_rx=_words_rx(v["policy_money_nouns"]),
        not_policy_rx=_words_rx(v["not_policy"]),
        rate_noun_rx=_words_rx(q["rate_nouns"] + ["占"]),
        enumerator_rx=re.compile(rf"(?:^|(?<=[{brk}]))[ \t\u3000]*(?:{enumerators})", re.M),
        plan_heading_rx=re.compile(plan_words),
        not_plan_heading_rx=re.compile("|".join(v["not_plan_headings"])),
        inline_plan_rx=re.compile(
            rf"(?:^|(?<=[{re.escape(SEGMENT_BREAKS)}]))[ \t\u3000]*(?P<enum>{enumerators})?[ \t\u3000]*"
            rf"(?P<head>[^{re.escape(SEGMENT_BREAKS)},，:：]{{0,{n}}}?(?:{plan_words})[^{re.escape(SEGMENT_BREAKS)},，:：]{{0,{n // 2}}}?)"
            rf"(?:[:：\n \t\u3000]|(?=(?:{enumerators}))|(?(enum)|(?!)))", re.M),
        from_to_rx=re.compile(r"\s*(?:下降|降低|减少|回落|提高|上升|增加|增长|升|降)?(?:到|至|为)\s*$"),
    )


def segment_starts(match: str, lo: int, hi: int, breaks: list[int]) -> list[int]:
    """Sorted starts of the segments of match[lo:hi]: ``lo``, just after each break position in
    ``breaks`` (positions of SEGMENT_BREAKS characters) and at each enumerator that follows a break."""
    c = statement_cues()
    starts = {lo}
    starts.update(b + 1 for b in breaks)
    starts.update(m.start() for m in c.enumerator_rx.finditer(match, lo, hi) if m.end() > m.start())
    return sorted(starts)


def segment_start(starts: list[int], pos: int) -> int:
    """Start of the segment holding ``pos`` (``starts`` from :func:`segment_starts`)."""
    k = bisect.bisect_right(starts, pos)
    return starts[k - 1] if k else pos


def _is_plan_heading(heading: str, c: StatementCues) -> bool:
    return bool(c.plan_heading_rx.search(heading)) and not c.not_plan_heading_rx.search(heading)


_HEADING_END = re.compile(r"[:：, ，\t\u3000" + re.escape(SEGMENT_BREAKS) + "]")


def _heading_at(match: str, pos: int, hi: int, longest: int = 24) -> str:
    """The heading phrase starting at ``pos``: up to a colon, space, comma or break (at most ``longest`` characters)."""
    end = min(hi, pos + longest)
    b = _HEADING_END.search(match, pos, end)
    return match[pos : b.start() if b else end]


def plan_spans(match: str, lo: int, hi: int, sections) -> list[tuple[int, int]]:
    """Spans of the report (match[lo:hi]) that state plans: sections under a plan heading (下一步打算,
    工作要点, 主要目标 …, not 目标完成情况), and, in text the segmenter gave no such section, a plan
    heading written inside a line: from it to the next enumerator of the same form, or the report end.

    A section the segmenter calls 'plans' without a plan word in its heading (计划免疫) is no plan.
    """
    c = statement_cues()
    spans = [(s.start, s.end) for s in sections if _is_plan_heading(s.heading, c)]
    for m in c.inline_plan_rx.finditer(match, lo, hi):
        if not _is_plan_heading(_heading_at(match, m.start("head"), hi), c) or in_spans(spans, m.start()):
            continue
        end = hi
        enum = m.group("enum")
        if enum:
            form = re.sub(r"[一二三四五六七八九十]+", "[一二三四五六七八九十]+", re.escape(enum.strip()))
            form = re.sub(r"\d+", r"\\d+", form)
            nxt = re.compile(rf"(?<=[{re.escape(SEGMENT_BREAKS)} \t\u3000]){form}").search(match, m.end(), hi)
            if nxt is not None:
                end = nxt.start()
        spans.append((m.start(), end))
    return sorted(spans)


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def is_policy_context(match: str, clause_s: int, seg_s: int, start: int, unit: str) -> bool:
    """Whether a rate or amount at ``start`` is a rule by the nouns before it: a policy noun in its
    clause (or, for a clause naming no rate of its own, in its segment: 补偿比例: 乡级80%, 县级65%),
    and neither 实际 nor a comparison with a period (同比, 比上年) in the clause."""
    c = statement_cues()
    if unit == "yuan":
        found = c.policy_money_rx.search(match, clause_s, start) is not None
    elif unit in ("percent", "?rate"):
        found = c.policy_rate_rx.search(match, clause_s, start) is not None or (
            c.rate_noun_rx.search(match, clause_s, start) is None and c.policy_rate_rx.search(match, seg_s, start) is not None)
    else:
        return False
    return found and c.not_policy_rx.search(match, clause_s, start) is None


def has_target_cue(match: str, seg_s: int, start: int) -> bool:
    """A target word (力争, 确保 …) or a future time (明年, 到2030年) in match[seg_s:start]."""
    return statement_cues().target_rx.search(match, seg_s, start) is not None


def has_actual_cue(match: str, seg_s: int, start: int) -> bool:
    """A reached-level word (已达到, 实现了) or a past period (今年以来, 截至) in match[seg_s:start]."""
    return statement_cues().actual_rx.search(match, seg_s, start) is not None


def from_to_gap(match: str, a_end: int, b_start: int) -> bool:
    """Whether match[a_end:b_start] joins a from-value to a to-value (…31.2‰下降到14.9‰, 60%提高至70%)."""
    return statement_cues().from_to_rx.match(match, a_end, b_start) is not None
