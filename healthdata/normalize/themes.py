"""Theme vocabulary for problem statements: load it, match it, and find what it misses.

The vocabulary is data (``healthdata/vocab/themes.yaml``): theme ids (those of the shared
``themes.csv``), Chinese and English names, a public description and keywords.  Keywords are
matched on the *matching text* (see :mod:`healthdata.textnorm`), so offsets of a match are
offsets in the raw text.  A keyword may contain ``…``, a short gap inside one clause.

A keyword counts only where it respects the words of the text: the text is cut into words by
jieba, and a match that begins inside one word and ends inside another (乡医 across 城乡|医疗)
is a coincidence of characters, not the keyword.  A match inside one word (人员 in 医务人员), or
one with at least one end on a word boundary (jieba's words are not always a reader's:
执法|力量薄弱), counts.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from healthdata.fastsearch import match_starts
from healthdata.vocab import load_yaml

__all__ = ["load_themes", "themes_for", "theme_ids", "theme_vocabulary", "covered_by_vocabulary", "word_index"]

GAP = "…"
CLAUSE_PUNCT = ",。;:!?、\n"


@lru_cache(maxsize=1)
def theme_vocabulary() -> dict:
    """The parsed ``themes.yaml`` (``gap_max_chars`` and the list of ``themes``; shared: not to be
    changed)."""
    return load_yaml("themes.yaml")


def theme_keywords(theme: dict) -> list[str]:
    """All keywords of one theme of the vocabulary, yielding ones and details included."""
    return [str(k) for k in (theme.get("keywords") or [])
            + [k for group in theme.get("yielding") or [] for k in group["keywords"]]
            + list(theme.get("details") or [])]


def load_themes() -> pd.DataFrame:
    """The ``themes`` table: theme_id, name_zh, name_en, description, keywords ('|'-joined)."""
    rows = [
        {
            "theme_id": t["id"],
            "name_zh": t["name_zh"],
            "name_en": t["name_en"],
            "description": " ".join(str(t["description"]).split()),
            "keywords": "|".join(theme_keywords(t)),
        }
        for t in theme_vocabulary()["themes"]
    ]
    return pd.DataFrame(rows, columns=["theme_id", "name_zh", "name_en", "description", "keywords"])


def keyword_pattern(keyword: str, gap_max_chars: int) -> str:
    """Regex source for one keyword; ``…`` becomes a gap of non-punctuation characters."""
    gap = f"[^{re.escape(CLAUSE_PUNCT)}]{{0,{gap_max_chars}}}?"
    return gap.join(re.escape(part) for part in keyword.split(GAP))


@dataclass(frozen=True)
class CompiledTheme:
    """One theme of the vocabulary, compiled: its keyword regex (every position where a keyword
    starts, group 1 the longest keyword starting there, see
    :func:`healthdata.fastsearch.match_starts`), its excluded phrases and its keywords without a gap."""

    theme_id: str
    keywords: re.Pattern
    exclude: re.Pattern | None
    literal: frozenset[str]
    yields_to: frozenset[str] = frozenset()  # the themes that make these keywords count for nothing
    detail: bool = False  # keywords that name a detail of a judgement, no subject of their own (``details``)
    # yielding keywords that still name a subject where clauses are told apart (``yielding=False``): they yield only
    # in the themes given (``subject_alone`` in themes.yaml)
    subject_alone: bool = False


@lru_cache(maxsize=1)
def compiled_themes() -> tuple[CompiledTheme, ...]:
    """The themes of the vocabulary, compiled (matches overlapping a rejected one are still seen)."""
    vocab = theme_vocabulary()
    gap_max = int(vocab.get("gap_max_chars", 6))
    out = []
    for theme in vocab["themes"]:
        excludes = theme.get("exclude") or []
        ex = re.compile("|".join(keyword_pattern(str(e), gap_max) for e in excludes)) if excludes else None
        others = [t["id"] for t in vocab["themes"] if t["id"] != theme["id"]]
        groups = [((), theme.get("keywords") or (), False, False)] + [
            (others if group["yields_to"] == "any" else group["yields_to"], group["keywords"],
             bool(group.get("subject_alone")), bool(group.get("despite_exclude")))
            for group in theme.get("yielding") or []
        ]
        groups = [(yields_to, words, False, alone, despite) for yields_to, words, alone, despite in groups] + [
            ((), theme.get("details") or (), True, False, False)]
        for yields_to, words, detail, alone, despite in groups:
            keywords = sorted(dict.fromkeys(str(k) for k in words), key=len, reverse=True)  # ties: the file's order
            if keywords:
                rx = match_starts("|".join(f"(?:{keyword_pattern(k, gap_max)})" for k in keywords))
                literal = frozenset(k for k in keywords if GAP not in k)
                # a yielding group marked despite_exclude names the very phrase the theme excludes for its other keywords
                out.append(CompiledTheme(theme["id"], rx, None if despite else ex, literal, frozenset(yields_to), detail,
                                         alone))
    return tuple(out)


@dataclass(frozen=True)
class SubjectRules:
    """The vocabulary's ``subject`` rules, compiled (see themes.yaml)."""

    fields: frozenset[str]
    heads: frozenset[str]
    gap: int
    circumstance: re.Pattern | None
    population: re.Pattern | None
    work_rate: re.Pattern | None
    care_quality: re.Pattern | None = None
    access_population: re.Pattern | None = None
    access_heads: frozenset[str] = frozenset()
    listed_examples: re.Pattern | None = None
    systems: frozenset[str] = frozenset()
    affected_work: re.Pattern | None = None
    evidence_rate: re.Pattern | None = None
    attended_object: re.Pattern | None = None
    attended_object_keeps: frozenset[str] = frozenset()
    money_fields: frozenset[str] = frozenset()
    own_staff: re.Pattern | None = None


