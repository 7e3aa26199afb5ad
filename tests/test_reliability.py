"""Issue 15: no raw file can hang a build or make it read outside the raw folder; every step is
bounded; the commit is crash-safe; workers die with their build; file names cannot drive a
terminal.  One test (or more) per row of the issue's table; each runs in seconds on small inputs
and bounds the slow cases with a subprocess timeout (a budget, not a timing)."""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEED_001, SEED_002, raw_text

import healthdata.build as build_mod
from healthdata.build import build
from healthdata.ingest import read_raw
from healthdata.package import load

EXE = Path(sys.executable).with_name("healthdata")


def run_cli(*args, timeout=300, env=None):
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def run_python(code: str, *args, timeout: float) -> subprocess.CompletedProcess:
    """``code`` in a fresh interpreter; the budget is the timeout (over it, the test fails)."""
    try:
        return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"did not finish within its {timeout}-second budget")


def manifest_of(out: Path) -> pd.DataFrame:
    return load("manifest", out).set_index("path")


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SEED_001, folder / "report.txt")
    return folder


# ---------------------------------------------------------------- row 3: FIFOs and devices


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifos_devices_and_sockets_are_skipped_not_read(raw, tmp_path):
    import socket
    import stat

    os.mkfifo(raw / "pipe")
    os.symlink("/dev/zero", raw / "zero.txt")  # a device outside the raw folder
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(raw / "sock"))
    expected = {"pipe": "FIFO", "zero.txt": "outside the raw folder", "sock": "socket"}
    try:
        os.mknod(raw / "zero_inside", 0o644 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero, inside
        expected["zero_inside"] = "character device"
    except (PermissionError, OSError):
        pass  # no right to make device nodes here: the link above still covers a device
    out = tmp_path / "out"
    try:
        r = run_cli("build", "--raw-dir", raw, "--out-dir", out, "-q", timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("the build hung on a FIFO or a device")
    finally:
        sock.close()
    assert r.returncode == 3, r.stderr  # written; some files not read
    m = manifest_of(out)
    for name, words in expected.items():
        assert m.loc[name, "status"] == "skipped" and words in m.loc[name, "message"], (name, m.loc[name, "message"])
        assert m.loc[name, "bytes"] == 0
    assert m.loc["report.txt", "status"] == "ok"


# ---------------------------------------------------------------- row 4: links out of the raw folder


def test_a_link_leaving_the_raw_folder_is_skipped_and_nothing_of_its_target_is_published(raw, tmp_path):
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(raw_text(SEED_002), encoding="utf-8")  # a readable report, outside the raw folder
    os.symlink(secret, raw / "leak.txt")
    os.symlink("report.txt", raw / "alias.txt")  # a link that stays inside is read as usual
    out = tmp_path / "out"
    build(raw, out, progress=False)
    m = manifest_of(out)
    row = m.loc["leak.txt"]
    assert row.status == "skipped" and "outside the raw folder" in row.message
    assert (row.bytes, row.n_chars, row.n_reports) == (0, 0, 0) and pd.isna(row.sha256)
    assert not load("documents", out)["source_file"].eq("leak.txt").any()
    assert m.loc["alias.txt", "status"] == "ok"
    assert m.loc["alias.txt", "sha256"] == hashlib.sha256(SEED_001.read_bytes()).hexdigest()


def test_a_raw_folder_given_through_a_link_still_reads_its_files(raw, tmp_path):
    link = tmp_path / "raw_link"
    os.symlink(raw, link)
    rf = read_raw(link / "report.txt", link)
    assert rf.status == "ok" and rf.bytes == SEED_001.stat().st_size


# ---------------------------------------------------------------- row 5: decoding is linear

DECODE = """
import sys, time
from pathlib import Path
from healthdata.ingest import read_raw
path = Path(sys.argv[1])
rf = read_raw(path, path.parent)
print(rf.status, rf.bytes)
"""


def test_a_large_file_in_no_encoding_is_refused_in_linear_time(tmp_path):
    """32 MiB of Latin-1-like bytes without a suffix (the old fallbacks re-scanned the rest of the
    file at each bad byte: 39 s at this size, minutes at 64 MiB)."""
    import numpy as np

    alphabet = np.array(list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)), dtype=np.uint8)
    path = tmp_path / "raw" / "latin_like"
    path.parent.mkdir()
    path.write_bytes(np.random.default_rng(15).choice(alphabet, 32 * 2**20).tobytes())
    r = run_python(DECODE, path, timeout=30)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["undecodable", str(32 * 2**20)]


