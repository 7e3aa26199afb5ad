"""The indicator catalog (``healthdata/vocab/indicators.yaml``) and data-driven linking.

Linking a phrase to an indicator uses only the catalog's data: *aliases* name an indicator on
their own (``参合率``); *qualified aliases* are generic forms (``接种率``, ``系统管理率``) that name an
indicator only together with a qualifier written before them (``卡介苗…接种率`` -> BCG,
``孕产妇…系统管理率`` -> maternal management).  No indicator-specific code lives here.
"""
from __future__ import annotations

import bisect
import csv
import operator
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from healthdata.extract.punctuation import CLAUSE_BREAKS, LIST_JOINERS
from healthdata.textnorm import matching_text
from healthdata.vocab import load_yaml

__all__ = [
    "catalog_entries",
    "load_catalog",
    "reference_targets",
    "link_indicator",
    "indicator_mentions",
    "resolve_mention",
    "qualified_outside_before",
    "topic_outside_in",
    "clause_start_at",
    "collective_members",
    "qualifier_across",
    "names_outside",
    "plain_owners",
    "Mention",
    "MentionIndex",
    "indicator_unit",
    "population_in",
    "population_between",
    "population_first_rx",
    "population_from",
]

_CLAUSE_BREAK_RX = re.compile("[" + re.escape(CLAUSE_BREAKS) + "]")
BARE_PREFIX = " \u3000、和及与的其中"  # what may stand before an alias that is "bare" at its clause's start


def _indicator_vocab() -> dict:
    return load_yaml("indicators.yaml")


@lru_cache(maxsize=1)
def joint_rate_names() -> tuple[str, ...]:
    """The names of one rate joining two schemes (新农合和城镇居民医保参保（合）率; indicators.yaml ``joint_rate_names``), in
    matching text."""
    return tuple(matching_text(w) for w in _indicator_vocab()["joint_rate_names"])


def catalog_entries() -> tuple[dict, ...]:
    """The catalog entries as written in indicators.yaml."""
    return tuple(_indicator_vocab()["indicators"])


