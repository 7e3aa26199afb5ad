"""Problems of kinds round 32 took up, on sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw).

A pressure said plainly to grow (压力明显加大, 压力显著增大) is judged as one said to grow with 仍/依然: round 31 took the
cue back because the problems it finds had no theme; the public-health services' pressure now has its theme.  A city's
outskirts, however named (郊县, 郊区, 城郊), are a place left short after resources said to be concentrated in the centre.
"""
from __future__ import annotations

import pytest

from test_problems_round20 import problems_of


@pytest.mark.parametrize("passage, judgement", [
    ("全年门诊量增长。但受流感影响，儿科门诊压力明显加大。", "儿科门诊压力明显加大"),
    ("全年新建卫生室5所。外来人口增长较快，公共卫生服务压力显著增大。", "公共卫生服务压力显著增大"),
])
def test_a_pressure_said_plainly_to_grow_is_a_problem(passage, judgement):
    found = problems_of(passage)
    assert any(judgement in p for p in found), found


def test_a_pressure_said_to_ease_is_no_problem():
    assert problems_of("全年门诊量增长，儿科门诊压力明显减轻。") == []


@pytest.mark.parametrize("passage", [
    "资源配置不均衡，专家集中在市区，郊县医院服务能力偏弱。\n",
    "资源配置不均衡，专家集中在市区，远郊区卫生院服务能力偏弱。\n",
    "资源配置不均衡，名医集中在中心城区，城郊卫生院设备陈旧。\n",
])
def test_the_outskirts_are_where_a_concentration_bites(passage):
    assert problems_of(passage) == [passage.strip().rstrip("。")]
