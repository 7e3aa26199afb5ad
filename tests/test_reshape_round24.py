"""Pages saved the way sites and editors save them still read the same (round 24; every sentence here is made up for
these tests, places and numbers too):

- a GB18030 page that charset detection gives no reading for (charset-normalizer ranks nothing on some long pages, a
  PDF copy or a plan dated in Chinese numerals) is read as GB18030, not as UTF-8 where its bytes happen to pair up as
  UTF-8 (一 is D2 BB, UTF-8 for the Cyrillic һ: a heading 一、 read һ、);
- a UTF-8 page with GB18030 lines pasted in reads each such line from its first character, not from where UTF-8
  breaks (一、… / 位21家 read whole, not һ、… / λ21家), and a pasted line whose GB18030 bytes all pair up as UTF-8 by
  chance ([图片], read [ͼƬ]) as GB18030 too;
- a page saved as UTF-16 without its byte-order mark reads as the page;
- a plain-text page that kept its HTML source's bare tags with its character references (…任务。<br />, <strong>…
  </strong>, text copied from the source) shows them as a browser does: an inline element's as nothing, a block
  element's as a line break where it stands inside a line (``ingest.text_entity_edits``); a comparison (<5%) is no tag,
  and a tag with attributes (<img src=…>) stays text;
- a page typed with the small forms a GBK input method or a Word document gives (增长12.5﹪, 99﹒8, ﹙一﹚, …﹔) says
  what the page typed with ASCII says (``textnorm`` folds them one for one, as the full-width forms).

Each is asserted on sentences written for the test, and over the written pages of two sets (holdout63, the general
mix, and holdout67, the reshaped sources): each page saved so reads as the page, each page typed so says the same.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from conftest import raw_text

from healthdata.ingest import _decode_mixed, _decode_unmarked_utf16, _gb18030_start, decode_text, text_entity_edits
from healthdata.pageview import page_view
from healthdata.textnorm import matching_text
from test_metamorphic import assert_says_the_same, page_facts
from test_metamorphic_written import WRITTEN

_PAGE = ("青禾县卫生局二〇三二年工作计划\n"
         "一、指导思想\n"
         "以提高全县群众健康水平为目标，推进基层卫生服务能力建设。\n"
         "二、主要目标\n"
         "孕产妇系统管理率达到93%以上，住院分娩率稳定在99%以上，婴儿死亡率控制在5‰以内。\n"
         "三、重点工作\n"
         "一是完善村卫生室建设，新建标准化村卫生室21家；二是加强乡村医生培训，全年培训300人次。\n"
         "[图片]\n")


# ------------------------------------------------------------------ on sentences written for the test
def test_a_gb18030_character_paired_up_as_utf8_is_read_from_its_start():
    line = "一、指导思想\n".encode("gb18030")
    assert line[:2].decode("utf-8") == "һ"  # the chance pairing the reading must undo
    at = 2  # where UTF-8 breaks: 、 is A1 A2
    assert _gb18030_start(line, at, 0) == 0
    digits = "位21家".encode("gb18030")  # 位 is CE BB (UTF-8 λ), then ASCII digits, then 家 breaks
    assert _gb18030_start(digits, 4, 0) == 0
    # a Han character in UTF-8 (three bytes) before the break is the page's own UTF-8: the GB18030 text starts after it
    glued = "达到".encode() + "九成".encode("gb18030")
    assert _gb18030_start(glued, 6, 0) == 6


def test_a_gb18030_page_without_a_reading_from_detection_is_gb18030_whole():
    data = _PAGE.encode("gb18030")
    text, encoding, note = _decode_mixed(data)
    assert (text, encoding, note) == (_PAGE, "gb18030", "")


def test_gb18030_lines_pasted_into_a_utf8_page_read_from_their_first_character():
    lines = _PAGE.splitlines(keepends=True)
    pasted = {1, 6, 7}  # 一、指导思想 / 一是…21家… / [图片]
    data = b"".join(line.encode("gb18030") if k in pasted else line.encode() for k, line in enumerate(lines))
    text, encoding, note = _decode_mixed(data)
    assert text == _PAGE and encoding == "utf-8+gb18030" and note.startswith("mixed encodings: 2 line(s)")
    assert decode_text(data)[0] == _PAGE


def test_a_page_saved_as_utf16_without_its_mark_reads_as_the_page():
    for encoding in ("utf-16-le", "utf-16-be"):
        assert _decode_unmarked_utf16(_PAGE.encode(encoding)) == (_PAGE, encoding, "UTF-16 without a byte-order mark")
    assert _decode_unmarked_utf16(_PAGE.encode("gb18030")) is None  # GB18030 bytes two by two are no Chinese
    assert _decode_unmarked_utf16(_PAGE.encode()[:-1]) is None  # an odd number of bytes is no UTF-16


def test_bytes_of_no_text_stay_undecodable():
    rng = random.Random(5)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(Exception, match="no text encoding fits|unreadable"):
        decode_text(noise)


def test_small_forms_read_as_ascii():
    typed = "孕产妇系统管理率达到93.4﹪，住院分娩率99﹒8﹪﹔经费增长12﹪﹙见附表﹚﹐详见﹝2032﹞5号"
    assert matching_text(typed) == "孕产妇系统管理率达到93.4%,住院分娩率99.8%;经费增长12%(见附表),详见〔2032〕5号"
    assert matching_text("各乡镇﹑村卫生室") == matching_text("各乡镇、村卫生室")
    page = "青禾县卫生局2032年工作总结\n全县孕产妇系统管理率达到93.4%，住院分娩率99.8%，卫生经费比上年增长12%。\n"
    obs, _probs, errors = page_facts(page.replace("%", "﹪").replace(".", "﹒"))
    assert not errors
    read = {(v, u, ind, st) for v, u, ind, st, _c, _s in obs}
    assert {(93.4, "percent", "maternal_systematic_management_rate", "actual"),
            (99.8, "percent", "hospital_delivery_rate", "actual")} <= read
    assert_says_the_same(page_facts(page), page.replace("%", "﹪").replace(".", "﹒"))


def test_tags_left_in_a_plain_text_page_show_as_a_browser_shows_them():
    page = ("一、基本情况<br />\n全县共有<strong>村卫生室46个</strong>，乡村医生112人。<br/>二是经费不足。</p><p>三是"
            "<b>人员紧缺</b>。<BR>\n")
    assert page_view(page).text == "一、基本情况\n全县共有村卫生室46个，乡村医生112人。\n二是经费不足。\n三是人员紧缺。\n"
    # every view character maps back to the raw characters it shows
    view = page_view(page)
    at = view.text.index("人员紧缺")
    a, b = view.raw_span(at, at + 4)
    assert page[a:b] == "人员紧缺"
    for text in ("孕产妇死亡率<10/10万，剖宫产率<35%。", "a<b>c 以外的 <foo> 与 <卫生> 不是标签", "没有标签的页面"):
        assert [text[a:b] for a, b, _ in text_entity_edits(text)] in ([], ["<b>"])
    assert text_entity_edits("孕产妇死亡率<10/10万，<foo>与<卫生>") == []
    # a tag with attributes stays the text it is on a plain-text page (the report escapes it)
    assert text_entity_edits('一是<img src=x onerror=alert(1)>经费不足，<span style="color:red">红</span>') == []


def test_a_page_with_its_line_ends_written_as_br_says_the_same():
    assert_says_the_same(page_facts(_PAGE_FACTS), lines_with_br(_PAGE_FACTS))


_PAGE_FACTS = ("青禾县卫生局2032年工作总结\n"
               "一、主要工作\n"
               "2032年，全县孕产妇系统管理率达到93.4%，住院分娩率99.8%，婴儿死亡率为3.07‰。\n"
               "二、存在问题\n"
               "一是乡镇卫生院儿科医生不足，部分村卫生室无人值守；二是公共卫生经费到位滞后。\n")


def lines_with_br(text: str) -> str:
    """The page as text copied from its HTML source: each line's end written <br />."""
    return re.sub(r"(?m)(?<=\S)$", "<br />", text)


