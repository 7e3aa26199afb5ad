"""Build benchmark: time and peak memory of `healthdata build` at 1 000, 5 000 and 10 000 reports.

A synthetic corpus is made by resampling the shipped reports (data/raw, split into their reports
with healthdata.segment) and perturbing them: paragraphs shuffled, every number changed, one
to three reports per file, files saved as UTF-8, UTF-8 with BOM or GB18030 (deterministic seed).
Each size is built in its own subprocess (`healthdata build --jobs N -q`), sampled with psutil
(the build and its worker processes together), so peak RSS is per build.  Prints reports/s,
MB/s and peak RSS per size and the growth ratios: time should grow no faster than linearly and
peak RSS stay flat (within 1.5x from 1 000 to 10 000 reports).

    python benchmarks/bench_build.py                 # 1000 5000 10000, --jobs 2
    python benchmarks/bench_build.py --sizes 200 1000 --jobs 2 --out /tmp/bench_build.txt
"""
from __future__ import annotations

import argparse
import os
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


def measure_build(raw: Path, out: Path, jobs: int) -> dict:
    """Run one build in a subprocess; wall time and the peak summed RSS of it and its children."""
    import psutil

    if out.exists():
        shutil.rmtree(out)
    exe = Path(sys.executable).with_name("healthdata")
    cmd = [str(exe), "build", "--raw-dir", str(raw), "--out-dir", str(out), "--jobs", str(jobs), "-q"]
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = {"total": 0, "single": 0}
    done = threading.Event()

    def sample():
        while not done.is_set():
            try:
                procs = [proc] + proc.children(recursive=True)
                rss = []
                for p in procs:
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
    done.set()
    thread.join()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"build failed ({proc.returncode}):\n{stderr[-3000:]}")
    import pandas as pd

    docs = len(pd.read_parquet(out / "documents.parquet", columns=["doc_id"]))
    obs = len(pd.read_parquet(out / "observations.parquet", columns=["obs_id"]))
    return {"seconds": seconds, "peak_rss_mb": peak["total"] / 2**20, "peak_proc_mb": peak["single"] / 2**20,
            "documents": docs, "observations": obs, "summary": stdout.strip().splitlines()[0] if stdout.strip() else ""}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "healthdata-bench")
    ap.add_argument("--out", type=Path, default=None, help="also write the printed figures to this file")
    ap.add_argument("--keep", action="store_true", help="keep the built packages")
    args = ap.parse_args(argv)

    import platform

    import psutil

    lines = [f"healthdata build benchmark: jobs={args.jobs}, {os.cpu_count()} CPU(s), "
             f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}",
             f"{'reports':>8} {'files':>6} {'MB':>7} {'built':>7} {'obs':>8} {'seconds':>8} {'reports/s':>10} "
             f"{'MB/s':>6} {'peak RSS MB':>12} {'max proc MB':>12}"]
    print(lines[0], flush=True)
    print(lines[1], flush=True)
    rows = []
    for n in args.sizes:
        raw = args.work / f"corpus-{n}"
        n_files, n_reports, size = make_corpus(n, raw)
        r = measure_build(raw, args.work / f"out-{n}", args.jobs)
        r.update(n=n_reports, files=n_files, mb=size / 2**20)
        rows.append(r)
        line = (f"{n_reports:>8} {n_files:>6} {r['mb']:>7.1f} {r['documents']:>7} {r['observations']:>8} "
                f"{r['seconds']:>8.1f} {n_reports / r['seconds']:>10.1f} {r['mb'] / r['seconds']:>6.2f} "
                f"{r['peak_rss_mb']:>12.0f} {r['peak_proc_mb']:>12.0f}")
        lines.append(line)
        print(line, flush=True)
        if not args.keep:
            shutil.rmtree(args.work / f"out-{n}", ignore_errors=True)
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        size_ratio = b["n"] / a["n"]
        time_ratio = b["seconds"] / a["seconds"]
        rss_ratio = b["peak_rss_mb"] / a["peak_rss_mb"]
        lines += [
            f"growth {a['n']} -> {b['n']} reports (x{size_ratio:.1f}): time x{time_ratio:.2f} "
            f"({'no worse than linear' if time_ratio <= size_ratio * 1.05 else 'WORSE THAN LINEAR'}), "
            f"peak RSS x{rss_ratio:.2f} ({'flat: within 1.5x' if rss_ratio <= 1.5 else 'NOT FLAT: above 1.5x'}), "
            f"max single process x{b['peak_proc_mb'] / a['peak_proc_mb']:.2f}",
        ]
        print(lines[-1], flush=True)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
