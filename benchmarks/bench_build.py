"""Build benchmark: the whole build's throughput at --jobs 1 and --jobs 2 against the peer's.

A synthetic corpus is made by resampling the shipped reports (data/raw, split into their reports
with healthdata.segment) and perturbing them: paragraphs shuffled, every number changed, one
to three reports per file, files saved as UTF-8, UTF-8 with BOM or GB18030 (deterministic seed).

In one run, for each corpus size:
- every ``--jobs`` value builds the corpus in its own subprocess (`healthdata build --jobs N -q`:
  interpreter start, imports, every step, validation and writing), sampled with psutil (the
  build and its worker processes together) for peak RSS; wall and CPU seconds, reports/s, MB/s
  and characters/s are printed;
- the peer, Microsoft Recognizers-Text's Chinese percentage model (the `bench` extra), scans the
  same files' text (decoded as the build decodes them; decoding and the model's construction are
  not timed), one process, and the ratio of our whole build's throughput to the peer's is printed
  (wall and CPU);
- for the first size, a `--jobs 1` build under cProfile gives the share of each step, and the
  functions with the most time of their own: where the next bottleneck is.
With several sizes, the growth from the first to the last: time should grow no faster than
linearly and peak RSS stay flat (within 1.5x).

    python benchmarks/bench_build.py                        # 1000 reports, --jobs 1 and 2, peer, profile
    python benchmarks/bench_build.py --sizes 1000 10000 --no-profile --out /tmp/bench_build.txt
"""
from __future__ import annotations

import argparse
import os
import resource
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def seed_reports() -> list[str]:
    """The text of every report in the shipped corpus (title line first)."""
    from healthdata.ingest import read_text
    from healthdata.segment import reports_in

    out = []
    for path in sorted(RAW.iterdir()):
        text = read_text(path)
        out += [text[r.start:r.end] for r in reports_in(text, path.name)]
    return out


def perturb(report: str, rng: random.Random) -> str:
    """Shuffle the body's paragraphs (the title stays first) and change every number."""
    lines = report.split("\n")
    title, body = lines[0], [ln for ln in lines[1:] if ln.strip()]
    # shuffle within blocks of 6 paragraphs, so headings stay near their paragraphs
    blocks = [body[i:i + 6] for i in range(0, len(body), 6)]
    for b in blocks:
        rng.shuffle(b)
    rng.shuffle(blocks)

    def new_number(m: re.Match) -> str:
        s = m.group(0)
        if "." in s:
            whole, frac = s.split(".")
            return f"{rng.randint(0, 10 ** len(whole) - 1)}.{rng.randint(0, 10 ** len(frac) - 1):0{len(frac)}d}"
        if len(s) == 4 and s.startswith(("19", "20")):
            return str(rng.randint(2005, 2024))  # keep years years
        return str(rng.randint(1, 10 ** len(s) - 1))

    text = "\n".join([title] + [ln for b in blocks for ln in b])
    return _NUMBER.sub(new_number, text)


def make_corpus(n_reports: int, folder: Path, seed: int = 20240601) -> tuple[int, int, int]:
    """Write files holding ``n_reports`` perturbed reports in total; (files, reports, bytes)."""
    marker = folder / ".complete"
    if marker.exists():
        n_files, n, size = map(int, marker.read_text().split())
        return n_files, n, size
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    reports = seed_reports()
    written = n_files = size = 0
    while written < n_reports:
        k = min(rng.choice((1, 1, 2, 3)), n_reports - written)
        body = "\n\n".join(perturb(rng.choice(reports), rng) for _ in range(k)) + "\n"
        enc = rng.choice(ENCODINGS)
        sub = folder / f"{n_files // 1000:03d}"
        sub.mkdir(exist_ok=True)
        data = body.encode(enc)
        (sub / f"r{n_files:06d}.txt").write_bytes(data)
        written += k
        n_files += 1
        size += len(data)
    marker.write_text(f"{n_files} {written} {size}")
    return n_files, written, size


