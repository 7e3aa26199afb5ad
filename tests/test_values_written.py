"""Values read off pages written for these tests (no text from any website or from eval/written):
numbers cut by a site's page furniture, numbers spaced and written with 。 as the decimal point,
and the statement, indicator and comparator an analyst reads for them.  Every page goes through the
build's own per-page path, and every quote must be the raw characters it points at."""
from __future__ import annotations

import pytest

from test_page_shapes import page_rows  # the build's per-page path, each quote checked against the raw text


def rate_rows(text: str) -> list[dict]:
    return [r for r in page_rows(text)[1] if r["unit"] not in ("count", "yuan")]


RULE = "-" * 72


@pytest.mark.parametrize("block", [
    f"\n{RULE}\n第1页/共4页　　本资料来自网友上传，仅供学习参考\n{RULE}\n",
    f"\n{RULE}\n第2页 共4页\n{RULE}\n",
    "\n第3页/共4页\n",
    f"\n{'=' * 40}\n- 2 -\n{'=' * 40}\n",
])
def test_a_page_break_block_inside_a_number_is_read_through(block):
    page = ("石门县卫生局2022年工作计划\n"
            "一、工作目标\n"
            f"全县病床使用率力争达到8{block}6.5%，孕产妇系统管理率达到9{block}3%以上，高血压患者规范管理率达到6{block}1%。\n")
    rates = rate_rows(page)
    assert [(r["value"], r["unit"]) for r in rates] == [(86.5, "percent"), (93.0, "percent"), (61.0, "percent")]
    assert all(block.strip() in r["quote"] for r in rates)  # the quote runs through the block in the raw text
    assert all(r["statement"] == "target" for r in rates)  # one plan, not cut into two reports at the block


def test_a_page_break_block_between_sentences_or_table_cells_joins_no_numbers():
    page = ("石门县卫生局2022年工作总结\n"
            "全县参合率为97.2%，比上年提高1.1个百分点。\n"
            f"{RULE}\n第1页/共2页\n{RULE}\n"
            "3名乡镇卫生院院长参加了轮训。\n"
            "指标 | 单位 | 完成值\n"
            "住院分娩率 | % | 98\n"
            f"{RULE}\n第2页/共2页\n{RULE}\n"
            "5 | 岁以下儿童死亡率\n")
    _, obs = page_rows(page)
    values = [r["value"] for r in obs]
    assert values == [97.2, 1.1, 3.0, 98.0]


@pytest.mark.parametrize("written, value", [("8 6。4%", 86.4), ("9 1。2 %", 91.2), ("7 3%", 73.0)])
def test_a_spaced_number_with_a_full_stop_for_its_point_is_one_rate(written, value):
    page = f"临湘市2021年卫生工作总结\n全市居民健康档案建档率达到{written}，较好完成任务。\n"
    rates = rate_rows(page)
    assert [(r["value"], r["quote"]) for r in rates] == [(value, written)]


@pytest.mark.parametrize("table, last", [
    ("表2　主要指标\n指标\n单位\n2020年\n2025年目标\n婴儿死亡率\n‰\n5.2\n4.5\n每千人口执业医师数比例\n%\n—\n80\n",
     (80.0, "percent", "target")),
    ("指标 | 单位 | 2020年 | 2025年目标\n婴儿死亡率 | ‰ | 5.2 | 4.5\n孕产妇死亡率 | 1/10万 | — | 12\n",
     (12.0, "per_100k", "target")),
], ids=["one cell a line", "rows of cells"])
def test_a_table_reads_a_dash_as_an_empty_cell_and_a_year_beside_targets_as_reached(table, last):
    rates = rate_rows("桃源县“十四五”卫生健康规划\n" + table)
    got = [(r["value"], r["unit"], r["statement"]) for r in rates]
    assert got == [(5.2, "per_mille", "actual"), (4.5, "per_mille", "target"), last]


def rows_by_quote(text: str) -> dict[str, dict]:
    return {r["quote"]: r for r in page_rows(text)[1]}


def statements_of(text: str) -> dict[str, str]:
    """quote -> statement of every value on the page."""
    return {r["quote"]: r["statement"] for r in page_rows(text)[1]}


def indicators_of(text: str) -> dict[str, str | None]:
    """quote -> indicator_id of every rate on the page."""
    return {r["quote"]: r["indicator_id"] for r in rate_rows(text)}


def test_a_part_of_a_rule_is_a_rule_and_a_per_case_subsidy_is_a_rule():
    page = ("青田县卫生局2015年工作总结\n"
            "全年人均筹资标准提高到420元，其中个人缴费90元，各级财政补助330元。对住院分娩的农村孕产妇每例补助500元。"
            "全年培训乡村医生310人，其中女性120人。城乡居民医保个人缴费标准为220元，困难老人每人每月发放护理补贴80元。\n")
    # a part of a reached count stays a reached count
    assert statements_of(page) == {"420元": "policy", "90元": "policy", "330元": "policy", "500元": "policy", "310人": "actual",
                          "120人": "actual", "220元": "policy", "80元": "policy"}


def test_bounds_written_before_the_verb_or_as_an_obligation():
    page = ("青田县卫生局2016年工作计划\n"
            "一、主要目标\n"
            "每个乡镇至少建成2个标准化村卫生室，每季度对村医培训不少于1次。"
            "目录外药品费用占比不得超过8%，次均住院费用增幅控制在6%以内。\n")
    rows = rows_by_quote(page)
    assert (rows["2个"]["comparator"], rows["2个"]["statement"]) == (">=", "target")
    assert (rows["1次"]["comparator"], rows["1次"]["statement"]) == (">=", "target")  # a required frequency is a number
    assert (rows["8%"]["comparator"], rows["8%"]["statement"]) == ("<=", "policy")  # a bound set as a prohibition is a rule
    assert (rows["6%"]["statement"], rows["6%"]["value"], rows["6%"]["comparator"]) == ("target", 6.0, "<=")


