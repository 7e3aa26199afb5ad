"""Pages reshaped the way sites reshape them still read the same (round 30; every sentence here is made up for these
tests, places and numbers too):

- a short report flattened to one line, its own sign-off (the unit, the date in Chinese numerals with any digit:
  二○○七, 二〇一八) ending the line after the last sentence, has the sign-off cut off onto a line of its own as on a
  lined page, so the last problem does not take it in (``pageview.yaml glued_signature``, ``pageview.signature_breaks``);
  a date that goes on into a sentence (…。市卫生局2019年3月1日起施行…) is still no signature;
- the site's note that the page is its own converted copy (（本页面由系统自动转换为繁体）) glued after the last sentence is
  cut off as the site's line (``pageview.yaml inline_furniture_start``);
- a font-size switch with spaces inside its one pair of brackets (字号：[ 大 中 小 ]) glued to the report's first heading
  ends the site's fields line (``pageview.yaml inline_furniture_end``);
- a sharing site's chunk number with a space after its 、 that cuts a number (…管理率为6 / 3、 2.5%) is taken out with
  its break (``pageview.yaml number_cut``); a bare page or chunk number alone on its line between a rate's pieces
  (…签约率达到7 / 2 / 5%以上) is taken out too (``line_number_cut``);
- a spaced decimal with its multiplier spaced off its measure word, in a letter-spaced stretch too short to be read as
  one (参 合 人 数 3 4 . 2 万 人), is one number (``pageview.yaml number_spaces``);
- on a page whose paragraphs are set off by spaces on one line, the site's labelled date after the report's title (with
  its edition's note: （摘要）) and before the first enumerated heading ends the site's line (``pageview.yaml
  spaced_date_end``, ``pageview.only_site_fields_before``);
- a disclosure catalogue's generated or issue date (生成日期：, 发文日期：, 公开日期：) glued to the report's first sentence on one
  line ends the site's line (``pageview.yaml inline_labelled_date_end``).
"""
from __future__ import annotations

import re

from reshape_helpers import problems as _problems
from reshape_helpers import values as _values
from reshape_helpers import view as _view
from reshape_helpers import wrap as _wrap

# ---- a short report's own sign-off ending its one line

_SIGNED = ("松岭镇卫生院2007年工作总结一、基本医疗。全年门诊量1.2万人次，住院分娩率达到93.5%。二、存在问题。一是房屋陈旧，"
           "设备不足；二是乡村医生老化，全镇仅有医师9名。松岭镇卫生院二○○七年十二月八日")


def test_a_short_reports_sign_off_ending_its_line_is_cut_off():
    assert "仅有医师9名。\n松岭镇卫生院二○○七年十二月八日" in _view(_SIGNED)
    assert not any("卫生院二○○七" in p for p in _problems(_SIGNED))


def test_a_sign_off_in_any_chinese_numerals_is_cut_off():
    page = _SIGNED.replace("二○○七", "二〇一八")
    assert "\n松岭镇卫生院二〇一八年十二月八日" in _view(page)


def test_a_date_going_on_into_a_sentence_is_no_sign_off():
    line = ("松岭镇2019年工作安排一、基本要求。各村卫生室按要求上报数据。县卫生局2019年3月1日起执行新标准，"
            "全镇门诊量1.2万人次。")
    assert "\n县卫生局2019年3月1日" not in _view(line)


# ---- the site's note on its converted copy after the last sentence

def test_a_sites_note_that_the_page_is_converted_is_cut_off():
    page = ("溪口縣衛生局2014年工作總結\n一、全年門診量3.1萬人次。二、存在的問題。一是人員不足；二是邊遠村寨宣傳覆蓋不到位。"
            "（本頁面由系統自動轉換為繁體）\n")
    assert "覆蓋不到位。\n（本頁面" in _view(page)
    assert not any("本頁面" in p for p in _problems(page))


# ---- a font switch with spaces inside its brackets before the first heading

def test_a_font_switch_with_spaces_in_its_brackets_ends_the_sites_line():
    page = ("青禾区卫生健康局2035年工作计划发布日期：2035-02-09  信息来源：区卫生健康局  字号：[ 大 中 小 ]一、工作目标"
            "到年底，全区孕产妇死亡率控制在9/10万以下；高血压患者规范管理率达到72%。二、主要任务（一）新增托位500个。\n")
    assert "小 ]\n一、工作目标" in _view(page)
    assert (72.0, "percent", "target") in _values(page)


# ---- a chunk number or a bare page number between a number's pieces

