"""What a sentence, piece or clause says: a shortcoming admitted, a difficulty being solved, a
lead-in announcing problems, a turn to measures."""
from __future__ import annotations

import re
from functools import lru_cache

from healthdata.fastsearch import first_characters
from healthdata.normalize.themes import subject_rules, themes_for

from .vocabulary import compiled_cues, found_in, may_start_in


def reports_solving(text: str) -> bool:
    """Whether the text reports acting on a difficulty (解决, 缓解, 针对), not merely intending to."""
    cues = compiled_cues()
    if not cues.resolved.found(text):
        return False
    for m in cues.resolved.finditer(text):
        before = text[max(0, m.start() - cues.unrealized_window):m.start()]
        if not cues.unrealized.search(before) and not cues.unrealized_after.match(text, m.end()):
            return True
    return False


def words_shortcoming(match: str, start: int, end: int) -> bool:
    """Whether the piece ``match[start:end]`` (cut out: nothing around it read) words a shortcoming, weak or strong:
    ``cues.weak.found(match[start:end])``, searched only where the page's scan found a wording may start."""
    return found_in(match, start, end, "weak", compiled_cues().weak)


def admits_shortcoming(text: str, weak_ok: bool = True) -> bool:
    """Whether a clause or piece words a shortcoming (strong wording always, weak when ``weak_ok``)."""
    cues = compiled_cues()
    wording = cues.weak if weak_ok else cues.strong
    return bool(wording.found(text)) and not reports_solving(text)


def admits_shortcoming_in(match: str, start: int, end: int, weak_ok: bool = True) -> bool:
    """:func:`admits_shortcoming` of the piece ``match[start:end]`` (cut out), its wording looked for only where the
    page's scan found one may start (:func:`.vocabulary.found_in`; the strong wordings are among the weak ones)."""
    cues = compiled_cues()
    return found_in(match, start, end, "weak", cues.weak if weak_ok else cues.strong) \
        and not reports_solving(match[start:end])


def persists(text: str) -> bool:
    """Whether a clause judges something still wanting: 仍/尚/还/依然 with a judgement (仍较低, 尚未形成),
    or run into a negation (还不彻底, 尚未理顺: still not done)."""
    cues = compiled_cues()
    return bool(cues.persistent.found(text)) and (
        bool(cues.judgement.found(cues.persistent.sub("|", text))) or bool(cues.persistent_negation.search(text)))


@lru_cache(maxsize=8192)
def subject_themes(text: str) -> frozenset[str]:
    """The themes whose keywords name what ``text`` judges (not those standing in for a subject
    none names: 有待加强 as execution).  Remembered: a sentence's clauses are asked about again and
    again while its judgements are cut, and stock clauses recur across reports."""
    return frozenset(t for t, *_ in themes_for(text, yielding=False))


@lru_cache(maxsize=8192)
def judged_subjects(text: str) -> frozenset[str]:
    """:func:`subject_themes` of what ``text`` judges, leaving out the reference of a gap (与群众就医
    需求还有差距 measures against the residents' needs; it judges the subject before it)."""
    return subject_themes(compiled_cues().comparison_gap.sub("|", text))


def about_another_subject(problem: str, part: str) -> bool:
    """Whether ``part`` names subjects (theme keywords) and none of those the ``problem`` names
    (the problem, often the longer text, is read only when the part names some)."""
    own = judged_subjects(part)
    if not own:
        return False
    previous = judged_subjects(problem)
    return bool(previous) and own.isdisjoint(previous)


def is_consequence(problem: str, part: str) -> bool:
    """Whether ``part`` words what the judgement ``problem`` leads to: a need left unmet or an effect
    (难以满足群众需要, 造成…, 检验能力满足不了处置需要); after a want of money, projects that lag
    (资金缺口较大,部分建设项目进度滞后); after a workload judged heavy, staff overworked (防控任务繁重,
    基层医务人员长期超负荷运转); a line of work judged hard to do (…,随访工作难度较大) is what the
    judgement makes hard."""
    cues = compiled_cues()
    return bool(cues.consequence.match(part)) or bool(cues.work_made_hard.fullmatch(part)) \
        or bool(cues.access_hardship.match(part)) and not judged_subjects(problem).isdisjoint(cues.capacity_themes) \
        or bool(cues.stalled_work.search(part)) and not judged_subjects(problem).isdisjoint(cues.money_themes) \
        or bool(cues.overwork.search(part)) and bool(cues.situation.search(problem))


