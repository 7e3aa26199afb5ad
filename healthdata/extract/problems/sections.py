"""Problems sections (存在的问题, 困难和不足, 【存在问题】 …) and the problems inside them."""
from __future__ import annotations

from .clauses import admission_clause_groups
from .headings import (
    ends_section, heading_level, is_problem_heading, label_end, names_problems, opens_with_plan_heading,
)
from healthdata.normalize.themes import subject_rules

from .judgement import (
    about_another_subject, admits_shortcoming, admits_shortcoming_in, circumstance_then_judgement, is_consequence,
    is_lead_in_at, is_stop,
    judged_subjects,
    oversight_and_malpractice, reports_solving, titles_a_weakness,
)
from .spans import Span, line_spans, merged, pieces
from .splitting import enumerator_length, enumerator_style, paragraph_items, sentence_spans
from .view import View
from .vocabulary import compiled_cues


ONE_SIDE = "一方面"  # (另一方面 too: the enumerator of the two sides of a judgement)


def detected_problem_sections(text: str, lines: list[Span], heads: list[int | None]) -> list[Span]:
    """Problems sections found from their heading lines: (body start after the heading, end).

    ``heads`` holds :func:`problem_heading_end` of each of the text's ``lines``."""
    end = len(text)
    out = []
    for i, ((s, e), head) in enumerate(zip(lines, heads)):
        if head is None:
            continue
        level = heading_level(text[s:e])
        if level is None and head == label_end(text[s:e]):
            out.append((s + head, e))  # a label covers its own paragraph
            continue
        close = next((ls for ls, le in lines[i + 1:] if ends_section(text[ls:le], level)), end)
        out.append((s + head, close))
    return out


def segmented_problem_sections(view: View) -> list[Span]:
    """Problems sections given by the segmenter: (body start after the heading line, end)."""
    out = []
    for sec in view.sections:
        if sec.kind != "problems" or not names_problems(sec.heading):
            continue
        nl = view.text.find("\n", sec.start, sec.end)
        out.append((nl if nl >= 0 else sec.end, sec.end))
    return out


def plan_sections(view: View) -> list[Span]:
    """Spans of the segmenter's plans sections (下半年工作打算, 工作思路)."""
    return [(sec.start, sec.end) for sec in view.sections if sec.kind == "plans"]


def problem_section_bodies(view: View, lines: list[Span], heads: list[int | None]) -> list[Span]:
    """Text governed by problems headings (segmenter sections and detected headings), merged.

    ``heads`` holds :func:`problem_heading_end` of each of the view's ``lines``."""
    n = len(view.text)
    spans = segmented_problem_sections(view) + detected_problem_sections(view.text, lines, heads)
    return [(max(s, 0), min(e, n)) for s, e in merged(spans) if e > s]


