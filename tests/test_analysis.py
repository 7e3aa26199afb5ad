"""healthdata.analysis on tiny tables made of real values from the seed reports, and (when the
data package has been built) on the shipped tables themselves."""
from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from healthdata.analysis import data as hd
from healthdata.analysis import coverage, figures, quality, targets, themes

F0 = "000_ad81f4484db6b20c.txt"
F1 = "001_dfa47eb1ab84a0b0.txt"
F4 = "004_be068b8bbcb97381.txt"


def _docs(rows):
    base = dict(title="卫生局工作总结", doc_type="summary", period="H1", year=None,
                admin_level="county", place=None, province=None, city=None, county=None,
                topic="general", duplicate_of=None, source_start=0, source_end=1000,
                n_chars=1000)
    return pd.DataFrame([{**base, **r} for r in rows])


def _obs(rows):
    base = dict(section_kind="achievements", indicator_id=None, subject="", population=None,
                unit="percent", count_unit=None, unit_implicit=False, redacted=False,
                statement="actual", comparator="=", period_text=None, flag=None,
                sentence_start=0, sentence_end=0)
    out = []
    for i, r in enumerate(rows):
        row = {**base, "obs_id": f"o{i}", **r}
        row.setdefault("quote", f"{row.get('value')}%")
        row.setdefault("source_end", row["source_start"] + len(row["quote"]))
        out.append(row)
    return pd.DataFrame(out)


INDICATORS = pd.DataFrame(
    [
        ("ncms_participation_rate", "新农合参合率", "NCMS participation rate", "insurance",
         "percent", "higher", 95.0, ">=", "percent", 2020, "test source"),
        ("maternal_systematic_management_rate", "孕产妇系统管理率",
         "Maternal systematic management rate", "maternal_child", "percent", "higher", 85.0,
         ">=", "percent", 2020, "中国妇女发展纲要(2011-2020年)"),
        ("hospital_delivery_rate", "住院分娩率", "Hospital delivery rate", "maternal_child",
         "percent", "higher", 98.0, ">=", "percent", 2020, "中国妇女发展纲要(2011-2020年)"),
        ("infant_mortality_rate", "婴儿死亡率", "Infant mortality rate", "mortality",
         "per_mille", "lower", 10.0, "<=", "per_mille", 2020, "中国儿童发展纲要(2011-2020年)"),
        ("maternal_mortality_ratio", "孕产妇死亡率", "Maternal mortality ratio", "mortality",
         "per_100k", "lower", 20.0, "<=", "per_100k", 2020, "中国妇女发展纲要(2011-2020年)"),
        ("task_completion_rate", "任务完成率", "Task completion rate", "performance", "percent",
         "higher", None, None, None, None, None),
    ],
    columns=["indicator_id", "name_zh", "name_en", "category", "unit", "polarity",
             "reference_value", "reference_comparator", "reference_unit", "reference_year",
             "reference_source"],
)


@pytest.fixture
def corpus():
    docs = _docs(
        [
            dict(doc_id="d1", source_file=F1, place="潞城市", admin_level="county", year=2013),
            dict(doc_id="d2", source_file=F4, place=None, admin_level="city"),
            # d3 repeats d2 (a near-duplicate report): its values must be counted once
            dict(doc_id="d3", source_file=F4, place=None, admin_level="city",
                 duplicate_of="d2", source_start=1000, source_end=2000),
            dict(doc_id="d4", source_file=F0, place="潞城市", admin_level="county", year=2011),
        ]
    )
    obs = _obs(
        [
            # 全县参加新型农村合作医疗人数83.75万人,参合率92.93%
            dict(doc_id="d1", source_file=F1, source_start=100, value=92.93,
                 indicator_id="ncms_participation_rate", subject="参合率"),
            # 孕产妇系统管理率89%
            dict(doc_id="d2", source_file=F4, source_start=200, value=89.0,
                 indicator_id="maternal_systematic_management_rate", subject="孕产妇系统管理率"),
            dict(doc_id="d3", source_file=F4, source_start=1200, value=89.0,
                 indicator_id="maternal_systematic_management_rate", subject="孕产妇系统管理率"),
            # 农村住院分娩率99.88% vs 住院分娩率100%: distinct populations
            dict(doc_id="d1", source_file=F1, source_start=300, value=99.88,
                 indicator_id="hospital_delivery_rate", population="农村"),
            dict(doc_id="d1", source_file=F1, source_start=400, value=100.0,
                 indicator_id="hospital_delivery_rate"),
            # 产妇2164人,系统管理2067人 … 95.52%  (older report of the same bureau 潞城市)
            dict(doc_id="d4", source_file=F0, source_start=11924, value=95.52,
                 indicator_id="maternal_systematic_management_rate"),
            # 参合率继续稳定在95%以上 (a target) in the same report as 92.93%
            dict(doc_id="d1", source_file=F1, source_start=500, value=95.0, quote="95%",
                 indicator_id="ncms_participation_rate", statement="target", comparator=">="),
            # 婴儿死亡率4.26 (actual) and 分别控制在9‰和12‰以下 (target)
            dict(doc_id="d1", source_file=F1, source_start=600, value=4.26, quote="4.26",
                 unit="per_mille", indicator_id="infant_mortality_rate", unit_implicit=True),
            dict(doc_id="d1", source_file=F1, source_start=700, value=9.0, quote="9‰",
                 unit="per_mille", indicator_id="infant_mortality_rate", statement="target",
                 comparator="<="),
            # 下达的任务95% / 完成了全年指标的**%
            dict(doc_id="d4", source_file=F0, source_start=800, value=95.0,
                 indicator_id="task_completion_rate", statement="completion"),
            dict(doc_id="d4", source_file=F0, source_start=900, value=np.nan, quote="**%",
                 indicator_id="task_completion_rate", statement="completion", redacted=True),
            # an unlinked value: 检验项目达到A类疾控机构检验能力标准的比例 100
            dict(doc_id="d2", source_file=F4, source_start=300, value=100.0, quote="100",
                 subject="检验项目达到A类疾控机构检验能力标准的比例"),
            # a masked value: 参合率达x%
            dict(doc_id="d2", source_file=F4, source_start=400, value=np.nan, quote="x%",
                 indicator_id="ncms_participation_rate", redacted=True),
        ]
    )
    checks = pd.DataFrame(
        [dict(check_id="c1", obs_id="o5", doc_id="d4", source_file=F0, numerator=2067.0,
              denominator=2164.0, computed=95.52, stated=95.52, agrees=True, note=""),
         dict(check_id="c2", obs_id="o1", doc_id="d2", source_file=F4, numerator=80.0,
              denominator=100.0, computed=80.0, stated=89.0, agrees=False, note="")]
    )
    return docs, obs, checks


