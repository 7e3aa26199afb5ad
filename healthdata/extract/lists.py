"""Distributive lists: one row per value of ``A、B分别达x%和y%``, each with its own indicator and
population, the statement and comparator shared."""
from __future__ import annotations


import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from healthdata.extract.comparator import after_value
from healthdata.extract.cues import NOT_RATE, cues, group_gap
from healthdata.extract.linking import rates_named_in_turn
from healthdata.extract.punctuation import LIST_JOINERS
from healthdata.normalize.indicators import (alias_table, collective_members, indicator_mentions, indicator_unit, joint_rate_names, link_in_span, link_indicator, names_outside,
                                             population_between, resolve_mention)

if TYPE_CHECKING:
    from healthdata.extract.context import Described


def _groups(items: list[Described], match: str) -> list[list[int]]:
    """Runs of values joined only by 和/、/及 (plus a population and a link word) in one sentence."""
    groups: list[list[int]] = []
    cur: list[int] | None = None  # the run the last value belongs to, None while it stands alone
    may_open = _GAP_FIRSTS | cues().cmp_after_first  # what the gap after a value of a list starts with (its bound's first character too)
    n = len(match)
    for i in range(1, len(items)):
        a, b = items[i - 1], items[i]
        e = a.tok.end
        if (e < n and (match[e] in may_open or match[e].isspace()) and a.sent == b.sent and _same_kind(a, b)
                and group_gap(match, _end_with_its_bound(match, e), b.tok.start)):
            if cur is None:
                cur = [i - 1]
                groups.append(cur)
            cur.append(i)
        else:
            cur = None
    return groups


_GAP_FIRSTS = frozenset(LIST_JOINERS + ",")  # (group_gap's first test: a joiner, a comma or a space)


def _end_with_its_bound(match: str, end: int) -> int:
    """The end of a value with the bound word written after it (以上, 以下, 左右): each value of a list may carry
    its own (分别达到85%以上和90%以上: the 以上 of the first stands between the two values of one list)."""
    _, bound = after_value(match, end, cues())
    return bound.end() if bound is not None else end


def _same_kind(a: Described, b: Described) -> bool:
    """Whether two values can be items of one list: rates with rates, and amounts of money or counts only with their
    own kind (城区补助80元、农村60元 is one list; 筹资标准为300元，参保居民41.2万人 is a rule and a count)."""
    return (a.unit in NOT_RATE) == (b.unit in NOT_RATE) and (a.unit not in NOT_RATE or a.unit == b.unit)


def _list_items(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split a subject phrase at 、/和/及/与 into item spans; not at a joiner inside an indicator's name (报告及时率,
    普及率: a word of its own) nor at a joiner's character inside a word (及时)."""
    joiners = [x.start() for x in _JOINER_RX.finditer(match, lo, hi)]
    if not joiners:
        return [(lo, hi)] if hi > lo else []
    inside = [(x.start, x.end) for x in indicator_mentions(match, lo, hi)]
    out, s = [], lo
    for i in joiners:
        if any(a < i < b - 1 for a, b in inside) or joiner_in_a_word(match, i):
            continue
        out.append((s, i))
        s = i + 1
    out.append((s, hi))
    return [(a, b) for a, b in out if b > a]


_JOINER_RX = re.compile("[、和及与]")
# words that hold a joiner's character (及时: timely; 报告及时率, 及时处置率; 及以上/及以下 closing an age or a grade: 65岁及以上
# 老年人, 二级及以上医院): no list is split there
_WORDS_WITH_A_JOINER = ("及时", "及以上", "及以下")


def joiner_in_a_word(match: str, i: int) -> bool:
    """Whether the joiner character at ``i`` is a character of a word (法定传染病报告率和报告及时率: the 及 of 及时)."""
    return any(match.startswith(w, i - w.index(match[i])) for w in _WORDS_WITH_A_JOINER if match[i] in w)


def names_a_rate_of_its_own(match: str, a: int, b: int) -> bool:
    """Whether list item match[a:b] ends in a rate noun of its own (法定传染病报告率 in 法定传染病报告率和报告及时率):
    a whole name, which shares no head with the last item."""
    while b > a and match[b - 1].isspace():
        b -= 1
    return match.endswith(cues().rate_nouns, a, b)


