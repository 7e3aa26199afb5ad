"""Pages reshaped the way sites and PDF copies reshape them still say the same (round 21's reshaped pages; every page
and sentence here is written for these tests, places and numbers made up):

- a variant form of a common character a site prints (衞 for 衛, 毉 for 醫) is folded to its Simplified form in the
  matching text, as the Traditional form is; a Simplified character of its own (著, 抬) is left as it is;
- a view counter in the site's brackets, the last of a run of bracketed fields (【阅读次数：316】), glued to the report's
  opening is the site's, and the opening sentence is the report's;
- a report's sign-off in brackets giving the month only (（某区卫生局 2032年1月）), a list of attachments (附：…) and a
  bulletin's note on its figures (注：…) glued after the last sentence of a problem are none of the problem;
- a problems heading named by what the problems call for (三、值得注意的问题, 需要关注的问题) or by the work they are
  found in (当前工作中的薄弱环节) glued to its text heads its section;
- a title a PDF's wrap cut before its second part (…工作总结 / 和2032年工作打算) is whole when the page is joined by spaces;
- a PDF's running head that is the issuing body's name (- 3 - 某县卫生局) inside the number it cut is removed;
- a sharing site's counters under the title (2.3千次阅读 | 41次下载 | 本文档共3页 | 文档贡献者：abc_01) are the site's,
  on their own line and glued between the title's copies;
- a plan's title glued after a notice's last sentence and to its first heading (…贯彻落实。某州…工作要点一、主要目标…)
  opens its own line;
- a WeChat article's two-digit section number and its heading glued to the text after a full stop (…。02看清短板从上半年
  情况看，…) head their section;
- the year's targets glued after an enumerator to their text (四、2032年目标孕产妇死亡率控制在…) head their section, and so
  does a plan's closing part on how it is enforced (三、考核要求各单位完成情况纳入…).
"""
from __future__ import annotations

import opencc
import pytest
from conftest import RAW, raw_text
from test_metamorphic import SEEDS, assert_says_the_same, page_facts  # (a page's facts, through the build's path)
from test_reshaped_round14 import joined, read, says_the_same  # (a page's values, flattened, compared)

from healthdata.build import report_result
from healthdata.segment import page_reports
from healthdata.textnorm import matching_text


def documents(page: str) -> list[dict]:
    """doc_type, admin_level, place and year of each report of a page."""
    view, reports = page_reports(page, "x.txt")
    docs = [report_result(rep, "x.txt", view).documents[0] for rep in reports]
    return [{k: d.get(k) for k in ("doc_type", "admin_level", "place", "year")} for d in docs]


def problems(page: str) -> list[str]:
    """The problem texts of a page (as a reader compares them: spacing out, forms folded)."""
    return list(page_facts(page)[1].elements())


# ------------------------------------------------------------------ variant characters
def test_variant_forms_of_common_characters_fold_to_the_simplified_form():
    assert matching_text("青禾縣衞生局") == matching_text("青禾縣衛生局") == "青禾县卫生局"
    assert matching_text("青禾毉院") == "青禾医院"
    # characters Simplified text prints as themselves stay: 著 (显著) is no variant of 着, 抬 none of 擡
    assert matching_text("成效显著抬头看路") == "成效显著抬头看路"
    assert len(matching_text("衞" * 100)) == 100 and set(matching_text("衞" * 100)) == {"卫"}  # (the long-text path)


@pytest.mark.parametrize("seed", [p.name for p in SEEDS], ids=lambda s: s[:3])
def test_a_page_printed_in_hong_kong_variant_forms_says_the_same(seed):
    """A Hong Kong site prints Traditional text in its own standard forms (OpenCC s2hk: 衞生, 着 …): the page says
    what the page in Simplified characters says."""
    text = raw_text(RAW / seed)
    hong_kong = opencc.OpenCC("s2hk").convert(text)
    assert len(hong_kong) == len(text) and hong_kong != text
    assert_says_the_same(page_facts(text), hong_kong)


def test_a_bureau_printed_with_the_variant_form_is_read_as_the_bureau():
    lined = ("青禾縣衛生局2031年工作總結\n2031年，全縣衛生工作穩步推進。全縣孕產婦系統管理率達到93.5%，"
             "住院分娩率達到99.1%。\n")
    variant = lined.replace("衛", "衞")
    assert documents(variant) == documents(lined)
    assert [d["admin_level"] for d in documents(variant)] == ["county"]


# ------------------------------------------------------------------ a bracketed counter glued to the opening
BRACKETED_FIELDS = ("青禾镇卫生院2031年度基本公共卫生服务项目自查报告\n"
                    "【发布单位：青禾镇】【发布时间：2032-01-12】【阅读次数：316】\n"
                    "按照县卫健局的通知要求，我院于1月4日至9日对全镇27个村卫生室开展了自查。\n"
                    "一、完成情况。全镇建档5.21万份，建档率86.2%；老年人健康管理率66.8%。\n")