def test_a_growth_kept_within_a_limit_in_a_report_of_work_done_is_no_change():
    page = "青田县卫生局2016年工作总结\n全县次均住院费用增幅控制在5%以内，门诊人次增长8.1%。\n"
    rows = rows_by_quote(page)
    assert (rows["5%"]["statement"], rows["5%"]["value"]) == ("actual", 5.0)
    assert (rows["8.1%"]["statement"], rows["8.1%"]["value"]) == ("change", 8.1)


def test_a_level_that_shall_be_kept_is_a_target():
    page = ("关于做好2017年新农合工作的通知\n各乡镇：\n今年全县参合率要稳定在96%以上，住院补偿比例调整为75%。\n")
    rows = rows_by_quote(page)
    assert (rows["96%"]["statement"], rows["96%"]["comparator"]) == ("target", ">=")


def test_a_sites_page_counter_is_no_quantity():
    page = ("云和县卫生局2018年工作总结\n发布时间：2019-01-10　　阅读：562次　　浏览：87次\n"
            "下载次数：56次　收藏：12次　评论(3条)　（已下载 112 次）\n"
            "全年开展巡回医疗36次，服务群众4 300人次。\n")
    got = sorted(r["value"] for r in page_rows(page)[1])
    assert got == [36.0, 4300.0]


def test_the_certification_of_inspected_workers_is_not_the_inspectors():
    page = ("云和县卫生局2018年工作总结\n"
            "全县卫生监督员持证上岗率100%。餐饮服务从业人员持证上岗率达到97.5%。\n")
    assert indicators_of(page) == {"100%": "inspector_certification_rate", "97.5%": None}


def test_coverage_written_as_a_verb_and_primary_care_share_of_visits():
    page = ("云和县卫生局2018年工作总结\n"
            "家庭医生签约服务覆盖重点人群68.2%。基层医疗卫生机构诊疗量占总诊疗量的61.4%。"
            "医院诊疗人次占总诊疗人次的38.6%。一季度新农合基金支出2.3亿元，占全年基金总额的27.5%。"
            "社区卫生服务中心诊疗量达到210万人次，占全县总诊疗量的44.2%。\n")
    # the hospitals' share is no community share, nor is the share of all primary facilities (township health centres
    # and village clinics too: a wider indicator outside the catalog); the fund's spending over the fund is its use
    assert indicators_of(page) == {"68.2%": "family_doctor_contract_rate", "61.4%": None, "38.6%": None,
                                   "27.5%": "ncms_fund_utilization_rate", "44.2%": "community_first_contact_rate"}


def test_a_zero_rate_that_held_for_years_is_read():
    page = "庆元县卫生局2019年工作总结\n全县孕产妇死亡率已连续4年为0，新生儿破伤风发病率连续多年为0。\n"
    rates = rate_rows(page)
    assert [r["value"] for r in rates] == [0.0, 0.0]
    assert (rates[0]["unit"], rates[0]["indicator_id"]) == ("per_100k", "maternal_mortality_ratio")


def test_a_generic_coverage_after_a_sentence_on_a_vaccine_outside_the_programme_stays_unlinked():
    page = ("庆元县卫生局2021年上半年工作总结\n"
            "全县流感疫苗累计接种3.2万剂次；65岁以上老年人接种率为41.3%。\n"
            "全县适龄儿童免疫规划疫苗报告接种率为99.1%；其中麻疹疫苗接种率98.6%。\n")
    indicators = indicators_of(page)
    assert (indicators["41.3%"], indicators["99.1%"]) == (None, "immunization_coverage_rate")


def test_a_clause_naming_its_own_subject_does_not_take_the_previous_rates_indicator():
    page = ("江山市卫生局2013年工作总结\n"
            "全市参合率达到98.4%，门诊人次增长11%，药品收入下降2.6%。孕产妇系统管理率为93%，其中农村91.5%，"
            "比上年提高1.5个百分点。住院补偿比例乡镇卫生院为80%，县级医院65%。老年人健康管理率为70%，比全省平均水平高4个百分点。\n")
    rows = rows_by_quote(page)
    assert rows["98.4%"]["indicator_id"] == "ncms_participation_rate"
    assert rows["11%"]["indicator_id"] is None and rows["2.6%"]["indicator_id"] is None
    assert rows["91.5%"]["indicator_id"] == "maternal_systematic_management_rate"
    assert rows["1.5个百分点"]["indicator_id"] == "maternal_systematic_management_rate"
    assert rows["65%"]["indicator_id"] == "reimbursement_ratio"
    assert rows["4个百分点"]["indicator_id"] == "elderly_health_management_rate"


def test_a_level_named_as_someones_target_after_the_value_is_a_target():
    page = "江山市卫生局2014年工作总结\n全市住院分娩率达到99.3%，超过97%的省定目标。\n"
    rows = rows_by_quote(page)
    assert rows["99.3%"]["statement"] == "actual"
    assert rows["97%"]["statement"] == "target"


def test_an_inpatient_ratio_written_without_its_noun_in_a_target_list():
    page = "江山市卫生局2015年工作要点\n一、工作目标\n参合率96%以上，住院补偿60%，孕产妇死亡率15/10万以下。\n"
    rows = rows_by_quote(page)
    assert (rows["60%"]["indicator_id"], rows["60%"]["statement"]) == ("reimbursement_ratio", "policy")
    assert rows["96%"]["indicator_id"] == "ncms_participation_rate"


def test_a_scheme_states_rules_and_aims_not_results():
    page = "华埠镇2019年新农合住院补偿方案\n一、补偿比例\n乡镇卫生院住院补偿比例为80%，起付线100元。全镇参合率达到96%。\n"
    rows = rows_by_quote(page)
    assert (rows["80%"]["statement"], rows["100元"]["statement"]) == ("policy", "policy")
    assert rows["96%"]["statement"] == "target"


