"""Values, round 32 — each on text written for the test (no text from any page of the evaluation sets; places other than
the gazetteer's and all figures are made up).

- a Chinese numeral and its measure word inside a place name of the gazetteer (七台河市, 五家渠市, 三台县, 九台区, 五台山) are
  the name's, no count — the name as written or without its level word when more than the numeral and measure word is
  left; the numeral and measure word alone (三台彩超) still count;
- the numeral 一 and a measure word closing each of two or more short parallel items (培养一人、留住一人) are a motto's
  "each one", no count; other numerals, a lone item, or items too long still count;
- a Chinese-numeral count inside a short quoted phrase (a slogan, a programme's name) is no count; one after the quoted
  name, or inside quoted speech holding a sentence break, still counts.
"""
from __future__ import annotations

from test_values_round31 import counts


def test_a_city_whose_name_holds_a_numeral_and_measure_word_is_no_count():
    assert counts("七台河市、五家渠市两地专家来院指导，医院新购三台呼吸机。") == ["三台"]


def test_the_name_without_its_level_word_is_still_the_name():
    assert counts("组织医护人员赴七台河交流，又到五台山景区开展义诊，共派出医生六名。") == ["六名"]


def test_a_county_or_district_name_with_its_level_word_is_no_count():
    assert counts("三台县和九台区各送来一台彩超。") == ["一台"]


def test_a_numeral_and_measure_word_alone_still_count():
    assert counts("县医院添置三台监护仪、五台输液泵。") == ["三台", "五台"]


def test_parallel_items_each_closing_with_one_and_a_measure_word_are_a_motto():
    assert counts("坚持培养一人、留住一人、用好一人，全年招聘医生12名。") == ["12名"]
    assert counts("村医做到巡诊一次、记录一次。") == []


def test_other_numerals_a_lone_item_or_long_items_still_count():
    assert counts("招聘医生三人、护士三人。") == ["三人", "三人"]
    assert counts("只招到一人，缺口仍大。") == ["一人"]
    assert counts("乡镇卫生院新招聘了一人、社区卫生服务中心新招聘一人。") == ["一人", "一人"]


def test_a_numeral_inside_a_short_quoted_phrase_is_the_slogans():
    assert counts("开展“邻里互助一家亲”活动，慰问困难群众12户。") == ["12户"]
    assert counts("改变村卫生室“一间屋、一张桌、一个药箱”的面貌，新建卫生室3所。") == ["3所"]


def test_a_count_after_a_quoted_name_or_inside_quoted_speech_still_counts():
    assert counts("取缔“地下诊所”十三家。") == ["十三家"]
    assert counts("院长说：“去年添了两台彩超，今年再添一台。”") == ["两台", "一台"]
