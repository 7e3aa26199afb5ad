# Generator for holdout27: page text + hand annotation, written by the author (not program output).
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw"); GOLD = os.path.join(HERE, "gold")
os.makedirs(RAW, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
PAGES = []

def R(anchor, vt, value, unit, ind, subj, pop=None, st="actual", cmp="=", imp=False, red=False, occ=1):
    return dict(anchor=anchor, occurrence=occ, value_text=vt, value=value, unit=unit, unit_implicit=imp,
                redacted=red, indicator=ind, subject=subj, population=pop, statement=st, comparator=cmp)

def Q(anchor, vt, value, cu, ind, subj, pop=None, st="actual", cmp="=", occ=1, red=False):
    return dict(anchor=anchor, occurrence=occ, value_text=vt, value=value, unit="yuan" if cu == "元" else "count",
                count_unit=cu, unit_implicit=False, redacted=red, indicator=ind, subject=subj, population=pop,
                statement=st, comparator=cmp)

def D(anchor, title, dt, period, year, level, place, topic="general", occ=1):
    return dict(anchor=anchor, occurrence=occ, title=title, doc_type=dt, period=period, year=year,
                admin_level=level, place=place, topic=topic)

def P(anchor, themes, text=None, occ=1):
    return dict(anchor=anchor, occurrence=occ, text=text or anchor, themes=themes)

def page(name, text, docs, rates, qs, probs):
    PAGES.append((name, text, docs, rates, qs, probs))

def write_all():
    from pads import PADS
    import opencc
    for name, text, docs, rates, qs, probs in PAGES:
        if name in PADS:
            marker, pad = PADS[name]
            if "trad" in name:
                marker, pad = (opencc.OpenCC("s2t").convert(x) for x in (marker, pad))
            i = text.index(marker)
            text = text[:i] + pad + text[i:]
        from pads import END
        if name in END:
            end = END[name]
            text = text + (opencc.OpenCC("s2t").convert(end) if "trad" in name else end)
        with open(os.path.join(RAW, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        for kind, recs in (("docs", docs), ("rates", rates), ("quantities", qs), ("problems", probs)):
            for r in recs:
                n = text.count(r["anchor"])
                assert n >= r["occurrence"], (name, kind, r["anchor"])
                if "value_text" in r:
                    assert r["value_text"] in r["anchor"], (name, r)
                if kind == "problems":
                    assert r["text"] in text, (name, r["text"])
                    assert r["anchor"] in r["text"], (name, r)
            with open(os.path.join(GOLD, name + "." + kind + ".jsonl"), "w", encoding="utf-8") as f:
                for r in recs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
