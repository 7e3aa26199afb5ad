"""Values, round 20 (worked in round 21): numbers as untidy pages write them, and how values are stated, for patterns
found missed on the round-21 sets — each on sentences written for the test (no text from any page of the evaluation
sets; places and figures are made up).

- an OCR slip inside a number (7O%, 6l.5%, l2.4万人次) reads as the digit it stands for; the letter stays in the quote;
- 。 as a decimal point before the measure word of a density (每千人口执业医师2。74人);
- a rate whose base is written before its figure (发病率每十万人口31.6, 每百万人口742.5): per 100 000;
- the next item of a list whose first item writes the rate sign (城市100%、农村92以上) is a rate too, and a modal before a
  link word (要稳定在96以上) leaves the rate noun right before the value.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def read(text: str, *fields: str, unit: str | None = None) -> list[tuple]:
    return [tuple(r[f] for f in fields) for r in page_rows(text) if unit is None or r["unit"] == unit]


# ------------------------------------------------------------------ OCR slips
OCR_PAGE = ("柳湾镇卫生院2031年工作总结\n"
            "全年完成体检任务的9O%；高血压患者规范管理率为7l.4%，门诊量l2.4万人次，较上年增长1O.5%。\n"
            "通过ISO9001质量认证，COVID-19疫苗加强针接种率达到86.5%。\n")


def test_ocr_letters_inside_numbers_read_as_digits():
    got = read(OCR_PAGE, "quote", "value", "unit")
    assert ("9O%", 90.0, "percent") in got
    assert ("7l.4%", 71.4, "percent") in got
    assert ("l2.4万人次", 124000.0, "count") in got
    assert ("1O.5%", 10.5, "percent") in got


def test_letters_in_names_and_codes_are_no_numbers():
    got = read(OCR_PAGE, "quote", "value")
    assert ("86.5%", 86.5) in got
    assert not any("ISO" in q or "COVID" in q or q.startswith("9001") for q, _ in got)


def test_a_page_without_slips_reads_the_same_values():
    clean = OCR_PAGE.replace("9O%", "90%").replace("7l.4%", "71.4%").replace("l2.4万", "12.4万").replace("1O.5%", "10.5%")
    assert [v for _, v in read(OCR_PAGE, "quote", "value")] == [v for _, v in read(clean, "quote", "value")]


# ------------------------------------------------------------------ 。 as a decimal point in a density
def test_ideographic_decimal_point_before_a_density_measure_word():
    text = ("青石县2031年卫生健康工作总结\n"
            "全县每千人口执业（助理）医师2。74人，每千人口床位达到5。8张，均低于全省平均水平。\n")
    assert read(text, "quote", "value", unit="count") == [("2。74人", 2.74), ("5。8张", 5.8)]


def test_a_sentence_ending_in_a_count_before_one_opening_with_a_count_stays_two_counts():
    text = ("青石县2031年卫生健康工作总结\n"
            "全年共督查医疗机构14家。3家被通报批评，12家限期整改。\n")
    assert read(text, "value", unit="count") == [(14.0,), (3.0,), (12.0,)]


# ------------------------------------------------------------------ a rate's base written before its figure
def test_a_rate_per_population_written_before_its_figure():
    text = ("东川市2031年法定传染病疫情概况\n"
            "全市肺结核报告发病率每十万人口31.6，较上年下降4.2%。乙肝报告发病率为每百万人口742.5，同比下降2.1%。\n"
            "每万人口拥有全科医生3.1名。\n")
    assert read(text, "quote", "value", "unit", unit="per_100k") == [("31.6", 31.6, "per_100k"), ("742.5", 74.25, "per_100k")]
    assert ("3.1名", 3.1) in read(text, "quote", "value", unit="count")


# ------------------------------------------------------------------ dropped units
def test_the_next_item_of_a_list_after_a_rate_with_its_sign_is_a_rate():
    text = ("北塘县2031年妇幼卫生工作计划\n"
            "一、主要目标：住院分娩率城市100%、农村92以上；孕产妇死亡率控制在20/10万以下。\n")
    assert read(text, "quote", "value", "unit", "statement", "comparator")[:2] == [
        ("100%", 100.0, "percent", "target", "="), ("92", 92.0, "percent", "target", ">=")]


def test_a_modal_before_the_link_word_leaves_the_rate_noun_before_a_bare_value():
    text = ("问：今年全市医保工作的目标是什么？\n"
            "答：全市城乡居民参保率要稳定在96以上，其中特困人员参保率达到100%。\n")
    assert read(text, "quote", "value", "unit", "statement", "comparator")[0] == ("96", 96.0, "percent", "target", ">=")


# ------------------------------------------------------------------ a site's marks inside a number
def test_an_html_comment_or_a_source_note_inside_a_number_is_removed():
    text = ("西岭镇2031年公共卫生工作总结\n"
            "全镇孕产妇系统管理率9【本文来自某某范文网】3.6%，高血压患者早诊率达到8<!--pagebreak-->4.1%，较上年有所提高。\n")
    assert read(text, "quote", "value", unit="percent") == [("9【本文来自某某范文网】3.6%", 93.6), ("8<!--pagebreak-->4.1%", 84.1)]


# ------------------------------------------------------------------ targets noted in brackets beside levels reached
def test_a_target_noted_in_brackets_after_a_level_does_not_make_the_next_level_a_target():
    text = ("南岗县卫生健康局2031年度部门整体支出绩效自评报告\n"
            "二、绩效目标完成情况\n"
            "（一）产出指标。居民电子健康档案建档率91.7%（目标值≥90%），适龄儿童免疫规划疫苗接种率97.2%（目标值≥95%），"
            "孕产妇系统管理率92.5%（目标值≥90%）。\n")
    assert read(text, "value", "statement", "comparator") == [
        (91.7, "actual", "="), (90.0, "target", ">="), (97.2, "actual", "="), (95.0, "target", ">="),
        (92.5, "actual", "="), (90.0, "target", ">=")]


def test_a_target_word_before_the_value_outside_brackets_still_makes_a_target():
    text = ("南岗县2031年卫生健康工作总结\n"
            "下一步，力争居民电子健康档案建档率（含流动人口）达到92%。\n")
    assert read(text, "value", "statement") == [(92.0, "target")]


# ------------------------------------------------------------------ a table whose unit column is headed 计量单位
def test_a_one_cell_a_line_table_headed_by_a_measurement_unit_column():
    text = ("临河市卫生局2031年目标任务完成情况\n"
            "2031年，市政府下达我局目标任务5大项18小项，经自查，全部完成。主要量化指标完成情况如下：\n"
            "指标名称\n计量单位\n目标值\n完成值\n完成率（%）\n"
            "新农合参合率\n%\n97\n98.6\n101.6\n"
            "婴儿死亡率\n‰\n≤8\n4.9\n——\n"
            "乡村医生培训\n人次\n1500\n1620\n108\n")
    assert read(text, "value", "unit", "statement") == [
        (97.0, "percent", "target"), (98.6, "percent", "actual"), (101.6, "percent", "completion"),
        (8.0, "per_mille", "target"), (4.9, "per_mille", "actual"),
        (1500.0, "count", "target"), (1620.0, "count", "actual"), (108.0, "percent", "completion")]


# ------------------------------------------------------------------ a scheme's schedule, and what a body requires
def test_the_next_level_of_care_of_a_schedule_raised_from_to_is_a_rule_past_an_amount():
    text = ("问：今年住院报销比例有什么变化？\n"
            "答：乡镇卫生院住院报销比例由80%提高到85%，起付线仍为150元；县级医院由65%提高到70%，起付线400元。\n")
    assert read(text, "value", "statement", unit="percent") == [
        (80.0, "policy"), (85.0, "policy"), (65.0, "policy"), (70.0, "policy")]


def test_a_level_a_body_requires_to_be_kept_is_a_target():
    text = ("北川县2031年新农合工作通报\n"
            "2031年，全县参合农民31.2万人，参合率98.2%。全县参合率要求巩固在96%以上。\n")
    assert read(text, "value", "statement", "comparator", unit="percent") == [(98.2, "actual", "="), (96.0, "target", ">=")]


def test_the_tasks_a_meeting_stresses_after_its_colon_are_aims():
    text = ("市卫生局召开全市卫生工作会议\n"
            "会议指出，2031年全市孕产妇死亡率为9.8/10万，婴儿死亡率4.6‰。\n"
            "会议强调，2032年要着力完成以下任务：居民健康档案规范化建档率达到82%；孕产妇死亡率、婴儿死亡率分别控制在"
            "12/10万和5‰以内。\n")
    assert read(text, "value", "statement") == [
        (9.8, "actual"), (4.6, "actual"), (82.0, "target"), (12.0, "target"), (5.0, "target")]


# ------------------------------------------------------------------ counts: measure words, furniture, idioms
def test_training_hours_and_banners_are_counts():
    text = ("青溪镇卫生院2031年工作总结\n"
            "乡村医生每人每年培训不少于36学时，全年收到群众赠送锦旗9面。\n")
    assert read(text, "quote", "value", "comparator", unit="count") == [("36学时", 36.0, ">="), ("9面", 9.0, "=")]


def test_a_sites_reader_and_download_counters_are_no_counts():
    text = ("青溪镇卫生院2031年工作总结\n"
            "2.3千次阅读 | 41次下载 | 本文档共2页\n"
            "全年共接诊门诊病人12 860人次。\n")
    assert read(text, "quote", "value", unit="count") == [("12 860人次", 12860.0)]


def test_ranks_conditions_frequencies_and_idioms_are_no_counts():
    text = ("青溪县2031年疾病预防控制工作总结\n"
            "报告病例数居前三位的病种为肺结核、乙肝和梅毒。每半月通报一次各村进度，对连续两次排名末位的村卫生室约谈。"
            "医防融合仍停留在“两张皮”。全年新购救护车两辆。\n")
    assert read(text, "quote", "value", unit="count") == [("两辆", 2.0)]


# ------------------------------------------------------------------ tables: a change column's sign in its header, a quarter's columns
def test_a_change_column_headed_with_its_rate_sign_glued_holds_changes_in_percent():
    text = ("2031年青溪市卫生健康事业发展统计公报\n"
            "表1  2031年全市卫生资源情况\n"
            "指标 | 单位 | 2031年 | 2030年 | 增减%\n"
            "医疗卫生机构床位 | 张 | 18 240 | 17 310 | 5.4\n"
            "卫生技术人员 | 人 | 21 560 | 20 880 | 3.3\n")
    assert read(text, "value", "unit", "statement", unit="percent") == [(5.4, "percent", "change"), (3.3, "percent", "change")]
    assert [v for (v,) in read(text, "value", unit="count")] == [18240.0, 17310.0, 21560.0, 20880.0]


def test_a_quarterly_table_with_a_running_total_column():
    text = ("关于第三季度卫生健康重点工作推进情况的报告\n"
            "现将2031年第三季度卫生健康重点工作推进情况报告如下。\n"
            "一、重点指标监测\n"
            "指标\n单位\n本季度\n累计\n"
            "家庭医生签约人数\n人\n4 120\n25 630\n"
            "孕产妇系统管理率\n%\n94.2\n93.5\n")
    assert read(text, "value", "unit", "statement") == [
        (4120.0, "count", "actual"), (25630.0, "count", "actual"), (94.2, "percent", "actual"), (93.5, "percent", "actual")]


# ------------------------------------------------------------------ a scheme's thresholds, caps and shares
def test_the_threshold_of_a_band_a_scheme_pays_and_its_share_are_rules():
    text = ("问：大病保险怎么报？\n"
            "答：参保居民年度内个人负担的合规医疗费用超过1.4万元的部分，由大病保险按55%比例支付。年度累计最高补偿额由12万元提高到18万元。\n")
    assert read(text, "value", "statement", "comparator") == [
        (14000.0, "policy", "="), (55.0, "policy", "="), (120000.0, "policy", "="), (180000.0, "policy", "=")]


def test_an_amount_spent_beyond_a_sum_in_a_report_is_no_rule():
    text = ("青溪县2031年卫生健康工作总结\n"
            "全年医疗救助支出超过300万元，救助困难群众1 260人次。\n")
    assert read(text, "value", "statement", "comparator", unit="yuan") == [(3000000.0, "actual", ">=")]


# ------------------------------------------------------------------ a five-year plan's look back
def test_a_five_year_plan_named_by_its_period_reads_the_levels_of_years_before_it_as_reached():
    text = ("青川州卫生与健康事业发展“十三五”规划（摘要）\n"
            "“十二五”时期，全州卫生事业快速发展。到2015年末，孕产妇死亡率由2010年的31.2/10万下降到18.4/10万。\n"
            "到2020年，全州孕产妇死亡率控制在15/10万以下。\n")
    assert read(text, "value", "statement") == [(31.2, "actual"), (18.4, "actual"), (15.0, "target")]


# ------------------------------------------------------------------ plans: a pair after a pair dated by its from-phrase
def test_a_reached_word_inside_an_earlier_pairs_from_phrase_dates_that_level_only():
    text = ("某县卫生局下半年工作计划\n"
            "下半年重点抓好以下几项工作：\n"
            "一、新型农村合作医疗。参合率由上年的94%提高到96%以上，住院实际补偿比由41%提高到46%。\n")
    assert read(text, "value", "statement") == [(94.0, "actual"), (96.0, "target"), (41.0, "actual"), (46.0, "target")]


def test_pairs_after_a_date_a_plan_looks_back_to_are_reached():
    text = ("某县2032年卫生工作计划\n"
            "一、主要目标。截至去年底，全县签约率由40%提高到45%，建档率由70%提高到75%。\n")
    assert [s for _, s in read(text, "value", "statement")] == ["actual"] * 4


def test_what_a_body_requires_of_the_units_under_it_is_aimed_at():
    text = ("某乡2031年1-5月基本公共卫生工作通报\n"
            "1-5月，全乡高血压患者规范管理率为52.3%。乡卫生院要求各村6月底前将高血压患者规范管理率提高到60%以上。\n")
    assert read(text, "value", "statement") == [(52.3, "actual"), (60.0, "target")]


# ------------------------------------------------------------------ comparators and changes of counts
def test_a_bound_before_the_level_a_superior_set_bounds_that_level():
    # (round 26: a level the words after it name as the target compared with — 超过省定85%的目标 — is the target itself,
    # =; the comparison word bounds the figure reached.  Most written sets' gold reads it so; see test_values_round26)
    text = ("某县2031年妇幼卫生工作总结\n"
            "全县参合率达到93.5%，超过省定85%的目标。婴儿死亡率和5岁以下儿童死亡率分别低于省定12‰和14‰。\n")
    assert read(text, "value", "comparator") == [(93.5, "="), (85.0, "="), (12.0, "<="), (14.0, "<=")]


def test_the_most_a_rule_lets_a_share_reach_is_a_capped_rule():
    text = ("某镇2031年卫生工作计划\n"
            "村医绩效奖励比例最高可达12%。\n")
    assert read(text, "value", "statement", "comparator") == [(12.0, "policy", "<=")]


def test_a_count_more_than_an_earlier_one_is_a_change_and_what_will_be_done_at_a_time_is_aimed_at():
    text = ("某市2031年1—10月疫情通报\n"
            "今年全市流感疫苗接种人数已达11.8万人，比去年全年多出约3万人。市卫生健康局表示，将在年底前再为6个镇街增设夜间接种点。\n"
            "全年将在岗人员76人纳入培训。\n")
    assert read(text, "value", "statement", unit="count") == [
        (118000.0, "actual"), (30000.0, "change"), (6.0, "target"), (76.0, "actual")]


# ------------------------------------------------------------------ a quota a level was kept within
def test_a_ceiling_after_a_level_reached_is_the_quota_it_was_kept_within():
    text = ("青溪县2031年人口和计划生育工作总结\n"
            "全年人口出生率为10.2‰；人口自然增长率5.3‰，控制在7‰以内；婴儿死亡率控制在4.4‰。\n")
    assert read(text, "value", "statement", "comparator") == [
        (10.2, "actual", "="), (5.3, "actual", "="), (7.0, "target", "<="), (4.4, "actual", "=")]


def test_a_grant_per_unit_of_a_kind_per_year_is_a_rule():
    text = ("某区2031年卫生健康工作总结\n"
            "对备案托育机构按每个托位每年1800元给予运营补贴。门诊次均费用每人次118元。\n")
    assert read(text, "value", "statement", unit="yuan") == [(1800.0, "policy"), (118.0, "actual")]


def test_an_award_at_a_rate_per_village_is_a_rule_in_a_plan_too():
    text = ("清川镇2031年卫生计生工作计划\n"
            "二、主要措施。落实经费，镇财政安排卫计工作经费12万元；对完成任务好的村按每村1500元给予奖励。\n")
    assert read(text, "value", "statement", unit="yuan") == [(120000.0, "target"), (1500.0, "policy")]
