"""Heading lines: their level, and whether they open a problems section or turn to plans."""
from __future__ import annotations

import re
from functools import lru_cache

from healthdata.textnorm import matching_text as to_simplified

from .judgement import reports_solving
from .spans import STRIP_CHARS
from .splitting import enumerator_length
from .vocabulary import compiled_cues


HEADING_STRIP_CHARS = STRIP_CHARS + "【】〔〕"
SENTENCE_ENDS = ("。", "!", "?")
CLAUSE_MARKS = ",;"  # (matching text: ，； folded)


def with_sentence_end(match: str, start: int, end: int) -> str:
    """The trimmed line match[start:end] with the sentence end that closed it, if one did: a line
    is judged a heading or not with its final 。 (trimming drops it)."""
    return match[start:end + 1] if end < len(match) and match[end] in "。!?" else match[start:end]


def heading_level(line: str) -> int | None:
    """Level of an enumerated heading line (1 = 一、), None when the line has no enumerator."""
    for rx, level in compiled_cues().levels:
        if rx.match(line):
            return level
    return None


def is_problem_heading(line: str) -> bool:
    """A short heading line that opens a problems section (存在的问题, 不足, 差距)."""
    cues = compiled_cues()
    body = line[enumerator_length(line, 0, len(line)):].strip(HEADING_STRIP_CHARS)
    if not body or len(body) > cues.heading_max_chars or line.rstrip().endswith(SENTENCE_ENDS) \
            or any(ch in body for ch in CLAUSE_MARKS):
        return False  # a sentence (…还存在一定差距。) or clauses (…质量不高,履约率偏低) are no heading
    found = cues.heading.search(body)
    return bool(found) and not reports_solving(body[:found.end()])  # not 解决…问题


def is_plan_heading(line: str) -> bool:
    """A short heading line that turns to plans or measures ((二)下半年工作打算, 三、对策建议); a
    short item whose first sentence names a problem ((二)人才短缺。缺编300人。对策:…) is none, nor is a short item
    judging the measures or plans it names, its clauses cut by a comma ((一)引进措施落实不够,全年仅招聘12人)."""
    cues = compiled_cues()
    body = line[enumerator_length(line, 0, len(line)):].strip(HEADING_STRIP_CHARS)
    head = body.split("。", 1)[0]
    return (
        0 < len(body) <= cues.heading_max_chars
        and not line.rstrip().endswith("。")
        and bool(cues.plan_heading.found(head))
        and not ("," in head and cues.weak.found(head))
        and not is_problem_heading(line)
    )


def opens_with_plan_heading(line: str) -> bool:
    """Whether ``line`` is a plans heading, or opens with an enumerated one run into its first line
    (三、2013年工作计划主要目标:参合率…, a page printed on one line) that words no shortcoming."""
    if is_plan_heading(line):
        return True
    own = enumerator_length(line, 0, len(line))
    if not own:
        return False
    cues = compiled_cues()
    limit = own + cues.prefix_heading_max_chars + 2
    return any(line[cut - 1:cut] == ":" and is_plan_heading(line[:cut - 1]) and not cues.weak.found(line[:cut])
               for cut in heading_cuts(line[:limit], own + 1))


def ends_section(line: str, level: int | None) -> bool:
    """Whether ``line`` starts a heading at ``level`` or above (or a new article)."""
    if compiled_cues().article_start.match(line):
        return True
    other = heading_level(line)
    if other is None:
        return False
    return level is None or other <= level


HEADING_CUT = re.compile(r"[:】〕。]|\s")


def heading_cuts(line: str, start: int) -> list[int]:
    """Where a heading may end inside ``line``, from ``start`` on: after ``:`` or a closing
    bracket, at whitespace or a run-in heading's 。 (四、正视短板。我镇…), or where an enumerated
    item starts."""
    cuts = [m.end() if m.group(0) in ":】〕" else m.start() for m in HEADING_CUT.finditer(line, start)]
    cuts += [m.start() for m in compiled_cues().enumerator.finditer(line, start)]
    return sorted(set(cuts))


def problem_heading_end(line: str) -> int | None:
    """Length of the problems heading that opens ``line``, None when the line opens none.

    The heading is the whole line, or a short enumerated or bracketed one that runs on into
    its first problem (``二、存在问题:一是…``, ``【存在问题】卫生…``, ``二、存在的不足我院…``).
    """
    cues = compiled_cues()
    own = enumerator_length(line, 0, len(line))
    label = label_end(line) if not own else None
    if label is not None and is_problem_heading(line[:label]):
        return label
    if is_problem_heading(line):
        return len(line)
    if not own and not line.startswith(("【", "〔")):
        return None
    limit = own + cues.prefix_heading_max_chars + 2
    for cut in heading_cuts(line[:limit], own + 1):
        if is_problem_heading(line[:cut]):
            return cut
    return glued_heading_end(line, own, limit)


HEADING_GOES_ON = "和与及、的之"
GLUED_HEADING_LEAD_CHARS = 2  # 当前存在的问题: the heading words may follow a time word


def glued_heading_end(line: str, start: int, limit: int) -> int | None:
    """End of a numbered problems heading glued to its first sentence with nothing between
    (二、存在的不足我院业务用房不足,…: a whole report on one line whose spaces were dropped): the
    shortest heading that ends with its heading words and does not go on with 和, 与, 的…
    (二、存在的问题和不足 is read whole)."""
    if start == 0:
        return None
    # (the heading words are read after the enumerator, as in a heading line of its own: a pattern anchored at the
    # heading's start, ^…薄弱环节$, holds for 三、需要重视的薄弱环节县乡…)
    cues = compiled_cues()
    heading, body = cues.heading, line[start:min(limit, len(line))]
    opening = heading.search(body)
    if (opening is None or opening.start() > GLUED_HEADING_LEAD_CHARS) and not cues.heading_end_word.search(body):
        return None  # the heading words open the line (存在…, 当前存在…), not a sentence (运用…的困难)
    for cut in range(start + 2, min(limit, len(line) - 1) + 1):
        words = heading.search(line[start:cut])
        if words is not None and words.start() <= GLUED_HEADING_LEAD_CHARS and start + words.end() == cut \
                and line[cut] not in HEADING_GOES_ON and not cues.heading_predicate.match(line[cut:]) \
                and is_problem_heading(line[:cut]) and names_problems(line[:cut]):  # (not 二、加强薄弱环节建设…)
            return cut
    return None


def label_end(line: str) -> int | None:
    """End of a label that opens a paragraph without an enumerator (``存在的问题:`` then its text on
    the same line), None when the line opens with none."""
    colon = line.find(":", 0, compiled_cues().prefix_heading_max_chars + 2)
    return colon + 1 if colon > 0 and line[colon + 1:].strip() else None


@lru_cache(maxsize=1024)
def names_problems(heading: str) -> bool:
    """Whether a heading the segmenter calls a problems section names problems rather than
    work on them (缩小城乡差距, 弥补短板, 加强薄弱环节).  Remembered: reports repeat the same headings
    (存在的问题), and folding one to the matching text is the costly part."""
    h = to_simplified(heading)
    return not reports_solving(h) and not compiled_cues().not_admission.search(h[enumerator_length(h, 0, len(h)):])
