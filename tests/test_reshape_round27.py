"""Pages reshaped the way sites reshape them still read the same (round 27; every sentence here is made up for these
tests, places and numbers too):

- a sharing site's chunk number after the page counter that cuts a number, on a line of its own (下降3 / ——第1页—— / 2、 /
  2.6%), or set off by a space on a page joined into one line (下降3 ——第1页—— 2、 2.6%), is taken out with the counter:
  the number reads whole (``pageview.yaml page_break_cut``, ``inline_page_break_cut``);
- a PDF's running head printed under its page mark, the same after two marks or more, left by a page joined into one
  line after a sentence's end (…基本公共卫生。－2－      某区卫生健康委员会受疫情影响，…), is taken out with the mark, also
  where the mark is a number between bare hyphens set off from the head by a run of spaces
  (``pageview.repeated_head_mark_edits``, ``pageview.yaml inline_page_mark``);
- a line of the site's fields a wrap cut (…阅读：2 3 / 14次; …【阅读： / 302次】) is joined to its rest, so that the
  counter is no count of the report (``pageview.field_line_rest_edits``, ``pageview.yaml wrap_field_rest``);
- a lone 0 one space after a number's head before a measure word (提高到23 0元) is the number's last digit; with decimals
  (23 0.5%) the two stay apart (``pageview.yaml number_spaces``);
- a place name written with a character t2s changes (乾县: t2s reads 乾 as Traditional 干) keeps its characters in the
  matching text, written in Simplified or Traditional; the same characters of other words are converted as before
  (``textnorm.keep_place_names``).
"""
from __future__ import annotations

from healthdata.pageview import field_line_rest_edits, repeated_head_mark_edits
from healthdata.textnorm import matching_text
from reshape_helpers import values as _values
from reshape_helpers import view as _view


# ---- a chunk number after a page counter that cuts a number

_CHUNK_AFTER_COUNTER = (
    "松岭区卫生局2035年工作总结\n"
    "1、\n"
    "今年以来，我局扎实推进各项改革，取得了新进展。\n"
    "（一）基本药物制度全面实施。全区社区卫生服务中心全部配备基本药物，药品价格平均下降2\n"
    "——第1页——\n"
    "2、\n"
    "7.4%。\n"
    "（二）公共卫生服务扎实推进。全年拨付项目资金612万元，居民健康档案建档率达到71.2%。\n"
    "——第2页——\n"
    "3、\n"
    "（三）存在的不足。基层人才引不进、留不住，部分机构运转困难。\n")


def test_a_chunk_number_on_its_own_line_after_the_counter_is_taken_out_with_it():
    assert "下降27.4%。" in _view(_CHUNK_AFTER_COUNTER)
    assert (-27.4, "percent", "change") in _values(_CHUNK_AFTER_COUNTER)


def test_the_counter_and_chunk_number_set_off_by_spaces_inside_a_line_are_taken_out():
    line = "松岭区卫生局2035年工作总结 （一）全区药品价格平均下降2 ——第1页—— 2、 7.4%。（二）建档率达到71.2%。"
    assert (-27.4, "percent", "change") in _values(line)


def test_a_list_item_after_a_page_counter_is_no_chunk_number():
    """A counter under a finished sentence cuts no number: the list's item 2、 after it stays."""
    text = ("全年完成以下工作：\n1、新建村卫生室12所。\n——第1页——\n2、\n培训乡村医生340人次。\n")
    assert "2、" in _view(text)


# ---- a running head under its page mark after a sentence's end

def test_a_running_head_under_its_mark_after_a_full_stop_is_taken_out():
    line = ("二、基本公共卫生。－2－                  某区卫生健康委员会受疫情影响，截至6月底，老年人健康体检仅完成全年任务的"
            "41.5%。三、存在的问题。一是人员不足。－3－                  某区卫生健康委员会")
    view = _view(line)
    assert "基本公共卫生。受疫情影响" in view
    assert view.count("某区卫生健康委员会") == 1  # (the last, at the page's end, reads as no sentence's piece: left)


def test_a_head_printed_once_is_no_running_head():
    """Text after a single mark is not printed on every page: nothing is taken out."""
    line = "二、基本公共卫生。－2－                  某区卫生健康委员会组织开展培训，全年培训基层人员320人次。"
    assert repeated_head_mark_edits(line) == []


def test_hyphens_around_a_number_inside_a_date_are_no_page_mark():
    line = "发布日期2035-3-  某区卫生健康委员会开展义诊。2035-4-  某区卫生健康委员会开展培训。"
    assert repeated_head_mark_edits(line) == []


# ---- a site's fields line cut by a wrap

def test_a_counter_cut_by_a_wrap_is_joined_to_its_rest():
    page = ("当前位置：首页 > 工作总结\n"
            "作者：佚名  来源：网络  时间：2035-07-09  阅读：3 1\n"
            "27次\n"
            "上半年，我局新增家庭医生团队18个，签约率达到41.6%。\n")
    assert "阅读：3127次" in _view(page)  # (the site spaced the digits: read as one number, in the site's line)
    assert _values(page) == {(18.0, "count", "actual"), (41.6, "percent", "actual")}


def test_a_label_cut_from_its_value_is_joined_to_it():
    page = "【发布单位：县卫生局】【发布时间：2035-12-26】【阅读：\n416次】\n今年以来，全县完成义诊活动26场。\n"
    assert field_line_rest_edits(page) != []
    assert "【阅读：416次】" in _view(page)


def test_a_report_line_after_a_fields_line_is_not_joined_to_it():
    """A count that opens the report's text is no field's rest: it holds a sentence."""
    page = "发布时间：2035-03-02  浏览次数：\n28个乡镇卫生院全部完成标准化建设，覆盖率100%。\n"
    assert field_line_rest_edits(page) == []


