"""Problems of kinds round 33 took up, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

After a judgement naming no subject a theme knows (各地工作推进不平衡), an admitting clause that names one (配套资金到位率
偏低) is a judgement of its own, not what the first says more about.
"""
from __future__ import annotations

import pytest

from test_problems_round20 import problems_of


@pytest.mark.parametrize("passage, first, second", [
    ("但也要看到，各地工作推进不平衡，配套资金到位率偏低。", "各地工作推进不平衡", "配套资金到位率偏低"),
    ("存在问题：各地工作推进不平衡，配套资金到位率偏低。", "各地工作推进不平衡", "配套资金到位率偏低"),
    ("但也要看到，各乡镇进度参差不齐，村医队伍老化严重。", "各乡镇进度参差不齐", "村医队伍老化严重"),
])
def test_a_subject_named_after_a_subjectless_judgement_is_judged_apart(passage, first, second):
    found = problems_of(passage)
    assert any(first in p and second not in p for p in found), found
    assert any(second in p and first not in p for p in found), found


def test_a_worst_case_of_some_units_stays_with_its_judgement():
    found = problems_of("但也要看到，乡镇卫生院人员严重不足，部分科室甚至无人值班。")
    assert len(found) == 1, found