def test_the_fallback_decoders_keep_their_results():
    """The linear fallbacks give what the old ones gave: a few corrupt bytes replaced, and
    GB18030 lines pasted into a UTF-8 page."""
    from healthdata.ingest import decode_text

    utf8 = ("卫生工作总结：参合率达到百分之九十九。\n" * 3000).encode("utf-8")
    corrupt = utf8[:5000] + b"\xff" + utf8[5000:]
    text, enc, note = decode_text(corrupt)
    assert enc == "utf-8" and text.count("\ufffd") == 1 and note.startswith("1 invalid UTF-8")
    mixed = "第一行是UTF-8。\n".encode() + "第二行是国标码。\n".encode("gb18030") + "第三行又是UTF-8。\n".encode()
    text, enc, note = decode_text(mixed)
    assert text == "第一行是UTF-8。\n第二行是国标码。\n第三行又是UTF-8。\n"
    assert enc == "utf-8+gb18030" and note.startswith("mixed encodings: 1 line(s)")


# ---------------------------------------------------------------- row 6: values on one long line

EXTRACT = """
import sys
from pathlib import Path
from healthdata.build import process_file
path = Path(sys.argv[1])
res = process_file(path, path.parent)
print(res.manifest["status"], len(res.observations))
"""


def test_one_line_of_many_values_is_extracted_in_linear_time(tmp_path):
    n = 24_000  # a re-scan of the line for every value: ~40 s here (4 k values: 1 s); linear: ~2 s
    path = tmp_path / "raw" / "one_line.txt"
    path.parent.mkdir()
    path.write_text("某县卫生局工作总结\n一、主要工作\n全县参合率" + "9%" * n + "\n", encoding="utf-8")
    r = run_python(EXTRACT, path, timeout=20)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["ok", str(n)]


# Lines written for the test, each repeated without punctuation; (title, repeated part, values in one part).
LONG_LINES = {
    "lists": ("某县卫生局工作总结", "城区98%和农村95%", 2),  # values joined into lists
    "from-to pairs": ("某县卫生局工作总结", "由31.2‰下降到14.9‰", 2),
    "counts beside rates": ("某县卫生局工作总结", "产妇3人管理率9%", 2),  # numerator/denominator checks
    "periods": ("某县卫生局工作总结", "上半年9%", 1),
    "reached levels in a plan": ("某县卫生局2021年工作计划", "已达到9%", 1),
}


@pytest.mark.parametrize("kind", LONG_LINES)
def test_one_line_of_many_values_of_any_kind_is_extracted_in_linear_time(tmp_path, kind):
    n = 16_000  # each of these re-scanned the line for every value (periods: ~30 s here, lists: ~100 s, checks: hours)
    title, part, per_part = LONG_LINES[kind]
    path = tmp_path / "raw" / "one_line.txt"
    path.parent.mkdir()
    path.write_text(f"{title}\n一、主要工作\n全县" + part * n + "\n", encoding="utf-8")
    r = run_python(EXTRACT, path, timeout=20)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["ok", str(n * per_part)]


# ---------------------------------------------------------------- row 7: unique ids