@pytest.mark.parametrize("opening, statement", [
    ("柯城区卫健局2020年上半年卫生工作总结\n", "target"),
    ("【打印】【关闭】\n7月9日，柯城区卫健局召开2020年上半年工作总结会。\n", "target"),  # a news item on the half-year meeting
    ("柯城区卫健局2020年卫生工作总结\n", "actual"),
])
def test_the_second_half_is_a_plan_only_in_a_report_on_the_first_half(opening, statement):
    page = (opening + "上半年，全区新建村卫生室4个，建档率达到71.2%。"
            "下半年，区卫健局新建村卫生室6个，建档率达到75.5%。\n")
    rows = rows_by_quote(page)
    assert (rows["4个"]["statement"], rows["71.2%"]["statement"]) == ("actual", "actual")
    assert (rows["6个"]["statement"], rows["75.5%"]["statement"]) == (statement, statement)


def test_the_measured_share_of_costs_reimbursed_is_no_rule_but_raising_it_is():
    page = ("衢江区2016年上半年新农合运行情况分析\n"
            "县内住院政策范围内报销比例为76.4%，县外为58.2%。乡镇卫生院住院补偿比例为85%。\n"
            "下一步，政策范围内住院费用报销比例提高到80%。\n")
    assert statements_of(page) == {"76.4%": "actual", "58.2%": "actual", "85%": "policy", "80%": "policy"}


def test_a_level_reached_after_a_target_in_one_sentence_and_a_plans_look_back():
    page = ("龙泉市卫生局2016年工作总结\n按照省里要求，全市建档率应达到90%，目前我市为86.5%。\n")
    rows = rows_by_quote(page)
    assert (rows["90%"]["statement"], rows["86.5%"]["statement"]) == ("target", "actual")
    assert rows["86.5%"]["indicator_id"] == "health_record_coverage_rate"
    plan = ("龙泉市卫生局2017年工作计划\n过去一年，全市参合率达到98.1%。\n一、工作目标\n参合率98%以上。"
            "确保孕产妇死亡率控制在15/10万以下，同期婴儿死亡率控制在5‰以下。\n")
    assert [r["statement"] for r in page_rows(plan)[1]] == ["actual", "target", "target", "target"]


@pytest.mark.parametrize("table", [
    "指标 | 2019年 | 2020年\n孕产妇死亡率(1/10万) | 12.1 | 0\n婴儿死亡率（‰） | 3.5 | 2.9\n",
    "指标 | 2019年 | 2020年\n孕产妇死亡率（单位：1/10万） | 12.1 | 0\n婴儿死亡率(‰) | 3.5 | 2.9\n",
    "指标　　2019年　　2020年\n孕产妇死亡率(1/10万)　　12.1　　0\n婴儿死亡率(‰)　　3.5　　2.9\n",
], ids=["pipes", "unit word", "ideographic spaces"])
def test_a_unit_in_brackets_after_the_indicator_is_the_rows_unit(table):
    rates = rate_rows("2020年松阳县卫生健康统计公报\n表1　主要健康指标\n" + table)
    got = [(r["value"], r["unit"], r["indicator_id"]) for r in rates]
    assert got == [(12.1, "per_100k", "maternal_mortality_ratio"), (0.0, "per_100k", "maternal_mortality_ratio"),
                   (3.5, "per_mille", "infant_mortality_rate"), (2.9, "per_mille", "infant_mortality_rate")]


def test_a_caption_names_the_unit_of_a_table_with_target_and_actual_columns():
    page = ("2020年松阳县卫生健康统计公报\n主要指标完成情况（单位：%）\n"
            "指标 | 目标值 | 完成值\n参合率 | 95 | 98.2\n建档率 | 80 | 85.6\n")
    got = [(r["value"], r["unit"], r["statement"]) for r in rate_rows(page)]
    assert got == [(95.0, "percent", "target"), (98.2, "percent", "actual"), (80.0, "percent", "target"), (85.6, "percent", "actual")]


@pytest.mark.parametrize("table", [
    "指标 | 单位 | 2019年 | 2020年\n床位数 | 张 | 2 150 | 2 236\n卫生技术人员 | 人 | 2012 | 2 105\n卫生总费用 | 万元 | 86 520 | 91 230\n",
    "指标 | 2019年 | 2020年\n床位数（张） | 2150 | 2236\n卫生技术人员(人) | 2012 | 2105\n卫生总费用（万元） | 86520 | 91230\n",
], ids=["unit column", "unit in brackets"])
def test_a_table_of_counts_and_money_is_read_with_its_measure_word(table):
    obs = page_rows("2020年松阳县卫生健康统计公报\n表2　卫生资源\n" + table)[1]
    got = [(r["value"], r["unit"], r["count_unit"], r["subject"]) for r in obs]
    assert got == [(2150.0, "count", "张", "床位数"), (2236.0, "count", "张", "床位数"),
                   (2012.0, "count", "人", "卫生技术人员"), (2105.0, "count", "人", "卫生技术人员"),
                   (865200000.0, "yuan", "元", "卫生总费用"), (912300000.0, "yuan", "元", "卫生总费用")]


def test_a_multiple_is_no_change_in_percent_and_sessions_keep_their_measure_word():
    page = "景宁县卫生局2013年工作总结\n县医院门诊量增长1.5倍，住院人次增长12.6%。开展健康教育活动20场次。\n"
    got = [(r["quote"], r["value"], r["unit"]) for r in page_rows(page)[1]]
    assert got == [("12.6%", 12.6, "percent"), ("20场次", 20.0, "count")]