# ------------------------------------------------------------------ bureaus and loading


def test_bureau_is_place_else_doc_id_and_duplicates_dropped(corpus):
    docs, _, _ = corpus
    canon = hd.canonical_documents(docs)
    assert list(canon["doc_id"]) == ["d1", "d2", "d4"]
    assert dict(zip(canon["doc_id"], canon["bureau"])) == {
        "d1": "潞城市", "d2": "卫生局工作总结（d2）", "d4": "潞城市"}
    levels = hd.bureau_levels(docs).set_index("bureau")
    assert levels.loc["潞城市", "n_reports"] == 2
    assert levels.loc["卫生局工作总结（d2）", "admin_level"] == "city"


def test_unnamed_reports_get_readable_unique_labels_never_ids():
    docs = _docs([
        dict(doc_id="002_x#01", source_file="002_x.txt", title="卫生局2024年工作计划"),
        dict(doc_id="002_x#02", source_file="002_x.txt", title="卫生局2024年工作计划"),
        dict(doc_id="005_y#02", source_file="005_y.txt", title="卫生局2024年工作计划"),
        dict(doc_id="000_z#10", source_file="000_z.txt", title="县卫生局2023上半年工作总结"),
        dict(doc_id="000_z#11", source_file="000_z.txt", title=None),
    ])
    labels = hd.add_bureau(docs).set_index("doc_id")["bureau"]
    assert labels["000_z#10"] == "县卫生局2023上半年工作总结"
    assert labels["002_x#01"] == "卫生局2024年工作计划（第1篇）"
    assert labels["002_x#02"] == "卫生局2024年工作计划（第2篇，002_x.txt）"
    assert labels["005_y#02"] == "卫生局2024年工作计划（第2篇，005_y.txt）"
    assert labels["000_z#11"] == "未署名报告"
    assert labels.is_unique and not any("#" in v for v in labels)


def test_cite_points_to_the_quote(corpus):
    _, obs, _ = corpus
    assert hd.cite(obs).iloc[0] == f"{F1}:100-106"


def test_load_table_missing_table_is_empty_with_columns(tmp_path):
    df = hd.load_table("checks", tmp_path)
    assert df.empty and df.attrs["missing"]
    assert {"numerator", "denominator", "agrees"} <= set(df.columns)


# ------------------------------------------------------------------ coverage


def test_wilson_ci_2067_of_2164():
    low, high = coverage.wilson_ci(2067, 2164)
    assert low == pytest.approx(94.562, abs=1e-3)
    assert high == pytest.approx(96.312, abs=1e-3)
    assert low < 2067 / 2164 * 100 < high


def test_coverage_one_row_per_bureau_indicator_population(corpus):
    docs, obs, checks = corpus
    cov = coverage.coverage_table(obs, docs, INDICATORS, checks)
    keys = list(zip(cov["bureau"], cov["indicator_id"], cov["population"].fillna("")))
    assert len(keys) == len(set(keys))
    assert "task_completion_rate" not in set(cov["indicator_id"])  # not coverage-type
    assert "infant_mortality_rate" not in set(cov["indicator_id"])
    # 参合率92.93% for 潞城市; the masked x% is not a rate
    row = cov[(cov["bureau"] == "潞城市") & (cov["indicator_id"] == "ncms_participation_rate")]
    assert row["value"].tolist() == [92.93]
    assert row["cite"].iloc[0] == f"{F1}:100-106"
    # 孕产妇系统管理率89% stated in d2 and its duplicate d3: one row, one mention
    d2 = cov[(cov["bureau"] == "卫生局工作总结（d2）")]
    assert d2["value"].tolist() == [89.0] and d2["n_mentions"].tolist() == [1]
    # 住院分娩率: 农村 99.88 and overall 100 are separate rows
    hosp = cov[cov["indicator_id"] == "hospital_delivery_rate"]
    assert sorted(hosp["value"]) == [99.88, 100.0]