def item_problem_spans(
    match: str, start: int, end: int, head_is_problem: bool, every_piece: bool = False, by_clause: bool = False
) -> tuple[list[Span], bool]:
    """Problems in one item of a problems section or list, and whether a stop sentence ended it.

    The item's first piece is a problem when ``head_is_problem`` (an enumerated item; see
    :func:`item_head_spans`) unless it only names the section (（一）主要问题。); further pieces
    (sentences, cut at ;) are problems when they word a shortcoming, or, when ``every_piece``
    (inside a problems section), explain the previous problem (一是人员不足。全县平均年龄56岁…
    extends it).  When ``by_clause`` (a paragraph of a problems section without an enumerator) a
    piece gives one problem per judgement (see :func:`.clauses.admission_clause_groups`), and a
    piece wording none (全年工作取得新进展) only explains a problem before it.  A
    sentence that elaborates (按照…, 尤其是…, 如何…) extends the previous problem, and so does, in an
    enumerated item made of a short judgement and one sentence, a piece of that sentence that names
    no other subject than the judgement ((一)人才短缺。缺编420人,招人难问题突出。 is one problem).
    """
    cues = compiled_cues()
    out: list[Span] = []
    sentences = sentence_spans(match, start, end)
    stated = next((k for k, (ss, se) in enumerate(sentences) if is_stop(match[ss:se])), len(sentences))
    # an item titled by a short judgement and one sentence saying it more exactly ((一)基层人才短缺。
    # 缺编420人,招人难问题突出。[对策:…]; ②卫生投入不足。人均经费仅3元;历史债务达400万元。): one problem,
    # the title judging what its sentence substantiates (unless it judges another subject: (一)优质资源不足。
    # 学科带头人缺乏,… are two; and an item of several sentences, each judging on its own, gives several)
    # (a heading run into the item, 五、存在问题。…, titles no judgement: the sentences after it are the problems)
    # (a paragraph of a problems section without an enumerator, titled the same way, 培训经费缺口较大。市级专项经费仅80万元,
    # …。, is one problem too: paragraphs set off by their line breaks list the problems as enumerators do)
    first = match[sentences[0][0]:sentences[0][1]] if sentences else ""
    # (…and an item whose second sentence only counts what there is, 全区现有中心9个,其中近半数租用民房,…, whatever the
    # length of the judgement it substantiates)
    inventory = len(sentences) > 1 and bool(cues.inventory.match(match[sentences[1][0]:sentences[1][1]]))
    # (…and an enumerated item whose several sentences all say more about the subject its title judges, naming no other:
    # (一)人才引进难、留住更难。近三年辞职离开27人…。基层技术人员学历偏低、年龄老化…。 is one problem)
    titled = (head_is_problem or by_clause and admits_shortcoming(first)) \
        and (stated == 2 or stated > 2 and head_is_problem and same_subject_throughout(match, sentences[:stated])) \
        and (sentences[0][1] - sentences[0][0] <= cues.prefix_heading_max_chars or inventory) \
        and not is_problem_heading(first) and not (by_clause and cues.unnamed_weakness.search(first))
    measure = False  # the item's title reports what was done about a difficulty: its sentences tell how
    for k, (ss, se) in enumerate(sentences):
        sentence = match[ss:se]
        if is_stop(sentence) or k > 0 and k == len(sentences) - 1 and cues.sign_off.match(sentence):
            return out, True  # (the report's sign-off run on after its last problem ends it too)
        if out and cues.elaboration.match(sentence):
            out[-1] = (out[-1][0], se)
            continue
        listed = pieces(match, ss, se, cues.piece)
        for j, (ps, pe) in enumerate(listed):
            text = match[ps:pe]
            if is_stop(text):
                return out, True
            before_colon = match[pe:pe + 1] == ":"
            # (an item's title naming what has weak points, ——公共卫生体系存在短板。…, judges that subject)
            titled_weakness = head_is_problem and k == 0 and j == 0 and not before_colon and titles_a_weakness(text)
            if is_lead_in_at(match, ps, pe, before_colon) and not titled_weakness:  # (before the colon of its list: 仍有薄弱环节:一是…)
                continue
            if by_clause and k == 0 and j == len(listed) - 1 and k + 1 < stated and cues.unnamed_weakness.search(text):
                # a paragraph opening on weak points it does not name (应急工作还存在一些薄弱环节。队伍…;装备…。): the
                # sentences after it name them
                continue
            if head_is_problem and k == 0 and j == 0:
                task = cues.task_title.match(text)
                if cues.resolved.match(text) and reports_solving(text) and not cues.persistent.found(text) \
                        or task and not cues.weak.found(text, task.end("solving") if task.group("solving") else 0):
                    # 一是破解用房困难。…, 二是补齐人才短板。…: an item titled by what was done is a measure (not one
                    # naming what is still wanting in the work against a difficulty: 打击非法行医长效机制尚未建立); so is
                    # one titled by a task to be done that words no shortcoming ((一)深化公立医院综合改革。…, under
                    # 存在问题及工作措施), or by a difficulty to be solved, named as the task's object ((一)着力解决人才引进难的
                    # 问题,全年招聘…)
                    measure = True
                elif titled_weakness or not is_problem_heading(text):
                    out.extend(item_head_spans(match, ps, pe))
                continue
            groups = admission_clause_groups(match, (ps, pe), in_section=True, in_list_item=len(listed) > 1) \
                if by_clause or k > 0 else []
            if not by_clause and not judge_other_resources(match, groups):
                groups = []  # a later sentence of an enumerated item is one problem unless it judges several resources
            if titled and out and (inventory or not about_another_subject(match[out[-1][0]:out[-1][1]], text)
                                   or gap_says_where(match[out[-1][0]:out[-1][1]], text)):
                out[-1] = (out[-1][0], pe)  # (一)人才短缺。缺编420人,招人难…: the item's judgement said more exactly
            elif groups:
                out.extend(groups)
            elif by_clause and before_colon and cues.gap_sequel.match(text[text.rfind(",") + 1:].strip()):
                continue  # …还有不小的差距,主要表现在:(一)…: the frame announcing its list, whose items are the problems
            elif admits_shortcoming_in(match, ps, pe) or j > 0 and out and about_another_subject(match[out[-1][0]:out[-1][1]], text):
                out.append((ps, pe))  # …慢性病负担加重;计划生育基层网络弱化: after ; another subject is another problem
            elif every_piece and not measure and (out or not by_clause):
                out[-1:] = [(out[-1][0], pe)] if out else [(ps, pe)]
    return out, False


