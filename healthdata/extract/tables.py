"""Values in tables whose unit stands in a column of its own, read row by row (rates, and in rows of
cells also counts and money: ``床位数 | 张 | 2 150``, ``卫生总费用（万元） | 86 520``).

Two shapes are read:

* rows of cells split by ``|``, tabs or runs of spaces (``新生儿死亡率 | ‰ | <4``): a cell holding only a rate unit (or the row's
  cell under a ``单位`` header, or a unit in brackets after the indicator: ``婴儿死亡率(‰) | 3.5``) gives its
  unit to the number cells of the row; else a unit in brackets in a column's header cell (``2020年(%)``)
  or a caption right above the table (``（单位：%）``); the row's first cell names the indicator;
* one cell per line (``新生儿死亡率`` / ``‰`` / ``<4`` on three lines): a line holding only a unit gives
  its unit to the number on the next line; the line before the unit names the indicator;
* a line naming an indicator with its rate unit in brackets, then a colon and its bare values (a plan's list of
  targets: ``婴儿死亡率（‰）：6以下``): the bracket's unit is the unit of the line's bare numbers.

A number cell holds one number, optionally with a comparator sign or word (<4, ≥95, 90以上) or a
minus (-0.4 under 比上年增减: quantities.yaml minus_signs); a cell may mask its digits (**, 9x.x: the value is
redacted); its
decimal point may be written 。 (91。2), as some pages do.  Years
(a four-digit number from 1900 to 2100) are headers, not values.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from healthdata.extract.numbers import NumberToken, quantity_vocab
from healthdata.vocab import load_yaml

__all__ = ["TableValue", "table_values", "unit_of_cell"]

_MASK = re.escape(quantity_vocab()["mask_chars"])
# a number's own sign written into its cell (-1.8 under 比上年增减: quantities.yaml minus_signs, plus_signs)
_SIGN = f"[{re.escape(quantity_vocab()['minus_signs'] + quantity_vocab()['plus_signs'])}]?"
_NUMBER_CELL = re.compile(r"\s*(?:[<>≤≥]=?|不低于|不高于|低于|高于)?\s*(?P<num>" + _SIGN + r"(?:[0-9]{1,3}(?: [0-9]{3})+(?:[.。][0-9]+)?|[0-9]+(?:[.。][0-9]+)?"
                          f"|[0-9{_MASK}]*[{_MASK}][0-9{_MASK}]*(?:[.。][0-9{_MASK}]+)?))"
                          r"\s*(?:以上|以下|以内|左右)?\s*")
@lru_cache(maxsize=1)
def _unit_headers() -> tuple[str, ...]:
    """The header cells over a table's unit column (单位, 计量单位: quantities.yaml table_unit_headers)."""
    return tuple(quantity_vocab()["table_unit_headers"])


def _unit_header_line(match: str, lo: int, pos: int) -> tuple[int, int]:
    """(the break before the last unit header line before ``pos``, the break after it), (-1, -1) for none."""
    best = (-1, -1)
    for h in _unit_headers():
        at = match.rfind("\n" + h + "\n", max(0, lo - 1), max(lo, pos))
        if at > best[0]:
            best = (at, at + len(h) + 1)
    return best
_LONGEST_UNIT_LINE = 12  # a line holding only a unit is no longer (spaces included)


class TableValue(NamedTuple):
    token: NumberToken
    subject: tuple[int, int]  # the span of the cell or line naming what the value measures
    statement: str | None = None  # how its column's header says it is stated (目标值: target), if it does
    comparator: str | None = None  # the bound its column's header writes (目标值（≥）: >=), if it does
    header: tuple[int, int] | None = None  # the span of its column's header cell (in rows of cells), if any


@lru_cache(maxsize=1)
def _column_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from healthdata.vocab import load_yaml

    return tuple((kind, tuple(words)) for kind, words in load_yaml("statements.yaml")["table_column_statements"].items())


@lru_cache(maxsize=1)
def _pace_words() -> tuple[str, ...]:
    return tuple(load_yaml("statements.yaml")["table_column_pace"])


def column_statement(header: str) -> str | None:
    """How a column's values are stated, from its header cell (目标值 -> target, 完成值 -> actual), else None.  A word of
    change that is part of a rate's name (自然增长率（‰）: the natural growth rate, a level) says nothing; the pace of the
    year gone by (序时进度) is the level required, a target."""
    if any(w in header for w in _pace_words()):
        return "target"
    for kind, words in _column_words():
        if any(w in header and not _names_a_rate(header, w) for w in words):
            return kind
    return None


def _names_a_rate(header: str, word: str) -> bool:
    """Whether every ``word`` in ``header`` is the middle of a rate's name: 率 after it and a Han name before it that is
    no comparison (自然增长率, 人口增长率; not 增长率(%) alone, not 比上年增长率)."""
    at = header.find(word)
    while at >= 0:
        before = header[:at].rstrip()
        if not (header.startswith("率", at + len(word)) and before and _HAN.match(before[-1])
                and not before.endswith(_COMPARISONS)):
            return False
        at = header.find(word, at + 1)
    return True


_COMPARISONS = ("比上年", "较上年", "比去年", "较去年", "同比", "比上年同期", "较上年同期", "环比")


@lru_cache(maxsize=1)
def _unit_forms() -> dict[str, str]:
    forms = {}
    for form, unit in quantity_vocab()["rate_units"].items():
        if unit == "percentage_points" or form in quantity_vocab().get("rate_unit_scales", {}):
            continue
        forms[form] = unit
        if form.startswith("/"):
            forms["1" + form] = unit  # 1/10万
    return forms


def unit_of_cell(text: str) -> str | None:
    """The unit a cell holding only a rate unit names (%, ‰, /10万, 1/10万), else None."""
    return _unit_forms().get(text.replace(" ", "").replace("\u3000", ""))