def test_coverage_latest_report_wins_and_carries_wilson_ci(corpus):
    docs, obs, checks = corpus
    # make the 2011 report (d4, with the 2067/2164 counts) the only maternal one of 潞城市
    cov = coverage.coverage_table(obs, docs, INDICATORS, checks)
    row = cov[(cov["bureau"] == "潞城市")
              & (cov["indicator_id"] == "maternal_systematic_management_rate")].iloc[0]
    assert row["value"] == 95.52
    assert row["numerator"] == 2067 and row["denominator"] == 2164
    assert row["ci_low"] == pytest.approx(94.562, abs=1e-3)
    # two reports of 潞城市 state 参合率? only d1 does; 潞城市 has two reports overall
    obs2 = pd.concat([obs, _obs([dict(doc_id="d4", source_file=F0, source_start=50,
                                      value=82.0, indicator_id="ncms_participation_rate")])
                      .assign(obs_id="o99")])
    cov2 = coverage.coverage_table(obs2, docs, INDICATORS, checks)
    r = cov2[(cov2["bureau"] == "潞城市")
             & (cov2["indicator_id"] == "ncms_participation_rate")].iloc[0]
    assert r["value"] == 92.93  # 2013 report beats 2011
    assert r["n_mentions"] == 2 and r["min_value"] == 82.0 and r["n_reports"] == 2


def test_coverage_summary(corpus):
    docs, obs, checks = corpus
    s = coverage.coverage_summary(coverage.coverage_table(obs, docs, INDICATORS, checks))
    msm = s[s["indicator_id"] == "maternal_systematic_management_rate"].iloc[0]
    assert msm["n_bureaus"] == 2 and msm["min"] == 89.0 and msm["max"] == 95.52


# ------------------------------------------------------------------ targets


def test_target_vs_actual_same_report_signed_by_polarity(corpus):
    docs, obs, _ = corpus
    gaps = targets.target_vs_actual(obs, docs, INDICATORS)
    ncms = gaps[gaps["indicator_id"] == "ncms_participation_rate"].iloc[0]
    assert ncms["scope"] == "same_report"
    assert ncms["actual"] == 92.93 and ncms["target"] == 95.0
    assert ncms["signed_gap"] == pytest.approx(-2.07) and ncms["met"] == False
    assert ncms["target_cite"] == f"{F1}:500-503"
    imr = gaps[gaps["indicator_id"] == "infant_mortality_rate"].iloc[0]
    # lower is better: 4.26‰ against 控制在9‰以下 is 4.74 better than target
    assert imr["gap"] == pytest.approx(-4.74) and imr["signed_gap"] == pytest.approx(4.74)
    assert imr["met"] == True


def test_target_vs_actual_same_bureau_same_year_only(corpus):
    docs, obs, _ = corpus
    # a 2011 plan of 潞城市 (d5) aims at 孕产妇系统管理率 >= 97; its 2011 summary (d4) states 95.52
    docs5 = pd.concat([docs, _docs([dict(doc_id="d5", source_file=F0, place="潞城市",
                                         admin_level="county", year=2011, doc_type="plan",
                                         source_start=20000, source_end=21000)])])
    extra = _obs([dict(doc_id="d5", source_file=F0, source_start=20050, value=97.0,
                       indicator_id="maternal_systematic_management_rate",
                       statement="target", comparator=">="),
                  # the same aim in the 2013 report: no 2013 value of 潞城市 to set beside it
                  dict(doc_id="d1", source_file=F1, source_start=950, value=97.0,
                       indicator_id="maternal_systematic_management_rate",
                       statement="target", comparator=">=")]).assign(obs_id=["t1", "t2"])
    gaps = targets.target_vs_actual(pd.concat([obs, extra]), docs5, INDICATORS)
    msm = gaps[gaps["indicator_id"] == "maternal_systematic_management_rate"]
    row = msm[msm["target_id"] == "t1"].iloc[0]
    assert row["scope"] == "same_bureau_year" and row["actual"] == 95.52
    assert row["met"] == False and row["signed_gap"] == pytest.approx(-1.48)  # noqa: E712
    lone = msm[msm["target_id"] == "t2"].iloc[0]
    assert lone["scope"] == "unpaired" and pd.isna(lone["actual"]) and pd.isna(lone["met"])


def test_completion_statements(corpus):
    docs, obs, _ = corpus
    comp = targets.completion_statements(obs, docs, INDICATORS)
    assert len(comp) == 2  # the masked **% is kept, with no verdict
    stated = comp[comp["actual"].notna()].iloc[0]
    # 95 % with no date: not judged against 100 %, no verdict
    assert stated["actual"] == 95.0 and pd.isna(stated["met"])
    assert comp["met"].isna().sum() == 2
    assert set(comp["verdict"]) == {"masked", "in progress (no date stated)"}


def test_elapsed_share_by_hand():
    assert targets.elapsed_share("截止5月底") == pytest.approx(5 / 12 * 100)
    assert targets.elapsed_share("截至五月底") == pytest.approx(5 / 12 * 100)
    assert targets.elapsed_share("1—10月份") == pytest.approx(10 / 12 * 100)
    assert targets.elapsed_share("上半年") == pytest.approx(50.0)
    assert targets.elapsed_share("截至6月15日") == pytest.approx((5 + 15 / 30) / 12 * 100)
    assert targets.elapsed_share("第三季度") == pytest.approx(75.0)
    assert targets.elapsed_share(None) is None and targets.elapsed_share("截止目前") is None


