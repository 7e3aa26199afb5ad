"""Problems and themes of kinds the sets holdout21–23 showed wrong, on sentences WRITTEN FOR THESE
TESTS (no text from eval/written or data/raw): a news headline that carries a judgement, an
interviewer's words, an answer listing the difficulties a question asked about, resources crowded
in one place and what that does, a shortfall reckoned before its figure, a disease named by name
whose control is judged grave, the staff of a disease-control programme, the animal hosts of a
zoonosis.

Each expectation is what a health-policy reader marks as the problems of the passage and the
themes (../shared/eval/themes.csv) of each.
"""
from __future__ import annotations

import pytest

from healthdata.extract.problems import extract_problems
from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def rows_of(passage: str) -> list[dict]:
    report = ReportText("t#01", "t.txt", passage, matching_text(passage), 0, len(passage))
    return extract_problems(report)


def problems_of(passage: str) -> list[str]:
    return [row["text"] for row in rows_of(passage)]


def themes_of(passage: str) -> list[set[str]]:
    return [set(row["themes"]) for row in rows_of(passage)]


# --- precision: what looks like a problem and is none --------------------------------------------

def test_a_headline_printed_twice_states_no_problem_of_its_own():
    page = (
        "东河县全年新生儿零死亡 乡村医生队伍仍待充实\n"
        "东河县全年新生儿零死亡 乡村医生队伍仍待充实\n"
        "来源：东河日报  发布时间：2030-02-11\n"
        "本报讯 记者从县卫生健康局获悉，去年全县新生儿死亡率降至2.1‰。"
        "但全县乡村医生队伍后继乏人，年轻人不愿到村里工作。\n"
    )
    found = problems_of(page)
    assert len(found) == 1 and "后继乏人" in found[0], found
    assert not any("零死亡" in text for text in found)


def test_a_headline_is_told_only_by_a_body_after_it():
    # a page of short lines without a sentence has no body: its lines are not a headline zone
    page = "存在的不足\n人才引进难\n"
    assert any("人才引进难" in text for text in problems_of(page))


def test_the_interviewers_words_admit_nothing_of_the_bureaus():
    page = (
        "主持人：药品短缺也是不少听众关心的话题。\n"
        "王局长：是的。全县乡镇卫生院儿童专用药品短缺，家长只能到县城购药。\n"
    )
    found = problems_of(page)
    assert not any("听众关心" in text for text in found), found
    assert any("儿童专用药品短缺" in text for text in found), found


def test_the_answer_to_a_question_on_difficulties_lists_them_after_the_speakers_name():
    page = (
        "主持人：当前医保工作还面临哪些困难？\n"
        "李科长：概括起来有两个方面：一是统筹基金支付压力大，去年支出增幅高于收入增幅；"
        "二是基层经办力量薄弱，每个乡镇只有一名经办员。\n"
    )
    found = problems_of(page)
    assert len(found) == 2, found
    assert "统筹基金支付压力大" in found[0] and "经办力量薄弱" in found[1]
    assert "funding" in themes_of(page)[0]


# --- one judgement, one problem ----------------------------------------------------------------

def test_resources_crowded_in_one_place_and_what_that_does_are_one_problem():
    passage = ("坦白说，全市优质医疗资源主要集中在中心城区两家医院，周末门诊“排长队”现象仍然突出，"
               "病人对看病体验的评价还不高。")
    found = problems_of(passage)
    assert len(found) == 1, found
    assert "equity_access" in themes_of(passage)[0]


def test_how_a_shortfall_was_reckoned_leads_to_its_figure_in_the_same_problem():
    passage = "但是全县助产士配备不足，按产床配比标准测算，县乡两级缺助产士约60人。"
    found = problems_of(passage)
    assert len(found) == 1 and "缺助产士约60人" in found[0], found
    assert themes_of(passage) == [{"workforce"}]


# --- a disease named by name ---------------------------------------------------------------------

def test_a_diseases_control_judged_grave_is_a_problem_whose_list_says_what_it_is():
    passage = ("据省疾控中心介绍，全省血吸虫病防治形势依然严峻：湖区三县钉螺面积仍在扩大，"
               "局部感染率回升；渔船民流动频繁，查病难度大。")
    rows = rows_of(passage)
    assert any("防治形势依然严峻" in row["text"] and "钉螺面积仍在扩大" in row["text"] for row in rows), rows
    assert "public_health_pressure" in set(rows[0]["themes"])


