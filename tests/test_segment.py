"""Segmentation of real pages into reports and sections."""
from __future__ import annotations

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