@lru_cache(maxsize=1)
def subject_rules() -> SubjectRules:
    """The vocabulary's ``subject`` rules."""
    rules = theme_vocabulary().get("subject") or {}

    def optional(key: str) -> re.Pattern | None:
        return re.compile(rules[key]) if rules.get(key) else None

    return SubjectRules(frozenset(rules.get("field_themes") or ()), frozenset(rules.get("head_themes") or ()),
                        int(rules.get("modifier_gap_max_chars", 0)), optional("circumstance"),
                        optional("population"), optional("work_rate"), optional("care_quality"),
                        optional("access_population"), frozenset(rules.get("access_heads") or ()),
                        optional("listed_examples"), frozenset(rules.get("system_themes") or ()),
                        affected_work=optional("affected_work"), evidence_rate=optional("evidence_rate"),
                        attended_object=optional("attended_object"),
                        attended_object_keeps=frozenset(rules.get("attended_object_keeps") or ()),
                        money_fields=frozenset(rules.get("money_field_themes") or ()),
                        own_staff=optional("own_staff"))


def excluded_spans(text: str, exclude: re.Pattern | None) -> list[tuple[int, int]]:
    """Spans of the phrases a theme excludes, in text order (they do not overlap)."""
    return [] if exclude is None else [(m.start(), m.end()) for m in exclude.finditer(text)]


def inside_any_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def jieba():
    """The jieba module, quiet."""
    import jieba as jb

    jb.setLogLevel(60)
    return jb


def word_index(text: str) -> list[int]:
    """For each character of ``text``, the index of the jieba word it belongs to."""
    out: list[int] = []
    for i, word in enumerate(jieba().lcut(text, HMM=True)):
        out.extend([i] * len(word))
    return out


@lru_cache(maxsize=4096)
def clause_word_index(clause: str) -> tuple[int, ...]:
    """:func:`word_index` of one clause, remembered: stock clauses recur across reports (a
    bureau's summaries from year to year, pages reposted by several sites), and cutting words is
    most of what theming costs."""
    return tuple(word_index(clause))