# what separates the cells of a row: |, a tab, or (on a row without | or tabs) a run of two or more spaces
# or of ideographic spaces
_CELL_SEPARATOR = re.compile(r"[|｜\t]")
_SPACE_SEPARATOR = re.compile(r" {2,}|\u3000+"
                              # ... and, in such a row, a single space before a number after a unit or a name (‰ 13.5, /10万
                              # 47.4, 哈尔滨市 14.2: an ideographic space, which the matching text writes as one space) or
                              # after a number with decimals (14.2 5.8); not inside a number (1 460: a thousands group)
                              r"|(?<=[^\s\d.,]) (?=\d)|(?<=\.\d) (?=\d)|(?<=\.\d\d) (?=\d)|(?<=\.\d\d\d) (?=\d)")
# a row whose cells are split by spaces: at least two such runs between non-space characters
_SPACED_ROW = re.compile(load_yaml("segment.yaml")["table_row_spaced"])


def _separators(match: str, a: int, b: int) -> list[tuple[int, int]]:
    found = [m.span() for m in _CELL_SEPARATOR.finditer(match, a, b)]
    if not found and _SPACED_ROW.search(match, a, b):
        found = [m.span() for m in _SPACE_SEPARATOR.finditer(match, a, b)]
    return found


def _cells(match: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the cells of the line match[a:b] (split by |, tabs or runs of spaces; empty edge cells dropped)."""
    out, s = [], a
    for x, y in _separators(match, a, b) + [(b, b)]:
        out.append((s, x))
        s = y
    return [(x, y) for x, y in out if match[x:y].strip()]


def _number_in(match: str, a: int, b: int, years_too: bool = False) -> tuple[int, int] | None:
    """The span of the number a cell holds (a four-digit year from 1900 to 2100 is a header, unless
    ``years_too``: a count of 2 012 people is written so), else None."""
    m = _NUMBER_CELL.fullmatch(match, a, b)
    if m is None:
        return None
    num = m.group("num")
    if not years_too and len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100:
        return None
    return m.span("num")


def _rate_in_cell(match: str, a: int, b: int) -> NumberToken | None:
    """The rate a cell writes with its own unit (108.8%, 3.2‰) as a token, else None: a value of its row and column
    like the bare numbers beside it, its unit its own."""
    x = _RATE_CELL.fullmatch(match, a, b)
    if x is None:
        return None
    return NumberToken(x.start("num"), x.end("unit"), x.group("num"), 1.0, _RATE_SIGNS[x.group("unit")], None, False)


_RATE_CELL = re.compile(r"\s*(?P<num>" + _SIGN + r"[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>[%‰])\s*")
# (a signed cell, -1.8%, in a column of changes: the sign is the value's)
_RATE_SIGNS = {"%": "percent", "‰": "per_mille"}


Unit = tuple[str, str | None, float]  # (unit, count unit, multiplier): ("per_mille", None, 1.0), ("yuan", "元", 10000.0)


def _token(match: str, span: tuple[int, int], unit: str | Unit) -> NumberToken:
    s, e = span
    unit, count_unit, multiplier = (unit, None, 1.0) if isinstance(unit, str) else unit
    return NumberToken(s, e, match[s:e], multiplier, unit, count_unit, False, unit_implicit=True)


@lru_cache(maxsize=1)
def _quantity_unit_rx() -> re.Pattern:
    """A cell naming a measure word or money unit, with an optional multiplier (个, 张, 万人次, 万元, 亿元)."""
    v = quantity_vocab()
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?P<mult>{alt(v['multipliers'])}|亿)?(?P<unit>{alt(list(v['count_units']) + list(v['money_units']))})")


def cell_unit(text: str) -> Unit | None:
    """The unit a cell holding only a unit names: a rate unit (%, ‰, 1/10万; see :func:`unit_of_cell`), a
    measure word or a money unit with its multiplier (张, 万人次, 万元), else None."""
    rate = unit_of_cell(text)
    if rate is not None:
        return rate, None, 1.0
    if text.strip() in quantity_vocab()["table_unit_cells_of_days"]:
        return "count", text.strip(), 1.0
    x = _quantity_unit_rx().fullmatch(text.replace(" ", "").replace("\u3000", ""))
    if x is None:
        return None
    v = quantity_vocab()
    mult = x.group("mult")
    multiplier = 1.0 if mult is None else 100000000.0 if mult == "亿" else float(v["multipliers"][mult])
    unit = x.group("unit")
    return ("yuan", unit, multiplier) if unit in v["money_units"] else ("count", unit, multiplier)


@lru_cache(maxsize=1)
def _unit_line_rx() -> re.Pattern:
    """A line break followed by a line that can hold only a unit (short, not empty, and written only with the
    characters of the unit forms, measure words, money units, their multipliers and spaces: what
    :func:`cell_unit` reads), and the break ending that line.
    (An empty line names no unit: blank lines between paragraphs are not looked at.)"""
    v = quantity_vocab()
    words = list(_unit_forms()) + list(v["count_units"]) + list(v["money_units"]) + list(v["multipliers"]) + ["亿"]
    chars = "".join(re.escape(ch) for ch in sorted(set("".join(words)) | {" ", "\u3000"}))
    return re.compile(rf"\n(?=([{chars}]{{1,{_LONGEST_UNIT_LINE}}})\n)")


def unit_line_values(match: str, lo: int, hi: int, unit_cells: list | None = None) -> list[TableValue]:
    """The values of one-cell-per-line tables in match[lo:hi]: a line holding only a unit, between the
    line naming the indicator and the line holding the number.  Only the short lines written with
    the characters of units are looked at (found by one scan), not every line.  The spans of the unit lines of such tables are appended to
    ``unit_cells`` when given."""
    out: list[TableValue] = []
    for x in _unit_line_rx().finditer(match, lo, hi):
        a = x.end()  # the short line is match[a:b]; a line before it and one after it exist
        b = a + len(x.group(1))
        if b + 1 >= hi:
            continue
        unit = unit_of_cell(match[a:b])
        before = match.rfind("\n", lo, x.start())
        lines = _value_header_lines(match, lo, before)
        last = _unit_last_headers(match, lo, before) if not lines else None
        if unit is None:
            # a line holding only a measure word or money unit (张, 万人次) names the unit of the next line's
            # number only in a table with a 单位 header: alone, such a line is too common to trust
            unit = cell_unit(match[a:b]) if lines is not None or last else None
            if unit is None:
                continue
        if last:  # the unit closes its row (指标 / 2031年 / 比上年增减 / 单位, then 诊疗人次 / 186.4 / 3.2% / 万人次)
            row = _row_before_unit(match, lo, x.start(), unit, last)
            if row:
                if unit_cells is not None:
                    unit_cells.append((a, b))
                out.extend(row)
            continue
        if unit_cells is not None:
            unit_cells.append((a, b))
        subject = (before + 1 if before >= 0 else lo, x.start())
        headers = column_statements(lines or [])
        units = [_column_or_row_unit(unit, bracket_unit(h, 0, len(h))[0]) for h in lines or []]
        # the number on the next line, and on each line after it that holds a number (a table with
        # several value columns: 目标值 / 完成值), each stated as its column's header says
        k, ls = 0, b + 1
        while ls < hi:
            nb = match.find("\n", ls, hi)
            le = hi if nb < 0 else nb
            its_unit = units[k] if k < len(units) else unit
            span = _number_in(match, ls, le, years_too=its_unit[0] in ("count", "yuan"))
            if span is None and k < len(headers) - 1 and _EMPTY_CELL.fullmatch(match, ls, le):
                k, ls = k + 1, le + 1  # a column with no figure in this row (— under 2015年): the next line is the next column's
                continue
            own = _rate_in_cell(match, ls, le) if span is None and k < len(headers) and headers[k] is not None else None
            if own is not None:  # a headed column's cell writing its own rate unit (完成率 / 104.5%): its column says how it is stated
                out.append(TableValue(own, subject, headers[k]))
                k, ls = k + 1, le + 1
                continue
            if span is None or (k and not headers) or (headers and k >= len(headers) and _SERIAL_CELL.fullmatch(match, ls, le)):
                break  # (past the headed columns, a row's number in a 序号 column opens the next row)
            out.append(TableValue(_token(match, span, its_unit), subject,
                                  headers[k] if k < len(headers) else None))
            k, ls = k + 1, le + 1
    return out


def _unit_last_headers(match: str, lo: int, pos: int) -> list[str] | None:
    """The header lines of the value columns of a one-cell-per-line table whose 单位 column comes last (指标 / 2031年 /
    比上年增减 / 单位: the value headers stand before the 单位 line, none after it), the last such header before ``pos``;
    None without one."""
    at = _unit_header_line(match, lo, pos)[0]
    if at < 0:
        return None
    lines: list[str] = []
    le = at
    while le > lo:
        ls = match.rfind("\n", lo, le) + 1
        line = match[ls:le].strip()
        if column_statement(line) is None and not _year_or_period_header(line):
            break
        lines.append(line)
        le = ls - 1
    return lines[::-1] or None


def _row_before_unit(match: str, lo: int, unit_break: int, unit: Unit | str, headers: list[str]) -> list[TableValue]:
    """The values of a row whose unit cell closes it (诊疗人次 / 186.4 / 3.2% / 万人次, its unit line after the line break at
    ``unit_break``): one number per value column on the lines before the unit, the row's name on the line before them;
    [] where the lines do not hold that."""
    spans: list[tuple[int, int]] = []
    le = unit_break
    for _ in headers:
        ls = match.rfind("\n", lo, le) + 1
        if ls <= lo:
            return []
        spans.append((ls, le))
        le = ls - 1
    name_s, name_e = match.rfind("\n", lo, le) + 1, le
    if _number_in(match, name_s, name_e, years_too=True) is not None or not match[name_s:name_e].strip() \
            or match[name_s:name_e].strip() in headers:
        return []  # the line before the values is no row name
    kinds = column_statements(headers)
    out = []
    for (ls, le), kind in zip(reversed(spans), kinds):
        own = _rate_in_cell(match, ls, le)
        if own is not None:
            out.append(TableValue(own, (name_s, name_e), kind))
            continue
        span = _number_in(match, ls, le, years_too=(unit if isinstance(unit, str) else unit[0]) in ("count", "yuan"))
        if span is None:
            if _EMPTY_CELL.fullmatch(match, ls, le):
                continue
            return []
        out.append(TableValue(_token(match, span, unit), (name_s, name_e), kind))
    return out


def is_column_header_line(match: str, lo: int, a: int, b: int) -> bool:
    """Whether the line match[a:b] is a header cell of a one-cell-per-line table (指标 / 单位 / 年度目标 /
    实际完成: 年度目标 names the column of targets, it heads no plan section)."""
    lines = _value_header_lines(match, lo, b)
    if bool(lines) and lines[-1] == match[a:b].strip() or _next_line_heads_a_column(match, b):
        return True
    return any((at := match.rfind("\n" + name + "\n", max(0, lo - 1), a)) >= 0 and (found := _name_header_columns(match, lo, len(match), at + 1))
               is not None and match[a:b].strip() in found[0] and found[1] > a for name in _name_headers())


def _next_line_heads_a_column(match: str, b: int) -> bool:
    """Whether the line after the one ending at ``b`` is a short header cell of a value column as well (a header row printed
    a cell a line without a 单位 column: 指标 / 年度目标 / 实际完成 / 完成率): no heading is followed by a column's name."""
    if not match.startswith("\n", b):
        return False
    nb = match.find("\n", b + 1)
    line = match[b + 1:nb if nb >= 0 else len(match)].strip()
    return 0 < len(line) <= _HEADER_CELL_MAX and not _CELL_PUNCTUATION.search(line) \
        and (column_statement(line) is not None or _YEAR_HEADER.fullmatch(line) is not None)


_CELL_PUNCTUATION = re.compile(r"[，,。；;：:！？!?]")  # a line holding these is a sentence or a label, no header cell


def _value_header_lines(match: str, lo: int, pos: int) -> list[str] | None:
    """The header lines of the value columns of a one-cell-per-line table whose header (a 单位 line and
    the lines after it: 目标值 / 完成值 / 2022年 / 比上年增减(%)) is the last before ``pos``; None without one."""
    at, end = _unit_header_line(match, lo, pos)  # (from the break before ``lo``: a header opening the report)
    if at < 0:
        return None
    return _header_lines_from(match, end + 1, pos)[0]


@lru_cache(maxsize=1)
def _header_bounds() -> tuple[re.Pattern, dict[str, str]]:
    """The bound words of the comparator vocabulary (statements.yaml comparator_after and
    comparator_before: 以上, ≥, 不低于 …; ≤, 以内, 不高于 …) as one pattern, longest first (不高于 is
    not 高于), with the comparator of each."""
    from healthdata.vocab import load_yaml

    v = load_yaml("statements.yaml")
    op_of = {w: op for table in ("comparator_after", "comparator_before") for op, ws in v[table].items()
             if op in (">=", "<=") for w in ws}
    words = sorted(op_of, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)), op_of


