"""Pages reshaped the way sites reshape them still read the same (round 32; every sentence here is made up for these
tests, places and numbers too):

- a name a site's field gives (its source, its publishing body) that a wrap cut, its last characters on the next line
  before the line's further fields or its page tools (…来源：某市卫生健康委规划 / 处　【打印】【关闭】), is joined to its field again
  (``pageview.yaml`` wrap_name_field_end, wrap_name_rest; ``pageview.field_line_rest_edits``);
- the report's title printed again at the end of the site's navigation trail, on a line that opens with the title and the
  site's name (a header flattened to one line: …工作要点_某县人民政府网首页 > 信息公开 > 计划规划某县…工作要点), stands on a line of
  its own (``pageview._trail_title_copy_break``, through ``glued_title_copy_edits``);
- a rate a wrap cut whose rest holds a masked digit (参合率达到9 / *.5%) is one masked number (``pageview.yaml``
  line_number_cut);
- a PDF copy wrapped again a little narrower than the PDF's lines, each line's last characters on a line of their own:
  a lone digit so left (…建档率达到7 / 6.4%) is the line's rest, not a page number between a rate's pieces
  (``pageview._wrapped_again``, ``pageview.yaml`` wrap_again_rest_chars);
- a report's sign-off dated by its year and month only, or with a bracketed note after its date, ending a report joined
  into one line (…仍有空白。某县卫生局二〇三一年十二月) stands on a line of its own (``pageview.yaml`` glued_signature).
"""
from __future__ import annotations

from reshape_helpers import problems as _problems
from reshape_helpers import values as _values
from reshape_helpers import view as _view
from reshape_helpers import wrap as _wrap

from healthdata.pageview import _trail_title_copy_break
from healthdata.segment import page_reports

_PLAN_BODY = ("　　2031年全县卫生健康工作要点如下。\n"
              "　　一、主要目标。全县孕产妇系统管理率达到92%以上，家庭医生签约率稳定在45%左右。\n"
              "　　二、重点任务。新建村卫生室8个，为基层招聘医学毕业生不少于60名。\n")


def _title(text: str) -> str | None:
    view, reps = page_reports(text, "x.txt")
    spans = [r.title_span for r in reps if r.title_span is not None]
    return view.text[slice(*spans[0])] if spans else None


# ---- a name a site's field gives, cut by a wrap

def test_a_source_name_a_wrap_cut_before_the_page_tools_joins_its_field():
    lined = ("石岭县卫生健康局2031年工作要点_石岭县人民政府\n首页 > 政务公开 > 规划计划\n石岭县卫生健康局2031年工作要点\n"
             "发布时间：2031-02-11 09:30　信息来源：县卫生健康局规划\n股　【打印】【关闭】\n\n" + _PLAN_BODY)
    assert "信息来源：县卫生健康局规划股" in _view(lined)
    assert _title(lined) == "石岭县卫生健康局2031年工作要点"
    assert (92.0, "percent", "target") in _values(lined)


def test_a_publishing_bodys_name_a_wrap_cut_before_the_next_field_joins_its_field():
    assert "发布机构：某县卫生健康局　成文日期" in _view("索引号：001/2031-00012　发布机构：某县卫生健\n康局　成文日期：2031-01-05\n")


def test_a_short_line_after_a_source_field_with_nothing_after_it_is_left_apart():
    # (a few characters under the site's line, alone: a heading may stand so; no field or tool follows to say it is a rest)
    text = "发布时间：2031-02-11　来源：县卫生局\n前言\n　　2031年，全县卫生工作取得新进展，门诊量增长5%。\n"
    assert "县卫生局\n前言" in _view(text)


# ---- the title's copy glued to the trail's last crumb

def test_a_title_copy_glued_to_the_trails_last_crumb_stands_on_its_own_line():
    one_line = ("石岭县卫生健康局2031年工作要点_石岭县人民政府首页 > 政务公开 > 规划计划石岭县卫生健康局2031年工作要点\n"
                "发布时间：2031-02-11 09:30\n" + _PLAN_BODY)
    assert "规划计划\n石岭县卫生健康局2031年工作要点" in _view(one_line)
    assert _title(one_line) == "石岭县卫生健康局2031年工作要点"
    assert (92.0, "percent", "target") in _values(one_line)


