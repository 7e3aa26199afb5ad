"""Scores on the written evaluation sets (eval/written/): pages written by hand in the shapes real
sites give (news items, notices, bulletins, yearbook entries, one-line pages, Traditional text with
pinyin, tables, masked digits …) and annotated by hand by people who did not run the program.

`dev` to `holdout7`, `holdout9` to `holdout16` and `holdout18` have been worked from (each was blind when it was
first measured); `holdout8` was measured blind at the start and at the end of a round, then read; `holdout13` was
measured blind at the start and at the end of the round that worked from `holdout11` and `holdout12`, then
opened, and `holdout14`, `holdout17` and `holdout19` after a round kept closed; `holdout21` to `holdout23` were
measured blind when written, then worked from, and so were `holdout25` to `holdout27`, `holdout29` to `holdout32`,
`holdout34` to `holdout37`, `holdout39` to `holdout42`, `holdout44` to `holdout47`, `holdout49` to `holdout52` and
`holdout54` to `holdout57`, `holdout59` to `holdout62`, `holdout64` to `holdout67`, `holdout69` to `holdout72`, `holdout74` to `holdout77`, `holdout79` to `holdout82`, `holdout84` to `holdout87`, `holdout89` to `holdout92`, `holdout94` to `holdout97`, `holdout99` to `holdout102` and `holdout104` to `holdout107`; `holdout20`, `holdout24`, `holdout28`, `holdout33`, `holdout38`,
`holdout43`, `holdout48`, `holdout53`, `holdout58`, `holdout63`, `holdout68`, `holdout73`, `holdout78`, `holdout83`, `holdout88`, `holdout93` and `holdout98` after a round kept closed.  `holdout103` (written at the
start of the latest round, the general mix) is only measured, never opened: the next round's blind first measure.
The floors are what the sets scored when they were last measured, rounded down (capped at 0.97; all raised to
the end of round 31's figures): a drop below one is a regression on page shapes the seeds do not have.  The scorer lives in ../shared/eval; where this clone has no shared folder these
tests skip with a loud message.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

WRITTEN = ROOT / "eval" / "written"

FLOORS = {
    "dev": {"rates": 0.98, "quantities": 0.98, "documents": 0.97, "problems_recall": 0.97, "problems_precision": 0.97,
            "theme_f1": 0.97},
    "holdout": {"rates": 0.98, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                "problems_precision": 0.97, "theme_f1": 0.95},
    "holdout2": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.96, "theme_f1": 0.9},
    "holdout3": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.97, "theme_f1": 0.96},
    "holdout4": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.97, "theme_f1": 0.97},
    "holdout5": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.97, "theme_f1": 0.9},
    "holdout6": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.95, "theme_f1": 0.97},
    "holdout7": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.97, "theme_f1": 0.91},
    "holdout8": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.97, "theme_f1": 0.97},
    # problems precision 0.93 -> 0.92 in round 23: a plan's problem of two judgements joined by a comma (an ageing population's
    # need for care, and the supply of combined medical and elderly care short of it; weak basic-level capacity, and
    # village clinics becoming empty shells) is now read as two, each a judgement of its own; this set's gold keeps
    # each pair whole (other sets split such pairs)
    "holdout9": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                 "problems_precision": 0.94, "theme_f1": 0.9},
    "holdout10": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.85},
    "holdout11": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.92},
    "holdout12": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.83},
    "holdout13": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.85},
    "holdout14": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.96},
    "holdout15": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.95},
    "holdout16": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.94, "theme_f1": 0.91},
    "holdout18": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.89},
    # measured only in the round they were written (holdout17 at its start and end, holdout19 in its middle and at its
    # end), then opened in the next round and worked from
    "holdout17": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.93},
    "holdout19": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.93},
    # written the round before and measured blind first, then worked from
    "holdout21": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.89},
    "holdout22": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.94},
    "holdout23": {"rates": 0.97, "quantities": 0.97, "documents": 0.94, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.97},
    # kept closed a round (measured blind at its start and end), then opened and worked from
    "holdout20": {"rates": 0.97, "quantities": 0.97, "documents": 0.92, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.96},
    # written in the latest round and measured blind first, then worked from
    "holdout25": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.92},
    "holdout26": {"rates": 0.97, "quantities": 0.97, "documents": 0.95, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.86},
    "holdout27": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.94},
    # kept closed a round (measured blind at its start and end), then opened and worked from
    "holdout24": {"rates": 0.97, "quantities": 0.97, "documents": 0.93, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    # written in the latest round and measured blind first, then worked from
    "holdout29": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.95},
    "holdout30": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.94, "theme_f1": 0.84},
    "holdout31": {"rates": 0.97, "quantities": 0.97, "documents": 0.91, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.8},
    "holdout32": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    # (holdout28's rates floor 0.97 -> 0.96 in round 27: a rule lowered by points, 报销比例降低N个百分点, is kept as a
    # signed policy value instead of being set aside by the row rule; this set's gold leaves it unsigned:
    # of the 11 sets with such a cut, 6 sign it, 5 do not)
    "holdout28": {"rates": 0.96, "quantities": 0.97, "documents": 0.95, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.9},
    # written at the start of round 17, measured blind, then worked from
    "holdout34": {"rates": 0.97, "quantities": 0.98, "documents": 0.9, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    "holdout35": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.92, "theme_f1": 0.86},
    "holdout36": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.93, "theme_f1": 0.79},
    "holdout37": {"rates": 0.99, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.86},
    # kept closed a round (measured blind at its start and end), then opened and worked from
    "holdout33": {"rates": 0.99, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.93},
    # written at the start of round 18, measured blind, then worked from
    "holdout39": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.94, "theme_f1": 0.81},
    "holdout40": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.9},
    "holdout41": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.94, "theme_f1": 0.86},
    "holdout42": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    # kept closed a round (measured blind at its start and end), then opened and worked from
    "holdout38": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.96,
                  "problems_precision": 0.96, "theme_f1": 0.89},
    # written at the start of round 19, measured blind, then worked from
    "holdout44": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.96,
                  "problems_precision": 0.93, "theme_f1": 0.88},
    "holdout45": {"rates": 0.97, "quantities": 0.97, "documents": 0.92, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.89},
    "holdout46": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.92, "theme_f1": 0.84},
    "holdout47": {"rates": 0.97, "quantities": 0.97, "documents": 0.91, "problems_recall": 0.97,
                  "problems_precision": 0.95, "theme_f1": 0.86},
    # kept closed a round (measured blind at its start and end), then opened and worked from
    "holdout43": {"rates": 0.97, "quantities": 0.97, "documents": 0.76, "problems_recall": 0.97,
                  "problems_precision": 0.93, "theme_f1": 0.86},
    # kept closed a round (measured blind at its start and end), then opened and worked from
    "holdout48": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.83},
    # written at the start of round 20, measured blind, then worked from
    # (holdout49's rates floor 0.97 -> 0.96 in round 27: a rule lowered by points, 报销比例降低N个百分点, is kept as a
    # signed policy value instead of being set aside by the row rule; this set's gold leaves it unsigned:
    # of the 11 sets with such a cut, 6 sign it, 5 do not)
    "holdout49": {"rates": 0.96, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    "holdout50": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.95, "theme_f1": 0.92},
    "holdout51": {"rates": 0.97, "quantities": 0.97, "documents": 0.86, "problems_recall": 0.97,
                  "problems_precision": 0.83, "theme_f1": 0.79},
    # problems precision 0.94 -> 0.92 in round 27: 部分卫生院无业务用房 after a judgement of the staff is read as a judgement of
    # its own (premises, another subject); this set's gold keeps the comma-joined pair whole (a recorded dispute)
    "holdout52": {"rates": 0.97, "quantities": 0.97, "documents": 0.84, "problems_recall": 0.95,
                  "problems_precision": 0.92, "theme_f1": 0.85},
    # written at the start of round 21, measured blind, then worked from
    # theme F1 0.89 -> 0.88 in round 27: 部分新建安置小区尚未配套… is now read apart from the judgement before its ; (the gold's
    # two problems, one before); the second's own themes miss equity_access
    "holdout54": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    "holdout55": {"rates": 0.97, "quantities": 0.97, "documents": 0.91, "problems_recall": 0.97,
                  "problems_precision": 0.93, "theme_f1": 0.86},
    "holdout56": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.92, "theme_f1": 0.82},
    "holdout57": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.94, "theme_f1": 0.87},
    # kept closed a round (measured blind at its start and end), then opened and worked from
    "holdout53": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.98,
                  "problems_precision": 0.9, "theme_f1": 0.89},
    # kept closed a round (measured blind at its start and end, and again at the start of round 23), then opened
    "holdout58": {"rates": 0.97, "quantities": 0.97, "documents": 0.7, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.86},
    # written at the start of round 22, measured blind, then worked from
    "holdout59": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.92},
    "holdout60": {"rates": 0.97, "quantities": 0.97, "documents": 0.95, "problems_recall": 0.98,
                  "problems_precision": 0.96, "theme_f1": 0.85},
    "holdout61": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.93, "theme_f1": 0.84},
    "holdout62": {"rates": 0.97, "quantities": 0.97, "documents": 0.83, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.92},
    # written at the start of round 23, measured blind, then worked from
    "holdout64": {"rates": 0.97, "quantities": 0.97, "documents": 0.93, "problems_recall": 0.98,
                  "problems_precision": 0.97, "theme_f1": 0.84},
    "holdout65": {"rates": 0.97, "quantities": 0.97, "documents": 0.9, "problems_recall": 0.95,
                  "problems_precision": 0.95, "theme_f1": 0.89},
    "holdout66": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.91},
    "holdout67": {"rates": 0.97, "quantities": 0.97, "documents": 0.79, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.93},
    # kept closed a round (measured blind at its start and end, and again at the start of round 24), then opened
    "holdout63": {"rates": 0.97, "quantities": 0.97, "documents": 0.79, "problems_recall": 0.97,
                  "problems_precision": 0.93, "theme_f1": 0.88},
    # kept closed a round (measured blind at its start and end, and again at the start of round 25), then opened
    "holdout68": {"rates": 0.97, "quantities": 0.97, "documents": 0.88, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.89},
    # kept closed a round (measured blind at its start and end, and again at the start of round 26), then opened
    "holdout73": {"rates": 0.97, "quantities": 0.97, "documents": 0.86, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.92},
    # written at the start of round 24, measured blind, then worked from (theme F1 floors of holdout39, 63 and 69-72
    # raised after round 24's theme work: problem themes named by their subject, see tests/test_themes_round24.py)
    "holdout69": {"rates": 0.97, "quantities": 0.97, "documents": 0.88, "problems_recall": 0.97,
                  "problems_precision": 0.87, "theme_f1": 0.89},
    "holdout70": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.95, "theme_f1": 0.94},
    "holdout71": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.9},
    "holdout72": {"rates": 0.97, "quantities": 0.97, "documents": 0.82, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.9},
    # written at the start of round 25, measured blind, then worked from (holdout74's theme F1 floor 0.83 -> 0.82: the
    # problems found since, recall 0.94 -> 1.00, carry themes the vocabulary reads only in part)
    "holdout74": {"rates": 0.97, "quantities": 0.97, "documents": 0.86, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.86},
    "holdout75": {"rates": 0.97, "quantities": 0.97, "documents": 0.95, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.9},
    # (holdout76's documents floor 0.92 -> 0.96 in round 26: a public account's lead-in ending in 👇 is the text's first line)
    "holdout76": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.86},
    "holdout77": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.91},
    # written at the start of round 26, measured blind, then worked from (documents floors raised: holdout80 0.92 -> 0.96,
    # a title ending in …工作五年回顾; holdout82 0.75 -> 0.79, a site menu of bracketed cells between a title's copies)
    "holdout79": {"rates": 0.97, "quantities": 0.97, "documents": 0.81, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.87},
    "holdout80": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.83},
    "holdout81": {"rates": 0.97, "quantities": 0.97, "documents": 0.89, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.86},
    "holdout82": {"rates": 0.97, "quantities": 0.97, "documents": 0.79, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    # kept closed a round (measured blind at its start and end, and again at the start of round 27), then opened
    # documents 0.79 -> 0.83 in round 27: a site's script switch in brackets (（繁體版 | 简体版）) under a title is the site's line
    "holdout78": {"rates": 0.97, "quantities": 0.97, "documents": 0.83, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.87},
    # written at the start of round 27, measured blind, then worked from
    # round 27 (problems): recall 0.84 -> 0.94; theme F1 0.78 -> 0.77 as the problems found bring their theme judgements
    # in (theme F1 is measured over the problems found only: 大型设备 read as infrastructure in a reform problem, …)
    "holdout84": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.94,
                  "problems_precision": 0.97, "theme_f1": 0.77},
    "holdout85": {"rates": 0.97, "quantities": 0.97, "documents": 0.89, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.9},
    "holdout86": {"rates": 0.97, "quantities": 0.97, "documents": 0.92, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.83},
    "holdout87": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.86},
    # kept closed a round (measured blind at its start and end, and again at the start of round 28), then opened
    "holdout83": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.78, "theme_f1": 0.81},
    # written at the start of round 28, measured blind, then worked from
    # round 28 (documents): holdout89 documents 0.75 -> 0.80 (a notice's title over its document number and posting day on one
    # line is the notice's title: one plan), holdout92 0.90 -> 0.96 (a sharing site's related-documents list and an essay site's
    # labels between the copies of a title no longer part them)
    "holdout89": {"rates": 0.97, "quantities": 0.97, "documents": 0.8, "problems_recall": 0.97,
                  "problems_precision": 0.95, "theme_f1": 0.85},
    "holdout90": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.88},
    # round 28 (problems): recall 0.979 -> 1.000 and 0.984 -> 1.000 (a capacity lacking, 不具备…流调…能力; check-ups
    # irregular and coverage falling, 产检不规律, 建册率下降); the problems found bring theme judgements the gold gives
    # otherwise, offset by the round's theme work: theme F1 0.794 -> 0.794 and 0.840 -> 0.842 with both merged
    "holdout91": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.79},
    "holdout92": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.84},
    # kept closed a round (measured blind at its start and end, and again at the start of round 29), then opened
    "holdout88": {"rates": 0.97, "quantities": 0.97, "documents": 0.95, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.85},
    # written at the start of round 29, measured blind, then worked from
    # (round 29, documents: holdout94 documents 0.69 -> 0.76: a title printed again under the site's web-address line, and a
    # summary joined to the next year's 工作谋划, are titled reports from their first copy)
    "holdout94": {"rates": 0.97, "quantities": 0.97, "documents": 0.76, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.85},
    "holdout95": {"rates": 0.97, "quantities": 0.97, "documents": 0.88, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.93},
    "holdout96": {"rates": 0.97, "quantities": 0.97, "documents": 0.88, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.82},
    "holdout97": {"rates": 0.97, "quantities": 0.97, "documents": 0.87, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.87},
    # kept closed a round (measured blind at its start and end, and again at the start of round 30), then opened
    "holdout93": {"rates": 0.97, "quantities": 0.97, "documents": 0.79, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.85},
    # written at the start of round 30, measured blind, then worked from
    "holdout99": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                  "problems_precision": 0.96, "theme_f1": 0.91},
    "holdout100": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.96,
                   "problems_precision": 0.94, "theme_f1": 0.86},
    "holdout101": {"rates": 0.97, "quantities": 0.97, "documents": 0.84, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.93},
    "holdout102": {"rates": 0.97, "quantities": 0.97, "documents": 0.88, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.92},
    # kept closed a round (measured blind at its start and end, and again at the start of round 31), then opened
    "holdout98": {"rates": 0.97, "quantities": 0.97, "documents": 0.8, "problems_recall": 0.97,
                  "problems_precision": 0.97, "theme_f1": 0.89},
    # written at the start of round 31, measured blind, then worked from
    "holdout104": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.81},
    "holdout105": {"rates": 0.97, "quantities": 0.97, "documents": 0.88, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.88},
    "holdout106": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                   "problems_precision": 0.96, "theme_f1": 0.85},
    "holdout107": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.92},
    # kept closed three rounds (measured blind at round 31's start and end and at round 32's start, identical), then opened
    "holdout103": {"rates": 0.97, "quantities": 0.97, "documents": 0.92, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.86},
    # measured only (written at the start of round 32, all five kept closed: blind at the round's start and at its end)
    "holdout108": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.94,
                   "problems_precision": 0.97, "theme_f1": 0.89},
    "holdout109": {"rates": 0.97, "quantities": 0.97, "documents": 0.88, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.86},
    "holdout110": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.97,
                   "problems_precision": 0.92, "theme_f1": 0.85},
    "holdout111": {"rates": 0.97, "quantities": 0.97, "documents": 0.96, "problems_recall": 0.97,
                   "problems_precision": 0.97, "theme_f1": 0.86},
    "holdout112": {"rates": 0.97, "quantities": 0.97, "documents": 0.97, "problems_recall": 0.96,
                   "problems_precision": 0.92, "theme_f1": 0.93},
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scores(request, gold_dir, tmp_path_factory):
    name = request.param
    raw, gold = WRITTEN / name / "raw", WRITTEN / name / "gold"
    out = tmp_path_factory.mktemp(f"written_{name}")
    subprocess.run([sys.executable, "-m", "healthdata.cli", "build", "--raw-dir", str(raw), "--out-dir", str(out), "-q"],
                   check=True, capture_output=True, timeout=600)
    run = subprocess.run([sys.executable, str(gold_dir / "score.py"), "score", "--processed", str(out), "--raw", str(raw),
                          "--gold", str(gold), "--json"], capture_output=True, text=True, check=True, timeout=300)
    return name, json.loads(run.stdout)


def test_every_written_page_has_its_gold():
    for name in FLOORS:
        pages = sorted(p.name for p in (WRITTEN / name / "raw").iterdir())
        assert pages, name
        for page in pages:
            assert (WRITTEN / name / "gold" / f"{page}.docs.jsonl").exists(), page


def test_written_sets_score_at_least_their_floors(scores):
    name, s = scores
    floor = FLOORS[name]
    got = {"rates": s["rates"]["f1"], "quantities": s["quantities"]["f1"], "documents": s["documents"]["f1"],
           "problems_recall": s["problems"]["recall"], "problems_precision": s["problems"]["precision"],
           "theme_f1": s["problems"]["theme_f1"]}
    below = {k: (round(v, 4), floor[k]) for k, v in got.items() if v < floor[k]}
    assert not below, f"{name}: below the floor (got, floor): {below}"
