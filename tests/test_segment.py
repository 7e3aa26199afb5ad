"""Segmentation of real pages into reports and sections."""
from __future__ import annotations

import re

import pytest

from conftest import SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, raw_text

from healthdata.normalize.documents import classify
from healthdata.segment import clean_title, reports_in


def titles(path):
    text = raw_text(path)
    reps = reports_in(text, path.name)
    return text, reps, [text[r.title_span[0]:r.title_span[1]] for r in reps]


def test_numbered_articles_become_fifteen_reports_with_clean_titles():
    text, reps, got = titles(SEED_000)
    assert len(reps) == 15
    assert got[0] == "2023年卫生局上半年工作总结"
    assert got[12] == "卫生局上半年任务总结"  # "600字 7700字" word counts removed
    assert text[reps[0].start:].startswith("第1篇 2023年卫生局上半年工作总结 1850字")
    # the last report stops before the page's related-link list
    assert text[:reps[-1].end].endswith("全面推行医务人员考评工作。")
    assert "人关注" not in text[reps[-1].start:reps[-1].end]


def test_titles_inline_after_boilerplate_and_page_title_skipped():
    text, reps, got = titles(SEED_001)
    assert got == ["县卫生局实施卫生“安康”工程工作总结", "卫生局团委实施卫生青年文化优化工程工作总结",
                   "县卫生局卫生应急工作总结", "县卫生局妇幼卫生工作总结"]
    assert "gz85.COM" not in text[reps[0].start:reps[0].end]  # the separator ends report 1
    assert "延伸阅读" not in text[reps[-1].start:reps[-1].end]


def test_suffix_numbered_articles_and_related_article_teasers():
    text, reps, got = titles(SEED_002)
    assert got == ["卫生局2024年工作计划"] * 5  # a teaser after 相关文章 is not a report
    assert text[reps[1].start:].startswith("卫生局2024年工作计划 篇2")


def test_link_lists_and_vip_notices_are_not_reports():
    text, reps, got = titles(SEED_003)
    assert got == ["区卫计局年度卫生的工作总结"]
    assert "高考排名" not in text[reps[0].start:reps[0].end]
    text, reps, got = titles(SEED_004)
    assert got == ["市卫生健康局20xx年上半年工作总结"]
    assert "VIP" not in text[reps[0].start:reps[0].end]


def test_sections_are_classified_including_a_paraphrased_problems_heading():
    text = raw_text(SEED_000)
    rep = reports_in(text, SEED_000.name)[9]  # 第10篇
    rep.sections = classify(rep)["sections"]
    kinds = {s.heading: s.kind for s in rep.sections}
    assert kinds["一、主要工作完成情况"] == "achievements"
    assert kinds["二、存在的题目及整改措施"] == "problems"  # 存在的题目 = 存在的问题
    assert kinds["三、下半年工作打算"] == "plans"
    assert kinds["(三)抓防控"] == "plans"  # inherits from its parent
    prob = next(s for s in rep.sections if s.kind == "problems")
    assert text[prob.start:prob.end].startswith("二、存在的题目及整改措施")
    assert rep.section_kind_at(text.index("适龄儿童疫苗接种率到达90%以上")) == "plans"


def test_traditional_page_segments_exactly_like_its_simplified_original():
    import opencc

    text = raw_text(SEED_001)
    trad = opencc.OpenCC("s2t").convert(text)
    assert len(trad) == len(text) and "縣衛生局" in trad
    simp = reports_in(text, "x.txt")
    conv = reports_in(trad, "x.txt")
    assert [(r.start, r.end, r.title_span) for r in conv] == [(r.start, r.end, r.title_span) for r in simp]
    assert [s.kind for s in conv[3].sections] == [s.kind for s in simp[3].sections]


def test_clean_title_strips_word_counts_and_full_stop():
    assert clean_title("卫生局上半年任务总结600字 7700字") == "卫生局上半年任务总结"
    assert clean_title("县卫生局实施卫生“安康”工程工作总结。") == "县卫生局实施卫生“安康”工程工作总结"


# --- pages without a title line (sentences written for these tests) -----------------------------

NEWS_PAGE = (
    "当前位置：首页 > 新闻动态 > 基层卫生\n"
    "发布时间：2022-06-18 浏览次数：96\n"
    "河湾县举办乡村医生培训班\n"
    "本网讯 今年以来，河湾县卫生健康局组织全县乡村医生分三批参加业务培训，共培训412人次，"
    "考核合格率达到96.5%。培训围绕慢性病随访、儿童预防接种和急救技能展开，参训人员普遍反映收获很大。"
    "下一步，该局将把培训延伸到村卫生室，力争年底前实现全覆盖。\n"
    "上一篇：春季爱国卫生运动启动\n"
    "下一篇：县医院新院区投入使用\n"
)