def distribute(items: list[Described], match: str) -> None:
    """One row per value of 'A、B分别达x%和y%': own indicator and population; shared comparator and statement."""
    before: tuple[tuple[int, int], list[str | None]] | None = None  # the last list's sentence and indicators
    for g in _groups(items, match):
        first, last = items[g[0]], items[g[-1]]
        n = len(g)
        lo, hi = first.subject_span
        parts = _list_items(match, lo, hi)
        linked = [link_in_span(match, a, b, first.sent[0], first_in_list=False)[0] for a, b in parts]
        ids: list[str | None] = [None] * n
        pops: list[str | None] = [None] * n
        own_outside: set[int] = set()  # the items naming a rate of their own outside the catalog
        if len(parts) < 2 and before is not None and before[0] == first.sent and len(before[1]) == n \
                and not any(linked):
            # a second list of values naming no indicators of its own continues the first, item by
            # item (A、B分别为x和y,分别比上年下降u和v: u is A's change, v is B's)
            ids = list(before[1])
        elif not any(linked) and first.unit not in NOT_RATE and _each_in_turn(match, lo, first.tok.start) \
                and not _names_a_rate(match, first) and _previous_rates(items, g[0], n, match):
            # 分别 with no indicators of its own after as many rates of the sentence (高血压…达到60%，糖尿病…54%，
            # 分别比上年提高6.5和5.1个百分点; （县考核要求分别为65%和60%）): the values are theirs, in order (not for a list
            # of counts, nor where the list names a rate of its own: 随访率分别为85%和79%)
            ids = [d.indicator_id for d in _previous_rates(items, g[0], n, match)]
            own_outside = {k for k, iid in enumerate(ids) if iid is None}  # (a rate outside the catalog keeps none)
        elif len(parts) < 2 and (members := collective_members(match, lo, hi, n)) is not None:
            # a collective name of as many members as values (“五苗”接种率分别达到…: each programme vaccine's, in the order the
            # name lists them)
            ids = list(members)
        elif not any(linked) and first.unit not in NOT_RATE \
                and (turn := rates_named_in_turn(match, first.sent[0], lo, first.tok.start, n)) is not None:
            ids = turn  # (婴儿死亡率由…，5岁以下儿童死亡率由…，均控制在9‰和12‰以下: the rates named before, in turn)
        elif not parts:
            pass  # 分别 with no list before it (分别为85%和65%): the values keep what they were described with
        elif len(parts) >= n and all(linked[-n:]):
            ids = linked[-n:]
            pops = [population_between(match, a, b) for a, b in parts[-n:]]
        elif len(parts) == n and any(linked) and (whole := _whole_rate_names(match, parts, first.sent[0])) is not None:
            # every item a whole rate's name, some outside the catalog (政策生育率、综合节育率分别达到97%和90%): each value is
            # its own item's, none where the catalog does not know the rate
            ids = whole
            own_outside = {k for k, iid in enumerate(whole) if iid is None}
            pops = [population_between(match, a, b) for a, b in parts]
        else:
            mentions = indicator_mentions(match, parts[-1][0], parts[-1][1])
            mt = max(mentions, key=lambda x: (x.end, x.end - x.start)) if mentions else None
            if mt is not None and names_outside(mt.alias) and resolve_mention(match, mt, parts[-1][0], first.sent[0]) is None:
                # the shared alias is qualified as naming something outside the catalog (新冠疫苗…第一剂次、
                # 全程接种率分别为…): the items name it too, unless an item names its own indicator
                ids = [linked[k] if k < len(linked) else None for k in range(n)]
                mt = None
                first.indicator_id = ids[0]
            if mt is not None and len(parts) == n:
                for k, (a, b) in enumerate(parts):
                    if k < n - 1 and names_a_rate_of_its_own(match, a, b):
                        if linked[k] is None:
                            own_outside.add(k)  # a rate the catalog does not know, named in full: not the last item's
                        else:  # a catalog rate named in full (建档率、高血压和糖尿病患者规范管理率): its own, not the last item's
                            ids[k] = linked[k]
                            pops[k] = population_between(match, a, b)
                        continue
                    ids[k] = (k < n - 1 and linked[k] is None and _with_shared_head(match, a, b, parts[-1])) \
                        or _resolve_with_qualifiers_in(match, mt, a, b if k < n - 1 else mt.start, first.sent[0])
                    pops[k] = population_between(match, a, b)
            elif mt is not None:
                ordered = _qualified_in_order(match, mt, first.sent[0], mt.start)
                if len(ordered) == n + 1 and ordered[0] is None and None not in ordered[1:]:
                    # a class outside the catalog named before its members (在慢病管理上，高血压患者…、糖尿病患者…，规范管理率
                    # 分别为…): the topic of the sentence; the members listed after it name the rates, in order
                    ordered = ordered[1:]
                if len(ordered) == n:
                    ids = ordered
        before = (first.sent, [i if i is not None or k in own_outside else items[idx].indicator_id for k, (i, idx) in enumerate(zip(ids, g))])
        progress = first.statement == "completion"  # progress against targets measures the task (分别完成年度目标的92%和98%)
        for k, idx in enumerate(g):
            it = items[idx]
            if progress and it.unit not in NOT_RATE:
                it.indicator_id = first.indicator_id
            elif k in own_outside and it.unit not in NOT_RATE:
                it.indicator_id = None
            elif ids[k] is not None and it.unit not in NOT_RATE:
                it.indicator_id = ids[k]
            elif k and it.unit not in NOT_RATE:
                it.indicator_id = first.indicator_id
            it.unit = own_population_unit(it)
            gap_pop = population_between(match, items[idx - 1].tok.end, it.tok.start) if k else None
            it.population = gap_pop or pops[k] or it.population
            if k:
                it.statement, it.sign = first.statement, first.sign
            if it.comparator is None:
                it.comparator = last.comparator if last.comparator is not None else _bound_before(first, match)
                if it.comparator == ">=" and k < n - 1 and _whole(it):
                    it.comparator = "="  # (a whole, 100%, in a list closed by 以上: 城市100%、农村95%以上 — the bound is the others')


