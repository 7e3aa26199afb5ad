"""Themes of kinds the set holdout14 showed wrong, on sentences WRITTEN FOR THESE TESTS (no text from
eval/written or data/raw): a field of work named in full before a failure only says where the failure
is; the capacity or level of the care of a disease is the capacity of care, not the disease's burden;
units passing work to each other is a failure of work; the successors of a line of care are its
staff; inpatients and the insurance fund leaving the county tell what local care cannot do; the
merger of institutions judged is the reform's, the family-planning bodies merged naming no burden; the
supervision of the medical market is the market's order; examples pointed at with 这些 only say which
specialties are meant."""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    return {t for t, *_ in themes_for(matching_text(sentence))}


WRITTEN = [
    # the vector-control work named in full only says where the failure is
    ("个别街道对病媒生物防制工作重视不够", {"execution"}),
    # …and stays the burden when nothing else is judged
    ("城区病媒生物密度偏高", {"public_health_pressure"}),
    # the capacity or level of the care of a disease
    ("县医院传染病救治能力不足", {"service_capacity"}),
    ("乡镇卫生院结核病诊疗水平不高", {"service_capacity"}),
    # …while the disease's own burden stays
    ("手足口病疫情形势严峻", {"public_health_pressure"}),
    # units passing the work to each other
    ("科室之间遇事扯皮", {"execution"}),
    # the successors of a line of care are its staff
    ("中医药传承人才断档", {"workforce"}),
    # inpatients outside the county, and the fund that leaves with them
    ("县外住院人次占三成以上", {"service_capacity"}),
    ("医保基金外流严重", {"service_capacity"}),
    # the merger of institutions judged is the reform's; the family-planning body merged names no burden
    ("卫生院与计生服务站整合不到位", {"reform"}),
    # …while the work after a merger stays the work's, and family-planning staff stay staff
    ("机构合并后工作衔接不畅", {"execution"}),
    ("计生服务站人员不足", {"workforce"}),
    # the supervision of the medical market is the market's order, not a failure of other work
    ("城区医疗市场监管人员偏少", {"market_order", "workforce"}),
    # the examples pointed at with 这些 only say which specialties: their staff are judged
    ("结核病、艾滋病这些专科医生招不来", {"service_capacity", "workforce"}),
]


@pytest.mark.parametrize("sentence, expected", WRITTEN)
def test_themes_of_written_sentences(sentence, expected):
    assert themes_of(sentence) == expected