def test_a_page_without_a_title_is_one_report_without_title():
    reps = reports_in(NEWS_PAGE, "news.txt")
    assert len(reps) == 1
    rep = reps[0]
    assert rep.title_span is None
    text = NEWS_PAGE[rep.start:rep.end]
    # the headline right above the text belongs to it; the trail, date line and links do not
    assert text.startswith("河湾县举办乡村医生培训班")
    assert text.endswith("力争年底前实现全覆盖。")
    info = classify(rep)
    assert info["title"] is None and info["doc_type"] == "summary"


def test_untitled_plan_text_is_a_plan():
    page = ("一、总体目标\n到2025年，全市孕产妇死亡率力争控制在12/10万以下，婴儿死亡率控制在5‰以下。\n"
            "二、重点任务\n要进一步加强基层妇幼保健网络建设，确保每个乡镇卫生院配备妇幼专干。\n"
            "三、保障措施\n要落实经费保障，将妇幼项目经费纳入年度预算，确保专款专用。\n")
    rep, = reports_in(page, "plan.txt")
    assert rep.title_span is None and rep.start == 0
    assert classify(rep)["doc_type"] == "plan"


def test_a_link_list_is_no_report():
    page = "\n".join(["相关推荐", "卫生院年度考核办法", "乡镇防疫站工作职责", "村医签约服务流程", "夏季食品安全提示"])
    assert reports_in(page, "links.txt") == []


def test_a_title_repeated_by_the_site_is_one_title():
    title = "东坪县卫生健康局2021年工作总结"
    body = ("2021年，东坪县卫生健康局围绕健康东坪建设，全县适龄儿童免疫规划疫苗接种率达到98.2%，"
            "孕产妇系统管理率达到93.4%，各项工作顺利推进。")
    page = f"{title}\n{title}\n{title}\n{body}\n"
    rep, = reports_in(page, "rep.txt")
    assert rep.start == 0  # the first time the title appears
    assert page[rep.title_span[0]:rep.title_span[1]] == title


def test_text_before_the_first_title_is_a_report_of_its_own():
    notice = ("各乡镇卫生院、县直医疗卫生单位：现将本年度基层卫生工作的有关情况通报如下，"
              "请结合实际认真抓好落实。全县家庭医生签约服务覆盖率达到65.3%，重点人群签约率达到82%，"
              "较上年均有提高。各单位要对照目标查找差距，确保各项任务按期完成。\n")
    titled = ("南溪县卫生局2020年工作计划\n一、加强公共卫生服务，高血压患者规范管理率力争达到70%以上。\n")
    reps = reports_in(notice + titled, "two.txt")
    assert [r.title_span is None for r in reps] == [True, False]
    assert reps[0].start == 0 and reps[1].start == len(notice)


def test_one_line_page_with_numbered_articles_is_segmented_like_the_broken_one():
    from healthdata.segment import page_reports

    page = ("范文大全 第1篇 北岭区卫生局上半年工作总结 1200字 上半年，全区传染病报告及时率达到99.1%。"
            "一、主要工作 全区完成家庭医生签约3.2万人。二、存在问题 基层人才不足，设备老化。"
            "第2篇 北岭区卫生局下半年工作计划 900字 一、工作目标 力争全区儿童健康管理率达到90%以上。"
            "二、工作措施 加强督导考核，按季度通报。")
    view, reps = page_reports(page, "oneline.txt")
    titles = [view.raw[slice(*view.raw_span(*r.title_span))] for r in reps if r.title_span]
    assert titles == ["北岭区卫生局上半年工作总结", "北岭区卫生局下半年工作计划"]
    kinds = [(s.heading, s.kind) for s in classify(reps[0])["sections"]]
    assert ("二、存在问题", "problems") in [(h[:6], k) for h, k in kinds]


# --- the cleaned view and its offsets (healthdata.pageview) -------------------------------------

def test_view_undoes_pinyin_spacing_and_chunk_numbers_and_maps_back_to_raw():
    from healthdata.pageview import page_view

    raw = "本院卫(wèi)生(shēng)技术人员共有 86 名，其中医(yī)生 41 名。"
    view = page_view(raw)
    assert view.text == "本院卫生技术人员共有86名，其中医生41名。"
    s = view.text.index("卫生")
    assert view.raw_span(s, s + 2) == (2, 2 + len("卫(wèi)生"))  # the span covers the pinyin it hides
    s = view.text.index("41名")
    a, b = view.raw_span(s, s + 3)
    assert raw[a:b] == "41 名"


def test_spaced_page_is_read_without_its_spaces():
    from healthdata.pageview import page_view

    plain = "全县新生儿访视率达到92.6%，比上年提高1.4个百分点。"
    raw = " ".join(plain)
    view = page_view(raw)
    assert view.text == plain
    s = view.text.index("92.6%")
    a, b = view.raw_span(s, s + len("92.6%"))
    assert raw[a:b] == "9 2 . 6 %"


