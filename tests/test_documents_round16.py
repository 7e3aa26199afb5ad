"""Documents, round 16 (worked from the round-17 sets): where reports start on untitled and collection pages (a bare
篇一 over each untitled article, a yearbook's entries on different counties, an entry opening with 是年), titles the site
wraps (its column's name in brackets before a copy, its date and author after the title, two labels after it, a
quarter's months in it), the site's lines under a title (the publisher and the date on one line, the site's name and
address, a counter in brackets, a lone bracket), a PDF title over its publisher, and the fields read from them (a
meeting that deploys the year's tasks, a plan list led in by 明年，我们打算：, a health centre's untitled text, a place
named in a city's ranking of its counties).  Every page is written for the test (names and figures invented, but for a
county-level city the gazetteer must know)."""
from __future__ import annotations

from test_documents_written import one_doc, page_docs

from healthdata.pageview import page_view
from healthdata.segment import is_title_copy

TEXT = ("　　全年总诊疗人次86.2万人次，孕产妇系统管理率达到93.4%，3岁以下儿童系统管理率91.7%，"
        "居民电子健康档案建档率88.5%。\n")


def test_yearbook_entries_on_different_counties_are_one_report_each_and_an_entry_opening_with_shi_nian_too():
    page = ("青州年鉴2031 > 卫生 > 各县区卫生\n"
            "【柳溪县卫生】 2030年，全县有医疗卫生机构286个，卫生技术人员1 032人。全年新农合参合率98.1%，"
            "孕产妇住院分娩率97.6%。\n"
            "【桐川区卫生】 2030年，全区完成12所标准化村卫生室建设，基本药物制度实施率100%，"
            "法定传染病报告发病率288.4/10万。\n"
            "【石岭县卫生】 是年，全县孕产妇系统管理率90.2%，3岁以下儿童系统管理率87.5%，"
            "县医院门诊楼主体竣工，总投资3 260万元。\n")
    docs = page_docs(page)
    assert [d["source_start"] for d in docs] == [page.index("【柳溪县"), page.index("【桐川区"), page.index("【石岭县")]
    assert [d["admin_level"] for d in docs] == ["county", "district", "county"]


def test_yearbook_entries_on_fields_of_one_place_stay_one_report():
    page = ("青州年鉴2031 > 卫生\n"
            "【社区卫生】 2030年，全市建成社区卫生服务中心18个，家庭医生签约率42.6%。\n"
            "【城区卫生】 2030年，全市城区医疗机构门诊量增长5.2%，病床使用率86.4%。\n")
    assert len(page_docs(page)) == 1


def test_a_title_copy_after_the_sites_column_name_in_brackets_starts_the_report():
    page = ("【通知公告】关于2030年度全县基本公共卫生服务项目考核情况的通报 - 青桐县卫生健康局\n"
            "发布时间：2031-03-04　 来源：基层卫生股　 浏览量：312\n"
            "关于2030年度全县基本公共卫生服务项目考核情况的通报\n"
            "各乡（镇）卫生院：\n" + TEXT)
    doc = one_doc(page)
    assert doc["title"] == "关于2030年度全县基本公共卫生服务项目考核情况的通报"
    assert doc["source_start"] <= page.index("关于")
    title = "关于2030年度全县基本公共卫生服务项目考核情况的通报"
    assert is_title_copy("【工作动态】" + title, title)
    assert not is_title_copy("【工作动态】关于2030年度全县家庭医生签约服务情况的通报", title)


def test_the_sites_date_and_author_after_a_title_on_its_line_are_no_part_of_the_title():
    page = ("您的位置：首页 >> 镇务公开 >> 卫生健康\n"
            "2030年上半年卫生院工作汇报　[2030-07-05]　作者：镇卫生院　阅读(88)\n"
            "今年以来，镇卫生院在镇党委、政府的重视下扎实开展各项工作，现将上半年情况汇报如下。\n" + TEXT)
    doc = one_doc(page)
    assert doc["title"] == "2030年上半年卫生院工作汇报"
    assert doc["source_start"] == page.index("2030年上半年")
    assert doc["period"] == "H1"


