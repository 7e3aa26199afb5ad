"""Place names of issuing bureaus, resolved with the jionlp gazetteer.

jionlp's dictionary takes a second to load and its parser milliseconds per name, so the result of
:func:`resolve_place` for every city- and county-level name of the gazetteer is kept in
``places.json`` beside this module, made with jionlp itself (``python -m
healthdata.normalize.places`` writes it) and stamped with jionlp's version.  A build looks names
up there and never imports jionlp; with another jionlp version installed the table is ignored and
jionlp answers, so a result never differs from the installed gazetteer's.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import lru_cache
from importlib import metadata, resources

from healthdata.fastsearch import RunSearch
from healthdata.vocab import load_yaml

LEVEL_RANK = {"county": 0, "district": 0, "city": 1, "province": 2}


@lru_cache(maxsize=1)
def _jionlp():
    """jionlp, imported once per process (worker)."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp
    return jionlp


@lru_cache(maxsize=1)
def known_place_names() -> frozenset[str]:
    """Every city- and county-level name in the jionlp gazetteer, current and historical
    (潞城市 became 潞城区 in 2018): a cheap filter before the gazetteer's parser runs."""
    jio = _jionlp()
    names = set()
    for prov, cities in jio.china_location_loader().items():
        for city, counties in cities.items():
            if city.startswith("_"):
                continue
            names.add(city)
            if isinstance(counties, dict):
                names.update(c for c in counties if not c.startswith("_"))
    for change in jio.china_location_change_loader():
        for level in change["old_loc"][1:]:
            if level and level[0]:
                names.add(level[0])
        names.update(n for n in change["new_loc"][1:] if n)
    return frozenset(names)


TABLE = "places.json"
FIELDS = ("province", "city", "county", "admin_level")


@lru_cache(maxsize=1)
def place_table() -> dict[str, dict | None] | None:
    """{name: :func:`resolve_place` of it} for every known place name, read from ``places.json``;
    None when the table is missing or was made with another jionlp version than the installed one."""
    try:
        data = json.loads(resources.files(__package__).joinpath(TABLE).read_text(encoding="utf-8"))
        installed = metadata.version("jionlp")
    except (OSError, ValueError, metadata.PackageNotFoundError):
        return None
    if data.get("jionlp") != installed:
        return None
    return {name: dict(zip(FIELDS, row)) if row else None for name, row in data["places"].items()}


def place_table_data() -> dict:
    """The content of ``places.json``, computed with the installed jionlp (about ten seconds)."""
    rows = {}
    for name in sorted(known_place_names()):
        found = gazetteer_place(name)
        rows[name] = [found[f] for f in FIELDS] if found else None
    return {"jionlp": metadata.version("jionlp"), "places": rows}


def write_place_table(path=None) -> None:
    """Write ``places.json`` (beside this module unless ``path`` is given), one name per line."""
    data = place_table_data()
    lines = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
             for k, v in data["places"].items()]
    text = "{\"jionlp\": " + json.dumps(data["jionlp"]) + ", \"places\": {\n" + ",\n".join(lines) + "\n}}\n"
    target = path or resources.files(__package__).joinpath(TABLE)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


@lru_cache(maxsize=None)
def resolve_place(name: str) -> dict | None:
    """Gazetteer entry for a place name: province, city, county and admin level; None if unknown.

    jionlp's ``parse_location`` knows historical names (潞城市 is now 潞城区 of 长治市); a
    county-level city (县级市) resolves to ``admin_level='county'``.  Looked up in
    :func:`place_table` when it matches the installed jionlp, else worked out by jionlp.
    """
    table = place_table()
    found = table.get(name) if table is not None else gazetteer_place(name)
    if found is not None:
        return found
    return short_autonomous_place(name) or former_county_place(name)


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Every city- and county-level name of the gazetteer: :func:`place_table`'s, or jionlp's when the table is not the
    installed jionlp's."""
    table = place_table()
    return tuple(table) if table is not None else tuple(sorted(known_place_names()))


@lru_cache(maxsize=1)
def autonomous_names() -> dict[str, tuple[str, ...]]:
    """{suffix: names} of the gazetteer's autonomous prefectures (…自治州) and autonomous counties (…自治县), by the short
    suffix a page writes them with (州, 县)."""
    names = place_names()
    return {"州": tuple(sorted(n for n in names if n.endswith("自治州"))),
            "县": tuple(sorted(n for n in names if n.endswith("自治县")))}


