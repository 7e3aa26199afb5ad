"""Round 27: a rule the bureau lowers is kept, signed.

A reimbursement ratio cut by points (县外住院报销比例降低10个百分点) is a policy value of -10 points; the row rule that
lets only changes, aims and values written with a minus be negative set it aside, so the value was missing from the
table (named only in the manifest's message).  The sentences are written for this test.
"""
from __future__ import annotations

import subprocess
import sys

import pandas as pd

from healthdata.validate.observations import ObservationSchema

PAGE = ("某县卫生局2031年工作总结\n\n"
        "　　一、新农合\n"
        "　　今年我县调整新农合补偿方案，乡镇卫生院住院报销比例为85%，县外住院报销比例降低10个百分点。参合率达到98.5%。\n")


def test_row_rule_lets_a_lowered_rule_be_negative_but_not_a_level_reached():
    df = pd.DataFrame({"quote": ["10个百分点", "10%", "-1.2‰"], "value": [-10.0, -10.0, -1.2],
                       "statement": ["policy", "actual", "actual"]})
    assert ObservationSchema.only_changes_targets_and_signed_values_are_negative(df).tolist() == [True, False, True]


def test_a_lowered_reimbursement_ratio_is_in_the_table_and_nothing_is_set_aside(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_text(PAGE, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "healthdata.cli", "build", "--raw-dir", str(raw), "--out-dir", str(out), "-q"],
                   check=True, capture_output=True, timeout=600)
    obs = pd.read_parquet(out / "observations.parquet")
    cut = obs[obs["quote"].str.startswith("10")]
    assert len(cut) == 1
    assert cut.iloc[0]["value"] == -10.0 and cut.iloc[0]["statement"] == "policy"
    assert sorted(obs["value"].tolist()) == [-10.0, 85.0, 98.5]
    manifest = pd.read_parquet(out / "manifest.parquet")
    message = manifest.iloc[0]["message"]
    assert pd.isna(message) or "set aside" not in message