def test_a_title_naming_the_months_to_date_gives_the_period():
    for months, period in (("1—9月", "unknown"), ("前三季度", "quarter"), ("1—3月", "quarter"), ("1—6月", "H1")):
        page = (f"2031年{months}全市卫生健康主要指标完成情况\n"
                "来源：青州市卫生健康委员会　　时间：2031-10-28\n"
                "　　全市医疗卫生机构总诊疗412.5万人次，同比增长5.8%；家庭医生签约率45.6%，孕产妇死亡率0/10万。\n")
        doc = one_doc(page)
        assert doc["period"] == period, months


def test_a_short_summary_and_a_masked_essay_title_with_two_labels_are_titles():
    for title in ("青桐街道社区卫生服务中心2030年上半年工作小结", "20XX年县卫生健康局工作总结范文（精选）",
                  "省卫生厅20XX年全省卫生工作要点（范文）"):
        page = f"{title}\n发布日期：2031-07-08　　浏览：96\n" + TEXT
        assert one_doc(page)["title"] == title


def test_a_title_over_the_publisher_and_the_date_on_one_line_opens_the_report():
    page = ("青桐市卫生健康委2030年行风建设工作总结\n"
            "青桐市卫生健康委员会　2031年01月08日　来源：驻委纪检组\n"
            "　　2030年，市卫生健康委认真落实行风建设责任，全年组织廉政教育报告会6场，"
            "群众满意度达到93.5%。\n")
    doc = one_doc(page)
    assert doc["title"] == "青桐市卫生健康委2030年行风建设工作总结"
    assert doc["source_start"] == 0


def test_a_title_over_the_sites_name_and_address_and_its_tools_is_no_link_list():
    page = ("青桐县人口和计划生育局2030年工作总结\n"
            "青桐人口网 www.example.gov.cn　　2031年1月30日\n"
            "【关闭】\n"
            "　　2030年，全县人口和计划生育工作稳定低生育水平，人口出生率控制在11.2‰，政策生育率93.4%。\n")
    doc = one_doc(page)
    assert doc["title"] == "青桐县人口和计划生育局2030年工作总结"
    assert doc["source_start"] == 0


def test_a_title_printed_again_under_a_counter_in_brackets_starts_at_its_first_copy():
    page = ("柳岸区2030年卫生健康工作总结\n"
            "发布者：区卫健局  发布日期：2031年01月16日  浏览次数：【 396 】\n"
            "柳岸区2030年卫生健康工作总结\n" + TEXT)
    doc = one_doc(page)
    assert doc["source_start"] == 0


def test_a_lone_bracket_of_a_split_metadata_box_is_furniture_under_a_title():
    page = ("青桐市卫生健康委员会2030年工作总结\n"
            "青桐市卫生健康委员会2030年工作总结\n"
            "[\n来源：市卫健委 |\n发布日期：2030-12-30 | 浏览：441次 ]\n" + TEXT)
    doc = one_doc(page)
    assert doc["title"] == "青桐市卫生健康委员会2030年工作总结"
    assert doc["source_start"] == 0


def test_a_pdf_title_is_not_joined_to_the_publisher_on_the_line_under_it():
    body = ("2030年，全市卫生健康系统以健康青州建设为统领，卫生健康事业保持平稳发展，现将主要统计结果公布如下。"
            "全市医疗卫生机构总数2104个，其中医院41个，基层医疗卫生机构2029个，专业公共卫生机构28个。"
            "全市卫生人员总数2.31万人，比上年增加812人，其中卫生技术人员1.86万人，执业医师6 210人。"
            "全市医疗卫生机构床位1.42万张，每千人口床位5.6张，全年总诊疗人次1 032.6万人次，增长3.1%。")
    lines = [body[k:k + 20] for k in range(0, len(body), 20)]
    page = "青州市2030年卫生健康事业发展统计公报\n青州市卫生健康委员会\n2031年6月\n" + "\n".join(lines) + "\n"
    assert "统计公报\n青州市卫生健康委员会" in page_view(page, markup=False).text
    doc = one_doc(page)
    assert doc["title"] == "青州市2030年卫生健康事业发展统计公报"
    assert doc["source_start"] == 0


