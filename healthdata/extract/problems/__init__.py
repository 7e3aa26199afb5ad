"""Problem statements: what a report admits is not working, one row per distinct problem.

Two places hold problems:

* a **problems section** (存在问题, 存在的困难和问题, 不足, 差距; the machine paraphrase 存在的题目 is
  folded by the matching text).  Sections come from the segmenter (``Section.kind == 'problems'``)
  and, as a fallback that also works without one, from short heading lines matching the cue
  vocabulary.  Inside, every enumerated item (一是…, 1、…, (一)…) gives a row, and so does every
  further sentence that words a shortcoming; a sentence announcing measures (下一步, 针对上述问题)
  ends the problems.
* **running text**: sentences announcing problems (但也存在不少问题:, 主要表现为:) open a list whose
  items are problems (announced with a full stop, 工作中也暴露出一些问题。, the sentences after it are, as in a
  section); elsewhere a clause wording a shortcoming (有待, 薄弱, 滞后, 缺乏, 仍…, 差距) is
  a problem, together with the clauses before it that give its subject.

A problem is one judgement: a clause (or a part of a list) that judges another subject than the
one before it (人员不足、业务用房紧张; 基础设施薄弱,人员素质不高) starts a problem of its own,
while one that says more about the same judgement (its consequence, its worst case, what a gap
is) stays with it.

Detection runs on a *reading view* of the report's matching text (Traditional already folded
to Simplified): reading aids (pinyin in parentheses after characters) are left out, a line cut
inside a sentence by the page's line width is joined to the next, and a whole report printed on
one line is cut at its inline headings.  Every character of the view remembers its offset in
the raw text, so rows and evidence still point at the raw characters.

All cues are data (``healthdata/vocab/problem_cues.yaml``); offsets and text come from
``report.text``.

The package, by concern (each module depends only on those above it):

* :mod:`.spans` — spans and cutting text into trimmed pieces (no vocabulary);
* :mod:`.vocabulary` — the cue vocabulary, compiled;
* :mod:`.splitting` — enumerated items, sentences and clauses of a paragraph;
* :mod:`.judgement` — what a clause or sentence says (shortcoming, solving, lead-in, stop) and
  whether a clause goes on with the judgement before it (same subject, consequence, …);
* :mod:`.clauses` — a sentence or section paragraph cut into its judgements (one problem each);
* :mod:`.headings` — heading levels, problems and plans headings;
* :mod:`.view` — the reading view and its offsets into the raw text;
* :mod:`.sections` — problems sections and the problems inside them;
* :mod:`.running_text` — problems in running text;
* here — one output row per problem, with its themes.
"""
from __future__ import annotations

from healthdata.normalize.themes import theme_ids, themes_for
from healthdata.types import ReportText

from .headings import problem_heading_end, with_sentence_end
from .judgement import is_general_gap
from .running_text import headline_zone, running_text_problem_spans
from .sections import plan_sections, problem_section_bodies, section_problem_spans
from .spans import Span, contiguous_blocks, line_spans, overlaps_any
from .view import View, reading_view
from .vocabulary import compiled_cues, problem_cues

__all__ = ["extract_problems", "problem_cues", "compiled_cues"]


def problem_row(report: ReportText, view: View, span: Span, origin: str) -> dict:
    """One output row for the problem at view ``span``, with its themes and evidence (raw offsets)."""
    s, e = span
    evidence = [(t, kw) + view.raw_span(s + rs, s + re_) for t, kw, rs, re_ in themes_for(view.text[s:e])]
    a, b = view.raw_span(s, e)
    return {
        "source_start": a,
        "source_end": b,
        "text": report.text[a:b],
        "origin": origin,
        "themes": theme_ids(evidence),
        "evidence": [
            {"theme_id": t, "keyword": report.text[ka:kb], "start": ka, "end": kb} for t, _kw, ka, kb in evidence
        ],
    }


def extract_problems(report: ReportText) -> list[dict]:
    """Problem statements of one report, in text order.

    Each dict has source_start, source_end (absolute offsets into ``report.text``), text,
    origin ('section' or 'running_text'), themes (theme ids) and evidence (theme_id, keyword,
    start, end of each matched keyword).
    """
    view = reading_view(report)
    m = view.text
    paragraphs = line_spans(m, 0, len(m))
    heads = [problem_heading_end(with_sentence_end(m, s, e)) for s, e in paragraphs]
    bodies = problem_section_bodies(view, paragraphs, heads)
    spans: dict[Span, str] = {}
    for bs, be in bodies:
        for span in section_problem_spans(m, bs, be):
            spans.setdefault(span, "section")
    keep = [head is None and not overlaps_any(p, bodies) and not headline
            for p, head, headline in zip(paragraphs, heads, headline_zone(m, paragraphs))]
    plans = plan_sections(view)
    for block in contiguous_blocks(paragraphs, keep):
        for span in running_text_problem_spans(m, block, plans):
            spans.setdefault(span, "running_text")
    kept = without_frames(m, sorted(spans))
    return [problem_row(report, view, span, spans[span]) for span in kept if in_report_text(report, view, span)]


def in_report_text(report: ReportText, view: View, span: Span) -> bool:
    """Whether the problem at view ``span`` lies in the report's own text: not in the headline and the site's lines
    above a news item's text (``report.text_start``; 看病更方便了 难题还待破 sums up what the body states)."""
    return report.text_start is None or view.raw_span(*span)[0] >= report.text_start


def without_frames(match: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted) without a gap of the work as a whole against what was expected (全年工作虽有成效,但对照上级
    要求仍有不小差距。) right before the next problem: the frame a report sets before its problems.  Standing alone
    (…还有距离。明年我们将继续努力。) it is the report's one admission, and stays."""
    limit = compiled_cues().frame_gap_chars
    return [span for k, span in enumerate(spans)
            if not (k + 1 < len(spans) and spans[k + 1][0] - span[1] <= limit
                    and is_general_gap(match[span[0]:span[1]]))]
