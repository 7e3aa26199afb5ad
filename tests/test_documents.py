"""Document fields read from the report bodies of real pages."""
from __future__ import annotations

import pytest
from conftest import SEED_000, SEED_001, SEED_002, SEED_004, raw_text

from healthdata.normalize.documents import classify, has_plan_part
from healthdata.normalize.places import resolve_place
from healthdata.segment import reports_in


@pytest.fixture(scope="module")
def docs():
    out = {}
    for path in (SEED_000, SEED_001, SEED_002, SEED_004):
        for rep in reports_in(raw_text(path), path.name):
            out[rep.doc_id] = classify(rep)
    return out


def test_county_level_city_named_in_the_body(docs):
    d = docs["000_ad81f4484db6b20c#05"]  # 潞城市, a county-level city under 长治市
    assert (d["place"], d["admin_level"], d["province"], d["city"]) == ("潞城市", "county", "山西省", "长治市")
    assert d["county"] == "潞城区"  # the gazetteer's current name
    assert d["period"] == "annual"  # title says 上半年, the body counts 1—10月
    assert docs["000_ad81f4484db6b20c#13"]["place"] == "义乌市"
    assert docs["002_19759b5c08a3105d#03"]["place"] == "阳江市"
    assert docs["002_19759b5c08a3105d#03"]["admin_level"] == "city"


def test_superior_cities_are_not_the_bureau(docs):
    assert docs["000_ad81f4484db6b20c#12"]["place"] is None  # 长治市 only as "省、长治市卫生部门"
    d = docs["000_ad81f4484db6b20c#15"]
    assert d["place"] is None and d["admin_level"] == "county"


def test_doc_type_from_title_and_plan_sections(docs):
    assert docs["000_ad81f4484db6b20c#03"]["doc_type"] == "summary_and_plan"
    assert docs["000_ad81f4484db6b20c#10"]["doc_type"] == "summary_and_plan"  # 三、下半年工作打算
    assert docs["000_ad81f4484db6b20c#14"]["doc_type"] == "summary"
    assert docs["002_19759b5c08a3105d#01"]["doc_type"] == "plan"


def test_restarted_numbering_is_an_unlabelled_plan_part(docs):
    # 第4篇 (工会): 一、…五、 achievements, then 一、进一步加强工会组织建设 … with no heading of its own
    d = docs["000_ad81f4484db6b20c#04"]
    assert d["doc_type"] == "summary_and_plan"
    kinds = {s.heading: s.kind for s in d["sections"]}
    assert kinds["一、加强学习、深入贯彻市总工会三届五次全委会议精神"] == "achievements"
    assert kinds["一、进一步加强工会组织建设"] == "plans"
    # 第5篇: a second 一、二、三、 introduced by 主要做法 is not a plan
    assert docs["000_ad81f4484db6b20c#05"]["doc_type"] == "summary"


def test_period_and_year_from_the_body_not_the_page_title(docs):
    assert docs["002_19759b5c08a3105d#01"]["year"] is None  # 2024 is the website's title
    assert docs["002_19759b5c08a3105d#03"]["period"] == "H2"  # a plan after 上半年
    assert docs["001_dfa47eb1ab84a0b0#04"]["year"] == 2013
    assert docs["001_dfa47eb1ab84a0b0#04"]["period"] == "annual"  # 截止十一月底
    assert docs["001_dfa47eb1ab84a0b0#02"]["period"] == "unknown"
    assert docs["000_ad81f4484db6b20c#10"]["year"] == 2024
    assert docs["000_ad81f4484db6b20c#07"]["year"] is None  # 2024 only in its plan section
    assert docs["004_be068b8bbcb97381#01"]["year"] == 2018


def test_topics(docs):
    assert docs["000_ad81f4484db6b20c#02"]["topic"] == "public_security"
    assert docs["000_ad81f4484db6b20c#12"]["topic"] == "public_security"  # from the body
    assert docs["000_ad81f4484db6b20c#04"]["topic"] == "trade_union"
    assert docs["001_dfa47eb1ab84a0b0#01"]["topic"] == "integrity"
    assert docs["002_19759b5c08a3105d#02"]["topic"] == "training"
    assert docs["000_ad81f4484db6b20c#01"]["topic"] == "general"


def test_gazetteer_rejects_non_places():
    assert resolve_place("我市") is None
    assert resolve_place("XX市") is None
    assert resolve_place("萨尔图区")["admin_level"] == "district"


def test_near_duplicate_plan_repeated_inside_a_summary(fresh_build):
    import pandas as pd

    out, _ = fresh_build
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert docs.loc["002_19759b5c08a3105d#05", "duplicate_of"] == "000_ad81f4484db6b20c#15"
    assert docs["duplicate_of"].notna().sum() == 1


# --- document identity from the report's own words (sentences written for these tests) ----------

def _one(page):
    rep, = reports_in(page, "doc.txt")
    return classify(rep)