def continues_judgement(problem: str, part: str, admits: bool, after_cause: bool, in_list_item: bool = False) -> bool:
    """Whether a clause right after the admitting ``problem`` (after a comma) belongs to that
    problem rather than starting the next.

    A consequence (难以满足群众需要, 造成…) does, and a figure showing how little there is
    (占比仅为9.2%), where the good resources are concentrated instead (…服务能力偏弱,优质资源集中在城区),
    or a count of the same subject (…留不住,近三年流失骨干17人); so does whatever follows a gap against a
    reference that names no subject (…仍有差距,山区孕产妇死亡率明显高于城市 says what the gap is).
    An admitting part does after a cause (由于…); when it is short and says what still waits to
    be improved (…,服务能力有待提升: what follows from the judgement); and, when it is not about
    another subject only, when it is short (设备老化,业务用房陈旧) or judges just the subjects the
    judgement does (护理人员总量不足,乡镇卫生院护士配备比例偏低), sums up with a gap (…,与群众
    的需求相比还有差距), singles out the worst case (…,儿科医生尤为紧缺) or says more exactly a
    situation judged before, naming no subject the situation does not (防控形势严峻,流动人口发病
    比例较高; not …,流动人口管理难: a failure of management is a judgement of its own), or names a
    phenomenon of the same subject, or of none named, that shows how it bites (补偿水平偏低,因病致贫现象仍然存在;
    健康意识薄弱,有病拖着不看的情况依然存在).  A part
    wording no shortcoming says more about the problem when the problem names no subject of its
    own (…仍有差距) or shares a theme with it, and does not open a new topic (由于, 同时, 部分…).
    ``in_list_item`` (the clauses stand between two ; of a list of problems): an admitting part
    that names no subject at all, or none but the item's, says more about the item's judgement
    (信息平台建设滞后,检验结果共享推进缓慢; / 人才引进难,县级医院至今没有博士学历人员; one item, one
    problem), since each item of such a list gives one, and so does a part naming no subject and wording
    none (监管手段落后,手工审核报销,…;: how it is done); so
    does any admitting part after a judgement of weak points it does not name (急救体系还有弱项,
    县级急救中心转运能力不足;)."""
    cues = compiled_cues()
    problem = without_cause(problem)
    previous, own = judged_subjects(problem), judged_subjects(part)
    another_subject = about_another_subject(problem, part)
    if is_consequence(problem, part) or cues.evidence_figure.search(part):
        return True  # …难以满足群众需要 / …,高级职称人员占比仅为9.2%: its consequence or its evidence
    if cues.escalation.match(part):
        return True  # …存在审核环节多、到账慢的现象,个别乡镇甚至出现漏报: how far the same judgement goes
    if admits and parallel_subjects(problem, part) and not is_consequence(problem, part):
        return False  # 个别村医随访记录填写不规范,部分老年人体检结果反馈不及时: two units, two judgements
    if admits and cues.additive.match(part) and not is_consequence(problem, part):
        return False  # …护理人员流动性大,社区康复资源也相对紧张: a judgement of its own
    if cues.slowed_work.match(part):
        return True  # …经办人员业务不熟,即时结报推进较慢: what the judgement leads to
    if cues.counterweight.match(part):
        return True  # 编制仅38人,承担的任务却逐年加重: the two sides of one shortfall
    if previous and cues.concentrated.match(part):
        return True  # …服务能力偏弱,优质资源集中在城区: the imbalance behind the judgement
    if admits and circumstance_then_judgement(problem, part):
        return True  # 牧区地广人稀,服务半径大,人才流失严重 / 优质资源集中在省会,县级医院能力不强: one problem
    if admits and oversight_and_malpractice(problem, part):
        return True  # 监管手段落后,不合理用药现象依然存在: one problem
    if not own and (cues.predicate_only.match(part) or cues.share_figure.search(part)):
        return True  # …设备陈旧,仍是制约发展的薄弱环节 / 村医老化,45岁以上的占68%: what sums it up, its evidence
    if cues.repair_money.match(part) and not previous.isdisjoint(cues.building_themes):
        return True  # …被鉴定为危房,维修资金尚无着落: the money to mend it is lacking
    if cues.maldistributed.search(problem) and cues.short_place.match(part) \
            and not (admits and (own - previous) & subject_rules().heads):
        # 资源分布仍不均衡,南部地区服务供给偏少 / …,南部地区每千人口卫技人员仅为全国的七成: where the imbalance bites (not a
        # resource of the places judged on its own: 卫生资源配置不合理,部分乡镇卫生院人员结构不合理 are two)
        return True
    if cues.reckoning.match(part) and not cues.weak.found(part):
        return True  # …护士配备不足,按床护比标准测算,…: how the shortfall was reckoned leads to its figure
    if own <= previous and cues.still_without.search(part):
        return True  # …设施薄弱,还有23个村没有卫生室: what is still without, counted
    if previous and own <= previous and cues.counted_evidence.search(part):
        return True  # 人才留不住,近三年流失骨干17人: the judgement's evidence, counted
    if not previous and cues.comparison_gap.search(problem) and not cues.new_topic.match(part):
        return True
    if admits and own - cues.phenomenon_themes <= previous and cues.manifestation.search(part):
        # 补偿水平偏低,因病致贫现象仍然存在 / 健康意识薄弱,有病拖着不看的情况依然存在: a persisting phenomenon of the
        # same subject, of none, or of residents' access to care shows how the judgement bites
        return True
    if admits and in_list_item and cues.manifestation.search(part) and not cues.quantified.match(part.strip()) \
            and previous.isdisjoint(cues.resource_themes):
        # …流动儿童管理薄弱,漏种现象仍然存在; : in one item of a list of problems, the phenomenon the judgement of how the work
        # is run lets persist, whatever its subject, shows how it bites (not one of some units named apart: 部分单位…现象突出;
        # nor one after a want of staff, money or buildings: …全科医生缺口约300名,…“签而不约”的现象还…存在 are two)
        return True
    if admits:
        if after_cause:
            return True
        if not previous and not own.isdisjoint(cues.resource_themes) and not in_list_item \
                and len(_CLAUSE_SPLIT.split(problem)) == 1:
            return False  # 各地进展不平衡,配套资金到位率低: a want of money, staff or buildings after a bare judgement naming no subject
        if len(part) < cues.short_clause_chars and cues.awaiting.search(part):
            return True
        if any(cues.unnamed_weakness.search(clause) for clause in _CLAUSE_SPLIT.split(problem)):
            # …院感防控存在薄弱点,个别医院预检分诊执行不严,转运衔接不够顺畅: the clauses after it name the weak points
            return True
        if in_list_item and own <= previous:
            # …建设滞后,结果互认推进缓慢; / 人才引进难,县级医院至今没有博士; / …仍有弱项,转运能力不足; :
            # what the item's judgement comes to
            return True
        return not another_subject and (
            len(part) < cues.short_clause_chars
            or bool(cues.comparison_gap.search(part))
            or bool(cues.intensifier.search(part))
            or own <= previous and bool(cues.situation.search(problem))
            or bool(own) and own == previous
        )
    return (
        not cues.new_topic.match(part)
        and not cues.not_admission.search(part)
        and not is_lead_in(part)
        and (not previous or bool(own & previous) or in_list_item and not own or names_weak_points(problem))
    )