def _whole(d: Described) -> bool:
    """Whether ``d`` is 100 percent written with its sign (a level no floor can bound)."""
    return d.unit == "percent" and not d.tok.unit_implicit and d.tok.num_text.strip() in ("100", "100.0")


def one_value_each(items: list[Described], match: str) -> list[Described]:
    """``items`` with a rate stated once for a list of indicators by 均 (高血压、糖尿病患者规范管理率均不低于40%: each
    of the two rates is at least 40%) read as one value per indicator, in the list's order: where 均 stands between
    the subject and the value, and every item of the subject, read with the head it shares with the last item, names
    an indicator of its own.  A list of places or anything else sharing one rate (县医院、县中医院次均费用增幅均控制在
    5%) stays one value.  Only the value right after each 均 is looked at (not 人均, 平均, 次均: no distributive word)."""
    if not items:
        return items
    shared: dict[int, list[str]] = {}  # index in items -> the indicators of its subject's items
    last = items[-1].tok.start
    p = match.find("均", items[0].sent[0], last)
    while p >= 0:  # (a literal search: a report holds few 均)
        if p > 0 and match[p - 1] not in _NOT_DISTRIBUTIVE and match[p + 1] not in _NOT_DISTRIBUTIVE_AFTER:
            k = bisect.bisect_left(items, p, key=_start_of)
            d = items[k]
            a, b = d.subject_span
            if b <= p and d.unit not in NOT_RATE and k not in shared and any(match.find(j, a, b) >= 0 for j in _LIST_JOINERS) \
                    and not _class_after_examples(match, a, b) and not _joint_rate_named(match, a, b):
                ids = _listed_indicators(match, _list_items(match, a, b), d.sent[0])
                if ids is not None:
                    shared[k] = ids
        p = match.find("均", p + 1, last)
    bounds = cues().cmp_before_words
    for k, d in enumerate(items):
        # ... and without 均, one bound required right after a subject that lists two rates (高血压、糖尿病患者规范管理率不低于
        # 65): a requirement binds each rate the list names, when nothing distributive stands between (no 分别) and the value
        # is the clause's only one (not A、B率为x、y).  (A level reached after such a list, 高血压、糖尿病人管理率达40%, may be
        # their joint rate: one value — the seeds' gold reads it so, holdout102's as two.)  So does a target bounded after its
        # figure (高血压、糖尿病患者规范管理率达到40%以上 in a plan: each rate aimed at, at least 40%).
        a, b = d.subject_span
        if k in shared or d.unit in NOT_RATE or b <= a or match.find("、", a, b) < 0 \
                or not (match.endswith(bounds, b, d.tok.start) or d.statement == "target" and d.comparator in _BOUNDS) \
                or not _lone_value(items, k, match):
            continue
        if _class_after_examples(match, a, b) or _joint_rate_named(match, a, b):
            continue  # examples of a class before 等 (乙肝、麻疹等免疫规划疫苗接种率): the class's one rate
        ids = _listed_indicators(match, _list_items(match, a, b), d.sent[0])
        if ids is not None and None not in ids:
            shared[k] = ids
    if not shared:
        return items  # (most reports)
    out: list[Described] = []
    for k, d in enumerate(items):
        if k not in shared:
            out.append(d)
            continue
        for iid, (a, b) in zip(shared[k], _list_items(match, *d.subject_span)):
            each = replace(d, indicator_id=iid, population=population_between(match, a, b) or d.population)
            each.unit = own_population_unit(each)  # (孕产妇、婴儿死亡率均为0: per 100 000 and per mille)
            out.append(each)
    return out


