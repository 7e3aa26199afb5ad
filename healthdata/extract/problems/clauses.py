"""A sentence of running text, or a paragraph of a problems section, cut into its judgements:
the clauses that admit a shortcoming, each with its subject or cause before it and what says
more about it after it."""
from __future__ import annotations

import re
from functools import lru_cache

from .judgement import (
    about_another_subject, admits_shortcoming_in, continues_judgement, is_consequence, is_lead_in, is_lead_in_at,
    judged_subjects,
    persists, reports_solving, subject_themes, words_shortcoming,
)
from .spans import STRIP_CHARS, Span, pieces
from .vocabulary import compiled_cues, may_start_in


def conjoined_judgements(match: str, span: Span, admitting) -> list[Span]:
    """``span`` (a part of a clause) cut at each conjunction joining two judgements of different
    subjects (人才短缺和资金不足: both sides ``admitting`` on their own, each naming a subject the
    other does not); one judgement of two subjects (人员和设备不足) stays whole.  ``admitting(start, end)``
    tells whether ``match[start:end]`` admits a shortcoming."""
    s, e = span
    for m in compiled_cues().conjunction.finditer(match, s, e):
        left, right = match[s:m.start()].rstrip(STRIP_CHARS), match[m.end():e].lstrip(STRIP_CHARS)
        if left and right and admitting(s, s + len(left)) and admitting(e - len(right), e) \
                and about_another_subject(left, right):
            return [(s, s + len(left))] + conjoined_judgements(match, (e - len(right), e), admitting)
    return [span]


def admission_clause_groups(match: str, span: Span, strict: bool = False, in_section: bool = False,
                             in_list_item: bool = False) -> list[Span]:
    """:func:`judgements_in` the sentence ``span``, remembered by its wording when the cues that
    search it in place read nothing before it (:attr:`.vocabulary.Cues.sentence_context_free`):
    stock sentences recur across a bureau's reports and the pages reposting them."""
    s, e = span
    if not compiled_cues().sentence_context_free:
        return judgements_in(match, span, strict, in_section, in_list_item)
    return [(s + a, s + b) for a, b in sentence_judgements(match[s:e + 1], e - s, strict, in_section, in_list_item)]


@lru_cache(maxsize=8192)
def sentence_judgements(text: str, end: int, strict: bool, in_section: bool, in_list_item: bool) -> tuple[Span, ...]:
    """:func:`judgements_in` ``text[:end]``, offsets in ``text`` (which holds the character after
    the sentence too: a colon there makes its last clause a label)."""
    return tuple(judgements_in(text, (0, end), strict, in_section, in_list_item))


