"""Values read as an analyst reads them, for page shapes first met in the holdout25–27 written sets (every page and
sentence here is written for these tests; places and numbers are made up).

- a plan lead-in inside the section on problems, on a page whose headings were run together (…有待提高。2032年工作打算：
  一是…), ends the section there: the levels after it are aims;
- a plan's title writing its year in Chinese numerals (二〇三二年工作计划) dates the plan, and a section looking back at
  the year before it (一、2031年工作简要回顾) reports levels reached;
- a plan's own period named in its title (2032年第一季度工作要点) is no period gone by when its text names it
  (一季度全市…保持在100%);
- a page counter of a document-sharing site (全文共3页) is no value, even where the author drops the % of rates;
- a rate cut by a document-sharing site's notice line set off by rules (达9 / -----仅供交流----- / 6.3%) is one number;
- a number spaced by a PDF's justified line before a per sign (8.9 2 / 1 0万, 2 4 5.3/10万, 1 317.2/10万) is one number;
- counts in Chinese numerals of rooms and household visits (三间, 两千余户次), and from ten up of sessions and sets
  (九十场; 一场硬仗, 一套制度 and 一批难题 are figures of speech).
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # (the build's own per-page path; every quote checked against the page)


def read(text: str, *fields: str) -> list[tuple]:
    """The ``fields`` of each observation of a page."""
    return [tuple(r[f] for f in fields) for r in page_rows(text)]


# ------------------------------------------------------------------ the kind of the section a value stands in
def test_a_plan_lead_in_inside_the_problems_section_ends_it():
    text = ("2031年某乡卫生院工作总结及2032年工作打算 一、基本医疗：全年门诊1.2万人次，参合率97.5%。"
            "二、存在的问题：1、人员少，本科学历仅占12%；2、设备陈旧。2032年工作打算：一是力争参合率98以上；"
            "二是高血压、糖尿病规范管理率分别达到65%、60%；三是新建预防接种门诊1个，争取资金50万元。")
    got = read(text, "value", "statement")
    assert got == [(12000.0, "actual"), (97.5, "actual"), (12.0, "actual"), (98.0, "target"), (65.0, "target"),
                   (60.0, "target"), (1.0, "target"), (500000.0, "target")]


def test_a_chapter_on_where_a_plan_starts_from_ends_at_the_chapter_of_its_aims():
    text = ("关于印发某省卫生事业发展“十六五”规划的通知\n各市县人民政府：现将规划印发给你们。\n"
            "第一章 发展基础与面临的形势\n“十五五”期间，全省参合率达到96.1%。主要问题：\n1.人才匮乏，高级职称人员仅占5.2%。\n"
            "第二章 发展目标\n到2035年，全省孕产妇死亡率降至12/10万以下；新农合参合率稳定在97%以上；全省执业医师总数达到3.2万人。")
    got = read(text, "value", "statement")
    assert got == [(96.1, "actual"), (5.2, "actual"), (12.0, "target"), (97.0, "target"), (32000.0, "target")]


def test_a_plans_year_in_chinese_numerals_dates_it_and_its_look_back_reports_levels_reached():
    text = ("某县卫生局二〇三二年卫生工作计划\n一、2031年工作简要回顾\n2031年全县参合农民18.6万人，参合率为97.2%，"
            "全年补偿住院病人5 210人次。乡村医生持证上岗率达到84.5%。\n二、2032年工作目标\n"
            "（一）新农合参合率达到98%以上，乡村医生持证上岗率达到90%。")
    got = read(text, "value", "statement")
    assert got == [(186000.0, "actual"), (97.2, "actual"), (5210.0, "actual"), (84.5, "actual"), (98.0, "target"),
                   (90.0, "target")]


def test_a_plans_own_quarter_named_in_its_text_is_no_quarter_gone_by():
    text = ("某市2032年第一季度爱国卫生工作要点\n一、环境整治。一季度全市清理卫生死角不少于1 500处，"
            "城区生活垃圾无害化处理率保持在100%，农村垃圾收运体系覆盖率达到80%以上。")
    got = read(text, "value", "statement")
    assert got == [(1500.0, "target"), (100.0, "target"), (80.0, "target")]


def test_a_quarter_reported_in_a_plan_for_the_year_is_still_a_level_reached():
    # (metamorphic partner of the test above: the same clause in a plan for the whole year reports the first quarter)
    text = ("某市2032年爱国卫生工作计划\n一、环境整治。一季度全市清理卫生死角1 500处，城区生活垃圾无害化处理率达到100%。"
            "全年农村垃圾收运体系覆盖率达到80%以上。")
    got = read(text, "value", "statement")
    assert got == [(1500.0, "actual"), (100.0, "actual"), (80.0, "target")]


# ------------------------------------------------------------------ numbers that are no values
def test_a_document_sharing_sites_page_count_is_no_rate_where_units_are_dropped():
    text = ("2031年某乡卫生院工作总结及2032年工作打算 一、基本医疗：全年门诊1.2万人次。二、存在的问题：1、人员少；"
            "2、设备陈旧。2032年工作打算：一是力争参合率98以上，住院分娩率100；二是新建村卫生室2个。\n"
            "…………此处为第1页结束，全文共3页…………\n（下载全文请点击右上角按钮）")
    got = read(text, "value", "unit")
    assert got == [(12000.0, "count"), (98.0, "percent"), (100.0, "percent"), (2.0, "count")]


def test_a_rate_cut_by_a_sites_notice_line_between_rules_is_one_number():
    text = ("汾河县某镇卫生院2031年工作总结\n2031年，我院在镇党委政府的领导下，认真做好各项工作。全镇合作医疗参合率达9\n"
            "-----本文档由用户上传，仅供交流-----\n6.3%，孕产妇系统管理率为88%，免疫规划疫苗接种率均在9\n"
            "…………此处为第1页结束，全文共3页…………\n6%以上，传染病报告率100%。\n")
    got = read(text, "value", "unit", "comparator")
    assert got == [(96.3, "percent", "="), (88.0, "percent", "="), (96.0, "percent", ">="), (100.0, "percent", "=")]


def test_a_number_spaced_by_a_pdfs_justified_line_before_a_per_sign_is_one_number():
    text = ("汾河县2031年卫生健康事业发展统计公报\n全县孕产妇死亡率8.9 2 / 1 0万，婴儿死亡率3.1 4 ‰，"
            "甲乙类传染病报告发病率2 4 5.3 / 1 0万，肺结核报告发病率为1 317.2/10万。2032年孕产妇死亡率力争控制在2 5/10万以下。")
    got = read(text, "value", "unit")
    assert got == [(8.92, "per_100k"), (3.14, "per_mille"), (245.3, "per_100k"), (1317.2, "per_100k"), (25.0, "per_100k")]


def test_counts_in_chinese_numerals_of_rooms_visits_and_sessions():
    text = ("汾河县卫生健康局2031年工作总结\n全年入户随访两千一百余户次，开展健康讲座九十场，仍有三间病房漏雨。"
            "我们打好了一场硬仗，制定了一套制度，解决了一批群众反映的难题。\n")
    got = read(text, "value", "count_unit")
    assert got == [(2100.0, "户次"), (90.0, "场"), (3.0, "间")]


# ------------------------------------------------------------------ a plan section's baseline, a rule's floor per head
def test_a_level_a_plan_section_dates_to_the_year_before_is_its_baseline():
    text = ("汾河县卫生局2034年工作总结和2035年工作计划\n一、2034年工作\n全县参合率98.1%。\n二、2035年工作计划\n"
            "（一）主要目标：孕产妇死亡率控制在20/10万以下，婴儿死亡率控制在9‰以下（2034年为9.6‰）；参合率稳定在98%以上。\n")
    got = read(text, "value", "statement")
    assert got == [(98.1, "actual"), (20.0, "target"), (9.0, "target"), (9.6, "actual"), (98.0, "target")]


def test_a_floor_before_the_head_an_amount_is_paid_per_is_the_amounts():
    text = ("汾河县医疗保障局2034年工作总结\n个人缴费标准为每人每年400元，财政补助标准不低于每人每年700元。"
            "基本公共卫生服务项目人均补助经费80元全部拨付到位，全县人均补助经费达到90元。\n")
    got = read(text, "value", "statement", "comparator")
    assert got == [(400.0, "policy", "="), (700.0, "policy", ">="), (80.0, "policy", "="), (90.0, "actual", "=")]


def test_a_move_in_points_its_segment_aims_at_is_a_target():
    text = ("汾河县新农合运行平稳\n本报讯 2034年全县参合率97.6%，住院实际补偿比52.1%，比上年提高3.2个百分点。"
            "县卫生局负责人表示，今年将力争参合率稳定在98%以上，住院实际补偿比再提高4个百分点左右。\n")
    got = read(text, "value", "statement")
    assert got == [(97.6, "actual"), (52.1, "actual"), (3.2, "change"), (98.0, "target"), (4.0, "target")]


def test_the_areas_units_after_a_verb_of_reach_are_the_extent_covered():
    plan = ("汾河县卫生局2035年工作计划\n一、主要目标\n1、新型农村合作医疗覆盖全县16个乡镇，参合率达到90%以上；"
            "在全县16个乡镇推行乡村一体化管理。\n")
    assert read(plan, "value", "statement") == [(16.0, "target"), (90.0, "target"), (16.0, "actual")]
    summary = "汾河县卫生局2034年工作总结\n新型农村合作医疗覆盖全县16个乡镇，参合率达到90%。\n"
    assert read(summary, "value", "statement") == [(16.0, "actual"), (90.0, "actual")]


def test_a_population_size_in_words_named_as_an_attribute_is_no_count():
    text = ("汾河市卫生健康局2034年工作总结\n全市医疗服务水平与百万人口大市地位不相称，全市常住人口132万人，新增医生三十人，"
            "每千人口执业医师2.6人。\n")
    assert read(text, "value", "count_unit") == [(1320000.0, "人"), (30.0, "人"), (2.6, "人")]


def test_a_plans_look_back_reads_the_same_when_its_lines_are_joined():
    lined = ("某县卫生健康局2033年工作计划\n【大】【中】【小】\n一、2032年工作回顾\n过去一年，全县家庭医生签约率达到100%。全县法定传染病报告发病率为"
             "172.4/10万，无甲类传染病发生。\n二、2033年主要目标\n孕产妇死亡率控制在15/10万以下，县域内就诊率达到90%。\n")
    want = [(100.0, "actual"), (172.4, "actual"), (15.0, "target"), (90.0, "target")]
    assert read(lined, "value", "statement") == want
    assert read(lined.replace("\n", " "), "value", "statement") == want  # (paragraphs set off by a space)
    assert read(lined.replace("\n", ""), "value", "statement") == want  # (the first heading glued to the tool label)
