"""The short cuts of round 22's speed pass over the value extraction and the build layer find what the plain forms
they replace find.

* The statements.yaml patterns scanned over whole reports (a year opening a sentence, a lead-in announcing what will
  be done) run behind a gate on their first characters (``statement._vocab_scan``): same matches as ``re``'s own scan.
* The test for OCR slips (7O%) looks for the slip letters with ``str.find`` before it scans for a letter beside a digit.
* The near-duplicate index (``duplicates.ensemble_candidates``) answers what datasketch's LSH Ensemble answers, with
  its band tables replaced by numpy.

Each is checked on sentences written for the test and on generated text or signatures.
"""
from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdata.extract import statement
from healthdata.extract.numbers import _SLIP_LETTER_NEXT_TO_DIGIT, _SLIP_LETTERS, with_ocr_slips_read
from healthdata.normalize import duplicates as dup
from healthdata.vocab import load_yaml

# the statements.yaml patterns a report is scanned with through a gate
SCANNED = (("year_opening_plan",), ("year_opening_paragraph",), ("year_opening_paragraph_end",),
           ("future_list_lead_in", "pattern"))


def _plain(keys: tuple[str, ...]) -> re.Pattern:
    v = load_yaml("statements.yaml")
    for k in keys:
        v = v[k]
    return re.compile(v)


def _found(rx, text: str, lo: int, hi: int) -> list[tuple]:
    return [(x.span(), x.groups()) for x in rx.finditer(text, lo, hi)]


SENTENCES = ("2031年全县卫生工作要点\n2030年，全县参合率达到96.1%。2031年，全县将着力推进家庭医生签约；"
             "我们将力争年内建成3个中心。三、2031年重点任务\n（一）会议要求，孕产妇死亡率控制在15/10万以下。"
             "2029年，住院分娩率98%。在2030年基础上，明年继续提高。 2032年， 对下半年工作作了具体安排：一是…")


def test_gated_scans_find_the_plain_scans_matches_in_a_written_report():
    for keys in SCANNED:
        plain, gated = _plain(keys), statement._vocab_scan(*keys)
        assert gated.gate is not None  # each of them is gated (else the test checks nothing)
        for lo in range(0, len(SENTENCES), 5):
            assert _found(gated, SENTENCES, lo, len(SENTENCES)) == _found(plain, SENTENCES, lo, len(SENTENCES))
            assert [x.span() for x in [gated.search(SENTENCES, lo)] if x] == [x.span() for x in [plain.search(SENTENCES, lo)] if x]
    # the sentences above do hold matches of each
    assert all(_found(_plain(keys), SENTENCES, 0, len(SENTENCES)) for keys in SCANNED)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="2031年度，,。\n 　将着力我们明要求局会议对下工作作了安排：在以基础上一、（）第章", max_size=40), st.data())
