"""Values, round 28: levels required by a bound word — each on text written for the test (no text from any page of
the evaluation sets; places and figures are made up).

- a value right after a floor or ceiling word (不少于6名, 不低于85%, 不超过40%) is what is required, never a level
  reached, in a speech or a summary too (no written set's gold reads one as reached);
- a table row with a unit cell of its own reads its values in that unit.

(Round 28's two rules for spaced tables that lost a space between cells — a single space between two Han words
splitting cells, and a rate sign pressed against a long name read as the row's unit cell — were removed in round
29: over every written set, each changed the output of one page only, the one it was written for.)
"""
from __future__ import annotations

from test_values_holdout18 import page_rows  # the observations of a page, each quote checked against the raw text


def rows(text: str) -> dict[str, dict]:
    return {r["quote"]: r for r in page_rows(text)}


# ------------------------------------------------------------------ a row with a unit cell of its own
BULLETIN_TABLE = ("青禾县2031年卫生健康事业发展统计公报\n"
                  "三、妇幼卫生\n"
                  "主要妇幼健康指标如下：\n"
                  "指标                单位     2030年   2031年\n"
                  "婴儿死亡率          ‰        3.62     3.18\n"
                  "5岁以下儿童死亡率‰      4.75     4.06\n"
                  "孕产妇系统管理率%       91.4     93.7\n")


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
