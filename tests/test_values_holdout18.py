"""Values read as an analyst reads them, for page shapes first met in the holdout18 written set: text pasted
from PDFs and HTML pages (every page and sentence here is written for these tests; places and numbers are
made up).

- a PDF copy wraps its lines at a printed width, where a half-width digit takes half a Han character's room:
  the wrap is found (and undone) even though lines with digits hold more characters;
- a PDF's page break between the parts of a number, with blank lines and the document's running head
  around the page number, or a thousands space in the number's first part;
- a number's digits grouped by an HTML no-break or thin space (1&nbsp;280张), and digits spaced around a spaced
  decimal point before a multiplier or a measure word (2 3 .4亿元);
- a rate written with its sign in a table's cell is the row's value in its column (报销比例 over 一级医院 | 150 | 85%).
- a clause naming another insurance scheme continues the ratio named before it (…报销比例为68.5%，职工医保为82.1%);
- the share of a year's budget spent is progress against it (完成年度预算的48.2%).
- a requirement the present is measured against (对照…要求，…仅为3.1张) sets no target, and an HTML paragraph's
  &nbsp; indent is a space (it hides no clause opener).
- a line break inside an indicator's name after a line of running text is a wrap (规 / 范管理率), on a page too short for
  the page-wide wrap test; so is a bare break inside a count (仅有3 / 7人) or after a rate's link word (死亡率为 / 4.2‰).
- a per-head figure the clause names a standard (人均补助标准80元) is a rule even after a total; the level a standard
  requires, named right before the value (要求的100项), is a required level.
- in a first-half report, a 下半年 lead-in ending in a colon makes the items after it plans; a count of the area's own
  units named right after the area (在全市14个乡镇推行) is its scope, as it stands.
"""
from __future__ import annotations

from healthdata.build import report_result
from healthdata.segment import page_reports


def page_rows(text: str, name: str = "page.txt") -> list[dict]:
    """The observations of a page through the build's own per-page path; every quote is its raw characters."""
    view, reports = page_reports(text, name)
    obs = []
    for rep in reports:
        for row in report_result(rep, name, view).observations:
            assert row["quote"] == text[row["source_start"]:row["source_end"]]
            obs.append(row)
    return obs


def read(text: str, *fields: str, name: str = "page.txt", unit: str | None = None) -> list[tuple]:
    """The ``fields`` of each observation of a page (of one ``unit`` only, when given)."""
    return [tuple(r[f] for f in fields) for r in page_rows(text, name) if unit is None or r["unit"] == unit]


def values(text: str, name: str = "page.txt") -> list[tuple]:
    return read(text, "value", "unit", "indicator_id", name=name)


# ------------------------------------------------------------------ a PDF's wrap at a printed width
# Wrapped at the width of about seventeen Han characters: a line with digits holds up to 22 characters.
PDF_WRAPPED = ("江川县卫生健康局2031年工作总结\n"
               "2031年，全县卫生健康系统在县委、县\n"
               "政府的坚强领导下，围绕年初目标，扎实\n"
               "推进各项工作，主要健康指标持续改善。\n"
               "全县孕产妇死亡率由2030年的16.2/10\n"
               "万下降到9.8/10万；婴儿死亡率由4.6‰\n"
               "降至3.1‰；高血压患者规范管理率达到\n"
               "71.4%，全年完成免费婚前医学检查1\n"
               "2 046对，县医院门诊楼建设投入4 300\n"
               "万元，建成后新增床位二百张，全县医疗\n"
               "服务能力进一步提升，群众满意度提高。\n")


def test_a_pdf_wrapped_at_a_printed_width_is_joined_though_lines_with_digits_hold_more_characters():
    got = values(PDF_WRAPPED)
    assert got[:5] == [(16.2, "per_100k", "maternal_mortality_ratio"), (9.8, "per_100k", "maternal_mortality_ratio"),
                       (4.6, "per_mille", "infant_mortality_rate"), (3.1, "per_mille", "infant_mortality_rate"),
                       (71.4, "percent", "hypertension_management_rate")]
    # a count and an amount cut by the wrap read whole
    assert (12046.0, "count", None) in got and (43000000.0, "yuan", None) in got


