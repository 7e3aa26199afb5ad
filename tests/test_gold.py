"""Scores of the shipped data package against the hand-made gold (../shared/eval).

Where this clone has no ../shared folder these tests skip with a loud message: the gold is a
development set that lives beside the repository, not in it.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import PROCESSED, RAW


@pytest.fixture(scope="module")
def scores(gold_dir):
    out = subprocess.run([sys.executable, str(gold_dir / "score.py"), "score", "--processed", str(PROCESSED),
                          "--raw", str(RAW), "--gold", str(gold_dir / "gold"), "--json"],
                         capture_output=True, text=True, check=True, timeout=300)
    return json.loads(out.stdout)


def test_documents_match_the_gold(scores):
    d = scores["documents"]
    assert d["f1"] == 1.0
    assert d["doc_type_accuracy"] >= 0.9 and d["period_accuracy"] >= 0.9 and d["admin_level_accuracy"] >= 0.9


def test_rates_match_the_gold(scores):
    r = scores["rates"]
    assert r["f1"] >= 0.97
    assert min(r["indicator_accuracy"], r["statement_accuracy"], r["comparator_accuracy"]) >= 0.95


def test_quantities_match_the_gold(scores):
    q = scores["quantities"]
    assert q["f1"] >= 0.92
    assert min(q["statement_accuracy"], q["comparator_accuracy"]) >= 0.90


def test_problems_match_the_gold(scores):
    p = scores["problems"]
    assert p["recall"] >= 0.90 and p["precision"] >= 0.85 and p["theme_f1"] >= 0.80
