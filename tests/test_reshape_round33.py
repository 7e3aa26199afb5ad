"""Pages reshaped the way sites reshape them still read the same (round 33; every sentence here is made up for these
tests, places and numbers too):

- a PDF's running head whose issuing body and short title are set apart by one space, left with its page number inside
  the number it cut when the page is joined into one line (…普及率达到8某县卫生局　“十三五”总结　　　- 2 -7.5%), is taken out
  (``pageview.yaml`` inline_running_head_cut).
"""
from __future__ import annotations

import pytest
from reshape_helpers import values as _values
from reshape_helpers import view as _view


@pytest.mark.parametrize(("line", "whole", "value"), [
    # an ideographic space between the body and the title in quotes, the page number after a run of them
    ("某县卫生局“十三五”卫生工作总结五年来，全县农村卫生厕所普及率达到8某县卫生局　“十三五”总结　　　　　　- 2 -7.5%，"
     "群众满意度明显提高。", "普及率达到87.5%，", 87.5),
    # an ASCII space, the counter 第N页
    ("某区卫健委2036年工作总结全区孕产妇系统管理率达到9某区卫健委 工作总结      第 2 页4.1%，住院分娩率99.6%。",
     "系统管理率达到94.1%，", 94.1),
])
def test_a_running_head_with_a_space_inside_it_is_taken_out_of_the_number_it_cut(line, whole, value):
    assert whole in _view(line)
    assert (value, "percent", "actual") in _values(line)


def test_words_after_a_number_with_a_space_and_no_page_mark_stay():
    # (no page number after it: the words are the sentence's own)
    line = "全县共有村卫生室215所 某县卫生局　“十三五”总结中列为重点，各乡镇组织学习了3次。"
    assert "某县卫生局“十三五”总结中列为重点" in _view(line).replace(" ", "").replace("\u3000", "")