# ------------------------------------------------------------------ over the written pages
_SETS = ("holdout63", "holdout67")
PAGES = sorted(p for s in _SETS for p in (WRITTEN / s / "raw").glob("*.txt")) if WRITTEN.is_dir() else []


def _pasted(text: str, rng: random.Random) -> bytes:
    """The page as UTF-8 with two of its lines, one of them its first with a Han character, pasted in GB18030."""
    lines = text.splitlines(keepends=True)
    han = [k for k, line in enumerate(lines) if any("\u4e00" <= c <= "\u9fff" for c in line)]
    pasted = {han[0], rng.choice(han)}
    return b"".join(line.encode("gb18030") if k in pasted else line.encode() for k, line in enumerate(lines))


def test_the_written_pages_are_there():
    assert len(PAGES) >= 40


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_written_page_saved_otherwise_reads_the_same(path):
    text = raw_text(path).replace("\r\n", "\n")
    for data in (text.encode("gb18030"), text.encode("utf-16-le"), _pasted(text, random.Random(len(text)))):
        assert decode_text(data)[0] == text
    assert _decode_mixed(text.encode("gb18030"))[0] == text  # read so when detection gives nothing


def small_forms(text: str) -> str:
    """The page typed with a GBK input method's small forms: ﹪ for %, ﹔ for ；, ﹑ for 、."""
    return text.replace("%", "\ufe6a").replace("％", "\ufe6a").replace("；", "\ufe54").replace("、", "\ufe51")


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_written_page_typed_with_small_forms_says_the_same(path):
    text = raw_text(path)
    assert_says_the_same(page_facts(text), small_forms(text))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_written_page_copied_from_its_source_says_the_same(path):
    text = raw_text(path)
    obs0, probs0, _ = page_facts(text)
    obs1, probs1, errors = page_facts(lines_with_br(text))
    # a value a line's end cut (…42万 / 人) holds the line's <br /> in its span: the tag is the copy's addition
    read = Counter()
    for k, n in obs1.items():
        read[(*k[:5], k[5].replace("<br/>", ""))] += n
    assert not errors and read == obs0
    assert probs1 == probs0
