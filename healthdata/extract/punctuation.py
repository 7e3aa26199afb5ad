"""The punctuation that structures a report's text, defined once (``statements.yaml: punctuation``)
for the whole extraction: what ends a sentence, a clause, a statement's segment, what joins the
items of a list, and what counts as a space."""
from __future__ import annotations

from healthdata.vocab import load_yaml

__all__ = ["SENTENCE_BREAKS", "CLAUSE_BREAKS", "SEGMENT_BREAKS", "LIST_JOINERS", "SPACES"]

_P = load_yaml("statements.yaml")["punctuation"]
SENTENCE_BREAKS: str = _P["sentence"]  # ends a sentence (and its clauses and segments)
CLAUSE_BREAKS: str = _P["clause"] + SENTENCE_BREAKS  # ends a clause
SEGMENT_BREAKS: str = _P["segment"] + SENTENCE_BREAKS  # ends a segment: no statement reaches across it
LIST_JOINERS: str = _P["list_joiners"]  # joins the items or values of one list
SPACES: str = _P["spaces"]
