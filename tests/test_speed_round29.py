"""Round 29, build throughput: a page-view pass asked again about the very text it answered answers without reading it.

:func:`healthdata.pageview.page_view` runs some passes twice or three times (the spaced page's second layer, pinyin
after the spaces and after the breaks are undone, page breaks after the wrap is undone, the wrap at the view's widths
after the wrap at the source's); the passes between them most often change nothing, so the second asks about the
same text.  Those passes keep their last answer (:func:`healthdata.pageview.answered_once`): asked about an equal
text, they give it again.  Checked here:

- the decorator itself: one call of the function per distinct text in a row, the same answer for an equal text in
  another string object, a fresh list for every caller, nothing kept from a call that raised;
- each pass so kept gives what its plain form gives, on pages written for these tests, asked in orders that repeat
  and alternate texts; and :func:`~healthdata.pageview.pdf_wrap_edits` gives what its plain definition gives;
- what the views read, worked out by hand: a spaced page's words read unspaced, a number cut by a page-break block
  reads whole, a hard-wrapped page's cut number reads whole, pinyin after characters is taken out.
"""
from __future__ import annotations

import pytest

import healthdata.pageview as pv

# --- pages written for these tests ---------------------------------------------------------------------------------

SPACED = "\n".join([
    "北 山 县 卫 生 健 康 局 2 0 3 1 年 工 作 总 结",
    "2 0 3 1 年 ， 全 县 适 龄 儿 童 免 疫 规 划 疫 苗 接 种 率 达 到 9 7 . 5 % 。",
    "全 县 家 庭 医 生 签 约 服 务 覆 盖 率 为 6 3 . 2 % ， 比 上 年 提 高 2 . 1 个 百 分 点 。",
    "基 层 卫 生 人 才 依 然 短 缺 。",
])

PAGE_BREAK = "\n".join([
    "南岭区2032年卫生健康工作总结",
    "一、主要工作",
    "全区孕产妇死亡率控制在1",
    "-----",
    "第1页/共3页",
    "-----",
    "5/10万以内，婴儿死亡率为3.4‰。",
    "二、存在问题",
    "村医队伍老化，待遇偏低。",
])

PINYIN = "东岭县卫(wèi)生(shēng)健康局2033年工作总结\n全县居民健康素养水平达到26.4%。"

# a PDF copy wrapped at 20 characters, its lines cut mid-sentence (one cut inside the number 98.6)
WRAPPED_LINES = [
    "西川市2034年卫生健康工作总结",
    "2034年，全市卫生健康系统紧紧围绕",
    "年初确定的目标任务，扎实推进各项工",
    "作，全市居民健康档案建档率达到9",
    "8.6%，高血压患者规范管理率为72.",
    "4%，严重精神障碍患者规范管理率达",
    "到93.1%，各项指标均较上年有所提",
    "高，基层医疗卫生服务能力明显增强",
    "，群众就医获得感进一步提升。",
]
WRAPPED = "\n".join(WRAPPED_LINES)

PLAIN_PAGE = "东山县卫生局2035年工作计划\n一、工作目标\n全县参合率稳定在98%以上。"

PAGES = [SPACED, PAGE_BREAK, PINYIN, WRAPPED, PLAIN_PAGE]
PASSES = [pv.pinyin_edits, pv.spaced_page_edits, pv.page_break_edits, pv._wrap_at_view_widths]


# --- the decorator ---------------------------------------------------------------------------------------------------


def test_a_pass_is_run_once_per_distinct_text_in_a_row_and_again_for_another():
    calls = []

    @pv.answered_once
    def edits(text):
        calls.append(text)
        return [(0, text.count("a"), "")]

    first = "aab"
    assert edits(first) == [(0, 2, "")]
    assert edits(first) == [(0, 2, "")]
    assert edits("".join(["a", "ab"])) == [(0, 2, "")]  # an equal text in another string object
    assert calls == ["aab"]
    assert edits("ba") == [(0, 1, "")]
    assert edits("aab") == [(0, 2, "")]  # only the last text is kept: asked again, it is read again
    assert calls == ["aab", "ba", "aab"]
    assert edits.plain("aaa") == [(0, 3, "")] and calls[-1] == "aaa"


def test_each_caller_gets_a_list_of_its_own():
    @pv.answered_once
    def edits(text):
        return [(1, 2, "")]

    mine = edits("xyz")
    mine.append((5, 6, ""))
    mine.sort(reverse=True)
    assert edits("xyz") == [(1, 2, "")]


def test_a_call_that_raised_keeps_no_answer():
    answers = iter([ValueError("a reading that failed"), [(0, 1, "")]])

    @pv.answered_once
    def edits(text):
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    with pytest.raises(ValueError):
        edits("abc")
    assert edits("abc") == [(0, 1, "")]  # read again, not an empty answer kept from the failed call


# --- the passes so kept equal their plain forms --------------------------------------------------------------------


@pytest.mark.parametrize("order", [
    [0, 0, 1, 1, 0],
    [3, 3, 3, 2, 3],
    [4, 0, 4, 4, 1, 2, 2, 3],
    [2, 1, 0, 3, 4, 4, 3, 0, 1, 2],
])
def test_every_pass_so_kept_gives_what_its_plain_form_gives(order):
    for k in order:
        page = PAGES[k]
        for step in PASSES:
            assert step(page) == step.plain(page)
            assert step(page[:]) == step.plain(page)  # (the same text asked again)


def test_pdf_wrap_edits_is_its_plain_definition():
    def plain(text, widths=None):
        found = pv.hard_wrap_edits(text) or pv.hard_wrap_edits(text, measure=pv.typeset_width) \
            or pv.hard_wrap_edits(text, indent=True)
        if widths is not None:
            in_source = pv.hard_wrap_edits(text, widths=widths)
            if len(in_source) > len(found):
                return in_source
        return found

    for page in PAGES + [WRAPPED, WRAPPED]:
        assert pv.pdf_wrap_edits(page) == plain(page)
        view = pv.page_view(page)  # (a view other than its page measures its lines in the page's characters)
        widths = pv.source_line_widths(view)
        assert pv.pdf_wrap_edits(view.text, widths) == plain(view.text, widths)


# --- what the views read, by hand ------------------------------------------------------------------------------------


def test_the_views_read_as_worked_out_by_hand():
    for _ in range(2):  # (the second time every kept answer is asked again)
        spaced = pv.page_view(SPACED).text
        assert "全县适龄儿童免疫规划疫苗接种率达到97.5%。" in spaced
        assert "比上年提高2.1个百分点" in spaced
        broken = pv.page_view(PAGE_BREAK).text
        assert "控制在15/10万以内" in broken and "第1页" not in broken
        wrapped = pv.page_view(WRAPPED).text
        assert "建档率达到98.6%" in wrapped and "规范管理率为72.4%" in wrapped and "达到93.1%" in wrapped
        assert pv.page_view(PINYIN).text.startswith("东岭县卫生健康局2033年工作总结")
        assert pv.page_view(PLAIN_PAGE).text == PLAIN_PAGE  # nothing to undo: the page itself