def test_qualifiers_outside_the_catalog_and_a_duration_in_months():
    page = ("文成县卫生局2018年工作总结\n孕产妇中重度贫血患病率1.2%，儿童贫血患病率为5.3%。"
            "65岁以上老年人中医药健康管理率为45%，0-36个月儿童中医药健康管理率为60%，老年人健康管理率为68%。\n")
    obs = page_rows(page)[1]
    assert [r["unit"] for r in obs] == ["percent"] * 5  # 0-36个月 is an age band, no count
    assert {r["quote"]: r["indicator_id"] for r in obs} == {
        "1.2%": None, "5.3%": "child_anemia_prevalence", "45%": None, "60%": None, "68%": "elderly_health_management_rate"}


def test_a_slogan_heading_naming_targets_reports_work_done_and_a_plan_heading_does_not():
    page = ("泰顺县卫生局2015年工作总结\n一、围绕目标任务，扎实推进重点工作\n全县参合率达到98.2%。\n"
            "二、突出工作重点，强化公共卫生服务\n高血压规范管理率为65%。\n三、2016年工作目标\n参合率98%以上。\n"
            "四、下一步工作打算，再上新台阶\n建档率达到88%。\n")
    assert statements_of(page) == {"98.2%": "actual", "65%": "actual", "98%": "target", "88%": "target"}


def test_a_notice_issuing_a_plan_in_its_opening_states_targets_after_it():
    page = ("各乡镇卫生院，县直各医疗卫生单位：\n　　2018年，全县孕产妇系统管理率达到91.5%。"
            "现将《泰顺县2019年妇幼健康工作要点》印发给你们，请认真贯彻执行。\n"
            "　　全县孕产妇系统管理率达到92%以上，新建孕产妇学校5所。\n")
    assert statements_of(page) == {"91.5%": "actual", "92%": "target", "5所": "target"}


def test_the_baseline_years_of_a_plans_values_are_found_in_one_scan_as_one_by_one():
    from healthdata.extract.statement import _EARLIER_YEAR, earlier_year_flags

    def names_an_earlier_year(match: str, seg_s: int, start: int, year: int) -> bool:
        # the rule read one value at a time: the last year named in the segment before the value
        found = list(_EARLIER_YEAR.finditer(match, seg_s, start))
        return bool(found) and int(found[-1].group(1)) < year

    text = ("2024年，全县参合率为97.2%，建档率85%；2025年参合率达到98%，2023 年底前建档率为80%，"
            "在2024年基础上提高5%，到2026年达到90%。2022年为75%")
    starts = [i for i, ch in enumerate(text) if ch.isdigit() and (i == 0 or not text[i - 1].isdigit() and text[i - 1] != ".")]
    segs = [text.rfind("；", 0, s) + 1 if "；" in text[:s] else 0 for s in starts]
    for year in (2023, 2025, 2026):
        one_by_one = [names_an_earlier_year(text, seg, s, year) for s, seg in zip(starts, segs)]
        assert earlier_year_flags(text, starts, segs, year) == one_by_one
    assert any(earlier_year_flags(text, starts, segs, 2025)) and not all(earlier_year_flags(text, starts, segs, 2025))


@pytest.mark.parametrize("label", ["附件2：", "第二篇：", "标题："])
def test_a_plan_title_after_a_short_label_and_colon_makes_its_levels_targets(label):
    # a collection page's article number or an attachment marker before the title (附件2：…工作计划)
    page = (f"{label}桃源镇卫生院2020年公共卫生工作计划\n"
            "2020年，我院重点做好以下工作：\n"
            "1．老年人健康体检率达到70%，高血压患者规范管理率不低于60%；\n"
            "2．组织乡村医生培训4次。\n")
    assert statements_of(page) == {"70%": "target", "60%": "target", "4次": "target"}


def test_funds_secured_are_no_aim_and_things_done_are_counted_not_completion():
    # 争取 with funds after it reports what was secured; 完成 before a count reports the things done
    page = ("溆浦县卫生健康局2022年工作总结\n"
            "全年争取上级资金共计5200万元，其中争取省级项目资金900万元。"
            "完成8所村卫生室标准化改造，完成2.4万名儿童健康体检。图纸设计完成40%。\n")
    assert statements_of(page) == {"5200万元": "actual", "900万元": "actual", "8所": "actual",
                                   "2.4万名": "actual", "40%": "completion"}


def test_a_schedule_by_level_of_care_and_a_ratio_with_its_payment_verb_are_rules():
    page = ("湘乡市卫生健康局2020年工作总结\n"
            "一、医疗保障。今年居民医保政策范围内住院费用报销比例为：镇卫生院88%，市级医院72%，市外三级医院50%。"
            "1至9月政策范围内住院费用报销比例平均为69.3%。"
            "门诊费用按45%报销，每人每年限额150元。全年3万元补偿9人次。政策范围内报销比例达到71%，最高支付限额由20万元提高到30万元。\n")
    assert statements_of(page) == {"88%": "policy", "72%": "policy", "50%": "policy", "69.3%": "actual",
                                   "45%": "policy", "150元": "policy", "3万元": "actual", "9人次": "actual", "71%": "actual", "20万元": "policy", "30万元": "policy"}


def test_signing_up_is_no_about():
    # 签约 ends in 约 (about) and 就近 in 近 (nearly): neither makes the count that follows approximate
    page = "澧县卫生健康局2021年工作总结\n全县家庭医生签约12.6万人，约3万人就近接受随访。\n"
    rows = rows_by_quote(page)
    assert (rows["12.6万人"]["comparator"], rows["3万人"]["comparator"]) == ("=", "~")


def test_a_plans_sentence_on_its_shortfalls_reports_the_present_state():
    page = ("石峰区卫生健康局2023年工作计划\n"
            "一、面临的困难。区人民医院床位缺口80张；全区42名乡村医生中仅3人取得执业医师资格，队伍老化。\n"
            "二、主要目标。新建村卫生室5个，孕产妇系统管理率达到92%。\n")
    assert statements_of(page) == {"80张": "actual", "42名": "actual", "3人": "actual", "5个": "target", "92%": "target"}