def _joint_rate_named(match: str, a: int, b: int) -> bool:
    """Whether the subject match[a:b] ends with the name of one rate joining the listed schemes (新农合和城镇居民医保参保（合）率:
    indicators.yaml joint_rate_names): the level is that joint rate's, one value."""
    return match.endswith(joint_rate_names(), a, b)


def _class_after_examples(match: str, a: int, b: int) -> bool:
    """Whether the subject match[a:b] lists examples of a class before 等 (乙肝、麻疹等疫苗接种率均在96%以上; 老年人健康管理、慢病
    随访等各项任务完成率均不低于50%): the level is the class's one rate, with 均 or without, not one value per example."""
    return match.find("等", max(a, match.rfind("、", a, b)), b) >= 0


def _lone_value(items: list[Described], k: int, match: str) -> bool:
    """Whether items[k] is the only value of its clause and nothing distributive (分别) stands between its subject and it."""
    d = items[k]
    b = d.subject_span[1]
    if b > d.tok.start or match.find("分别", b, d.tok.start) >= 0 or match.find("分別", b, d.tok.start) >= 0:
        return False
    prev_ok = k == 0 or _LONE_BREAK.search(match, items[k - 1].tok.end, d.subject_span[0] + 1) is not None
    nxt_ok = k + 1 >= len(items) or _LONE_BREAK.search(match, d.tok.end, items[k + 1].tok.start) is not None
    return prev_ok and nxt_ok


_BOUNDS = (">=", "<=")  # a floor or a ceiling (以上, 以下 after a target's figure)
_LONE_BREAK = re.compile("[,，;；。:：!?！？\n]")  # a break between two values that no list joins (not 、)


def adverb_bound_over_list(items: list[Described], match: str) -> None:
    """A bound adverb written before the verb of a list of counts joined by 、 (每个团队至少配备全科医生1名、护士1名、
    公卫人员1名) bounds each of them: a count right after the first, its gap a 、 and the next item's noun only, takes the
    first's bound when it has none of its own (not where a bound word follows the first, 1名以上、护士1名, or stands right
    before it, 培训不少于2期、演练1次: the first's own)."""
    for a, b in zip(items, items[1:]):
        if a.comparator not in (">=", "<=") or b.comparator not in (None, "=") or a.unit != b.unit or a.unit not in NOT_RATE:
            continue
        if _COUNT_LIST_GAP.fullmatch(match, a.tok.end, b.tok.start) is None or a.tok.range_role is not None:
            continue
        c = cues()
        if c.cmp_after_rx.match(match, a.tok.end) is not None or match.endswith(c.cmp_before_words, 0, a.tok.start):
            continue  # (the first's bound is written after it, or right before it: 培训不少于2期、演练1次 — its own)
        b.comparator = a.comparator