def column_comparators(headers: list[str]) -> list[str | None]:
    """The bound each column's header writes for its values (目标值（≥）, 目标(≤), 控制指标（以下）: at
    least / at most), None where it writes none."""
    rx, op_of = _header_bounds()
    return [op_of[m.group()] if (m := rx.search(h)) else None for h in headers]


def column_statements(headers: list[str]) -> list[str | None]:
    """How each column's values are stated, from the header cells (see :func:`column_statement`).  Beside
    a column headed as a target, a column headed by a year alone holds the level reached in that year
    (指标 / 2020年 / 2025年目标: the 2020 column is the baseline): actual."""
    kinds = [column_statement(h) for h in headers]
    if "target" in kinds:
        kinds = [k if k is not None or not _year_or_period_header(h) else "actual" for k, h in zip(kinds, headers)]
    # columns headed by years alone (指标 | 单位 | 2020年 | 2025年 in a plan's table of main indicators): every year before
    # the last one is a level already reached, the baseline; the last year's column is stated as its context says (the
    # plan's aims, a summary's levels)
    years = [int(y.group(1)) if k is None and (y := _YEAR_HEADER.fullmatch(h)) else None for k, h in zip(kinds, headers)]
    known = [y for y in years if y is not None]
    if len(set(known)) >= 2:
        kinds = [k if y is None or y == max(known) else "actual" for k, y in zip(kinds, years)]
    return kinds