def test_a_growth_all_kept_within_a_limit_in_a_plan_is_a_target():
    page = ("醴陵市卫生健康局2024年工作计划\n"
            "全面取消药品加成，市人民医院、市中医院门诊和住院次均费用增幅均控制在6%以内。\n")
    assert statements_of(page) == {"6%": "target"}


def test_a_ratio_with_a_fraction_after_a_policy_noun_is_the_share_paid():
    # a scheme sets whole percents; a ratio with a fraction is the share it paid, unless a clause sets it
    page = ("株洲县卫生局2013年上半年工作总结\n"
            "上半年补偿参合农民3.2万人次，住院补偿比为61.3%，乡镇卫生院住院补偿比例为85%，"
            "县级医院补偿比例提高到67.5%。\n")
    assert statements_of(page) == {"3.2万人次": "actual", "61.3%": "actual", "85%": "policy", "67.5%": "policy"}


def test_a_visit_rate_kept_inside_or_gone_outside_an_area_is_not_primary_care():
    page = ("攸县卫生健康局2022年工作总结\n"
            "全县县内就诊率达到91.2%，县外就诊率下降到8.8%。社区卫生服务机构就诊率为43.5%。\n")
    assert indicators_of(page) == {"91.2%": None, "8.8%": None, "43.5%": "community_first_contact_rate"}


def test_an_amount_in_yuan_with_a_full_stop_for_its_point():
    page = "茶陵县卫生局2012年上半年工作总结\n乡镇卫生院门诊次均费用由52。4元下降到47。9元。全县参合率98。1%。\n"
    assert [(r["value"], r["unit"], r["statement"]) for r in page_rows(page)[1]] == [
        (52.4, "yuan", "actual"), (47.9, "yuan", "actual"), (98.1, "percent", "actual")]


def test_a_from_value_after_a_period_and_a_zero_as_the_new_level():
    # 由上年的8.2‰下降为6.1‰ is a pair of levels: the value after it continues no change;
    # a bare zero as the new level takes the first value's unit, and a zero after 降为 its rate noun's
    page = ("安仁县卫生健康局2020年工作总结\n"
            "婴儿死亡率由上年的8.2‰下降为6.1‰，孕产妇死亡率12.5/10万。"
            "孕产妇死亡率由2018年的21.4/10万下降为0。麻疹发病率降为0。\n")
    rows = [(r["quote"], r["value"], r["unit"], r["statement"]) for r in page_rows(page)[1]]
    assert rows == [("8.2‰", 8.2, "per_mille", "actual"), ("6.1‰", 6.1, "per_mille", "actual"),
                    ("12.5/10万", 12.5, "per_100k", "actual"), ("21.4/10万", 21.4, "per_100k", "actual"),
                    ("0", 0.0, "per_100k", "actual"), ("0", 0.0, "per_100k", "actual")]


def test_a_from_to_pair_whose_new_level_names_its_year():
    page = ("桂东县卫生局2015年工作总结\n"
            "孕产妇死亡率由2010年的38.6/10万下降到\n2015年的15.2/10万，住院分娩率99.1%。\n")
    rows = [(r["quote"], r["indicator_id"], r["statement"]) for r in rate_rows(page)]
    assert rows == [("38.6/10万", "maternal_mortality_ratio", "actual"), ("15.2/10万", "maternal_mortality_ratio", "actual"),
                    ("99.1%", "hospital_delivery_rate", "actual")]


def test_a_number_masked_after_its_decimal_point():
    page = "某县卫生局2015年工作总结\n全县健康管理人数xx.x万人，建档率xx.x%，投入**.*万元，参合率为9x.x%。\n"
    rows = [(r["quote"], r["unit"], r["redacted"]) for r in page_rows(page)[1]]
    assert rows == [("xx.x万人", "count", True), ("xx.x%", "percent", True), ("**.*万元", "yuan", True), ("9x.x%", "percent", True)]


def test_none_at_all_and_affairs_counted_are_no_counts():
    page = ("某镇卫生院2018年工作总结\n全镇38名村医中无一人取得执业医师资格，全年未发生一例医疗事故。"
            "今年主要抓了三件事，完成区里十件民生实事中的2件，受理群众反映事项12件，处理医疗事故2件。\n")
    assert [r["quote"] for r in page_rows(page)[1]] == ["38名", "2件", "12件", "2件"]


def test_an_outpatient_schemes_ratio_is_not_the_inpatient_reimbursement_ratio():
    page = ("祁阳县卫生局2016年工作总结\n住院费用报销比例提高到75%。"
            "高血压、糖尿病等慢性病门诊纳入特殊病种管理，报销比例60%。普通门诊统筹补偿比例为50%。\n")
    assert indicators_of(page) == {"75%": "reimbursement_ratio", "60%": None, "50%": None}


def test_a_bound_in_a_target_columns_header_is_the_comparator_of_its_values():
    from test_page_shapes import page_rows

    page = ("南岭区2022年基本公共卫生服务项目主要指标完成情况\n"
            "指标 | 单位 | 目标值（≥） | 完成值\n"
            "居民电子健康档案建档率 | % | 90 | 93.6\n"
            "高血压患者规范管理率 | % | 65 | 66.1\n")
    _, obs = page_rows(page)
    assert [(r["value"], r["statement"], r["comparator"]) for r in obs] == [
        (90.0, "target", ">="), (93.6, "actual", "="), (65.0, "target", ">="), (66.1, "actual", "=")]