def test_gated_scans_equal_the_plain_scans_on_any_text(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for keys in SCANNED:
        plain, gated = _plain(keys), statement._vocab_scan(*keys)
        assert _found(gated, text, lo, hi) == _found(plain, text, lo, hi)
        g, p = gated.search(text, lo, hi), plain.search(text, lo, hi)
        assert (g and (g.span(), g.groups())) == (p and (p.span(), p.groups()))


def test_an_ocr_slip_is_still_read_after_the_letter_test():
    text = "全县参合率达到9O.5%，住院分娩率l00%，ISO认证2家。"
    read = with_ocr_slips_read(text, 0, len(text))
    assert "90.5%" in read and "100%" in read and "ISO" in read and len(read) == len(text)
    plain = "全县参合率达到90.5%，住院分娩率100%。"
    assert with_ocr_slips_read(plain, 0, len(plain)) is plain


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123OolIx率%。 ", max_size=20), st.data())
def test_a_letter_beside_a_digit_is_never_found_where_no_slip_letter_is(text, data):
    """The letter test only skips texts the scan for a letter beside a digit finds nothing in."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    has_letter = any(text.find(ch, lo, hi) >= 0 for ch in _SLIP_LETTERS)
    if _SLIP_LETTER_NEXT_TO_DIGIT.search(text, lo, hi) is not None:
        assert has_letter


# ---------------------------------------------------------------- the near-duplicate index


def _datasketch_candidates(values: np.ndarray, sizes: np.ndarray) -> list[list[int]]:
    from datasketch import LeanMinHash, MinHashLSHEnsemble

    lean = [LeanMinHash(seed=dup.SEED, hashvalues=v, scheme=dup.SCHEME) for v in values]
    index = MinHashLSHEnsemble(threshold=dup.CONTAINMENT, num_perm=dup.NUM_PERM, num_part=dup.NUM_PART)
    index.index([(i, lean[i], int(sizes[i])) for i in range(len(values))])
    return [sorted(set(index.query(lean[i], int(sizes[i]))) - {i}) for i in range(len(values))]


def _signatures(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    sigs = [dup.signature(t) for t in texts]
    return np.stack([v for v, _ in sigs]), np.array([n for _, n in sigs], dtype=np.int64)


def test_index_candidates_are_the_same_whenever_the_pairs_are_merged(monkeypatch):
    """The pairs found band by band are merged into the distinct ones now and then (memory): after every band too."""
    base = "全县参合率达到百分之九十九，孕产妇死亡率控制在十万分之十五以下，婴儿死亡率千分之四，门诊诊疗十二万人次。"
    texts = [base, base * 2, base + "另有说明。", base[:30], "卫生经费投入不足，医疗设备老化，村卫生室房屋简陋。"] * 3
    values, sizes = _signatures(texts)
    expected = [c.tolist() for c in dup.ensemble_candidates(values, sizes)]
    monkeypatch.setattr(dup, "_MERGE_PAIRS", 0)
    assert [c.tolist() for c in dup.ensemble_candidates(values, sizes)] == expected == _datasketch_candidates(values, sizes)
    assert expected[0]  # the copies do find one another


def test_index_candidates_are_datasketchs_on_written_reports():
    base = ("全县新型农村合作医疗参合率达到百分之九十九，孕产妇死亡率控制在十万分之十五以下，婴儿死亡率千分之四。"
            "全年门诊诊疗十二万人次，乡镇卫生院诊疗三万人次。适龄儿童免疫规划疫苗接种率保持在九成五以上。")
    other = "基层卫生人才缺乏，留不住人；卫生经费投入不足，医疗设备老化，村卫生室房屋简陋，信息化建设滞后。"
    texts = [base, base + other, other, base[:60], base[:60] + "另有说明。", other * 2, base.replace("全县", "全市")]
    values, sizes = _signatures(texts)
    expected = _datasketch_candidates(values, sizes)
    assert [c.tolist() for c in dup.ensemble_candidates(values, sizes)] == expected
    assert 0 in expected[1] and 1 in expected[0]  # a report and its copy with more text do find each other


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 400), st.integers(0, 3)), min_size=2, max_size=40))
def test_index_candidates_are_datasketchs_on_generated_sets(specs):
    """Sets drawn as a stretch of one of a few shared pools (so that many overlap or repeat), of many sizes."""
    rng = np.random.default_rng(len(specs))
    pools = [rng.integers(0, 2**32, 2000, dtype=np.uint64).astype(np.uint32) for _ in range(6)]
    rows, sizes = [], []
    for pool, size, shift in specs:
        hashes = np.unique(pools[pool][shift * 7 : shift * 7 + size])
        rows.append(dup.minhash_values(hashes))
        sizes.append(len(hashes))
    values, sizes = np.stack(rows), np.array(sizes, dtype=np.int64)
    assert [c.tolist() for c in dup.ensemble_candidates(values, sizes)] == _datasketch_candidates(values, sizes)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(0, 3), max_size=30), st.integers(1, 3))
def test_sharing_pairs_are_every_pair_of_equal_rows(labels, width):
    rows = np.array([[v] * width for v in labels], dtype=np.uint32).reshape(len(labels), width)
    q, x = dup.sharing_pairs(rows)
    expected = sorted((i, j) for i in range(len(labels)) for j in range(len(labels)) if i != j and labels[i] == labels[j])
    assert sorted(zip(q.tolist(), x.tolist())) == expected


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 5)), max_size=10))
def test_concatenated_ranges_are_the_ranges_one_after_the_other(spans):
    starts = np.array([s for s, _ in spans], dtype=np.int64)
    lengths = np.array([n for _, n in spans], dtype=np.int64)
    assert dup.concatenated_ranges(starts, lengths).tolist() == [k for s, n in spans for k in range(s, s + n)]


# ---------------------------------------------------------------- questions of a Q&A page


def _plan_questions_plain(text: str, lo: int, hi: int) -> list[tuple]:
    return [(x.span(), x.group()) for x in _plain(("plan_question",)).finditer(text, lo, hi)]


def test_plan_questions_are_the_plain_scans_on_a_written_interview():
    text = ("卫生局长答记者问\n问：今年的目标是什么？\n答：参合率稳定在95%以上。\n记者：上半年目标完成得怎么样？\n"
            "答：完成了。\n下一步还有哪些计划? \n答：推进签约。问：明年有什么打算？")
    for lo in range(len(text)):
        found = [(x.span(), x.group()) for x in statement.plan_questions(text, lo, len(text))]
        assert found == _plan_questions_plain(text, lo, len(text))
    # the first question, 下一步还有哪些计划? and the last line's (not 上半年目标完成得怎么样？, a question on how the aims went)
    assert len(_plan_questions_plain(text, 0, len(text))) == 3


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="问记者Q：: \n?？目标打算明年计划免疫完成情况的是", max_size=40), st.data())
def test_plan_questions_equal_the_plain_scan_on_any_text(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert [(x.span(), x.group()) for x in statement.plan_questions(text, lo, hi)] == _plan_questions_plain(text, lo, hi)


# ---------------------------------------------------------------- the next enumerator of one form

_FORMS = [re.sub(r"[0-9]+", "[0-9]+", re.sub(r"[一二三四五六七八九十]+", "[一二三四五六七八九十]+", re.escape(e)))
          for e in ("一、", "(一)", "（一）", "1、", "一是", "①", "1.")]
_FORM_SOURCES = [rf"(?<=[。!?！？;；\n \t\u3000]){f}" for f in _FORMS] + [rf"(?<=[。；\n ]){f}" for f in _FORMS]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="一二三十12、.是()（）①。；\n 工作", max_size=40), st.data())
def test_next_enumerator_of_a_form_is_the_plain_searchs(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for source in _FORM_SOURCES:
        plain, gated = re.compile(source), statement.enumerator_form_rx(source)
        assert [x.span() for x in gated.finditer(text, lo, hi)] == [x.span() for x in plain.finditer(text, lo, hi)]
        g, p = gated.search(text, lo, hi), plain.search(text, lo, hi)
        assert (g and g.span()) == (p and p.span())


def test_next_enumerator_of_a_form_in_a_joined_page():
    text = "一、2030年工作回顾 过去一年，参合率98%。二、存在的困难 （一）人才缺乏。（二）经费不足。三、2031年打算 1、签约。2、建档。"
    for source in _FORM_SOURCES:
        assert [x.span() for x in statement.enumerator_form_rx(source).finditer(text)] == \
            [x.span() for x in re.compile(source).finditer(text)]
    assert [x.group() for x in statement.enumerator_form_rx(_FORM_SOURCES[0]).finditer(text)] == ["二、", "三、"]