def short_autonomous_place(name: str) -> dict | None:
    """An autonomous prefecture or county in the short form pages and their own bureaus use: the name's stem (two
    characters or more) and 州 or 县 without the nationalities (延边州 for 延边朝鲜族自治州, 恩施州, 临夏州; 陵水县 for
    陵水黎族自治县), when exactly one place of the gazetteer has that stem; None otherwise.  (A full name the gazetteer knows
    is looked up before: 临夏县 and 临夏市 are places of their own.)"""
    stem, suffix = name[:-1], name[-1:]
    if len(stem) < 2 or suffix not in ("州", "县") or stem.endswith(("自治", "族")):
        return None
    full = [n for n in autonomous_names()[suffix] if n.startswith(stem)]
    if len(full) != 1:
        return None
    table = place_table()
    return table.get(full[0]) if table is not None else gazetteer_place(full[0])


@lru_cache(maxsize=1)
def district_names() -> tuple[str, ...]:
    """The gazetteer's districts (…区 at level ``district``), sorted: the successors a former county may have."""
    names = place_names()
    return tuple(sorted(n for n in names if n.endswith("区") and (resolve_known(n) or {}).get("admin_level") == "district"))


def resolve_known(name: str) -> dict | None:
    """The gazetteer's own entry of ``name`` (the table's or jionlp's), without the fallbacks of :func:`resolve_place`."""
    table = place_table()
    return table.get(name) if table is not None else gazetteer_place(name)


def former_county_place(name: str) -> dict | None:
    """A county under the name it had before it became a district of its city (郫县, now 郫都区 of 成都市; 蓟县, now 蓟州区; 梅县,
    now 梅县区; 崇明县, now 崇明区), which the gazetteer knows only by the new name: the one district whose name is the old one
    and 区 (梅县区), or its stem and 区 or one character and 区 (崇明区, 郫都区, 蓟州区), filed where that district is, at the
    county's level; None when no district or several answer (梅 names 梅县区 and 梅江区: only 梅县区 starts with 梅县)."""
    if not name.endswith("县") or len(name) < 2:
        return None
    stem = name[:-1]
    found = [d for d in district_names() if d.startswith(name)] or \
        [d for d in district_names() if d.startswith(stem) and len(stem) + 1 <= len(d) <= len(stem) + 2]
    if len(found) != 1:
        return None
    new = resolve_known(found[0])
    return {"province": new["province"], "city": new["city"], "county": name, "admin_level": "county"}


def gazetteer_place(name: str) -> dict | None:
    """:func:`resolve_place` worked out by jionlp itself."""
    if name not in known_place_names():
        return None
    try:
        loc = _jionlp().parse_location(name, change2new=True)
    except Exception:  # the gazetteer raises on some odd strings
        return None
    prov, city, county = loc.get("province"), loc.get("city"), loc.get("county")
    if not prov:
        return None
    stem = name[:-1]
    names = [n for n in (county, city, prov) if n]
    if not any(n.startswith(stem) or stem.startswith(n[:-1]) for n in names):
        return None  # the gazetteer guessed from a fragment
    if county and (county.startswith(stem) or name == county):
        # (a 区 with no city above it, directly under its province, is a county-level unit, not a city's district:
        # 神农架林区)
        level = "district" if name.endswith("区") and city else "county"
    elif city and city.startswith(stem):
        level = "province" if city == prov else "city"  # 天津市, 重庆市: province-level municipalities
    else:
        return None
    return {"province": prov, "city": city, "county": county if level in ("county", "district") else None,
            "admin_level": level}


@lru_cache(maxsize=1)
def _place_patterns():
    v = load_yaml("documents.yaml")
    # (the names searched in the runs of Han characters holding a suffix only: fastsearch.RunSearch)
    return (RunSearch(f"{v['place_pattern']}|{v['prefecture_short_pattern']}"), re.compile(f"(?:{v['place_stopwords']})"),
            re.compile(f"(?:{v['place_external_before']})$"), re.compile(f"^(?:{v['place_external_after']})"),
            re.compile(v["one_character_county_after"]))


# the longest place name read (双江拉祜族佤族布朗族傣族自治县, fifteen characters)
PLACE_TAIL_CHARS = 15


@lru_cache(maxsize=None)
def place_tail(name: str) -> int | None:
    """Offset in ``name`` of its longest tail (at most ``PLACE_TAIL_CHARS`` characters: 神农架林区, 北川羌族自治县 end in 县 too,
    琼中黎族苗族自治县 is nine characters) that is a known place (出台了潞城市 -> 潞城市), else None; worked out once per distinct
    candidate."""
    stop = _place_patterns()[1]
    for k in range(max(0, len(name) - PLACE_TAIL_CHARS), len(name) - 2):
        tail = name[k:]
        if not stop.fullmatch(tail) and resolve_place(tail):
            return k
    return None