# 、 (or 和/及/与) and the next item's noun (、护士), or the first item's noun then the joiner (危重孕产妇救治中心和): no number,
# no break
_COUNT_LIST_GAP = re.compile("、[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,12}[、和及与]")


def _start_of(d: Described) -> int:
    return d.tok.start


_NOT_DISTRIBUTIVE = "人平次"  # 均 closing a word of its own (人均, 平均, 次均), not 均 = each of them
_NOT_DISTRIBUTIVE_AFTER = "衡等匀值摊数"  # ... or opening one (均衡, 均等化, 均匀, 均值, 均摊, 均数)
_LIST_JOINERS = "、和及与"


def _listed_indicators(match: str, parts: list[tuple[int, int]], context_start: int) -> list[str] | None:
    """The indicator each item of a subject list names, read with the head it shares with the last item (高血压、
    糖尿病患者规范管理率), when there are at least two and each names one of its own; else None."""
    if len(parts) < 2:
        return None
    last = parts[-1]
    last_id = link_in_span(match, last[0], last[1], context_start, first_in_list=False)[0]
    ids: list[str | None] | None = [] if last_id is not None else None  # (the last item names none: looked at first, as the cheapest)
    for a, b in parts[:-1] if ids is not None else ():
        iid = _with_shared_head(match, a, b, last)
        if iid is None or iid == last_id or iid in ids:
            ids = None
            break
        ids.append(iid)
    if ids is not None:
        return ids + [last_id]
    return _whole_rate_names(match, parts, context_start)


def _whole_rate_names(match: str, parts: list[tuple[int, int]], context_start: int) -> list[str | None] | None:
    """The indicator of each item of a subject list whose every item is a whole rate's name (报告及时率、规范处置率均为100%;
    发现率、治疗覆盖率、治疗成功率均达到95%): each a rate of its own, named in the catalog (its id) or not (None); None when
    an item names no rate noun of its own, or two name the same indicator."""
    if not all(names_a_rate_of_its_own(match, a, b) for a, b in parts):
        return None
    ids = [link_in_span(match, a, b, context_start, first_in_list=False)[0] for a, b in parts]
    known = [i for i in ids if i is not None]
    return ids if len(known) == len(set(known)) else None


def _bound_before(first: Described, match: str) -> str | None:
    """The first value's bound when a word before it writes it (分别不低于40%和35%, 均不超过8‰和12‰: the bound opens
    the list and holds for every value in it), None when the first carries a bound of its own after it (分别达到
    85%以上和90%: the 以上 is the first value's only)."""
    return first.comparator if _end_with_its_bound(match, first.tok.end) == first.tok.end else None


_PER_POPULATION = ("per_mille", "per_10k", "per_100k")


def own_population_unit(d: Described) -> str | None:
    """The unit of a list value that borrowed its unit from the value after it: its own indicator's per-population
    unit where that differs (孕产妇死亡率和新生儿死亡率分别为0和2.1‰: 0 per 100 000 births, not 0‰ — the
    writer gives the unit once, for the last value, and a bare 0 needs none); else the unit it has."""
    if not d.tok.unit_implicit or d.unit not in _PER_POPULATION or d.indicator_id is None:
        return d.unit
    own = indicator_unit(d.indicator_id)
    return own if own in _PER_POPULATION else d.unit