@lru_cache(maxsize=1)
def _anaphora_rx() -> re.Pattern:
    """A pattern finding the words that point back to a subject named before (indicators.yaml anaphoric_subjects), longest first."""
    words = sorted(_indicator_vocab().get("anaphoric_subjects", ()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else r"(?!)")


def bare_before(match: str, lo: int, hi: int) -> bool:
    """Whether match[lo:hi], the words of a clause before an alias, leaves the alias bare: nothing but joiners
    (BARE_PREFIX) and words pointing back to the subject named before (…患者报告患病率4.3‰，在册患者规范管理率为88%:
    the patients registered are the ones just named)."""
    rest = match[lo:hi].strip(BARE_PREFIX)
    return not rest or not _anaphora_rx().sub("", rest).strip(BARE_PREFIX)


def outside_catalog() -> tuple[dict, ...]:
    """Generic forms qualified by something outside the catalog (新冠疫苗 接种率): they name no catalog indicator."""
    return tuple(_indicator_vocab().get("outside_catalog", ()))


@lru_cache(maxsize=1)
def reference_rows() -> tuple[dict, ...]:
    path = resources.files("healthdata.vocab").joinpath("reference_targets.csv")
    with path.open(encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


def reference_targets():
    """All rows of reference_targets.csv (long form): indicator_id, comparator, value, unit, target_year, source, note."""
    import pandas as pd

    df = pd.DataFrame(list(reference_rows()))
    df["value"] = df["value"].astype(float)
    df["target_year"] = df["target_year"].astype(int)
    return df


def _latest_reference(indicator_id: str) -> dict | None:
    rows = [r for r in reference_rows() if r["indicator_id"] == indicator_id]
    if not rows:
        return None
    return max(rows, key=lambda r: int(r["target_year"]))


def load_catalog():
    """The ``indicators`` table: one row per indicator, with its latest cited reference target."""
    import pandas as pd

    out = []
    for e in catalog_entries():
        ref = _latest_reference(e["id"])
        qualified = [f"{q}…{a}" for qa in e.get("qualified_aliases", []) for a in qa["aliases"] for q in qa["qualifiers"]]
        out.append(
            {
                "indicator_id": e["id"],
                "name_zh": e["name_zh"],
                "name_en": e["name_en"],
                "category": e["category"],
                "unit": e["unit"],
                "polarity": e["polarity"],
                "aliases": "|".join(e["aliases"]),
                "qualified_aliases": "|".join(qualified) or None,
                "description": e["description"],
                "reference_value": float(ref["value"]) if ref else None,
                "reference_comparator": ref["comparator"] if ref else None,
                "reference_unit": ref["unit"] if ref else None,
                "reference_year": int(ref["target_year"]) if ref else None,
                "reference_source": ref["source"] if ref else None,
            }
        )
    df = pd.DataFrame(out)
    df["reference_value"] = df["reference_value"].astype("Float64")
    df["reference_year"] = df["reference_year"].astype("Int64")
    return df


@lru_cache(maxsize=None)
def indicator_unit(indicator_id: str) -> str | None:
    for e in catalog_entries():
        if e["id"] == indicator_id:
            return e["unit"]
    return None


@lru_cache(maxsize=256)
def _sentence_wide_outside(alias: str) -> tuple[tuple[str, ...], ...]:
    """The qualifiers of the outside_catalog entries marked ``whole_sentence`` that hold for ``alias`` (matching text)."""
    return tuple(tuple(matching_text(q) for q in qa["qualifiers"]) for qa in outside_catalog()
                 if qa.get("whole_sentence") and alias in {matching_text(a) for a in qa["aliases"]})


@lru_cache(maxsize=256)
def _outside_topic_words(alias: str) -> tuple[str, ...]:
    """The words of the outside_catalog entries marked ``whole_sentence`` for ``alias`` (matching text) that a sentence must
    hold for its qualifier to be the topic of the sentence after it (``topic_words``: a vaccine named as such); () when an
    entry sets none (any of its qualifiers is the topic then)."""
    words: list[str] = []
    for qa in outside_catalog():
        if qa.get("whole_sentence") and alias in {matching_text(a) for a in qa["aliases"]}:
            if not qa.get("topic_words"):
                return ()
            words.extend(matching_text(w) for w in qa["topic_words"])
    return tuple(words)


@lru_cache(maxsize=256)
def _outside_programme_words(alias: str) -> tuple[str, ...]:
    """The words of the outside_catalog entries marked ``whole_sentence`` for ``alias`` (matching text) that name the
    catalog's own programme (``programme_words``: 免疫规划): a sentence naming it is no longer on the outside topic."""
    return tuple(matching_text(w) for qa in outside_catalog()
                 if qa.get("whole_sentence") and alias in {matching_text(a) for a in qa["aliases"]} for w in qa.get("programme_words", ()))


def topic_outside_in(match: str, mention: Mention, lo: int, hi: int, index: MentionIndex | None = None, own: int | None = None) -> bool:
    """Whether match[lo:hi], the sentence before the mention's, made something outside the catalog the topic its generic
    alias measures: a qualifier holding for a whole sentence (:func:`qualified_outside_before` with ``own_words``), in a
    sentence that holds one of the entry's topic words (新冠疫苗累计接种68万剂次: the vaccine; not 甲型H1N1流感防控…: the
    disease).  ``own``: where the mention's own sentence starts; when it names the programme (indicators.yaml
    programme_words: 国家免疫规划扎实推进，适龄儿童接种率…) the topic before is left behind."""
    if own is not None and any(match.find(w, own, mention.start) >= 0 for w in _outside_programme_words(mention.alias)):
        return False
    if not qualified_outside_before(match, mention, lo, hi, index, own_words=True):
        return False
    words = _outside_topic_words(mention.alias)
    return not words or any(match.find(w, lo, hi) >= 0 for w in words)


def plain_owners(alias: str) -> tuple[str, ...]:
    """The indicators ``alias`` (matching text) names on its own, without a qualifier."""
    owners = _alias_owners().get(alias)
    return owners[0] if owners is not None else ()


def names_outside(alias: str) -> bool:
    """Whether a qualifier can make the alias (matching text) name something outside the catalog (outside_catalog)."""
    return any(iid is None for iid, _ in _alias_owners()[alias][1])


@lru_cache(maxsize=1)
def alias_table() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """alias -> ((indicator_id, qualifiers), ...); qualifiers empty for plain aliases."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for e in catalog_entries():
        for a in e["aliases"]:
            table.setdefault(matching_text(a), []).append((e["id"], ()))
        for qa in e.get("qualified_aliases", []):
            quals = tuple(matching_text(q) for q in qa["qualifiers"])
            for a in qa["aliases"]:
                table.setdefault(matching_text(a), []).append((e["id"], quals))
    for qa in outside_catalog():  # a qualifier naming something outside the catalog links the alias to nothing
        quals = tuple(matching_text(q) for q in qa["qualifiers"])
        for a in qa["aliases"]:
            table.setdefault(matching_text(a), []).append((None, quals))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _alias_owners() -> dict[str, tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]]:
    """alias -> (indicators it names on its own, (indicator, qualifiers) it names with a qualifier)."""
    return {alias: (tuple(iid for iid, quals in entries if not quals), tuple((iid, quals) for iid, quals in entries if quals))
            for alias, entries in alias_table().items()}


class Mention(NamedTuple):
    """An alias occurrence (immutable; a named tuple because linking creates many of them)."""

    start: int
    end: int
    alias: str


@lru_cache(maxsize=1)
def _alias_automaton():
    """An Aho-Corasick automaton over every alias (pyahocorasick): one pass finds all occurrences, overlapping ones too."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for alias in alias_table():
        automaton.add_word(alias, alias)
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _alias_last_chars() -> re.Pattern:
    """A pattern finding a character an alias ends with (a class of plain characters: scanned for in C)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted({a[-1] for a in alias_table()})) + "]")


@lru_cache(maxsize=1)
def _alias_scan() -> tuple:
    """(the search for a character an alias ends with, the automaton over the aliases): what
    :func:`indicator_mentions` asks for, in one call (it runs for most rates)."""
    return _alias_last_chars().search, _alias_automaton()


def indicator_mentions(match: str, lo: int, hi: int) -> list[Mention]:
    """Every alias occurrence inside match[lo:hi] (overlapping ones too), by start, the longest first."""
    last_char, automaton = _alias_scan()
    if hi <= lo or last_char(match, lo, hi) is None:
        return []  # (an alias inside match[lo:hi] ends there with its last character)
    found = _mentions_found(automaton.iter(match[lo:hi]), lo + 1)
    if len(found) > 1:  # by start, the longest first: two stable sorts by C-level keys
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)
    return found


_START, _END = operator.itemgetter(0), operator.itemgetter(1)  # Mention.start, Mention.end


def _mentions_found(hits, after: int) -> list[Mention]:
    """The automaton's hits ((index of the last character in the slice, alias)) as Mentions; ``after``: the
    slice's start + 1.  (A loop of its own, not a comprehension in the caller: no closure cells made on every call.)"""
    new = tuple.__new__  # (a Mention from its three fields, without the keyword handling)
    out = []
    for last, alias in hits:
        out.append(new(Mention, (after + last - len(alias), after + last, alias)))
    return out


@lru_cache(maxsize=1)
def _qualifier_automaton():
    """An Aho-Corasick automaton over every qualifier of a qualified alias."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for entries in alias_table().values():
        for _, quals in entries:
            for q in quals:
                automaton.add_word(q, q)
    automaton.make_automaton()
    return automaton


class MentionIndex:
    """Where the aliases and the qualifiers of a report (match[lo:hi]) are written.

    A short stretch is searched directly; the first long one makes one pass of each automaton over
    the whole report, after which the occurrences inside any stretch are picked by bisection.  So a
    long line holding many values, or many aliases, is scanned once, not once per value or alias,
    while a report of short clauses pays nothing for the index.
    """

    __slots__ = ("match", "lo", "hi", "_mentions", "_starts", "_qualifiers")

    SHORT = 256  # the longest stretch searched directly

    def __init__(self, match: str, lo: int, hi: int):
        self.match, self.lo, self.hi = match, lo, hi
        self._mentions: list[Mention] | None = None
        self._starts: list[int] = []
        self._qualifiers: dict[str, list[int]] | None = None  # qualifier -> its starts, increasing

    def searched_directly(self, lo: int, hi: int) -> bool:
        """Whether match[lo:hi] is searched directly (a short stretch, or one outside the report), not through the index."""
        return hi - lo <= self.SHORT or lo < self.lo or hi > self.hi

    def within(self, lo: int, hi: int) -> list[Mention]:
        """``indicator_mentions(match, lo, hi)``: the occurrences wholly inside match[lo:hi], by start, the longest first."""
        if self.searched_directly(lo, hi):
            return indicator_mentions(self.match, lo, hi)
        if self._mentions is None:
            self._mentions = indicator_mentions(self.match, self.lo, self.hi)
            self._starts = [x.start for x in self._mentions]
        starts = self._starts
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        return _ending_by(self._mentions[i:j], hi)

    def _qualifier_starts(self) -> dict[str, list[int]]:
        if self._qualifiers is None:
            self._qualifiers = {}
            after = self.lo + 1  # the automaton reports the index of an occurrence's last character in the slice
            for last, q in _qualifier_automaton().iter(self.match[self.lo : self.hi]):
                self._qualifiers.setdefault(q, []).append(after + last - len(q))
        return self._qualifiers

    def find(self, q: str, lo: int, hi: int) -> int:
        """``match.find(q, lo, hi)`` for a qualifier ``q``: where it is first written in match[lo:hi], -1 for none."""
        if self.searched_directly(lo, hi):
            return self.match.find(q, lo, hi)
        starts = self._qualifier_starts().get(q, ())
        k = bisect.bisect_left(starts, lo)  # the first occurrence from lo on, if it ends by hi
        return starts[k] if k < len(starts) and starts[k] + len(q) <= hi else -1

    def rfind(self, q: str, lo: int, hi: int) -> int:
        """``match.rfind(q, lo, hi)`` for a qualifier ``q``: where it is last written in match[lo:hi], -1 for none."""
        if self.searched_directly(lo, hi):
            return self.match.rfind(q, lo, hi)
        starts = self._qualifier_starts().get(q, ())
        k = bisect.bisect_right(starts, hi - len(q)) - 1  # the last occurrence ending by hi, if it starts from lo on
        return starts[k] if k >= 0 and starts[k] >= lo else -1


def _ending_by(mentions: list[Mention], hi: int) -> list[Mention]:
    """The ``mentions`` that end by ``hi`` (a function of its own: a comprehension in the caller makes closure cells on every call)."""
    return [x for x in mentions if x.end <= hi]


def _last_qualifier_pos(match: str, lo: int, hi: int, qualifiers: tuple[str, ...], index: MentionIndex | None = None) -> int:
    """Where one of ``qualifiers`` is last written in match[lo:hi] (the largest ``rfind``), -1 for none."""
    # (a short stretch is searched directly: decided once here, not in a method call per qualifier)
    rfind = match.rfind if index is None or index.searched_directly(lo, hi) else index.rfind
    best = -1
    for q in qualifiers:
        p = rfind(q, lo, hi)
        if p > best:
            best = p
    return best


def _first_qualifier_pos(match: str, lo: int, hi: int, qualifiers: tuple[str, ...], index: MentionIndex | None = None) -> int:
    """Where one of ``qualifiers`` is first written in match[lo:hi] (the smallest ``find``), -1 for none."""
    if index is None or index.searched_directly(lo, hi):
        x = _qualifier_rx(qualifiers).search(match, lo, hi)  # (the leftmost place any of them is written: one search, not a find each)
        return x.start() if x is not None else -1
    best = -1
    for q in qualifiers:  # (a loop, not a comprehension: no closure cells made on every call)
        p = index.find(q, lo, hi)
        if p >= 0 and (best < 0 or p < best):
            best = p
    return best


@lru_cache(maxsize=None)
def _qualifier_rx(qualifiers: tuple[str, ...]) -> re.Pattern:
    """A pattern finding where one of ``qualifiers`` is written (for none, one that finds nothing); built once per
    tuple of qualifiers of the catalog."""
    return re.compile("|".join(map(re.escape, qualifiers)) if qualifiers else r"(?!)")


def resolve_mention(match: str, mention: Mention, clause_start: int, context_start: int, near_start: int | None = None,
                    index: MentionIndex | None = None) -> str | None:
    """Indicator named by ``mention``.

    Qualifiers written in the mention's own clause decide first (one qualified indicator -> it; one
    naming something outside the catalog -> None; several, as in a list of vaccines -> the plain owner
    of the alias).  Then, for an alias that
    stands bare at its clause's start (…从业人员体检率98%,培训率100%), qualifiers earlier in the
    context: one distinct qualified indicator -> it.  Then the plain owner; then the nearest
    qualifier in the context.  An alias with words of its own before it in its clause looks back only
    from ``near_start`` (after the previous rate: in 传染病发病率为0,新生儿破伤风发病率为0 the second
    takes nothing from the first).  ``index``: the report's :class:`MentionIndex`, else the context
    is searched.
    """
    plain, qualified = _alias_owners()[mention.alias]
    if not qualified:
        return plain[0] if plain else None
    local = []
    for iid, quals in qualified:
        p = _first_qualifier_pos(match, clause_start, mention.end, quals, index)
        if p >= 0 and not (iid is None and _class_after_items(match, clause_start, p)) and not _excluded_at(match, clause_start, p):
            local.append((p, iid, quals))
    if len(local) > 1:
        local = _without_outside_inside_longer(match, local)
        listed = _without_kin_beside_catalog(mention.alias, local)
        if len(listed) < len(local) and plain:
            return plain[0]  # (a list of several members, an added one among them: the alias's own, the programme's)
        local = listed
    ids = {iid for _, iid, _ in local}
    if len(ids) == 1:
        return local[0][1]
    if None in ids:  # a qualifier naming something outside the catalog wins (老年人中医药健康管理率)
        return None
    if len(ids) > 1:
        return plain[0] if plain else min((p, iid) for p, iid, _ in local)[1]
    if near_start is not None and not bare_before(match, clause_start, mention.start):
        # (a qualifier of an outside_catalog entry marked whole_sentence earlier in the sentence still holds: in
        # 新冠疫苗累计接种9万剂次，全程接种率91%，加强免疫接种率70% both rates are the COVID vaccine's)
        if _any_qualifier_in(match, context_start, near_start, _sentence_wide_outside(mention.alias), index) \
                and not _any_qualifier_in(match, near_start, clause_start, [quals for _, quals in qualified], index):
            return None
        if near_start > context_start:
            context_start = near_start
    wide = []
    clause_only = _clause_only_qualifiers()
    after_value = _since_value_qualifiers()
    for iid, quals in qualified:
        if clause_only and (mention.alias, quals) in clause_only:
            continue  # (a qualifier that names the rate only in its own clause: outside_catalog in_clause_only)
        lo = context_start
        if after_value and near_start is not None and near_start > lo and (mention.alias, quals) in after_value:
            lo = near_start  # (a qualifier written before the previous value is that value's subject: since_last_value)
        p = _last_qualifier_pos(match, lo, clause_start, quals, index)
        if p >= 0 and not _excluded_at(match, lo, p):
            wide.append((p, iid, quals))
    if len(wide) > 1:
        wide = _without_outside_inside_longer(match, wide)
    if len({iid for _, iid, _ in wide}) == 1:
        return wide[0][1]
    if plain:
        return plain[0]
    return max((p, iid or "") for p, iid, _ in wide)[1] or None if wide else None


def _excluded_at(match: str, lo: int, p: int) -> bool:
    """Whether the qualifier at ``p`` is written right after a word excluding it (法定传染病（不含霍乱等无病例报告病种）…，报告发病率:
    the diseases left out of the count are not what the rate measures)."""
    return _EXCLUDED_BEFORE.search(match, max(lo, p - 4), p) is not None


_EXCLUDED_BEFORE = re.compile(r"(?:不含|不包括|不包含|未含|除去|除了|剔除)[^，。；,;：:（）()]{0,2}$")


@lru_cache(maxsize=1)
def _clause_only_qualifiers() -> frozenset[tuple[str, tuple[str, ...]]]:
    """(alias, qualifier set) of the qualified aliases and outside_catalog entries marked ``in_clause_only`` (matching
    text): the qualifiers name what the alias measures only written in its own clause."""
    entries = [qa for e in catalog_entries() for qa in e.get("qualified_aliases", [])] + list(outside_catalog())
    return frozenset((matching_text(a), tuple(matching_text(q) for q in qa["qualifiers"]))
                     for qa in entries if qa.get("in_clause_only") for a in qa["aliases"])


@lru_cache(maxsize=1)
def _since_value_qualifiers() -> frozenset[tuple[str, tuple[str, ...]]]:
    """(alias, qualifier set) of the outside_catalog entries marked ``since_last_value`` (matching text): written in a
    clause before the alias, the qualifiers name what it measures only after the previous value (乡级服务站技术人员专业水平
    不高，持证上岗率仅70%: the staff's), not before it (从业人员健康体检率97%，持证上岗率100%: the workers are the subject of
    the check-up rate their clause gives)."""
    return frozenset((matching_text(a), tuple(matching_text(q) for q in qa["qualifiers"]))
                     for qa in outside_catalog() if qa.get("since_last_value") for a in qa["aliases"])


def _without_outside_inside_longer(match: str, local: list[tuple[int, str | None, tuple[str, ...]]]) -> list:
    """``local`` ((position, indicator, qualifiers) of the qualifiers written in a mention's clause) without the outside-catalog
    ones written at the place of a longer catalog qualifier (慢性病 inside 慢性病患者规范管理率: the longer qualifier says more)."""
    named = {}
    for p, iid, quals in local:
        if iid is not None:
            named[p] = max(named.get(p, 0), _longest_at(match, p, quals))
    if not named:
        return local
    return [x for x in local if not (x[1] is None and named.get(x[0], 0) > _longest_at(match, x[0], x[2]))]


@lru_cache(maxsize=1)
def _kin_outside() -> frozenset[tuple[str, tuple[str, ...]]]:
    """(alias, qualifier set) of the outside_catalog entries marked ``among_catalog_kin`` (matching text): a qualifier that
    is one member of a list beside the catalog's own members (乙脑 among 脊灰、麻疹、乙脑疫苗接种率)."""
    return frozenset((matching_text(a), tuple(matching_text(q) for q in qa["qualifiers"]))
                     for qa in outside_catalog() if qa.get("among_catalog_kin") for a in qa["aliases"])


def _without_kin_beside_catalog(alias: str, local: list[tuple[int, str | None, tuple[str, ...]]]) -> list:
    """``local`` without the outside-catalog qualifiers marked ``among_catalog_kin`` when a catalog qualifier of the same alias
    is written in the clause too (脊灰、麻疹、乙脑疫苗接种率: a list of the programme's vaccines, the added one among them)."""
    kin = _kin_outside()
    if not kin or not any(iid is not None for _, iid, _ in local):
        return local
    return [x for x in local if not (x[1] is None and (alias, x[2]) in kin)]


def _longest_at(match: str, p: int, quals: tuple[str, ...]) -> int:
    """The length of the longest of ``quals`` written at ``p``."""
    best = 0
    for q in quals:
        if len(q) > best and match.startswith(q, p):
            best = len(q)
    return best


def _class_after_items(match: str, lo: int, p: int) -> bool:
    """Whether the qualifier at ``p`` follows 等 (高血压、糖尿病等慢病患者, 高血压等四种慢病): it names the class of the
    items listed before it, not the subject of the rate — the items do."""
    return _CLASS_AFTER_ITEMS.search(match, max(lo, p - 5), p) is not None


_CLASS_AFTER_ITEMS = re.compile(r"等(?:[一二三四五六七八九十两几0-9]+[种类项个])?$")


def qualified_outside_before(match: str, mention: Mention, lo: int, hi: int, index: MentionIndex | None = None, *,
                             own_words: bool = False) -> bool:
    """Whether match[lo:hi] (the sentence before the mention's segment) names a qualifier that makes the
    mention's generic alias measure something outside the catalog (新冠疫苗累计接种68万剂次；老年人接种率为62%:
    the coverage is the COVID vaccine's, not the programme's).  ``own_words``: the mention has words of its own
    before it in its clause (县域内就诊率90%；基层就诊率65%: 基层 says whose visits): then only the qualifiers
    that hold for a whole sentence (outside_catalog whole_sentence: a vaccine named once) still count."""
    if own_words:
        return _any_qualifier_in(match, lo, hi, _sentence_wide_outside(mention.alias), index)
    _, qualified = _alias_owners()[mention.alias]
    clause_only = _clause_only_qualifiers()
    return _any_qualifier_in(match, lo, hi, [quals for iid, quals in qualified
                                             if iid is None and (mention.alias, quals) not in clause_only], index)


def _any_qualifier_in(match: str, lo: int, hi: int, qualifier_sets, index: MentionIndex | None) -> bool:
    """Whether a qualifier of one of ``qualifier_sets`` is written in match[lo:hi] (a function of its own: a
    generator in the caller makes closure cells on every call, even when it does not run)."""
    for quals in qualifier_sets:
        if _last_qualifier_pos(match, lo, hi, quals, index) >= 0:
            return True
    return False


def clause_start_at(match: str, lo: int, pos: int) -> int:
    """Start of the clause holding ``pos``, not before ``lo``."""
    if _CLAUSE_BREAK_RX.search(match, lo, pos) is None:
        return lo  # no break between lo and pos
    i = pos
    while i > lo and match[i - 1] not in CLAUSE_BREAKS:
        i -= 1
    return i


def _clause_starts(match: str, lo: int, hi: int) -> Callable[[int], int]:
    """pos -> the start of the clause holding ``pos`` in match[lo:hi], not before ``lo`` (the breaks
    are found once, by the first ask)."""
    breaks: list[int] = []
    found = False

    def clause_start(pos: int) -> int:
        nonlocal found
        if not found:
            breaks.extend(x.start() for x in _CLAUSE_BREAK_RX.finditer(match, lo, hi))
            found = True
        k = bisect.bisect_left(breaks, pos)
        return breaks[k - 1] + 1 if k else lo

    return clause_start


class ListHeads:
    """The first member of the alias list (A、B和C均达100%) a mention of ``mentions`` belongs to, walked
    back from it; each mention's walk is remembered, so a long list is walked once, not once per member."""

    __slots__ = ("match", "mentions", "by_end", "heads")

    def __init__(self, mentions: list[Mention], match: str):
        self.match, self.mentions = match, mentions
        self.by_end: dict[int, Mention] | None = None  # the longest mention ending at each position
        self.heads: dict[Mention, Mention] = {}

    def __call__(self, chosen: Mention) -> Mention:
        match, s = self.match, chosen.start
        if s < 1 or match[s - 1] not in LIST_JOINERS:
            return chosen  # the walk below would stop at once
        if self.by_end is None:
            self.by_end = {m.end: m for m in sorted(self.mentions, key=_length)}
        by_end, heads, walked = self.by_end, self.heads, []
        cur = chosen
        while cur not in heads and cur.start - 1 in by_end and match[cur.start - 1] in LIST_JOINERS:
            walked.append(cur)
            cur = by_end[cur.start - 1]
        head = heads.get(cur, cur)
        for m in walked:
            heads[m] = head
        return head


def first_of_list(mentions: list[Mention], chosen: Mention, match: str) -> Mention:
    """Walk back an alias list (A、B和C均达100%) to its first member."""
    return ListHeads(mentions, match)(chosen)


def _length(m: Mention) -> int:
    return m.end - m.start


def _closest_first(m: Mention) -> tuple[int, int]:
    return (-m.end, m.start)


def link_in_span(match: str, lo: int, hi: int, context_start: int | None = None, *, first_in_list: bool = True,
                 near_start: int | None = None, index: MentionIndex | None = None) -> tuple[str | None, Mention | None]:
    """Indicator named in match[lo:hi]: the resolvable alias ending closest to ``hi`` (longest on ties);
    qualifiers of a generic alias are looked for from ``context_start`` (see :func:`resolve_mention`).
    ``index``: the report's :class:`MentionIndex`, else the span is scanned."""
    mentions = index.within(lo, hi) if index is not None else indicator_mentions(match, lo, hi)
    if not mentions:
        return None, None
    ctx = lo if context_start is None else context_start
    if len(mentions) == 1:  # a list of one: no walk
        m = mentions[0]
        iid = resolve_mention(match, m, clause_start_at(match, lo, m.start), ctx, near_start, index)
        return (iid, m) if iid is not None else (None, None)
    heads = ListHeads(mentions, match) if first_in_list else None
    clause_start = _clause_starts(match, lo, hi)
    unresolved: list[Mention] = []  # the mentions a qualifier took outside the catalog
    for m in sorted(mentions, key=_closest_first):
        # (a shorter alias inside a longer one that named nothing is read as the longer one stands: the longer alias's words
        # are no words of its own before it — 全程接种率 after the adults named earlier is no programme's 接种率 — while a
        # qualifier inside the longer alias still decides: 中重度贫血患病率 -> 贫血 + 患病率)
        near = None if unresolved and _inside_any(m, unresolved) else near_start
        if heads is not None:
            m = heads(m)
        iid = resolve_mention(match, m, clause_start(m.start), ctx, near, index)
        if iid is not None:
            return iid, m
        if _any_qualifier_in(match, ctx, m.end, _outside_qualifiers(m.alias), index):
            unresolved.append(m)  # (a qualifier written before took it outside the catalog, not the want of one)
    return None, None


@lru_cache(maxsize=256)
def _outside_qualifiers(alias: str) -> tuple[tuple[str, ...], ...]:
    """The qualifier sets that make ``alias`` (matching text) name something outside the catalog (outside_catalog)."""
    return tuple(quals for iid, quals in _alias_owners()[alias][1] if iid is None)


def _inside_any(m: Mention, outer: list[Mention]) -> bool:
    """Whether ``m`` lies inside one of ``outer``, ending where it ends and shorter (接种率 inside 全程接种率)."""
    for o in outer:
        if o.end == m.end and o.start < m.start:
            return True
    return False


@lru_cache(maxsize=1)
def _population_vocab():
    """(age-group regex, population words longest first, regex finding either, regex finding a
    character either can start with, regex finding a population word, a character every age group holds)."""
    data = load_yaml("statements.yaml")
    from healthdata.extract.cues import grouped_alternation
    from healthdata.extract.numbers import with_first_chars

    words = tuple(sorted(data["populations"], key=len, reverse=True))
    either = f"(?P<age>{data['population_pattern']})|" + grouped_alternation([(w, "") for w in words])
    first = data["population_pattern_first_chars"] + "".join(w[0] for w in words)
    first_rx = re.compile("[" + "".join(re.escape(ch) for ch in dict.fromkeys(first)) + "]")
    return (with_first_chars(data["population_pattern"], data["population_pattern_first_chars"]), words, with_first_chars(either, first), first_rx,
            re.compile(grouped_alternation([(w, "") for w in words])), data["population_pattern_holds"])


@lru_cache(maxsize=1)
def _population_held_rx() -> re.Pattern:
    """A pattern finding the character every age group holds (statements.yaml population_pattern_holds)."""
    return re.compile(re.escape(_population_vocab()[5]))


@lru_cache(maxsize=1)
def _population_scan() -> tuple:
    """(age-group regex, regex finding either, regex finding a population word, the search for the character every age
    group holds): what :func:`population_from` asks of :func:`_population_vocab`, in one call (it runs for most values)."""
    age, _, either, _, words_only, _ = _population_vocab()
    return age, either, words_only, _population_held_rx().search


def population_first_rx() -> re.Pattern:
    """A pattern finding a character a population (age group or population word) can start with:
    where it finds none, :func:`population_between` finds no population."""
    return _population_vocab()[3]


def population_in(phrase: str) -> str | None:
    """The population a phrase names (3岁以下儿童, 农村, 城镇职工 …), or None."""
    return population_between(phrase, 0, len(phrase))


def population_between(match: str, lo: int, hi: int) -> str | None:
    """The population match[lo:hi] names: its first age group (3岁以下儿童), else the longest population
    word in it (农村, 城镇职工 …), else None.  Searched in place (the patterns have no anchors or look-arounds)."""
    f = _population_vocab()[3].search(match, lo, hi)  # a class of plain characters is scanned for many times faster than the pattern
    return population_from(match, lo, f.start(), hi) if f is not None else None


def population_from(match: str, lo: int, first: int, hi: int) -> str | None:
    """:func:`population_between` of match[lo:hi] where ``first`` is the first position in it holding a
    character a population can start with (see :func:`population_first_rx`)."""
    age, either, words_only, held = _population_scan()
    # (where no age group can match, a plain alternation of the words is scanned for in C)
    aged = held(match, first, hi) is not None  # (a search: cheaper than str.find with bounds)
    e = (either if aged else words_only).search(match, first, hi)
    if e is None:
        return None  # neither an age group nor a population word (none can start before the first character one starts with)
    if aged and e.group("age") is not None:
        return e.group()  # the first match is an age group: the first age group (either tries one first at each place)
    m = age.search(match, e.start() + 1, hi) if aged else None  # (no age group starts before the word either found, nor where it starts)
    if m:
        return m.group(0)
    return first_population_word(match, lo, hi)


@lru_cache(maxsize=1)
def _population_word_automaton():
    """An Aho-Corasick automaton over the population words, each word's value its place among them
    (longest first, as :func:`_population_vocab` orders them)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for k, w in reversed(list(enumerate(_population_vocab()[1]))):  # (a repeated word keeps its first place)
        automaton.add_word(w, k)
    automaton.make_automaton()
    return automaton


def first_population_word(match: str, lo: int, hi: int) -> str | None:
    """The first of the population words (longest first) written anywhere in match[lo:hi], or None: every
    occurrence, overlapping ones too, found in one pass of an automaton (not one search per word)."""
    places = [k for _, k in _population_word_automaton().iter(match[lo:hi])]
    return _population_vocab()[1][min(places)] if places else None


def qualifier_across(text: str, cuts: list[int]) -> bool:
    """Whether a qualifier of a qualified alias is written across one of ``cuts`` (positions in ``text`` where a hard wrap
    or a page break was taken out: 乙 / 肝疫苗首针及时接种率 joined to 乙肝疫苗…)."""
    if not cuts:
        return False
    after = 1  # (the automaton reports the index of an occurrence's last character)
    for last, q in _qualifier_automaton().iter(text):
        end = last + after
        a = end - len(q)
        for c in cuts:
            if a < c < end:
                return True
    return False


@lru_cache(maxsize=1)
def _collective_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(collective name as matching text, the indicators of its members in order): indicators.yaml collective_names,
    the longest name first."""
    names = _indicator_vocab().get("collective_names", {})
    return tuple(sorted(((matching_text(k), tuple(v)) for k, v in names.items()), key=lambda x: -len(x[0])))


def collective_members(match: str, lo: int, hi: int, n: int) -> tuple[str, ...] | None:
    """The indicators of the members of a collective name written in match[lo:hi] (“五苗”接种率: the five programme
    vaccines), in the order the name lists them, when it has ``n`` members (one per value of a distributive list), else None."""
    for name, members in _collective_names():
        if len(members) == n and match.find(name, lo, hi) >= 0:
            return members
    return None


def link_indicator(phrase: str) -> tuple[str | None, str | None]:
    """(indicator_id, population) for an indicator phrase as written, e.g. '3岁以下儿童系统管理率'."""
    m = matching_text(phrase)
    iid, _ = link_in_span(m, 0, len(m))
    return iid, population_in(m)
