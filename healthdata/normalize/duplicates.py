"""Near-duplicate reports: MinHash signatures of character shingles (datasketch), with an LSH
Ensemble index so that a report *contained* in another (a plan repeated as the second half of a
summary-and-plan) is found as well as a verbatim repeat."""
from __future__ import annotations

import re

import numpy as np

NUM_PERM = 128
SHINGLE = 5
CONTAINMENT = 0.8
SCHEME = "affine64"
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def shingles(match_text: str, k: int = SHINGLE) -> set[str]:
    """Character k-grams of the text with whitespace and punctuation removed."""
    s = _NOISE.sub("", match_text)
    return {s[i:i + k] for i in range(max(len(s) - k + 1, 1))} if s else set()


def signature(match_text: str) -> tuple[np.ndarray, int]:
    """(MinHash hash values, number of shingles) of a report: small, picklable, deterministic."""
    from datasketch import MinHash

    sh = shingles(match_text)
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in sh])
    return mh.hashvalues.copy(), len(sh)


def _minhash(values: np.ndarray):
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME)


def containment(a: tuple[np.ndarray, int], b: tuple[np.ndarray, int]) -> float:
    """Estimated share of a's shingles that are also in b (from the MinHash Jaccard)."""
    (va, na), (vb, nb) = a, b
    if na == 0:
        return 0.0
    j = float(np.mean(va == vb))
    inter = j * (na + nb) / (1 + j)
    return min(1.0, inter / na)


def duplicate_of(signatures: list[tuple[str, np.ndarray, int]]) -> dict[str, str]:
    """{doc_id: doc_id of the report it repeats} for every near-duplicate.

    ``signatures`` is in build order.  A report repeats another when at least 80 % of its
    shingles are in the other; the original is the larger one, or the earlier of two equals.
    Chains resolve to their first original.
    """
    from datasketch import MinHashLSHEnsemble

    items = [(d, v, n) for d, v, n in signatures if n > 0]
    if len(items) < 2:
        return {}
    order = {d: i for i, (d, _, _) in enumerate(items)}
    index = MinHashLSHEnsemble(threshold=CONTAINMENT, num_perm=NUM_PERM, num_part=8)
    index.index([(d, _minhash(v), n) for d, v, n in items])
    result: dict[str, str] = {}
    by_id = {d: (v, n) for d, v, n in items}
    for d, v, n in items:
        best = None
        for cand in index.query(_minhash(v), n):
            if cand == d:
                continue
            vc, nc = by_id[cand]
            if containment((v, n), (vc, nc)) < CONTAINMENT:
                continue
            is_original = nc > n * 1.05 or (abs(nc - n) <= n * 0.05 and order[cand] < order[d])
            if is_original and (best is None or order[cand] < order[best]):
                best = cand
        if best is not None:
            result[d] = best
    for d in list(result):  # follow chains to the root
        seen = {d}
        while result[d] in result and result[d] not in seen:
            seen.add(result[d])
            result[d] = result[result[d]]
    return result
