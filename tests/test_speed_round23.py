"""Round 23, build throughput: the disk cache of compiled patterns gives the very patterns ``re``
compiles, and the gates of :mod:`healthdata.fastsearch` stop at a line break too.

Sentences and patterns are written for these tests; expected matches are counted by hand.
"""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from healthdata import compilecache, fastsearch, pageview

ROOT = Path(__file__).resolve().parents[1]

# Patterns of the shapes the vocabularies make (alternations, classes, lookarounds, named groups,
# flags), and texts written for the test.
PATTERNS = [
    (r"(?:一是|二是|三是)(?P<what>[^。；]{1,20})", 0),
    (r"(?<![不未])(?:达到|提高到|控制在)(\d+(?:\.\d+)?)%", 0),
    (r"^第[一二三四五六七八九十]+[章节]\s*(.*)$", re.MULTILINE),
    (r"hospital|clinic(?=s?\b)", re.IGNORECASE),
    (r"(?s)存在的问题.{0,30}?不足", 0),
    (rb"\xe5\x8d\xab(\w+)", 0),
]
TEXTS = [
    "一是基层人才缺乏；二是经费投入不足。三是设备老化",
    "孕产妇死亡率控制在12.5%，不达到90%的不计，未提高到80%。婴儿死亡率提高到4%",
    "前言\n第一章 总则\n正文\n第十二节  附则\n",
    "Three Hospitals and two CLINICS; a clinic.",
    "二、存在的问题\n一是人员\n二是经费不足",
]


def _fresh(monkeypatch, folder: Path) -> Path:
    """This process as a new one would start: the cache file in ``folder``, nothing loaded, re's
    own in-memory cache empty; the cache file's path."""
    monkeypatch.setenv("HEALTHDATA_REGEX_CACHE", str(folder))
    monkeypatch.setattr(compilecache, "_entries", None)
    monkeypatch.setattr(compilecache, "_used", set())
    monkeypatch.setattr(compilecache, "_new", 0)
    re.purge()
    return compilecache.cache_path()