def test_files_named_dup_and_dup_dot_get_distinct_ids(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("dup", "dup.", "dup..", "x.y", "x.y.txt", "x.txt"):
        (raw / name).write_text(raw_text(SEED_001), encoding="utf-8")
    build(raw, tmp_path / "out", progress=False)
    docs = load("documents", tmp_path / "out")
    per_file = docs.groupby("source_file")["doc_id"].apply(set)
    read = manifest_of(tmp_path / "out").query("status == 'ok'").index
    assert {"dup", "dup.", "dup..", "x.y.txt", "x.txt"} <= set(read)
    assert sorted(per_file.index) == sorted(read)
    assert len(set.union(*per_file)) == sum(map(len, per_file))  # no id shared between files


# ---------------------------------------------------------------- row 8: crash-safe commit

KILL_AT_RENAME = """
import os, signal, sys
from pathlib import Path
import healthdata.build as b
out = Path(sys.argv[2]).resolve()
if sys.argv[3] == "no-exchange":
    import healthdata.package.storage as storage
    storage.exchange = lambda a, b: False  # a system without an atomic swap
real = Path.rename
def rename(self, target):
    result = real(self, target)
    if Path(self).resolve() == out:  # the old package has just been set aside
        os.kill(os.getpid(), signal.SIGKILL)
    return result
Path.rename = rename
b.build(sys.argv[1], out, progress=False)
"""


def test_readers_find_a_complete_package_whenever_a_build_is_killed_at_its_commit(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out, progress=False)
    shutil.copy(SEED_002, raw / "second.txt")
    r = run_python(KILL_AT_RENAME, raw, out, "exchange", timeout=300)
    # the old package is never set aside: new and old are swapped in one step
    assert r.returncode == 0, r.stderr
    assert len(load("manifest", out)) == 2
    v = run_cli("validate", "--out-dir", out)
    assert v.returncode == 0, v.stderr


def test_without_an_atomic_swap_every_reader_repairs_a_build_killed_between_its_renames(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out, progress=False)
    shutil.copy(SEED_002, raw / "second.txt")
    r = run_python(KILL_AT_RENAME, raw, out, "no-exchange", timeout=300)
    assert r.returncode == -signal.SIGKILL
    assert not out.exists() and out.with_name("out.previous").is_dir()  # killed in the gap
    v = run_cli("validate", "--out-dir", out)  # a reader puts the previous package back
    assert v.returncode == 0, v.stderr
    assert len(load("manifest", out)) == 1
    build(raw, out, progress=False)  # and the next build replaces it
    assert len(load("manifest", out)) == 2
    assert not list(tmp_path.glob("out.*"))


def test_concurrent_builds_into_one_folder_take_turns(raw, tmp_path):
    from healthdata.package.storage import locked

    out = tmp_path / "out"
    with locked(out, "build"):  # another build holds the folder
        proc = subprocess.Popen([str(EXE), "build", "--raw-dir", str(raw), "--out-dir", str(out), "-q"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stderr.readline()  # blocks until the build says something or ends
            assert "waiting for another build" in line, (line, proc.poll())
            time.sleep(0.5)
            assert proc.poll() is None and not out.exists()
        except BaseException:
            proc.kill()
            raise
    assert proc.wait(timeout=300) == 0
    assert len(load("manifest", out)) == 1


# ---------------------------------------------------------------- row 9: workers die with their build


def _descendants(pid: int) -> list:
    import psutil

    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


@pytest.mark.parametrize("how,sig", [(["--jobs", "2"], signal.SIGKILL), (["--jobs", "2"], signal.SIGTERM),
                                     (["--engine", "dask"], signal.SIGKILL)], ids=["jobs-kill", "jobs-term", "dask-kill"])
def test_workers_die_with_a_killed_build(tmp_path, how, sig):
    import psutil

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(400):
        (raw / f"{i:03d}.txt").write_text(raw_text(SEED_001), encoding="utf-8")
    proc = subprocess.Popen([str(EXE), "build", "--raw-dir", str(raw), "--out-dir", str(tmp_path / "out"), "-q", *how],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers = []
    while time.monotonic() < deadline and proc.poll() is None:
        workers = [p for p in _descendants(proc.pid) if p.status() != psutil.STATUS_ZOMBIE]
        if len(workers) >= 2:
            break
        time.sleep(0.1)
    assert proc.poll() is None and len(workers) >= 2, "the build ended before its workers could be seen"
    time.sleep(1.0)
    workers = _descendants(proc.pid)
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    _gone, alive = psutil.wait_procs(workers, timeout=15)
    for p in alive:
        p.kill()
    assert not alive, f"{len(alive)} worker(s) outlived their build"


# ---------------------------------------------------------------- per-file guards


def test_a_file_over_its_time_budget_is_an_error_row_and_the_build_goes_on(raw, tmp_path, monkeypatch):
    shutil.copy(SEED_002, raw / "slow.txt")
    real = build_mod.process_file

    def slow_on_one(path, raw_dir):
        if path.name == "slow.txt":
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # a runaway loop in Python code (bounded for the test)
                time.sleep(0.01)
        return real(path, raw_dir)

    real(raw / "report.txt", raw)  # the extraction modules imported (forked workers inherit them)
    monkeypatch.setattr(build_mod, "process_file", slow_on_one)
    monkeypatch.setenv("HEALTHDATA_FILE_SECONDS", "3")
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        summary = build(raw, out, jobs=jobs, progress=False)
        m = manifest_of(out)
        assert m.loc["slow.txt", "status"] == "error" and "time budget" in m.loc["slow.txt", "message"]
        assert m.loc["slow.txt", "sha256"] == hashlib.sha256(SEED_002.read_bytes()).hexdigest()
        assert m.loc["report.txt", "status"] == "ok" and summary.n_failed == 1, (jobs, m.loc["report.txt", "message"])


def test_a_file_over_the_memory_budget_of_a_worker_is_an_error_row(raw, tmp_path, monkeypatch):
    shutil.copy(SEED_002, raw / "hungry.txt")
    real = build_mod.process_file

    def hungry_on_one(path, raw_dir):
        if path.name == "hungry.txt":
            blocks = [bytearray(256 * 2**20) for _ in range(12)]  # 3 GiB
            del blocks
        return real(path, raw_dir)

    monkeypatch.setattr(build_mod, "process_file", hungry_on_one)
    monkeypatch.setenv("HEALTHDATA_WORKER_MEMORY_MB", "2048")
    build(raw, tmp_path / "out", jobs=2, progress=False)
    m = manifest_of(tmp_path / "out")
    assert m.loc["hungry.txt", "status"] == "error" and "memory budget" in m.loc["hungry.txt", "message"]
    assert m.loc["report.txt", "status"] == "ok"


def test_the_time_budget_also_stops_work_in_a_thread_that_is_not_the_main_one():
    """Dask runs tasks in worker threads, where no signal can be used."""
    from healthdata.workers import FileTimeout, time_budget

    outcome = {}

    def task():
        try:
            with time_budget(0.3):
                while True:
                    sum(range(1000))
        except FileTimeout:
            outcome["stopped"] = True

    t = threading.Thread(target=task)
    t.start()
    t.join(timeout=30)
    assert outcome == {"stopped": True}
    with time_budget(5):  # a block that ends in time is not interrupted later
        pass
    time.sleep(0.1)


# ---------------------------------------------------------------- row 10: tampered packages


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("tamper")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(SEED_001, raw / "report.txt")
    build(raw, root / "pkg", progress=False)
    return root / "pkg"


def tampered(package_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "pkg"
    shutil.copytree(package_dir, out)
    return out


def validate_cli(folder: Path):
    from click.testing import CliRunner

    from healthdata.cli import main

    result = CliRunner().invoke(main, ["validate", "--out-dir", str(folder)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def test_the_built_package_is_valid(package_dir):
    r = validate_cli(package_dir)
    assert r.exit_code == 0, r.output


TABLE_NAMES = ["manifest", "documents", "sections", "indicators", "observations", "checks", "themes",
               "problems", "problem_themes"]


@pytest.mark.parametrize("target", TABLE_NAMES)
def test_every_table_swapped_for_another_is_invalid_without_a_traceback(package_dir, tmp_path, target):
    out = tampered(package_dir, tmp_path)
    for source in TABLE_NAMES:
        if source == target:
            continue
        shutil.copy(package_dir / f"{source}.parquet", out / f"{target}.parquet")
        r = validate_cli(out)
        assert r.exit_code == 1, (source, target, r.output)
        assert f"{target}: " in r.output and "[columns]" in r.output, (source, target, r.output)


@pytest.mark.parametrize("table,column", [("indicators", "extra"), ("observations", "extra"), ("checks", "extra")])
def test_an_extra_column_is_invalid(package_dir, tmp_path, table, column):
    out = tampered(package_dir, tmp_path)
    df = pd.read_parquet(out / f"{table}.parquet")
    df[column] = "x"
    df.to_parquet(out / f"{table}.parquet", index=False)
    r = validate_cli(out)
    assert r.exit_code == 1 and f"unexpected column(s): {column}" in r.output, r.output
    with pytest.raises(ValueError, match="unexpected column"):
        load(table, out)


def test_values_stored_as_strings_are_invalid(package_dir, tmp_path):
    out = tampered(package_dir, tmp_path)
    df = pd.read_parquet(out / "observations.parquet")
    df["value"] = df["value"].astype(str)
    df.to_parquet(out / "observations.parquet", index=False)
    r = validate_cli(out)
    assert r.exit_code == 1 and "[dtypes]" in r.output and "column value holds string values" in r.output, r.output


def test_a_duplicated_manifest_row_is_a_key_violation(package_dir, tmp_path):
    out = tampered(package_dir, tmp_path)
    df = pd.read_parquet(out / "manifest.parquet")
    pd.concat([df, df]).to_parquet(out / "manifest.parquet", index=False)
    r = validate_cli(out)
    assert r.exit_code == 1 and "manifest: " in r.output and "duplicate primary key" in r.output, r.output


def test_a_truncated_table_file_is_named(package_dir, tmp_path):
    out = tampered(package_dir, tmp_path)
    path = out / "sections.parquet"
    path.write_bytes(path.read_bytes()[:200])
    r = validate_cli(out)
    assert r.exit_code == 1 and str(path) in r.output and "corrupt" in r.output, r.output
    with pytest.raises(ValueError, match="sections.parquet is corrupt"):
        load("sections", out)


@pytest.mark.parametrize("content", [None, "{not json", '{"name": "healthdata-reports", "resources": []}'])
def test_a_missing_or_wrong_descriptor_is_invalid(package_dir, tmp_path, content):
    out = tampered(package_dir, tmp_path)
    if content is None:
        (out / "datapackage.json").unlink()
    else:
        (out / "datapackage.json").write_text(content, encoding="utf-8")
    r = validate_cli(out)
    assert r.exit_code == 1 and "datapackage.json: " in r.output, r.output


def test_a_descriptor_whose_field_type_differs_from_the_schema_is_invalid(package_dir, tmp_path):
    import json

    out = tampered(package_dir, tmp_path)
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    obs = next(r for r in desc["resources"] if r["name"] == "observations")
    next(f for f in obs["schema"]["fields"] if f["name"] == "value")["type"] = "string"
    (out / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    r = validate_cli(out)
    assert r.exit_code == 1 and "field value differs in type" in r.output, r.output


def test_load_finds_a_dangling_foreign_key(package_dir, tmp_path):
    out = tampered(package_dir, tmp_path)
    df = pd.read_parquet(out / "checks.parquet")
    assert len(df)
    df.loc[0, "obs_id"] = "no-such-observation"
    df.to_parquet(out / "checks.parquet", index=False)
    with pytest.raises(ValueError, match=r"checks\.obs_id: 1 value\(s\) not in obs_id"):
        load("checks", out)
    assert validate_cli(out).exit_code == 1


def test_violations_are_grouped_by_table_and_rule_and_all_reported(package_dir, tmp_path):
    out = tampered(package_dir, tmp_path)
    obs = pd.read_parquet(out / "observations.parquet")
    obs.loc[:4, "unit"] = "furlongs"  # five rows break one rule
    obs.loc[5, "statement"] = "rumour"  # one row breaks another
    obs.to_parquet(out / "observations.parquet", index=False)
    docs = pd.read_parquet(out / "documents.parquet")
    docs.loc[0, "doc_type"] = "poem"
    docs.to_parquet(out / "documents.parquet", index=False)
    r = validate_cli(out)
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert "documents: 1 violation(s)" in lines, r.output
    assert any(ln.startswith("observations: ") for ln in lines), r.output
    assert any("column unit: 5 case(s)" in ln and "'furlongs'" in ln for ln in lines), r.output
    assert any("column statement: 1 case(s)" in ln for ln in lines), r.output


def test_validate_exit_codes(tmp_path, package_dir):
    r = run_cli("validate", "--out-dir", tmp_path / "nowhere")
    assert r.returncode == 2 and r.stderr.startswith("error: ") and "Traceback" not in r.stderr
    out = tampered(package_dir, tmp_path)
    (out / "themes.parquet").write_bytes(b"PAR1 not really")
    r = run_cli("validate", "--out-dir", out)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "themes.parquet" in r.stderr


# ---------------------------------------------------------------- row 11: full disk, read-only folder


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_full_disk_or_read_only_folder_is_a_message_and_exit_2(raw, tmp_path, monkeypatch, code):
    from click.testing import CliRunner

    import importlib

    from healthdata.cli import main

    out = tmp_path / "out"
    build(raw, out, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def failing(df, path):
        raise OSError(code, os.strerror(code), str(path))

    for name in ("healthdata.package", "healthdata.package.storage", "healthdata.package.writer"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "write_parquet"):
            monkeypatch.setattr(module, "write_parquet", failing)
    r = CliRunner().invoke(main, ["build", "--raw-dir", str(raw), "--out-dir", str(out), "-q"])
    assert r.exit_code == 2, r.output
    assert isinstance(r.exception, SystemExit)
    assert os.strerror(code) in r.output and "nothing was replaced" in r.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not list(tmp_path.glob("out.building-*"))


# ---------------------------------------------------------------- row 12: decompression bombs

READ_PEAK = """
import sys
from pathlib import Path
from healthdata.ingest import read_raw
path = Path(sys.argv[1])
rf = read_raw(path, path.parent)
peak_kb = next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM"))
print(rf.status, peak_kb // 1024)
print(rf.message)
"""


def _pdf_with_stream(content: bytes) -> bytes:
    """A one-page PDF whose page content is ``content``, Flate-compressed."""
    stream = zlib.compress(content, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_a_pdf_flate_bomb_is_refused_in_bounded_memory(tmp_path):
    path = tmp_path / "raw" / "bomb.pdf"
    path.parent.mkdir()
    path.write_bytes(_pdf_with_stream(b" " * (400 * 2**20)))  # 400 MiB of page content in ~0.4 MB
    assert path.stat().st_size < 2 * 2**20
    r = run_python(READ_PEAK, path, timeout=60)
    status, peak_mb = r.stdout.split("\n")[0].split()
    assert status == "error" and "decompress" in r.stdout, r.stdout + r.stderr
    assert int(peak_mb) < 400, f"peak memory {peak_mb} MB"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_a_docx_of_tiny_paragraphs_is_refused_by_the_bytes_it_produces(tmp_path):
    import zipfile

    path = tmp_path / "raw" / "tiny.docx"
    path.parent.mkdir()
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 600_000  # 21 MB of XML, well under 100 MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml", b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                    + body + b"</w:body></w:document>")
    r = run_python(READ_PEAK, path, timeout=60)
    status, peak_mb = r.stdout.split("\n")[0].split()
    assert status == "error" and "decompresses to more than" in r.stdout, r.stdout + r.stderr
    assert int(peak_mb) < 400, f"peak memory {peak_mb} MB"


# ---------------------------------------------------------------- row 13: a file appended to while read


def test_the_manifest_describes_exactly_the_bytes_processed_when_a_file_grows(raw, monkeypatch):
    """A writer appends to the file between the size check and the read (simulated at every
    stat): size, hash and text must all come from one read of the same bytes."""
    import pathlib

    path = raw / "report.txt"
    real_stat, real_path_stat = os.stat, pathlib.Path.stat

    def append():
        with open(path, "ab") as f:
            f.write("追加的一句话。\n".encode())

    def stat_then_append(p, *a, **k):
        st = real_stat(p, *a, **k)
        if os.fspath(p) == os.fspath(path):
            append()
        return st

    def path_stat_then_append(self, *a, **k):
        st = real_path_stat(self, *a, **k)
        if os.fspath(self) == os.fspath(path):
            append()
        return st

    monkeypatch.setattr(os, "stat", stat_then_append)
    monkeypatch.setattr(pathlib.Path, "stat", path_stat_then_append)
    rf = read_raw(path, raw)
    monkeypatch.undo()
    data = path.read_bytes()[: rf.bytes]
    assert rf.status == "ok"
    assert rf.sha256 == hashlib.sha256(data).hexdigest()
    assert rf.text == data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- row 14: names printed to a terminal


def test_terminal_escape_codes_in_a_file_name_are_printed_escaped(raw, tmp_path):
    name = "evil\x1b]0;pwned\x07\x1b[2J\r\u202e.txt"
    (raw / name).write_bytes(b"")  # empty: listed among the failures, by name
    r = run_cli("build", "--raw-dir", raw, "--out-dir", tmp_path / "out", "-q", timeout=300)
    assert r.returncode == 3, r.stderr
    printed = r.stdout + r.stderr
    assert not any(c in printed for c in "\x1b\x07\r\u202e")
    assert "evil\\x1b]0;pwned\\x07\\x1b[2J\\r\\u202e.txt" in r.stdout
    assert name in set(load("manifest", tmp_path / "out")["path"])  # the data keeps the real name


def test_load_checks_the_descriptor_too(package_dir, tmp_path):
    out = tampered(package_dir, tmp_path)
    (out / "datapackage.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="datapackage.json"):
        load("themes", out)
    assert len(load("themes", out, validate=False))