def judgements_in(match: str, span: Span, strict: bool = False, in_section: bool = False,
                  in_list_item: bool = False) -> list[Span]:
    """Clauses of a running-text sentence that admit a shortcoming, each with the cue-less
    clauses just before it (they carry its subject: 因…, 随着…).

    Strong wording counts anywhere, weak wording only after a contrast (但, 然而), with 仍/尚/还,
    or after an admitting clause of the same sentence (a run of judgements), and everywhere
    ``in_section`` (a problems section); when ``strict`` (a plan, where 薄弱 and 不足 name what is
    to be strengthened) only those count, and those opening on how things stand now (当前…不足).  Nothing counts after a verb reporting the difficulty
    solved (解决, 缓解) or a former time (以前…) until the next contrast or the next item of a ;-list.  The clause
    giving the reasons of a judgement (…比例偏低,主要是…、…) says more about it.  A clause wording an
    action of the bureau (切实加强…, 认真做好…), who said it (负责人介绍), a lead-in or a label
    before a colon (存在一些困难:…) is no subject for the clauses after it, nor is anything
    before a ;.  Whether a clause right after an admitting one belongs to the same problem:
    :func:`continues_judgement` (told whether the clauses stand in one item of a list cut at ;:
    ``in_list_item``, or a sentence holding ;); inside an admitting clause, a part of a list (、) that words a
    judgement of its own about another subject starts a problem of its own.
    """
    cues = compiled_cues()
    if not may_start_in(match, *span, "weak"):
        return []  # no shortcoming worded in the sentence, so in none of its clauses
    clauses = [(s, e, match[s:e]) for s, e in pieces(match, span[0], span[1], cues.clause)]
    if not any(words_shortcoming(match, s, e) for s, e, _text in clauses):
        return []  # no clause words a shortcoming (strong wording is weak wording too)
    out: list[Span] = []
    context: list[int] = []  # starts of the cue-less clauses just before
    # ends of those among them that word a shortcoming only weakly, by start (基础设施差 before …仍然存在)
    weak_ends: dict[int, int] = {}
    after_contrast = solving = False
    listed = in_list_item or ";" in match[span[0]:span[1]]  # judgements listed between ;
    # a sentence whose every item between ; words a shortcoming, one of them strongly, reports no work done: a list of
    # judgements, each read as the one judged after it (住院楼建于上世纪80年代,抗震性能差;…双语医生缺口较大。)
    in_run = not strict and not in_section and ";" in match[span[0]:span[1]] and lists_judgements(match, span, clauses)
    previous_admits = previous_cause = False
    explaining = False  # after a judgement naming its subject before a colon: what follows up to a ; says what it is
    item_judged = False  # a judgement was found in this item of the ;-list
    for k, (s, e, text) in enumerate(clauses):
        joiner = clause_joiner(match, span[0], s)
        if joiner == ";":
            # (each item of a ;-list judges on its own: a solving verb of one, 打击“两非”取证难度大;, covers not the next)
            context, explaining, solving, item_judged = [], False, False, False
        # (a call to see what is wanting, 同时也要看到, or a bare 当前, turns to the judgements after it as a contrast does)
        if cues.contrast.search(text) or cues.sober_view.match(text) or cues.present_only.match(text):
            after_contrast, solving, context = True, False, []
        # (a lead-in right before its colon announces whoever speaks: 不少村医也谈到难处:…; a problem judged prominent
        # there, 发展不平衡的问题依然突出:…, is a judgement the clauses after it explain)
        # (…and the problems found before, named as what is to be put right, in a plan: 上半年发现的问题要认真整改:…)
        if match[e:e + 1] == ":" and (cues.persistent.found(text) and cues.lead_in.found(text)
                                      or is_lead_in(text, not cues.prominent.found(text))
                                      or bool(cues.found_to_mend.search(text))):
            # …仍存在不少短板: announces the judgements after it, whatever comes before it in the clause (a
            # heading run into it on a page printed on one line: 补齐发展短板当前…仍存在不少短板:); so does any
            # lead-in before its colon (也清醒地看到存在的薄弱环节:…; 考核也暴露出一些问题:…): the list after it
            # is of judgements, each worded weakly or strongly
            if out and previous_admits and joiner == "," and out[-1][1] == clauses[k - 1][1] \
                    and (cues.unnamed_weakness.search(match[clauses[k - 1][0]:clauses[k - 1][1]])
                         or cues.gap_sequel.match(text.strip())):
                # 平安医院建设还有一些薄弱点,集中表现在:…: weak points not named, then the announcement of what they
                # are; the list names them, the clause before it is no judgement of its own
                # (…and any judgement the clause after it says its list shows, 当前卫生应急工作还比较薄弱,主要表现在:…;
                # …与群众的期盼相比还有一定差距,主要表现在:…: the sum of the problems the list names)
                out.pop()
            solving, in_run, context, previous_admits = False, True, [], False
            continue
        if cues.finding.search(text) and not cues.weak.found(text):
            # 检查中发现,个别村医随访记录填写不规范,…: what the inspection found is judged as a list of problems
            solving, in_run, context, previous_admits = False, True, [], False
            continue
        if out and previous_admits and joiner == "," and cues.solved_since.match(text) \
                and not match[out[-1][1]:s].strip(STRIP_CHARS):
            # …等问题,已于6月底前全部整改到位: the judgement right before is reported put right
            out.pop()
            context, previous_admits = [], False
        if reports_solving(text) or cues.former.match(text):
            solving, in_run = True, False
        elif solving and persists_despite(match, s, e, text):
            # 查处无证行医案件58起,“黑诊所”仍然时有反弹: what was done, then what goes on despite it (still, and worded as
            # a shortcoming): a judgement of its own, as after a contrast
            solving = False
        judged = in_section or after_contrast or in_run or persists(text) or bool(cues.admitted_as.search(text)) \
            or bool(cues.present_state.match(text)) or k > 0 and falls_below_reference(clauses[k - 1][2], text) \
            or k > 0 and names_the_problems(clauses[k - 1][2], text)
        ruled = bool(cues.not_admission.search(text)) \
            or k > 0 and tallied(clauses[k - 1][2], text)  # a condition or an action (对…, 切实加强…), a tally

        subject_start = context[-1] if context else None  # the cue-less clauses before it, which may name its subject

        def subject_before() -> bool:
            """(a bare judgement, 压力较大, after a clause naming its subject, 外聘人员工资靠业务收入解决,压力较大, judges
            that subject: no lead-in opening a list)"""
            return subject_start is not None and bool(subject_themes(match[subject_start:s]))

        def admitting(start: int, end: int) -> bool:
            # (the cheap tests first: the page scan's lookup, then the wording, a lead-in and the subject before)
            return (
                not solving and (judged or not strict) and not ruled
                and admits_shortcoming_in(match, start, end, judged) and (not is_lead_in_at(match, start, end) or subject_before())
            )

        admits = admitting(s, e)
        if admits and match[e:e + 1] == ":" and not subject_themes(text):
            # a shortcoming admitted in general before the colon that lists them (工作中也还有不足:…):
            # it announces the judgements after it
            admits, in_run, context = False, True, []
            continue
        if admits and out and len(context) == 1 and joiner == "," and not solving \
                and figure_below_reference(match, out[-1], context[0], s, text):
            # 优质资源总量不足,每千人口医师1.9人,低于全省平均水平: the figure and where it stands are the judgement's evidence
            # (which closes it: a judgement after it is another's)
            out[-1], context, previous_admits = (out[-1][0], e), [], False
            continue
        if listed and item_judged and context and admits and joiner == "," and not solving \
                and rejoins_item_judgement(match, out[-1], e):
            # 非法行医屡禁不止,部分游医…“打一枪换一个地方”,取缔后死灰复燃; : in an item of a ;-list, a judgement naming
            # no subject but the item's, after clauses that name none other either, says more about the item's judgement
            out[-1], context, previous_admits = (out[-1][0], e), [], True
            continue
        # …比例偏低,主要是专科医生少、检查项目不全: the reasons of the judgement before say more about it
        reason = bool(out) and previous_admits and joiner == "," and bool(cues.reason_given.match(text))
        continuing = reason or bool(out) and previous_admits and joiner == "," and not solving \
            and continues_judgement(match[out[-1][0]:out[-1][1]], text, admits, previous_cause, listed)
        # 发展不平衡的问题依然突出:优质资源集中在县城,农村服务能力较弱; : the clauses after the colon up to the
        # next ; say what the judgement is
        continuing = continuing or explaining and bool(out) and joiner in ",:" and not solving
        explaining = explaining or (admits or continuing) and match[e:e + 1] == ":"
        previous_cause = admits and not continuing and bool(cues.cause.match(text))
        previous_admits = previous_admits if continuing else admits
        if continuing and is_consequence(match[out[-1][0]:out[-1][1]], text):
            # what the judgement leads to, its parts together (…专科医生仍然紧缺,心血管、肿瘤等专科患者外转率偏高): no part
            # of it judges on its own
            in_run = in_run or admits
            out[-1] = (out[-1][0], e)
            continue
        if not (admits or continuing):
            if ruled or is_lead_in_at(match, s, e) or match[e:e + 1] == ":":
                context = []  # an action of the bureau, who said it, a lead-in or a label is no problem's subject
            elif not solving:
                context.append(s)
                # (a clause stating a cause, 受外来人口多、流动性大影响 / 由于…, is the reason of the judgement after
                # it, never a judgement of its own)
                if not ruled and not is_lead_in_at(match, s, e) and not cues.cause.match(text) \
                        and admits_shortcoming_in(match, s, e) and subject_themes(text):
                    weak_ends[s] = e
            continue
        in_run = in_run or admits
        opened = continuing
        # (several malpractices or phenomena listed under one verb, 存在分解住院、挂床住院现象, are one judgement)
        parts = [(s, e)] if cues.listed_phenomena.search(text) else \
            [p for part in pieces(match, s, e, cues.part) for p in conjoined_judgements(match, part, admitting)]
        for ps, pe in parts:
            words = match[ps:pe]
            if opened:
                if ps > s and admitting(ps, pe) and about_another_subject(match[out[-1][0]:out[-1][1]], words):
                    out.append((ps, pe))  # 人员不足、业务用房紧张: two judgements
                else:
                    out[-1] = (out[-1][0], pe)
            elif admitting(ps, pe) or pe == e:
                joined = context[context_start(match, context, cues.max_context_clauses):]
                joined = split_weak_judgement(match, joined, weak_ends, (ps, pe), out)
                start = joined[0] if joined else ps
                if pe - start >= cues.min_clause_chars or subject_themes(match[start:pe]):  # 财力紧张 is short
                    out.append((start, pe))
                    opened = item_judged = True
                context = []
            else:
                context.append(ps)  # 县妇幼保健院业务用房、基本设备不足: the subject before the judgement
                weak_ends.pop(ps, None)
        if not opened:
            previous_admits = False
    return out


