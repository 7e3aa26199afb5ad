"""Observation extraction on real sentences from the seed reports (data/raw, /work/shared/seeds)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from conftest import SHARED

from healthdata.extract.checks import agrees_with
from healthdata.extract.numbers import parse_number
from healthdata.extract.observations import OBSERVATION_KEYS, extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText, Section


def report_of(text: str, sections: list[Section] | None = None) -> ReportText:
    return ReportText(doc_id="t#01", source_file="t.txt", text=text, match=matching_text(text), start=0, end=len(text), sections=sections or [])


def rows_of(text: str, **kw) -> list[dict]:
    rows = extract_report(report_of(text, **kw)).observations
    for r in rows:
        assert set(r) == set(OBSERVATION_KEYS)
        assert text[r["source_start"] : r["source_end"]] == r["quote"]
        assert r["sentence_start"] <= r["source_start"] < r["source_end"] <= r["sentence_end"]
    return rows


def by_quote(rows: list[dict], quote: str, n: int = 0) -> dict:
    hits = [r for r in rows if r["quote"] == quote]
    assert len(hits) > n, f"{quote!r} not extracted; got {[r['quote'] for r in rows]}"
    return hits[n]


# ------------------------------------------------------------------ units
def test_percent_with_indicator_and_population():
    rows = rows_of("全县城镇职工、城镇居民基本医疗参保人数8.29万人,参保率为85.81%;全县参加新型农村合作医疗人数83.75万人,参合率92.93%。")
    r = by_quote(rows, "85.81%")
    assert (r["value"], r["unit"], r["indicator_id"], r["statement"], r["comparator"]) == (85.81, "percent", "basic_insurance_enrollment_rate", "actual", "=")
    assert by_quote(rows, "92.93%")["indicator_id"] == "ncms_participation_rate"


def test_per_mille_per_100k_and_stray_spaces():
    rows = rows_of("乙类传染病发病率为145.50 /10万,同比下降5.97%,丙类传染病发病率为604.62 /10万,同比下降28.66%。")
    r = by_quote(rows, "145.50 /10万")
    assert (r["value"], r["unit"], r["indicator_id"]) == (145.5, "per_100k", "notifiable_disease_incidence")
    change = by_quote(rows, "5.97%")
    assert (change["value"], change["statement"], change["indicator_id"]) == (-5.97, "change", "notifiable_disease_incidence")
    rows = rows_of("五岁以下儿童死亡4人,死亡率为9. 38‰;母乳喂养率为91. 69%。")
    assert by_quote(rows, "9. 38‰")["value"] == 9.38 and by_quote(rows, "9. 38‰")["unit"] == "per_mille"
    assert by_quote(rows, "91. 69%")["indicator_id"] == "breastfeeding_rate"
    rows = rows_of("住院总人次1.4072万人次,同比增长0.99 %。")
    assert by_quote(rows, "0.99 %")["value"] == 0.99


def test_per_ten_thousand_written_as_shi_wan():
    rows = rows_of("孕产妇死亡率和婴儿死亡率分别控制在92.68/十万和10.66‰,“612”工作制度服务覆盖率达到80%。")
    a, b = by_quote(rows, "92.68/十万"), by_quote(rows, "10.66‰")
    assert (a["unit"], a["indicator_id"]) == ("per_100k", "maternal_mortality_ratio")
    assert (b["unit"], b["indicator_id"]) == ("per_mille", "infant_mortality_rate")
    assert not any(r["quote"].startswith("612") for r in rows)  # programme names are not quantities


def test_percentage_points_are_a_difference_in_percent_and_a_percent_change_is_relative():
    rows = rows_of("全县住院分娩率提高了10.47个百分点,婴儿死亡率下降0.4个千分点,门诊人次同比增长6.2%,床位增加120张。")
    got = [(r["quote"], r["unit"], r["statement"], r["change_kind"], r["value"]) for r in rows]
    assert got == [("10.47个百分点", "percent", "change", "difference", 10.47),
                   ("0.4个千分点", "per_mille", "change", "difference", -0.4),
                   ("6.2%", "percent", "change", "relative", 6.2),
                   ("120张", "count", "change", "difference", 120.0)]
    assert all(r["change_kind"] is None for r in rows_of("全县住院分娩率为98.5%。"))


def test_percent_spelled_out():
    r = by_quote(rows_of("全县参合率达到百分之九十五以上。"), "百分之九十五")
    assert (r["value"], r["unit"], r["comparator"]) == (95.0, "percent", ">=")


def test_ratio_from_catalog_unit():
    r = by_quote(rows_of("20XX年,辖区户籍人口、流动人口(半年以上)政策生育率分别为 90.36%、92.32%,出生人口性别比为106.11,均处在全市较好水平。"), "106.11")
    assert (r["unit"], r["indicator_id"], r["unit_implicit"]) == ("ratio", "sex_ratio_at_birth", True)


# ------------------------------------------------------------------ masked values
def test_masked_values_are_null_and_redacted_never_zero():
    rows = rows_of("参合率达x%,新农合政策性报付比达x%。门诊人均费用为XX2.48元,住院人均费用为7079.35元。1-6月份共完成新生儿听力筛查xx36人次,筛查率96%。在全市开展了脊灰强化免疫接种工作,两轮共接种适龄儿童*****名,接种率为*****%。")
    for q in ("x%", "XX2.48元", "xx36人次", "*****%", "*****名"):
        r = by_quote(rows, q)
        assert r["redacted"] is True and r["value"] is None
    assert by_quote(rows, "x%", 1)["indicator_id"] == "reimbursement_ratio"
    assert by_quote(rows, "*****%")["indicator_id"] == "polio_vaccination_rate"
    assert by_quote(rows, "7079.35元")["value"] == 7079.35


# ------------------------------------------------------------------ unit-less targets
def test_unitless_rates_in_a_target_list():
    rows = rows_of("2、全面巩固小康指标成果,全市新型农村合作医疗村覆盖率100,人均筹资额110元以上,农民参保率97以上,基金使用率90以上,农民实际报销比例不低于30。")
    r = by_quote(rows, "97")
    assert (r["value"], r["unit"], r["unit_implicit"], r["comparator"], r["indicator_id"]) == (97.0, "percent", True, ">=", "ncms_participation_rate")
    assert by_quote(rows, "30")["comparator"] == ">=" and by_quote(rows, "30")["indicator_id"] == "reimbursement_ratio"
    assert by_quote(rows, "100")["indicator_id"] == "ncms_village_coverage_rate"
    money = by_quote(rows, "110元")
    assert (money["unit"], money["value"], money["comparator"]) == ("yuan", 110.0, ">=")


def test_unitless_rate_beside_its_counts_takes_catalog_unit():
    rows = rows_of("新生儿死亡10人,新生儿死亡率3.28;婴儿死亡13人,婴儿死亡率4.26,5岁以下儿童死亡17人,5岁以下儿童死亡率5.57。")
    r = by_quote(rows, "4.26")
    assert (r["unit"], r["indicator_id"], r["unit_implicit"]) == ("per_mille", "infant_mortality_rate", True)
    assert by_quote(rows, "5.57")["indicator_id"] == "under5_mortality_rate"


def test_a_bare_rate_of_an_unknown_indicator_is_not_guessed_but_a_zero_is_kept():
    rows = rows_of("0-6岁儿童系统管理率87%,新生儿破伤风率为0.3,听力筛查阳性率为0。")
    assert [r["quote"] for r in rows] == ["87%"]
    # a zero is zero in any unit: after an incidence or mortality it is kept, in the unit such a rate is given in
    rows = rows_of("全县甲类传染病发病率为0,新生儿破伤风发病率为0,孕产妇死亡率为0。")
    assert [(r["quote"], r["value"], r["unit"], r["indicator_id"]) for r in rows] == [
        ("0", 0.0, "per_100k", "notifiable_disease_incidence"), ("0", 0.0, "per_100k", None),
        ("0", 0.0, "per_100k", "maternal_mortality_ratio")]


# ------------------------------------------------------------------ number and unit variants (written for the tests)
@pytest.mark.parametrize("text, quote, value, unit", [
    ("全县参合率达97。6%。", "97。6%", 97.6, "percent"),  # 。 as the decimal point
    ("乙类传染病发病率为85.2/10 万。", "85.2/10 万", 85.2, "per_100k"),  # a space inside the unit
    ("乙類傳染病發病率為85.2/10萬。", "85.2/10萬", 85.2, "per_100k"),  # Traditional 萬
    ("孕产妇死亡率3.1/‰。", "3.1/‰", 3.1, "per_mille"),  # a slash before ‰
    ("麻疹发病率为1/100万。", "1/100万", 0.1, "per_100k"),  # per million = 0.1 per 100 000
    ("全县孕产妇死亡3人/20万人。", "3人/20万人", 1.5, "per_100k"),  # cases per a written population
])
def test_number_and_unit_variants(text, quote, value, unit):
    r = by_quote(rows_of(text), quote)
    assert (r["value"], r["unit"]) == (pytest.approx(value), unit)


def test_a_decimal_point_written_as_the_full_stop_ends_no_sentence():
    rows = rows_of("全县参合率达97。6%,住院分娩率99%。")
    assert [r["quote"] for r in rows] == ["97。6%", "99%"]
    assert rows[0]["sentence_end"] == rows[1]["sentence_end"]
    assert [r["quote"] for r in rows_of("全年共培训56人。3月份召开会议。")] == ["56人"]


def test_unitless_change_beside_a_rate_is_a_percent_change():
    rows = rows_of("乙类传染病发病率为120.5/10万,同比下降12;门诊人次同比增长6.4。")
    assert [(r["quote"], r["value"], r["unit"], r["statement"]) for r in rows] == [
        ("120.5/10万", 120.5, "per_100k", "actual"), ("12", -12.0, "percent", "change"), ("6.4", 6.4, "percent", "change")]
    assert [r["quote"] for r in rows_of("今年新建村卫生室同比增加12。")] == []  # a whole number beside no rate: no percent


def test_item_numbers_inside_a_line_are_not_values():
    rows = rows_of("主要指标:1、参合率97以上;2、建档率85以上;3、签约率60以上。")
    assert [(r["quote"], r["value"], r["indicator_id"]) for r in rows] == [
        ("97", 97.0, "ncms_participation_rate"), ("85", 85.0, "health_record_coverage_rate"), ("60", 60.0, "family_doctor_contract_rate")]


def test_tables_with_the_unit_in_its_own_column():
    rows = rows_of("指标 | 单位 | 2024年目标\n婴儿死亡率 | ‰ | <5\n住院分娩率 | % | ≥98\n")
    assert [(r["quote"], r["value"], r["unit"], r["indicator_id"], r["comparator"]) for r in rows] == [
        ("5", 5.0, "per_mille", "infant_mortality_rate", "<="), ("98", 98.0, "percent", "hospital_delivery_rate", ">=")]
    # the same table written one cell per line
    rows = rows_of("婴儿死亡率\n‰\n<5\n住院分娩率\n%\n98以上\n")
    assert [(r["quote"], r["unit"], r["indicator_id"], r["comparator"]) for r in rows] == [
        ("5", "per_mille", "infant_mortality_rate", "<="), ("98", "percent", "hospital_delivery_rate", ">=")]


# ------------------------------------------------------------------ distributive lists
def test_distributive_list_gives_one_row_per_value():
    rows = rows_of("全市孕产妇死亡率控制在17/10万以下,婴儿死亡率、5岁以下儿童死亡率分别控制在9‰和12‰以下。")
    a, b = by_quote(rows, "9‰"), by_quote(rows, "12‰")
    assert (a["indicator_id"], b["indicator_id"]) == ("infant_mortality_rate", "under5_mortality_rate")
    assert a["comparator"] == b["comparator"] == "<="
    assert by_quote(rows, "17/10万")["comparator"] == "<="


def test_distributive_values_with_no_list_before_them_do_not_crash():
    rows = rows_of("分别为85%和65%。两项指标,分别达到72%和64%。")
    assert [(r["quote"], r["value"], r["indicator_id"]) for r in rows] == [
        ("85%", 85.0, None), ("65%", 65.0, None), ("72%", 72.0, None), ("64%", 64.0, None)]


def test_distributive_list_with_populations_and_unitless_values():
    rows = rows_of("力争城市居民和农民到社区卫生服务机构就诊率分别达45和60以上。")
    a, b = by_quote(rows, "45"), by_quote(rows, "60")
    assert a["population"] == "城市居民" and b["population"] == "农民"
    assert a["indicator_id"] == b["indicator_id"] == "community_first_contact_rate"
    assert a["statement"] == b["statement"] == "target" and a["comparator"] == b["comparator"] == ">="
    rows = rows_of("城镇职工、城镇居民参保率分别达x%、x%,城镇职工、城镇居民医保平均报销比例分别达到85%和65%。")
    assert [r["population"] for r in rows] == ["城镇职工", "城镇居民", "城镇职工", "城镇居民"]
    assert [r["indicator_id"] for r in rows] == ["basic_insurance_enrollment_rate"] * 2 + ["reimbursement_ratio"] * 2


def test_distributive_list_resolved_from_qualifiers_earlier_in_the_sentence():
    rows = rows_of("1—10月份,全市产妇2164人,系统管理2067人,0—6岁儿童14167人,系统管理13178人,两个系统管理分别达到95.52%和93.01%。")
    assert by_quote(rows, "95.52%")["indicator_id"] == "maternal_systematic_management_rate"
    assert by_quote(rows, "93.01%")["indicator_id"] == "child_systematic_management_rate"
    assert by_quote(rows, "95.52%")["period_text"] == "1—10月份"


def test_one_value_for_a_list_of_vaccines_is_one_generic_row():
    rows = rows_of("7、做好计划免疫工作,脊灰、麻疹、百白破、乙脑、流脑、新生儿乙肝疫苗接种率达95以上、新生儿24小时卡介苗接种率城区达98、农村达95以上。")
    assert [r["quote"] for r in rows] == ["95", "98", "95"]
    assert [r["indicator_id"] for r in rows] == ["immunization_coverage_rate", "bcg_vaccination_rate", "bcg_vaccination_rate"]
    assert rows[2]["population"] == "农村" and all(r["comparator"] == ">=" for r in rows)


def test_single_vaccine_names():
    rows = rows_of("2、计划免疫。五苗接种率分别为:卡介苗100%,糖丸98%百白破97.5%,麻疹99%,乙肝95%,均超出省规定标准。")
    assert [r["indicator_id"] for r in rows] == [
        "bcg_vaccination_rate", "polio_vaccination_rate", "dtp_vaccination_rate", "measles_vaccination_rate", "hepb_vaccination_rate"]


# ------------------------------------------------------------------ statements
def test_change_statements_are_signed():
    rows = rows_of("乡镇卫生院门诊病人人次同比下降10.04%,出院病人人次同比上升8.81%,次均门诊费用和次均门诊药品费用同比下降0.28%和9.22%。")
    assert [(r["quote"], r["value"], r["statement"]) for r in rows] == [
        ("10.04%", -10.04, "change"), ("8.81%", 8.81, "change"), ("0.28%", -0.28, "change"), ("9.22%", -9.22, "change")]


def test_completion_statements():
    rows = rows_of("为6271名妇女做了宫颈癌筛查,完成率104%;为745妇女做了乳腺癌检查,项目完成率106%。")
    r = by_quote(rows, "104%")
    assert (r["statement"], r["indicator_id"], r["flag"]) == ("completion", "task_completion_rate", None)
    assert by_quote(rows, "745")["unit_implicit"] is True  # a count whose measure word is dropped
    rows = rows_of("目前全县191个村卫生室建设项目,已全部完成选址工作,图纸设计完成30%左右,预计6月下旬可陆续开工。")
    r = by_quote(rows, "30%")
    assert (r["statement"], r["comparator"], r["indicator_id"]) == ("completion", "~", "task_completion_rate")
    rows = rows_of("今年已累计完成乡镇卫生院人员在岗培训30人次,村卫生室人员在岗培训90人次。")
    assert [r["statement"] for r in rows] == ["completion", "completion"]


def test_policy_statements():
    rows = rows_of("7月1日起,将新农合结报封顶线从3万元提高到6万元,一级医院结报比例从60%提高到70%,二级医院比例1万元以下从42%提高到50%。")
    for q in ("60%", "70%", "42%", "50%"):
        r = by_quote(rows, q)
        assert (r["statement"], r["indicator_id"]) == ("policy", "reimbursement_ratio"), q
    rows = rows_of("积极为符合条件的农村独生子女投保意外险,意外死亡的最高赔付xx万元,因疾病住院最高赔付3.9万元。")
    r = by_quote(rows, "3.9万元")
    assert (r["value"], r["statement"], r["comparator"]) == (39000.0, "policy", "<=")
    assert by_quote(rows, "xx万元")["value"] is None


def test_target_statements_from_cues():
    rows = rows_of("2、进一步加大新生儿疾病筛查管理力度,制定了2013年筛查率达到95%以上的工作目标,县医院积极相应,认真开展筛查工作,新生儿筛查3666人,筛查率100%。")
    assert by_quote(rows, "95%")["statement"] == "target"
    assert by_quote(rows, "100%")["statement"] == "actual"
    assert by_quote(rows, "3666人")["statement"] == "actual"


def test_values_in_a_plan_section_are_targets():
    text = "三、下半年工作打算\n老年人体检率达80%,中小学生、0-6岁儿童体检率90%以上。"
    plan = Section(heading="三、下半年工作打算", level=1, kind="plans", start=0, end=len(text))
    rows = rows_of(text, sections=[plan])
    assert [r["statement"] for r in rows] == ["target", "target"]
    assert rows[0]["section_kind"] == "plans"
    # a section the segmenter calls 'plans' only because of 计划免疫 is no plan
    text = "5、计划免疫\n建卡建证率达100%,卡证符合达97.62%,五苗覆盖率达99.21%。"
    imm = Section(heading="5、计划免疫", level=3, kind="plans", start=0, end=len(text))
    assert [r["statement"] for r in rows_of(text, sections=[imm])] == ["actual"] * 3


# ------------------------------------------------------------------ counts and money
def test_counts_and_money_with_wan():
    rows = rows_of("截止4月底,医疗救助累计实施门诊救助26349人次,实施住院救助70人次;资助参加新农合299万元,资助参加城镇居民医保79万元;门诊救助补偿2.45万元,住院救助补偿101万元。")
    assert [(r["quote"], r["value"], r["unit"], r["count_unit"]) for r in rows] == [
        ("26349人次", 26349.0, "count", "人次"), ("70人次", 70.0, "count", "人次"), ("299万元", 2990000.0, "yuan", "元"),
        ("79万元", 790000.0, "yuan", "元"), ("2.45万元", 24500.0, "yuan", "元"), ("101万元", 1010000.0, "yuan", "元")]
    assert all(r["period_text"] == "截止4月底" for r in rows)
    r = by_quote(rows_of("20XX年,全区总诊疗人次为103.8143万人次,同比增长 0.86%。"), "103.8143万人次")
    assert r["value"] == 1038143.0


def test_approximate_counts_and_ranges():
    rows = rows_of("制作发放宣传资料8万多份,受教育学生达9000余人次,发放人口文化产品件数2千余件。")
    assert [(r["value"], r["comparator"]) for r in rows] == [(80000.0, "~"), (9000.0, "~"), (2000.0, "~")]
    rows = rows_of("每个领导小组均有成员5-8人,组长均为各专项工作分管领导。")
    assert [(r["quote"], r["value"], r["comparator"]) for r in rows] == [("5", 5.0, ">="), ("8人", 8.0, "<=")]
    rows = rows_of("贮备了84消毒液8件(30瓶/件)、漂白精粉4件(50公斤/件)。")
    assert by_quote(rows, "30瓶/件")["count_unit"] == "瓶/件"
    assert by_quote(rows, "50公斤/件")["value"] == 50.0


def test_chinese_numerals_with_measure_words():
    rows = rows_of("配备了三十余台直报专用电脑和网络设备;设立了两部应急值班电话;配备了疾病控制应急处理车一辆,120急救车二辆。")
    assert [(r["quote"], r["value"]) for r in rows] == [("三十余台", 30.0), ("两部", 2.0), ("一辆", 1.0), ("二辆", 2.0)]
    assert by_quote(rows_of("共征集了征文近百篇。"), "百篇")["comparator"] == "~"
    rows = rows_of("讲是局党政主要领导结合卫生工作实际,分别讲一次廉政党课。根据医疗广告法,每月进行一次医疗广告监测。")
    assert [r["quote"] for r in rows] == ["一次"]  # 每月…一次 is a frequency


def test_not_quantities():
    text = ("我局在上级部门、县纪委监察局的统一部署下,深化医药卫生体制综合改革一人一院(中心)包干责任制。"
            "高标准建成“12320”公共卫生咨询服务中心。贯彻市总工会三届五次全委会议精神。严格实行4.2.1体检制,"
            "2011年3月7日召开会议,实行24小时值班,为15岁以下人群补种乙肝疫苗13664人。")
    assert [r["quote"] for r in rows_of(text)] == ["13664人"]


def test_fullwidth_digits_and_thousands_separators():
    rows = rows_of("全年共签发３２１４本,累计投入1,250万元。")
    assert [(r["quote"], r["value"]) for r in rows] == [("３２１４本", 3214.0), ("1,250万元", 12500000.0)]


def test_traditional_text_extracts_like_simplified():
    simp = "全縣参加新型农村合作医疗人数83.75万人,参合率达92.93%。"
    trad = "全縣參加新型農村合作醫療人數８３.７５萬人,參合率達９２.９３％。"
    a, b = rows_of(simp), rows_of(trad)
    assert [r["quote"] for r in b] == ["８３.７５萬人", "９２.９３％"]
    keep = ("value", "unit", "indicator_id", "statement", "comparator", "source_start", "source_end")
    assert [{k: r[k] for k in keep} for r in a] == [{k: r[k] for k in keep} for r in b]


def test_flag_for_percent_above_100_when_not_completion():
    r = by_quote(rows_of("全市孕产妇系统管理率达到104%。"), "104%")
    assert r["flag"] and r["statement"] == "actual"


# ------------------------------------------------------------------ checks
def test_numerator_denominator_check_agrees():
    text = "1—10月份,全市产妇2164人,系统管理2067人,0—6岁儿童14167人,系统管理13178人,两个系统管理分别达到95.52%和93.01%。"
    res = extract_report(report_of(text))
    assert len(res.checks) == 2
    c = res.checks[0]
    rate = res.observations[c["obs_index"]]
    assert rate["quote"] == "95.52%"
    assert (c["numerator"], c["denominator"], c["agrees"]) == (2067.0, 2164.0, True)
    assert text[c["numerator_start"] : c["numerator_end"]] == "2067人"
    assert math.isclose(c["computed"], 95.5176, abs_tol=1e-3)


def test_numerator_denominator_check_uses_the_right_denominator_and_flags_near_misses():
    res = extract_report(report_of("全县产妇3021人,活产3050人,系统管理2700人,系统管理率88.52%。"))
    c = res.checks[0]
    assert (c["denominator"], c["agrees"]) == (3050.0, True)
    res = extract_report(report_of("截止5月底,全县建立健康档案652876人份,建立电子健康档案646708人份,建档率96.54%。"))
    assert len(res.checks) == 1 and res.checks[0]["agrees"] is False


def test_number_parsing():
    assert parse_number("89. 46") == 89.46
    assert parse_number("1,234") == 1234
    assert parse_number("三十") == 30 and parse_number("两") == 2 and parse_number("百") == 100
    assert parse_number("XX2.48") is None
    assert agrees_with(95.5176, 95.52, "95.52%") and not agrees_with(93.0, 95.52, "95.52%")


# ------------------------------------------------------------------ gold (needs /work/shared)
def _gold_dir() -> Path:
    gold = SHARED / "eval" / "gold"
    if not gold.is_dir() or not (SHARED / "seeds").is_dir():
        pytest.skip(f"{SHARED}/eval not present: gold scoring not run")
    return gold


def test_gold_rates_are_found_with_their_indicator():
    gold = _gold_dir()
    found = total = right = compared = 0
    for path in sorted(gold.glob("*.rates*.jsonl")):
        raw = path.name.split(".rates")[0]
        text = (SHARED / "seeds" / raw).read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        rows = extract_report(report_of(text)).observations
        for line in path.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            start = -1
            for _ in range(g.get("occurrence", 1)):
                start = text.find(g["anchor"], start + 1)
            s = start + g["anchor"].find(g["value_text"])
            e = s + len(g["value_text"])
            total += 1
            hit = [r for r in rows if r["source_start"] < e and s < r["source_end"] and r["unit"] == g["unit"]]
            if hit:
                found += 1
                if not str(g["indicator"]).startswith("other:"):
                    compared += 1
                    right += hit[0]["indicator_id"] == g["indicator"]
    assert found / total >= 0.97
    assert right / compared >= 0.95


# ------------------------------------------------------------------ the shipped corpus, read whole
RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
CORPUS = ("000_ad81f4484db6b20c.txt", "001_dfa47eb1ab84a0b0.txt", "002_19759b5c08a3105d.txt",
          "003_43be6a02c8ce3805.txt", "004_be068b8bbcb97381.txt")
# values a reader states for these passages of the seed reports (read by hand, not taken from the program):
# (file, quote, the text right before it, indicator_id, value, unit, statement, comparator)
READER_VALUES = [
    ("001_dfa47eb1ab84a0b0.txt", "8.29万人", "基本医疗参保人数", None, 82900.0, "count", "actual", "="),
    ("001_dfa47eb1ab84a0b0.txt", "85.81%", "参保率为", "basic_insurance_enrollment_rate", 85.81, "percent", "actual", "="),
    ("001_dfa47eb1ab84a0b0.txt", "1万元", "消毒杀虫药品约", None, 10000.0, "yuan", "actual", "~"),
    ("001_dfa47eb1ab84a0b0.txt", "100%", "新生儿筛查3666人,筛查率", "newborn_screening_rate", 100.0, "percent", "actual", "="),
    ("003_43be6a02c8ce3805.txt", "103.8143万人次", "总诊疗人次为", None, 1038143.0, "count", "actual", "="),
    ("003_43be6a02c8ce3805.txt", "41.64%", "职业病危害项目申报率达", "occupational_hazard_declaration_rate", 41.64, "percent", "actual", "="),
    ("004_be068b8bbcb97381.txt", "xx万元", "意外死亡的最高赔付", None, None, "yuan", "policy", "<="),
    ("004_be068b8bbcb97381.txt", "3.9万元", "因疾病住院最高赔付", None, 39000.0, "yuan", "policy", "<="),
]


def _raw_text(name: str) -> str:
    return (RAW / name).read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def _whole_file(name: str):
    text = _raw_text(name)
    return extract_report(ReportText("b#01", name, text, matching_text(text), 0, len(text)))


def _value_read_from_quote(quote: str) -> float | None:
    """The number a reader takes from a quote: its digits, times 万/亿/千 when written before the measure word."""
    import re

    m = re.match(r"([0-9０-９][0-9０-９,.． ]*)(余|多)?(万|亿|千)?", matching_text(quote))
    if m is None:
        return None
    v = float(m.group(1).replace(",", "").replace(" ", ""))
    return v * {"万": 1e4, "亿": 1e8, "千": 1e3, None: 1}[m.group(3)]


@pytest.mark.skipif(not all((RAW / n).exists() for n in CORPUS), reason="shipped raw corpus not present")
def test_corpus_values_read_as_a_reader_states_them():
    results = {name: _whole_file(name).observations for name in CORPUS}
    for name, quote, before, iid, value, unit, statement, comparator in READER_VALUES:
        text = _raw_text(name)
        start = text.index(before + quote) + len(before)
        row = next(r for r in results[name] if r["source_start"] == start)
        got = (row["quote"], row["indicator_id"], row["value"], row["unit"], row["statement"], row["comparator"])
        assert got == (quote, iid, value, unit, statement, comparator), (name, quote)
    for name, rows in results.items():
        text = _raw_text(name)
        for r in rows:
            assert text[r["source_start"] : r["source_end"]] == r["quote"]
            read = None if r["redacted"] else _value_read_from_quote(r["quote"])
            if read is not None and r["unit"] in ("count", "yuan", "percent", "per_mille") and r["statement"] != "change":
                assert r["value"] == pytest.approx(read), (name, r["quote"])


def test_matching_text_converts_exactly_like_opencc():
    """The table-driven conversion equals OpenCC's own t2s converter (phrases included), on the corpus,
    on its Traditional form, and on text holding phrases OpenCC converts differently from characters."""
    import opencc

    from healthdata.textnorm import SHORT_TEXT, fold_forms, replace_paraphrases

    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    texts = ["我們不瞭解沈默的原因,乾隆年間有序推進，參合率９７．５％", "沈船、瞭望、著名、么麼小丑。一目瞭然"]
    texts += [_raw_text(n)[:6000] for n in CORPUS if (RAW / n).exists()]
    texts += [s2t.convert(t) for t in texts]
    texts += [t[i : i + n] for t in texts for n in (2, 7, SHORT_TEXT, SHORT_TEXT + 1) for i in range(0, min(len(t), 300), 5)]  # short texts too
    for text in texts:
        assert matching_text(text) == replace_paraphrases(fold_forms(t2s.convert(text)))


def test_declared_first_characters_keep_every_match():
    """The patterns compiled behind a look-ahead for their declared first characters (period expressions,
    age groups, population words, trailing link words) find exactly what the plain patterns find."""
    import re

    from healthdata.extract.cues import cues
    from healthdata.normalize.indicators import _population_vocab
    from healthdata.vocab import load_yaml

    v = load_yaml("statements.yaml")
    texts = ["截至5月底,上半年1-6月份全年第二季度完成,今年以来二季度,截至目前,年内,至三月底,3岁以下儿童、0-6岁儿童,65岁以上老年人,城镇职工和农民达到了 "]
    texts += [matching_text(_raw_text(n)) for n in CORPUS if (RAW / n).exists()]
    age, _, either, first, *_ = _population_vocab()
    plain_either = "|".join([f"(?:{v['population_pattern']})"] + [re.escape(w) for w in sorted(v["populations"], key=len, reverse=True)])
    pairs = [(cues().period_rx, "|".join(f"(?:{p})" for p in v["period_patterns"])), (age, v["population_pattern"]),
             (either, plain_either), (cues().links_tail_rx, cues().links_tail_rx.pattern.split(")(?:", 1)[1][:-1])]
    for fast, plain in pairs:
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(plain, text)]
    for text in texts:  # every match of either starts with a character of the first-character class
        assert all(first.match(text, m.start()) for m in either.finditer(text))
    for text in texts:  # every period expression holds one of the period words
        assert all(cues().period_word_rx.search(text, m.start(), m.end()) for m in cues().period_rx.finditer(text))
    *_, words_only, held = _population_vocab()
    plain_words = "|".join(re.escape(w) for w in sorted(v["populations"], key=len, reverse=True))
    for text in texts:  # the population words grouped by first character find what their plain alternation finds,
        assert [m.span() for m in words_only.finditer(text)] == [m.span() for m in re.finditer(plain_words, text)]
        assert all(held in m.group() for m in age.finditer(text))  # and every age group holds the character it is gated by


def test_section_kind_lookup_matches_a_scan_of_the_sections():
    from healthdata.types import innermost_kind

    sections = [Section("一、", 1, "achievements", 0, 60), Section("(一)", 2, "problems", 10, 30),
                Section("(二)", 2, "plans", 25, 50), Section("1、", 3, "other", 40, 45), Section("二、", 1, "plans", 60, 90)]
    rep = report_of("x" * 100, sections=sections)
    assert [rep.section_kind_at(p) for p in range(-2, 102)] == [innermost_kind(sections, p) for p in range(-2, 102)]
    rep.sections = sections[:1]  # the lookup follows the current sections
    assert rep.section_kind_at(35) == "achievements"


def test_unit_matches_equal_a_scan_from_every_candidate():
    from healthdata.extract.numbers import _unit_matches, _unit_scan, unit_candidates

    cand, rx = _unit_scan()[:2]
    text = matching_text("1-2人次、3个百分点,5千人和20余万元;一,234人 x%** 50 %、三个十人1.5万元/人 8.5 /10万" * 3)

    def scan(lo, hi):  # the plain loop: the candidate at or after pos, the unit regex tried there
        out, pos = [], lo
        while (c := cand.search(text, pos, hi)) is not None:
            m = rx.match(text, c.start(), hi)
            pos = c.start() + 1 if m is None else m.end()
            if m is not None:
                out.append(m.span())
        return out

    for lo, hi in ((0, len(text)), (3, len(text) - 5), (17, 60)):
        assert [m.span() for m in _unit_matches(text, lo, hi, rx, unit_candidates(text, lo, hi))] == scan(lo, hi)
    # the candidates found for the whole text at once are where the candidate pattern matches
    texts = [(text, lo, hi) for lo, hi in ((0, len(text)), (3, len(text) - 5), (17, 60), (41, 42))]
    texts += [(t, 0, len(t)) for t in (matching_text(_raw_text(n)) for n in CORPUS if (RAW / n).exists())]
    for t, lo, hi in texts:
        assert unit_candidates(t, lo, hi) == [p for p in range(lo, hi) if cand.match(t, p, hi)]


def test_phrase_check_looks_only_around_trigger_characters():
    from healthdata.textnorm import _needs_phrases, _tables, code_points

    special_rx = _tables()[5]
    for text in ("覆盖率达到95%", "我們不瞭解沈默的原因", "沈" + "覆" * 30 + "默", "一目瞭然。" * 50, "乾隆年間", "x" * 20 + "瞭解"):
        assert _needs_phrases(text, code_points(text)) == (special_rx.search(text) is not None)
        assert _needs_phrases(text, None) == (special_rx.search(text) is not None)  # looked at character by character


def test_indicator_mentions_equal_a_lookup_at_every_position():
    from healthdata.normalize.indicators import Mention, alias_table, indicator_mentions

    table = alias_table()
    lengths = sorted({len(a) for a in table}, reverse=True)
    text = matching_text("今年全县新农合参合率达98.5%,孕产妇系统管理率和3岁以下儿童系统管理率分别为92%、90%;卡介苗接种率" * 2)

    def lookup(lo, hi):  # every alias tried at every position, longest first
        return [Mention(i, i + n, text[i : i + n]) for i in range(lo, hi) for n in lengths
                if i + n <= hi and text[i : i + n] in table]

    for lo, hi in ((0, len(text)), (5, len(text) - 3), (9, 30), (40, 44)):
        assert indicator_mentions(text, lo, hi) == lookup(lo, hi)
    assert lookup(0, len(text))  # the text names indicators at all


def test_period_before_a_value_is_the_last_one_a_scan_up_to_the_value_finds():
    from healthdata.extract.context import report_context
    from healthdata.extract.cues import cues
    from healthdata.extract.observations import period_before, sentence_facts

    text = matching_text("截至10月底,全年1-10月份累计完成85%,上半年达到90%以上")
    ctx = report_context(ReportText("d", "f", text, text, 0, len(text)))
    for last_value in (0, 12, 17, len(text)):
        facts = sentence_facts(ctx, (0, len(text)), last_value)
        for p in range(last_value + 1):
            expected = [m.group() for m in cues().period_rx.finditer(text, 0, p)]
            assert period_before(ctx, facts, p) == (expected[-1] if expected else None)


def test_code_point_scans_keep_string_offsets_beyond_the_bmp():
    """The vectorised character scans (matching text, clause and sentence breaks) count characters as
    ``str`` does: characters outside the BMP and lone surrogates are one position each."""
    import opencc

    from healthdata.extract.context import break_positions
    from healthdata.textnorm import _tables, code_points, fold_forms, matching_text

    astral = [c for c in _tables()[0] if ord(c) > 0xFFFF][:5]
    assert astral, "OpenCC's t2s table has characters outside the BMP"
    text = "參合率" + "".join(astral) + "\ud800" + "９５％，覆蓋率。\U00020000二、接種率\n"
    assert matching_text(text) == fold_forms(opencc.OpenCC("t2s").convert(text))
    clause, sentence = break_positions(code_points(text[2:]), 2)
    assert clause.tolist() == [i for i, ch in enumerate(text) if ch in "，。\n" and i >= 2]
    assert sentence.tolist() == [i for i, ch in enumerate(text) if ch in "。\n"]


def test_bare_number_spans_equal_the_regex_on_the_corpus_and_on_any_text():
    """The array scan finds exactly BARE_NUMBER's finditer matches, whatever the window (a window
    starting inside a number, after a point or a letter) and whatever the digits (Arabic-Indic ٣,
    fullwidth ３: ``\\d`` is every Unicode decimal digit)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from healthdata.extract.numbers import BARE_NUMBER, bare_number_spans

    def both(text: str, lo: int, hi: int):
        starts, ends = bare_number_spans(text, lo, hi)
        return list(zip(starts.tolist(), ends.tolist())), [m.span() for m in BARE_NUMBER.finditer(text, lo, hi)]

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    for path in sorted(raw.glob("*.txt")):
        text = matching_text(path.read_text(encoding="utf-8"))
        for lo in [0, *range(1, len(text), 997)]:
            got, want = both(text, lo, min(len(text), lo + 1500))
            assert got == want
    got, want = both("12.5人,3.4.5和6", 0, 13)
    assert got == want == [(0, 4), (12, 13)]  # 3.4.5 is no number

    @settings(max_examples=3000, deadline=None)
    @given(st.text(alphabet="0123456789.a“一 ٣３\n", max_size=14), st.data())
    def check(text, data):
        lo = data.draw(st.integers(0, len(text)))
        hi = data.draw(st.integers(lo, len(text)))
        got, want = both(text, lo, hi)
        assert got == want

    check()