def test_completion_against_time_elapsed(corpus):
    docs, _, _ = corpus
    rows = [  # written for the test: progress stated with a date, and without one
        dict(value=40.14, period_text="截止5月31日"),   # 41.1 % of the year gone: on track
        dict(value=30.0, period_text="截止5月底"),      # 41.7 % gone: behind
        dict(value=60.0, period_text="1-6月"),         # 50 % gone: ahead
        dict(value=104.0, period_text="上半年"),        # completed
        dict(value=30.0, comparator="~"),              # 30%左右, no date: no verdict
        dict(value=40.0, comparator="~", period_text="截止5月底"),  # 38-42 vs bar 37.5: on track
        dict(value=10.0, unit="count", count_unit="人"),  # a count: not a completion statement
    ]
    obs = _obs([dict(doc_id="d1", source_file=F1, source_start=1000 + 20 * i,
                     indicator_id="task_completion_rate", statement="completion", **r)
                for i, r in enumerate(rows)])
    comp = targets.completion_statements(obs, docs, INDICATORS).set_index("obs_id")
    assert "o6" not in comp.index
    assert comp.loc["o0", "verdict"] == "on track" and comp.loc["o0", "met"] == True  # noqa
    assert comp.loc["o1", "verdict"] == "behind time" and comp.loc["o1", "met"] == False  # noqa
    assert comp.loc["o2", "verdict"] == "ahead of time"
    assert comp.loc["o3", "verdict"] == "completed"
    assert pd.isna(comp.loc["o4", "met"]) and comp.loc["o4", "actual_comparator"] == "~"
    assert comp.loc["o5", "verdict"] == "on track"
    assert comp.loc["o1", "expected"] == pytest.approx(5 / 12 * 100)


def test_verdicts_keep_the_actual_comparator():
    # 达到95%以上 against >= 95: met; against >= 96: cannot tell
    assert targets.met_verdict(95, ">=", 95, +1) is True
    assert targets.met_verdict(95, ">=", 96, +1) is pd.NA
    # 30%左右 (28.5-31.5) against >= 30: cannot tell; against >= 40: not met
    assert targets.met_verdict(30, "~", 30, +1) is pd.NA
    assert targets.met_verdict(30, "~", 40, +1) is False
    # a mortality rate 控制在9‰以下 (lower is better): 4.26 meets it, 10.66 does not
    assert targets.met_verdict(4.26, "=", 9, -1) is True
    assert targets.met_verdict(10.66, "=", 9, -1) is False


def test_reference_in_force_by_report_year(corpus):
    docs, obs, _ = corpus
    ref = targets.reference_table(INDICATORS)
    assert {"indicator_id", "comparator", "value", "unit", "year", "source",
            "in_force_from", "in_force_to"} <= set(ref.columns)
    imr2013, _ = targets.reference_in_force(ref, "infant_mortality_rate", "per_mille", 2013)
    assert imr2013["value"] == 10 and imr2013["year"] == 2020
    imr2024, _ = targets.reference_in_force(ref, "infant_mortality_rate", "per_mille", 2024)
    assert imr2024["value"] == 5 and imr2024["year"] == 2030
    none, why = targets.reference_in_force(ref, "infant_mortality_rate", "per_mille", None)
    assert none is None and "unknown" in why
    early, why = targets.reference_in_force(ref, "infant_mortality_rate", "per_mille", 2005)
    assert early is None and "2005" in why
    gaps = targets.reference_gaps(obs, docs, INDICATORS, references=ref)
    # one row per achieved value: never judged against two references at once
    assert not gaps["obs_id"].duplicated().any()
    msm = gaps[gaps["obs_id"] == "o5"].iloc[0]  # 95.52 in the 2011 report d4
    assert msm["target"] == 85 and msm["reference_year"] == 2020 and msm["met"] == True  # noqa
    assert msm["signed_gap"] == pytest.approx(10.52) and "纲要" in msm["reference_source"]
    imr = gaps[gaps["obs_id"] == "o7"].iloc[0]  # 4.26‰ in the 2013 report d1
    assert imr["target"] == 10 and imr["signed_gap"] == pytest.approx(5.74)
    unknown = gaps[gaps["obs_id"] == "o1"].iloc[0]  # d2 states no year
    assert pd.isna(unknown["target"]) and pd.isna(unknown["met"]) and "unknown" in unknown["note"]


def test_gap_summary_counts_each_kind_on_its_own(corpus):
    docs, obs, _ = corpus
    gaps = targets.target_gaps(obs, docs, INDICATORS)
    assert set(gaps["kind"]) == set(targets.KINDS)
    summary = targets.gap_summary(gaps).set_index("kind")
    own = gaps[gaps["kind"] == "target_vs_actual"]
    assert summary.loc["target_vs_actual", "n"] == own["target_id"].nunique()
    ref = gaps[gaps["kind"] == "national_reference"]
    assert summary.loc["national_reference", "n"] == ref["obs_id"].nunique() == len(ref)
    for kind, r in summary.iterrows():
        assert r["met"] + r["not_met"] + r["undecided"] + r["no_pair"] == r["n"], kind