def straddles_words(words: list[int], start: int, end: int) -> bool:
    """Whether [start, end) begins inside one word and ends inside another, neither end on a boundary."""
    first, last = words[start], words[end - 1]
    if first == last:
        return False
    starts_word = start == 0 or words[start - 1] != first
    ends_word = end == len(words) or words[end] != last
    return not starts_word and not ends_word


CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_PUNCT)}]")


class ClauseWords:
    """Which keyword matches of one text straddle two of jieba's words, cutting only the clauses
    that hold a match.

    jieba never makes a word across clause punctuation (it cuts its input into runs of word
    characters first), so the words of a clause are the same whether jieba cuts the clause or
    the whole text; a match that begins or ends at a clause edge has that end on a word boundary
    and needs no cutting at all.
    """

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]

    def clause_around(self, start: int, end: int) -> tuple[int, int]:
        """The span between the clause punctuation before ``start`` and the one at or after ``end``."""
        i = bisect.bisect_left(self.breaks, start)
        j = bisect.bisect_left(self.breaks, end)
        return (self.breaks[i - 1] + 1 if i else 0), (self.breaks[j] if j < len(self.breaks) else len(self.text))

    def straddles(self, start: int, end: int) -> bool:
        """:func:`straddles_words` for the match [start, end) of the text."""
        a, b = self.clause_around(start, end)
        if start == a or end == b:
            return False
        return straddles_words(clause_word_index(self.text[a:b]), start - a, end - a)


Match = tuple[str, str, int, int]  # (theme_id, keyword as found, start, end)


def keyword_candidates(text_match: str, yielding: bool = True,
                       not_subjects: frozenset[str] = frozenset()) -> dict[str, list[tuple[Match, bool]]]:
    """Every keyword match of every theme that respects the words of the text and is not inside
    a phrase the theme excludes, overlapping ones included, by theme, each with whether it
    spans a keyword's gap (人员…不足).  A theme's yielding keywords count only when none of the
    themes they yield to has a keyword in the text (and not at all unless ``yielding``); its
    details (数据差错, 失访) always count, but not at all unless ``yielding`` either: they say how a
    judgement shows, not which subject a clause judges.  Themes in ``not_subjects`` (named in the text
    only to qualify another subject) make no keyword yield.  Yielding keywords marked ``subject_alone`` count unless
    ``yielding`` as if they were plain: they name a subject of their own, and yield only the theme they give."""
    words = ClauseWords(text_match)
    out: dict[str, list[tuple[Match, bool]]] = {}
    plain: set[Match] = set()  # the matches of keywords that yield to nothing
    compiled = compiled_themes()
    for theme in sorted(compiled, key=lambda t: len(t.yields_to)):  # those that yield to more come later
        yields = bool(yielding and theme.yields_to and theme.yields_to & (out.keys() - not_subjects))
        if theme.yields_to and not yielding and not theme.subject_alone or theme.detail and not yielding:
            continue
        excluded = None
        for m in theme.keywords.finditer(text_match):
            start, end = m.span(1)
            if end == start:
                continue
            excluded = excluded_spans(text_match, theme.exclude) if excluded is None else excluded
            if inside_any_span(excluded, start, end) or words.straddles(start, end):
                continue
            if yields:
                # a yielding phrase that yields takes the theme's shorter keywords inside it along (激励机制不健全,医生积极性
                # 不高: the phrase is the doctors' will, which yields to the incentives, and 医生 in it names no staff)
                own = [f for f in out.get(theme.theme_id, []) if f[0] not in plain
                       or not (start <= f[0][2] and f[0][3] <= end and f[0][3] - f[0][2] < end - start)]
                if own:
                    out[theme.theme_id] = own
                else:
                    out.pop(theme.theme_id, None)
                continue
            found = (theme.theme_id, m.group(1), start, end)
            out.setdefault(theme.theme_id, []).append((found, m.group(1) not in theme.literal))
            if not theme.yields_to and not theme.detail:
                plain.add(found)
    return out


