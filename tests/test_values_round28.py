"""Values, round 28: tables whose cells runs of spaces split, where the matching text has lost a space between two
cells, and levels required by a bound word — each on text written for the test (no text from any page of the
evaluation sets; places and figures are made up).

- a single (ideographic) space between two Han words of a spaced row splits cells too: a header 序号　指标名称 over
  rows 1　　孕产妇死亡率　　1/10万 … keeps its columns in line with the rows, so a plan's table of main indicators
  reads the column of an earlier year as the baseline reached and the last year's as the aim;
- a rate sign pressed against a long name (5岁以下儿童死亡率‰　4.1　3.8, under 指标 单位 2030年 2031年) is the row's
  unit cell: the row's values are read in that unit, each under its own year's header;
- a value right after a floor or ceiling word (不少于6名, 不低于85%, 不超过40%) is what is required, never a level
  reached, in a speech or a summary too (no written set's gold reads one as reached).
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def rows(text: str) -> dict[str, dict]:
    return {r["quote"]: r for r in page_rows(text)}


# ------------------------------------------------------------------ a header whose first two cells one space splits
PLAN_TABLE = ("青禾县“十五五”卫生健康事业发展规划\n"
              "　　到2035年，全县基本建成优质高效的医疗卫生服务体系。\n"
              "表2　青禾县卫生健康事业发展主要指标\n"
              "序号　指标名称　　　　　　　　单位　　2030年　　2035年　　属性\n"
              "1　　孕产妇死亡率　　　　　　　1/10万　 7.3　　　≤9　　　预期性\n"
              "2　　婴儿死亡率　　　　　　　　‰　　　 3.42　　 ≤4.5　　预期性\n"
              "3　　每千常住人口床位数　　　　张　　　 5.64　　 6.2　　　预期性\n")


def test_an_earlier_year_column_of_a_plan_table_is_the_baseline_reached():
    got = rows(PLAN_TABLE)
    assert (got["7.3"]["unit"], got["7.3"]["statement"]) == ("per_100k", "actual")
    assert (got["3.42"]["unit"], got["3.42"]["statement"]) == ("per_mille", "actual")
    assert got["5.64"]["statement"] == "actual"


def test_the_last_year_column_of_a_plan_table_is_the_aim():
    got = rows(PLAN_TABLE)
    assert (got["9"]["statement"], got["9"]["comparator"]) == ("target", "<=")
    assert (got["4.5"]["unit"], got["4.5"]["statement"]) == ("per_mille", "target")
    assert got["6.2"]["statement"] == "target"


# ------------------------------------------------------------------ a rate sign pressed against a long name
BULLETIN_TABLE = ("青禾县2031年卫生健康事业发展统计公报\n"
                  "三、妇幼卫生\n"
                  "主要妇幼健康指标如下：\n"
                  "指标                单位     2030年   2031年\n"
                  "婴儿死亡率          ‰        3.62     3.18\n"
                  "5岁以下儿童死亡率‰      4.75     4.06\n"
                  "孕产妇系统管理率%       91.4     93.7\n")


def test_a_rate_sign_pressed_against_a_long_name_is_the_rows_unit():
    got = rows(BULLETIN_TABLE)
    assert (got["4.75"]["value"], got["4.75"]["unit"]) == (4.75, "per_mille")
    assert (got["4.06"]["value"], got["4.06"]["unit"]) == (4.06, "per_mille")
    assert (got["91.4"]["unit"], got["93.7"]["unit"]) == ("percent", "percent")
    assert (got["4.75"]["indicator_id"], got["91.4"]["indicator_id"]) == ("under5_mortality_rate",
                                                                        "maternal_systematic_management_rate")


def test_rows_with_a_unit_cell_of_their_own_read_as_before():
    got = rows(BULLETIN_TABLE)
    assert (got["3.62"]["unit"], got["3.18"]["unit"]) == ("per_mille", "per_mille")
    assert got["3.62"]["indicator_id"] == "infant_mortality_rate"


# ------------------------------------------------------------------ a level required by a floor or ceiling word
SPEECH = ("在全县卫生工作会议上的讲话\n"
          "　　同志们：过去一年，全县卫生工作取得新成效，孕产妇住院分娩率达到98.7%。"
          "今年，县财政安排基层卫生人才培养资金不低于860万元，每个乡镇卫生院选派骨干医生不少于6名到县医院进修，"
          "门诊处方合格率不低于85%，药品收入占比不超过40%。\n")


def test_a_value_after_a_floor_or_ceiling_word_is_required_not_reached():
    got = rows(SPEECH)
    assert (got["860万元"]["statement"], got["860万元"]["comparator"]) == ("target", ">=")
    assert (got["6名"]["statement"], got["6名"]["comparator"]) == ("target", ">=")
    assert (got["85%"]["statement"], got["85%"]["comparator"]) == ("target", ">=")
    assert (got["40%"]["statement"], got["40%"]["comparator"]) == ("target", "<=")


def test_a_level_reported_beside_required_ones_stays_reached():
    assert rows(SPEECH)["98.7%"]["statement"] == "actual"


def test_a_budgets_share_after_a_floor_word_stays_allocated():
    text = ("青禾县卫生健康局2032年部门预算公开说明\n"
            "　　2032年收入预算总额4 260万元。政府采购预算860万元，其中面向中小企业预留比例不低于40%。\n")
    assert rows(text)["40%"]["statement"] == "policy"