def test_progress_against_a_plan_is_a_completion_and_cases_count_in_zong():
    from test_page_shapes import page_rows

    page = ("某县2012年上半年工作总结\n上半年累计补偿58.6万人次，基金支出进度为全年计划的49.8%，"
            "达到年度目标的85%。全年查处“两非”案件7宗。\n")
    _, obs = page_rows(page)
    assert [(r["quote"], r["statement"]) for r in obs] == [
        ("58.6万人次", "actual"), ("49.8%", "completion"), ("85%", "completion"), ("7宗", "actual")]


@pytest.mark.parametrize("written, quote, value", [
    ("人口自然增长率-1.8‰", "-1.8‰", -1.8),
    ("人口自然增长率为－0.6‰", "－0.6‰", -0.6),
    ("人口自然增长率为负0.4‰", "负0.4‰", -0.4),
    ("人口自然增长率−2.05‰", "−2.05‰", -2.05),
], ids=["hyphen", "fullwidth", "word", "minus sign"])
def test_a_level_written_with_a_minus_is_negative(written, quote, value):
    page = f"青河县2023年卫生健康统计年报\n全县人口出生率6.9‰，死亡率8.1‰，{written}。\n"
    rows = rows_by_quote(page)
    assert rows[quote]["value"] == value
    assert rows[quote]["statement"] == "actual"  # a level below zero, not a decrease


def test_a_dash_between_numbers_or_after_a_word_is_no_minus():
    page = ("青河县2023年卫生工作总结\n每个村配备乡村医生2-3名，门诊自付比例为10%-20%，"
            "全院担负3项省级课题，误差控制在正负0.5%以内，救助金额为1万-3万元，服务半径2公里-4公里。\n")
    values = [r["value"] for r in page_rows(page)[1]]
    assert values and all(v >= 0 for v in values)
    assert {r["quote"]: r["value"] for r in page_rows(page)[1]}["3项"] == 3.0


def test_a_tables_column_of_changes_against_last_year_holds_changes_with_their_sign():
    page = ("青河县2023年卫生健康事业发展统计公报\n"
            "指标 | 单位 | 2023年 | 比上年增减\n"
            "卫生机构 | 个 | 1 204 | 37\n"
            "孕产妇死亡率 | 1/10万 | 9.6 | -2.3\n"
            "住院分娩率 | % | 99.2 | 0.4\n")
    got = [(r["quote"], r["value"], r["statement"], r["change_kind"]) for r in page_rows(page)[1]]
    assert got == [("1 204", 1204.0, "actual", None), ("37", 37.0, "change", "difference"), ("9.6", 9.6, "actual", None),
                   ("-2.3", -2.3, "change", "difference"), ("99.2", 99.2, "actual", None),
                   ("0.4", 0.4, "change", "difference")]  # 0.4 points of the rate, not 0.4% of it


@pytest.mark.parametrize("written, value", [("2 7个", 27.0), ("1 4 6 个", 146.0), ("3 5名", 35.0)])
def test_single_digits_spaced_before_a_measure_word_are_one_count(written, value):
    page = f"青河县2023年卫生工作总结\n全县组建家庭医生团队{written}，签约居民4.1万人。\n"
    counts = [(r["quote"], r["value"]) for r in page_rows(page)[1]]
    assert counts == [(written, value), ("4.1万人", 41000.0)]


@pytest.mark.parametrize("page, expected", [
    # 截至/截止到 a year is when a level was counted: past, not a year to reach it by (到2025年)
    ("慢病签约进村入户\n发布时间：2024-01-20  来源：县卫健局\n"
     "截至2023年底，全县累计管理高血压患者1.2万人，规范管理率由56.1%提高到63.4%，签约率达到48.2%。"
     "截止到2023年11月，家庭医生团队达到64个。\n"
     "下一步，全县将力争到2025年签约率达到55%以上。\n",
     {"1.2万人": "actual", "56.1%": "actual", "63.4%": "actual", "48.2%": "actual", "64个": "actual", "55%": "target"}),
    # a plan's section on the present state reports levels as they stand
    ("青河县健康扶贫行动方案（2021—2023年）\n"
     "一、现状与问题\n全县农村低收入人口中因病致贫的占比达36.5%，村卫生室合格率为82%。\n"
     "二、工作目标\n到2023年，村卫生室合格率达到100%，因病致贫占比降到20%以下。\n",
     {"36.5%": "actual", "82%": "actual", "100%": "target", "20%": "target"}),
    # a target column's header cell on its own line opens no plan section
    ("青河县2022年妇幼卫生工作总结\n一、主要指标完成情况\n"
     "指标\n单位\n目标值\n实际值\n婴儿死亡率\n‰\n≤7\n5.1\n"
     "全县住院分娩率由2021年的97.8%提高到99.1%，全县共有助产机构12家。\n",
     {"7": "target", "5.1": "actual", "97.8%": "actual", "99.1%": "actual", "12家": "actual"}),
], ids=["counted up to a date", "present state section", "target column header"])
def test_levels_reported_as_reached_are_not_aims(page, expected):
    assert statements_of(page) == expected


def test_a_rules_amounts_per_head_by_level_of_care_and_its_parts_are_policy():
    page = ("青河县2015年新农合工作总结\n"
            "人均筹资标准由上年的320元提高到380元，其中个人缴费70元。"  # a part of a rule after 其中
            "市级医院住院起付线由800元下调到600元。"  # a rule's new level
            "住院起付线一级医院150元、二级医院400元，县级医院业务收入9 800万元。"  # a schedule by level of care (not a hospital's income)
            "对每名接受规范治疗的低保患者给予交通补助100元。"  # the recipient described between 每名 and the allowance
            "计生家庭扶助金每人每月提高到80元，村医按服务人口每人每年8元的标准领取补助。"  # per-head amounts
            "全年新农合基金支出1.2亿元，门诊次均费用每人次96元。\n")
    assert statements_of(page) == {"320元": "policy", "380元": "policy", "70元": "policy", "800元": "policy",
                                   "600元": "policy", "150元": "policy", "400元": "policy", "9 800万元": "actual", "100元": "policy",
                                   "80元": "policy", "8元": "policy", "1.2亿元": "actual", "96元": "actual"}