def test_hard_wrapped_page_with_chunk_numbers_rejoins_cut_numbers():
    from healthdata.pageview import page_view

    sentences = ["全区共有村卫生室一百二十个，乡村医生三百一十人，其中取得执业助理医师资格的占三成。",
                 "全年住院分娩率达到99.7%，孕产妇系统管理率达到91.3%，均高于上年水平。",
                 "高血压患者规范管理人数达到一万二千人，糖尿病患者规范管理人数达到四千人。"]
    text = "".join(sentences)
    width = 23  # cuts 91.3% after "91."
    pieces = [text[i:i + width] for i in range(0, len(text), width)]
    raw = "\n".join(f"{n}、{p}" for n, p in enumerate(pieces, 1))
    view = page_view(raw)
    assert view.text == text
    s = view.text.index("91.3%")
    a, b = view.raw_span(s, s + 5)
    # the raw characters of 91.3%, with the site's break and chunk number wherever they cut it
    assert "\n" in raw[a:b] and re.sub(r"\n\d+、", "", raw[a:b]) == "91.3%"


def _wrapped(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_a_hard_wrapped_page_keeps_the_sites_furniture_line_apart_from_the_text_it_cut():
    """The page's text ends mid-sentence (the site cut it) just above a furniture line: the wrap is
    undone inside the text, but the furniture line is not joined to it, so the text stays a report."""
    from healthdata.pageview import page_view
    from healthdata.segment import page_reports

    text = ("今年以来，全区卫生健康工作在区委、区政府的领导下，紧紧围绕年初确定的各项目标任务，各项工作有序推进。"
            "全区共有社区卫生服务站十二个，今年新增家庭医生团队四个，签约居民一万余人。"
            "全年开展免费健康体检八千余人次，老年人健康管理率达到72.4%，群众满意度继续提高。"
            "下一步将加强基层人员培训，为各站配备心电图")
    raw = _wrapped(text, 25) + "\n文档评论(0)\n"  # the last line of text is cut at the full width
    view = page_view(raw)
    assert view.text == text + "\n文档评论(0)\n"
    view, (rep,) = page_reports(raw, "x.txt")
    assert view.text[rep.start:rep.end].endswith("为各站配备心电图")


def test_a_wrap_cut_inside_a_number_written_with_a_space_is_undone():
    """``75. 67%`` (a page that puts a space after the decimal point) cut after ``7`` by the wrap: the
    next line's ``5. 67%`` is the rest of the number, not a list item ``5.``."""
    from healthdata.build import report_result
    from healthdata.segment import page_reports

    text = ("全县孕产妇系统管理率为91.2%，住院分娩率为99.6%，出生缺陷发生率继续下降，新生儿访视率为96.3%，"
            "全县新建标准化村卫生室十二个，乡村医生参加培训三百余人次，"
            "三岁以下儿童系统管理率为75. 67%，五岁以下儿童死亡率为6.1‰，各项指标均好于上年。"
            "下一步将继续加强妇幼健康服务，提高基层服务能力，做好各项监测工作。")
    raw = _wrapped(text, 24)  # a width that cuts after the 7 of 75. 67%
    assert "\n5. 67%" in raw
    view, (rep,) = page_reports(raw, "x.txt")
    got = {r["value"]: r["indicator_id"] for r in report_result(rep, "x.txt", view).observations}
    assert got[75.67] == "child_systematic_management_rate" and 5.67 not in got


def test_an_ellipsis_and_a_space_end_a_teaser_on_a_one_line_page():
    """A one-line page whose paragraphs are set off by spaces: a teaser cut off by ``...`` and a space
    ends before the enumerated heading that follows it, so the heading starts its own block."""
    from healthdata.pageview import page_view

    page = ("某县卫生局工作总结 一、下一步工作打算 全县将继续推进家庭医生签约服务，力争签约率达到65%。 "
            "县疾控中心在县卫生局的领导下，认真开展各类传染病的监测和预防工作，广大职工以... "
            "一、强化基层卫生服务能力 全县新建村卫生室12个，改造乡镇卫生院4所。 "
            + "全县卫生健康系统认真落实各项任务，各项工作有序推进。 " * 8)
    view = page_view(page)
    assert "\n一、强化基层卫生服务能力" in view.text


def test_a_wrap_cut_after_a_value_word_or_inside_a_number_before_a_comma_is_undone():
    """A wrap that cuts ``城区达98、农村达96`` after ``达`` or after ``9`` leaves a line starting ``98、`` or
    ``8、``: not a list item, since the line before ends with a value's link word or digits."""
    from healthdata.build import report_result
    from healthdata.segment import page_reports

    text = ("今年，全县各级预防接种单位适龄儿童免疫规划疫苗接种率保持在较高水平，乙肝疫苗首针及时接种率达97以上，新生儿"
            "卡介苗接种率城区达98、农村达96以上，各乡镇均完成了查漏补种工作，冷链设备运转正常，接种门诊规范化建设全面"
            "完成，群众满意度明显提高。全县共有预防接种门诊二十四个，接种人员一百二十人，全部经过培训合格后上岗。"
            "下一步将继续加强冷链管理和接种人员培训，进一步提高接种服务质量和群众满意度。")
    for cut in (text.index("98、"), text.index("8、农村")):
        width = next(w for w in range(20, 41) if cut % w == 0)  # a width whose wrap cuts there
        raw = _wrapped(text, width)
        assert "\n" + text[cut:cut + 2] in raw and raw.count("\n") >= 5
        view, (rep,) = page_reports(raw, "x.txt")
        got = {r["value"]: r["indicator_id"] for r in report_result(rep, "x.txt", view).observations}
        assert got.get(98.0) == got.get(96.0) == "bcg_vaccination_rate", cut


def test_a_one_line_page_with_spaces_between_paragraphs_keeps_its_problems_heading_and_openings():
    """Paragraphs set off by a space on a one-line page: a problems heading before a space, and a
    sentence opening a paragraph after one (针对这些问题…), start blocks as they do glued."""
    from healthdata.pageview import page_view

    page = ("某县卫生局2023年工作总结 一、主要工作 全年完成家庭医生签约三万余人，签约率达到55%。 "
            "二、存在的问题 基层卫生人员不足，乡村医生老龄化严重，村卫生室设备陈旧。 "
            "针对这些问题，我们将积极争取财政支持，加强人员培训。 " + "各项工作有序推进，群众满意度继续提高。 " * 12)
    lines = page_view(page).text.split("\n")
    assert any(line.startswith("基层卫生人员不足") for line in lines)
    assert any(line.startswith("针对这些问题") for line in lines)


def test_enumerated_lines_of_a_plain_page_are_kept():
    from healthdata.pageview import page_view

    raw = ("一、主要工作\n1、全面推进家庭医生签约服务。\n2、加强传染病监测。\n3、做好免疫规划工作。\n"
           "二、存在问题\n基层人员不足。\n")
    assert page_view(raw).text == raw


def test_a_short_untitled_page_with_one_value_is_a_report():
    page = "首页 > 通知公告\n今年全镇新农合参合率为97.8%。\n"
    rep, = reports_in(page, "short.txt")
    assert page[rep.start:rep.end] == "今年全镇新农合参合率为97.8%。"


def test_one_failing_report_costs_only_itself(tmp_path, monkeypatch):
    """An exception while extracting one report is recorded with the report's id; the file's
    other reports are still extracted."""
    import healthdata.extract.observations as obs
    from healthdata.build import process_file

    page = ("西坡县卫生局2016年工作总结\n全县儿童免疫规划疫苗接种率达到97.1%，各项工作稳步推进，群众满意度不断提高。\n"
            "西坡县卫生局2017年工作计划\n一、力争全县孕产妇住院分娩率达到99%以上，确保母婴安全。\n")
    (tmp_path / "two.txt").write_text(page, encoding="utf-8")
    real = obs.extract_report

    def failing(rep):
        if "2016" in rep.text[rep.start:rep.end]:
            raise RuntimeError("made to fail for this test")
        return real(rep)

    monkeypatch.setattr(obs, "extract_report", failing)
    res = process_file(tmp_path / "two.txt", tmp_path)
    assert res.manifest["status"] == "ok"
    assert "two#01: extraction failed: RuntimeError: made to fail for this test" in res.manifest["message"]
    assert [d["doc_id"] for d in res.documents] == ["two#02"]
    assert [o["quote"] for o in res.observations] == ["99%"]


def test_table_rows_are_report_text_not_a_link_list():
    page = ("表1 全县妇幼健康主要指标\n指标 | 单位 | 数值\n孕产妇死亡率 | /10万 | 0\n新生儿死亡率 | ‰ | 2.1\n"
            "婴儿死亡率 | ‰ | 3.4\n5岁以下儿童死亡率 | ‰ | 4.8\n")
    rep, = reports_in(page, "table.txt")
    assert page[rep.start:rep.end].endswith("5岁以下儿童死亡率 | ‰ | 4.8")
    assert "新生儿死亡率 | ‰ | 2.1" in page[rep.start:rep.end]


def test_rows_of_a_table_are_not_rejoined_as_wrapped_lines():
    from healthdata.pageview import page_view

    rows = "\n".join(f"{name} | ‰ | {v}" for name, v in
                     [("新生儿死亡率", 2.1), ("婴儿死亡率", 3.4), ("围产儿死亡率", 4.4), ("早产儿死亡率", 6.0),
                      ("低体重儿占比", 2.9), ("出生缺陷发生率", 9.1), ("剖宫产率控制", 8.8)])
    assert page_view(rows).text == rows


NOTICE = ("关于印发2023年全县卫生健康工作要点的通知\n"
          "各乡镇卫生院、县直各医疗卫生单位：\n"
          "现将《2023年全县卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。\n"
          "县卫生健康局\n"
          "2023年2月10日\n"
          "2023年全县卫生健康工作要点\n"
          "一、总体要求\n"
          "全面落实健康优先发展战略，全县居民健康素养水平力争达到25%以上。\n"
          "二、重点任务\n"
          "（一）巩固基本医疗保障，城乡居民医保参保率稳定在95%以上。\n")


def test_a_notice_and_the_plan_it_issues_are_one_plan():
    rep, = reports_in(NOTICE, "notice.txt")
    assert rep.start == 0 and NOTICE[rep.start:rep.end].endswith("稳定在95%以上。")
    d = classify(rep)
    assert d["title"] == "关于印发2023年全县卫生健康工作要点的通知"
    assert (d["doc_type"], d["year"]) == ("plan", 2023)
    heads = [s.heading for s in d["sections"]]
    assert "一、总体要求" in heads and "二、重点任务" in heads
    assert {s.kind for s in d["sections"]} == {"plans"}


def test_a_title_repeated_over_the_sites_date_line_starts_at_its_first_copy():
    title = "西岭县卫生健康局2022年上半年工作总结"
    page = (f"{title}\n发布时间：2022-07-15 浏览次数：207\n{title}\n"
            "上半年，全县严重精神障碍患者规范管理率达到91.5%，肺结核患者成功治疗率达到93%，各项工作按计划推进。\n")
    rep, = reports_in(page, "rep.txt")
    assert rep.start == 0
    assert classify(rep)["period"] == "H1"


def test_list_items_keep_their_numbers():
    from healthdata.pageview import page_view

    raw = ("三、下一步工作打算\n1、加强组织领导\n2、完善考核制度\n3、强化督查问责\n4、抓好队伍建设\n5、做好宣传引导\n"
           "6、落实经费保障\n")
    assert page_view(raw).text == raw


def test_a_number_glued_to_text_on_a_one_line_page_is_a_heading_only_when_it_counts_on():
    """On a report printed on one line, ``1、`` glued to the text before it starts a list item, but a
    value whose unit was dropped (城区达98、农村达96以上; 城区达4、农村达3张) is no item: its number
    does not continue the line's count, or it follows a word that links a value (达)."""
    from healthdata.build import report_result
    from healthdata.segment import page_reports

    page = ("某县卫生健康局2023年工作总结 一、疾病预防控制(一)免疫规划1、全县适龄儿童免疫规划疫苗接种率达95以上、"
            "新生儿卡介苗接种率城区达98、农村达96以上,各乡镇均完成了查漏补种工作。2、加强冷链管理,"
            "全县冷链设备运转正常。(二)医疗资源3、优化床位配置,全县每千人口床位数城区达4、农村达3张。"
            + "全县各级医疗卫生机构认真落实各项工作任务,群众满意度持续提高。" * 6)
    view, reps = page_reports(page, "x.txt")
    lines = view.text.split("\n")
    assert any(line.startswith("1、全县适龄儿童") for line in lines)
    assert any(line.startswith("2、加强冷链管理") for line in lines)
    assert any(line.startswith("3、优化床位配置") for line in lines)
    assert not any(line.startswith(("98、", "4、")) for line in lines)
    rows = [r for rep in reps for r in report_result(rep, "x.txt", view).observations]
    got = {r["quote"]: (r["value"], r["indicator_id"]) for r in rows}
    assert got["98"] == (98.0, "bcg_vaccination_rate") and got["96"] == (96.0, "bcg_vaccination_rate")
    assert got["3张"][0] == 3.0


def test_a_title_set_off_by_spaces_inside_a_line_starts_a_report():
    from healthdata.segment import page_reports

    page = ("相关阅读：乡镇卫生院院长述职报告、村医培训心得体会等文章，欢迎阅读参考。 黄石县卫生局2019年工作总结 "
            "2019年，我局在县委、县政府的领导下，全县居民健康档案建档率达到87.2%，高血压患者规范管理率达到66%，"
            + "各项工作有序推进。" * 30)
    view, (rep,) = page_reports(page, "x.txt")
    s, e = view.raw_span(*rep.title_span)
    assert page[s:e] == "黄石县卫生局2019年工作总结"
    assert view.raw_span(rep.start, rep.end)[0] == page.index("黄石县")
    assert classify(rep)["year"] == 2019


def test_a_related_links_box_above_an_untitled_text_ends_nothing():
    page = ("相关文章\n卫生院年度考核办法\n乡镇防疫站工作职责\n村医签约服务流程\n"
            "今年以来，山口镇卫生院完成适龄儿童预防接种2100剂次，接种率达到97.5%，群众满意度明显提高。\n"
            "相关文章\n镇卫生院开展义诊活动\n")
    rep, = reports_in(page, "news.txt")
    assert page[rep.start:rep.end].startswith("今年以来") and page[rep.start:rep.end].endswith("明显提高。")


def test_every_character_of_the_view_is_a_raw_character_at_its_mapped_offset():
    """Property of the offset map on arbitrary pages: a view character that is not an inserted line
    break is the raw character at its offset, and raw spans of view spans are ordered."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from healthdata.pageview import page_view

    alphabet = st.sampled_from(list("卫生局全县率达到计划总结一二、。，；：(wèi)1234567890.% \n\u3000第篇"))

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet, max_size=300))
    def check(raw):
        view = page_view(raw)
        for i, ch in enumerate(view.text):
            a = view.raw_offset(i)
            if a < len(raw) and raw[a] == ch:
                if ch != "\n":
                    assert view.raw_span(i, i + 1) == (a, a + 1)
                continue
            assert ch == "\n", (raw, i)  # only inserted breaks have no raw character of their own
        for i in range(len(view.text)):
            a, b = view.raw_span(i, i + 1)
            assert 0 <= a <= b <= len(raw)

    check()


def test_a_short_notice_with_headings_is_no_hard_wrapped_page():
    # short lines (title, addressees, signature, headings) beside long paragraphs: the most common
    # line length is no wrap width, since paragraphs run far past it; nothing is joined
    from healthdata.pageview import hard_wrap_edits

    page = ("关于印发青石县2025年卫生健康工作要点的通知\n"
            "各乡镇卫生院、县直各医疗卫生单位：\n"
            "现将《青石县2025年卫生健康工作要点》印发给你们，请结合实际认真贯彻落实。\n"
            "青石县卫生健康局 2025年1月20日\n"
            "一、主要目标\n"
            "全县孕产妇死亡率控制在12/10万以下，婴儿死亡率控制在4‰以下，居民健康素养水平达到26%，"
            "家庭医生签约服务覆盖率稳定在45%以上，二级以上公立医院预约诊疗率达到60%。\n"
            "二、重点任务\n"
            "（一）深化医改。推进县域医共体建设，县域内就诊率达到90%。\n")
    assert hard_wrap_edits(page) == []
    rep, = reports_in(page, "notice.txt")
    d = classify(rep)
    assert (d["title"], d["doc_type"], d["year"]) == ("关于印发青石县2025年卫生健康工作要点的通知", "plan", 2025)


def test_a_headline_repeated_over_the_sites_date_line_is_the_reports_title():
    # a bureau's page: the report's title as the page headline, printed twice, then the site's date
    # line and view counter, then the text; the report starts at the title's first copy
    page = ("青石县卫生局2016年工作总结\n"
            "青石县卫生局2016年工作总结\n"
            "发布时间：2017-01-05  浏览次数：326\n"
            "2016年，我局紧紧围绕年初确定的目标任务，全县住院分娩率达到99.8%，新农合参合率达99.2%。\n"
            "存在的问题：一是乡村医生老龄化严重；二是县级医院业务用房紧张。\n"
            "上一篇：关于开展爱国卫生月活动的通知\n")
    rep, = reports_in(page, "bureau.txt")
    d = classify(rep)
    assert rep.start == 0 and d["title"] == "青石县卫生局2016年工作总结"
    assert (d["doc_type"], d["year"]) == ("summary", 2016)
    once = page.split("\n", 1)[1]  # the same page with the headline printed once
    rep, = reports_in(once, "bureau.txt")
    assert rep.start == 0 and classify(rep)["title"] == "青石县卫生局2016年工作总结"


def test_a_chunk_number_that_cuts_a_number_in_two_is_removed():
    # a sharing site cut the copied text after "达到9" and numbered the next chunk "2、": the value is
    # 98.6%; a list item after a line that ends in a full stop, or after a date line, stays a list item
    from healthdata.pageview import page_view

    page = ("2018年，在县委县政府的领导下，全县卫生工作取得新成效，全县新农合参合率达到9\n"
            "2、8.6%，较上年提高0.5个百分点。\n")
    assert "参合率达到98.6%，较上年" in page_view(page).text
    items = "全县重点抓了以下工作。\n1、95%以上的村卫生室实现标准化。\n发布时间：2019-01-05\n2、2019年继续推进。\n"
    assert page_view(items).text == items


def test_a_one_line_page_with_its_navigation_trail_and_next_links():
    # the whole page on one line: a navigation trail, the title, the text, then 上一篇/下一篇 links
    from healthdata.segment import page_reports

    body = ("2021年，全县卫生健康工作在县委县政府的领导下扎实推进。全县住院分娩率达到99.9%，"
            "婴儿死亡率由4.6‰下降到3.8‰，居民电子健康档案建档率达到91.3%，"
            "高血压患者规范管理率为64.8%，较上年提高3.1个百分点，各项工作均有新进展。" * 3)
    page = ("首页 > 工作总结 > 正文 青石县卫生健康局2021年工作总结 " + body +
            " 上一篇：关于开展健康扶贫工作的通知 下一篇：全县召开卫生工作会议")
    view, (rep,) = page_reports(page, "one.txt")
    d = classify(rep)
    assert d["title"] == "青石县卫生健康局2021年工作总结" and (d["year"], d["period"]) == (2021, "annual")
    start, end = view.raw_span(rep.start, rep.end)
    assert page[start:].startswith("青石县卫生健康局2021年工作总结")
    assert "上一篇" not in page[start:end] and page[start:end].rstrip().endswith("新进展。")


def test_a_notice_titled_with_its_issuing_body_is_one_plan():
    # the issuing bureau's name before 关于 (…卫生健康局关于印发…的通知), as most notices are titled
    page = ("白河县卫生健康局关于印发2026年卫生健康工作要点的通知\n"
            "各乡镇卫生院、县直各医疗卫生单位：\n"
            "现将《2026年卫生健康工作要点》印发给你们，请认真贯彻落实。\n"
            "一、主要目标\n"
            "全县婴儿死亡率控制在4.5‰以下，高血压患者规范管理率达到66%以上。\n")
    rep, = reports_in(page, "notice.txt")
    assert rep.start == 0
    d = classify(rep)
    assert (d["title"], d["doc_type"], d["year"]) == ("白河县卫生健康局关于印发2026年卫生健康工作要点的通知", "plan", 2026)


def test_a_yearbook_entry_titled_work_overview_is_a_summary_of_its_year():
    # yearbooks title an entry …工作概况 / …综述 and write it as bracketed paragraphs
    page = ("东岭区2021年卫生健康工作概况\n"
            "【概况】2021年，全区有医疗卫生机构186个，床位2410张，卫生技术人员3320人。\n"
            "【妇幼保健】全区孕产妇死亡率为0，婴儿死亡率2.8‰。\n")
    rep, = reports_in(page, "yearbook.txt")
    d = classify(rep)
    assert (d["title"], d["doc_type"], d["year"], d["period"]) == ("东岭区2021年卫生健康工作概况", "summary", 2021, "annual")


def test_a_sites_menu_bar_is_furniture_and_a_tables_header_row_is_not():
    page = ("网站首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流\n"
            "3月2日，南岗区召开卫生健康工作会议。会议通报，全区居民健康档案建档率达到91.2%，"
            "老年人健康管理率70.4%。\n")
    rep, = reports_in(page, "news.txt")
    assert page[rep.start:].startswith("3月2日")
    table = ("南岗区2023年卫生健康工作总结\n"
             "主要指标 | 单位 | 目标值 | 完成值\n"
             "婴儿死亡率 | ‰ | 5 | 3.1\n"
             "住院分娩率 | % | 99 | 99.9\n")
    rep, = reports_in(table, "table.txt")
    assert table[rep.start:rep.end].rstrip().endswith("99.9")


@pytest.mark.parametrize("first, second", [
    ("【篇一】石桥镇卫生院工作总结", "【篇二】北关区卫生局工作总结"),
    ("范文一：石桥镇卫生院工作总结", "范文二：北关区卫生局工作总结"),
    ("卫生院年度工作总结（一）", "卫生院年度工作总结（二）"),
])
def test_a_collection_numbering_its_reports_in_other_ways_gives_one_report_each(first, second):
    page = (f"卫生院工作总结范文（精选2篇）\n{first}\n"
            "今年以来，全镇参合率达到97.5%，住院分娩率99%。存在的问题：一是人员不足；二是设备老化。\n"
            f"{second}\n全年全区孕产妇系统管理率92%，儿童系统管理率90.5%。\n")
    reps = reports_in(page, "collection.txt")
    assert [r.start for r in reps] == [page.index(first), page.index(second)]
    titles = [classify(r)["title"] for r in reps]
    assert all(t and t.endswith("工作总结") and "篇" not in t and "范文" not in t for t in titles), titles


def test_line_patterns_answer_as_their_alternation_does():
    from healthdata.segment import LinePatterns

    patterns = ["^当前位置", "^(上|下)一篇", "阅读次数", "^作文档>|>范文大全", "^[|]表头", "共\\d+页$"]
    lines = ["当前位置：首页", "本文当前位置不是开头", "上一篇：某县卫生工作总结", "这是下一篇", "阅读次数：12",
             "首页>范文大全>总结", "作文档>总结", "|表头|数值", "共3页", "共3页还有字", "卫生工作总结" * 400 + "共12页",
             "卫生工作总结" * 400, "", "首页 | 政务公开", "网站 | 首页", "首页是站点的", "关于 | 首页的说明"]
    # ... and with a pattern whose first characters cannot be told (a cell first on its line or after a separator)
    for pats in (patterns, patterns + ["(^|[|｜])\\s*首页\\s*([|｜]|$)"]):
        either = re.compile("|".join(f"(?:{p})" for p in pats))
        for line in lines:
            assert LinePatterns(pats).search(line) == bool(either.search(line)), line


def test_which_patterns_are_anchored_at_the_start_of_a_line():
    from healthdata.segment import _anchored_at_start

    assert _anchored_at_start("^(上|下)一篇") and _anchored_at_start("^[|]x") and _anchored_at_start("^\\|x")
    assert not _anchored_at_start("^a|b") and not _anchored_at_start("a^") and not _anchored_at_start("^[^]|]|x")


def test_an_interview_whose_headline_is_a_question_starts_at_its_first_turn():
    # an interview page (written for this test): the trail, a headline that asks a question, a line of
    # the site's labelled fields (time, guest), then the turns; the page's text starts at the first turn,
    # not at the headline (the convention for untitled news items and interviews)
    page = ("在线访谈 > 访谈回顾\n"
            "医保报销比例会提高吗？——区卫健委主任谈群众看病\n"
            "访谈时间：2021年5月8日 9:30　嘉宾：某某区卫健委主任 王某\n"
            "【主持人】王主任，今年群众看病报销方面有哪些新举措？\n"
            "【王某】今年全区住院报销比例提高到80%，家庭医生签约率达到45.5%，门诊统筹覆盖所有村卫生室。\n"
            "【主持人】下一步还有什么打算？\n"
            "【王某】我们将力争县域内就诊率达到90%。\n"
            "网友留言（3）｜我要提问\n")
    rep, = reports_in(page, "interview.txt")
    assert page[rep.text_start:].startswith("【主持人】王主任")
    assert "45.5%" in page[rep.text_start:rep.end]


def test_a_title_after_a_trail_with_a_site_name_and_double_arrows_is_found_mid_line():
    # an excerpt page on one line (written for this test): search words, a trail that opens with its
    # label and the site's name (您现在的位置：…>>…>> 正文), then the report's title and its text
    from healthdata.segment import page_reports

    page = ("热门搜索：总结 计划 心得 　您现在的位置：某某文库 >> 总结 >> 卫生工作 >> 正文 "
            "青石县卫健委2021年上半年工作总结 2021年上半年，全县卫生健康系统扎实推进各项工作，"
            "家庭医生签约率达到41.2%，孕产妇系统管理率达到93.5%，全县门急诊36.2万人次，同比增长4.1%。"
            "下半年，我们将力争签约率达到45%以上。")
    view, reps = page_reports(page, "excerpt.txt")
    rep, = reps
    d = classify(rep)
    assert d["title"] == "青石县卫健委2021年上半年工作总结"
    assert view.text[rep.start:].startswith("青石县卫健委2021年上半年工作总结")


def test_rows_of_a_table_pasted_with_one_ideographic_space_between_cells_are_the_reports_text():
    # a plan whose attachment is a table pasted from a PDF, one ideographic space between its cells: its rows
    # (a short name, then numbers) are no list of links, so the report goes on over them
    text = ("某省2031年结核病防治工作要点\n"
            "　　一、工作目标\n　　全省结核病报告发病率继续下降，患者成功治疗率保持在90%以上。\n"
            "　　二、保障措施\n　　各地要落实防治经费，加强督导考核，确保各项任务按期完成。\n"
            "附件：2030年各县结核病报告发病率和成功治疗率\n"
            "县别　报告发病率（1/10万）　成功治疗率（%）\n"
            "甲县　41.3　92.5\n乙县　38.6　90.4\n丙县　45.2　91.7\n丁县　36.9　93.1\n")
    reps = reports_in(text, "t.txt")
    assert len(reps) == 1
    assert text[reps[0].start:reps[0].end].endswith("丁县　36.9　93.1")


@pytest.mark.parametrize("mark", ["——2——", "—— 2 ——", "— 2 —", "--2--"])
def test_a_pdf_page_number_between_doubled_dashes_is_a_page_break_and_the_title_under_it_a_running_head(mark):
    # a PDF copy (written for this test): the title printed again on each page under the page number, the number
    # between dashes typed doubled as a Chinese dash is: one report, not two
    from healthdata.segment import page_reports

    title = "青石县卫生局2031年工作总结"
    page = (f"{title}\n　　2031年，全县卫生工作围绕新农合和公共卫生两条主线，较好地完成了全年任务。\n"
            "　　一、新农合。全县参合率达97.2%，比上年提高1.4个百分点。\n"
            f"　　　　　　　　　{mark}\n{title}\n"
            "　　二、妇幼卫生。全县住院分娩率达到96.3%，孕产妇系统管理率88.5%。\n"
            "　　三、存在问题。乡镇卫生院设备陈旧，部分村卫生室无固定业务用房。\n")
    _view, reps = page_reports(page, "pdf.txt")
    rep, = reps
    assert classify(rep)["title"] == title


def test_a_yearbooks_part_number_and_subject_over_its_entries_is_no_numbered_article():
    # a yearbook page (written for this test): the part 第十二篇 and its subject after the yearbook's name, then two
    # entries under their labels; the part is no article (its subject names no report), the entries are the reports
    from healthdata.segment import marker_title_span, page_reports

    assert marker_title_span("第十二篇　社会事业") is None
    assert marker_title_span("第二篇　青石县卫生局2031年工作总结") is not None  # an essay site's article keeps its title
    page = ("青石年鉴（2032）　第十二篇　社会事业\n"
            "【卫生】 2031年，青石县有各类医疗卫生机构215个，卫生技术人员1 620人。新农合参合率为98.1%。\n"
            "（撰稿：李明　审稿：王强）\n"
            "【人口和计划生育】 2031年，青石县出生人口5 120人，人口出生率12.4‰，政策符合率为88.2%。\n"
            "（撰稿：赵红　审稿：王强）\n")
    _view, reps = page_reports(page, "yearbook.txt")
    assert [classify(r)["title"] for r in reps] == [None, None]
