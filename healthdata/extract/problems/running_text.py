"""Problems in running text: lists opened by a lead-in, and clauses admitting a shortcoming."""
from __future__ import annotations

from .judgement import admits_shortcoming, continues_judgement, is_lead_in, is_stop, persists, reports_solving
from .sections import item_problem_spans
from .spans import Span
from .splitting import clause_spans, enumerator_style, is_question, paragraph_items, sentence_spans
from .vocabulary import compiled_cues


def admission_clause_groups(match: str, span: Span, strict: bool = False) -> list[Span]:
    """Clauses of a running-text sentence that admit a shortcoming, each with the cue-less
    clauses just before it (they carry its subject: 因…, 随着…).

    Strong wording counts anywhere, weak wording only after a contrast (但, 然而) or with 仍/尚/还;
    when ``strict`` (a plan, where 薄弱 and 不足 name what is to be strengthened) only those two
    count.  Nothing counts after a verb reporting the difficulty solved (解决, 缓解) until the
    next contrast.  A clause wording an action of the bureau (切实加强…, 认真做好…) is no
    subject for the clauses after it.  A clause right after an admitting one that is short or words its
    consequence (难以满足…, 造成…) continues the same judgement.
    """
    cues = compiled_cues()
    if cues.weak_context_free and not cues.weak.found(match, *span):
        return []  # no shortcoming worded in the sentence, so in none of its clauses
    clauses = [(s, e, match[s:e]) for s, e in clause_spans(match, *span)]
    if not any(cues.weak.found(text) for _s, _e, text in clauses):
        return []  # no clause words a shortcoming (strong wording is weak wording too)
    out: list[Span] = []
    context: list[int] = []  # starts of the cue-less clauses just before
    after_contrast = solving = False
    previous_admits = previous_cause = False
    for s, e, text in clauses:
        if cues.contrast.search(text):
            after_contrast, solving, context = True, False, []
        solving = solving or reports_solving(text)
        judged = after_contrast or persists(text)
        admits = (
            not solving
            and (judged or not strict)
            and not cues.not_admission.search(text)
            and not is_lead_in(text)
            and admits_shortcoming(text, judged)
        )
        after_comma = match[s - 1] == ","
        if out and previous_admits and after_comma and not solving \
                and (continues_judgement(text, admits) or admits and previous_cause):
            out[-1] = (out[-1][0], e)
            previous_cause = False
            continue
        previous_admits = admits
        previous_cause = admits and bool(cues.cause.match(text))
        if admits:
            joined = context[len(context) - min(len(context), cues.max_context_clauses):]
            start = joined[0] if joined else after_label(match, s, e)
            if e - start >= cues.min_clause_chars:
                out.append((start, e))
            context = []
        elif cues.not_admission.search(text) or is_lead_in(text):
            context = []  # an action of the bureau, or a lead-in (存在一些问题和不足), is no problem's subject
        elif not solving:
            context.append(s)
    return out


def after_label(match: str, s: int, e: int) -> int:
    """Where a clause's problem starts: after a short label and its colon (主要是:基层…), else at ``s``."""
    colon = match.find(":", s, min(e, s + compiled_cues().label_before_colon_max_chars + 1))
    return colon + 1 if colon >= 0 and colon + 1 < e else s


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
                if is_stop(text):
                    list_open = False
                elif is_lead_in(text):
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
                    before_list = k == len(sentences) - 1 and (n + 1 < len(items) or announces(match, pe))
                    if groups and not item.numbered and before_list:
                        list_open, list_style = True, None
        list_open = list_open and (announces(match, pe) or list_style is not None)
    return out


def announces(match: str, end: int) -> bool:
    """Whether the trimmed paragraph ending at ``end`` ends with a colon (what follows is its list)."""
    return match[end:end + 1] == ":"