def test_a_page_wrapped_at_a_number_of_characters_is_still_joined():
    # a site that wraps at sixteen characters, whatever they are
    page = ("青石县卫生局2032年工作总结\n"
            "2032年，全县卫生工作稳步推进，各项指\n"
            "标完成良好。全县参合率达到99.2%，住\n"
            "院分娩率达到98.7%，孕产妇死亡率为14.\n"
            "1/10万，新农合基金使用率为91.3%，全\n"
            "县医疗卫生服务能力进一步提升，群众看病\n"
            "就医更加方便，群众满意度不断提高。\n")
    assert [v for v, _, _ in values(page)] == [99.2, 98.7, 14.1, 91.3]


# ------------------------------------------------------------------ a PDF's page break inside a number
def test_a_page_break_with_blank_lines_and_a_running_head_inside_a_rate_is_removed():
    page = ("石门区疾病预防控制中心2031年工作总结\n"
            "2031年，全区免疫规划工作扎实开展，适龄儿童\n"
            "建卡率98.8%，国家免疫规划疫苗接种率均在9\n"
            "\n"
            "石门区疾病预防控制中心2031年工作总结              — 2 —\n"
            "\n"
            "6%以上，全年无疫苗针对传染病暴发疫情。\n")
    rows = page_rows(page)
    assert [(r["value"], r["unit"]) for r in rows] == [(98.8, "percent"), (96.0, "percent")]
    assert rows[1]["quote"].startswith("9\n") and rows[1]["quote"].endswith("6%")


def test_a_running_head_on_its_own_line_after_the_page_number_is_removed_with_it():
    page = ("红岭县妇幼保健院2032年工作总结\n"
            "2032年，全县孕产妇系统管理率达到9\n"
            "— 3 —\n"
            "红岭县妇幼保健院2032年工作总结\n"
            "4.5%，较上年提高1.2个百分点。\n")
    assert read(page, "value", "unit")[:1] == [(94.5, "percent")]


def test_a_page_break_after_a_thousands_space_keeps_the_whole_count():
    page = ("某乡卫生院2031年上半年工作总结\n"
            "上半年，我院扎实开展基本公共卫生服务。\n"
            "辖区65岁以上老年人健康体检2 04\n"
            "------ 第 1 页 共 4 页 ------\n"
            "8人，完成全年任务的61.5%。\n")
    got = read(page, "value", "unit")
    assert (2048.0, "count") in got and (61.5, "percent") in got


def test_a_heading_after_a_page_number_is_no_running_head():
    # the page number falls between two sentences: the heading and its count stay as written
    page = ("某县卫生局2031年工作总结\n"
            "全年新建村卫生室9\n"
            "— 2 —\n"
            "二、医疗服务\n"
            "8所医院通过等级评审。\n")
    got = [v for v, in read(page, "value")]
    assert 98.0 not in got


# ------------------------------------------------------------------ spaces that group a number's digits
def test_an_html_no_break_space_inside_a_number_groups_its_digits():
    page = ("<html><head><title>某区2031年卫生健康工作总结</title></head><body>\n"
            "<p>&nbsp;&nbsp;2031年，全区新增床位1&nbsp;280张，全年为4&thinsp;600名老年人免费体检，"
            "区疾控中心日检测能力不足2&#8239;500管。</p>\n</body></html>\n")
    got = read(page, "value", "unit", name="page.html")
    assert got == [(1280.0, "count"), (4600.0, "count"), (2500.0, "count")]


def test_digits_spaced_with_a_spaced_decimal_point_are_one_amount():
    page = ("某市2031年前三季度医保工作情况\n"
            "前三季度，全市医保基金支出2 3 .4亿元，门诊结算8 . 6万人次，基金支出增长1 2 . 5 %。\n")
    got = read(page, "value", "unit")
    assert got == [(2340000000.0, "yuan"), (86000.0, "count"), (12.5, "percent")]