def judges_another_subject(match: Match, others: list[Match]) -> bool:
    """Whether a keyword with a gap (人员…不足) holds another theme's keyword inside its gap: the
    judgement then bears on that nearer subject (医务人员服务意识不足 judges a service, not the
    number of staff)."""
    _t, _kw, start, end = match
    return any(start < s and e < end for _o, _k, s, e in others)


def first_of_each_start(matches: list[Match]) -> list[Match]:
    """Matches of one theme that do not overlap, the earliest (then longest) first."""
    out: list[Match] = []
    taken_to = 0
    for found in sorted(matches, key=lambda f: (f[2], -f[3])):
        if found[2] >= taken_to:
            out.append(found)
            taken_to = found[3]
    return out


WORD_CHARACTERS = re.compile(r"[\u4e00-\u9fff]*")


def is_modifier(text: str, match: Match, by_theme: dict[str, list[Match]], heads: frozenset[str], gap: int) -> bool:
    """Whether a field's keyword only qualifies the noun right after it (疾病预防控制|经费,
    艾滋病防治|经费, 安全生产|责任落实不到位): a head theme's keyword starts where it ends or at
    most ``gap`` Chinese characters later, and the field's own theme has no keyword there."""
    theme_id, _kw, _s, end = match
    reach = end + len(WORD_CHARACTERS.match(text, end, end + gap).group(0))
    follows = [f for t in heads for f in by_theme.get(t, ()) if end <= f[2] <= reach and t != theme_id]
    own = by_theme.get(theme_id, ())
    return bool(follows) and not any(s < f[3] and f[2] < e for f in follows for _t, _k, s, e in own)


def names_a_failed_work_rate(text: str, match: Match, found: list[Match], heads: frozenset[str],
                             work_rate: re.Pattern) -> bool:
    """Whether a field's keyword names whose care a rate of routine work counts, and a head
    theme's keyword judges that rate in the same clause (高血压患者规范管理率|未达到年度目标, or the rate
    itself judged short: 糖尿病患者|规范管理率偏低; not
    …管理服务率较上年下降, where no failure of work is named), or in the clause after one that only
    states the rate's figure (规范管理率仅为51.4%,|低于县定65%的目标).  The judging keyword may be the
    rate's own name, which then starts before the rate's last word (高血压、糖尿病患者|规范管理率 均低于平均
    水平: 规范管理率 is execution's)."""
    rate = work_rate.match(text, match[3])  # anchored at the keyword's end
    if rate is None:
        return False
    limit = clause_end_at(text, rate.end())
    if RATE_FIGURE_ONLY.fullmatch(text, rate.end(), limit) and limit < len(text) and text[limit] in ",;":
        limit = clause_end_at(text, limit + 1)
    return any(t in heads and rate.start() <= s < limit for t, _k, s, _e in found)


# what a clause holds when it only states a rate's figure (仅为51.4%, 只有 78 %, 为六成), or the figures of
# the rates it names one by one (分别仅为61.5%和58.2%, 分别为72%、68%), or the share of its target or task the
# rate stands at (完成年度目标的48.9%, 仅完成全年任务的46%)
RATE_FIGURE_ONLY = re.compile(r"(?:[^,。;:、\d]{0,4}|[^,。;:、\d]{0,2}完成[^,。;:、\d]{0,4}(?:目标|任务)的?)"
                              r"[\d.\s]+[%‰]?(?:[和与及、][\d.\s]+[%‰]?)*")


def clause_end_at(text: str, start: int) -> int:
    """Where the clause that holds ``start`` ends (the next clause punctuation, or the text's end)."""
    clause_end = CLAUSE_BREAK.search(text, start)
    return clause_end.start() if clause_end else len(text)


def names_whose_care_is_judged(text: str, match: Match, care_quality: re.Pattern) -> bool:
    """Whether a field's keyword only names whose care the quality, capacity or level right after it is
    (慢性病|管理质量不高, 慢病|管理的质量有待提高, 传染病|救治能力不足): the problem is that care."""
    return care_quality.match(text, match[3]) is not None  # anchored at the keyword's end