def measure_build(raw: Path, out: Path, jobs: int, profile: Path | None = None) -> dict:
    """Run one build in a subprocess: wall and CPU time, and the peak summed RSS of it and its children."""
    import psutil

    if out.exists():
        shutil.rmtree(out)
    exe = Path(sys.executable).with_name("healthdata")
    cmd = [str(exe), "build", "--raw-dir", str(raw), "--out-dir", str(out), "--jobs", str(jobs), "-q"]
    if profile is not None:
        cmd = [sys.executable, "-m", "cProfile", "-o", str(profile)] + cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = {"total": 0, "single": 0}
    done = threading.Event()

    def sample():
        while not done.is_set():
            try:
                rss = []
                for p in [proc] + proc.children(recursive=True):
                    try:
                        rss.append(p.memory_info().rss)
                    except psutil.Error:
                        pass
                peak["total"] = max(peak["total"], sum(rss))
                peak["single"] = max(peak["single"], max(rss, default=0))
            except psutil.Error:
                pass
            done.wait(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    done.set()
    thread.join()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"build failed ({proc.returncode}):\n{stderr[-3000:]}")
    import pandas as pd

    docs = len(pd.read_parquet(out / "documents.parquet", columns=["doc_id"]))
    obs = len(pd.read_parquet(out / "observations.parquet", columns=["obs_id"]))
    chars = int(pd.read_parquet(out / "manifest.parquet", columns=["n_chars"])["n_chars"].sum())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "peak_rss_mb": peak["total"] / 2**20, "peak_proc_mb": peak["single"] / 2**20,
            "documents": docs, "observations": obs, "chars": chars}


def measure_startup(raw: Path, work: Path, top: int = 8, regex_cache: Path | None = None) -> dict:
    """The fixed cost of a build, without a profiler: a build of the corpus's first file alone
    (wall and CPU seconds), and the time its imports take (``python -X importtime``, summed over
    every module, wherever the import is triggered), with the libraries that take the most.
    ``regex_cache``: the folder of the disk cache of compiled patterns (healthdata.compilecache)
    the build uses (default: the user's)."""
    one = work / "startup-raw"
    shutil.rmtree(one, ignore_errors=True)
    one.mkdir(parents=True)
    first = next(p for p in sorted(raw.rglob("*")) if p.is_file() and not p.name.startswith("."))
    shutil.copy(first, one / first.name)
    out = work / "startup-out"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-X", "importtime", "-m", "healthdata.cli", "build", "--raw-dir", str(one),
           "--out-dir", str(out), "-q"]
    env = dict(os.environ, **({"HEALTHDATA_REGEX_CACHE": str(regex_cache)} if regex_cache else {}))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(one, ignore_errors=True)
    if run.returncode not in (0, 3):
        raise SystemExit(f"start-up build failed ({run.returncode}):\n{run.stderr[-3000:]}")
    by_library: dict[str, float] = {}
    for line in run.stderr.splitlines():  # import time: self [us] | cumulative | imported package
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[0].split(":")[1].strip().isdigit():
            name = parts[2].strip().split(".")[0]
            by_library[name] = by_library.get(name, 0.0) + int(parts[0].split(":")[1]) / 1e6
    largest = sorted(by_library.items(), key=lambda kv: kv[1], reverse=True)[:top]
    return {"seconds": seconds, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "imports": sum(by_library.values()), "largest": largest}


def corpus_texts(raw: Path) -> list[str]:
    """Every file's text, decoded as the build decodes it."""
    from healthdata.ingest import list_raw_files, read_raw

    return [rf.text for rf in (read_raw(p, raw) for p in list_raw_files(raw)) if rf.status == "ok"]