def test_every_decimal_digit_reads_as_its_ascii_digit():
    """The matching text writes every Unicode decimal digit as 0-9 (the quote keeps the raw digits), so a
    rate written in Arabic-Indic or fullwidth digits extracts as if written in ASCII."""
    from healthdata.textnorm import decimal_digit_table

    assert matching_text("٣٥%、৭.৫‰、１２％") == "35%、7.5‰、12%"
    rows = extract_report(report_of("全县参合率达٩٨.٥%。")).observations
    assert [(r["quote"], r["value"], r["unit"], r["indicator_id"]) for r in rows] == [("٩٨.٥%", 98.5, "percent", "ncms_participation_rate")]
    table = decimal_digit_table()
    assert table[ord("7")] and table[ord("٣")] and table[0x1D7E0] and not table[ord("七")] and not table[ord("x")]


def test_article_spinner_wording_reads_like_the_plain_wording():
    plain = rows_of("全县婴儿死亡率同比下降12.5%,住院分娩率提高了1.2个百分点,由8.1‰下降到5.2‰。")
    spun = rows_of("全县婴儿死亡率同比降落12.5%,住院分娩率进步了1.2个百分点,由8.1‰降落到5.2‰。")
    keep = ("value", "unit", "indicator_id", "statement", "comparator", "source_start")
    assert [{k: r[k] for k in keep} for r in spun] == [{k: r[k] for k in keep} for r in plain]
    assert [r["statement"] for r in plain] == ["change", "change", "actual", "actual"]


def test_rate_prefixes_are_looked_for_after_the_ending_they_share():
    from healthdata.extract.numbers import _shared_ending, quantity_vocab, unit_tokens

    prefixes = tuple(quantity_vocab()["rate_prefixes"])
    assert all(p.endswith(_shared_ending(prefixes)) for p in prefixes)
    assert _shared_ending(("百分之", "千分之")) == "分之" and _shared_ending(("报销比例", "补偿比")) == ""
    text = matching_text("合格率达到百分之九十五,覆盖率千分之三")
    assert [(t.num_text, t.unit) for t in unit_tokens(text, 0, len(text))] == [("九十五", "percent"), ("三", "per_mille")]


def test_a_rate_per_million_written_out_is_a_tenth_per_100k():
    # 百万分之五 is 0.5 per 100 000 (not five per 10 000, the 万分之 inside it)
    text = "全县麻疹发病率为百万分之五，风疹发病率为万分之三。"
    got = [(r["quote"], r["value"], r["unit"]) for r in extract_report(report_of(text)).observations]
    assert got == [("百万分之五", 0.5, "per_100k"), ("万分之三", 3.0, "per_10k")]