def inside_a_head(match: Match, found: list[Match], heads: frozenset[str]) -> bool:
    """Whether a keyword is part of a longer keyword of a head theme (监管 in 监管力量: the noun is
    the force of supervisors, workforce, not supervision)."""
    theme_id, _kw, start, end = match
    return any(t in heads and t != theme_id and s <= start and end <= e and e - s > end - start
               for t, _k, s, e in found)


# spaces inside a text (全 县 人 员 不 足, a page printed with a space between every two characters, or
# non-breaking spaces a site put between words); those between two ASCII letters or digits part words or
# numbers (LIS system, 1 350) and stay
INNER_SPACES = re.compile(r"(?<=\S)[ \t\u3000\u00a0]+(?=\S)")


def without_inner_spaces(text: str) -> tuple[str, list[int]]:
    """``text`` with the spaces between two characters removed unless both are ASCII letters or digits, and
    for each character kept its offset in ``text``."""
    kept: list[int] = []
    last = 0
    for m in INNER_SPACES.finditer(text):
        before, after = text[m.start() - 1], text[m.end()]
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            continue
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(text)))
    return "".join(text[i] for i in kept), kept


def themes_for(text_match: str, yielding: bool = True) -> list[Match]:
    """:func:`theme_evidence` of ``text_match``, as a new list.  Spaces between characters are no part of
    a word: the text is read without them (人 员 不 足 as 人员不足) and each match's offsets are those of its
    characters in ``text_match``."""
    if not INNER_SPACES.search(text_match):
        return list(theme_evidence(text_match, yielding))
    compact, where = without_inner_spaces(text_match)
    return [(t, kw, where[s], where[e - 1] + 1) for t, kw, s, e in theme_evidence(compact, yielding)]


@lru_cache(maxsize=4096)
def theme_evidence(text_match: str, yielding: bool = True) -> tuple[Match, ...]:
    """Theme evidence in a (matching-text) string: [(theme_id, keyword as found, rel_start, rel_end)].

    Every non-overlapping keyword match of every theme that names what the text judges is
    returned, ordered by position; a theme appears once per match.  A keyword names no subject
    when it holds a nearer subject of another theme in its gap (see :func:`judges_another_subject`)
    or is part of a longer keyword of money, staff, buildings or a failure (:func:`inside_a_head`);
    and, unless nothing else is left, when it only qualifies the noun after it (a field's
    keyword before money, staff, buildings, a failure or an information system: 疾病预防控制经费;
    a population, 流动儿童漏种, or the field's own staff, 计生专干队伍老化, is no such field), names whose care a rate of routine work counts (高血压患者规范管理率未达到目标)
    or whose care the quality or capacity after it is (慢性病管理质量不高, 传染病救治能力不足), names mothers at risk whose way to care
    or care is judged (高危孕产妇转诊路途远, 高危孕产妇救治网络不健全), stands in a phrase of circumstance
    (在…疫情中), is one of the examples listed for a line of work (心理健康、托育等服务|人员短缺) or names
    what people misunderstand, neglect or do not know (对|医改工作|认识模糊).  Keywords that only stand in for a subject a theme would name
    (有待加强 as execution, see ``yielding`` in themes.yaml) count when no such theme is named,
    and not at all unless ``yielding``.  Nothing found means no theme explains the text.
    Remembered: a report's problems repeat the stock wordings of others.
    """
    candidates = keyword_candidates(text_match, yielding)
    found, qualifiers = subjects_and_qualifiers(text_match, candidates, yielding)
    only_qualifying = frozenset(f[0] for f in found) - frozenset(f[0] for f in found if f not in qualifiers)
    if yielding and only_qualifying:
        # a theme named only to qualify another subject names no subject a keyword should yield to
        # (高血压患者规范管理率分别仅为61.5%和58.2%,离年度目标还有差距: the disease only says whose care the rate
        # counts, so the target missed counts)
        again = keyword_candidates(text_match, yielding, only_qualifying)
        if again.keys() != candidates.keys() or any(len(again[t]) != len(candidates[t]) for t in again):
            found, qualifiers = subjects_and_qualifiers(text_match, again, yielding)
    if any(f not in qualifiers for f in found):
        found = [f for f in found if f not in qualifiers]
    return tuple(sorted(found, key=lambda f: (f[2], f[3], f[0])))


