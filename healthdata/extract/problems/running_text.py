"""Problems in running text: lists opened by a lead-in, and clauses admitting a shortcoming."""
from __future__ import annotations

import re

from .clauses import admission_clause_groups
from .judgement import admits_shortcoming, is_lead_in_at, is_stop
from .sections import ONE_SIDE, item_problem_spans
from .spans import Span, covers, merged
from .splitting import enumerator_style, is_question, paragraph_items, sentence_spans
from .vocabulary import compiled_cues


def running_text_problem_spans(match: str, paragraphs: list[Span], plan_spans: list[Span] = ()) -> list[Span]:
    """Problems in consecutive running-text paragraphs.

    A lead-in (存在不少问题:, 主要表现为:) or an admitting sentence right before an enumerator
    opens a list; its items (of the same enumerator style) are problems.  Elsewhere admitting
    clauses are problems; inside ``plan_spans`` (plans sections, where 薄弱, 不足 name what is to
    be strengthened) only those judged after a contrast or with 仍/尚/还.  After a lead-in closed by a
    full stop (工作中也暴露出一些不容忽视的问题。…; “短板也很明显。”院长说,…), the sentences of its
    paragraph are the problems it announced, up to the first that states none: weak wording judges in them as
    in a problems section.  A paragraph that ends on such a lead-in (工作中也还存在一些问题和不足。) stands for a
    heading: the paragraphs after it, without enumerators, are read the same way as long as each states a problem.
    """
    out: list[Span] = []
    plans = merged(plan_spans)
    list_open, list_style = False, None
    asked = False  # the paragraph before asked about shortcomings: this one may answer with their list
    carried = False  # the paragraphs before ended on a lead-in, then stated problems: this one may go on with them
    for ps, pe in paragraphs:
        items = paragraph_items(match, ps, pe)
        interviewer = is_interviewer_turn(match, ps)
        if not items[0].numbered:
            list_open = asked and not interviewer
        asked = False
        # a lead-in sentence of this paragraph (or one ending the paragraphs before) announced the problems its next
        # sentences state
        announced = carried and len(items) == 1 and not items[0].numbered
        found, ends_on_lead_in = len(out), False
        for n, item in enumerate(items):
            if item.numbered and list_open:
                style = enumerator_style(match, item.start)
                list_style = style if list_style is None else list_style
                if style == list_style:
                    asked = sentence_spans(match, item.body_start, item.end)
                    if asked and is_question(match, asked[-1]):
                        continue  # 三是…怎么办理?: an item asking a question states no problem
                    if ONE_SIDE in match[item.start:item.body_start] \
                            and not compiled_cues().weak.found(match, item.body_start, item.end):
                        # 一方面,…群众对优质医疗服务的需求日益增长;另一方面,…防控形势严峻: one side of a judgement that
                        # words no shortcoming sets the scene for the other
                        continue
                    spans, stopped = item_problem_spans(match, item.body_start, item.end, True)
                    out.extend(spans)
                    list_open = not stopped
                    continue
                list_open = False
            sentences = sentence_spans(match, item.body_start, item.end)
            for k, span in enumerate(sentences):
                text = match[span[0]:span[1]]
                # (an enumerated item announces no list of the same enumerator after it: 二是…短缺问题突出;三是… are siblings)
                before_list = k == len(sentences) - 1 and (n + 1 < len(items) or announces(match, pe)) \
                    and not sibling_follows(match, items, n)
                ends_on_lead_in = False
                if is_stop(text):
                    list_open = announced = False
                # (a lead-in right before the items of its paragraph announces them, whatever it names: 行风建设仍存在一些
                # 不容忽视的问题。其一,…)
                elif is_lead_in_at(match, *span, before_list and (announces(match, span[1]) or n + 1 < len(items))) \
                        and not (k > 0 and shows_results(match[sentences[k - 1][0]:sentences[k - 1][1]], text)):
                    list_open, list_style = True, None
                    announced = not interviewer
                    ends_on_lead_in = announced and k == len(sentences) - 1 and n + 1 == len(items)
                elif is_question(match, span):
                    # a question states no problem; one asking about shortcomings (还面临哪些困难？)
                    # announces the list its answer may give, as a lead-in does
                    if compiled_cues().weak.found(text) or compiled_cues().asks_shortcomings.search(text):
                        list_open, list_style = True, None
                        asked = k == len(sentences) - 1 and n + 1 == len(items)
                else:
                    # a sentence that neither announces nor asks ends what a lead-in before it announced, unless
                    # it leads to the list with a colon (…存在不少问题。会上还通报了进展情况。一是…: the items report
                    # the progress; on a lined page the paragraph's end closes it)
                    # (an answer counting the points it will make, 答:主要有三点。, keeps the list its question asked for)
                    spoken = text[text.rfind(":") + 1:].strip()
                    list_open = list_open and (announces(match, span[1]) or bool(compiled_cues().counted_points.match(spoken)))
                    if interviewer:
                        continue  # what the interviewer says or passes on admits nothing of the bureau's
                    groups = admission_clause_groups(match, span, strict=bool(plans) and covers(plans, span[0]),
                                                     in_section=announced)
                    out.extend(groups)
                    # the announced problems end at the first sentence stating none (会议强调,下半年时间紧、任务重,各单位要…
                    # on a page printed on one line is what the meeting asks, after them)
                    announced = announced and bool(groups)
                    if groups and not item.numbered and before_list:
                        list_open, list_style = True, None
                    lead = text[text.rfind(":") + 1:].lstrip()  # a salutation or label glued before it (…财政局:为…) says nothing
                    if not groups and k == len(sentences) - 1 and n + 1 == len(items) and announces(match, pe) \
                            and admits_shortcoming(lead) and not compiled_cues().not_admission.search(lead):
                        # shortcomings admitted in general before the colon (也暴露出一些短板弱项:): a lead-in
                        list_open, list_style = True, None
        list_open = list_open and (announces(match, pe) or list_style is not None)
        carried = ends_on_lead_in or announced and carried and len(out) > found
    return out


