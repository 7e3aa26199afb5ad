"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 20; every page and sentence
here is written for these tests, places and numbers made up):

- a book's even page prints its number on the outer, left side before the running head (·118·　青禾省卫生年鉴（2032）):
  a page break, so the wraps of a yearbook's PDF copy around it are undone;
- the site's lines around a pasted PDF count in no share of the wrap: a page with the site's furniture around it is
  unwrapped as the bare page is;
- a PDF wrap right after a short bracketed word (执业（助理） / 医师数…) is undone: the bracket closes a word;
- the next year's targets named by their year in Chinese numerals (二〇三二年主要目标：) glued after the problems open
  their own line, so the problem ends at its sentence;
- a site's date stamp with its time of day glued to the headline above it (…情况2032年07月24日 10:32　来源：…) is the
  site's, and a sentence's date with its time is no stamp;
- a title naming the kind of report on its subject (…队伍建设情况的调研报告) is whole before the site's fields set off by
  spaces, and a title a wrap cut before its 报告, joined by a space (…工作情况的 报告), is whole;
- a view counter without its colon (已阅读 426 次) glued to the text after it is the site's, no count;
- a notice's heading glued after its lead-in's colon (如下：一、工作目标到2032年底，…) heads its section;
- a sharing site's document tools (| 加入收藏 | 下载此文档) glued to the title below them end the site's line;
- a sharing site's short chain of chunk numbers that cuts a signature set right by spaces (　…（ / 3、某某）) is the
  site's.