def measure_peer(raw: Path, repeat: int = 1) -> dict | None:
    """The peer's percentage scan over the corpus (best of ``repeat``), or None when it is not installed."""
    try:
        from recognizers_number import NumberRecognizer
        from recognizers_text import Culture
    except Exception as exc:  # ImportError, or the emoji>=1.0 incompatibility
        print(f"peer NOT RUN: recognizers-text-suite does not import ({type(exc).__name__}: {exc}); "
              'install the bench extra: pip install -e ".[bench]"', flush=True)
        return None
    texts = corpus_texts(raw)
    model = NumberRecognizer(Culture.Chinese).get_percentage_model()
    model.parse(texts[0][:2000])  # warm
    best = None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(model.parse(t)) for t in texts)
        run = {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "found": found}
        best = run if best is None or run["seconds"] < best["seconds"] else best
    best["chars"] = sum(len(t) for t in texts)
    return best


# The steps of a build, each as (label, function name, path fragment of its module).  A step's time
# is the cumulative time of its function (what it calls included); "of which" lines are inside the
# line above them.
STEPS = (
    ("read and decode files", "read_raw", "healthdata/ingest"),
    ("page view (site artefacts undone)", "page_view", "healthdata/pageview"),
    ("matching text (OpenCC, folding; wherever called, page view included)", "matching_text", "healthdata/textnorm"),
    ("segment into reports and sections", "reports_in", "healthdata/segment"),
    ("classify documents", "classify", "healthdata/normalize/documents"),
    ("  of which places (table from jionlp)", "bureau_place", "healthdata/normalize/places"),
    ("observations extraction", "extract_report", "healthdata/extract/observations"),
    ("problems extraction", "extract_problems", "healthdata/extract/problems"),
    ("near-duplicate signatures", "signature", "healthdata/normalize/duplicates"),
    ("duplicate_of (LSH Ensemble)", "duplicate_of", "healthdata/normalize/duplicates"),
    ("package parts: frame, validate, write", "add_part", "healthdata/"),
    ("package finish: checks, combine, swap", "finish", "healthdata/"),
    ("imports (wherever triggered)", "_find_and_load", "importlib._bootstrap"),
)


