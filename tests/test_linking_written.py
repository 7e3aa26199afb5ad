"""Indicator linking on sentences written for these tests: a generic form qualified by something the
catalog does not hold stays unlinked (a wrong link is worse than none for an analyst)."""
from __future__ import annotations

import pytest

from healthdata.normalize.indicators import link_indicator


@pytest.mark.parametrize("phrase, expected", [
    ("新冠病毒疫苗全程接种率", None),
    ("65岁以上老年人流感疫苗接种率", None),
    ("适龄女生HPV疫苗接种率", None),
    ("适龄儿童免疫规划疫苗接种率", "immunization_coverage_rate"),
    ("麻疹疫苗接种率", "measles_vaccination_rate"),
])
def test_vaccines_outside_the_programme_are_not_the_programmes_coverage(phrase, expected):
    assert link_indicator(phrase)[0] == expected


def test_the_share_of_visits_kept_in_the_county_is_not_community_visits():
    assert link_indicator("县域内就诊率")[0] is None
    assert link_indicator("社区卫生服务机构就诊率")[0] == "community_first_contact_rate"