def place_candidates(match_text: str) -> list[str]:
    """Place-like names in a text, in order of appearance (stop-words removed)."""
    pattern, _, external_before, external_after, county_body = _place_patterns()
    out = []
    for m in one_character_counties(match_text, county_body):
        if not external_before.search(match_text[max(0, m.start() - 4):m.start()]):
            out.append((m.start(), m.group(1)))
    for m in pattern.finditer(match_text):
        group = "name" if m.group("name") else "short"  # (an autonomous prefecture's short form: 延边州)
        name = m.group(group)
        k = place_tail(name)
        if k is not None:
            tail = name[k:]
            start = m.start(group) + k
            before = match_text[max(0, start - 4):start]
            after = match_text[m.end(group):m.end(group) + 4]
            if not (external_before.search(before) or external_after.search(after)):
                out.append((start, tail))
    return [name for _, name in sorted(out, key=lambda p: p[0])]


# (after the start, a non-Han character, a place above it or a word that leads to a body: 从攸县卫生局, 阿坝州茂县卫生局; not the
# last character of a longer name the gazetteer does not know, 禾丰县)
_ONE_CHARACTER_COUNTY = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[从在由向据经与和及的省市州区县旗]))([\u4e00-\u9fff]县)")


def one_character_county_matches(match_text: str) -> list[re.Match]:
    """``_ONE_CHARACTER_COUNTY.finditer(match_text)``, asked only where a 县 stands (every match is a character and 县:
    the pattern opens on lookbehinds, which ``re`` tries at every character of a page)."""
    out, done, find, at = [], 0, match_text.find, _ONE_CHARACTER_COUNTY.match
    j = find("县", 1)
    while j > 0:
        if j - 1 >= done and (m := at(match_text, j - 1)) is not None:  # (matches do not overlap, as finditer's)
            out.append(m)
            done = m.end()
        j = find("县", j + 1)
    return out


def one_character_counties(match_text: str, bureau: re.Pattern) -> list[re.Match]:
    """Counties whose name is one character and 县 (攸县, 茂县, 歙县), named as a health bureau (攸县卫生局, 茂县卫健局), a government,
    a yearbook or a meeting's host (``bureau``: documents.yaml ``one_character_county_after``): the
    place pattern wants two characters before the suffix, and a bare 和县 or 新县 is as often a pair of words (卫生局和县医院)
    as a place; not the tail of a longer known name (长沙县)."""
    out = []
    for m in one_character_county_matches(match_text):
        if not bureau.match(match_text, m.end()) or not resolve_place(m.group(1)):
            continue
        if any(resolve_place(match_text[k:m.end()]) for k in range(max(0, m.start() - 5), m.start())):
            continue
        out.append(m)
    return out


def bureau_place(match_text: str, own_suffix: str | tuple[str, ...] | None) -> tuple[str | None, dict | None]:
    """The issuing bureau's place: among named places with the bureau's own suffix (市/县/区), one
    named as a health bureau (某市卫生局), then the lowest-level one, then the most frequent.  Superior
    bodies (长治市 above 潞城市) and subordinate districts named in passing lose to that rule."""
    cands = [c for c in place_candidates(match_text) if own_suffix is None or c.endswith(own_suffix)]
    if not cands:
        return None, None
    counts = Counter(cands)
    bureau = _place_patterns()[4]
    # (a place named as a health bureau, 鞍山市卫生局联合…, is the bureau's own before subordinates it names in passing, 海城市 |
    # 688; not the last of a list of bureaus, 晋江市、南安市卫生局在会上作了交流发言)
    named = {c for c in counts if re.search("(?<![、和及与])" + re.escape(c) + f"(?:{bureau.pattern})", match_text)}
    best = min(counts, key=lambda c: (c not in named, LEVEL_RANK[resolve_place(c)["admin_level"]], -counts[c], cands.index(c)))
    return best, resolve_place(best)


@lru_cache(maxsize=1)
def province_names() -> tuple[str, ...]:
    """The full names of the provinces, autonomous regions and province-level municipalities the gazetteer files its places
    under (湖南省, 广西壮族自治区, 北京市), longest first."""
    table = place_table()
    rows = table.values() if table is not None else (gazetteer_place(n) for n in known_place_names())
    return tuple(sorted({r["province"] for r in rows if r and r.get("province")}, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def _province_pattern() -> re.Pattern:
    return re.compile("|".join(map(re.escape, province_names())))


def province_place(match_text: str) -> tuple[str | None, dict | None]:
    """The province a province-level text names most (its first named among equals: 湖南省卫生健康委…全省), with its gazetteer
    fields; (None, None) when it names none."""
    _, _, external_before, _, _ = _place_patterns()
    names = [m.group(0) for m in _province_pattern().finditer(match_text)
             if not external_before.search(match_text[max(0, m.start() - 4):m.start()])]
    if not names:
        return None, None
    counts = Counter(names)
    best = max(counts, key=lambda n: (counts[n], -names.index(n)))
    return best, {"province": best, "city": best if best.endswith("市") else None, "county": None, "admin_level": "province"}


if __name__ == "__main__":
    write_place_table(sys.argv[1] if len(sys.argv) > 1 else None)