def sibling_follows(match: str, items: list, n: int) -> bool:
    """Whether the item ``n`` of a paragraph's ``items`` is enumerated and the next one is of the same enumerator
    (一是…;二是…): the next item is its sibling in one list, not a list it announces."""
    if not items[n].numbered or n + 1 >= len(items) or not items[n + 1].numbered:
        return False
    return enumerator_style(match, items[n].start) == enumerator_style(match, items[n + 1].start)


def shows_results(previous: str, text: str) -> bool:
    """Whether the sentence ``text`` only announces where what the sentence before it reports shows (各项工作取得新进展。
    主要体现在以下几个方面:一是…): the results the list gives, no problems.  (After a judgement, 服务能力还比较弱。主要表现在:,
    the list names the problems.)"""
    cues = compiled_cues()
    if not _WHERE_IT_SHOWS.match(text.strip()):
        return False
    last = previous.strip(" 。!?").split(",")[-1].strip()
    return bool(cues.gap_preamble.search(last)) and not cues.contrast.search(previous)


_WHERE_IT_SHOWS = re.compile("^(主要|集中|具体|突出)(表现|体现)(为|在)")


def announces(match: str, end: int) -> bool:
    """Whether the trimmed paragraph ending at ``end`` ends with a colon (what follows is its list)."""
    return match[end:end + 1] == ":"


def headline_zone(match: str, paragraphs: list[Span]) -> list[bool]:
    """Which ``paragraphs`` are lines of the page's headline zone: before the first paragraph that
    ends a sentence (the body), short and without sentence or clause punctuation (a headline printed
    once or twice, 某县实现零死亡 基层力量仍待加强).  A headline sums up what the body states: no problem
    of its own.  A page without a sentence has no body to tell its headline from."""
    cues = compiled_cues()
    body = next((k for k, (s, e) in enumerate(paragraphs) if cues.sentence_end.search(match, s, e)
                 or match[e:e + 1] in ("。", "!", "?")), None)
    if body is None:
        return [False] * len(paragraphs)
    return [k < body and e - s <= cues.headline_max_chars and not cues.headline_punctuation.search(match, s, e)
            for k, (s, e) in enumerate(paragraphs)]


def is_interviewer_turn(match: str, start: int) -> bool:
    """Whether the paragraph at ``start`` is an interviewer's turn (主持人:…, 记者:…, 问:…)."""
    return bool(compiled_cues().interviewer_turn.match(match, start))
