"""Ingest: encodings, formats and statuses, on real seed text."""
from __future__ import annotations

import os

from conftest import SEED_001, raw_text

from healthdata.ingest import decode_text, html_to_text, list_raw_files, read_raw, read_text


def test_utf8_seed_decodes_to_the_text_offsets_use():
    rf = read_raw(SEED_001, SEED_001.parent)
    assert rf.status == "ok" and rf.encoding == "utf-8" and rf.format == "text"
    assert rf.text == raw_text(SEED_001)
    assert rf.text.startswith("搜索\n\n卫生局季度工作总结")
    assert len(rf.sha256) == 64 and rf.bytes == SEED_001.stat().st_size


def test_gb18030_utf16_and_bom_copies_decode_identically(tmp_path):
    text = raw_text(SEED_001)
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    got = {p.name: read_raw(p, tmp_path) for p in list_raw_files(tmp_path)}
    assert got["gb.txt"].encoding == "gb18030"
    assert got["u16.txt"].encoding == "utf-16"
    assert got["bom.txt"].encoding == "utf-8-sig"
    assert all(rf.text == text for rf in got.values())


def test_bad_files_get_a_status_not_an_exception(tmp_path):
    text = raw_text(SEED_001)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "random.txt").write_bytes(os.urandom(4096))
    (tmp_path / "truncated.txt").write_bytes(text.encode("utf-8")[:-1])
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    (tmp_path / "broken.docx").write_bytes(b"this is not a zip file")
    got = {p.name: read_raw(p, tmp_path) for p in list_raw_files(tmp_path)}
    assert got["empty.txt"].status == "empty"
    assert got["blank.txt"].status == "empty"
    assert got["random.txt"].status == "undecodable"
    assert got["image.png"].status == "unsupported"
    assert got["broken.docx"].status == "error" and "zip" in got["broken.docx"].message
    trunc = got["truncated.txt"]
    assert trunc.status == "ok" and "truncated" in trunc.message
    assert trunc.text == text[:-1]  # the cut character is dropped, nothing else changes


def test_html_is_reduced_to_visible_text(tmp_path):
    page = ("<html><head><title>x</title><script>var a=1;</script></head><body>"
            "<div>县卫生局妇幼卫生工作总结</div><p>全县产妇3021人,系统管理2700人。</p></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert html_to_text(page) == "县卫生局妇幼卫生工作总结\n全县产妇3021人,系统管理2700人。"
    # offsets point into the page as Python reads it (the annotation standard): its markup included
    assert read_text(tmp_path / "page.html") == page


def test_decode_text_keeps_newlines_universal():
    text, enc, note = decode_text("一、妇女保健\r\n二、儿童保健\r".encode("gb18030"))
    assert text == "一、妇女保健\n二、儿童保健\n" and note == ""


def test_symlink_loop_does_not_trap_the_walk(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text("县卫生局工作总结", encoding="utf-8")
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling.txt")
    files = list_raw_files(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a/r.txt", "dangling.txt"]
    assert read_raw(tmp_path / "dangling.txt", tmp_path).status == "error"


def test_plausible_text_counts_controls_and_cjk_share_as_a_reader_would():
    from healthdata.ingest import _is_plausible_text

    assert _is_plausible_text("卫生工作总结：参合率99.35%。\n\t") and _is_plausible_text("plain ASCII text\r\n")
    assert not _is_plausible_text("ÃÂ©Ã¨Â®Â¡åˆ’")  # UTF-8 read as Latin-1: few of its non-ASCII are CJK
    assert not _is_plausible_text("正文" * 20 + "\x01")  # 1 control character in 41: over 1 %
    assert _is_plausible_text("正文" * 60 + "\x01")  # 1 in 121: under 1 %
    assert _is_plausible_text("正文\ud800正文")  # a lone surrogate is counted, not an error: 4 of 5 are Han