def test_a_bracketed_counter_glued_to_the_opening_sentence_is_the_sites():
    assert (27.0, "count") in read(BRACKETED_FIELDS, "value", "unit")
    for sep in ("", " "):
        assert says_the_same(BRACKETED_FIELDS, joined(BRACKETED_FIELDS, sep))


# the work a report looks back on, long enough that a page joined into one line is a long line (a short one-line page
# keeps a heading glued to its text: pageview.yaml glued_heading_line_chars)
WORK = ("全年门诊接诊2.86万人次，住院1146人次，业务收入312.4万元，同比增长12.6%。新农合即时结报面达100%，全镇农民参合率"
        "96.2%，乡级住院报销比例提高到75%。全年为辖区育龄妇女开展孕情监测8120人次，免费发放叶酸980人份，辖区儿童建卡建证率"
        "达到97.6%，乙肝疫苗首针及时接种率94.1%。孕产妇住院分娩率98.2%，比上年提高1.6个百分点。全年开展健康教育讲座24次，"
        "发放宣传资料1.2万份，为65岁以上老年人体检3216人，高血压患者规范管理率达到63.5%，糖尿病患者规范管理率达到61.2%。")


# ------------------------------------------------------------------ what follows the last problem
SIGNED_MONTH = ("青禾区卫生监督所2031年度工作总结\n"
                "2031年，我所监督覆盖率达到100%，持证上岗率100%。\n"
                "存在的主要问题：一是监督员与监管对象比例失调；二是快速检测设备不足；三是无证行医屡禁不止，取缔后反弹快。\n"
                "（青禾区卫生局  2032年1月）\n"
                "新的一年，我所将继续加大执法力度，规范执法行为，为群众营造放心的就医环境。\n")

ATTACHED = ("青禾市2031年卫生健康工作总结\n"
            "一、主要工作\n全市家庭医生签约率达到41.5%。\n"
            "二、需要关注的问题\n全市卫生健康工作仍有不少难题：基层人才流失较多；公立医院运营压力加大，改革的内生动力不足。\n"
            "附：2031年青禾市卫生健康主要指标完成情况表（略）\n")

NOTED = ("2031年青禾县卫生计生事业统计简报\n"
         "一、资源与服务\n全县医疗卫生机构312个，卫生技术人员2874人。\n二、医疗服务\n" + WORK + "\n"
         "三、需要关注的问题\n乡镇卫生院床位使用率普遍偏低，仅为45%左右；全县每千人口执业（助理）医师数1.92人，低于全省平均水平。\n"
         "注：本简报数据为初步统计数，以统计年鉴为准。\n")


def test_a_month_only_sign_off_after_the_last_problem_is_none_of_it():
    assert any(p.endswith("取缔后反弹快") for p in problems(SIGNED_MONTH))
    assert says_the_same(SIGNED_MONTH, joined(SIGNED_MONTH))


def test_an_attachment_list_or_a_note_after_the_last_problem_is_none_of_it():
    for page in (ATTACHED, NOTED):
        assert not any("附" in p or "注" in p for p in problems(page))
        for sep in ("", " "):
            flat = joined(page, sep)
            assert not any("附：" in p or "注：" in p for p in problems(flat))
            assert says_the_same(page, flat)


# ------------------------------------------------------------------ problems headings glued to their text
NOTED_WITH_CARE = ("青禾镇卫生院2031年度工作总结\n"
                   "一、业务开展情况\n" + WORK + "\n"
                   "三、值得注意的问题\n"
                   "回顾全年，成绩固然可喜，但有几点必须引起重视。首先，全院在岗职工41人，执业医师只有7人。其次，"
                   "部分医务人员服务态度较差，群众反映较大。\n"
                   "四、2032年工作思路\n力争门诊量突破3万人次。\n")

WEAK_LINKS = ("青禾市卫生局2031年工作总结\n"
              "一、全市新农合参合率达到95.2%，人均筹资标准提高到120元。\n"
              "当前工作中的薄弱环节\n"
              "（一）应对突发疫情的物资储备还很单薄，部分县医院呼吸机不足。\n"
              "（二）健康档案重建轻用，档案信息不能共享。\n"
              "2032年，我们将确保新农合参合率稳定在95%左右。\n")


def test_a_problems_heading_named_by_what_they_call_for_glued_to_its_text_heads_its_section():
    assert problems(NOTED_WITH_CARE)  # (the lined page reads its problems)
    for sep in ("", " "):
        assert says_the_same(NOTED_WITH_CARE, joined(NOTED_WITH_CARE, sep))
    for sep in ("", " "):
        flat = joined(NOTED, sep)
        assert not any(p.startswith("需要关注的问题") for p in problems(flat))


def test_weak_links_of_the_current_work_glued_before_the_first_item_head_their_section():
    assert "当前工作中的薄弱环节" not in problems(WEAK_LINKS)
    for sep in ("", " "):
        flat = joined(WEAK_LINKS, sep)
        assert "当前工作中的薄弱环节" not in problems(flat)
        assert says_the_same(WEAK_LINKS, flat)


# ------------------------------------------------------------------ a title's second part after a space
WRAPPED_TITLE = ("青禾市卫生局2031年工作总结\n和2032年工作打算\n（2032年1月12日）\n"
                 "2031年，全市卫生工作稳步推进。" + WORK + "\n2032年工作打算：参合率达到90%。\n")


