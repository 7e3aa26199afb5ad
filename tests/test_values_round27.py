"""Values, round 27: causes found in three or more of the written sets — each on sentences written for the test (no
text from any page of the evaluation sets; places and figures are made up).

- Chinese numerals with a measure word: rounds and batches of an action from two up (进行了三轮检查, 派出两批医疗队; 一轮,
  一批 say "a"; 第二轮 is an order), the sessions of a course or lecture named before the numeral (培训班三期; 二期工程 is a
  phase), money written with 千/万 (八千元, 三万多元); two digits side by side say "one or two" (一两名), no number;
- blood collected counted in millilitres (采血量12.4万毫升);
- people named before a number with 万 and a bound between (60岁以上人口超过180万, 流入人口已超过9万);
- a length of stay (平均住院日8.6天) is a mean over the patients discharged, no count, in text and in a table;
- a heading that reports how the tasks went (医改重点任务扎实推进) opens no plan part, in a report with a plan;
- "one" occurrence followed by what it costs (住一次院要花掉…, 下乡一次往返…) and the one case a top payment is for (最高一例
  报销…) are no counts;
- in a table split by runs of spaces, a single (ideographic) space after a unit cell or a name, or after a number with
  decimals, splits cells too; a thousands group stays whole;
- a clause opening on a total (共筹集资金…) after the parts of a rule (其中个人缴纳10元) is a level reached, no part;
- an OCR slip (O for 0) in an area in square metres (6O平方米);
- the share of a fee the insurance fund pays, named by the payer and its verb (其中医保基金支付40%), is the rule.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def counts(text: str) -> dict[str, dict]:
    return {r["quote"]: r for r in page_rows(text) if r["unit"] in ("count", "yuan")}


# ------------------------------------------------------------------ Chinese numerals with a measure word
NUMERALS = ("青禾县2031年卫生工作总结\n"
            "　　全年举办村医培训班四期，开展健康知识讲座七期，对辖区药店进行了三轮专项检查，先后派出两批巡回医疗队。"
            "县医院二期工程开工建设，启动新一轮医改，第二轮督导已于年底结束，解决了一批群众反映的难题。\n"
            "　　一名患者住院花了四万多元，大病补偿封顶九千元。\n")


def test_rounds_and_batches_from_two_up_are_counts():
    got = counts(NUMERALS)
    assert (got["三轮"]["value"], got["三轮"]["count_unit"]) == (3.0, "轮")
    assert (got["两批"]["value"], got["两批"]["count_unit"]) == (2.0, "批")


def test_a_round_or_batch_of_one_and_an_order_are_no_counts():
    got = counts(NUMERALS)
    assert not any(q in got for q in ("一轮", "二轮", "一批"))


def test_sessions_of_a_course_named_before_the_numeral_are_counts():
    got = counts(NUMERALS)
    assert (got["四期"]["value"], got["七期"]["value"]) == (4.0, 7.0)
    assert "二期" not in got  # a phase of a building


def test_money_written_with_thousands_in_chinese_numerals():
    got = counts(NUMERALS)
    assert (got["四万多元"]["value"], got["四万多元"]["unit"]) == (40000.0, "yuan")
    assert (got["九千元"]["value"], got["九千元"]["unit"]) == (9000.0, "yuan")


def test_money_of_one_digit_in_chinese_numerals_stays_no_count():
    text = "青禾县2031年卫生工作总结\n　　打破城乡二元结构，百元医疗收入消耗的卫生材料降至19.2元。\n"
    assert list(counts(text)) == ["19.2元"]


def test_two_digits_side_by_side_say_one_or_two():
    text = ("青禾县2031年卫生工作总结\n"
            "　　部分村卫生室只有一两名村医，有的站点每月只开放两三次，全县共有村医312名。\n")
    assert list(counts(text)) == ["312名"]


# ------------------------------------------------------------------ blood collected in millilitres
def test_blood_collected_in_millilitres_is_counted():
    text = "青禾县2031年卫生工作总结\n　　全年无偿献血3 860人次，采血量12.4万毫升。\n"
    got = counts(text)
    assert (got["12.4万毫升"]["value"], got["12.4万毫升"]["count_unit"]) == (124000.0, "毫升")


# ------------------------------------------------------------------ people named before with a bound between
def test_people_named_before_a_bounded_number_are_counted():
    text = ("青禾市2031年卫生健康工作计划\n"
            "　　一、面临形势。全市60岁以上人口超过180万，流入人口已超过9万，养老服务供给不足。\n")
    got = counts(text)
    assert (got["180万"]["value"], got["180万"]["count_unit"], got["180万"]["comparator"]) == (1800000.0, "人", ">=")
    assert (got["9万"]["value"], got["9万"]["comparator"]) == (90000.0, ">=")


# ------------------------------------------------------------------ a length of stay
def test_a_length_of_stay_is_no_count():
    text = ("青禾县2031年卫生统计公报\n"
            "　　全县医院病床使用率82.4%，出院者平均住院日8.6日；县人民医院平均住院日缩短至7.9天，床位净增40张。\n"
            "指标 | 单位 | 2030年 | 2031年\n"
            "平均住院日 | 日 | 9.1 | 8.6\n"
            "实有床位 | 张 | 1 460 | 1 500\n")
    got = counts(text)
    assert not any(q.startswith(("8.6", "7.9", "9.1")) for q in got)
    assert "40张" in got and "1 500" in got
    assert not [r for r in page_rows(text) if r["quote"] in ("9.1", "8.6")]  # no rate either


# ------------------------------------------------------------------ a heading reporting how the tasks went
PROGRESS = ("青禾市卫生健康委员会\n"
            "2031年工作总结及2032年工作安排\n"
            "　　一、2031年主要工作\n"
            "　　（一）医改重点任务扎实推进\n"
            "　　组建医共体5个，县域内就诊率达到90.2%。\n"
            "　　二、2032年工作安排\n"
            "　　（一）重点任务\n"
            "　　县域内就诊率达到92%。\n")


def test_a_heading_reporting_how_the_tasks_went_opens_no_plan():
    rows = page_rows(PROGRESS)
    got = {r["quote"]: r["statement"] for r in rows}
    assert (got["5个"], got["90.2%"]) == ("actual", "actual")
    assert got["92%"] == "target"


# ------------------------------------------------------------------ one occurrence and what it costs
def test_one_occurrence_followed_by_what_it_costs_is_no_count():
    text = ("青禾县2031年卫生工作总结\n"
            "　　山区群众过去住一次院要花掉大半年收入，村医下乡一次往返八十公里，入户随访一次往往要跑一整天。"
            "大病补偿最高一例报销4.2万元。全年开展专项督查1次。\n")
    got = counts(text)
    assert sorted(got) == ["1次", "4.2万元"]


# ------------------------------------------------------------------ a table whose cells a single ideographic space splits
def test_a_single_ideographic_space_after_a_unit_cell_splits_the_row():
    text = ("青禾县2031年妇幼卫生工作总结\n"
            "指标　　　　　　　　单位　　2031年　　2030年\n"
            "婴儿死亡率　　　　　‰　　　6.2　　　7.1\n"
            "孕产妇死亡率　　　　/10万　18.6　　　22.4\n")
    got = {r["quote"]: r for r in page_rows(text)}
    assert (got["18.6"]["unit"], got["18.6"]["indicator_id"]) == ("per_100k", "maternal_mortality_ratio")
    assert (got["22.4"]["value"], got["6.2"]["unit"]) == (22.4, "per_mille")


def test_a_thousands_group_in_a_spaced_row_stays_one_number():
    text = ("青禾县2031年卫生统计公报\n"
            "指标　　　　单位　　2031年　　2030年\n"
            "实有床位　　张　　　1 460　　1 420\n")
    got = counts(text)
    assert (got["1 460"]["value"], got["1 420"]["value"]) == (1460.0, 1420.0)


# ------------------------------------------------------------------ a total collected after a rule's parts
def test_a_total_collected_after_the_parts_of_a_standard_is_reached():
    text = ("青禾县2031年新农合工作总结\n"
            "　　全县参合农民21.3万人，筹资标准为每人每年30元，其中农民个人缴纳10元，共筹集资金639万元。\n")
    got = counts(text)
    assert (got["30元"]["statement"], got["10元"]["statement"]) == ("policy", "policy")
    assert got["639万元"]["statement"] == "actual"


# ------------------------------------------------------------------ an OCR slip in an area
def test_an_ocr_slip_in_an_area_in_square_metres_is_read():
    text = "青禾县2031年卫生工作总结\n　　部分社区卫生服务站业务用房不足6O平方米。\n"
    got = counts(text)
    assert (got["6O平方米"]["value"], got["6O平方米"]["count_unit"]) == (60.0, "平方米")


# ------------------------------------------------------------------ the share of a fee the insurance fund pays
def test_the_share_of_a_fee_the_fund_pays_is_the_rule():
    text = ("青禾区2031年家庭医生签约服务工作总结\n"
            "　　签约服务包收费标准为每人每年100元至300元，其中医保基金支付50%。基础包签约服务费由医保基金支付60%，"
            "全年拨付312.6万元。城乡居民医保政策范围内住院费用基金支付比例达到71.2%。\n")
    got = {r["quote"]: r["statement"] for r in page_rows(text)}
    assert (got["50%"], got["60%"]) == ("policy", "policy")
    assert got["71.2%"] == "actual"  # a level reached (达到)


def test_a_bounded_population_describing_a_class_of_places_is_no_count():
    text = "青禾市2031年卫生工作总结\n　　年底前再为5个人口超过20万的镇街增设夜间门诊，全市常住人口超过160万。\n"
    got = counts(text)
    assert "20万" not in got and got["160万"]["value"] == 1600000.0