def test_news_of_a_meeting_that_deployed_the_years_tasks_is_a_summary_and_plan():
    page = ("首页>>要闻动态\n"
            "2031年我市将新建两家三级医院\n"
            "发布时间：2031年02月10日 10:35 信息来源：青州日报\n"
            "2月9日，青州市卫生健康工作会议召开。记者从会上获悉，2030年全市孕产妇死亡率、婴儿死亡率分别降至12.3/10万和"
            "4.1‰，县域内就诊率达87.6%。\n"
            "过去一年，全市建成紧密型县域医共体12个，累计完成村卫生室标准化建设326所，基层诊疗量占比56.2%，"
            "同比提高1.8个百分点，取得了较好成效。\n"
            "会议部署了2031年重点任务。今年，全市将力争新增医疗卫生机构床位1800张，家庭医生签约服务重点人群覆盖率不低于75%。\n")
    assert one_doc(page)["doc_type"] == "summary_and_plan"
    passing = page.replace("会议部署了2031年重点任务。今年，全市将力争新增医疗卫生机构床位1800张，家庭医生签约服务重点人群覆盖率不低于75%。",
                           "会议还对先进单位进行了表彰。")
    assert one_doc(passing)["doc_type"] == "summary"


def test_a_county_level_city_ranked_in_a_notice_to_the_counties_is_not_the_senders_place():
    page = ("关于2030年度全市基本公共卫生服务项目绩效考核情况的通报\n"
            "各县（市、区）卫生健康局：\n"
            "　　2030年，全市居民电子健康档案建档率88.6%，老年人健康管理率68.3%，均达到省定目标。\n"
            "　　义乌市、柳溪县、石岭县位列前三名。\n")
    doc = one_doc(page)
    assert doc["admin_level"] == "city"
    assert doc["place"] != "义乌市"


def test_a_short_news_item_stating_figures_after_a_titled_bulletin_is_a_report_of_its_own():
    page = ("青石镇人民政府网 > 镇务动态 > 卫生健康\n"
            "青石镇2030年第一季度公共卫生工作简报\n"
            "　　一季度，镇卫生院组织村医开展65岁以上老年人健康体检，共体检986人，占年度任务的36.5%；随访高血压患者1 204人次，"
            "季度随访率87.1%。新建电子健康档案186份，全镇累计建档率达到90.4%。\n"
            "【编辑：王某】\n"
            "------------------------------------------------------------\n"
            "青石镇开展健康知识宣传月活动\n"
            "　　5月，青石镇卫生院开展为期一个月的健康知识宣传，共举办讲座6场，受众720人次；现场测量血压1 420人，"
            "检出血压偏高者218人，检出率15.4%。活动后抽样调查150名居民，健康知识知晓率由活动前的58.5%上升到74%，"
            "较上一年度同期高出6.2个百分点。\n"
            "　　镇卫生院负责人介绍，宣传月期间累计完成入户宣传1 860户，利用村广播播出健康知识42次，"
            "群众参与积极，取得了较好效果。\n"
            "　　活动期间，镇卫生院还为行动不便的老年人提供上门随访服务，共上门服务86人次，发放健康工具包300套。\n"
            "【编辑：李某】\n")
    docs = page_docs(page)
    assert len(docs) == 2
    assert docs[0]["source_start"] == page.index("青石镇2030年")
    assert page.index("青石镇开展") <= docs[1]["source_start"] <= page.index("5月")  # (at its headline or its text)
    assert docs[1]["title"] is None
    assert docs[1]["period"] == "unknown"


def test_a_short_teaser_without_figures_after_a_titled_report_is_no_report():
    page = ("青石镇2030年第一季度公共卫生工作简报\n"
            "　　一季度，镇卫生院组织村医开展65岁以上老年人健康体检，共体检986人，占年度任务的36.5%；随访高血压患者1 204人次，"
            "季度随访率87.1%。新建电子健康档案186份，全镇累计建档率达到90.4%。\n"
            "------------------------------------------------------------\n"
            "　　镇卫生院近日组织全体职工参加业务培训，进一步提升服务水平。培训围绕基本公共卫生服务规范、慢性病随访和"
            "健康档案管理展开，邀请县疾控中心专家授课，职工们纷纷表示收获很大，将把所学运用到日常工作中去，更好地服务辖区群众。"
            "下一步，卫生院将定期组织此类培训活动。\n")
    assert len(page_docs(page)) == 1