def test_the_animal_hosts_of_a_zoonosis_are_the_diseases_burden():
    passage = "三是牧区流浪犬数量多，犬只管理难度大，传染源控制尚不彻底；"
    rows = rows_of("存在问题：" + passage)
    assert len(rows) == 1, [r["text"] for r in rows]
    assert {"public_health_pressure", "execution"} <= set(rows[0]["themes"])


def test_the_staff_of_a_disease_programme_judged_short_are_the_workforce_only():
    passage = "但是部分乡镇结核病专业防治人员短缺，痰检人员多为兼职。"
    assert themes_of(passage) == [{"workforce"}]


@pytest.mark.parametrize("passage, words", [
    # supply that cannot keep up with demand is a problem
    ("全镇各项工作稳步推进。高龄老人逐年增多，上门护理服务供给跟不上需求。", "跟不上需求"),
    # a capacity that cannot keep up, after what it rests on, is one problem with it
    ("但县医院影像设备陈旧，诊断能力跟不上群众需求。", "设备陈旧，诊断能力跟不上群众需求"),
])
def test_what_cannot_keep_up_with_the_need_is_one_problem(passage, words):
    found = problems_of(passage)
    assert len(found) == 1 and words in found[0], found


def test_a_supply_that_keeps_up_is_no_problem():
    # metamorphic: the same sentence with the supply keeping up states no shortcoming
    passage = "全镇各项工作稳步推进。高龄老人逐年增多，上门护理服务供给能跟上需求。"
    assert problems_of(passage) == []


def test_a_line_of_work_made_hard_by_the_judgement_before_it_is_one_problem():
    page = ("存在的问题：（一）牧区群众健康意识淡薄，孕妇产前检查工作难度较大；"
            "（二）部分村卫生室房屋破旧。\n")
    found = problems_of(page)
    assert len(found) == 2, found
    assert "健康意识淡薄" in found[0] and "产前检查工作难度较大" in found[0]


def test_a_line_of_work_made_hard_is_affected_not_judged():
    passage = "但城郊无证诊所反弹快，查处工作难度较大。"
    assert themes_of(passage) == [{"market_order"}]


def test_carrying_work_out_judged_hard_stays_a_judgement_of_execution():
    page = "存在问题：一是村级卫生人员老化，工作落实难度较大；\n"
    assert themes_of(page) == [{"workforce", "execution"}]


# --- themes: what names the subject, what only gives evidence ----------------------------------

def test_a_bed_occupancy_figure_after_a_judgement_of_buildings_is_its_evidence():
    passage = "县医院业务用房紧张，病床使用率常年在115%左右，走廊加床现象突出"
    assert theme_ids(themes_for(matching_text(passage))) == ["infrastructure"]


def test_a_local_care_share_judged_alone_keeps_its_theme():
    # the rate names the subject when nothing else is judged (round 26: the share of care kept inside the county is
    # also the residents' access)
    passage = "但全县县域内就诊率偏低。"
    assert themes_of(passage) == [{"equity_access", "service_capacity"}]


def test_the_reporting_of_cases_is_a_duty_of_the_units_not_the_diseases_burden():
    passage = "但个别诊所对法定传染病疫情报告不重视，迟报现象时有发生。"
    assert themes_of(passage) == [{"execution"}]


def test_a_quarterly_reports_next_quarter_ends_its_problems():
    page = ("三、存在的问题\n"
            "    （一）乡卫生院人员少；\n"
            "    （二）旗财政困难，配套资金到位不及时。\n"
            "    三季度，我们将力争慢病随访率达到90%，确保全年任务完成。\n")
    rows = rows_of(page)
    assert len(rows) == 2 and not any("力争" in r["text"] for r in rows), [r["text"] for r in rows]
    assert set(rows[1]["themes"]) == {"funding"}


def test_the_emergency_care_of_a_clinical_specialty_is_service_capacity():
    passage = "但乡镇卫生院新生儿急救水平不高，危重新生儿多数要转往市里。"
    assert themes_of(passage) == [{"service_capacity"}]
    # the emergency network itself stays emergency preparedness
    assert themes_of("但县急救中心急救能力不足。") == [{"emergency_capacity"}]


def test_the_medicines_for_a_disease_are_about_the_drugs_supplied():
    passage = "但部分慢性病用药村卫生室配备不全，群众要跑到镇上取药。"
    assert "public_health_pressure" not in themes_of(passage)[0]
