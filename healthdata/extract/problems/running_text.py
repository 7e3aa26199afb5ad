"""Problems in running text: lists opened by a lead-in, and clauses admitting a shortcoming."""
from __future__ import annotations

from .judgement import about_another_subject, admits_shortcoming, continues_judgement, is_lead_in, is_stop, persists, reports_solving
from .sections import item_problem_spans
from .spans import Span, pieces
from .splitting import enumerator_style, is_question, paragraph_items, sentence_spans
from .vocabulary import compiled_cues


def admission_clause_groups(match: str, span: Span, strict: bool = False) -> list[Span]:
    """Clauses of a running-text sentence that admit a shortcoming, each with the cue-less
    clauses just before it (they carry its subject: 因…, 随着…).

    Strong wording counts anywhere, weak wording only after a contrast (但, 然而), with 仍/尚/还,
    or after an admitting clause of the same sentence (a run of judgements); when ``strict`` (a
    plan, where 薄弱 and 不足 name what is to be strengthened) only those count.  Nothing counts
    after a verb reporting the difficulty solved (解决, 缓解) until the next contrast.  A clause
    wording an action of the bureau (切实加强…, 认真做好…), who said it (负责人介绍), a lead-in
    or a label before a colon (存在一些困难:…) is no subject for the clauses after it, nor is
    anything before a ;.  Whether a clause right after an admitting one belongs to the same
    problem: :func:`continues_judgement`; inside an admitting clause, a part of a list (、) that
    words a judgement of its own about another subject starts a problem of its own.
    """
    cues = compiled_cues()
    if cues.weak_context_free and not cues.weak.found(match, *span):
        return []  # no shortcoming worded in the sentence, so in none of its clauses
    clauses = [(s, e, match[s:e]) for s, e in pieces(match, span[0], span[1], cues.clause)]
    if not any(cues.weak.found(text) for _s, _e, text in clauses):
        return []  # no clause words a shortcoming (strong wording is weak wording too)
    out: list[Span] = []
    context: list[int] = []  # starts of the cue-less clauses just before
    after_contrast = solving = in_run = False
    previous_admits = previous_cause = False
    for s, e, text in clauses:
        joiner = match[s - 1] if s > span[0] else ""
        if joiner == ";":
            context = []
        if cues.contrast.search(text):
            after_contrast, solving, context = True, False, []
        if reports_solving(text):
            solving, in_run = True, False
        judged = after_contrast or in_run or persists(text)
        ruled = bool(cues.not_admission.search(text))  # a condition or an action (对…, 切实加强…)

        def admitting(words: str) -> bool:
            return (
                not solving and (judged or not strict) and not ruled
                and not is_lead_in(words) and admits_shortcoming(words, judged)
            )

        admits = admitting(text)
        continuing = bool(out) and previous_admits and joiner == "," and not solving \
            and continues_judgement(match[out[-1][0]:out[-1][1]], text, admits, previous_cause)
        previous_cause = admits and not continuing and bool(cues.cause.match(text))
        previous_admits = previous_admits if continuing else admits
        if not (admits or continuing):
            if ruled or is_lead_in(text) or match[e:e + 1] == ":":
                context = []  # an action of the bureau, who said it, a lead-in or a label is no problem's subject
            elif not solving:
                context.append(s)
            continue
        in_run = in_run or admits
        opened = continuing
        for ps, pe in pieces(match, s, e, cues.part):
            words = match[ps:pe]
            if opened:
                if ps > s and admitting(words) and about_another_subject(match[out[-1][0]:out[-1][1]], words):
                    out.append((ps, pe))  # 人员不足、业务用房紧张: two judgements
                else:
                    out[-1] = (out[-1][0], pe)
            elif admitting(words) or pe == e:
                joined = context[len(context) - min(len(context), cues.max_context_clauses):]
                start = joined[0] if joined else ps
                if pe - start >= cues.min_clause_chars:
                    out.append((start, pe))
                    opened = True
                context = []
            else:
                context.append(ps)  # 县妇幼保健院业务用房、基本设备不足: the subject before the judgement
        if not opened:
            previous_admits = False
    return out


def running_text_problem_spans(match: str, paragraphs: list[Span], plan_spans: list[Span] = ()) -> list[Span]:
    """Problems in consecutive running-text paragraphs.

    A lead-in (存在不少问题:, 主要表现为:) or an admitting sentence right before an enumerator
    opens a list; its items (of the same enumerator style) are problems.  Elsewhere admitting
    clauses are problems; inside ``plan_spans`` (plans sections, where 薄弱, 不足 name what is to
    be strengthened) only those judged after a contrast or with 仍/尚/还.
    """
    out: list[Span] = []
    list_open, list_style = False, None
    for ps, pe in paragraphs:
        items = paragraph_items(match, ps, pe)
        if not items[0].numbered:
            list_open = False
        for n, item in enumerate(items):
            if item.numbered and list_open:
                style = enumerator_style(match, item.start)
                list_style = style if list_style is None else list_style
                if style == list_style:
                    spans, stopped = item_problem_spans(match, item.body_start, item.end, True)
                    out.extend(spans)
                    list_open = not stopped
                    continue
                list_open = False
            sentences = sentence_spans(match, item.body_start, item.end)
            for k, span in enumerate(sentences):
                text = match[span[0]:span[1]]
                before_list = k == len(sentences) - 1 and (n + 1 < len(items) or announces(match, pe))
                if is_stop(text):
                    list_open = False
                elif is_lead_in(text, before_list and announces(match, span[1])):
                    list_open, list_style = True, None
                elif is_question(match, span):
                    # a question states no problem; one asking about shortcomings (还面临哪些困难？)
                    # announces the list its answer may give, as a lead-in does
                    if compiled_cues().weak.found(text):
                        list_open, list_style = True, None
                else:
                    in_plan = bool(plan_spans) and any(a <= span[0] < b for a, b in plan_spans)
                    groups = admission_clause_groups(match, span, strict=in_plan)
                    out.extend(groups)
                    if groups and not item.numbered and before_list:
                        list_open, list_style = True, None
        list_open = list_open and (announces(match, pe) or list_style is not None)
    return out


def announces(match: str, end: int) -> bool:
    """Whether the trimmed paragraph ending at ``end`` ends with a colon (what follows is its list)."""
    return match[end:end + 1] == ":"