# ---------------------------------------------- pairing: populations, written for the test

RAW = ("一、工作回顾\n开展居民健康体检8000人，其中65岁以上老年人3000人，体检率40%，"
       "0-6岁儿童4000人，体检率60%。农村住院分娩率98%。\n"
       "二、下半年打算\n65岁以上老年人体检率达70%以上，0-6岁儿童体检率90%以上，"
       "住院分娩率达99%以上，适龄儿童疫苗接种率95%以上。接种率85%。\n")


def _at(text, needle, nth=0):
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos


def _sentence(text, pos):
    start = max(text.rfind(c, 0, pos) for c in "。\n") + 1
    return start, min(i for i in (text.find(c, pos) for c in "。\n") if i >= 0) + 1


def _pop_obs(text, fname="t.txt", doc="dp"):
    spec = [  # (quote, nth occurrence, indicator, statement, comparator, population)
        ("40%", 0, "elderly_health_management_rate", "actual", "=", None),
        ("60%", 0, "child_health_checkup_rate", "actual", "=", None),
        ("98%", 0, "hospital_delivery_rate", "actual", "=", "农村"),
        ("70%", 0, "elderly_health_management_rate", "target", ">=", "老年人"),
        ("90%", 0, "child_health_checkup_rate", "target", ">=", "0-6岁儿童"),
        ("99%", 0, "hospital_delivery_rate", "target", ">=", None),
        ("95%", 0, "immunization_coverage_rate", "target", ">=", "适龄儿童"),
        ("85%", 0, "immunization_coverage_rate", "actual", "=", None),
    ]
    rows = []
    for i, (q, nth, iid, st, comp, pop) in enumerate(spec):
        pos = _at(text, q, nth)
        ss, se = _sentence(text, pos)
        rows.append(dict(obs_id=f"q{i}", doc_id=doc, source_file=fname, source_start=pos,
                         quote=q, sentence_start=ss, sentence_end=se, value=float(q[:-1]),
                         indicator_id=iid, statement=st, comparator=comp, population=pop))
    return _obs(rows)


POP_INDICATORS = pd.DataFrame(
    [("elderly_health_management_rate", "老年人健康管理率", "percent", "higher",
      "老年人健康管理率|老年人体检率"),
     ("child_health_checkup_rate", "儿童及学生健康体检率", "percent", "higher",
      "儿童及学生健康体检率|儿童体检率"),
     ("hospital_delivery_rate", "住院分娩率", "percent", "higher", "住院分娩率"),
     ("immunization_coverage_rate", "免疫规划疫苗接种率", "percent", "higher",
      "免疫规划疫苗接种率|接种率")],
    columns=["indicator_id", "name_zh", "unit", "polarity", "aliases"],
).assign(name_en="", category="maternal_child")


def _pairs(text, fname="t.txt", doc="dp"):
    docs = _docs([dict(doc_id=doc, source_file=fname, year=2021)])
    gaps = targets.target_vs_actual(_pop_obs(text, fname, doc), docs, POP_INDICATORS,
                                    texts={fname: text})
    return {(r.target, None if pd.isna(r.actual) else r.actual, r.verdict)
            for r in gaps.itertuples()}


def test_pairs_follow_the_population_a_reader_reads():
    got = _pairs(RAW)
    # 老年人 is the elderly indicator's own group: 40 pairs with the aim of 70
    assert (70.0, 40.0, "not met") in got
    # the 0-6岁儿童 aim pairs with 60 %, whose sentence names 0-6岁儿童 last before it
    assert (90.0, 60.0, "not met") in got
    # 适龄儿童 is the whole group: the aim of 95 pairs with the unqualified 85 %
    assert (95.0, 85.0, "not met") in got
    # a rural rate is not the whole county's: the aim of 99 stays unpaired
    assert (99.0, None, "unpaired") in got
    assert len(got) == 4


def test_pairs_do_not_depend_on_file_or_report_names():
    """Metamorphic: renaming the file and the report changes no pair."""
    assert _pairs(RAW) == _pairs(RAW, fname="other/名字.txt", doc="zz#09")


def test_pairs_without_raw_text_keep_only_what_the_table_says():
    docs = _docs([dict(doc_id="dp", source_file="t.txt", year=2021)])
    gaps = targets.target_vs_actual(_pop_obs(RAW), docs, POP_INDICATORS, texts=None)
    child = gaps[gaps["indicator_id"] == "child_health_checkup_rate"].iloc[0]
    assert child["scope"] == "unpaired"  # the qualifier cannot be checked: not paired


# ------------------------------------------------------------------ intervals


def test_wilson_interval_by_hand():
    # hand computation, z = 1.959964: centre (p + z²/2n)/(1 + z²/n) ± z·√(p(1-p)/n + z²/4n²)/(1 + z²/n)
    assert coverage.wilson_ci(76253, 90306) == pytest.approx((84.201, 84.673), abs=1e-3)
    assert coverage.wilson_ci(382, 427) == pytest.approx((86.189, 92.030), abs=1e-3)
    assert coverage.wilson_ci(545, 545)[1] == 100.0 and coverage.wilson_ci(0, 9)[0] == 0.0