def test_a_chunk_number_with_a_space_after_its_mark_cutting_a_number_is_taken_out():
    page = ("1、 青禾县卫生局2035年上半年工作总结。上半年全县居民健康档案建档率达到81.2%，高血压患者规范管理率为6\n"
            "2、 2.5%，糖尿病患者规范管理率为58.3%。\n")
    assert "管理率为62.5%" in _view(page)
    assert (62.5, "percent", "actual") in _values(page)


def test_a_bare_number_alone_on_its_line_between_a_rates_pieces_is_taken_out():
    page = ("青禾县2035年卫生健康工作要点\n一、提升基本公共卫生服务水平。居民健康档案建档率达到90%，家庭医生签约服务重点人群签约率达到7\n"
            "2\n5%以上。\n二、保障母婴安全。孕产妇死亡率控制在12/10万以内。\n3\n")
    assert "签约率达到75%以上" in _view(page)
    assert (75.0, "percent", "target") in _values(page)


def test_a_number_ending_a_sentence_before_a_bare_number_line_is_left():
    page = "青禾县2035年工作总结\n全年新建村卫生室12\n2\n个乡镇完成改造。\n"
    assert "12\n2\n" in _view(page)


# ---- a spaced decimal and its multiplier in a short letter-spaced stretch

def test_a_spaced_decimal_before_a_spaced_multiplier_and_word_is_one_number():
    page = ("青禾县卫生局2035年上半年工作总结\n　　上半年，全县新型农村合作医疗工作顺利推进，参 合 人 数 3 4 . 2 万 人，"
            "参合率达到91.5%。\n")
    assert (342000.0, "count", "actual") in _values(page)


# ---- a labelled date set off by spaces before the report's first enumerated heading

def test_a_date_field_before_the_first_numbered_heading_ends_the_sites_line():
    page = ("青禾市2035年卫生健康事业发展统计公报（摘要） 发布日期：2036-05-20 一、卫生资源 2035年末，全市共有医疗卫生机构"
            "1 208所，其中医院86所。卫生技术人员4.32万人。 二、妇幼保健 户籍婴儿死亡率为3.12‰。\n")
    assert re.search("2036-05-20\n[ ]?一、卫生资源", _view(page))
    assert (1208.0, "count", "actual") in _values(page)


def test_a_date_field_before_a_numbered_heading_after_other_text_keeps_the_line():
    line = "全年共检查单位120家，情况如下 发布日期：2036-05-20 一、卫生资源 2035年末，全市共有医院86所。\n"
    assert "2036-05-20\n" not in _view(line)


# ---- a disclosure catalogue's date labels glued to the text

def test_a_generated_or_issue_date_glued_to_the_text_ends_the_sites_line():
    for label in ("生成日期", "发文日期", "公开日期"):
        page = (f"青禾市卫生局2035年工作总结索引号：430600-05-2036-0012　发布机构：青禾市卫生局　{label}：2036-01-10"
                "2035年，全市卫生系统扎实推进各项工作，全年共争取项目资金3.6亿元。一、新农合参合率98.2%。\n")
        assert f"{label}：2036-01-10\n2035年" in _view(page)
        assert (360000000.0, "yuan", "actual") in _values(page)


# ---- a short page wrapped at one width: three lines of the width cut inside a sentence

_SHORT_NOTICE = ("青禾县2035年新型农村合作医疗工作要点\n"
                 "一、主要目标：参合率98%以上，基金使用率85%以上，住院受益率力争达到12%。\n"
                 "二、提高保障水平。人均筹资标准提高到520元，其中各级财政补助380元。住院报销比例由55%提高到65%，起付线由600元降至400元，"
                 "封顶线提高到15万元。\n"
                 "三、加强基金监管。确保基金结余率控制在15%以内。\n"
                 "四、存在的薄弱环节：镇级经办人员偏少，信息系统尚未与医院联网。\n")


def test_a_short_page_with_three_lines_cut_at_its_width_is_unwrapped():
    wrapped = _wrap(_SHORT_NOTICE, 35)
    assert "封顶线提高到15万元" in _view(wrapped)
    assert _values(wrapped) == _values(_SHORT_NOTICE)


def test_a_writers_lines_of_one_length_ending_their_sentences_are_no_wrap():
    page = ("青禾县2035年卫生工作要点\n"
            "一、全县孕产妇住院分娩率保持在99%以上。\n"
            "二、全县婴儿死亡率控制在5‰以下。\n"
            "三、全县新建村卫生室十个。\n")
    assert _view(page) == page
