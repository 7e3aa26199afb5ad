"""Near-duplicate detection: shingles, the vectorised MinHash (checked against datasketch itself),
containment estimates against exact set arithmetic, and which report is called the original."""
from __future__ import annotations

import os
import random
import subprocess
import sys

import numpy as np
import pytest

from healthdata.normalize import duplicates as dup

# Words of a made-up report, combined at random (seeded) into clause after clause: text that is
# written for the test and long enough for MinHash estimates to be meaningful.
WORDS = ["全县", "卫生", "工作", "农村", "合作", "医疗", "参合", "农民", "乡镇", "卫生院", "建设", "管理",
         "疾病", "预防", "控制", "儿童", "接种", "妇女", "保健", "人员", "培训", "资金", "投入", "服务",
         "群众", "监督", "药品", "安全", "设备", "完成", "推进", "落实", "提高", "加强", "开展", "健全"]


def made_up_text(seed: int, clauses: int) -> str:
    rng = random.Random(seed)
    return "".join("".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))) + "，" for _ in range(clauses))


def test_shingles_are_five_character_windows_without_punctuation_or_spaces():
    assert dup.shingles("卫生局 工作，总结") == {"卫生局工作", "生局工作总", "局工作总结"}
    assert dup.shingles("卫生局") == {"卫生局"}  # shorter than a shingle: the whole text is one
    assert dup.shingles("，。 ") == set()


@pytest.mark.parametrize("text", ["卫生局 工作，总结", "卫生局", "，。 ", "甲乙丙丁戊甲乙丙丁戊甲乙丙丁戊", made_up_text(1, 200)])
def test_one_hash_per_distinct_shingle(text):
    hashes = dup.shingle_hashes(text)
    assert len(hashes) == len(dup.shingles(text))
    assert hashes.dtype == np.uint32 and np.all(np.diff(hashes.astype(np.int64)) > 0)  # sorted, distinct


def test_repeated_text_has_the_shingles_of_one_copy():
    # 甲乙丙丁戊 repeated: windows 甲乙丙丁戊, 乙丙丁戊甲, 丙丁戊甲乙, 丁戊甲乙丙, 戊甲乙丙丁 - five
    assert len(dup.shingle_hashes("甲乙丙丁戊" * 6)) == 5
    assert np.array_equal(dup.shingle_hashes("甲乙丙丁戊" * 6), dup.shingle_hashes("甲乙丙丁戊" * 2))


@pytest.mark.parametrize("text", ["卫生局工作总结", made_up_text(2, 30), made_up_text(3, 600)])
def test_minhash_values_are_datasketchs_affine32_minhash(text):
    from datasketch import MinHash

    hashes = dup.shingle_hashes(text)
    reference = MinHash(num_perm=dup.NUM_PERM, seed=dup.SEED, scheme=dup.SCHEME, hashfunc=int)
    reference.update_batch(hashes.tolist())
    assert np.array_equal(dup.minhash_values(hashes), reference.hashvalues)


def test_signature_is_the_same_in_another_process():
    text = made_up_text(4, 300)
    here, n = dup.signature(text)
    code = ("import sys, numpy as np; from healthdata.normalize.duplicates import signature; "
            "v, n = signature(sys.stdin.read()); print(n, ' '.join(map(str, v.tolist())))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    assert int(out[0]) == n and [int(x) for x in out[1:]] == here.tolist()


@pytest.mark.parametrize("kept", [1.0, 0.9, 0.6, 0.3])
def test_containment_estimate_is_close_to_the_exact_share(kept):
    whole = made_up_text(5, 400)
    clauses = whole.split("，")
    part = "，".join(clauses[: int(len(clauses) * kept)])
    other = made_up_text(6, 200)
    a, b = dup.shingles(part + "，" + other), dup.shingles(whole)
    exact = len(a & b) / len(a)
    estimate = dup.containment(dup.signature(part + "，" + other), dup.signature(whole))
    assert abs(estimate - exact) < 0.12, (estimate, exact)


def test_a_report_contained_in_a_larger_one_is_its_duplicate():
    plan = made_up_text(7, 150)
    summary_and_plan = made_up_text(8, 150) + plan  # the plan repeated as the second half
    unrelated = made_up_text(9, 150)
    sigs = [("a#01", *dup.signature(summary_and_plan)), ("b#01", *dup.signature(plan)),
            ("c#01", *dup.signature(unrelated))]
    assert dup.duplicate_of(sigs) == {"b#01": "a#01"}


def test_equal_repeats_point_at_the_earliest_and_empty_reports_at_nothing():
    text = made_up_text(10, 150)
    edited = text.replace("全县", "全市", 1)  # one word changed: still the same report
    sigs = [("x#01", *dup.signature(text)), ("y#01", *dup.signature(edited)), ("z#01", *dup.signature(text)),
            ("e#01", *dup.signature("，。"))]
    assert dup.duplicate_of(sigs) == {"y#01": "x#01", "z#01": "x#01"}


def test_order_of_signatures_decides_the_original_not_their_ids():
    text = made_up_text(11, 150)
    sigs = [("b#01", *dup.signature(text)), ("a#01", *dup.signature(text))]
    assert dup.duplicate_of(sigs) == {"a#01": "b#01"}
