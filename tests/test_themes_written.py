"""Themes of problems worded as bureaus word them, on sentences written for these tests: each
pattern the theme vocabulary names (a field's capacity, the referral system, loose rules, the
safety of care) gives the theme a health-policy reader gives."""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import themes_for
from healthdata.textnorm import matching_text

WRITTEN = [
    # a field's capacity judged weak is a matter of service capacity (and of disease control)
    ("乡镇疾控能力偏弱", {"public_health_pressure", "service_capacity"}),
    ("县级检验检测能力不足", {"service_capacity"}),
    # the referral system and assessment mechanisms are the reform's
    ("基层首诊、双向转诊格局尚未形成", {"reform"}),
    ("绩效考核机制不健全,激励作用不明显", {"reform"}),
    # rules applied loosely, work without standards
    ("个别单位制度执行不严,管理粗放", {"execution"}),
    ("部分诊所医疗废物处置不规范", {"execution"}),
    # patient safety is the quality of care, not public order
    ("部分医院医疗安全隐患较多", {"service_capacity"}),
]


@pytest.mark.parametrize("sentence,themes", WRITTEN)
def test_written_problems_get_the_theme_a_reader_gives(sentence, themes):
    assert {t for t, *_ in themes_for(matching_text(sentence))} == themes