# ------------------------------------------------------------------ a table's rate written with its sign
def test_a_rate_with_its_sign_under_a_ratio_column_is_that_rule_for_the_rows_level():
    page = ("<html><head><title>某县医保局调整住院报销政策</title></head><body>\n"
            "<p>2031年起，县医保局调整城乡居民住院报销政策：</p>\n"
            "<table><tr><td>医院等级</td><td>起付线（元）</td><td>报销比例</td></tr>\n"
            "<tr><td>一级医院</td><td>150</td><td>85%</td></tr>\n"
            "<tr><td>二级医院</td><td>500</td><td>70%</td></tr></table>\n</body></html>\n")
    got = [(r["value"], r["unit"], r["indicator_id"], r["statement"]) for r in page_rows(page, "page.html")
           if r["unit"] == "percent"]
    assert got == [(85.0, "percent", "reimbursement_ratio", "policy"), (70.0, "percent", "reimbursement_ratio", "policy")]


def test_a_rate_with_its_sign_in_a_row_naming_its_indicator_keeps_the_rows_indicator():
    page = ("某县2031年卫生健康主要指标\n"
            "指标 | 2030年 | 2031年\n"
            "孕产妇系统管理率 | 93.5% | 95.1%\n"
            "住院分娩率 | 99.2% | 99.6%\n")
    got = read(page, "value", "indicator_id")
    assert got == [(93.5, "maternal_systematic_management_rate"), (95.1, "maternal_systematic_management_rate"),
                   (99.2, "hospital_delivery_rate"), (99.6, "hospital_delivery_rate")]


# ------------------------------------------------------------------ ratios and shares named by the sentence before
def test_a_clause_naming_another_insurance_scheme_continues_the_ratio_named_before():
    page = ("某市医保局2031年工作总结\n"
            "2031年，居民医保政策范围内住院费用报销比例为68.5%，职工医保为82.1%，均比上年有所提高。\n")
    got = read(page, "value", "indicator_id")
    assert got == [(68.5, "reimbursement_ratio"), (82.1, "reimbursement_ratio")]


def test_the_share_of_a_years_budget_spent_is_progress_against_it():
    page = ("某市2031年上半年医保基金运行情况\n"
            "上半年，全市医保基金支出9.6亿元，完成年度预算的48.2%，基金运行平稳。\n")
    got = read(page, "value", "statement", "indicator_id", unit="percent")
    assert got == [(48.2, "completion", "task_completion_rate")]


# ------------------------------------------------------------------ a requirement the present is measured against
def test_a_requirement_the_present_is_measured_against_sets_no_target():
    page = ("某区卫生健康工作回顾\n（二）存在的差距\n"
            "对照省定标准要求，全区卫生健康事业仍有差距：北部片区每千人口床位数仅为3.1张，布局不够均衡。\n")
    assert read(page, "value", "statement") == [(3.1, "actual")]


def test_an_html_paragraphs_no_break_space_indent_opens_no_clause_of_its_own():
    # (paragraphs set apart by <br> and indented by &nbsp;, as a site's editor writes them)
    page = ("<html><head><title>某区卫生健康工作回顾</title></head><body>\n<div>（二）存在的差距<br>\n"
            "&nbsp;&nbsp;&nbsp;&nbsp;按照上级要求，全区每千人口床位数仅为3.1张，布局不够均衡。<br>\n</div></body></html>\n")
    assert read(page, "value", "statement", name="page.html") == [(3.1, "actual")]


# ------------------------------------------------------------------ a wrap inside an indicator's name
def test_a_line_break_inside_an_indicators_name_after_running_text_is_a_wrap():
    # a sharing site's short excerpt: too few lines of one width for the page-wide wrap test
    page = ("某乡卫生院2031年上半年工作总结 - 某某文库\n"
            "上传者：ab***12　　|　　2页　　|　　阅读 312 次\n"
            "上半年，全乡管理高血压患者612人，规\n"
            "范管理率71.2%；孕产妇28人，住院分\n"
            "娩率100%。\n")
    got = read(page, "value", "indicator_id", unit="percent")
    assert got == [(71.2, "hypertension_management_rate"), (100.0, "hospital_delivery_rate")]


