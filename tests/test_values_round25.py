"""Values, round 25: causes found on the round-25 sets — each on sentences written for the test (no text from any page
of the evaluation sets; places and figures are made up).

- a schedule's unit-less items split by level of care (住院补偿比例县内65、县外45) are rates, one list;
- a ratio distributed (分别) over the levels of care its sentence named before is the schedule's rule;
- a ratio paid 按…的比例予以报销 is a rule;
- a case fatality rate of zero, written without a unit, is in percent;
- a Chinese numeral opening a quoted name (“四位一体”) is no count;
- a title naming the year's results (工作成果) with the next year's plan is a review with a plan;
- OCR slips: zeros side by side after a digit (2OO元), a thousands comma (l,24O万元), a slip in a rate's base (/1O万);
- a rate whose base is written before it after a moving verb and before its bound (下降到每10万人口30以下), its base
  no count.
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def rows(text: str) -> list[dict]:
    return page_rows(text)


def by_quote(text: str) -> dict[str, dict]:
    return {r["quote"]: r for r in page_rows(text)}


# ------------------------------------------------------------------ unit-less schedule items by level of care
SCHEDULE_PLAN = ("青禾县2032年新农合工作计划\n"
                 "　　一、主要目标：参合率97以上，住院补偿比例县内70、县外40。\n")


def test_unitless_schedule_items_by_level_are_rates():
    got = [(r["quote"], r["value"], r["unit"]) for r in rows(SCHEDULE_PLAN)]
    assert ("70", 70.0, "percent") in got
    assert ("40", 40.0, "percent") in got
    assert ("97", 97.0, "percent") in got


def test_levels_alone_do_not_make_rates_of_counts():
    # a level of care before a count with its measure word: a count, as before
    got = by_quote("白沙县2031年卫生工作总结\n　　全县县级医院3所，乡镇卫生院18所。\n")
    assert got["3所"]["unit"] == "count" and got["18所"]["unit"] == "count"


# ------------------------------------------------------------------ 分别 over the levels named before
SCHEDULE_REPORT = ("青禾区2031年城乡居民医保运行情况\n"
                   "　　二、待遇保障。住院起付线：一级医院300元、二级医院600元、三级医院900元；政策范围内报销比例分别为"
                   "80%、70%和55%；职工和居民政策范围内报销比例分别为81%和69%。\n")


def test_ratios_distributed_over_levels_named_before_are_rules():
    got = by_quote(SCHEDULE_REPORT)
    for quote in ("80%", "70%", "55%"):
        assert got[quote]["statement"] == "policy", quote


def test_measured_ratios_for_two_groups_stay_measured():
    # the clause names a list of its own (职工和居民): the measured shares of two groups
    got = by_quote(SCHEDULE_REPORT)
    assert got["81%"]["statement"] == "actual"
    assert got["69%"]["statement"] == "actual"


# ------------------------------------------------------------------ 按…的比例予以报销
def test_ratio_paid_with_yuyi_is_a_rule():
    text = ("问：大病保险怎么报销？\n"
            "答：个人负担的合规医疗费用超过2万元的部分，大病保险再按65%的比例予以报销，按50%比例予以补偿。\n")
    got = by_quote(text)
    assert got["65%"]["statement"] == "policy"
    assert got["50%"]["statement"] == "policy"


# ------------------------------------------------------------------ 病死率为0
def test_zero_case_fatality_rate_is_in_percent():
    text = "白沙市2031年疾病预防控制工作总结\n　　全年报告手足口病860例，重症病例9例，病死率为0。\n"
    zero = [r for r in rows(text) if r["quote"] == "0"]
    assert len(zero) == 1 and zero[0]["unit"] == "percent" and zero[0]["value"] == 0.0


def test_zero_incidence_keeps_its_unit():
    text = "白沙市2031年疾病预防控制工作总结\n　　全市麻疹发病率为0。\n"
    zero = [r for r in rows(text) if r["quote"] == "0"]
    assert len(zero) == 1 and zero[0]["unit"] == "per_100k"


# ------------------------------------------------------------------ “四位一体”
def test_numeral_opening_a_quoted_name_is_no_count():
    text = ("青禾州2031年健康扶贫工作总结\n"
            "　　（一）“四位一体”综合保障。全州推行“一人一档”管理，开展义诊三次，帮扶贫困户120户。\n")
    got = by_quote(text)
    assert "四位" not in got and "一人" not in got
    assert got["三次"]["value"] == 3.0
    assert got["120户"]["value"] == 120.0


# ------------------------------------------------------------------ 工作成果暨…工作计划
RESULTS_AND_PLAN = ("青禾乡卫生所 2031年度工作成果暨2032年度工作计划\n"
                    "一、2031年度工作成果\n"
                    "　　成人预防保健服务人数1,260人，四癌筛检共检查905人。\n")


def test_title_naming_the_years_results_is_a_review():
    got = by_quote(RESULTS_AND_PLAN)
    assert got["1,260人"]["statement"] == "actual"
    assert got["905人"]["statement"] == "actual"


# ------------------------------------------------------------------ OCR slips
OCR_PAGE = ("某市卫生局2031年工作总结\n"
            "　　全市参合农民人均筹资35O元，其中财政补助3OO元。肺结核报告发病率下降到42.l/1O万。投资l,36O万元改造乡镇卫生院。"
            "医院通过ISO9001认证。\n")


def test_ocr_zeros_side_by_side_after_a_digit():
    got = by_quote(OCR_PAGE)
    assert got["35O元"]["value"] == 350.0
    assert got["3OO元"]["value"] == 300.0


def test_ocr_slip_with_thousands_comma():
    got = by_quote(OCR_PAGE)
    assert got["l,36O万元"]["value"] == 13600000.0


def test_ocr_slip_in_a_rate_base():
    got = by_quote(OCR_PAGE)
    r = got["42.l/1O万"]
    assert r["unit"] == "per_100k" and abs(r["value"] - 42.1) < 1e-9


def test_letters_of_a_code_are_no_number():
    got = by_quote(OCR_PAGE)
    assert not any("9001" in q for q in got)


# ------------------------------------------------------------------ 下降到每10万人口30以下
def test_rate_with_its_base_before_after_a_verb_and_before_a_bound():
    text = ("某省2032年卫生健康工作要点\n"
            "　　一、主要目标。肺结核发病率下降到每10万人口35以下，乙肝发病率控制在每10万人口60以内。\n")
    got = rows(text)
    rates = {(r["quote"], r["unit"], r["comparator"]) for r in got if r["unit"] != "count"}
    assert ("35", "per_100k", "<=") in rates
    assert ("60", "per_100k", "<=") in rates
    assert not [r for r in got if r["unit"] == "count"]  # the base (每10万人口) counts no one


def test_base_of_a_rate_is_no_count_in_a_report():
    text = "某省2031年卫生健康工作总结\n　　全省乙肝发病率为每10万人口48.6，常住人口10万人以上的县12个。\n"
    got = by_quote(text)
    assert got["48.6"]["unit"] == "per_100k"
    assert got["12个"]["value"] == 12.0
    assert "10万" not in got


# ------------------------------------------------------------------ 会议部署，…重点做好以下工作：
MEETING_NEWS = ("青禾区召开2032年卫生健康工作会议\n"
                "2032-01-10　来源：区卫健委\n"
                "本网讯　1月9日，青禾区召开2032年卫生健康工作会议。会议指出，2031年，全区重点人群签约率达到70.5%，"
                "老年人健康管理率71.3%。会议部署，2032年重点做好以下工作：（一）重点人群签约率达到76%；"
                "（二）居民健康素养水平提高到29%以上；（三）新增社区卫生服务站4家。\n")


def test_work_a_meeting_lays_out_is_aimed_at():
    got = by_quote(MEETING_NEWS)
    assert got["76%"]["statement"] == "target"
    assert got["29%"]["statement"] == "target"
    assert got["4家"]["statement"] == "target"


def test_the_year_a_meeting_reviews_was_reached():
    got = by_quote(MEETING_NEWS)
    assert got["70.5%"]["statement"] == "actual"
    assert got["71.3%"]["statement"] == "actual"


# ------------------------------------------------------------------ “十二五”期末，… in a plan from 2016
FIVE_YEAR_PLAN = ("青禾区2016—2020年卫生计生事业发展规划\n"
                  "　　到2020年，全区主要健康指标达到：婴儿死亡率≤6‰；每千常住人口医疗卫生机构床位数5.5张。\n"
                  "　　“十二五”期末，全区婴儿死亡率为7.8‰，每千人口床位数3.9张。但也要看到，全区人才总量仍然不足。\n"
                  "　　一、主要任务\n"
                  "　　新建乡镇卫生院3所。\n")


def test_a_past_five_year_periods_end_opens_a_look_back():
    got = by_quote(FIVE_YEAR_PLAN)
    assert got["7.8‰"]["statement"] == "actual"
    assert got["3.9张"]["statement"] == "actual"


def test_the_plans_own_aims_stay_targets():
    got = by_quote(FIVE_YEAR_PLAN)
    assert got["6‰"]["statement"] == "target"
    assert got["5.5张"]["statement"] == "target"
    assert got["3所"]["statement"] == "target"


def test_the_plans_own_period_end_is_no_look_back():
    text = ("青禾区2016—2020年卫生计生事业发展规划\n"
            "　　“十三五”期末，全区婴儿死亡率控制在6‰以下，每千人口床位数达到5.5张。\n")
    got = by_quote(text)
    assert got["6‰"]["statement"] == "target"
    assert got["5.5张"]["statement"] == "target"


# ------------------------------------------------------------------ a headline reporting a plan's aims reached
def test_headline_reporting_a_plans_aims_reached_is_no_plan():
    text = ("全市卫生事业主要指标提前完成“十二五”规划目标\n"
            "发布日期：2016-01-20\n"
            "　　五年来，全市医疗卫生机构床位数由3.2万张增加到4.4万张；卫生技术人员达到5.7万人，"
            "每千人口执业医师由1.79人增至2.34人。\n")
    got = by_quote(text)
    for quote in ("4.4万张", "5.7万人", "2.34人"):
        assert got[quote]["statement"] == "actual", quote


def test_a_plan_title_still_plans():
    text = "白沙县“十三五”卫生事业发展规划\n　　到2020年，卫生技术人员达到5 700人。\n"
    got = by_quote(text)
    assert got["5 700人"]["statement"] == "target"


# ------------------------------------------------------------------ the base after 每 counts no one
def test_base_of_a_density_is_no_count():
    text = ("某县2031年卫生工作总结\n"
            "　　全县ICU床位每10万人口仅3.1张，每3万人口配备1辆救护车，全县常住人口12万人。\n")
    got = by_quote(text)
    assert got["3.1张"]["value"] == 3.1
    assert got["1辆"]["value"] == 1.0
    assert got["12万人"]["value"] == 120000.0
    assert "10万" not in got and "3万" not in got and not any(q.startswith("3万") for q in got)


# ------------------------------------------------------------------ numbers cut by a sharing site's chunk markers
def test_number_cut_by_a_page_counter_and_the_next_chunks_number():
    text = ("青禾区卫生局2031年上半年工作总结\n"
            "    上半年，全区共建立居民健康档案28.3万份，档案建档率达到8\n"
            "——第1页——\n"
            "2、7.5%，其中电子建档率76.1%。\n")
    got = [(r["quote"], r["value"]) for r in rows(text) if r["unit"] == "percent"]
    assert [round(v, 6) for _, v in got] == [87.5, 76.1]


def test_number_cut_by_a_bracketed_chunk_number_on_its_own_line():
    text = ("白沙市卫生局2031年工作总结\n"
            "[1]\n"
            "    2031年，全市卫生工作以新农合和公共卫生为重点。全市新农合参合人数8.12万人，参合率95.\n"
            "[2]\n"
            "7%，筹集资金1260万元，人均150元。\n")
    got = [r["value"] for r in rows(text) if r["unit"] == "percent"]
    assert got == [95.7]


# ------------------------------------------------------------------ a list page's pager
def test_count_of_a_list_pages_items_before_its_pager_is_no_count():
    text = ("首页 > 工作动态　　　　　共7条　第1页\n\n"
            "全市召开卫生健康工作会议\n"
            "　　会议要求，今年新建村卫生室12所，培训乡村医生300人次。\n")
    got = by_quote(text)
    assert "7条" not in got
    assert got["12所"]["value"] == 12.0 and got["300人次"]["value"] == 300.0