def test_interval_only_with_a_verified_denominator():
    low, high, note = coverage.verified_interval(76253, 90306, 84.4, "84.4%")
    assert (low, high) == pytest.approx((84.201, 84.673), abs=1e-3) and "reproduces" in note
    # everyone examined taken as the elderly: 45332/111707 = 40.58 %, not the stated 44.8 %
    low, _, note = coverage.verified_interval(45332, 111707, 44.8, "44.8%")
    assert pd.isna(low) and "does not reproduce" in note
    # a count of records as the base of a rate: 646708/652876 = 99.06 %, stated 96.54 %
    assert pd.isna(coverage.verified_interval(646708, 652876, 96.54, "96.54%")[0])
    # 426/427 = 99.77 rounds to the stated 100 %, but the interval (98.69-99.96) excludes it
    low, _, note = coverage.verified_interval(426, 427, 100.0, "100%")
    assert pd.isna(low) and "outside" in note
    # truncation counts as rounding: 4/426 = 9.389‰ written 9.38‰
    assert coverage.reproduces(4, 426, 9.38, 2, scale=1000)
    assert coverage.stated_decimals("89. 46%") == 2 and coverage.stated_decimals("100%") == 0


# ------------------------------------------------------------------ themes


@pytest.fixture
def problem_corpus():
    docs = _docs(
        [dict(doc_id=f"c{i}", source_file=F0, place=p, admin_level=lv)
         for i, (p, lv) in enumerate([("大庆市", "city"), ("潞城市", "county"),
                                      ("义乌市", "county"), (None, "county"),
                                      (None, "district"), (None, "city")])]
        + [dict(doc_id="c9", source_file=F0, place="潞城市", admin_level="county")]
    )
    rows = [
        ("p1", "c1", "一是人才匮乏，技术力量薄弱", "workforce"),
        ("p2", "c1", "二是专业技术人员偏少", "workforce"),
        ("p3", "c9", "经费不足，设备陈旧", "funding|infrastructure"),
        ("p4", "c2", "人员短缺", "workforce"),
        ("p5", "c3", "无业务用房", "infrastructure"),
        ("p6", "c0", "出生人口性别比偏高问题", "family_planning"),
        ("p7", "c4", "创建国家卫生城市涉及面广,工作难度大", ""),
    ]
    probs = pd.DataFrame(
        [dict(problem_id=p, doc_id=d, source_file=F0, source_start=i * 100,
              source_end=i * 100 + len(t), text=t, origin="section", themes=th_,
              n_themes=len([x for x in th_.split("|") if x]))
         for i, (p, d, t, th_) in enumerate(rows)]
    )
    pt = pd.DataFrame(
        [dict(problem_id=p, theme_id=x, keyword="", evidence_start=0, evidence_end=1)
         for p, _, _, th_ in rows for x in th_.split("|") if x]
    )
    return docs, probs, pt


def test_theme_counts_bureaus_not_mentions(problem_corpus):
    docs, probs, pt = problem_corpus
    freq = themes.theme_frequency(probs, pt, docs).set_index(["theme_id", "admin_level"])
    # 潞城市 has two workforce problems (p1, p2) and one more report: counts once
    assert freq.loc[("workforce", "county"), "n_bureaus"] == 2
    assert freq.loc[("workforce", "county"), "n_problems"] == 3
    assert freq.loc[("workforce", "all"), "n_bureaus_at_level"] == 6
    assert freq.loc[("workforce", "county"), "n_bureaus_at_level"] == 3
    assert freq.loc[("funding", "county"), "n_bureaus"] == 1
    # the same from the '|'-joined column when problem_themes is absent
    freq2 = themes.theme_frequency(probs, None, docs).set_index(["theme_id", "admin_level"])
    assert freq2.loc[("workforce", "county"), "n_bureaus"] == 2


def test_theme_cooccurrence_and_unthemed(problem_corpus):
    docs, probs, pt = problem_corpus
    co = themes.theme_cooccurrence(probs, pt, docs).set_index(["theme_a", "theme_b"])
    # 潞城市 raises workforce, funding and infrastructure
    assert co.loc[("workforce", "funding"), "n_bureaus"] == 1
    assert co.loc[("infrastructure", "infrastructure"), "n_bureaus"] == 2
    un = themes.unthemed_problems(probs, pt, docs)
    assert un["problem_id"].tolist() == ["p7"]


def test_theme_level_test_states_small_sample_caveat(problem_corpus):
    docs, probs, pt = problem_corpus
    res = themes.theme_level_test(probs, pt, docs)
    assert set(res["theme_id"]) == {"workforce", "funding", "infrastructure", "family_planning"}
    assert (res["p_value"].between(0, 1)).all() and (res["p_holm"] >= res["p_value"]).all()
    assert res["caveat"].str.contains("Small samples").all()
    assert "Small samples" in res.attrs["caveat"]
    # with two levels the exact 2x2 test is used
    two = docs[docs["admin_level"] != "district"]
    res2 = themes.theme_level_test(probs, pt, two)
    assert res2["test"].str.startswith("Fisher exact 2x2").all()


# ------------------------------------------------------------------ quality


