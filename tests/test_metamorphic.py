"""Metamorphic tests: a page reshaped the way real sites reshape pages says the same things.

Every report of every raw file in ``data/raw/`` is transformed (one line, hard breaks with and
without a site's chunk numbers, title removed or repeated, site furniture around it, Traditional
characters, pinyin after characters, full-width forms, a space between every two characters).
The transformed page must give the same multiset of observations ``(value, unit, indicator_id,
statement, comparator)`` and of problem texts as the original, and each observation's span must
hold the same characters as the original's once the site's additions (spaces, line breaks,
pinyin, chunk numbers) are taken out and the forms folded.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from conftest import RAW, raw_text

from healthdata.build import report_result
from healthdata.segment import page_reports
from healthdata.textnorm import matching_text

SEEDS = sorted(p for p in RAW.iterdir() if p.is_file())

# pinyin a site prints after some characters (a few common ones, with their tone marks)
PINYIN = {"卫": "wèi", "生": "shēng", "健": "jiàn", "康": "kāng", "医": "yī", "疗": "liáo", "局": "jú",
          "院": "yuàn", "疾": "jí", "病": "bìng", "作": "zuò", "年": "nián"}

# furniture written for this test, in the shapes sites use (trail, date and counter, notices, links)
FURNITURE_BEFORE = ("当前位置：首页 > 工作总结 > 卫生健康\n"
                    "发布时间：2024-03-02 浏览次数：318\n"
                    "温馨提示：本站文档均由网友上传，仅供学习参考，如有侵权请联系删除。\n")
FURNITURE_AFTER = ("\n上一篇：乡镇卫生院年度述职报告\n"
                   "下一篇：社区服务中心工作安排\n"
                   "免责声明：本文仅代表作者观点，与本站无关。版权所有 © 示例文库\n")


def _reports_on_one_line(text: str, joiner: str) -> str:
    view, reps = page_reports(text, "x.txt")
    out, pos = [], 0
    for rep in reps:
        s, e = view.raw_span(rep.start, rep.end)
        out += [text[pos:s], joiner.join(line.strip() for line in text[s:e].split("\n") if line.strip())]
        pos = e
    return "".join(out) + text[pos:]


def one_line(text: str) -> str:
    """Every report on one line: its title, headings and paragraphs joined with nothing between.

    The site's own furniture lines (download notices, link lists) keep their breaks: glued to a
    title with nothing between (``…查看更多市卫生局上半年工作总结20xx年上半年，…``) they cannot
    be told from it by any reader, so that page shape is not asserted here.
    """
    return _reports_on_one_line(text, "")


def one_line_spaced(text: str) -> str:
    """Every report on one line, its title, headings and paragraphs set off by a space (a page that
    prints each paragraph as a space)."""
    return _reports_on_one_line(text, " ")


def _wrap(text: str, rng: random.Random, chunk_numbers: bool, width: int | None = None) -> str:
    """Each line cut every W characters (W from 30 to 40, one width a page as a PDF copy has, or
    ``width``); with ``chunk_numbers`` a site's 1、 2、 … at each cut (the first chunk numbered too)."""
    out, n = [], 1
    w = width or rng.randint(30, 40)
    for line in text.split("\n"):
        pieces, pos = [], 0
        while len(line) - pos > w:
            pieces.append(line[pos:pos + w])
            pos += w
        pieces.append(line[pos:])
        for k, p in enumerate(pieces):
            if chunk_numbers and k > 0:
                n += 1
                p = f"{n}、{p}"
            out.append(p)
    body = "\n".join(out)
    return f"1、{body}" if chunk_numbers else body


def hard_wrap(text: str) -> str:
    return _wrap(text, random.Random(7), chunk_numbers=False)


def hard_wrap_chunks(text: str) -> str:
    return _wrap(text, random.Random(11), chunk_numbers=True)


def _first_title_line(text: str) -> tuple[int, int]:
    view, reps = page_reports(text, "x.txt")
    rep = next(r for r in reps if r.title_span is not None)
    s, _ = view.raw_span(*rep.title_span)
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return a, (b if b >= 0 else len(text))


def title_removed(text: str) -> str:
    a, b = _first_title_line(text)
    return text[:a] + text[b + 1:]


def title_repeated(text: str) -> str:
    a, b = _first_title_line(text)
    line = text[a:b]
    return text[:a] + (line + "\n") * 2 + text[a:]


def furniture(text: str) -> str:
    return FURNITURE_BEFORE + text + FURNITURE_AFTER


def traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def pinyin(text: str) -> str:
    return "".join(c + (f"({PINYIN[c]})" if c in PINYIN else "") for c in text)


def full_width(text: str) -> str:
    """ASCII digits and punctuation in their full-width forms (０-９, ％, ．, ，, ：)."""
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or c in "%.,:;()!?") else c for c in text)