def test_a_title_wrapped_before_its_second_part_is_whole_on_a_page_joined_by_spaces():
    flat = joined(WRAPPED_TITLE, " ")
    assert [d["doc_type"] for d in documents(flat)] == ["summary_and_plan"]
    assert (96.2, "actual") in read(flat, "value", "statement") and (90.0, "target") in read(flat, "value", "statement")
    assert says_the_same(WRAPPED_TITLE, flat)


# ------------------------------------------------------------------ a body's name as a PDF's running head
def test_a_bodys_name_as_running_head_inside_a_number_is_removed():
    page = ("青禾县卫生局2031年工作总结\n2031年，全县城乡居民健康档案建档率达到6- 3 -青禾县卫生局2.4%，超过市下达的任务。\n")
    assert (62.4, "percent") in read(page, "value", "unit")
    spaced = page.replace("6- 3 -青禾县卫生局2.4%", "6 - 3 - 青禾县卫生局 2.4%")
    assert (62.4, "percent") in read(spaced, "value", "unit")


# ------------------------------------------------------------------ a sharing site's counters
SHARED = ("某某文库 - 专业资料 - 医药卫生\n"
          "青禾县卫生局2031年工作总结\n"
          "2.3千次阅读 | 41次下载 | 本文档共3页 | 文档贡献者：abc_01\n"
          "青禾县卫生局2031年工作总结\n"
          "2031年，全县卫生工作较好地完成了年度目标任务。全县参合农民31.2万人，参合率96.8%，人均筹资150元。\n")


def test_a_sharing_sites_counters_under_the_title_are_the_sites():
    values = read(SHARED, "value")
    assert (2300.0,) not in values and (41.0,) not in values and (96.8,) in values
    for sep in ("", " "):
        flat = "\n".join(SHARED.split("\n")[:1] + [joined("\n".join(SHARED.split("\n")[1:]), sep)])
        assert says_the_same(SHARED, flat)


# ------------------------------------------------------------------ a plan's title glued to its first heading
NOTICE = ("关于印发《青禾州卫生局2032年工作要点》的通知\n"
          "各县（市）卫生局：\n"
          "现将《青禾州卫生局2032年工作要点》印发给你们，请认真贯彻落实。\n"
          "青禾州卫生局2032年工作要点\n"
          "一、主要目标\n"
          "全州孕产妇死亡率、婴儿死亡率分别控制在16/10万和5‰以下，5岁以下儿童死亡率不高于7‰；住院分娩率99%以上。\n"
          "二、重点任务\n年内建成医疗联合体9个。\n")


def test_a_plans_title_glued_after_the_notice_and_to_its_first_heading_opens_its_own_line():
    assert not problems(NOTICE)
    flat = joined(NOTICE)
    assert not problems(flat)
    assert says_the_same(NOTICE, flat)
    assert page_facts(flat)[0] == page_facts(NOTICE)[0]


# ------------------------------------------------------------------ a WeChat article's section number
WECHAT = ("青禾区卫健委上半年工作回顾\n"
          "01\n稳步推进\n" + WORK + "\n"
          "02\n看清短板\n"
          "从上半年情况看，全区基层卫生人才总量不足，乡镇卫生院执业医师仅占卫技人员的36%；部分村卫生室房屋老旧，设备简陋。\n")


def test_a_wechat_section_number_and_heading_glued_to_the_text_head_their_section():
    assert problems(WECHAT)
    for sep in ("", " "):
        flat = joined(WECHAT, sep)
        assert not any("看清短板" in p for p in problems(flat))
        assert says_the_same(WECHAT, flat)



# ------------------------------------------------------------------ the year's targets glued after an enumerator
TARGETS = ("青禾县妇幼保健院2031年工作总结\n"
           "一、主要工作\n" + WORK + "\n"
           "二、2032年目标\n"
           "孕产妇死亡率控制在30/10万以下，婴儿死亡率、5岁以下儿童死亡率分别控制在6‰和8‰以下，住院分娩率达到99%以上。\n")


def test_the_years_targets_glued_after_an_enumerator_head_their_section():
    assert (30.0, "target") in read(TARGETS, "value", "statement")
    for sep in ("", " "):
        flat = joined(TARGETS, sep)
        assert (30.0, "target") in read(flat, "value", "statement") and (8.0, "target") in read(flat, "value", "statement")
        assert says_the_same(TARGETS, flat)


# ------------------------------------------------------------------ a plan's closing part glued after its enumerator
ENFORCED = ("青禾县卫生健康局2032年重点工作计划\n"
            "一、目标要求\n" + WORK.replace("达到", "力争达到") + "\n"
            "二、考核要求\n"
            "各单位完成情况纳入年度目标考核，权重占25%，年中、年末各评估一次。\n")


def test_a_plans_closing_part_glued_after_its_enumerator_heads_its_section():
    for sep in ("", " "):
        flat = joined(ENFORCED, sep)
        assert says_the_same(ENFORCED, flat)