def test_counts_of_tubes_buildings_categories_and_a_numeral_holding_a_stopword():
    page = ("青河县2020年卫生工作总结\n全年举办义诊活动十二次，开展二次补偿1 350人次。新建综合楼一幢，"
            "核酸日检测能力由0.6万管提高到3.5万管，服务项目增加到11类43项。\n")
    got = [(r["quote"], r["value"]) for r in page_rows(page)[1]]
    assert got == [("十二次", 12.0), ("1 350人次", 1350.0), ("一幢", 1.0), ("0.6万管", 6000.0), ("3.5万管", 35000.0),
                   ("11类", 11.0), ("43项", 43.0)]


def test_a_rules_ratio_moved_by_points_and_a_schedule_by_level_are_policy():
    page = ("青河县2016年医保工作总结\n大病保险起付线降低2 000元，报销比例提高8个百分点。"
            "参保居民住院实际报销比例比上年提高2.6个百分点。\n")
    assert statements_of(page) == {"2 000元": "policy", "8个百分点": "policy", "2.6个百分点": "change"}
    plan = ("青河县2017年医保工作要点\n政策范围内住院费用报销比例提高到76%，镇级住院起付线120元，镇级住院报销比例88%。\n")
    assert statements_of(plan) == {"76%": "policy", "120元": "policy", "88%": "policy"}


def test_a_share_earmarked_for_a_use_is_policy():
    page = "青河县2019年家庭医生签约工作总结\n签约服务费的60%以上用于团队绩效分配。全县签约率达到45.2%。\n"
    assert statements_of(page) == {"60%": "policy", "45.2%": "actual"}


def test_a_number_with_wan_before_a_noun_for_people_counts_people():
    page = "青河县2012年新农合工作总结\n全县共有26.8万农民参合，参合率98.1%，惠及3.5万群众，筹资1.2亿元，第3万名患者。\n"
    got = [(r["quote"], r["value"], r["unit"], r["count_unit"]) for r in page_rows(page)[1]]
    assert got[:4] == [("26.8万", 268000.0, "count", "人"), ("98.1%", 98.1, "percent", None),
                       ("3.5万", 35000.0, "count", "人"), ("1.2亿元", 120000000.0, "yuan", "元")]


@pytest.mark.parametrize("sep", ["\n", " | "], ids=["one cell a line", "rows of cells"])
def test_a_masked_table_cell_is_a_redacted_value(sep):
    header = sep.join(["指标", "单位", "目标值", "实际值"])
    row = sep.join(["3岁以下儿童系统管理率", "%", "≥88", "**"])
    rows = page_rows(f"青河县2020年妇幼卫生工作总结\n{header}\n{row}\n")[1]
    assert [(r["quote"], r["value"], r["redacted"], r["statement"]) for r in rows] == [
        ("88", 88.0, False, "target"), ("**", None, True, "actual")]


def test_one_person_doing_several_jobs_is_no_count():
    page = "青河县2016年卫生工作总结\n村卫生室人手紧张，不少村医一人身兼数职，有的一人多岗。全县有村医312名。\n"
    assert [r["quote"] for r in page_rows(page)[1]] == ["312名"]


@pytest.mark.parametrize("page, expected", [
    ("家庭医生签约扎实推进\n2023-03-02 来源：青河日报\n本报讯 至2022年底，全县签约率达到43.5%。到2023年底，签约率将达到48%。\n",
     {"43.5%": "actual", "48%": "target"}),
    ("青河县卫健局2022年工作总结\n到2022年底，全县电子健康档案建档率达到89.4%；到2024年底，全县建档率提高到92%。\n",
     {"89.4%": "actual", "92%": "target"}),
], ids=["news item of the next year", "summary of that year"])
def test_a_year_not_after_the_reports_own_dates_a_level_reached(page, expected):
    assert statements_of(page) == expected


def test_a_one_cell_a_line_table_opening_the_page_reads_its_change_column():
    page = "青河县2023年统计公报\n指标\n单位\n2023年\n比上年增减\n婴儿死亡率\n‰\n3.1\n-0.4\n住院分娩率\n%\n99.5\n0.3\n"
    got = [(r["quote"], r["value"], r["statement"]) for r in page_rows(page)[1]]
    assert got == [("3.1", 3.1, "actual"), ("-0.4", -0.4, "change"), ("99.5", 99.5, "actual"), ("0.3", 0.3, "change")]


@pytest.mark.parametrize("sep", ["\n", " | "], ids=["one cell a line", "rows of cells"])
def test_a_change_column_headed_in_percent_holds_relative_changes_of_counts(sep):
    # a bulletin's table of counts (unit 张, 人, 万人次 in a column or line of its own) with a change column
    # headed 增减(%): the change is percent of last year's count, not so many beds or people
    rows = ["指标", "单位", "2022年", "比上年增减（%）",
            "床位数", "张", "1 480", "-2.1",
            "执业医师", "人", "612", "4.7",
            "门诊人次", "万人次", "86.3", "0.9"]
    text = "\n".join(rows) if sep == "\n" else "\n".join(sep.join(rows[i:i + 4]) for i in range(0, len(rows), 4))
    page = "青河县2022年卫生健康统计公报\n" + text + "\n"
    got = [(r["quote"], r["value"], r["unit"], r["statement"]) for r in page_rows(page)[1]]
    assert got == [("1 480", 1480.0, "count", "actual"), ("-2.1", -2.1, "percent", "change"),
                   ("612", 612.0, "count", "actual"), ("4.7", 4.7, "percent", "change"),
                   ("86.3", 863000.0, "count", "actual"), ("0.9", 0.9, "percent", "change")]