"""
from __future__ import annotations

import pytest
from test_metamorphic import page_facts  # (observations and problem texts of a page, through the build's path)
from test_reshaped_round14 import joined, read, says_the_same  # (a page's values, flattened, compared)

from healthdata.build import report_result
from healthdata.pageview import hard_wrap_edits, is_page_break_text, page_view
from healthdata.segment import page_reports


def documents(page: str) -> list[dict]:
    view, reports = page_reports(page, "x.txt")
    return [report_result(rep, "x.txt", view).documents[0] for rep in reports]


def wrapped(paragraph: str, width: int) -> str:
    """A paragraph as a PDF copy prints it: a line break every ``width`` characters."""
    return "\n".join(paragraph[k:k + width] for k in range(0, len(paragraph), width))


def printed(paragraph: str, width: int) -> str:
    """A paragraph as a book prints it: a line break where the line fills ``width`` full-width characters (a digit,
    a Latin letter or a half-width sign takes half of one)."""
    lines, line, halves = [], "", 0
    for c in paragraph:
        w = 1 if c.isascii() else 2
        if halves + w > 2 * width:
            lines.append(line)
            line, halves = "", 0
        line, halves = line + c, halves + w
    return "\n".join(lines + [line])


# ------------------------------------------------------------------ a yearbook's left-page number before its running head
YEARBOOK_ENTRY_1 = ("【妇幼卫生】2031年，全省孕产妇死亡率为12.4/10万，婴儿死亡率为4.6‰，5岁以下儿童死亡率为6.1‰，"
                    "均低于全国平均水平。全省住院分娩率达到99.6%，孕产妇系统管理率达到91.8%，3岁以下儿童系统管理率为"
                    "89.5%，新生儿遗传代谢性疾病筛查率达到97.2%，农村妇女两癌检查人数达到21.6万人。")
YEARBOOK_ENTRY_2 = ("【爱国卫生】全省卫生县城达到36个，农村卫生厕所普及率达到78.4%，较上年提高3.2个百分点；城乡居民"
                    "健康素养水平达到19.6%，经常参加体育锻炼人口比例为35.1%，病媒生物密度控制水平达标率为88%。")
YEARBOOK = ("·118·　　　　　　　　　　青禾省卫生年鉴（2032）\n" + printed(YEARBOOK_ENTRY_1, 21) + "\n"
            "·120·　　　　　　　　　　青禾省卫生年鉴（2032）\n" + printed(YEARBOOK_ENTRY_2, 21) + "\n")


def test_a_left_pages_number_before_the_running_head_is_a_page_break():
    assert is_page_break_text("·118·　　　　　　　青禾省卫生年鉴（2032）")
    assert is_page_break_text("·36· 疾病预防控制与公共卫生")
    assert not is_page_break_text("·118·全省孕产妇死亡率为12.4/10万，婴儿死亡率为4.6‰。")  # (text, no head)


def test_a_yearbooks_wraps_around_its_left_page_heads_are_undone():
    text = page_view(YEARBOOK).text
    assert YEARBOOK_ENTRY_1 in text and YEARBOOK_ENTRY_2 in text
    values = read(YEARBOOK, "value", "indicator_id")
    assert (12.4, "maternal_mortality_ratio") in values and (89.5, "child_systematic_management_rate") in values


# ------------------------------------------------------------------ the site's furniture lines around a pasted PDF
PLAN_PARAGRAPHS = (
    "2032年是实施卫生健康发展规划承上启下的一年，全县卫生健康工作要紧扣基层能力建设和健康扶贫两条主线，重点做好以下工作。",
    "一、目标任务",
    "（一）妇幼健康：孕产妇死亡率控制在16/10万以内，婴儿死亡率、5岁以下儿童死亡率分别控制在5‰、7‰以内，"
    "孕产妇系统管理率和3岁以下儿童系统管理率均保持在90%以上，农村适龄妇女两癌检查人数不少于1.2万人。",
    "（二）公共卫生：电子健康档案建档率88以上，0—6岁儿童健康管理率92以上，严重精神障碍患者规范管理率80以上，"
    "家庭医生签约服务覆盖率达到35%以上。",
    "二、重点工作",
    "1.推进医共体建设。以县人民医院为龙头组建3个医共体，覆盖全县26个乡镇卫生院，县域内就诊率提高到91%，"
    "基层医疗卫生机构诊疗量占比达到65%以上，县级医院向乡镇卫生院派驻医师不少于40人。",
    "2.加强人才队伍建设。全年公开招聘卫技人员120名，定向培养农村订单医学生30名，新增全科医生18名。",
    "三、保障措施",
    "县卫生健康局将实行“周调度、月通报”，对工作滞后的单位主要负责人进行约谈。",
    "青禾县卫生健康局",
    "2032年2月",
)
PLAN_PDF = "青禾县卫生健康局2032年工作计划\n" + "\n".join(wrapped(p, 35) for p in PLAN_PARAGRAPHS) + "\n"
SITE_BEFORE = ("当前位置：首页 > 计划总结 > 卫生健康\n发布时间：2032-03-05 浏览次数：217\n"
               "温馨提示：本站文档均由网友上传，仅供学习参考，如有侵权请联系删除。\n")
SITE_AFTER = "上一篇：乡镇卫生院年度述职报告\n下一篇：社区卫生服务中心工作安排\n免责声明：本文仅代表作者观点，与本站无关。版权所有 © 某某文库\n"


def test_the_sites_lines_around_a_pasted_pdf_do_not_keep_its_wraps():
    # the wrap is found by the lines' characters on the framed page as on the bare one (not left to their printed widths)
    assert len(hard_wrap_edits(SITE_BEFORE + PLAN_PDF + SITE_AFTER)) == len(hard_wrap_edits(PLAN_PDF)) > 0
    bare, framed = page_view(PLAN_PDF).text, page_view(SITE_BEFORE + PLAN_PDF + SITE_AFTER).text
    for paragraph in PLAN_PARAGRAPHS[2:4]:
        assert paragraph in bare and paragraph in framed
    values = read(SITE_BEFORE + PLAN_PDF + SITE_AFTER, "value", "indicator_id", "statement")
    assert (5.0, "infant_mortality_rate", "target") in values and (7.0, "under5_mortality_rate", "target") in values


# ------------------------------------------------------------------ a wrap right after a short bracketed word
PDF_PROBLEMS = """青禾市卫生健康委员会2031年工作总结
    一、2031年工作完成情况
    全市人均预期寿命达到78.9岁；孕产妇死亡率11.6/10
万，婴儿死亡率2.7‰，均优于全省平均水平。全市二级以上
公立医院全部接入区域全民健康信息平台，电子健康卡普及率
达到84%。全年争取中央和省级项目资金4.36亿元。
    二、存在的困难和问题
    （一）基层卫生人才总量不足。每千常住人口执业（助理）
医师数2.16人，低于全省平均水平，乡镇卫生院全科医生缺口
较大，村医队伍老化问题突出。
    （二）公立医院运行压力较大。受药品耗材价格下降等因素