def test_quality_tables(corpus):
    docs, obs, checks = corpus
    masked = quality.masked_rates(obs, docs).set_index("doc_id")
    assert masked.loc["d2", "n_values"] == 3 and masked.loc["d2", "n_masked"] == 1
    assert masked.loc["d2", "masked_rate"] == pytest.approx(1 / 3)
    # 80/100 does not give the stated 89 %: an unverified pairing (2067/2164 does give 95.52 %)
    dis = quality.unverified_pairings(checks, obs)
    assert dis["check_id"].tolist() == ["c2"] and dis["difference"].iloc[0] == 9.0
    dup = quality.duplicate_reports(docs)
    assert dup["doc_id"].tolist() == ["d3"] and dup["duplicate_of"].tolist() == ["d2"]
    un = quality.unlinked_values(obs)
    assert un["subject"].tolist() == ["检验项目达到A类疾控机构检验能力标准的比例"]
    manifest = pd.DataFrame([
        dict(path="data/raw/a.txt", bytes=10, sha256="0", format="text", encoding="utf-8",
             status="ok", message="", n_reports=1),
        dict(path="data/raw/b.bin", bytes=3, sha256="1", format="unknown", encoding=None,
             status="undecodable", message="no text encoding fits", n_reports=0)])
    assert quality.failed_files(manifest)["path"].tolist() == ["data/raw/b.bin"]
    summary = quality.quality_summary(obs, docs, checks, manifest).set_index("finding")
    assert summary["count"].tolist() == [2, 1, 1, 1, 1]


# ------------------------------------------------------------------ figures and escaping

EVIL = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def test_figures_escape_document_text(corpus):
    docs, obs, checks = corpus
    docs = docs.assign(place=docs["place"].where(docs["doc_id"] != "d1", EVIL),
                       title=EVIL)
    obs = obs.assign(quote=obs["quote"].where(obs["doc_id"] != "d1", EVIL))
    cov = coverage.coverage_table(obs, docs, INDICATORS, checks)
    for fig in (figures.coverage_figure(cov), figures.corpus_figure(docs),
                figures.masked_figure(quality.masked_rates(obs, docs)),
                *figures.gap_figures_by_unit(
                    targets.target_gaps(obs, docs.assign(year=2013), INDICATORS),
                    "national_reference", "与国家目标的差距", "vs national")):
        text = fig.to_json()
        assert "<script>" not in text and "<img" not in text
    hover = " ".join(" ".join(map(str, t.text)) for t in figures.coverage_figure(cov).data
                     if t.text is not None)
    assert html.escape("<script>") in hover
    assert figures.title("覆盖率", "Coverage")["text"] == "覆盖率<br><sup>Coverage</sup>"


def test_table_html_escapes_and_links_cites():
    frame = pd.DataFrame({"title": [EVIL], "value": [1.5], "cite": [f"{EVIL}.txt:3-9"]})
    plain = figures.table_html(frame, sources=None)  # no source pages (JupyterLab): plain text
    assert "<a " not in plain and html.escape(f"{EVIL}.txt:3-9") in plain
    out = figures.table_html(frame, sources="sources")
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "1.50" in out and 'class="hd-text"' in out and 'class="hd-num"' in out
    href = f'sources/{figures.source_page(EVIL + ".txt")}#c3-9'
    assert f'href="{html.escape(href)}"' in out
    assert "<" not in figures.source_page(EVIL + ".txt")


def test_gap_figures_one_per_unit(corpus):
    docs, obs, _ = corpus
    gaps = targets.reference_gaps(obs, docs.assign(year=2013), INDICATORS)
    figs = figures.gap_figures_by_unit(gaps, "national_reference", "差距", "gap")
    assert len(figs) == gaps.loc[gaps["signed_gap"].notna(), "unit"].nunique() == 2
    with pytest.raises(ValueError):
        figures.gap_figure(gaps, "national_reference", "差距", "gap")


def test_figures_on_empty_tables():
    empty = hd.ensure_columns(pd.DataFrame(), coverage.COVERAGE_COLUMNS)
    assert figures.coverage_figure(empty).layout.annotations
    empty_docs = hd.ensure_columns(pd.DataFrame(), hd.COLUMNS["documents"])
    assert figures.corpus_figure(empty_docs).layout.annotations


# ------------------------------------------------------------------ the shipped data package

PROCESSED = Path(__file__).resolve().parents[1] / "data" / "processed"


def _shipped(name):
    if not (PROCESSED / f"{name}.parquet").exists():
        pytest.skip(f"data/processed/{name}.parquet not built yet")
    return hd.load_table(name, PROCESSED)


def test_shipped_wilson_ci_for_2067_of_2164():
    checks = _shipped("checks")
    obs, docs, ind = _shipped("observations"), _shipped("documents"), _shipped("indicators")
    hit = checks[(checks["numerator"] == 2067) & (checks["denominator"] == 2164)]
    assert len(hit) == 1, "the 产妇2164人,系统管理2067人 check is in the shipped checks"
    cov = coverage.coverage_table(obs, docs, ind, checks)
    row = cov[cov["obs_id"] == hit["obs_id"].iloc[0]]
    if len(row):  # the value is the one kept for its bureau
        assert row["ci_low"].iloc[0] == pytest.approx(94.562, abs=1e-3)
        assert row["ci_high"].iloc[0] == pytest.approx(96.312, abs=1e-3)