def profile_summary(path: Path, top: int = 12) -> list[str]:
    """Share of each step of a profiled build, and the functions with the most time of their own."""
    import pstats

    stats = pstats.Stats(str(path)).stats
    total = max(ct for (_, _, _, ct, _) in stats.values())
    lines = [f"profile of a --jobs 1 build under cProfile ({total:.1f} s; the profiler slows Python code "
             "more than C code): step, seconds, share of the build"]
    for label, func, where in STEPS:
        hits = [v[3] for (file, _, name), v in stats.items() if name == func and where in file.replace("\\", "/")]
        if not hits:
            lines.append(f"  {label:<40} {'not found':>8}")
            continue
        ct = max(hits)
        lines.append(f"  {label:<40} {ct:>7.2f}s {100 * ct / total:>5.1f} %")
    lines.append(f"functions with the most time of their own (top {top}):")
    by_own = sorted(stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    for (file, line, name), (_, calls, tt, ct, _) in by_own:
        where = file.split("site-packages/")[-1].split("healthdata/", 1)[-1] if file != "~" else "builtin"
        lines.append(f"  {tt:>6.2f}s {100 * tt / total:>5.1f} %  {calls:>9} calls  {name} ({where}:{line})")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--peer-repeat", type=int, default=1, help="best of this many peer runs")
    ap.add_argument("--no-peer", action="store_true", help="do not run the peer")
    ap.add_argument("--no-profile", action="store_true", help="do not profile a --jobs 1 build")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "healthdata-bench")
    ap.add_argument("--out", type=Path, default=None, help="also write the printed figures to this file")
    ap.add_argument("--keep", action="store_true", help="keep the built packages")
    args = ap.parse_args(argv)

    import platform

    import psutil

    lines: list[str] = []

    def say(line: str = "") -> None:
        lines.append(line)
        print(line, flush=True)

    say(f"healthdata build benchmark: jobs {', '.join(map(str, args.jobs))}; {os.cpu_count()} CPU(s), "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}")
    say(f"{'reports':>8} {'files':>6} {'MB':>6} {'Mchars':>7} {'who':>10} {'obs':>7} {'seconds':>8} {'CPU s':>7} "
        f"{'reports/s':>9} {'MB/s':>6} {'kchars/s':>9} {'peak RSS MB':>11} {'max proc MB':>11}")
    rows: dict[int, list[dict]] = {j: [] for j in args.jobs}
    for n in args.sizes:
        raw = args.work / f"corpus-{n}"
        n_files, n_reports, size = make_corpus(n, raw)
        mb = size / 2**20
        results = {}
        for jobs in args.jobs:
            r = measure_build(raw, args.work / f"out-{n}", jobs)
            r.update(n=n_reports, files=n_files, mb=mb)
            rows[jobs].append(r)
            results[jobs] = r
            say(f"{n_reports:>8} {n_files:>6} {mb:>6.1f} {r['chars'] / 1e6:>7.2f} {f'--jobs {jobs}':>10} "
                f"{r['observations']:>7} {r['seconds']:>8.1f} {r['cpu']:>7.1f} {n_reports / r['seconds']:>9.1f} "
                f"{mb / r['seconds']:>6.2f} {r['chars'] / r['seconds'] / 1e3:>9.0f} {r['peak_rss_mb']:>11.0f} "
                f"{r['peak_proc_mb']:>11.0f}")
            if not args.keep:
                shutil.rmtree(args.work / f"out-{n}", ignore_errors=True)
        peer = None if args.no_peer else measure_peer(raw, args.peer_repeat)
        if peer:
            say(f"{n_reports:>8} {n_files:>6} {mb:>6.1f} {peer['chars'] / 1e6:>7.2f} {'peer':>10} {peer['found']:>7} "
                f"{peer['seconds']:>8.1f} {peer['cpu']:>7.1f} {n_reports / peer['seconds']:>9.1f} "
                f"{mb / peer['seconds']:>6.2f} {peer['chars'] / peer['seconds'] / 1e3:>9.0f} {'':>11} {'':>11}"
                "   (Recognizers-Text percentages only; obs = percentages found)")
            for jobs, r in results.items():
                say(f"ratio whole build --jobs {jobs} / peer: {peer['seconds'] / r['seconds']:.2f}x wall time, "
                    f"{peer['cpu'] / r['cpu']:.2f}x CPU time (target >= 1.0x at --jobs 1)")
        if n == args.sizes[0]:
            # with an empty cache of compiled patterns (a first build), then with the cache it left
            cold_cache = args.work / "regex-cache-cold"
            shutil.rmtree(cold_cache, ignore_errors=True)
            for label in ("empty", "filled"):
                st = measure_startup(raw, args.work, regex_cache=cold_cache)
                say(f"fixed cost (no profiler; pattern cache {label}): a build of one file takes {st['seconds']:.1f} s "
                    f"wall, {st['cpu']:.1f} s CPU; its imports {st['imports']:.2f} s (python -X importtime), most in: "
                    + ", ".join(f"{name} {sec:.2f}" for name, sec in st["largest"]))
            shutil.rmtree(cold_cache, ignore_errors=True)
        if n == args.sizes[0] and not args.no_profile:
            prof = args.work / f"build-{n}.prof"
            measure_build(raw, args.work / f"out-{n}", 1, profile=prof)
            shutil.rmtree(args.work / f"out-{n}", ignore_errors=True)
            for line in profile_summary(prof):
                say(line)
    for jobs, rs in rows.items():
        if len(rs) > 1:
            a, b = rs[0], rs[-1]
            size_ratio, time_ratio = b["n"] / a["n"], b["seconds"] / a["seconds"]
            rss_ratio = b["peak_rss_mb"] / a["peak_rss_mb"]
            say(f"growth at --jobs {jobs}, {a['n']} -> {b['n']} reports (x{size_ratio:.1f}): time x{time_ratio:.2f} "
                f"({'no worse than linear' if time_ratio <= size_ratio * 1.05 else 'WORSE THAN LINEAR'}), "
                f"peak RSS x{rss_ratio:.2f} ({'flat: within 1.5x' if rss_ratio <= 1.5 else 'NOT FLAT: above 1.5x'}), "
                f"max single process x{b['peak_proc_mb'] / a['peak_proc_mb']:.2f}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
