"""healthdata.textnorm.replace_paraphrases: machine-paraphrased wording read as the plain words (sentences written for the test)."""
from __future__ import annotations

from healthdata.textnorm import matching_text, replace_paraphrases


def test_the_leftmost_paraphrase_wins_and_overlapping_ones_are_not_replaced_twice():
    # 存在的题目 (not the shorter 的题目 inside it) at the start; 题目及 overlaps it and stays as it is;
    # 进一步进步 is taken before the 进步到 that overlaps its end; 到达 after it is a paraphrase of its own
    assert replace_paraphrases("存在的题目及对策:进一步进步到达95%") == "存在的问题及对策:进一步提高达到95%"
    assert replace_paraphrases("工作中的题目及时整改") == "工作中的问题及时整改"


def test_text_without_paraphrases_and_short_texts_stay_as_they_are():
    for text in ("", "的", "进", "参合率达到98%,进一步提高服务水平。", "题目"):
        assert replace_paraphrases(text) == text


def test_the_matching_text_keeps_its_length_and_reads_the_paraphrase_plainly():
    text = "全县参合率到达98%,医务职员展开培训。"
    m = matching_text(text)
    assert len(m) == len(text)
    assert m == "全县参合率达到98%,医务人员开展培训。"