_YEAR_HEADER = re.compile(r"((?:19|20)[0-9]{2})\s*年?(?:度)?")


@lru_cache(maxsize=1)
def _period_header() -> re.Pattern:
    return re.compile(load_yaml("statements.yaml")["table_period_header"])


def _year_or_period_header(line: str) -> bool:
    """Whether a header cell names a year (2031年) or a period of one (1—6月, 上半年: statements.yaml table_period_header)
    alone: the column of the levels of that time."""
    return _YEAR_HEADER.fullmatch(line) is not None or _period_header().fullmatch(line) is not None


def _header_lines_from(match: str, ls: int, hi: int) -> tuple[list[str], int]:
    """The column-header lines of a one-cell-per-line table from the line starting at ``ls`` up to ``hi``, each saying how
    its column is stated (目标值, 完成率) or naming a year or a period (2031年, 上半年), and where the first line after them
    starts."""
    lines: list[str] = []
    while 0 < ls < hi:
        nb = match.find("\n", ls, hi)
        line = match[ls:hi if nb < 0 else nb].strip()
        if column_statement(line) is None and not _year_or_period_header(line):
            break
        lines.append(line)
        ls = nb + 1 if nb >= 0 else hi
    return lines, ls


def _name_headers() -> frozenset[str]:
    return frozenset(load_yaml("statements.yaml")["table_name_headers"])


def _name_header_columns(match: str, lo: int, hi: int, at: int) -> tuple[list[str], int] | None:
    """The value-column headers of a one-cell-per-line table whose row-name header line starts at ``at`` (指标 / 年度目标 /
    实际完成 / 完成率): (the header lines after it, where the first row starts), when at least two follow and one says
    how its column is stated; else None."""
    lines, ls = _header_lines_from(match, match.find("\n", at, hi) + 1, hi)
    if len(lines) < 2 or not any(column_statement(h) for h in lines) and len(set(_year_headers(lines))) < 2:
        return None
    return lines, ls


def _year_headers(lines: list[str]) -> list[int]:
    """The years of the header lines that name a year alone (2031年, 2030年)."""
    return [int(y.group(1)) for h in lines if (y := _YEAR_HEADER.fullmatch(h))]


def name_header_line_values(match: str, lo: int, hi: int) -> list[TableValue]:
    """The values of one-cell-per-line tables headed by a row-name header line and their value columns' headers (指标 /
    年度目标 / 实际完成 / 完成率, statements.yaml table_name_headers), each row a name line and one line a column, each cell
    writing its own rate sign (居民健康档案建档率 / 90% / 93.6% / 104.0%): each cell a value of its row, stated as its
    column's header says.  The table ends at the first row that does not hold so."""
    out: list[TableValue] = []
    for name in _name_headers():
        at = match.find("\n" + name + "\n", max(0, lo - 1), hi)
        while at >= 0:
            found = _name_header_columns(match, lo, hi, at + 1)
            if found is not None:
                headers, ls = found
                kinds = column_statements(headers)
                while ls < hi:
                    row = _own_sign_row(match, ls, hi, len(headers))
                    if row is None:
                        break
                    subject, cells, ls = row
                    out.extend(TableValue(tok, subject, kind) for tok, kind in zip(cells, kinds) if tok is not None)
            at = match.find("\n" + name + "\n", at + 1, hi)
    return out


