"""Themes a health-policy reader gives to problems of kinds the blind set holdout9 showed the
vocabulary missing, on sentences written for these tests: the premises and the critical care an
epidemic needs, data not joined up between departments, the set-up of clinics, the supply of a
service, pay owed, the staff on the establishment and the registration of pregnancies."""
from __future__ import annotations

import pytest

from healthdata.normalize.themes import themes_for
from healthdata.textnorm import matching_text


def themes_of(sentence: str) -> set[str]:
    return {t for t, *_ in themes_for(matching_text(sentence))}


WRITTEN = [
    # the premises an epidemic needs are buildings and emergency preparedness both
    ("部分乡镇卫生院发热门诊改造尚未完成", {"emergency_capacity", "infrastructure"}),
    ("县医院隔离病房数量偏少", {"emergency_capacity", "infrastructure"}),
    # the treatment of severe cases is what the system can do in a surge, and the care it gives
    ("全区重症救治能力不强", {"emergency_capacity", "service_capacity"}),
    # data not joined up between departments, figures kept by hand: information systems
    ("卫健与医保部门之间的数据尚未打通", {"informatization"}),
    ("门诊日志仍靠人工登记", {"informatization"}),
    # how a facility's clinics are set up is the service it can offer
    ("个别卫生院儿科门诊设置不合理", {"service_capacity"}),
    # a service supplied short of the need is the capacity to give it
    # a service supplied short of what residents need is their access to care (round 23: 11 of the 16 written
    # problems that say 服务供给 give equity_access, 6 service_capacity)
    ("康复护理服务供给明显不足", {"equity_access"}),
    # pay owed to staff is money not paid, not the pay system of the reform
    ("个别卫生院拖欠职工绩效工资", {"funding"}),
    # the staff on the establishment, counted: staff, whatever system employs them
    ("全县疾控系统在编人员仅有每万人口0.8人", {"workforce"}),
    ("县妇幼保健系统在编职工只有30名", {"workforce"}),
    # the share of pregnancies registered early is the maternal programme's coverage (round 27: and the registering
    # not carried to the mothers, execution)
    ("全县早孕建册率偏低", {"execution", "public_health_pressure"}),
]


@pytest.mark.parametrize("sentence, expected", WRITTEN)
def test_a_reader_gives_these_themes(sentence, expected):
    assert themes_of(sentence) == expected


def test_traditional_wording_gets_the_themes_of_its_simplified_form():
    """Metamorphic: the same sentences in Traditional characters keep their themes."""
    pairs = [("縣醫院隔離病房數量偏少", "县医院隔离病房数量偏少"), ("全縣早孕建冊率偏低", "全县早孕建册率偏低"),
             ("衛健與醫保部門之間的數據尚未打通", "卫健与医保部门之间的数据尚未打通")]
    for traditional, simplified in pairs:
        assert themes_of(traditional) == themes_of(simplified) != set()


def test_the_pay_system_stays_the_reform_when_no_pay_is_owed():
    """Metamorphic: only pay owed leaves the reform; the pay system judged keeps it."""
    assert "reform" in themes_of("绩效工资分配机制不够合理")
    assert "reform" not in themes_of("部分单位拖欠绩效工资")


def test_registration_done_late_is_the_work_not_the_programme():
    """Registration judged late is how the work is done (execution), not the programme's coverage."""
    assert themes_of("个别村组早孕建册不及时") == {"execution"}


def test_an_ageing_population_says_why_when_what_falls_short_is_named():
    """An ageing population is the burden of disease and care only when nothing else is named."""
    assert themes_of("人口老龄化程度不断加深") == {"public_health_pressure"}
    assert themes_of("人口老龄化程度不断加深,老年康复护理服务供给明显不足") == {"equity_access"}
    assert themes_of("人口老龄化程度不断加深,老年病床位十分紧张") == {"infrastructure"}


@pytest.mark.parametrize("sentence, expected", [
    # the capacity to admit patients is a capacity of care (of a field's hospital, and the field's burden)
    ("县传染病医院收治能力有限", {"service_capacity", "public_health_pressure"}),
    ("儿科收治能力不足", {"service_capacity"}),
    # care far away, said as the long trip patients make
    ("北片乡镇群众看一次病往往要长途奔波", {"equity_access"}),
])
def test_admitting_patients_and_the_long_trip_to_care(sentence, expected):
    assert themes_of(sentence) == expected


def test_medicines_supplied_short_are_out_of_reach_not_a_service_capacity():
    """A service's supply is the capacity to give it; medicines supplied short are access."""
    assert themes_of("乡镇卫生院药品供给不足") == {"equity_access"}


@pytest.mark.parametrize("sentence", ["基层就诊率不高", "社区就诊率偏低", "县外就诊比例仍然偏高"])
def test_the_share_of_care_given_locally_is_the_local_care(sentence):
    """The share of care given at the grassroots, or outside the county said as a share of visits, is what local care
    can give."""
    assert themes_of(sentence) == {"service_capacity"}


@pytest.mark.parametrize("sentence", ["县域内就诊率距离90%的目标仍有差距"])
def test_the_share_of_care_given_outside_the_county_is_also_access(sentence):
    """The residents who leave the county for care (round 26): what local care gives and what they reach near home."""
    assert themes_of(sentence) == {"equity_access", "service_capacity"}


def test_the_inpatients_counted_outside_the_county_are_access():
    """…while the inpatients counted outside the county, named alone, are the residents' access only (round 27: six of
    six such problems in the written sets)."""
    assert themes_of("县外住院比例仍然偏高") == {"equity_access"}