def context_start(match: str, context: list[int], limit: int) -> int:
    """Index of the first of the cue-less clauses ``context`` (their starts) that join the judgement after them: the last
    ``limit`` of them, and before those the hardships of the terrain that set the scene for all of them (甲乙等县山高路远,
    交通不便,不少孕妇仍在家分娩,住院分娩率偏低: one problem, from the mountains on; not where the place lies, 我县地处山区)."""
    k = len(context) - min(len(context), limit)
    while 0 < k and hardship_of_terrain(match, context[k - 1], context[k]):
        k -= 1
    return k


def hardship_of_terrain(match: str, start: int, end: int) -> bool:
    """Whether ``match[start:end]`` states a hardship of the terrain or the distances (山高路远, 交通不便, 地广人稀)."""
    return any(m.group("hardship") for m in compiled_cues().condition.finditer(match, start, end))


def lists_judgements(match: str, span: Span, clauses: list[tuple[int, int, str]]) -> bool:
    """Whether the sentence ``span`` (cut into ``clauses``) is a list of judgements between ;: every item words a
    shortcoming, at least one strongly, and none reports acting on it, turns on a contrast or opens on a former time."""
    cues = compiled_cues()
    items: list[list[str]] = []
    for s, e, text in clauses:
        if not items or clause_joiner(match, span[0], s) == ";":
            items.append([])
        if match[e:e + 1] != ":":  # (a label or who speaks before its colon, 简报同时指出:, judges nothing)
            items[-1].append(text)
    if len(items) < 2:
        return False
    strong = False
    for texts in items:
        # (a figure's rise, 门诊量上升12%, reports a result as often as it judges one: no shortcoming worded by it alone)
        # (…nor does an item counting what there is, 全市现有村医5216人,其中…仅占18.4%: figures, not a judgement)
        if not any(cues.weak.found(_MOVEMENT.sub("|", t)) for t in texts) or texts and cues.inventory.match(texts[0]):
            return False
        for t in texts:
            if cues.contrast.search(t) or reports_solving(t) or cues.former.match(t) or cues.not_admission.search(t):
                return False
        strong = strong or any(cues.strong.found(t) for t in texts)
    return strong