def _own_sign_row(match: str, ls: int, hi: int, n: int) -> tuple[tuple[int, int], list[NumberToken | None], int] | None:
    """A row of a one-cell-per-line table from the line at ``ls``: its name line (words, no number) and ``n`` lines each
    a rate with its own sign or an empty cell (—), at least one a rate: (the name's span, the cells' tokens, where the
    next row starts); else None."""
    nb = match.find("\n", ls, hi)
    if nb < 0:
        return None
    name = _trimmed(match, ls, nb)
    unit, at = bracket_unit(match, *name) if name[0] < name[1] else (None, 0)
    if unit is not None and unit[0] not in ("count", "yuan"):  # a rate's unit in brackets after its name (孕产妇死亡率（1/10万）): bare cells
        name = _trimmed(match, name[0], at)
    else:
        unit = None
    if name[0] >= name[1] or _HAN.search(match, *name) is None or _number_in(match, *name, years_too=True) is not None \
            or _rate_in_cell(match, *name) is not None:
        return None
    cells: list[NumberToken | None] = []
    k = nb + 1
    for _ in range(n):
        if k >= hi:
            return None
        e = match.find("\n", k, hi)
        e = hi if e < 0 else e
        tok = _rate_in_cell(match, k, e)
        if tok is None and unit is not None and (span := _number_in(match, k, e)) is not None:
            tok = _token(match, span, unit)
        if tok is None and not _EMPTY_CELL.fullmatch(match, k, e):
            return None
        cells.append(tok)
        k = e + 1
    if not any(cells):
        return None
    return name, cells, k
# a cell that says the column has no figure in its row (—, -, /, …, 无): dashes, slashes, dots or a word
_EMPTY_CELL = re.compile(r"\s*(?:[—–－\-/／…·]+|无|暂无|空)\s*")


def _spaced_row(match: str, a: int, b: int) -> bool:
    """Whether the line match[a:b] is a row of cells split by runs of spaces (see _SPACED_ROW).  Such a run
    follows a non-space character, so a line whose only runs are its indentation is none (most indented
    lines: not searched)."""
    k = a
    while k < b and match[k].isspace():  # (\S is what str.isspace calls no space)
        k += 1
    return _SPACE_RUN(match, k, b) is not None and _SPACED_ROW.search(match, a, b) is not None


_SPACE_RUN = re.compile("  |\u3000").search  # two spaces or an ideographic one (one search, not a str.find each)


