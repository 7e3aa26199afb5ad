"""Round 24, build throughput: the fixed cost of a build.

- the disk cache of compiled patterns keeps one file per version of the package's code (older
  versions' files leave), with each pattern's code stored as array bytes;
- jieba reads its dictionary cache with one read (the same objects as ``marshal.load``);
- the near-duplicate step takes the LSH Ensemble's constants from the disk cache and datasketch's
  partitioning module without the package's ``__init__``: no scipy.integrate import.

Texts, files and size distributions are written for these tests; expected values are worked out by hand.
"""
from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from healthdata import build, compilecache
from healthdata.normalize import duplicates
from test_speed_round23 import _fresh  # this process as a new one would start, the cache file in a folder

ROOT = Path(__file__).resolve().parents[1]


# --- the pattern cache: one file per code version ---------------------------------------------------


def _package(folder: Path) -> Path:
    (folder / "vocab").mkdir(parents=True)
    (folder / "a.py").write_text("X = 1\n", encoding="utf-8")
    (folder / "vocab" / "words.yaml").write_text("words: [卫生院, 卫生室]\n", encoding="utf-8")
    return folder


def test_the_code_version_changes_when_a_file_of_the_package_does(tmp_path):
    pkg = _package(tmp_path / "pkg")
    first = compilecache.code_version.__wrapped__(pkg)
    assert compilecache.code_version.__wrapped__(pkg) == first  # nothing changed: the same version
    (pkg / "vocab" / "words.yaml").write_text("words: [卫生院, 卫生室, 诊所]\n", encoding="utf-8")  # a vocabulary grows
    second = compilecache.code_version.__wrapped__(pkg)
    assert second != first
    st = os.stat(pkg / "a.py")
    os.utime(pkg / "a.py", ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # same size, edited later
    assert compilecache.code_version.__wrapped__(pkg) not in (first, second)
    (pkg / "__pycache__").mkdir()
    before = compilecache.code_version.__wrapped__(pkg)
    (pkg / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\x00" * 16)  # compiled modules are no code change
    assert compilecache.code_version.__wrapped__(pkg) == before


def test_the_cache_file_is_named_after_the_interpreter_and_the_code_version(tmp_path, monkeypatch):
    path = _fresh(monkeypatch, tmp_path)
    assert path.parent == tmp_path
    assert path.name.startswith(f"re-{sys.hexversion:x}-")
    assert path.name.endswith(f"-v{compilecache.code_version()}.marshal")


def test_a_pattern_code_is_kept_as_bytes_and_gives_the_same_pattern(tmp_path, monkeypatch):
    source = r"(?<![不未])(?:达到|提高到)(\d+(?:\.\d+)?)%"
    plain = compilecache._plain_compile(source, 0)
    _fresh(monkeypatch, tmp_path)
    compilecache.cached_compile(source, 0)
    compilecache.save()
    _, entries = compilecache._read(compilecache.cache_path())
    stored = entries[("str", source, 0)][1][1]
    assert isinstance(stored, bytes) and len(stored) % compilecache._sre.CODESIZE == 0
    _fresh(monkeypatch, tmp_path)
    warm = compilecache.cached_compile(source, 0)
    assert compilecache._new == 0  # taken from the file
    text = "覆盖率达到95.5%，未达到80%，筛查率提高到60%"
    assert [m.group(1) for m in warm.finditer(text)] == [m.group(1) for m in plain.finditer(text)] == ["95.5", "60"]


def test_a_stored_code_of_a_broken_length_is_compiled_afresh(tmp_path, monkeypatch):
    cache = _fresh(monkeypatch, tmp_path)
    cache.write_bytes(marshal.dumps({"saves": 1, "entries": {("str", "abc", 0): (1, (32, b"\x01\x02\x03", 0, {}, ()))}}))
    assert compilecache.cached_compile("abc", 0).search("xxabcx").span() == (2, 5)


def test_files_of_other_versions_leave_but_the_most_recent_ones(tmp_path, monkeypatch):
    path = _fresh(monkeypatch, tmp_path)
    prefix = compilecache._prefix()
    old = []
    for k in range(compilecache.KEEP_VERSIONS + 4):  # twelve other versions, written one after the other
        f = tmp_path / f"{prefix}old{k:02d}.marshal"
        f.write_bytes(marshal.dumps({"saves": 1, "entries": {}}))
        os.utime(f, ns=(1_000_000_000 * (k + 1), 1_000_000_000 * (k + 1)))
        old.append(f)
    other_interpreter = tmp_path / "re-30a0000-20171005-4-v0123.marshal"
    other_interpreter.write_bytes(b"")
    not_a_cache = tmp_path / "notes.txt"
    not_a_cache.write_text("kept", encoding="utf-8")
    compilecache.cached_compile("卫生院(\\d+)个", 0)
    compilecache.save()
    assert path.exists()
    left = sorted(f.name for f in old if f.exists())
    assert left == [f"{prefix}old{k:02d}.marshal" for k in range(4, compilecache.KEEP_VERSIONS + 4)]  # the 8 newest
    assert other_interpreter.exists() and not_a_cache.exists()


# --- jieba's dictionary cache read at once ---------------------------------------------------------


def test_the_whole_file_marshal_gives_what_marshal_load_gives(tmp_path):
    data = ({"卫生": 3, "卫生院": 2, "卫": 0, "院": 5}, 10)
    f = tmp_path / "freq.cache"
    f.write_bytes(marshal.dumps(data))
    with open(f, "rb") as a, open(f, "rb") as b:
        assert build._WholeFileMarshal.load(a) == marshal.load(b) == data
    assert build._WholeFileMarshal().dumps is marshal.dumps  # the rest of marshal is marshal's


def test_jieba_cuts_the_same_words_reading_its_cache_at_once(tmp_path):
    """Two processes cut the same sentences, one as jieba comes, one with the build's imports."""
    code = ("import sys; sys.path.insert(0, '.'); {setup}; import jieba; jieba.setLogLevel(60); "
            "print('/'.join(jieba.lcut('乡镇卫生院医务人员数量不足，村卫生室服务能力仍然薄弱', HMM=True)), "
            "type(jieba.marshal).__name__)")
    env = dict(os.environ, TMPDIR=str(tmp_path))  # jieba's own cache written here by the first run
    plain = subprocess.run([sys.executable, "-c", code.format(setup="pass")], cwd=ROOT, env=env,
                           capture_output=True, text=True, check=True).stdout.split()
    fast = subprocess.run([sys.executable, "-c", code.format(
        setup="from healthdata.build import import_without_unused_optionals as f; f()")],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert plain[1] == "module" and fast[1] == "_WholeFileMarshal"
    assert fast[0] == plain[0]
    assert "卫生院" in plain[0].split("/")


# --- near duplicates without scipy -----------------------------------------------------------------


def test_the_ensemble_parameters_are_datasketchs():
    from datasketch import MinHashLSHEnsemble

    e = MinHashLSHEnsemble(threshold=duplicates.CONTAINMENT, num_perm=duplicates.NUM_PERM, num_part=duplicates.NUM_PART)
    xqs, params = duplicates.ensemble_parameters()
    assert xqs.dtype == e.xqs.dtype and np.array_equal(xqs, e.xqs)
    assert params.dtype == e.params.dtype and np.array_equal(params, e.params)
    assert len(xqs) == 10 and xqs[0] == pytest.approx(np.exp(-5)) and xqs[-1] == pytest.approx(np.exp(5))


def test_the_partitions_are_datasketchs():
    from datasketch.lshensemble_partition import optimal_partitions

    sizes = np.array([5, 5, 7, 12, 40, 41, 300, 310, 2000])  # a made-up distribution of set sizes
    distinct, counts = np.unique(sizes, return_counts=True)
    ours = duplicates.optimal_partitions(distinct, counts, 3)
    assert [tuple(p) for p in ours] == [tuple(p) for p in optimal_partitions(distinct, counts, 3)]
    assert ours[0][0] == 5 and ours[-1][1] == 2000  # the partitions cover the sizes from the least to the largest


PLAN = ("2024年全县将继续推进基层医疗卫生服务能力建设，加强乡镇卫生院和村卫生室标准化建设，"
        "完善家庭医生签约服务，提高慢性病患者规范管理率，做好孕产妇和儿童健康管理，"
        "推进医疗联合体建设，提升县级医院综合服务能力，强化传染病防控和突发公共卫生事件应急处置。")
SUMMARY = ("2023年全县卫生健康工作稳步推进，全年完成各项目标任务，群众就医负担进一步减轻，"
           "公共卫生服务均等化水平明显提升，卫生健康信息化建设取得新进展。") + PLAN
OTHER = "本站发布的信息仅供参考，联系电话和地址见页面底部，欢迎社会各界监督本单位的政务公开工作情况。"


def test_a_plan_repeated_inside_a_summary_is_found_in_a_process_without_scipy(tmp_path):
    """The plan (all of its shingles inside the larger summary-and-plan) repeats it; the notice repeats
    nothing.  The second process takes the ensemble's constants from the file the first wrote and never
    imports scipy.integrate."""
    code = ("import sys; sys.path.insert(0, '.'); from healthdata import compilecache as c; c.install(); "
            "from healthdata.normalize.duplicates import signature, duplicate_of; "
            f"texts = {{'plan': {PLAN!r}, 'summary': {SUMMARY!r}, 'other': {OTHER!r}}}; "
            "print(sorted(duplicate_of([(k, *signature(t)) for k, t in texts.items()]).items()), "
            "'scipy.integrate' in sys.modules, 'datasketch' in sys.modules)")
    env = dict(os.environ, HEALTHDATA_REGEX_CACHE=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    expected = "[('plan', 'summary')]"
    assert first.stdout.startswith(expected) and second.stdout.startswith(expected)
    assert second.stdout.split()[-2:] == ["False", "False"]  # neither scipy.integrate nor the datasketch package