def _previous_rates(items: list[Described], at: int, n: int, match: str) -> list[Described]:
    """The ``n`` rates right before ``items[at]`` when they lie in its sentence and each names an indicator, one of the
    catalog's or a rate of its own outside it (发病率为…，死亡率为…，分别比上年下降5.2%和0.9%: the second change is the death
    rate's, no catalog one) with one of the catalog's among them, else [].  A sentence a hard wrap cut in two is one
    sentence here (婴儿死亡率3.7‰，5岁以 / 下儿童死亡率4.9‰，分别比上年下降…: the line before ends in a word, no stop)."""
    prev = items[max(0, at - n) : at]
    sent = items[at].sent
    if len(prev) == n and all((d.sent == sent or _cut_by_a_wrap(match, d.sent, sent)) and d.unit not in NOT_RATE
                              and (d.indicator_id is not None or _names_a_rate(match, d)) for d in prev) \
            and any(d.indicator_id is not None for d in prev):
        return prev
    return []


def _cut_by_a_wrap(match: str, before: tuple[int, int], sent: tuple[int, int]) -> bool:
    """Whether the sentence ``before`` runs on into ``sent`` across a hard wrap: it ends at a line break right before
    ``sent``, after a character of a word (a PDF's or a yearbook's wrap at the page's edge), and holds a clause break (a
    line of prose, not a heading)."""
    b = sent[0]
    while b > before[0] and match[b - 1] in " \u3000":
        b -= 1
    if b <= before[0] or match[b - 1] != "\n" or before[1] > b:
        return False
    k = b - 1
    while k > before[0] and match[k - 1] in " \u3000":
        k -= 1
    return k > before[0] and _WORD_CHAR.match(match, k - 1) is not None and _CLAUSE_BREAK.search(match, before[0], k) is not None


_WORD_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_BREAK = re.compile(r"[，,；;]")


def _each_in_turn(match: str, lo: int, start: int) -> bool:
    """Whether the words before a list's first value (match[lo:start]) give its values to the rates before in turn: 分别, or
    a bracketed list after a level said of each of them (均高于省定目标（90%、80%）: 均 = each, the bracket their targets)."""
    if "分别" in match[lo:start]:
        return True
    k = start
    while k > lo and match[k - 1].isspace():
        k -= 1
    return k > lo and match[k - 1] in "（(" and _EACH_OF_THEM.search(match, lo, k) is not None


_EACH_OF_THEM = re.compile(r"(?<![人平次])均|都")  # (均 = each of them; not 人均, 平均, 次均)


def _names_a_rate(match: str, d: Described) -> bool:
    """Whether the subject of ``d`` names a rate noun (死亡率为1.07/10万)."""
    a, b = d.subject_span
    return any(match.find(noun, a, b) >= 0 for noun in cues().rate_nouns)


def _with_shared_head(match: str, a: int, b: int, last: tuple[int, int]) -> str | None:
    """The indicator of list item match[a:b] read with the head noun it shares with the last item
    (高血压、糖尿病患者规范管理率: 高血压 + 患者规范管理率), the shortest head that names one; None when none does."""
    item, lo, hi = match[a:b], last[0], last[1]
    for cut in range(hi - 1, lo, -1):  # the shortest ending of the last item first
        iid, _ = link_indicator(item + match[cut:hi])
        if iid is not None:
            return iid
    return None


def _qualified_in_order(match: str, mention, lo: int, hi: int) -> list[str]:
    """Indicators sharing ``mention``'s alias, in the order their qualifiers first appear in match[lo:hi]
    (产妇…儿童…两个系统管理分别达到x%和y% -> maternal, child)."""
    found = []
    for iid, quals in alias_table()[mention.alias]:
        pos = [p for q in quals if (p := match.find(q, lo, hi)) >= 0]
        if pos:
            found.append((min(pos), iid))
    return [iid for _, iid in sorted(found)]


def _resolve_with_qualifiers_in(match: str, mention, a: int, b: int, context_start: int) -> str | None:
    """The indicator whose qualifier is written in match[a:b], else the alias's plain owner, else as resolved in context."""
    entries = alias_table()[mention.alias]
    for iid, quals in entries:
        if quals and any(match.find(q, a, b) >= 0 for q in quals):
            return iid
    plain = [iid for iid, quals in entries if not quals]
    return plain[0] if plain else resolve_mention(match, mention, a, context_start)