def names_weak_points(problem: str) -> bool:
    """Whether ``problem`` ends on weak points said to exist or to have come to light without being named (应急体系在
    实战中暴露出薄弱点; not weak points said to be plain, 服务能力短板明显, whose capacity is named): the clause right
    after it (流调队伍以临时抽调人员为主,…) says what they are, whatever it names."""
    last = _CLAUSE_SPLIT.split(problem)[-1].strip()
    return bool(compiled_cues().unnamed_weakness.search(last)) and not last.endswith(("明显", "突出"))


def parallel_subjects(problem: str, part: str) -> bool:
    """Whether ``problem`` and ``part`` each open on a quantified subject (个别…, 部分…) and the subjects differ."""
    cues = compiled_cues()
    first, second = cues.quantified.match(problem.strip()), cues.quantified.match(part.strip())
    return first is not None and second is not None and first.group(1) != second.group(1)


def without_cause(problem: str) -> str:
    """``problem`` without the clause that opens it by giving its cause (但由于边远山区就医不便,游医屡禁不止 judges the
    quacks; the reason names no subject judged), when a judgement follows that clause."""
    clauses = _CLAUSE_SPLIT.split(problem, maxsplit=1)
    if len(clauses) == 2 and clauses[1].strip() and compiled_cues().cause.match(clauses[0].strip()):
        return clauses[1]
    return problem


@lru_cache(maxsize=8192)
def is_lead_in(text: str, before_list: bool = False) -> bool:
    """A sentence announcing problems (存在不少问题, 主要表现为) without stating one: no
    shortcoming worded besides the announcement, and, unless its list follows, no topic a theme
    knows (人才…的问题较为突出, 院内感染管理存在薄弱环节 state a problem).  A problem judged
    prominent right before its list (发展不平衡的问题依然突出:一是…) announces the list whatever it
    words: the items are the problems.  Right
    ``before_list`` (its items follow), a gap admitted in general (还存在一些差距) announces
    them too.  Remembered: every sentence and clause is asked."""
    cues = compiled_cues()
    if cues.prominent.found(text):
        # right before its list (…的问题依然突出:一是…), it announces the items whatever it names
        return before_list or not subject_themes(text) and not cues.weak.found(cues.prominent.sub("|", text)) \
            and not cues.named_matter.search(text)
    for lead_in in (cues.lead_in, cues.list_lead_in) if before_list else (cues.lead_in,):
        if lead_in.found(text) and not cues.weak.found(lead_in.sub("|", text)):
            return before_list or not subject_themes(text)
    return False