@lru_cache(maxsize=1)
def every_theme() -> frozenset[str]:
    """The ids of all themes of the vocabulary."""
    return frozenset(t["id"] for t in theme_vocabulary()["themes"])


def subjects_and_qualifiers(text_match: str, candidates: dict[str, list[tuple[Match, bool]]], yielding: bool = True
                            ) -> tuple[list[Match], set[Match]]:
    """The keyword matches of :func:`theme_evidence` before qualifiers are dropped, and the qualifiers among
    them (see :func:`theme_evidence`)."""
    every = [f for fs in candidates.values() for f, _gap in fs]
    by_theme: dict[str, list[Match]] = {}
    for theme_id, matches in candidates.items():
        others = [f for f in every if f[0] != theme_id]
        kept = [f for f, gap in matches if not gap or not judges_another_subject(f, others)]
        if kept:
            by_theme[theme_id] = first_of_each_start(kept)
    found = [f for fs in by_theme.values() for f in fs]
    rules = subject_rules()
    found = [f for f in found if not inside_a_head(f, found, rules.heads)]
    qualifiers = {f for f in found if f[0] in rules.fields
                  and is_modifier(text_match, f, by_theme, rules.heads | rules.systems, rules.gap)
                  and not (rules.population and rules.population.search(f[1]))
                  and not (rules.own_staff and rules.own_staff.search(f[1]))}
    qualifiers |= {f for f in found if f[0] in rules.money_fields
                   and is_modifier(text_match, f, by_theme, frozenset({"funding"}), rules.gap)}
    if rules.work_rate is not None:
        rated = [f for f in found if f[0] in rules.fields and rules.work_rate.match(text_match, f[3])]
        if rated:
            # the rate may be judged by a keyword that counts only when no other subject is named (离年度目标还有
            # 差距): the field before the rate is no such subject
            judging = found + [f for t, fs in keyword_candidates(text_match, yielding, every_theme()).items()
                               if t in rules.heads for f, _gap in fs]
            qualifiers |= {f for f in rated if names_a_failed_work_rate(text_match, f, judging, rules.heads, rules.work_rate)}
    if rules.care_quality is not None:
        qualifiers |= {f for f in found if f[0] in rules.fields and names_whose_care_is_judged(text_match, f, rules.care_quality)}
    if rules.access_population is not None:
        qualifiers |= {f for f in found if f[0] in rules.fields and rules.access_population.search(f[1])
                       and is_modifier(text_match, f, by_theme, rules.access_heads, rules.gap)}
    for phrases, keeps in ((rules.circumstance, ()), (rules.listed_examples, ()), (rules.affected_work, ()),
                           (rules.evidence_rate, ()), (rules.attended_object, rules.attended_object_keeps)):
        if phrases is not None:
            around = [m.span() for m in phrases.finditer(text_match)]
            qualifiers |= {f for f in found if f[0] not in keeps and any(a <= f[2] and f[3] <= b for a, b in around)}
    return found, qualifiers


def theme_ids(evidence: list[tuple[str, str, int, int]]) -> list[str]:
    """Distinct theme ids of an evidence list, in order of first appearance."""
    return list(dict.fromkeys(e[0] for e in evidence))


def covered_by_vocabulary(term: str) -> bool:
    """Whether a theme keyword matches the term or the term is part of a keyword."""
    if themes_for(term):
        return True
    return any(term in k.replace(GAP, "") for t in theme_vocabulary()["themes"] for k in theme_keywords(t))