def same_subject_throughout(match: str, sentences: list[Span]) -> bool:
    """Whether the first of ``sentences`` (an item's title) judges subjects (theme keywords), not only that they wait to be
    improved, and every sentence after it names none but those: what they say is more about the title's judgement."""
    first = match[sentences[0][0]:sentences[0][1]]
    if only_awaiting(first):
        return False  # (一)改革有待深化。…有待加快。…有待出台。: what waits to be done, each sentence a task of its own
    title = judged_subjects(first)
    return bool(title) and all(judged_subjects(match[s:e]) <= title for s, e in sentences[1:])


def gap_says_where(title: str, text: str) -> bool:
    """Whether ``text`` measures the gap between places or levels that the item's ``title`` judges unbalanced ((一)资源配置
    不均衡。平原与山区在床位、人才上差距较大,…): where the imbalance lies, whatever resources it names."""
    cues = compiled_cues()
    return bool(cues.maldistributed.search(title)) and bool(cues.comparison_gap.search(text))


def judge_other_resources(match: str, groups: list[Span]) -> bool:
    """Whether the judgements ``groups`` of one sentence are two or more, each about a resource of
    the service (money, staff, buildings, management: the vocabulary's ``head_themes``) the one
    before it does not name (基金缺口扩大,监管手段落后 are two; 机制有待加快,结构有待创新 and
    抓得不够细致,没有彻底纠正 stay one)."""
    heads = subject_rules().heads
    subjects = [judged_subjects(match[s:e]) & heads for s, e in groups]
    return len(groups) > 1 and all(subjects) and all(a.isdisjoint(b) for a, b in zip(subjects, subjects[1:]))


def item_head_spans(match: str, start: int, end: int) -> list[Span]:
    """The problems an enumerated item opens with: one, unless a later clause words a strong
    judgement of its own, at length, about another subject (三是疾病预防控制经费缺口较大,
    手足口病等传染病防控形势严峻 are two; 公立医院改革进展不快,重点专科建设滞后 is one), and does not
    word what the judgement leads to (配套资金缺口较大,部分建设项目进度滞后 is one), how far it falls short of a
    reference (县级医院能力弱,疑难病诊治水平与群众期望差距明显 is one), only what waits to be improved (设备陈旧,服务能力
    有待提升 is one), the malpractice weak oversight lets through
    (基金监管难度大,个别定点机构存在挂床住院行为 is one), where the resources concentrated in the centre leave the
    places behind weak (资源分布不合理,优质资源集中在省城,农村服务能力薄弱 is one), a phenomenon or mindset that
    shows it (服务意识不强,工作中还存在推诿扯皮的现象 is one) or a figure that shows it (病房紧张,床位使用率
    常年超过105% is one); after weak points it does not name (服务能力
    仍有短板,村卫生室空白点尚未消除,部分卫生院设备老化) the clauses name them: one problem."""
    cues = compiled_cues()
    out: list[Span] = []
    current, admitted, previous_end = start, False, start
    unnamed = False  # the problem opens on weak points it does not name (服务能力仍有短板): the clauses after name them
    for cs, ce in pieces(match, start, end, cues.clause):
        text = match[cs:ce]
        if admitted and not unnamed and ce - cs >= cues.short_clause_chars and cues.strong.found(text) \
                and not reports_solving(text) and not cues.elaboration.match(text) \
                and not is_consequence(match[current:previous_end], text) and not cues.manifestation.search(text) \
                and not cues.comparison_gap.search(text) \
                and not cues.evidence_figure.search(text) and not only_awaiting(text) \
                and not oversight_and_malpractice(match[current:previous_end], text) \
                and not circumstance_then_judgement(match[current:previous_end], text) \
                and about_another_subject(match[current:previous_end], text):
            out.append((current, previous_end))
            current = cs
        unnamed = unnamed or not admitted and bool(cues.unnamed_weakness.search(text))
        admitted = admitted or admits_shortcoming_in(match, cs, ce)
        previous_end = ce
    out.append((current, end))
    return out


