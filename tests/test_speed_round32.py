"""Round 32's build-speed pass: each fast form checked equal to the form it replaces."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from healthdata.normalize import duplicates


def _distributions():
    rng = np.random.default_rng(32)
    for trial in range(120):
        n = int(rng.integers(1, 90))
        sizes = rng.integers(1, [12, 300, 6000, 200_000][trial % 4], n)
        if trial % 3 == 0:  # many sets of one size: tied costs
            sizes = np.repeat(sizes[:max(1, n // 4)], 4)
        yield np.unique(sizes, return_counts=True)


@pytest.mark.parametrize("num_part", [1, 2, 3, 8])
def test_optimal_partitions_are_datasketchs_bit_for_bit(num_part):
    from datasketch.lshensemble_partition import optimal_partitions

    for distinct, counts in _distributions():
        ours = duplicates.optimal_partitions(distinct, counts, num_part)
        theirs = optimal_partitions(distinct, counts, num_part)
        assert [tuple(map(int, p)) for p in ours] == [tuple(map(int, p)) for p in theirs]


def test_false_positive_counts_are_datasketchs_bit_for_bit():
    from datasketch.lshensemble_partition import _compute_nfps_real

    for distinct, counts in _distributions():
        assert duplicates._nfps_real(counts, distinct).tobytes() == _compute_nfps_real(counts, distinct).tobytes()


def test_partitions_cover_the_sizes_in_order():
    distinct, counts = np.unique([3, 3, 4, 9, 9, 9, 50, 51, 52, 400, 1000, 1000], return_counts=True)
    parts = duplicates.optimal_partitions(distinct, counts, 3)
    assert len(parts) == 3 and parts[0][0] == 3 and parts[-1][1] == 1000
    assert all(parts[i][1] < parts[i + 1][0] for i in range(len(parts) - 1))


# --- validation of written parts without pandera's machinery ---------------------------------------


def _seed_frames():
    from pathlib import Path

    from healthdata.package.registry import TABLES, frame

    folder = Path(__file__).resolve().parents[1] / "data" / "processed"
    return {name: frame(name, pd.read_parquet(folder / f"{name}.parquet").head(60).to_dict("records"))
            for name in TABLES}


def _pandera_passes(name, df) -> bool:
    import pandera.errors

    from healthdata.package.registry import model_of

    try:
        model_of(name).validate(df, lazy=True)
    except pandera.errors.SchemaErrors:
        return False
    return True


def _mutants(df: pd.DataFrame, rng):
    """Copies of ``df`` with one cell or one column broken in a way some rule may forbid."""
    for col in df.columns:
        kind = df[col].dtype.kind
        for change in ("null", "negative", "large", "foreign", "repeat", "empty", "type"):
            m = df.copy()
            i = int(rng.integers(0, len(m)))
            try:
                if change == "null":
                    m.loc[i, col] = None
                elif change == "negative":
                    m.loc[i, col] = -1 if kind in "if" else "-1"
                elif change == "large":
                    m.loc[i, col] = 10 ** 6 if kind in "if" else "NOT A KNOWN VALUE"
                elif change == "foreign":
                    m.loc[i, col] = 0.5 if kind in "if" else "Upper Case"
                elif change == "repeat":
                    m.loc[i, col] = m[col].iloc[(i + 1) % len(m)]
                elif change == "empty":
                    m.loc[i, col] = 0 if kind in "if" else ""
                else:
                    m[col] = m[col].astype(object)
                    m.loc[i, col] = 7 if kind not in "if" else "seven"
            except (TypeError, ValueError):
                continue
            yield m
    yield df[list(df.columns)[::-1]]  # columns out of order
    yield df.drop(columns=df.columns[-1])  # a column missing
    yield df.assign(extra=1)  # a column too many


def test_a_plain_pass_is_a_pandera_pass():
    from healthdata.package.checks import passes_plainly

    rng = np.random.default_rng(32)
    plain = 0
    for name, df in _seed_frames().items():
        if df.empty:
            continue
        assert passes_plainly(name, df) and _pandera_passes(name, df)  # what a build writes passes both ways
        for mutant in _mutants(df, rng):
            if passes_plainly(name, mutant):
                plain += 1
                assert _pandera_passes(name, mutant), (name, list(mutant.columns))
    assert plain > 50  # harmless changes (a repeated free-text value, another valid number) still pass plainly


def test_failure_cases_are_panderas_when_a_part_fails():
    from healthdata.package.checks import failure_cases

    df = _seed_frames()["observations"]
    broken = df.copy()
    broken.loc[0, "source_start"] = -5
    cases = failure_cases("observations", broken)
    assert cases is not None and "greater_than_or_equal_to(0)" in set(cases["check"].astype(str))
    assert failure_cases("observations", df) is None


# --- parsed vocabularies kept in the pattern cache ---------------------------------------------------


def _fresh_vocab_process(tmp_path, script: str) -> str:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(root), HEALTHDATA_REGEX_CACHE=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=root)
    assert run.returncode == 0, run.stderr
    return run.stdout


_COMPARE = """
import pickle, yaml
from pathlib import Path
from healthdata import compilecache
compilecache.install()
from healthdata.vocab import load_yaml
for path in sorted(Path("healthdata/vocab").glob("*.yaml")):
    parsed = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    got = load_yaml(path.name)
    assert got == parsed and pickle.dumps(got) == pickle.dumps(parsed), path.name
    assert load_yaml(path.name) is got  # one object per process
print(len(compilecache._entries or {}))
"""


def test_vocabularies_from_the_cache_equal_the_parsed_files(tmp_path):
    first = _fresh_vocab_process(tmp_path, _COMPARE)  # parses and keeps them
    second = _fresh_vocab_process(tmp_path, _COMPARE)  # reads them from the cache file
    assert int(first) > 0 and int(second) >= int(first)


def test_a_changed_vocabulary_is_parsed_afresh(tmp_path, monkeypatch):
    from healthdata import compilecache, vocab

    monkeypatch.setattr(compilecache, "_installed", True)
    monkeypatch.setattr(compilecache, "_entries", {})
    monkeypatch.setattr(compilecache, "_used", set())
    texts = {"a.yaml": b"words: [one, two]\n"}

    class Files:
        def joinpath(self, name):
            return self

        def read_bytes(self):
            return texts["a.yaml"]

    monkeypatch.setattr(vocab.resources, "files", lambda _package: Files())
    vocab.load_yaml.cache_clear()
    try:
        assert vocab.load_yaml("a.yaml") == {"words": ["one", "two"]}
        texts["a.yaml"] = b"words: [one, two, three]\n"
        vocab.load_yaml.cache_clear()
        assert vocab.load_yaml("a.yaml") == {"words": ["one", "two", "three"]}
        texts["a.yaml"] = b"when: 2024-01-02\n"  # a date: marshal cannot keep it, the parse is returned
        vocab.load_yaml.cache_clear()
        assert str(vocab.load_yaml("a.yaml")["when"]) == "2024-01-02"
    finally:
        vocab.load_yaml.cache_clear()