# ---- a lone 0 cut off a number

def test_a_lone_zero_after_a_space_is_the_numbers_last_digit():
    assert (230.0, "yuan", "policy") in _values("个人筹资标准提高到23 0元。") \
        or (230.0, "yuan", "actual") in _values("个人筹资标准提高到23 0元。")
    assert "价值47 0万元" not in _view("新购设备价值47 0万元。") and "价值470万元" in _view("新购设备价值47 0万元。")


def test_a_lone_zero_with_decimals_stays_apart():
    assert "23 0.5%" in _view("两项指标分别为23 0.5%。")


# ---- a place name t2s changes

def test_a_place_name_t2s_changes_keeps_its_characters():
    assert matching_text("乾县卫生局召开会议") == "乾县卫生局召开会议"
    assert matching_text("乾縣衛生局召開會議") == "乾县卫生局召开会议"
    assert matching_text("乾安縣婦幼保健院") == "乾安县妇幼保健院"


def test_the_same_character_in_other_words_is_converted_as_before():
    assert matching_text("若干縣區乾燥少雨") == "若干县区干燥少雨"
    assert matching_text("乾隆年間") == "乾隆年间"


# ---- a count a wrap cut, on a page whose wrap width is not found

def test_a_count_cut_inside_its_decimals_is_joined():
    page = "一、基本医疗。全年门诊服务量达到4.7\n3万人次，比上年有所增长。\n二、公共卫生。全年共向辖区居民发放健康教育宣传资料2\n1.4万份，覆盖全镇各村。\n"
    assert "4.73万人次" in _view(page) and "21.4万份" in _view(page)


def test_a_count_cut_before_its_measure_word_is_joined():
    page = ("一、卫生应急。全年组织应急演练11次，培训应急队员1600\n余人次。\n"
            "二、基层建设。全区9个社区卫生服务中心、27\n个服务站全部达标，支出基金4815\n万元，运行平稳。\n")
    view = _view(page)
    assert "1600余人次" in view and "、27个服务站" in view and "4815万元" in view


def test_a_number_ending_a_heading_is_not_joined_to_the_next_line():
    """A short line that is no running text (a heading, a table's cell) keeps its break."""
    page = "表1　2035年指标\n人均预期寿命\n"
    assert _view(page) == page


def test_a_rate_per_100_000_a_wrap_cut_is_no_page_counter():
    """N/M before 万 is a rate's per-sign, not a page counter between two pieces of a number."""
    page = ("　　（六）疾病预防控制工作成效明显。全市法定传染病报告发病率为231.\n"
            "4/10万，较上年下降3.7%。国家免疫规划疫苗接种率以乡镇为单位达到\n"
            "95%以上，新建标准化预防接种门诊36个。\n")
    view = _view(page)
    assert "4/10万，较上年下降3.7%。国家免疫规划" in view  # (nothing between the pieces taken out as a page break)


def test_a_counters_measure_word_cut_off_is_joined_to_the_fields_line():
    page = "上传者：wsj_ab　　页数：3页　　浏览：2417次　　下载：53\n次收藏：9\n某县卫生局2035年卫生工作计划\n"
    assert "下载：53次收藏：9" in _view(page)


def test_a_rate_per_100_000_cut_by_a_line_break_is_joined():
    assert "控制在19.6/10万以内" in _view("全县孕产妇死亡率控制在1\n9.6/10万以内，婴儿死亡率为5.2‰。\n")


def test_a_line_of_the_wraps_width_ending_its_sentence_before_a_blank_line_ends_its_paragraph():
    """A wrap cuts after a full stop too, but a blank line after it is the writer's paragraph break: the heading after
    it stays a line of its own."""
    body = "全市共有乡镇卫生院13家，新农合参合率为97.6%，人均筹资标准提高到300元。"
    lines = [body[i:i + 20] for i in range(0, len(body), 20)]
    page = "\n".join(["某市卫生局2035年工作总结"] + lines * 3 + ["", "问题与不足", "（一）基层人才队伍青黄不接，流失严重。"]) + "\n"
    assert len(lines[-1]) == 20 and lines[-1].endswith("。")  # (the paragraph's last line is at the wrap's width)
    assert "\n问题与不足\n" in _view(page)


def test_a_running_head_a_wrap_cut_beside_its_page_number_reads_whole():
    page = ("二、基本公共卫生。\n\n－2－                   某区卫生健康委员\n会\n\n"
            "受疫情影响，截至6月底，老年人健康体检仅完成全年任务的41.5%。\n")
    assert field_line_rest_edits(page) != []
    assert "会受疫情" not in _view(page) and "\n会\n" not in _view(page)


# ---- a number on a line of its own and its measure word on the next

def test_a_number_on_its_own_line_and_its_measure_word_are_one_count():
    assert "全年全市活产数\n41327人，" in _view("全年全市活产数\n41327\n人，孕产妇死亡4人。\n")
    assert "318个\n其中" in _view("年末全县医疗卫生机构总数\n6 318\n个\n其中医院12个\n")


def test_a_word_opening_with_a_measure_character_is_no_measure_word():
    for page in ("指标\n2035\n人口总数\n", "全县共有\n12\n个别单位未达标\n"):
        assert _view(page) == page


def test_a_whole_line_of_the_site_and_a_new_field_under_it_are_not_joined():
    for page in ("首页 > 政务公开 > 通知公告\n索引号：11410300/2035-00123　　发布机构：某市卫生健康委员会\n",
                 "【打印本页】【关闭窗口】\n分享到：微信 微博\n",
                 "文档贡献者：ab_wsj2035\n　页数：3页　下载积分：2　　举报 | 收藏\n"):
        assert field_line_rest_edits(page) == []