def _behaviour(rx: re.Pattern) -> tuple:
    texts = [t.encode("utf-8") for t in TEXTS] if isinstance(rx.pattern, bytes) else TEXTS
    found = [[(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(t)] for t in texts]
    return rx.pattern, rx.flags, rx.groups, dict(rx.groupindex), found


def test_patterns_from_the_cache_are_the_patterns_re_compiles(tmp_path, monkeypatch):
    plain = [_behaviour(compilecache._plain_compile(p, f)) for p, f in PATTERNS]
    cache = _fresh(monkeypatch, tmp_path)
    cold = [_behaviour(compilecache.cached_compile(p, f)) for p, f in PATTERNS]
    compilecache.save()
    assert cache.exists()
    _fresh(monkeypatch, tmp_path)
    warm = [_behaviour(compilecache.cached_compile(p, f)) for p, f in PATTERNS]
    assert len(compilecache._entries) == len(PATTERNS)  # every one came from the file
    assert cold == plain and warm == plain
    # hand-counted: three enumerated items, two targets not negated, two chapter lines
    assert len(plain[0][4][0]) == 3
    assert [m[1] for m in plain[1][4][1]] == [("12.5",), ("4",)]
    assert [m[1] for m in plain[2][4][2]] == [("总则",), ("附则",)]


def test_a_cached_entry_is_used_only_for_its_own_source_and_flags(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    compilecache.cached_compile("abc", 0)
    compilecache.save()
    _fresh(monkeypatch, tmp_path)
    rx = compilecache.cached_compile("abc", re.IGNORECASE)
    assert rx.match("ABC") and rx.flags & re.IGNORECASE
    assert compilecache.cached_compile("abc", 0).match("ABC") is None


@pytest.mark.parametrize("content", [b"", b"not marshal data \x00\xff", marshal.dumps([1, 2, 3]),
                                     marshal.dumps({"saves": 1, "entries": {("str", "abc", 0): (1, (32, [1, 2], 0, {}, ()))}}),
                                     marshal.dumps({"saves": 1, "entries": {("str", "abc", 0): 7}})])
def test_a_damaged_cache_file_is_an_empty_cache(tmp_path, monkeypatch, content):
    cache = _fresh(monkeypatch, tmp_path)
    cache.write_bytes(content)
    for p, f in PATTERNS:
        assert _behaviour(compilecache.cached_compile(p, f)) == _behaviour(compilecache._plain_compile(p, f))
    assert compilecache.cached_compile("abc", 0).search("xxabcx").span() == (2, 5)


def test_patterns_no_process_uses_any_more_leave_the_file(tmp_path, monkeypatch):
    """Each process makes a pattern of its own (as one made from a set does): the file keeps the
    recent ones only, and the one every process uses."""
    for k in range(compilecache.KEEP_SAVES + 5):
        _fresh(monkeypatch, tmp_path)
        compilecache.cached_compile("common", 0)
        compilecache.cached_compile(f"own{k}", 0)
        compilecache.save()
    saves, entries = compilecache._read(compilecache.cache_path())
    assert saves == compilecache.KEEP_SAVES + 5
    assert ("str", "common", 0) in entries and ("str", "own0", 0) not in entries
    assert len(entries) == compilecache.KEEP_SAVES + 1  # the common one, and the own ones of the last KEEP_SAVES saves


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("HEALTHDATA_REGEX_CACHE", "off")
    assert compilecache.cache_path() is None


def test_a_new_process_builds_its_patterns_from_the_file(tmp_path):
    """Two interpreters in turn: the second finds every pattern in the file the first wrote."""
    code = ("import re, sys; from healthdata import compilecache as c; c.install(); "
            "rx = re.compile('(?:卫生院|卫生室|社区卫生服务中心){1,2}(\\\\d+)个'); "
            "print(rx.search('全县共有卫生院12个').group(1), len(c._entries or {}), c._new)")
    env = {"HEALTHDATA_REGEX_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split()[0] == second.stdout.split()[0] == "12"
    assert first.stdout.split()[2] != "0" and second.stdout.split()[2] == "0"  # nothing new the second time


# --- gates at a line break --------------------------------------------------------------------

NEWLINE_PATTERNS = [r"\n[一二三]、", r"(?:\n|。)(?:一是|二是)", r"[\n；]其次"]
NEWLINE_TEXT = "前言\n一、总体\n二是加强。一是落实；其次\n三、其他"


@pytest.mark.parametrize("source", NEWLINE_PATTERNS)
def test_a_gated_pattern_that_starts_with_a_line_break_finds_what_re_finds(source):
    cue = fastsearch.CuePattern(source)
    assert cue.gate is not None
    plain = [m.span() for m in re.finditer(source, NEWLINE_TEXT)]
    assert [m.span() for m in cue.finditer(NEWLINE_TEXT)] == plain
    assert cue.search(NEWLINE_TEXT).span() == plain[0]
    starts = fastsearch.match_starts(source)
    assert [m.span(1) for m in starts.finditer(NEWLINE_TEXT)] == plain


def test_hand_counted_matches_at_line_breaks():
    assert [m.group() for m in fastsearch.CuePattern(r"\n[一二三]、").finditer(NEWLINE_TEXT)] == ["\n一、", "\n三、"]
    assert [m.group() for m in fastsearch.CuePattern(r"(?:\n|。)(?:一是|二是)").finditer(NEWLINE_TEXT)] == ["\n二是", "。一是"]


def test_the_page_view_gates_are_the_shared_gates():
    first = frozenset("\n第")
    assert pageview._gate_source(first, "第|\n") == fastsearch.gate_source(first, "(?:第|\n)")
    search = pageview.gated_search(r"\n第[一二]章")
    assert search("序\n第二章 正文").start() == 1


# --- optional imports the build never uses ------------------------------------------------------

def test_a_library_is_imported_as_if_its_unused_optional_module_were_not_installed(tmp_path, monkeypatch):
    from healthdata.build import import_without_unused_optionals

    (tmp_path / "optional_r23.py").write_text("LOADED = True\n")
    (tmp_path / "library_r23.py").write_text(
        "try:\n    import optional_r23\n    HAS_OPTIONAL = True\nexcept ImportError:\n    HAS_OPTIONAL = False\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("optional_r23", "library_r23"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    import_without_unused_optionals(((("library_r23",), "optional_r23"),))
    assert sys.modules["library_r23"].HAS_OPTIONAL is False
    assert "optional_r23" not in sys.modules  # hidden for that import only
    import optional_r23  # noqa: F401  (still importable afterwards)

    monkeypatch.delitem(sys.modules, "library_r23")
    import_without_unused_optionals(((("library_r23",), "optional_r23"),))  # loaded already: left alone
    assert "library_r23" not in sys.modules
    import library_r23

    assert library_r23.HAS_OPTIONAL is True


def test_jieba_cuts_the_same_words_without_pkg_resources(tmp_path):
    """jieba opens its dictionary as a plain file when pkg_resources is hidden: the same words."""
    sentence = "基层卫生人才缺乏，乡镇卫生院医疗设备老化，家庭医生签约服务质量有待提高"
    code = ("import sys; from healthdata.build import import_without_unused_optionals as f; {hide}"
            "import jieba; jieba.setLogLevel(60); print('/'.join(jieba.lcut(sys.argv[1])), 'pkg_resources' in sys.modules)")
    out = [subprocess.run([sys.executable, "-c", code.format(hide=hide), sentence], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.split() for hide in ("f(); ", "import pkg_resources; ")]
    assert out[0][0] == out[1][0] and out[0][0].count("/") >= 8
    assert out[0][1] == "False" and out[1][1] == "True"


PAGE = """青山县卫生健康局2022年工作总结
一、工作成效
全县孕产妇系统管理率达到93.5%，比上年提高1.2个百分点；适龄儿童免疫规划疫苗接种率保持在95%以上。
全年完成门诊诊疗18.4万人次，家庭医生签约服务覆盖3.2万人。
二、存在的问题
一是基层医疗卫生人才短缺，乡村医生年龄老化；二是部分村卫生室设备陈旧，服务能力不强。
三、2023年工作打算
力争高血压患者规范管理率提高到65%，电子健康档案建档率达到90%。
"""


def test_a_build_is_byte_identical_without_the_cache_with_an_empty_one_and_with_a_filled_one(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "qingshan_2022.txt").write_text(PAGE, encoding="utf-8")
    outputs = []
    for k, cache in enumerate(("off", str(tmp_path / "cache"), str(tmp_path / "cache"))):
        out = tmp_path / f"out{k}"
        env = {"HEALTHDATA_REGEX_CACHE": cache, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        subprocess.run([sys.executable, "-m", "healthdata.cli", "build", "--raw-dir", str(raw), "--out-dir", str(out), "-q"],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()})
    assert (tmp_path / "cache").is_dir() and any((tmp_path / "cache").iterdir())
    assert "observations.parquet" in outputs[0]
    assert outputs[0] == outputs[1] == outputs[2]


def test_longest_first_orders_ties_the_same_in_every_process():
    # words of equal length from a set: their order must not follow the process's hash seed, or the pattern built from
    # them is a new text in each process and never found in the compiled-pattern cache
    code = ("from healthdata.extract.cues import longest_first; "
            "print('|'.join(longest_first({'甲乙', '丙丁', '戊己', '庚辛壬', '癸'})))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2", "3", "4")}
    assert outs == {"庚辛壬|丙丁|戊己|甲乙|癸"}