def rejoins_item_judgement(match: str, judgement: Span, end: int) -> bool:
    """Whether the text after ``judgement`` up to ``end`` (cue-less clauses, then an admitting one) names no subject
    but those the judgement names, which names some: in one item of a ;-list, it says more about that judgement."""
    own = judged_subjects(match[judgement[0]:judgement[1]])
    return bool(own) and judged_subjects(match[judgement[1]:end]) <= own


def clause_joiner(match: str, start: int, clause_start: int) -> str:
    """The punctuation that joins the clause at ``clause_start`` to the one before it (, ; :), the
    spaces a page sets after it left out (…持续走低， 托育服务…: a page printed with its paragraphs set off
    by spaces joins the same clauses); "" for the first clause of the span starting at ``start``."""
    j = clause_start - 1
    while j > start and match[j] in " \t\u3000":
        j -= 1
    return match[j] if j >= start else ""


def figure_below_reference(match: str, judgement: Span, figure_start: int, start: int, clause: str) -> bool:
    """Whether the clause from ``figure_start`` (right after the ``judgement``, before ``start``) gives a figure and
    ``clause`` puts it below a reference (…,每千人口医师1.9人,低于全省平均水平): the judgement's evidence."""
    between = match[judgement[1]:figure_start]
    return not between.strip(STRIP_CHARS) and "," in between and bool(_DIGIT.search(match, figure_start, start)) \
        and bool(compiled_cues().below_average.match(clause))


