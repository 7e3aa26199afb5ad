"""Throughput of healthdata's observation extraction vs Microsoft Recognizers-Text (Chinese percentages).

Run:  python benchmarks/bench_extract.py [--raw data/raw] [--repeat 5] [--out FILE]

Both extractors read the same texts (every raw file, read as the build reads it).  healthdata
extracts everything (rates, counts, money, masked and unit-less values, linking, statements)
from the matching text, whose construction (OpenCC + width and digit folding) is timed as part of ours;
the peer only finds percentages (its percentage model, Culture.Chinese, the model built once
outside the timing, as a fair peer would be used).  Compiled regexes and loaded vocabularies stay
cached across repetitions, as in a build (so is the table of every numeral of one or two Chinese
digits, made once from cn2an: it holds nothing read in a text); anything memoised about the texts
themselves is cleared before every repetition (``clear_memos``), so no repetition profits from an earlier one.  The peer is optional: ``pip install
"healthdata[bench]"`` (recognizers-text-suite, emoji<1.0); without it the script says so and
times healthdata alone.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from healthdata.extract.numbers import clear_memos
from healthdata.extract.observations import extract_report
from healthdata.textnorm import matching_text
from healthdata.types import ReportText

ROOT = Path(__file__).resolve().parents[1]


def read_raw(path: Path) -> str:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def run_ours(texts: list[str], matches: list[str] | None = None) -> int:
    """Extract everything; builds the matching text too unless ``matches`` (as the build's ReportText carries) is given."""
    clear_memos()  # nothing learnt about these texts in an earlier repetition may help this one
    n = 0
    for i, t in enumerate(texts):
        m = matches[i] if matches is not None else matching_text(t)
        n += len(extract_report(ReportText(f"bench#{i}", f"{i}.txt", t, m, 0, len(t))).observations)
    return n


def peer_model():
    try:
        from recognizers_number import NumberRecognizer
        from recognizers_text import Culture
    except Exception as exc:  # ImportError, or the emoji>=1.0 incompatibility
        return None, f"{type(exc).__name__}: {exc}"
    return NumberRecognizer(Culture.Chinese).get_percentage_model(), None


def run_peer(model, texts: list[str]) -> int:
    return sum(len(model.parse(t)) for t in texts)


def best_of(fn, repeat: int) -> tuple[float, float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", help="also write the report to this file")
    a = ap.parse_args(argv)
    texts = [read_raw(p) for p in sorted(Path(a.raw).iterdir()) if p.is_file()]
    chars = sum(len(t) for t in texts)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    run_ours(texts[:1])  # warm caches (vocabularies, OpenCC dictionaries)
    lines = [f"corpus: {len(texts)} raw files, {chars} characters, {mb:.3f} MB (UTF-8); best of {a.repeat} runs"]
    matches = [matching_text(t) for t in texts]
    best, med, n = best_of(lambda: run_ours(texts, matches), a.repeat)
    ours = chars / best
    lines.append(f"healthdata extract_report (ReportText with its matching text, as in the build): {best:.3f} s (median {med:.3f} s)  {ours:,.0f} chars/s  {mb / best:.3f} MB/s  {n} observations (all units)")
    fbest, fmed, _ = best_of(lambda: run_ours(texts), a.repeat)
    lines.append(f"healthdata incl. building the matching text (OpenCC t2s + width and digit folding): {fbest:.3f} s (median {fmed:.3f} s)  {chars / fbest:,.0f} chars/s  {mb / fbest:.3f} MB/s")
    model, err = peer_model()
    if model is None:
        lines.append(f"peer NOT RUN: recognizers-text-suite is not installed or does not import ({err}).")
        lines.append('install it with: pip install recognizers-text-suite "emoji<1.0"   (the optional [bench] extra)')
    else:
        model.parse(texts[0][:2000])  # warm
        pbest, pmed, pn = best_of(lambda: run_peer(model, texts), a.repeat)
        peer = chars / pbest
        lines.append(f"Recognizers-Text percentage (zh): {pbest:.3f} s (median {pmed:.3f} s)  {peer:,.0f} chars/s  {mb / pbest:.3f} MB/s  {pn} percentages only")
        lines.append(f"ratio healthdata / peer throughput: {ours / peer:.2f}x extraction only, {chars / fbest / peer:.2f}x incl. matching text (target >= 3x)")
    report = "\n".join(lines)
    print(report)
    if a.out:
        Path(a.out).write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