def test_a_line_holding_only_a_measure_word_outside_a_table_names_no_unit():
    page = "青河县2022年卫生工作总结\n全县新增床位\n张\n120\n另有执业医师35人。\n"
    assert [r["quote"] for r in page_rows(page)[1]] == ["35人"]


@pytest.mark.parametrize("written, value", [
    ("2 6 000元", 26000.0), ("3 5 218 人", 35218.0), ("1 8 320份", 18320.0), ("6 2 15名", 6215.0),
    ("1 246。5万元", 12465000.0)])
def test_a_single_digit_spaced_before_the_rest_of_a_count_is_one_number(written, value):
    # sites that space digits apart cut a number anywhere: the leading digit belongs to it
    page = f"青河县2013年新农合工作总结\n全县本年度共计{written}，工作有序推进。\n"
    got = [(r["quote"], r["value"]) for r in page_rows(page)[1]]
    assert got == [(written, value)]



def test_a_news_item_of_a_half_year_meeting_reports_the_first_half_and_plans_the_second():
    # a headline reporting a meeting that set out the plan is no plan heading: the reviewed levels are reached;
    # the sentence the meeting requires with 下半年 (after a short lead-in) holds the targets, item by item
    page = ("县卫健局召开年中工作会 安排下半年重点任务\n"
            "发布时间：2019-07-12\n"
            "7月10日，县卫健局召开2019年上半年工作总结会。会议指出，上半年全县工作运行平稳。"
            "全县乡镇卫生院门诊量21.4万人次，同比增长4.5%；居民健康档案建档率达到86.2%。"
            "会议要求，下半年要抓好以下工作：一是确保全年孕产妇死亡率控制在15/10万以内；二是老年人健康管理率达到72%；"
            "三是新增签约家庭医生团队12个。\n")
    assert statements_of(page) == {"21.4万人次": "actual", "4.5%": "change", "86.2%": "actual", "15/10万": "target",
                                   "72%": "target", "12个": "target"}


def test_a_zero_in_a_list_takes_its_own_indicators_unit_not_the_last_values():
    page = "青田县卫生局2018年工作总结\n全县孕产妇死亡率和婴儿死亡率分别为0和4.2‰，住院分娩率100%。\n"
    rows = rate_rows(page)
    units = {(r["indicator_id"], r["value"]): r["unit"] for r in rows}
    assert units[("maternal_mortality_ratio", 0.0)] == "per_100k"
    assert units[("infant_mortality_rate", 4.2)] == "per_mille"


def test_a_rise_or_fall_worded_as_a_price_moves_is_a_change():
    page = "北川市2020年卫生健康统计公报\n全市次均门诊费用为210元，比上年上涨2.7%；药品费用占比比上年下跌1.3%。\n"
    rows = rows_by_quote(page)
    assert (rows["2.7%"]["statement"], rows["2.7%"]["value"]) == ("change", 2.7)
    assert (rows["1.3%"]["statement"], rows["1.3%"]["value"]) == ("change", -1.3)


def test_a_share_a_scheme_pays_written_after_the_value_is_its_reimbursement_rule():
    # an interview page: the share paid is named by the paying verb after the value, the scheme in the sentence
    page = ("关于2016年城乡居民医保政策的问答\n"
            "问：门诊看病怎么报销？\n"
            "答：在定点卫生院看门诊，费用可以按45%的比例报销。对恶性肿瘤等重大疾病，医保按65%的比例支付，"
            "自付部分可以控制在25%以内。年度内超过起付线的费用，由大病保险再报销55%。\n")
    rows = rows_by_quote(page)
    for q in ("45%", "65%", "55%"):
        assert (rows[q]["indicator_id"], rows[q]["statement"]) == ("reimbursement_ratio", "policy"), q
    assert (rows["25%"]["statement"], rows["25%"]["comparator"]) == ("target", "<=")


def test_a_change_cell_written_with_a_plus_is_a_rise():
    page = ("北川市2021年卫生健康统计简报\n指标 | 单位 | 2020年 | 2021年 | 增减\n"
            "住院分娩率 | % | 96.5 | 97.3 | +0.8\n婴儿死亡率 | ‰ | 5.1 | 4.6 | -0.5\n")
    rows = rows_by_quote(page)
    assert (rows["+0.8"]["value"], rows["+0.8"]["statement"], rows["+0.8"]["indicator_id"]) == (0.8, "change", "hospital_delivery_rate")
    assert (rows["-0.5"]["value"], rows["-0.5"]["statement"]) == (-0.5, "change")


def test_a_rate_named_after_a_payment_word_is_measured_not_a_rule():
    # 结报/补偿 opening the name of a measured rate (即时结报覆盖率, 补偿受益率) makes no rule of its value
    page = ("青田县卫生局2017年工作计划\n一、完善医保制度\n推进新农合即时结报，实现县乡两级定点医疗机构即时结报覆盖率100%，"
            "乡镇卫生院住院报销比例提高到85%。\n")
    rows = rows_by_quote(page)
    assert rows["100%"]["statement"] == "target"
    assert rows["85%"]["statement"] == "policy"


def test_a_payment_set_per_village_or_facility_is_a_rule_even_in_a_plan():
    page = ("关于印发青田县2018年卫生工作要点的通知\n一、基层卫生\n落实村医待遇，每个村卫生室每年补助8000元。\n")
    assert statements_of(page)["8000元"] == "policy"


def test_money_or_works_the_bureau_still_will_do_are_targets():
    page = ("青田县卫生局2018年工作总结\n全年投入资金420万元改造村卫生室。下一阶段将继续投入资金260万元，"
            "局里还将开通与市级4家医院的即时结算。将继续教育学分达标的18名村医纳入考核。\n")
    got = statements_of(page)
    assert (got["420万元"], got["260万元"], got["4家"]) == ("actual", "target", "target")
    assert got["18名"] == "actual"  # 将 as 把 before 继续教育: what was done to them