def _cell_rows(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of match[lo:hi] holding a row of cells (a | or a tab, or two runs of two or more
    spaces between characters), in order: each line looked at once, from the separators found."""
    seen: set[int] = set()
    out = []
    for needle in ("|", "\t", "  ", "\u3000"):
        i = match.find(needle, lo, hi)
        while i >= 0:
            a = match.rfind("\n", lo, i) + 1 or lo
            b = match.find("\n", i, hi)
            b = hi if b < 0 else b
            if a not in seen and (needle not in ("  ", "\u3000") or _spaced_row(match, a, b)):
                seen.add(a)
                out.append((a, b))
            i = match.find(needle, b, hi)
    out.sort()
    return out


def table_values(match: str, lo: int, hi: int, unit_cells: list | None = None) -> list[TableValue]:
    """The values of the tables in match[lo:hi] whose unit is written in a cell or line of its own.

    Rows of cells are found by one scan; the rows of a table are consecutive lines, and its header
    row (单位, 目标值 …) holds for the rows below it.  One-cell-a-line tables are read by
    :func:`unit_line_values`.  The spans of the cells and lines that hold only a unit (``1/10万``
    under a 单位 header) are appended to ``unit_cells`` when given: they name a unit, they are no values."""
    rows = _cell_rows(match, lo, hi)
    out = unit_line_values(match, lo, hi, unit_cells)
    lined = match.find("\n", lo, hi) >= 0  # (str.find: the report is not copied to be told)
    if lined:
        taken = {tv.token.start for tv in out}
        out += [tv for tv in name_header_line_values(match, lo, hi) if tv.token.start not in taken]
        out.sort(key=lambda tv: tv.token.start)
    if lined and (match.find("（", lo, hi) >= 0 or match.find("(", lo, hi) >= 0):
        # the readers of units in brackets, in order: a value an earlier reader took is not read again
        for reader in (header_unit_line_values, bracket_colon_values, single_space_header_values):
            taken = {tv.token.start for tv in out}
            out += [tv for tv in reader(match, lo, hi, unit_cells) if tv.token.start not in taken]
        out.sort(key=lambda tv: tv.token.start)
    if not rows:
        return out
    unit_column = table_unit = None
    statements: list[str | None] = []  # per column, from the header row
    bounds: list[str | None] = []  # per column, a bound written in the header (目标值（≥）)
    column_units: list[Unit | None] = []  # per column, from a unit in brackets in its header cell (2020年(%))
    header_cells: list[tuple[int, int]] = []  # per column, the span of its header cell
    previous_end = None
    for a, b in rows:
        if previous_end is None or a != previous_end + 1:  # a new table
            unit_column, statements, column_units, bounds, header_cells = None, [], [], [], []
            table_unit = caption_unit(match, lo, a)
        previous_end = b
        cells = _cells(match, a, b)
        texts = [match[x:y].strip() for x, y in cells]
        if is_rule_row(texts):
            continue  # the rule under a header (|---|:---:|), which leaves the header's reading to the rows below
        if not any(_number_in(match, x, y) for x, y in cells[1:]) and not any(cell_unit(t) for t in texts):
            statements = column_statements(texts)  # a header row
            bounds = column_comparators(texts)
            column_units = [header_unit(match, x, y) for x, y in cells]  # (诊疗人次（万）: 人次 in ten thousands)
            header_cells = cells
        if (h := next((h for h in _unit_headers() if h in texts), None)) is not None:
            unit_column = texts.index(h)
            continue
        units = [(i, u) for i, t in enumerate(texts) if (u := cell_unit(t))]
        if unit_cells is not None:
            unit_cells.extend(cells[i] for i, _ in units)
        if not units and unit_column is not None and unit_column < len(texts):
            u = cell_unit(texts[unit_column])
            units = [(unit_column, u)] if u else []
        first = name_cell(match, cells)  # (after a 序号 column: the row's number names nothing)
        subject = _trimmed(match, *cells[first]) if cells else (a, b)
        if not units and cells:  # a unit in brackets after the indicator: 孕产妇死亡率(1/10万) | 12.1 | 10.5
            u, at = bracket_unit(match, *cells[first])
            if u is not None:
                units, subject = [(first, u)], _trimmed(match, cells[first][0], at)
                if unit_cells is not None:
                    unit_cells.append((at, cells[first][1]))
        if len(cells) < 2 or not units and table_unit is None and not any(column_units):
            continue
        col, unit = units[0] if units else (first, table_unit)
        for i, (x, y) in enumerate(cells):
            its_unit = _column_or_row_unit(unit if units else None, column_units[i] if i < len(column_units) else None)
            its_unit = its_unit if its_unit is not None else unit
            if i <= first or i == col or its_unit is None:
                continue
            span = _number_in(match, x, y, years_too=its_unit[0] in ("count", "yuan"))
            statement = statements[i] if i < len(statements) else None
            if statement is None and span is not None and _BOUND_SIGN_CELL.match(match, x, span[0]):
                statement = "target"  # a bound written into the cell (| ≤9.5 | under 2025年): the level required, not one reached
            tok = _token(match, span, its_unit) if span is not None else _rate_in_cell(match, x, y) if statement is not None else None
            if tok is not None:  # (a cell writing its own rate unit under a headed column: 完成率 | 108.8%)
                out.append(TableValue(tok, subject, statement, bounds[i] if i < len(bounds) else None,
                                      header_cells[i] if i < len(header_cells) else None))
    out.sort(key=lambda tv: tv.token.start)
    return out


_RULE_CELL = re.compile(r"[-—–=:：+ ]+")


def is_rule_row(texts: list[str]) -> bool:
    """Whether a row's cells are all rules drawn under a header (a Markdown table's |---|:---:|, a text table's
    ====): no cell of its own."""
    return bool(texts) and all(_RULE_CELL.fullmatch(t) for t in texts)


_BOUND_SIGN_CELL = re.compile(r"\s*(?:≤|≥|<=|>=)\s*$")  # what stands before a cell's number that writes a bound into it


# a cell holding one rate with its own sign (80%, ≥95%, 3.5‰, 90%以上)
# (a sign written into the cell of a change column: -4.2% or +6.3% under 同比)
_OWN_UNIT_CELL = re.compile(r"\s*(?:[<>≤≥]=?)?\s*" + _SIGN + r"[0-9]+(?:[.。][0-9]+)?\s*[%‰]\s*(?:以上|以下|以内|左右)?\s*")


def own_unit_cells(match: str, lo: int, hi: int) -> list[tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None,
                                                                 str | None]]:
    """The cells of the rows of cells in match[lo:hi] that hold a rate with its own sign, read as
    :func:`table_values` reads a row (a scheme's table 医疗机构级别 | 起付线（元） | 报销比例 with the row
    乡镇卫生院 | 150 | 85%: the 85% is the row's 报销比例, a rule): (the cell, the row's first cell, its
    column's header cell or None, how the header says the column is stated or None)."""
    out = []
    headers: list[tuple[int, int]] = []
    statements: list[str | None] = []
    previous_end = None
    for a, b in _cell_rows(match, lo, hi):
        if previous_end is None or a != previous_end + 1:  # a new table
            headers, statements = [], []
        previous_end = b
        cells = _cells(match, a, b)
        if len(cells) < 2 or is_rule_row([match[x:y].strip() for x, y in cells]):
            continue
        own = [i for i, (x, y) in enumerate(cells) if i and _OWN_UNIT_CELL.fullmatch(match, x, y)]
        if not own and not any(_number_in(match, x, y) for x, y in cells[1:]):
            texts = [match[x:y].strip() for x, y in cells]
            if not any(cell_unit(t) for t in texts):  # a header row
                headers, statements = cells, column_statements(texts)
            continue
        first = name_cell(match, cells)
        for i in own:
            if i <= first:
                continue
            out.append((cells[i], _trimmed(match, *cells[first]), headers[i] if i < len(headers) else None,
                        statements[i] if i < len(statements) else None))
    return out


# a cell holding only a row's number in a 序号 column (1, 2., 3、, 一, (四)), not a value
_SERIAL_CELL = re.compile(r"\s*[(（]?\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*[)）.、．]?\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def name_cell(match: str, cells: list[tuple[int, int]]) -> int:
    """The index of the cell naming what a row measures: the first, or the second where the first holds only the
    row's number in a 序号 column and the second is written in words (| 1 | 孕产妇死亡率 | /10万 | ≤12 | 8.7 |)."""
    if len(cells) > 2 and _SERIAL_CELL.fullmatch(match, *cells[0]) and _HAN.search(match, *cells[1]) \
            and _number_in(match, *cells[1]) is None:
        return 1
    return 0


def _column_or_row_unit(row: Unit | None, column: Unit | None) -> Unit | None:
    """The unit of a cell from its row's unit cell and its column header's bracketed unit: the row's,
    except where the column's header writes a rate unit and the row counts things (a bulletin's
    ``指标 | 单位 | 2023年 | 增减(%)`` table: ``床位数 | 张 | 1 840 | 2.5`` -- the 2.5 is a relative change
    in percent, not 2.5 beds)."""
    if row is None:
        return column
    if column is not None and row[0] in ("count", "yuan") and column[0] not in ("count", "yuan"):
        return column
    return row


def _trimmed(match: str, a: int, b: int) -> tuple[int, int]:
    """The span match[a:b] without the spaces at its ends."""
    while a < b and match[a].isspace():
        a += 1
    while b > a and match[b - 1].isspace():
        b -= 1
    return a, b


# a unit in brackets at the end of a cell (婴儿死亡率(‰), 2020年（%）, 孕产妇死亡率（单位：1/10万）)
_BRACKET_UNIT = re.compile(r"[(（]\s*(?:单位\s*[:：]\s*)?(?P<unit>[^()（）]{1,8}?)\s*[)）]\s*$")
# a table's caption line naming one unit for all its values (单位：%, （单位：‰）), right above the table
_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*(?P<unit>[^\s()（）,，;；]{1,8})\s*[)）]?\s*$")


_SIGN_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\s*([%‰])\s*$")  # a rate sign closing a header's name (增减%)


def bracket_unit(match: str, a: int, b: int) -> tuple[Unit | None, int]:
    """(the unit written in brackets at the end of the cell match[a:b] (‰, 1/10万, 张, 万元), where the
    brackets start), or (None, b)."""
    x = _BRACKET_UNIT.search(match, a, b)
    if x is None:
        return None, b
    u = cell_unit(x.group("unit"))
    return (u, x.start()) if u is not None else (None, b)


def header_unit(match: str, a: int, b: int) -> Unit | None:
    """The unit a column's header cell match[a:b] writes in brackets (同比（%）, 床位（张）), or, where the brackets hold
    a multiplier alone, the measure word its name ends in times it (诊疗人次（万）: 人次 in ten thousands; 出院人数（万）:
    人), else None."""
    u, at = bracket_unit(match, a, b)
    if u is not None:
        return u
    x = _BRACKET_UNIT.search(match, a, b)
    if x is None:
        sign = _SIGN_AFTER_NAME.search(match, a, b)  # (增减%, 比上年增长%: the rate sign glued to the name, no brackets)
        return cell_unit(sign.group(1)) if sign is not None else _count_header_ending(match[a:b].strip())
    if x.group("unit").strip() not in quantity_vocab()["multipliers"]:
        return None
    name = match[a:x.start()].strip()
    words = sorted(quantity_vocab()["count_units"], key=len, reverse=True)
    word = next((w for w in words if name.endswith(w) or name.endswith(w + "数")), None)
    if word is None:
        return None
    return "count", word, float(quantity_vocab()["multipliers"][x.group("unit").strip()])


_HEADER_CELL_MAX = 16  # the longest line that can be a header cell of a one-cell-per-line table (诊疗人次（万）)
_MAX_COLUMNS = 6


# a line opening on an indicator's name with a unit in brackets, then a colon (婴儿死亡率（‰）：, 参合率(%):)
_BRACKET_COLON_LINE = re.compile(r"[ \t]*(?P<name>[^\s：:，,。；;|（(][^\n：:，,。；;|]{1,30}?[)）]?)\s*[：:]")
# a bare number after that colon: not part of a longer number, not followed by a unit or a measure word of its
# own -- followed by a bound word, a list's or clause's separator, or the line's end (6以下, 80、70和70, 全省99以上，)
_BARE_AFTER_COLON = re.compile(r"(?<![0-9.．/%‰])(?P<num>[0-9]+(?:\.[0-9]+)?)(?=\s*(?:以上|以下|以内|左右|[、，,；;和及。]|$))")


def bracket_colon_values(match: str, lo: int, hi: int, unit_cells: list | None = None) -> list[TableValue]:
    """The values of the lines of match[lo:hi] that name an indicator with its rate unit in brackets and give its
    bare values after a colon (a plan's target list: ``孕产妇死亡率（1/10万）：15以下``, ``参合率（%）：城区90以上，
    农村95以上``): each bare number on the line takes the bracket's unit (unit implicit) and the name as its
    subject.  A count's or money's unit in brackets (（人）, （万元）) is left to the other readers.  The brackets
    are appended to ``unit_cells`` when given: their unit (1/10万) is no value."""
    out: list[TableValue] = []
    for a, b in _lines(match, lo, hi):
        x = _BRACKET_COLON_LINE.match(match, a, b)
        if x is None:
            continue
        unit, at = bracket_unit(match, *x.span("name"))
        if unit is None or unit[0] in ("count", "yuan"):
            continue
        subject = _trimmed(match, x.start("name"), at)
        if _HAN.search(match, *subject) is None:
            continue
        if unit_cells is not None:
            unit_cells.append((at, x.end("name")))
        for y in _BARE_AFTER_COLON.finditer(match, x.end(), b):
            out.append(TableValue(_token(match, y.span("num"), unit), subject))
    return out


def _single_space_cells(match: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line match[a:b] split by single spaces (the matching text writes an ideographic space as one)."""
    return [m.span() for m in _NO_SPACE_RUN.finditer(match, a, b)]


_NO_SPACE_RUN = re.compile(r"[^ ]+")


def single_space_header_values(match: str, lo: int, hi: int, unit_cells: list | None = None) -> list[TableValue]:
    """The values of a table pasted from a PDF with one (ideographic) space between its cells: a header line whose
    cells after the first write their units in brackets (市 孕产妇死亡率（1/10万） 婴儿死亡率（‰）), then two rows or more
    of as many cells, each a name in words followed by number cells only (甲市 12.4 5.1).  Each number takes its
    column's unit (unit implicit) and its row's name as its subject.  Rows split by runs of spaces are read by
    :func:`table_values` itself; a line of prose is no row (a row holds nothing but its name and numbers).  The
    header cells are appended to ``unit_cells`` when given: their bracketed units are no values."""
    lines = _lines(match, lo, hi)
    out: list[TableValue] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        head = _single_space_cells(match, a, b) if match.find(" ", a, b) >= 0 and _SPACE_RUN(match, a, b) is None \
            and not _CELL_SEPARATOR.search(match, a, b) else []  # (rows split by runs of spaces, | or tabs: read below)
        units = [header_unit(match, *c) for c in head[1:]] if 2 <= len(head) <= _MAX_COLUMNS else []
        if not units or not all(units) or _HAN.search(match, *head[0]) is None:
            i += 1
            continue
        rows = []
        for ra, rb in lines[i + 1:]:
            cells = _single_space_cells(match, ra, rb)
            if len(cells) != len(head) or _HAN.search(match, *cells[0]) is None \
                    or _number_in(match, *cells[0], years_too=True) is not None \
                    or not all(_number_in(match, *c, years_too=True) or _EMPTY_CELL.fullmatch(match, *c) for c in cells[1:]):
                break
            rows.append(cells)
        if len(rows) < 2:
            i += 1
            continue
        if unit_cells is not None:
            unit_cells.extend(head[1:])
        kinds = column_statements([match[x:y] for x, y in head])
        for cells in rows:
            for c in range(1, len(head)):
                span = _number_in(match, *cells[c], years_too=True)
                if span is not None:
                    out.append(TableValue(_token(match, span, units[c - 1]), cells[0],
                                          kinds[c] if c < len(kinds) else None, None, head[c]))
        i += 1 + len(rows)
    return out


def _lines(match: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the lines of match[lo:hi], spaces at their ends trimmed."""
    out, a = [], lo
    while a <= hi:
        b = match.find("\n", a, hi)
        b = hi if b < 0 else b
        out.append(_trimmed(match, a, b))
        a = b + 1
    return out


def _is_name_line(match: str, a: int, b: int) -> bool:
    """Whether the line match[a:b] can be a row's name or a header cell: short, with a Han character, no number cell."""
    return 0 < b - a <= _HEADER_CELL_MAX and _HAN.search(match, a, b) is not None and _number_in(match, a, b) is None


def _count_header_ending(header: str) -> Unit | None:
    """The unit of a column whose header names what it counts by the measure word at its end (检查户次, 培训人数:
    quantities.yaml count_column_header_endings), else None.  A header of a rate (合格率) or a change (同比) is none."""
    if not _HAN.search(header[:1] or " "):
        return None
    for ending, word in quantity_vocab()["count_column_header_endings"].items():
        if header.endswith(ending) and len(header) > len(ending):
            return "count", word, 1.0
    return None


def _count_header_unit(match: str, a: int, b: int) -> Unit | None:
    """The unit of a column headed by a count of cases without brackets (发病数, 死亡数: quantities.yaml
    count_column_headers), else None."""
    word = quantity_vocab()["count_column_headers"].get(match[a:b].strip())
    return ("count", word, 1.0) if word else None


def header_unit_line_values(match: str, lo: int, hi: int, unit_cells: list | None = None) -> list[TableValue]:
    """The values of one-cell-per-line tables whose header cells write each column's unit in brackets (a bulletin's
    table pasted from a web page, one cell a line: 区县 / 诊疗人次（万） / 同比（%） then 甲区 / 862.3 / 6.1 …): a run of
    header lines, at least one after the first writing a unit, then two rows or more of as many lines, each a name
    followed by number cells.  Each number takes its column's unit (unit implicit) and its row's name as its subject;
    a column whose header says how its values are stated (同比, 目标值) says so for them; a column headed by a count of
    cases alone (发病数) counts in its measure word.  The header lines are appended to ``unit_cells`` when given: their
    bracketed units (（1/10万）) are no values."""
    lines = _lines(match, lo, hi)
    out: list[TableValue] = []
    i = 0
    while i < len(lines):
        found = None
        for k in range(2, _MAX_COLUMNS + 1):
            head = lines[i:i + k]
            if len(head) < k or not all(_is_name_line(match, *h) for h in head):
                break
            units = [None] + [header_unit(match, *h) for h in head[1:]]
            if not any(units):
                continue
            rows = 0
            j = i + k
            while j + k <= len(lines) and _is_name_line(match, *lines[j]) and header_unit(match, *lines[j]) is None \
                    and all(_number_in(match, *c, years_too=True) or _EMPTY_CELL.fullmatch(match, *c) for c in lines[j + 1:j + k]):
                rows += 1
                j += k
            if rows >= 2:
                found = (k, units, head, rows)
        if found is None:
            i += 1
            continue
        k, units, head, rows = found
        units = [u if u is not None or c == 0 else _count_header_unit(match, *head[c]) for c, u in enumerate(units)]
        if unit_cells is not None:
            unit_cells.extend(head[1:])
        kinds = column_statements([match[a:b] for a, b in head])
        for r in range(rows):
            row = lines[i + k * (r + 1):i + k * (r + 2)]
            for c in range(1, k):
                span = _number_in(match, *row[c], years_too=True)
                if span is not None and units[c] is not None:
                    out.append(TableValue(_token(match, span, units[c]), row[0], kinds[c]))
        i += k * (rows + 1)
    return out


def caption_unit(match: str, lo: int, row_start: int) -> Unit | None:
    """The unit the line right above a table (the line before ``row_start``) names for the whole table
    (主要指标完成情况（单位：%）), else None."""
    end = row_start - 1
    if end <= lo:
        return None
    start = match.rfind("\n", lo, end) + 1
    x = _CAPTION_UNIT.search(match, max(start, lo), end)
    return cell_unit(x.group("unit")) if x is not None else None
