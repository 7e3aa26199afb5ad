"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 19; every page and sentence
here is written for these tests, places and numbers made up):

- a sharing site's upload line above a pasted PDF (浏览次数：… | 上传日期：… | 文档星级：★★★☆☆) is the site's: the PDF's
  wraps are undone, but the line is never joined to the report's title under it;
- a notice that issues or forwards a document of targets (关于印发《某县2032年…工作目标任务》的通知) is a plan, whether
  the document's own title stands on its line or runs on inside one line;
- an enumerated heading glued to the 一是 of the list under it (四、面临的困难一是…；二是…) stands on its own line;
- the related-documents line of a site (相关文档推荐：…) is the site's, also glued after the report's last sentence;
- the side of problems a report turns to (问题方面：…) glued after a full stop opens its paragraph as on a lined page;
- an essay site's reach counter (本文已影响 2,317 人) glued to the report's opening is the site's, and ends its line;
- a header row printed a cell a line without a unit column (指标 / 年度目标 / 实际完成 / 完成率) heads a table's
  columns, no plan section: what the page states after the table was reached;
- a date written with dashes run into the year that opens the text (更新时间：2032-1-162031年是…) ends before the year.
"""
from __future__ import annotations

import pytest
from test_metamorphic import page_facts  # (observations and problem texts of a page, through the build's path)
from test_reshaped_round14 import joined, read, says_the_same  # (a page's values, flattened, compared)

SEPARATORS = ("", " ")


def problems(page: str) -> list[str]:
    return sorted(page_facts(page)[1])


# ------------------------------------------------------------------ a sharing site's upload line above a pasted PDF
PDF_PARAGRAPHS = (
    "　　2031年，县卫健局将以基层能力建设为重点，着力补齐乡村两级医疗服务短板，全面推进健康青禾建设，重点做好以下几方面工作。",
    "　　一、主要目标。全县孕产妇死亡率控制在18/10万以下，婴儿死亡率控制在5‰以内；居民电子健康档案建档率保持在90%以上，"
    "老年人健康管理率达到72%，家庭医生重点人群签约率达到75%以上。",
    "　　二、能力建设。投入1200万元改造乡镇卫生院6所，全年招聘医学类专业毕业生35名，选派15名骨干医师到省级医院进修一年。",
    "　　三、公共卫生。严重精神障碍患者规范管理率达到85%，适龄儿童免疫规划疫苗接种率以乡镇为单位保持在95%以上。",
)


def pdf_lines(paragraph: str, width: int = 33) -> str:
    """A paragraph as a PDF copy prints it: a line break every ``width`` characters."""
    return "\n".join(paragraph[k:k + width] for k in range(0, len(paragraph), width))


PDF_PASTE = ("文档格式：PDF | 页数：3 | 浏览次数：245 | 上传日期：2031-02-11 09:15:20 | 文档星级：★★★☆☆\n"
             "青禾县2031年卫生健康工作计划\n" + "\n".join(map(pdf_lines, PDF_PARAGRAPHS)) + "\n")


def test_an_upload_line_above_a_pasted_pdf_is_not_joined_to_the_title():
    values = read(PDF_PASTE, "value", "statement")
    # the plan's title is found under the site's line: its aims are targets, not levels reached
    assert (18.0, "target") in values and (72.0, "target") in values and (35.0, "target") in values
    assert not any(statement == "actual" for _, statement in values)


@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_pasted_pdf_under_an_upload_line_says_the_same_on_one_line(sep):
    lines = PDF_PASTE.split("\n")
    flat = lines[0] + "\n" + joined("\n".join(lines[1:]), sep)  # (the site's line keeps its break)
    assert says_the_same(PDF_PASTE, flat)


# ------------------------------------------------------------------ a notice issuing a document of targets
ISSUING_NOTICE = """青禾县卫生健康局文件
青卫发〔2032〕6号
关于印发《青禾县2032年农村妇幼健康服务工作目标任务》的通知
各乡镇卫生院，县直各医疗卫生单位：
　　现将《青禾县2032年农村妇幼健康服务工作目标任务》印发给你们，请认真组织实施。
青禾县2032年农村妇幼健康服务工作目标任务
　　一、妇女保健：孕产妇系统管理率达到92%，住院分娩率98以上。
　　二、儿童保健：3岁以下儿童系统管理率达到90%，婴儿死亡率控制在6‰以下。
　　三、经费保障：县财政安排妇幼专项经费260万元。
"""


@pytest.mark.parametrize("sep", ("", " ", None))
def test_a_notice_issuing_a_document_of_targets_is_a_plan(sep):
    page = ISSUING_NOTICE if sep is None else joined(ISSUING_NOTICE, sep)
    values = read(page, "value", "statement")
    assert (92.0, "target") in values and (90.0, "target") in values and (6.0, "target") in values
    assert (2600000.0, "target") in values
    assert says_the_same(ISSUING_NOTICE, page)


# ------------------------------------------------------------------ an enumerated heading glued to its list's 一是
HEADING_THEN_ITEMS = """石门乡卫生院2031年上半年工作总结
　　上半年，我院门诊接诊病人1.6万人次，同比增长6.2%，各项工作平稳推进。
　　一、基本公共卫生服务。老年人健康管理率达到71.5%，高血压患者规范管理率达到66%。
　　二、需要关注的几个困难
　　一是业务用房紧张，全院仅有病床20张，住院病人常在走廊加床；二是村医队伍青黄不接，全乡28名村医中60岁以上的有11名；三是救护车辆老旧，转诊难以保障。
　　下半年，我院将重点做好家庭医生签约服务。
"""


@pytest.mark.parametrize("sep", SEPARATORS)
def test_an_enumerated_heading_glued_to_its_first_item_stands_on_its_own_line(sep):
    flat = joined(HEADING_THEN_ITEMS, sep)
    found = problems(flat)
    assert any(p.startswith("业务用房紧张") for p in found)  # the first item, without the heading before it
    assert not any("困难" in p for p in found)  # the heading's words are no problem's
    assert says_the_same(HEADING_THEN_ITEMS, flat)


def test_a_heading_glued_to_a_lone_one_is_is_not_cut():
    # without a 二是 after it, 一是 is no list's first item (思想统一是前提: a word and its 是)
    from healthdata.pageview import page_view

    text = "城区卫生工作形势良好。一、思想统一是前提，各部门协同推进各项工作，全年门诊量增长8%。"
    assert "一、思想统一是前提，" in page_view(text).text


# ------------------------------------------------------------------ a site's related-documents line
RELATED = """柳湾镇卫生院2031年工作总结
　　2031年，我院门诊接诊病人8760人次，住院分娩率达到97.2%。
　　存在问题：业务用房仅有300平方米，病房与门诊混用；全院没有一名本科学历医师；外出务工人员多，慢病随访难以落实。
相关文档推荐：柳湾镇卫生院2032年工作计划　某县卫生院年度总结范文
"""


@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_sites_related_documents_are_no_words_of_the_last_problem(sep):
    lines = RELATED.strip().split("\n")
    for page in (RELATED, joined(RELATED, sep), joined("\n".join(lines[:-1]), sep) + lines[-1]):
        found = problems(page)
        assert any(p.startswith("外出务工人员多") for p in found), page
        assert not any("推荐" in p or "范文" in p for p in found), page


# ------------------------------------------------------------------ the side of problems a report turns to
PROBLEM_SIDE = """青禾县卫生监督所2031年工作总结
　　2031年，全县卫生监督工作以规范执法为主线，较好完成了全年任务。
　　一、公共场所监督。全年监督检查公共场所1 286户次，卫生许可证发证率96.3%。
　　二、队伍建设。全所监督员持证上岗率100%，全年组织业务培训4期。
　　问题方面：监督员编制仍然偏紧，每万人口仅有监督员0.5名；快速检测设备老化；无证行医“打游击”现象反复出现，难以根治。
　　2032年，我们要确保公共场所卫生许可证发证率达到98%以上。
"""


@pytest.mark.parametrize("sep", SEPARATORS)
def test_the_side_of_problems_glued_after_a_full_stop_opens_its_paragraph(sep):
    flat = joined(PROBLEM_SIDE, sep)
    found = problems(flat)
    assert any(p.startswith("无证行医") for p in found)
    assert says_the_same(PROBLEM_SIDE, flat)


# ------------------------------------------------------------------ an essay site's reach counter
REACH_COUNTER = """范文大全 > 工作计划 > 医院工作计划
乡卫生院20XX年工作计划
时间：2031-12-20 来源：网友投稿 本文已影响 3,406 人
为做好20XX年全乡基本医疗和公共卫生工作，确保全乡**万人民群众享有基本卫生服务，结合我院实际，制定本计划。
一、工作目标
老年人健康管理率达到70%以上，高血压患者规范管理率达到65%，适龄儿童疫苗接种率95以上。
二、主要措施
全年培训乡村医生200人次，争取县财政安排设备购置经费xx万元。
"""


@pytest.mark.parametrize("sep", SEPARATORS)
def test_an_essay_sites_reach_counter_glued_to_the_opening_is_the_sites(sep):
    from healthdata.pageview import page_view

    flat = joined(REACH_COUNTER, sep)
    assert "\n为做好20XX年全乡" in page_view(flat).text  # the report's opening starts its line, after the site's
    assert says_the_same(REACH_COUNTER, flat)
    assert (70.0, "target") in read(flat, "value", "statement")


# ------------------------------------------------------------------ a header row a cell a line, without a unit column
CELL_HEADERS = """关于2031年度基本公共卫生服务项目考核情况的通报
各乡镇卫生院：
现将全县2031年度基本公共卫生服务项目考核主要指标通报如下。
指标
年度目标
实际完成
完成率
居民电子健康档案建档率
90%
92.4%
102.7%
高血压患者规范管理率
60%
61.8%
103.0%
全县项目资金到位3560万元，资金拨付率为96.2%。
考核发现的主要问题：部分卫生院随访记录不全，档案更新不及时。
"""


def test_a_header_row_printed_a_cell_a_line_heads_no_plan_section():
    values = read(CELL_HEADERS, "value", "statement")
    # what the page states after the table was reached, not planned
    assert (35600000.0, "actual") in values and (96.2, "actual") in values
    assert not any(statement == "target" and value in (35600000.0, 96.2) for value, statement in values)


# ------------------------------------------------------------------ a dashed date run into the opening year
DATE_INTO_YEAR = """柳湾县卫生局2031年工作总结
作者：佚名　文章来源：本站原创　点击数：1820　更新时间：2032-1-16
2031年是全县新型农村合作医疗全面推开的第一年。全年参合农民42.6万人，参合率91.3%，乡镇卫生院门诊量增长9.4%。
存在的问题：乡村医生队伍老化，全县60岁以上的村医占三成。
"""


def test_a_dashed_date_run_into_the_opening_year_ends_before_it():
    from healthdata.pageview import page_view

    lines = DATE_INTO_YEAR.split("\n")
    flat = lines[0] + "\n" + "".join(lines[1:])  # (the site's line and the report's text glued)
    assert "\n2031年是全县" in page_view(flat).text
    assert says_the_same(DATE_INTO_YEAR, flat)