def test_a_title_copy_after_the_sites_fields_set_off_by_a_space_is_left_to_the_fields_rules():
    # (the copy glued to the trail's last crumb is cut off; after the site's fields, set off by a space, it is not this rule's)
    glued = "石岭县卫生局2031年工作要点_石岭县人民政府首页 > 规划计划石岭县卫生局2031年工作要点 2031年，全县…"
    assert _trail_title_copy_break(glued, 0, len(glued)) == [(glued.index("石岭县", 20), glued.index("石岭县", 20), "\n")]
    fields = ("石岭县卫生局2031年工作要点_某某范文网 首页>>工作总结>>部门工作总结 发布：abc 2031-07-20 人气：1593 "
              "石岭县卫生局2031年工作要点 今年…")
    assert _trail_title_copy_break(fields, 0, len(fields)) == []


def test_a_title_repeated_without_a_trail_between_gets_no_break():
    # (a title line that names the report twice, with the site's name between, is no trail: left as it is)
    line = "石岭县卫生健康局2031年工作要点_石岭县人民政府石岭县卫生健康局2031年工作要点\n"
    assert "人民政府石岭县" in _view(line)


# ---- a masked rate cut by a wrap

def test_a_masked_rates_rest_a_wrap_cut_is_one_masked_number():
    text = "　　2031年，全区参加新型农村合作医疗农民**.6万人，参合率达到9\n*.5%；全年共补偿**万人次。\n"
    assert "参合率达到9*.5%" in _view(text)
    assert (9.0, "percent", "actual") not in _values(text)


# ---- a PDF copy wrapped again

_PDF_TEXT = ("2031年，全县卫生系统以深化医药卫生体制改革为主线，各项工作取得了新的进展。全县参合农民达到21.6万人，参合率98.3%，比上年"
             "提高0.9个百分点。全年累计补偿参合农民16.2万人次，支出补偿基金1.41亿元，基金使用率87.5%。城乡居民健康档案建档率达到76.4%，"
             "其中电子健康档案建档率为61.2%；高血压患者规范管理率68.5%，糖尿病患者规范管理率为63.9%。全年共收到群众来信来访156件，按时"
             "办结率100%。全县医疗机构总诊疗人次达到263万人次，出院病人8.7万人次。")
_PDF = "某县卫生局2031年卫生工作总结\n" + "\n".join(_PDF_TEXT[k:k + 33] for k in range(0, len(_PDF_TEXT), 33)) + "\n"


def test_a_lone_digit_a_second_wrap_left_is_the_pdf_lines_rest():
    again = _wrap(_PDF, 32)  # (the PDF's lines of 33, wrapped at 32: …建档率达到 / 7 / 6.4%，…)
    assert "达到\n7\n6.4%" in again
    assert "建档率达到76.4%" in _view(again)
    assert _values(again) == _values(_PDF)


def test_a_pdf_page_number_between_a_rates_pieces_on_a_page_wrapped_once_is_still_taken_out():
    lined = ("某县卫生局2031年工作总结\n　　2031年，全县上下齐心协力，卫生健康各项工作稳步推进，家庭医生签约率达到7\n2\n"
             "5%以上，重点人群签约率达到83.6%，群众满意度明显提升，基层首诊逐步落实。全县居民健康档案建档\n"
             "率达到86.2%，老年人健康管理率达到71.4%，高血压患者规范管理率为66.3%，糖尿病患者规范管\n"
             "理率为62.8%，儿童健康管理率达到92.5%，孕产妇系统管理率达到94.1%，工作成效明显提升。\n")
    assert "签约率达到75%以上" in _view(lined)


# ---- a sign-off ending a report on one line

_ONE_LINE_REPORT = ("某县卫生局2031年卫生工作总结　　2031年，全县卫生工作稳步推进，参合率达到98.2%。存在的问题：一是乡村医生老龄化严重，"
                    "后继乏人；二是县级医院设备陈旧，部分检查项目尚属空白。")


def test_a_sign_off_dated_by_year_and_month_ending_the_line_is_cut_off():
    for sign_off in ("某县卫生局二〇三二年一月", "某县卫生局2032年1月", "某县合作医疗管理办公室　2032年1月"):
        problems = _problems(_ONE_LINE_REPORT + sign_off + "\n")
        assert any(p.endswith("尚属空白") for p in problems), (sign_off, problems)
        assert not any("2032" in p or "二〇三二" in p for p in problems)


def test_a_sign_off_with_a_bracketed_note_after_its_date_is_cut_off():
    problems = _problems(_ONE_LINE_REPORT + "某县卫生局二〇三二年一月八日（此件公开发布）\n")
    assert any(p.endswith("尚属空白") for p in problems) and not any("公开发布" in p for p in problems)


def test_a_body_and_a_year_and_month_inside_a_sentence_are_no_sign_off():
    line = _ONE_LINE_REPORT + "县卫生局2032年1月起实施新的考核办法，各乡镇卫生院要认真落实。\n"
    assert "。县卫生局2032年1月起实施" in _view(line)