def spaced(text: str) -> str:
    return " ".join(text)


def traditional_pinyin_one_line(text: str) -> str:
    """Shapes together, as one site shows them: Traditional, with pinyin, each report on one line."""
    return pinyin(traditional(one_line(text)))


def chunks_full_width_furniture(text: str) -> str:
    return furniture(full_width(hard_wrap_chunks(text)))


def spaced_traditional(text: str) -> str:
    return spaced(traditional(text))


TRANSFORMS = {f.__name__: f for f in (one_line, one_line_spaced, hard_wrap, hard_wrap_chunks, title_removed, title_repeated,
                                       furniture, traditional, pinyin, full_width, spaced,
                                       traditional_pinyin_one_line, chunks_full_width_furniture, spaced_traditional)}

_SPACES = re.compile(r"[^\S\n]+")  # (taken out first: a spaced page's chunk number 2 、 and pinyin ( w à n ) are then whole)
# (… and a chunk number right after a page counter's closing rule, where a page joined into one line puts it before the
# rest of a number it cuts: 达到8——第1页——2、6.4%)
_SITE_ADDITIONS = re.compile(r"(?:^|\n)\d{1,4}、|(?<=[-—─━=_])\d{1,4}、(?=[0-9])|\n")
# (pinyin after characters is taken out after the chunk numbers and breaks: a chunk the site cut inside it, 萬( /
# 3、wàn)人, leaves it whole)
_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")


# (… and a one-digit chunk number a page joined into one line brought inside the number it cut, 达到8 / 2、6.4% joined as
# 达到82、6.4%: a digit before it, the number's rest, or its sign, after it; taken out after the chunk numbers opening a
# line, 5 / 11、.3万, and before those opening the span, as a span may open at the number)
_LINE_CHUNK = re.compile(r"\n\d{1,4}、")
_GLUED_CHUNK = re.compile(r"(?<=[0-9])[1-9]、(?=[0-9.%‰])")


def plain(s: str) -> str:
    """Characters as a reader compares them: the site's spacing, line breaks, pinyin and chunk
    numbers taken out, Traditional and full-width forms folded."""
    s = _GLUED_CHUNK.sub("", _LINE_CHUNK.sub("", _SPACES.sub("", s)))
    return matching_text(_PINYIN.sub("", _SITE_ADDITIONS.sub("", s)))


def page_facts(text: str) -> tuple[Counter, Counter, list[str]]:
    """(observations, problem texts, errors) of a page, through the build's own per-report path."""
    view, reports = page_reports(text, "x.txt")
    obs, probs, errors = Counter(), Counter(), []
    for rep in reports:
        part = report_result(rep, "x.txt", view)
        for row in part.observations:
            value = None if row["value"] is None else round(row["value"], 6)
            obs[(value, row["unit"], row["indicator_id"], row["statement"], row["comparator"],
                 plain(text[row["source_start"]:row["source_end"]]))] += 1
            if row["quote"] != text[row["source_start"]:row["source_end"]]:
                errors.append(f"quote {row['quote']!r} is not its span")
        for row in part.problems:
            probs[plain(row["text"])] += 1
    return obs, probs, errors


@pytest.fixture(scope="module")
def originals():
    return {p.name: page_facts(raw_text(p)) for p in SEEDS}


def _cases():
    for p in SEEDS:
        for name in TRANSFORMS:
            yield pytest.param(p.name, name, id=f"{p.name[:3]}-{name}")


@pytest.mark.parametrize(("seed", "name"), list(_cases()))
def test_transformed_page_says_the_same(originals, seed, name):
    assert_says_the_same(originals[seed], TRANSFORMS[name](raw_text(RAW / seed)))


@pytest.mark.parametrize("width", range(30, 41))
@pytest.mark.parametrize("seed", [p.name for p in SEEDS], ids=lambda s: s[:3])
def test_page_wrapped_at_any_width_says_the_same(originals, seed, width):
    """A wrap cuts wherever its width falls (inside numbers, before a site's furniture line, after
    a value's link word), with and without the site's chunk numbers: every width from 30 to 40."""
    text = raw_text(RAW / seed)
    for chunk_numbers in (False, True):
        assert_says_the_same(originals[seed], _wrap(text, random.Random(0), chunk_numbers, width))


def assert_says_the_same(original: tuple[Counter, Counter, list[str]], transformed_text: str) -> None:
    obs0, probs0, _ = original
    obs1, probs1, errors = page_facts(transformed_text)
    assert not errors
    assert obs1 - obs0 == Counter() and obs0 - obs1 == Counter(), (
        f"only original: {list((obs0 - obs1).items())[:5]}; only transformed: {list((obs1 - obs0).items())[:5]}")
    assert probs1 == probs0, (
        f"only original: {list((probs0 - probs1))[:3]}; only transformed: {list((probs1 - probs0))[:3]}")