BODY = ("一年来，在县委、县政府的领导下，全县卫生工作稳步推进，居民电子健康档案建档率达到88.5%，"
        "65岁以上老年人健康管理率达到71.2%。")


def test_year_and_period_from_the_reports_own_title():
    d = _one(f"青石县卫生局2019年工作总结\n{BODY}\n")
    assert d["title"] == "青石县卫生局2019年工作总结"
    assert (d["year"], d["period"], d["doc_type"]) == (2019, "annual", "summary")


def test_a_masked_year_in_the_title_is_no_year():
    assert _one(f"青石县卫生局20XX年工作总结\n{BODY}\n")["year"] is None


def test_the_reports_own_title_year_wins_over_a_year_in_the_body():
    # the body compares with an earlier year; the title says which year the report covers
    d = _one("青石县卫生局2019年工作总结\n2018年全县婚前医学检查率为55.0%，今年达到61.7%，各项工作均有进展。\n")
    assert d["year"] == 2019


def test_without_a_title_the_year_comes_from_the_body():
    d = _one("2018年，全县婚前医学检查率达到61.7%，较上年有所提高，各项工作均有进展。\n")
    assert d["year"] == 2018


def test_a_province_level_municipality_is_a_province():
    d = _one("卫生健康委员会年度工作总结\n全市卫生健康系统认真落实各项任务，天津市居民健康素养水平达到28.4%，"
             "全市二级以上医院全部开展预约诊疗服务。\n")
    assert d["place"] == "天津市" and d["admin_level"] == "province"


def test_a_yearbook_entry_covers_the_year_it_opens_with():
    page = ("首页 > 年鉴 > 卫生\n【卫生健康】2021年，全区共有医疗卫生机构318个，婴儿死亡率为2.9‰，"
            "城乡居民基本医疗保险参保率达到96.0%。\n")
    rep, = reports_in(page, "yb.txt")
    d = classify(rep)
    assert (d["title"], d["doc_type"], d["period"], d["year"]) == (None, "summary", "annual", 2021)


def test_a_statistics_bulletin_is_a_titled_summary():
    page = ("2020年临江市卫生健康事业发展统计公报\n一、卫生资源\n2020年末，全市医疗卫生机构1020个，比上年增加9个。\n"
            "二、医疗服务\n全市医院病床使用率为80.4%，比上年下降1.6个百分点。\n")
    d = _one(page)
    assert d["title"] == "2020年临江市卫生健康事业发展统计公报"
    assert (d["doc_type"], d["period"], d["year"]) == ("summary", "annual", 2020)


def test_the_place_a_title_names_is_the_bureaus():
    d = _one("潞城市卫生局2012年工作总结\n全年新农合参合率达到98.2%，各项工作顺利完成，群众满意度进一步提高。\n")
    assert (d["place"], d["admin_level"], d["city"]) == ("潞城市", "county", "长治市")


def test_a_five_year_plan_is_a_multi_year_plan():
    d = _one("东川区“十四五”卫生健康事业发展规划\n到2025年，全区人均预期寿命力争达到79岁，孕产妇死亡率控制在10/10万以下，"
             "婴儿死亡率控制在4‰以下。\n")
    assert (d["doc_type"], d["period"]) == ("plan", "multi_year")


# A summary whose top-level numbering starts again at 一、: the second part is a plan only when
# something says so (sentences written for these tests).
_FIRST_PART = ("青石县卫生局2021年工作总结\n"
               "一、医疗服务\n全县住院分娩率达到99.1%，较上年提高0.4个百分点。\n"
               "二、公共卫生\n全县适龄儿童免疫规划疫苗接种率达到96.2%，完成年度任务。\n")


def _plan_sections(page: str) -> list[str]:
    rep, = reports_in(page, "restart.txt")
    return [s.heading for s in classify(rep)["sections"] if s.kind == "plans"]


def test_a_restart_after_a_glued_plan_label_is_the_plan():
    page = (_FIRST_PART.rstrip("\n") + "明年工作打算\n"
            "一、医疗服务\n完善分级诊疗制度，推进县域医共体建设。\n"
            "二、公共卫生\n做好慢性病患者健康管理。\n")
    assert _plan_sections(page) == ["一、医疗服务", "二、公共卫生"]


def test_a_restart_that_reads_as_a_plan_is_the_plan():
    page = (_FIRST_PART +
            "一、医疗服务\n力争住院分娩率保持在99%以上，要进一步完善分级诊疗，确保目标落实。\n"
            "二、公共卫生\n要加强慢性病管理，力争规范管理率达到70%。\n")
    assert _plan_sections(page) == ["一、医疗服务", "二、公共卫生"]


def test_a_restart_of_more_work_done_is_not_a_plan():
    page = (_FIRST_PART +
            "一、基层卫生\n全年完成村卫生室标准化建设42所，累计培训乡村医生380人次。\n"
            "二、卫生监督\n共检查公共场所512户，同比增长8.3%。\n")
    assert _plan_sections(page) == []