def test_a_heading_line_is_not_joined_to_the_name_it_seems_to_begin():
    # the line before the break is a heading, not running text: it stays a line of its own
    from healthdata.pageview import page_view
    page = "某乡卫生院2031年工作总结\n一、基本公共卫生服务管理\n率先完成档案电子化，全乡建档率达到91.5%。\n"
    assert "一、基本公共卫生服务管理\n" in page_view(page).text


def test_a_wrap_inside_a_count_or_after_a_rates_link_word_is_undone():
    page = ("某乡卫生院2031年工作总结\n"
            "上半年，全乡执业（助理）医师仅有3\n"
            "7人，乡村医生平均年龄偏大；全乡婴儿死亡率为\n"
            "4.2‰，孕产妇住院分娩率达到\n"
            "99.1%，群众满意度进一步提高。\n")
    got = read(page, "value", "unit", "indicator_id")
    assert got == [(37.0, "count", None), (4.2, "per_mille", "infant_mortality_rate"),
                   (99.1, "percent", "hospital_delivery_rate")]


def test_a_table_column_of_numbers_is_no_cut_count():
    page = "某县2031年卫生资源统计\n机构 | 床位\n县医院 | 12\n3人以上的村卫生室 | 5\n"
    assert 123.0 not in [v for v, in read(page, "value")]


# ------------------------------------------------------------------ standards and required levels
def test_a_per_head_standard_after_a_total_is_the_rule_not_an_average():
    page = ("某市2032年基本公共卫生服务工作计划\n"
            "市财政安排基本公共卫生服务补助资金1 200万元，人均补助标准80元。\n")
    got = read(page, "value", "statement", unit="yuan")
    assert got[-1] == (80.0, "policy")


def test_a_per_head_figure_after_a_total_stays_an_average():
    page = "某县2031年新农合工作总结\n全年筹集新农合基金8 600万元，人均筹资310元，参合率98.6%。\n"
    got = read(page, "value", "statement", unit="yuan")
    assert got == [(86000000.0, "actual"), (310.0, "actual")]


def test_the_level_a_standard_requires_named_before_it_is_a_required_level():
    page = ("某县疾控中心2031年工作总结\n存在的问题\n"
            "中心实验室仅能开展检测项目60项，距省定标准要求的100项尚有差距。\n")
    got = read(page, "value", "statement")
    assert got == [(60.0, "actual"), (100.0, "target")]


# ------------------------------------------------------------------ a half-year report's plan part
def test_a_second_half_lead_in_ending_in_a_colon_makes_the_items_after_it_plans():
    page = ("某市卫生局2032年上半年工作总结\n"
            "上半年，全市卫生工作总体平稳，新建村卫生室12所。下半年，重点做好以下工作：\n"
            "（一）加强基层建设。在全市14个乡镇推行乡村一体化管理，年内再建成标准化村卫生室20个。\n"
            "（二）加强队伍建设。培训乡村医生350名，招聘医学毕业生40名。\n")
    got = read(page, "value", "statement")
    # the first half's count is reached; the second half's are aims; the area's 14 townships are its scope
    assert got == [(12.0, "actual"), (14.0, "actual"), (20.0, "target"), (350.0, "target"), (40.0, "target")]


def test_a_second_half_sentence_without_a_colon_plans_only_itself():
    page = ("某市卫生局2032年上半年工作总结\n"
            "上半年，全市新建村卫生室12所。下半年将培训乡村医生350名。\n"
            "（一）基层建设。全市新增家庭医生团队15个。\n")
    got = read(page, "value", "statement")
    assert got == [(12.0, "actual"), (350.0, "target"), (15.0, "actual")]


def test_a_second_half_lead_in_on_a_one_line_page_makes_the_enumerated_items_after_it_plans():
    page = ("某市卫生局2032年上半年工作总结 上半年，全市新建村卫生室12所。下半年，重点做好以下工作： "
            "（一）加强基层建设。年内再建成标准化村卫生室20个。（二）加强队伍建设。培训乡村医生350名。\n")
    got = read(page, "value", "statement")
    assert got == [(12.0, "actual"), (20.0, "target"), (350.0, "target")]
