"""Build and score the written evaluation sets (eval/written/) and print one row per set, plus pooled figures.

    python eval/measure_written.py --out /tmp/measure/start [--sets holdout93 holdout94 ...] [--jobs 2]
    python eval/measure_written.py --out /tmp/measure/end --compare /tmp/measure/start
    python eval/measure_written.py --out /tmp/measure/work --exclude holdout103     (every set but the closed one)

Each set is built with `healthdata build` into OUT/<set>/processed and scored with ../shared/eval/score.py; the scores
are kept as OUT/<set>.json so that two measurements (say the start and the end of a round) can be compared.  Pooled
figures add up true positives, predictions and gold over the sets (problem recall and precision weighted by gold and
predicted problems; accuracies weighted by matched values).  Needs the shared folder (the scorer); a fresh clone
without it has nothing to score against.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITTEN = HERE / "written"
SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"


def measure_set(name: str, out: Path, scorer: Path) -> dict:
    """Build one written set and return score.py's figures for it (also written to OUT/<name>.json)."""
    raw, gold, processed = WRITTEN / name / "raw", WRITTEN / name / "gold", out / name / "processed"
    subprocess.run([sys.executable, "-m", "healthdata.cli", "build", "--raw-dir", str(raw), "--out-dir", str(processed),
                    "-q"], check=True, capture_output=True)
    run = subprocess.run([sys.executable, str(scorer), "score", "--processed", str(processed), "--raw", str(raw),
                          "--gold", str(gold), "--json"], check=True, capture_output=True, text=True)
    (out / f"{name}.json").write_text(run.stdout, encoding="utf-8")
    return json.loads(run.stdout)


def row_text(s: dict) -> str:
    """One set's figures as the README prints them: rates (indicator/statement) · counts (statement) · documents ·
    problems recall/precision/theme F1."""
    r, q, d, p = s["rates"], s["quantities"], s["documents"], s["problems"]
    return (f"{r['f1']:.2f} ({r['indicator_accuracy'] or 0:.2f}/{r['statement_accuracy'] or 0:.2f}) · "
            f"{q['f1']:.2f} ({q['statement_accuracy'] or 0:.2f}) · {d['f1']:.2f} (admin {d['admin_level_accuracy'] or 0:.2f}) · "
            f"{p['recall']:.2f}/{p['precision']:.2f}/{p['theme_f1']:.2f}")


def table_cells(s: dict) -> list[str]:
    """The four figure cells of a set's row in the README's table of sets."""
    r, q, d, p = s["rates"], s["quantities"], s["documents"], s["problems"]
    return [f"{r['f1']:.2f} ({r['indicator_accuracy'] or 0:.2f} / {r['statement_accuracy'] or 0:.2f} / "
            f"{r['comparator_accuracy'] or 0:.2f})", f"{q['f1']:.2f} ({q['statement_accuracy'] or 0:.2f})",
            f"{d['f1']:.2f}", f"{p['recall']:.2f} / {p['precision']:.2f} / {p['theme_f1']:.2f}"]


def rewrite_readme_rows(readme: str, scores: dict[str, dict]) -> tuple[str, list[str]]:
    """The README with the last four cells of each measured set's row (| `name` | pages | used as | …) replaced by
    this measurement (bold kept where a row had it); and the names of measured sets that have no row."""
    lines, seen = readme.split("\n"), set()
    for i, line in enumerate(lines):
        cells = line.split(" | ")
        name = cells[0][3:-1] if cells[0].startswith("| `") else None
        if name in scores and len(cells) >= 7 and line.endswith(" |"):
            bold = cells[-4].startswith("**")
            new = [f"**{c}**" if bold else c for c in table_cells(scores[name])]
            lines[i] = " | ".join(cells[:-4] + new) + " |"
            seen.add(name)
    return "\n".join(lines), sorted(set(scores) - seen)


def pooled(scores: dict[str, dict]) -> dict:
    """Figures over all the given sets at once (sums of counts, not means of ratios, except theme F1's mean)."""
    out = {}
    for kind in ("rates", "quantities", "documents"):
        tp = sum(s[kind]["tp"] for s in scores.values())
        pred = sum(s[kind]["pred"] for s in scores.values())
        gold = sum(s[kind]["gold"] for s in scores.values())
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        out[f"{kind}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        fields = ("indicator", "statement") if kind != "documents" else ("admin_level", "doc_type", "period")
        for field in fields:
            acc = [(s[kind][f"{field}_accuracy"], s[kind]["tp"]) for s in scores.values()
                   if s[kind].get(f"{field}_accuracy") is not None]
            weight = sum(n for _, n in acc)
            out[f"{kind}_{field}"] = sum(a * n for a, n in acc) / weight if weight else 0.0
    probs = [s["problems"] for s in scores.values()]
    gold, pred = sum(p["gold"] for p in probs), sum(p["pred"] for p in probs)
    out["problems_recall"] = sum(p["recall"] * p["gold"] for p in probs) / gold if gold else 0.0
    out["problems_precision"] = sum(p["precision"] * p["pred"] for p in probs) / pred if pred else 0.0
    themed = [p for p in probs if p["gold"]]
    for field in ("theme_precision", "theme_recall", "theme_f1"):
        out[f"mean_{field}"] = sum(p[field] for p in themed) / len(themed) if themed else 0.0
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="where to build and keep the scores")
    ap.add_argument("--sets", nargs="*", help="set names (default: every set in eval/written)")
    ap.add_argument("--exclude", nargs="*", default=[], help="set names to leave out (the round's closed set, while a helper works)")
    ap.add_argument("--jobs", type=int, default=2, help="sets built at once")
    ap.add_argument("--compare", type=Path, help="an earlier --out to print beside this one")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--readme", type=Path, help="rewrite the figure cells of this README's table of sets")
    a = ap.parse_args(argv)
    if not a.scorer.exists():
        print(f"no scorer at {a.scorer}: the shared folder is needed to score the written sets", file=sys.stderr)
        return 2
    names = [n for n in a.sets or sorted(p.name for p in WRITTEN.iterdir() if (p / "gold").is_dir()) if n not in a.exclude]
    a.out.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=a.jobs) as pool:
        scores = dict(zip(names, pool.map(lambda n: measure_set(n, a.out, a.scorer), names)))
    for name, s in scores.items():
        before = a.compare / f"{name}.json" if a.compare else None
        if before is not None and before.exists():
            print(f"{name:<10} {row_text(json.loads(before.read_text(encoding='utf-8')))}  ->  {row_text(s)}")
        else:
            print(f"{name:<10} {row_text(s)}")
    if a.readme:
        text, missing = rewrite_readme_rows(a.readme.read_text(encoding="utf-8"), scores)
        a.readme.write_text(text, encoding="utf-8")
        if missing:
            print(f"no row in {a.readme} for: {', '.join(missing)}", file=sys.stderr)
    now = pooled(scores)
    if a.compare:
        earlier = {n: json.loads((a.compare / f"{n}.json").read_text(encoding="utf-8")) for n in names
                   if (a.compare / f"{n}.json").exists()}
        if len(earlier) == len(names):
            then = pooled(earlier)
            print("pooled: " + ", ".join(f"{k} {then[k]:.4f} -> {v:.4f}" for k, v in now.items()))
            return 0
    print("pooled: " + ", ".join(f"{k} {v:.4f}" for k, v in now.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