def only_awaiting(text: str) -> bool:
    """Whether the clause ``text`` judges only that something waits to be improved (…,健康教育知晓率仍有待提高; …,服务能力
    有待提升): in an enumerated item, what the item's judgement comes to, not a judgement of its own."""
    cues = compiled_cues()
    return bool(cues.awaiting.search(text)) and not cues.strong.found(cues.awaiting.sub("|", text))


def is_subheading(match: str, start: int, end: int) -> bool:
    """A numbered line that is a short heading ((一)基层服务能力不足): no sentence end, not long."""
    line = match[start:end]
    return (
        enumerator_length(match, start, end) > 0
        and len(line) <= compiled_cues().heading_max_chars
        and not compiled_cues().sentence_end.search(line)
    )


def section_problem_spans(match: str, start: int, end: int) -> list[Span]:
    """Problems inside a problems section, up to a sentence that turns to measures.

    Every piece of an enumerated item, or of a paragraph wording a shortcoming somewhere, is a
    problem; other lines (signatures, page furniture) are not.  A paragraph right after a
    numbered sub-heading ((一)基层服务能力不足) explains it: the two are one problem.  A plans
    heading inside the section (二、问题及打算 … (二)下步打算), or one run into its first line on a
    page printed on one line (三、2013年工作计划主要目标:…), ends it too.
    """
    out: list[Span] = []
    after_subheading = False
    answered_style = None  # the enumerator of items whose own measures (对策:…) ended them ("" for paragraphs)
    for ps, pe in line_spans(match, start, end):
        if opens_with_plan_heading(match[ps:pe]):
            return out
        items = paragraph_items(match, ps, pe)
        if answered_style is not None and not items[0].numbered \
                and not (answered_style == "" and compiled_cues().weak.found(match, ps, pe)):
            # (after paragraphs each answered by its measures, one wording a shortcoming is the next problem)
            return out
        if after_subheading and out and not items[0].numbered:
            spans, stopped = item_problem_spans(match, ps, items[0].end, False, True)
            if spans:
                out[-1] = (out[-1][0], spans[-1][1])
            if stopped:
                return out
            items = items[1:]
        after_subheading = is_subheading(match, ps, pe)
        for item in items:
            style = enumerator_style(match, item.start) if item.numbered else None
            if answered_style is not None and (style or "") != answered_style:
                return out
            states_problems = item.numbered or bool(compiled_cues().weak.found(match, item.body_start, item.end))
            if item.numbered and ONE_SIDE in match[item.start:item.body_start] \
                    and not compiled_cues().weak.found(match, item.body_start, item.end):
                continue  # 一方面,…需求日益增长;: one side of a judgement wording no shortcoming sets the scene
            spans, stopped = item_problem_spans(
                match, item.body_start, item.end, item.numbered, states_problems, by_clause=not item.numbered)
            out.extend(spans)
            if stopped and not (spans and item.numbered or len(items) == 1 and (spans or answered_style == "")):
                return out
            if stopped:
                # a problem followed by its own measures (（一）人才短缺。…对策:…): the next item of
                # the same list is the next problem; after a paragraph of its own so answered (人才短缺。…对策:…), the
                # next paragraph wording a shortcoming, answered the same way
                answered_style = style or ""
    return out