_DIGIT = re.compile("[0-9]")
_MOVEMENT = re.compile("上升|回升|增长|增加|下降")


def names_the_problems(previous: str, clause: str) -> bool:
    """Whether ``clause`` says what the problems the ``previous`` clause speaks of are (上半年暴露出的问题,主要是人员流动频繁):
    what it names is admitted, as after 问题主要是 in one clause."""
    return bool(compiled_cues().admitted_after_comma.search(previous[-8:] + "," + clause[:8]))


def tallied(previous: str, clause: str) -> bool:
    """Whether ``clause`` counts the items lagging right after the ``previous`` clause counted those done or on track
    (进展顺利的11项,进度滞后的5项): a tally of where the items stand, no judgement."""
    cues = compiled_cues()
    return bool(cues.tallied_lag.match(clause.strip())) and bool(cues.tally.search(previous))


def falls_below_reference(previous: str, clause: str) -> bool:
    """Whether ``clause`` puts the rates of coverage or management the ``previous`` clause gives
    below a reference (规范管理率分别为56%和48%,均低于全县平均水平): coverage short of the average is
    a shortcoming (a death rate below it is not; only rates of the work done count)."""
    cues = compiled_cues()
    return bool(cues.below_reference.match(clause)) and bool(cues.coverage_rate.search(previous))


def split_weak_judgement(match: str, joined: list[int], weak_ends: dict[int, int], span: Span,
                         out: list[Span]) -> list[int]:
    """The context clauses (their starts) ``joined`` to the judgement at ``span``, after taking out
    a judgement of their own: a clause before it that words a shortcoming only weakly (基础设施差,
    技术人员少 before …看病难的问题仍然存在) about subjects the judgement does not name is judged by
    the sentence too, and is a problem of its own (appended to ``out``, with the clauses before it)."""
    own = None  # the judgement's subjects, read when a clause before it words a shortcoming of its own
    for k in range(len(joined) - 1, -1, -1):
        end = weak_ends.get(joined[k])
        if end is None:
            continue
        own = subject_themes(match[span[0]:span[1]]) if own is None else own
        if own and subject_themes(match[joined[k]:end]).isdisjoint(own):
            out.append((joined[0], end))
            return joined[k + 1:]
    return joined


def persists_despite(match: str, start: int, end: int, text: str) -> bool:
    """Whether the clause ``text`` (``match[start:end]``), after one reporting what was done about a difficulty, says that
    a shortcoming still goes on (仍然时有反弹, 依然屡查屡犯, 仍未根本扭转 is no such clause: it reports no solving of its own
    only when it words none)."""
    cues = compiled_cues()
    return (bool(cues.persistent.found(text)) or bool(cues.still_despite.search(text))) and not reports_solving(text) \
        and admits_shortcoming_in(match, start, end)
