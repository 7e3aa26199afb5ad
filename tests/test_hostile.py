"""Hostile input: every bad file ends as a manifest row with a clear status, in bounded time and
memory, and the rest of the build completes; parsing never raises on any string (hypothesis)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile

import pandas as pd
import pytest
from conftest import SEED_001, SEED_004, raw_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthdata.build import process_file
from healthdata.ingest import MAX_CHARS, list_raw_files

SEED = raw_text(SEED_004)
ENDS_IN_CJK = SEED.rstrip() + "。"  # so that cutting the last byte cuts inside a character
MB = 1024 * 1024

# ------------------------------------------------------------------ the hostile raw folder


def write_hostile_folder(raw):
    raw.mkdir()
    seed_bytes = SEED.encode("utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "whitespace.txt").write_text("  \n\t\r\n\u3000 \n", encoding="utf-8")
    (raw / "random.txt").write_bytes(os.urandom(20_000))
    (raw / "random.bin").write_bytes(os.urandom(20_000))
    (raw / "truncated_end_utf8.txt").write_bytes(ENDS_IN_CJK.encode("utf-8")[:-1])  # cut inside the last character
    (raw / "truncated_end_gb18030.txt").write_bytes(ENDS_IN_CJK.encode("gb18030")[:-1])
    (raw / "truncated_end_utf16.txt").write_bytes(ENDS_IN_CJK.encode("utf-16")[:-1])
    cut = seed_bytes.index("卫".encode("utf-8")) + 1  # a character cut in the middle of the file
    (raw / "cut_inside.txt").write_bytes(seed_bytes[:cut] + seed_bytes[cut + 2:])
    half = len(SEED) // 2
    (raw / "mixed_encodings.txt").write_bytes(SEED[:half].encode("utf-8") + SEED[half:].encode("gb18030"))
    line = SEED.replace("\n", " ").encode("utf-8")
    with open(raw / "one_line_50mb.txt", "wb") as fh:
        for _ in range(50 * MB // len(line) + 1):
            fh.write(line)
    (raw / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + SEED + "</div>" * 100_000 + "</body></html>",
                                     encoding="utf-8")
    (raw / "nested_unclosed.htm").write_text("<html><body>" + "<div><span><p>" * 100_000 + "县卫生局工作总结",
                                             encoding="utf-8")
    with zipfile.ZipFile(raw / "zip_bomb.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (300 * MB))  # 300 MB of zeros in ~300 KB
    (raw / "not_a_zip.docx").write_bytes(b"PK but not a zip at all " * 200)
    (raw / "broken_zip.docx").write_bytes(b"PK\x03\x04" + os.urandom(5000))
    (raw / "not_a_pdf.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(5000))
    (raw / "卫生局 工作 总结 2011.txt").write_text(SEED, encoding="utf-8")
    (raw / SEED_001.name).write_text(raw_text(SEED_001), encoding="utf-8")
    os.symlink("loop_b", raw / "loop_a")
    os.symlink("loop_a", raw / "loop_b")
    os.symlink("self_loop", raw / "self_loop")
    (raw / "sub").mkdir()
    os.symlink("..", raw / "sub" / "up")  # a folder loop: not followed, so not listed
    (raw / "sub" / "in_sub.txt").write_text(SEED, encoding="utf-8")


EXPECTED = {  # path: (status, words in the message)
    "empty.txt": ("empty", "empty"),
    "whitespace.txt": ("empty", "whitespace"),
    "random.txt": ("undecodable", "binary or corrupt"),
    "random.bin": ("unsupported", "unsupported file type"),
    "truncated_end_utf8.txt": ("ok", "truncated UTF-8"),
    "truncated_end_gb18030.txt": ("ok", "truncated GB18030"),
    "truncated_end_utf16.txt": ("ok", "truncated utf-16"),
    "cut_inside.txt": ("ok", "replaced by U+FFFD"),
    "mixed_encodings.txt": ("ok", "mixed encodings"),
    "one_line_50mb.txt": ("unsupported", "character limit"),
    "nested.html": ("ok", ""),
    "nested_unclosed.htm": ("ok", "no report found"),
    "zip_bomb.docx": ("error", "zip bomb"),
    "not_a_zip.docx": ("error", "not a valid .docx"),
    "broken_zip.docx": ("error", "not a valid .docx"),
    "not_a_pdf.pdf": ("error", "not a readable PDF"),
    "卫生局 工作 总结 2011.txt": ("ok", ""),
    SEED_001.name: ("ok", ""),
    "loop_a": ("error", "looping symbolic link"),
    "loop_b": ("error", "looping symbolic link"),
    "self_loop": ("error", "looping symbolic link"),
    "sub/in_sub.txt": ("ok", ""),
}

BUILD_SCRIPT = """
import json, resource, sys, time
from healthdata.build import build
t = time.perf_counter()
s = build(sys.argv[1], sys.argv[2], jobs=int(sys.argv[3]), progress=False)
print(json.dumps({"seconds": time.perf_counter() - t, "n_files": s.n_files, "n_failed": s.n_failed,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """The hostile folder built in a fresh process (so its peak RSS is the build's own)."""
    root = tmp_path_factory.mktemp("hostile")
    raw = root / "raw"
    write_hostile_folder(raw)
    r = subprocess.run([sys.executable, "-c", BUILD_SCRIPT, str(raw), str(root / "out"), "1"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    return raw, root / "out", json.loads(r.stdout.strip().splitlines()[-1])


def test_every_hostile_file_is_a_manifest_row_with_a_clear_status(hostile_build):
    _raw, out, stats = hostile_build
    manifest = pd.read_parquet(out / "manifest.parquet").set_index("path")
    assert sorted(manifest.index) == sorted(EXPECTED)
    for path, (status, words) in EXPECTED.items():
        row = manifest.loc[path]
        assert row.status == status, (path, row.status, row.message)
        message = "" if pd.isna(row.message) else row.message
        assert words.lower() in message.lower(), (path, row.message)
        if status != "ok":
            assert row.message, path
    assert stats["n_files"] == len(EXPECTED)
    assert stats["n_failed"] == sum(1 for s, _ in EXPECTED.values() if s != "ok")


def test_the_rest_of_the_build_completes(hostile_build):
    _raw, out, _ = hostile_build
    docs = pd.read_parquet(out / "documents.parquet")
    per_file = docs.groupby("source_file").size().to_dict()
    assert per_file[SEED_001.name] == 4
    for name in ("卫生局 工作 总结 2011.txt", "truncated_end_utf8.txt", "truncated_end_gb18030.txt",
                 "truncated_end_utf16.txt", "mixed_encodings.txt", "nested.html", "sub/in_sub.txt"):
        assert per_file.get(name) == 1, (name, per_file)
    # a name with spaces and Chinese characters keeps them in its ids
    assert "卫生局 工作 总结 2011#01" in set(docs.doc_id)
    obs = pd.read_parquet(out / "observations.parquet")
    seed_obs = obs[obs.source_file == "卫生局 工作 总结 2011.txt"][["value", "unit", "indicator_id"]].reset_index(drop=True)
    for copy in ("mixed_encodings.txt", "truncated_end_gb18030.txt"):
        pd.testing.assert_frame_equal(obs[obs.source_file == copy][["value", "unit", "indicator_id"]].reset_index(drop=True),
                                      seed_obs)


def test_hostile_build_is_bounded_in_time_and_memory(hostile_build):
    _raw, _out, stats = hostile_build
    assert stats["seconds"] < 120, stats
    assert stats["peak_rss_mb"] < 2000, stats


@pytest.mark.parametrize("name", ["one_line_50mb.txt", "nested.html", "nested_unclosed.htm", "zip_bomb.docx",
                                  "random.txt", "mixed_encodings.txt", "self_loop"])
def test_each_hostile_file_alone_takes_bounded_time(hostile_build, name):
    raw, _out, _ = hostile_build
    t = time.perf_counter()
    res = process_file(raw / name, raw)
    assert time.perf_counter() - t < 30, name
    assert res.manifest["status"] == EXPECTED[name][0]


def test_a_folder_symlink_loop_is_not_followed(hostile_build):
    raw, _out, _ = hostile_build
    listed = [p.relative_to(raw).as_posix() for p in list_raw_files(raw)]
    assert "sub/in_sub.txt" in listed and not any(p.startswith("sub/up") for p in listed)
    t = time.perf_counter()
    res = process_file(raw / "sub" / "up", raw)  # handed the link itself, ingest refuses it
    assert res.manifest["status"] == "unsupported" and time.perf_counter() - t < 5


def test_a_crashing_worker_fails_only_its_file(tmp_path, monkeypatch):
    """A worker process that dies (here: os._exit on one file) is recorded, the pool restarted."""
    from healthdata import build as build_mod

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(6):
        (raw / f"r{i}.txt").write_text(SEED, encoding="utf-8")
    (raw / "r2.txt").write_text("CRASH " + SEED, encoding="utf-8")
    monkeypatch.setattr(build_mod, "process_file", _crashing_process_file)
    results = list(build_mod.pool_results(list_raw_files(raw), raw, jobs=2))
    status = {r.manifest["path"]: r.manifest["status"] for r in results}
    assert [r.manifest["path"] for r in results] == [f"r{i}.txt" for i in range(6)]
    assert status.pop("r2.txt") == "error"
    assert set(status.values()) == {"ok"}
    assert "worker process died" in next(r for r in results if r.manifest["path"] == "r2.txt").manifest["message"]


def _crashing_process_file(path, raw_dir):
    from healthdata.build import FileResult

    if path.read_text(encoding="utf-8").startswith("CRASH"):
        os._exit(1)
    return FileResult(manifest={"path": path.relative_to(raw_dir).as_posix(), "status": "ok"})


def test_the_text_limit_is_far_above_any_report():
    assert MAX_CHARS >= 50 * len(raw_text(SEED_001))


# ------------------------------------------------------------------ property tests

CHARS = ("0123456789.,%‰‱ 　\n\t-—~～至到余多约近达为占以上下内人次例元万亿千百十九八七六五四三二一两〇零"
         "×xX*＊○□■％．，。；：、（）()第篇年月日率覆盖接种住院分娩参合农村孕产妇卫生局县市区总结计划工作一、(一)1、")

texts = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=CHARS, max_size=400),
    st.lists(st.sampled_from([SEED[i:i + 40] for i in range(0, len(SEED) - 40, 17)] + list(CHARS)),
             max_size=40).map("".join),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(st.text(max_size=60), st.text(alphabet="0123456789.,  十百千万亿两〇零一二三四五六七八九*×○", max_size=30)))
def test_number_parser_never_raises(s):
    from healthdata.extract.numbers import is_masked, parse_number

    value = parse_number(s)
    assert value is None or isinstance(value, float)
    assert isinstance(is_masked(s), bool)


@SETTINGS
@given(texts)
def test_number_tokens_point_at_their_characters(text):
    from healthdata.extract.numbers import bare_numbers, parse_number, unit_tokens
    from healthdata.textnorm import matching_text

    match = matching_text(text)
    for tok in unit_tokens(match, 0, len(match)):
        assert 0 <= tok.start < tok.end <= len(text)
        assert tok.num_text in match[tok.start:tok.end]
        parse_number(tok.num_text)
    for s, e in bare_numbers(match, 0, len(match)):
        assert 0 <= s < e <= len(text)
        assert match[s:e].replace(".", "").isdigit()


def _check_rows(text, rows):
    for row in rows:
        assert 0 <= row["source_start"] < row["source_end"] <= len(text)
        assert text[row["source_start"]:row["source_end"]] == row["quote"], row


@SETTINGS
@given(texts)
def test_extraction_never_raises_and_spans_quote_the_text(text):
    from healthdata.extract.observations import extract_report
    from healthdata.extract.problems import extract_problems
    from healthdata.segment import reports_in
    from healthdata.textnorm import matching_text
    from healthdata.types import ReportText

    match = matching_text(text)
    whole = ReportText(doc_id="h#01", source_file="h.txt", text=text, match=match, start=0, end=len(text))
    reports = [whole] + reports_in(text, "h.txt", match)
    for rep in reports:
        assert 0 <= rep.start <= rep.end <= len(text)
        result = extract_report(rep)
        _check_rows(text, result.observations)
        for prob in extract_problems(rep):
            assert 0 <= prob["source_start"] <= prob["source_end"] <= len(text)


@SETTINGS
@given(st.binary(max_size=3000))
def test_decoding_never_raises_on_any_bytes(data):
    from healthdata.ingest import IngestError, decode_text

    try:
        text, encoding, note = decode_text(data)
    except IngestError as exc:
        assert exc.status == "undecodable"
    else:
        assert isinstance(text, str) and encoding