def test_shipped_coverage_has_real_values():
    obs, docs, ind = _shipped("observations"), _shipped("documents"), _shipped("indicators")
    cov = coverage.coverage_table(obs, docs, ind, _shipped("checks"))
    assert len(cov)
    assert 92.93 in set(cov.loc[cov["indicator_id"] == "ncms_participation_rate", "value"])
    keys = cov[["bureau", "indicator_id", "population"]].astype(str)
    assert not keys.duplicated().any()
    assert cov["cite"].str.match(r".+:\d+-\d+$").all()


def test_shipped_no_interval_excludes_its_estimate():
    obs, docs, ind = _shipped("observations"), _shipped("documents"), _shipped("indicators")
    cov = coverage.coverage_table(obs, docs, ind, _shipped("checks"))
    drawn = cov[cov["ci_low"].notna()]
    assert len(drawn) >= 5
    assert ((drawn["ci_low"] <= drawn["value"]) & (drawn["value"] <= drawn["ci_high"])).all()
    # and as plotly draws them: [x - arrayminus, x + array] holds x
    for trace in figures.coverage_figure(cov).data:
        if trace.error_x is not None and trace.error_x.array is not None:
            assert min(trace.error_x.array) >= 0 and min(trace.error_x.arrayminus) >= 0
    # the two wrong pairings of the issue get no interval
    for value in (96.54, 44.8):
        assert cov.loc[cov["value"] == value, "ci_low"].isna().all()


# The same-report target/actual pairs a careful reader finds in data/raw/ (read by hand):
# (raw file, achieved value, target value, verdict)
HAND_PAIRS = {
    # 000 #10: 累计应种90306针次,累计实种76253针次,接种率84.4% / 适龄儿童疫苗接种率到达90%以上
    ("000_ad81f4484db6b20c.txt", 84.4, 90.0, "not met"),
    # 000 #13: 60岁以上老年人45332人,体检率44.8% / 60岁以上参保老年人体检率达80%
    ("000_ad81f4484db6b20c.txt", 44.8, 80.0, "not met"),
    # 000 #13: 中小学生、0-6岁儿童59458人,体检率50% / 中小学生、0-6岁儿童体检率90%以上
    ("000_ad81f4484db6b20c.txt", 50.0, 90.0, "not met"),
    # 000 #14: 国家免疫规划疫苗现场调查接种率达到95%以上 / 免疫规划疫苗全程接种率达到95%以上
    ("000_ad81f4484db6b20c.txt", 95.0, 95.0, "met"),
    # 001 #04: 新生儿筛查3666人,筛查率100% / 制定了2013年筛查率达到95%以上的工作目标
    ("001_dfa47eb1ab84a0b0.txt", 100.0, 95.0, "met"),
}


def test_shipped_same_report_pairs_match_the_hand_list():
    obs, docs, ind = _shipped("observations"), _shipped("documents"), _shipped("indicators")
    texts = hd.load_raw_texts(_shipped("manifest"), data_dir=PROCESSED)
    if not texts:
        pytest.fail("data/raw is missing: the pairs need the raw sentences")
    own = targets.target_vs_actual(obs, docs, ind, texts)
    same = own[own["scope"] == "same_report"]
    got = {(r.actual_cite.split(":")[0], r.actual, r.target, r.verdict)
           for r in same.itertuples()}
    assert got == HAND_PAIRS
    # each with both quotes: the sentences hold the quoted figures
    for r in same.itertuples():
        assert r.actual_quote in r.actual_sentence and r.target_quote in r.target_sentence
        assert r.actual_cite and r.target_cite


def test_shipped_themes_and_quality_run():
    docs = _shipped("documents")
    probs, pt, th_ = _shipped("problems"), hd.load_table("problem_themes", PROCESSED), \
        hd.load_table("themes", PROCESSED)
    freq = themes.theme_frequency(probs, pt, docs, th_)
    assert (freq["n_bureaus"] <= freq["n_bureaus_at_level"]).all()
    assert len(themes.theme_level_test(probs, pt, docs)) >= 1
    q = quality.quality_summary(_shipped("observations"), docs,
                                hd.load_table("checks", PROCESSED),
                                hd.load_table("manifest", PROCESSED))
    assert (q["count"] <= q["out_of"]).all()


def test_source_page_escapes_the_raw_text():
    from healthdata.report import render_source_page

    page = render_source_page(f"{EVIL}.txt", f"前文{EVIL}后文")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert html.escape(EVIL) in page and "前文" in page
    assert "http" not in page.split("<script>", 1)[1]  # the highlighter fetches nothing


def test_docstring_examples_hold():
    import doctest

    for module in (coverage, targets):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


def test_index_headline_counts_each_kind_on_its_own():
    from healthdata.report import _summaries

    _shipped("observations")
    line = _summaries(str(PROCESSED))["03_target_gaps"]
    t = hd.load_tables(PROCESSED)
    gaps = targets.target_gaps(t["observations"], t["documents"], t["indicators"],
                               hd.load_raw_texts(t["manifest"], data_dir=PROCESSED))
    summary = targets.gap_summary(gaps).set_index("kind")
    for kind, desc in targets.KINDS.items():
        assert f"{desc}: {summary.loc[kind, 'n']} " in line
    # national comparisons: one per achieved value, not one per reference
    ref = gaps[gaps["kind"] == "national_reference"]
    assert summary.loc["national_reference", "n"] == ref["obs_id"].nunique()
    assert "gaps:" not in line  # no grand total across kinds
