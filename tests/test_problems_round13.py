"""Problems of kinds the sets opened in round 13 (holdout17, holdout19) showed missed or split, on
sentences WRITTEN FOR THESE TESTS (no text from eval/written or data/raw): a call to see the
problems and challenges faced, and a gap paired with the shortcomings, announce the list after
them; an item that only says its weak points show is said by the clauses after it; a figure of
overload (a share beyond the whole) is the evidence of the judgement before it.

Each expectation is what a reader marks as the problems of the passage.
"""
from __future__ import annotations

from healthdata.extract.problems import extract_problems
from healthdata.textnorm import matching_text
from healthdata.types import ReportText


def problem_rows(passage: str) -> list[dict]:
    report = ReportText("t#01", "t.txt", passage, matching_text(passage), 0, len(passage))
    return extract_problems(report)


def problems_of(passage: str) -> list[str]:
    return [row["text"] for row in problem_rows(passage)]


def test_a_call_to_see_the_problems_and_challenges_faced_announces_the_list_after_it():
    passage = ("全年工作取得新进展，我们也要冷静地看到面临的问题与挑战：一是城乡卫生资源结构性矛盾突出，"
               "专家集中在城区，乡镇卫生院服务能力不强；二是慢性病防控任务加重。")
    assert problems_of(passage) == ["城乡卫生资源结构性矛盾突出，专家集中在城区，乡镇卫生院服务能力不强",
                                    "慢性病防控任务加重"]


def test_a_gap_paired_with_the_shortcomings_announces_the_list_after_it():
    # (without the list opened, the second item, worded weakly, is not read as a problem at all)
    passage = ("全年工作有序推进。对照上级要求，我镇工作还存在差距与不足：一是村级卫生室基础薄弱，9所中有4所未达标；"
               "二是防疫经费无固定来源，处置突发事件能力较低；三是护士配备偏少。")
    assert problems_of(passage) == ["村级卫生室基础薄弱，9所中有4所未达标", "防疫经费无固定来源，处置突发事件能力较低",
                                    "护士配备偏少"]


def test_an_item_saying_only_that_its_weak_points_show_is_said_by_the_clauses_after_it():
    passage = "存在问题：一是县级应急体系短板明显，县疾控中心实验室检测能力不足，传染病防控压力大；二是人员不足。"
    assert problems_of(passage) == ["县级应急体系短板明显，县疾控中心实验室检测能力不足，传染病防控压力大", "人员不足"]


def test_a_share_beyond_the_whole_is_the_evidence_of_the_judgement_before_it():
    passage = "存在问题：一是区级医院病房紧张，区医院床位使用率常年超过105%；二是人员不足。"
    assert problems_of(passage) == ["区级医院病房紧张，区医院床位使用率常年超过105%", "人员不足"]