# --- admin level and doc type from general shapes (pages written for these tests) --------------

def test_a_provinces_plan_carried_by_a_notice_is_the_provinces_not_a_district_it_addresses():
    # the notice's addressees name a new district's bureau; the plan speaks of 全省 and the province signs it
    page = ("关于印发《2019年全省妇幼健康工作要点》的通知\n"
            "各市州卫生健康委，天府新区社会事务局：\n现将《2019年全省妇幼健康工作要点》印发给你们，请认真贯彻落实。\n"
            "临江省卫生健康委员会\n2019年3月1日\n"
            "一、保障母婴安全\n全省孕产妇死亡率控制在15/10万以下，住院分娩率稳定在99%以上。\n"
            "二、加强基层服务\n我省将新建标准化妇幼保健机构20所，全省新生儿访视率达到90%以上。\n")
    d = _one(page)
    assert (d["doc_type"], d["admin_level"]) == ("plan", "province")


@pytest.mark.parametrize("title", ["卫生院20XX年工作计划", "2021年度中心卫生院工作计划", "乡镇卫生院2022年工作计划"])
def test_a_health_centres_own_title_without_a_place_is_a_townships(title):
    # a 卫生院 serves a township; the body names only the county bureau whose tasks it follows
    page = (f"{title}\n新的一年，我院将围绕县卫健局下达的目标任务，重点做好以下工作：\n"
            "1.居民健康档案建档率达到85%以上。\n2.孕产妇系统管理率达到90%以上。\n")
    d = _one(page)
    assert (d["doc_type"], d["admin_level"], d["place"]) == ("plan", "township", None)


def test_a_title_about_township_hospitals_is_not_a_townships_report():
    page = ("关于乡镇卫生院绩效考核情况的通报\n全县22所乡镇卫生院全部完成年度考核，县卫生局对考核结果进行了通报，"
            "全县基层就诊率达到62.3%。\n")
    assert _one(page)["admin_level"] == "county"


def test_a_plan_heading_closed_by_a_full_stop_on_a_one_line_page_makes_a_summary_and_plan():
    page = ("青石县卫生局2016年上半年工作总结 今年上半年，全县卫生工作稳步推进，全年任务完成过半。"
            "一、医疗服务。全县住院分娩率达到99.2%，比上年同期提高0.3个百分点。"
            "二、公共卫生。累计建立居民健康档案38.6万份，建档率达到76.4%。"
            "三、下半年工作打算。继续推进医共体建设，力争全年建档率达到80%以上；加快村卫生室标准化建设，"
            "年底前完成15所村卫生室改造。\n")
    assert _one(page)["doc_type"] == "summary_and_plan"


def test_a_share_of_a_plans_task_and_a_tables_target_column_are_work_done():
    # a news item reporting a year's results: 年度目标 heads a table column, 计划任务的103% is a completion
    page = ("2019年，青石县妇幼健康工作稳步推进，各项主要指标全部完成。\n指标\n单位\n年度目标\n实际完成\n"
            "住院分娩率\n%\n98\n99.4\n孕产妇系统管理率\n%\n90\n92.8\n"
            "全年为1520名农村孕产妇发放住院分娩补助，免费开展两癌筛查，筛查人数达到计划任务的103%。\n")
    assert _one(page)["doc_type"] == "summary"


@pytest.mark.parametrize("heading", ["四、下年工作打算", "四、下一年度工作计划", "四、新的一年工作思路",
                                     "四、新年度工作重点", "四、20XX年工作打算"])
def test_a_plan_part_under_another_name_for_next_year_makes_a_summary_and_plan(heading):
    # a long account of the year and a short plan part (well under a sixth of the text)
    done = "".join(f"{n}、{item}。全年共完成{item}{k}万人次，比上年增长{k}.5%，各项指标均达到县卫健局下达的任务。\n"
                   for n, item, k in (("一", "健康体检", 2), ("二", "慢病随访", 3), ("三", "预防接种", 4)))
    page = ("青石镇卫生院工作总结\n一年来，我院认真落实基本公共卫生服务项目，全年建立居民健康档案1.2万份，"
            f"建档率达到81.5%。\n{done}存在问题：人员不足，设备老化。\n"
            f"{heading}\n继续加强人才引进，力争建档率达到85%以上，做好项目考核工作。\n")
    assert has_plan_part(page)  # the heading alone opens the plan part, whatever its share of the text
    assert _one(page)["doc_type"] == "summary_and_plan"


def test_a_summary_that_names_next_year_in_a_sentence_stays_a_summary():
    # 下年 inside a sentence, not a heading that opens a plan part
    page = ("青石镇卫生院工作总结\n一年来，我院认真落实基本公共卫生服务项目，全年建立居民健康档案1.2万份，"
            "建档率达到81.5%，下年度将继续巩固。\n")
    assert _one(page)["doc_type"] == "summary"
