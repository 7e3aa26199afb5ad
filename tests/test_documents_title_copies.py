"""Where a report starts when the site prints its title first somewhere else: in a sharing site's file
line with the extension and the site's name, in a disclosure page's metadata table, or glued to an
essay site's lead-in; and a bureau's arrangements (…重点工作的安排) as a plan's title.  Every page is
written for these tests (places, years and numbers invented); each test was checked to fail without
its fix."""
from __future__ import annotations

from test_documents_holdout9_shapes import only_doc, page_docs

TITLE = "关于全县卫生健康工作情况的报告"
BODY = ("2031年，全县卫生健康系统认真落实县人大常委会审议意见，孕产妇系统管理率达到93.6%，"
        "住院分娩率达到99.8%，居民健康档案建档率达到86.1%。\n"
        "一、主要工作\n全年新建村卫生室12所，培训乡村医生420人次。\n")


def test_a_file_line_with_its_extension_and_the_sites_name_is_the_titles_first_copy():
    page = f"{TITLE}.pdf - 某某文库\n上传者：abc123   下载积分：5   浏览：411   页数：3\n{TITLE}\n{BODY}"
    doc = only_doc(page)
    assert (doc["source_start"], doc["title"]) == (0, TITLE)


def test_a_disclosure_tables_name_row_is_the_titles_first_copy():
    title = "青禾县卫生健康委员会关于2031年下半年重点工作的安排"
    page = ("首页 > 政府信息公开 > 计划总结\n"
            "索引号： | 1115-2031-00318 | 主题分类： | 卫生、体育\n"
            f"名称： | {title}\n"
            "文号： | 青卫健字〔2031〕46号 | 有效性： | 有效\n"
            f"{title}\n"
            "下半年，全县卫生健康系统要确保孕产妇系统管理率达到92%以上，居民健康档案建档率达到88%。\n"
            "一、基本公共卫生。65岁以上老年人健康管理率达到72%以上。\n")
    doc = only_doc(page)
    # the report starts at the row holding the copy (its label 名称： a few characters before the title)
    assert (page.index("名称："), title, "plan") == (doc["source_start"], doc["title"], doc["doc_type"])


def test_a_title_glued_to_an_essay_sites_lead_in_is_the_reports_start():
    title = "青禾县卫生局2031年工作总结"
    page = ("范文大全 > 工作总结 > 卫生工作总结\n"
            f"导语：时间过得真快。下面是小编为大家整理的卫生局工作总结范文，欢迎阅读参考！{title} "
            "2031年，县卫生局在县委、县政府的领导下，全县住院分娩率达到99.6%，孕产妇系统管理率达到92.4%，"
            "居民健康档案建档率达到84.2%。\n一、医疗服务\n全年门诊诊疗38.6万人次。\n")
    doc = only_doc(page)
    assert (doc["source_start"], doc["title"]) == (page.index(title), title)


def test_titles_after_a_related_links_label_are_links():
    # 热门推荐：<other pages' titles> glued to an essay site's lead-in: no report starts at a link
    page = ("精品范文 | 工作总结 | 工作计划\n"
            "热门推荐：卫生院半年总结 社区卫生服务中心工作计划 疾控中心年终总结 下面是小编为大家整理的青禾县妇幼保健院2031年工作总结，欢迎阅读。\n"
            "2031年，我院在县卫生健康局的领导下，孕产妇系统管理率达到93.1%，住院分娩率达到99.7%，"
            "3岁以下儿童系统管理率达到91.6%。\n一、妇女保健\n全年完成两癌筛查6 200人。\n")
    doc = only_doc(page)
    # (the lead-in names the report's own title after 小编为大家整理的: the title's first appearance, where it starts)
    title = "青禾县妇幼保健院2031年工作总结"
    assert doc["source_start"] == page.index(title) and doc["title"] == title


def test_a_site_name_after_a_dash_between_han_characters_is_no_part_of_the_title():
    # a sharing site prints the title with its name after a bare dash, twice, and no bare title after
    title = "20XX年青禾镇卫生院公共卫生工作计划"
    page = (f"{title}-某某文档\n{title}-某某文档\n本文档由用户上传，仅供预览。  下载：69\n"
            "为认真落实基本公共卫生服务项目，制定本计划如下：\n一、工作目标\n"
            "居民健康档案建档率达到85%以上，高血压患者规范管理率达到70%以上。\n")
    doc = only_doc(page)
    assert (doc["source_start"], doc["title"], doc["doc_type"]) == (0, title, "plan")


def test_an_essay_sites_numbered_articles_with_a_colon_and_a_word_count():
    page = ("第1篇：青禾乡卫生院2031年工作总结（约900字）\n2031年，我院门诊接诊2.1万人次，住院分娩率达到99.2%。\n"
            "第2篇：青禾乡卫生院2032年工作计划（约800字）\n2032年，我院力争居民健康档案建档率达到88%以上。\n")
    docs, _ = page_docs(page)
    assert [d["title"] for d in docs] == ["青禾乡卫生院2031年工作总结", "青禾乡卫生院2032年工作计划"]