def is_lead_in_at(match: str, start: int, end: int, before_list: bool = False) -> bool:
    """:func:`is_lead_in` of the piece ``match[start:end]`` (cut out), asked only when the page's scan found that an
    announcing wording may start in it (:func:`.vocabulary.may_start_in`): a lead-in words one, a piece without any is
    none (most pieces: no copy of theirs is made, no memo looked up)."""
    return may_start_in(match, start, end, "lead_in") and is_lead_in(match[start:end], before_list)


def is_general_gap(sentence: str) -> bool:
    """Whether ``sentence`` only owns a gap of the work as a whole against what was expected (全年工作虽有一定成效,
    但对照上级要求仍有不小差距; 我们的工作与群众的期盼相比还有距离): the frame set before the problems, naming
    nothing that falls short.  The clauses before the gap that grant the results or set the time are left out, and so is
    a last clause that only announces what the gap consists of (…还有差距,主要是:一是…)."""
    cues = compiled_cues()
    clauses = [c for c in _CLAUSE_SPLIT.split(sentence.strip(" 。!?:")) if c.strip()]
    while len(clauses) > 1 and cues.gap_preamble.search(clauses[0].strip()):
        clauses = clauses[1:]
    if len(clauses) > 1 and cues.gap_sequel.match(clauses[-1].strip()):
        clauses = clauses[:-1]
    return bool(cues.general_gap.fullmatch("".join(c.strip() for c in clauses)))


def titles_a_weakness(text: str) -> bool:
    """Whether ``text`` (an item's title) says that a subject it names has weak points (公共卫生体系存在短板),
    rather than only who or when (工作中还存在一些不足): a judgement of that subject."""
    cues = compiled_cues()
    found = cues.weakness_title.match(text.strip())
    return found is not None and not cues.generic_subject.match(found.group(1))


def is_stop(text: str) -> bool:
    """A sentence that turns from problems to measures (下一步, 针对上述问题)."""
    opening = stop_openings()
    if opening is not None and text[:1] not in opening:
        return False  # (most sentences open on a character no stop wording opens on: no match needs trying)
    return bool(compiled_cues().stop.match(text))


@lru_cache(maxsize=1)
def stop_openings() -> frozenset[str] | None:
    """The characters a stop wording (:func:`is_stop`, matched at a text's start) can open on; None when not known (any
    may)."""
    return first_characters(compiled_cues().stop.pattern)


_CLAUSE_SPLIT = re.compile("[,，]")


def circumstance_then_judgement(problem: str, part: str) -> bool:
    """Whether ``problem`` only sets the scene for the judgement ``part``: a condition of the territory or
    its people (牧区地广人稀,服务半径大 / 地处两省交界,人口流动频繁) before any judgement, or good resources
    concentrated in the centre before a judgement of the levels or places left (优质医疗资源主要集中在省会,
    县级医院综合能力不强); after a situation judged grave, a condition says why (疫情形势严峻,跨境流动人口多)."""
    cues = compiled_cues()
    if cues.condition.search(problem) and not cues.situation.search(problem) and not any(
            admits_shortcoming(c) and not cues.condition.search(c) for c in _CLAUSE_SPLIT.split(problem)):
        return True  # (only until the judgement it sets the scene for: 牧区地广人稀,…人才留不住, then a new problem)
    if cues.situation.search(problem) and cues.condition.search(part):
        return True
    if cues.mobile_population.search(problem) and cues.situation.search(part):
        return True  # 外来人口多,流动人口管理难度大,传染病防控形势依然严峻: the flows of people behind both
    return bool(cues.concentrated_at.search(problem)) and bool(cues.left_behind.match(part))


def oversight_and_malpractice(problem: str, part: str) -> bool:
    """Whether ``problem`` judges oversight (监管手段落后, 对定点机构监管不力) and ``part`` names a malpractice
    it lets through (不合理用药、不合理检查现象依然存在, 挂床住院): one problem.  (The other way round, a
    malpractice and then a judgement of the oversight means, 存在挂床住院等问题,监管手段还不够有力, stays two:
    the means are a judgement of their own.)"""
    cues = compiled_cues()
    return bool(cues.oversight.search(problem)) and bool(cues.malpractice.search(part))