影响，部分县级公立医院收支结余为负，政府投入保障机制尚
未健全，医务人员薪酬制度改革推进缓慢。
"""


def test_a_wrap_after_a_short_bracketed_word_is_undone():
    assert "执业（助理）\n医师数" in PDF_PROBLEMS  # (the page as written: the wrap falls right after the bracket)
    assert "执业（助理）医师数2.16人" in page_view(PDF_PROBLEMS).text
    texts = problems(PDF_PROBLEMS)
    assert any(t.startswith("基层卫生人才总量不足") and "医师数2.16人" in t for t in texts)
    assert not any(t.startswith("医师数") for t in texts)


def problems(page: str) -> list[str]:
    return sorted(page_facts(page)[1])


# ------------------------------------------------------------------ next year's targets named by a year in Chinese numerals
OLD_SUMMARY = """青禾县卫生局二〇三一年工作总结
一、妇幼保健。全县活产数3862人，孕产妇死亡率51.8/10万，住院分娩率由上年的61.2%提高到68.5%。
二、存在的主要问题：乡镇卫生院房屋破旧，有3所仍为危房；孕产妇死亡率居高不下，住院分娩率与省定目标差距较大。
二〇三二年主要目标：孕产妇死亡率控制在45/10万，住院分娩率75以上。
"""


@pytest.mark.parametrize("sep", ("", " "))
def test_next_years_targets_named_by_a_year_in_chinese_numerals_end_the_problems(sep):
    flat = joined(OLD_SUMMARY, sep)
    texts = problems(flat)
    assert any(t.endswith("住院分娩率与省定目标差距较大") for t in texts)
    assert not any("主要目标" in t for t in texts)
    assert says_the_same(OLD_SUMMARY, flat)


# ------------------------------------------------------------------ a date stamp with its time of day glued to a headline
NEWS = """青禾省卫健委新闻发布会：2032年上半年全省卫生健康工作进展情况
2032年07月24日 10:32　来源：省卫生健康委宣传处
7月23日，省卫生健康委召开新闻发布会。截至6月底，全省每千人口执业（助理）医师3.12人，县域内住院率达到89.6%。
发布人介绍，下半年将推动全省居民健康素养水平达到31%，每万人口全科医生数年底前力争达到4人。
"""


def test_a_date_stamp_with_its_time_glued_to_the_headline_is_the_sites():
    flat = joined(NEWS, "")
    assert "\n2032年07月24日" in page_view(flat).text
    assert (31.0, "target") in read(flat, "value", "statement") and (89.6, "actual") in read(flat, "value", "statement")
    assert says_the_same(NEWS, flat)


def test_a_sentences_date_with_its_time_is_no_stamp():
    sentence = "全县卫生健康工作会议于2032年3月5日9:30在县行政中心召开，会议通报了2031年全县妇幼健康工作情况。"
    assert "\n" not in page_view(sentence).text


# ------------------------------------------------------------------ titles naming the kind of report, and a title cut before 报告
SURVEY = """关于全县村医队伍建设情况的调研报告
来源：县卫生健康局基层卫生股　发布时间：2032-01-06 10:21
为摸清村医队伍底数，县卫生健康局组成4个调研组，深入12个乡镇、87个行政村开展专题调研，共回收有效问卷962份。
一、基本情况
全县共有村卫生室214个，在岗村医307人，其中60岁以上的96人，占31.3%。
"""


def test_a_survey_reports_title_is_whole_before_the_sites_fields_set_off_by_spaces():
    flat = joined(SURVEY, " ")
    values = read(flat, "value", "unit")
    assert (4.0, "count") in values and (962.0, "count") in values
    assert says_the_same(SURVEY, flat)


REPORT_TO_CONGRESS = """青禾县卫生健康局关于2031年工作情况的
报告
各位代表：2031年，县卫生健康局紧紧围绕健康青禾建设目标，重点抓了以下几项工作：
一是分级诊疗有序推进。全县组建医共体2个，县域内就诊率达到88.6%，较上年提高1.4个百分点。
同时也要看到，县级医院重点专科少，村医队伍老化，60岁以上村医占比接近33%。
全年共培训乡村医生412人次，电子健康档案建档率达到87.5%。
"""


def test_a_title_cut_before_its_report_word_joined_by_a_space_is_whole():
    flat = joined(REPORT_TO_CONGRESS, " ")
    assert [d["title"] for d in documents(flat)] == ["青禾县卫生健康局关于2031年工作情况的报告"]
    assert says_the_same(REPORT_TO_CONGRESS, flat)


# ------------------------------------------------------------------ a view counter without its colon
TOWNSHIP_NEWS = """【乡镇动态】青禾乡：家庭医生签约服务提质扩面
2032-11-20　来源：青禾乡党政办　作者：某某　　已阅读 538 次
今年以来，青禾乡卫生院组建家庭医生团队7个，与重点人群签约2143人，签约率达到76.4%，履约率91%。
"""


@pytest.mark.parametrize("sep", ("", " "))
def test_a_view_counter_without_its_colon_glued_to_the_text_is_the_sites(sep):
    flat = joined(TOWNSHIP_NEWS, sep)
    assert 538.0 not in [v for (v,) in read(flat, "value")]
    assert says_the_same(TOWNSHIP_NEWS, flat)


# ------------------------------------------------------------------ a notice's heading glued after its lead-in's colon
NOTICE = """关于开展2032年全县村卫生室标准化建设达标活动的通知
各乡镇卫生院、县直各医疗卫生单位：
为贯彻落实全市基层卫生工作会议精神，加快改变我县村卫生室基础条件落后、服务能力不足的面貌，经局党组研究，决定在全县开展村卫生室标准化建设达标活动。现将有关事项通知如下：
一、工作目标
到2032年底，全县村卫生室标准化建设达标率提高到85%，乡村医生中具有执业（助理）医师资格的比例不低于35%；村卫生室基本药物配备品种不少于60种，一般诊疗费实施率达到95%以上。
二、主要内容
（一）着力改善业务用房。县财政安排配套资金180万元，对15所房屋破旧的村卫生室实施改扩建。
（二）着力充实村医队伍。年内招聘乡村医生40名，县直医院选派主治医师以上人员20名到村巡诊。
三、检查验收
县卫生健康局将于11月下旬组织验收，对达标的村卫生室给予每所1万元的以奖代补。
"""


def test_a_notices_heading_glued_after_its_lead_ins_colon_heads_its_section():
    flat = joined(NOTICE, "")
    assert "\n一、工作目标\n到2032年底" in page_view(flat).text
    values = read(flat, "value", "statement")
    assert (85.0, "target") in values and (35.0, "target") in values and (95.0, "target") in values
    assert says_the_same(NOTICE, flat)


# ------------------------------------------------------------------ a sharing site's document tools glued to the title
DOCSHARE = """某某文库 > 行业资料 > 医药卫生
上传者：qh_2032　　页数：3页　　浏览：412次　　下载：31次
☆☆☆☆☆ 暂无评价　　【举报】　　|　加入收藏　|　下载此文档
青禾旗卫生局2032年工作要点
2032年全旗卫生工作的总体思路是：以基层运行新机制为重点，切实提高农牧民健康水平。主要目标：新农合参合率稳定在97%以上，住院分娩率98以上，孕产妇系统管理率92以上。
"""


def test_a_sharing_sites_document_tools_glued_to_the_title_end_the_sites_line():
    lines = DOCSHARE.split("\n")
    flat = "\n".join(lines[:2]) + "\n" + joined("\n".join(lines[2:]), "")  # (its tools and the plan on one line)
    assert "下载此文档\n" in page_view(flat).text
    notice = "温馨提示：成为会员后，下载本文档将扣除1次下载权益，下载后不支持退款。"  # (the words in a sentence are no tool)
    assert "\n" not in page_view(notice).text
    values = read(flat, "value", "statement")
    assert (97.0, "target") in values and (92.0, "target") in values


# ------------------------------------------------------------------ a sharing site's chunk numbers cutting a right-set signature
ENTRY = ("青禾市卫生年鉴（2032）　　　　　　　　　　卫生事业\n"
         "【卫生】2031年末，全市共有各级各类医疗卫生机构1936个，各级医院的病床使用率为81.2%，新农合参合率97.3%，"
         "住院费用报销比例达到71%。\n"
         + "　" * 39 + "（某某某）\n")


def chunked(page: str, width: int) -> str:
    """A sharing site's copy: each line cut every ``width`` characters (its indent counted), a number 1、 2、 … before the
    page and at each cut."""
    out, n = [], 1
    for line in page.split("\n"):
        pieces = [line[k:k + width] for k in range(0, max(len(line), 1), width)] or [""]
        for k, piece in enumerate(pieces):
            if k:
                n += 1
                piece = f"{n}、{piece}"
            out.append(piece)
    return "1、" + "\n".join(out)


def test_a_sharing_sites_short_chunk_chain_that_cuts_a_right_set_signature_is_the_sites():
    page = chunked(ENTRY, 40)
    assert "\n3、某某某）" in page and "　（\n" in page  # (the page as the site copied it: the signature cut in its bracket)
    text = page_view(page).text
    assert "2、" not in text and "3、" not in text
    assert page_facts(page)[:2] == page_facts(ENTRY)[:2]
