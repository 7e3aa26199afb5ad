"""Near-duplicate reports: MinHash signatures of character shingles, with datasketch's LSH
Ensemble index so that a report *contained* in another (a plan repeated as the second half of a
summary-and-plan) is found as well as a verbatim repeat.

Speed: a report's shingles are hashed once, all at a time (one 64-bit FNV-1a hash per 5-character
window of code points, folded to 32 bits), and the MinHash of the distinct hashes is computed
vectorised with numpy, in large chunks.  The MinHash is datasketch's ``affine32``
scheme exactly (its permutation parameters, drawn as datasketch draws them, and its MurmurHash3
pre-mix); a test checks the values against ``datasketch.MinHash`` itself.  So the per-file
workers never import datasketch (and scipy with it): only the cross-file step does.
Everything is a pure function of the text: the same report gives the same signature in every
run, worker and engine.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SHINGLE = 5
CONTAINMENT = 0.8
SCHEME = "affine32"  # datasketch's name for the permutation scheme computed by minhash_values
SEED = 1
CHUNK = 8192  # shingle hashes permuted per batch (a NUM_PERM x CHUNK matrix of 4 MiB): most reports in one
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)
_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)
_MAX32 = np.uint32(0xFFFFFFFF)


def shingle_text(match_text: str) -> str:
    """The text shingles are taken from: whitespace, punctuation and underscores removed."""
    return _NOISE.sub("", match_text)


def shingles(match_text: str, k: int = SHINGLE) -> set[str]:
    """Character k-grams of the text with whitespace and punctuation removed (a text shorter
    than k is one shingle)."""
    s = shingle_text(match_text)
    return {s[i:i + k] for i in range(max(len(s) - k + 1, 1))} if s else set()


def shingle_hashes(match_text: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted distinct 32-bit hashes of the text's shingles (those of :func:`shingles`).

    Each shingle's hash is 64-bit FNV-1a over its k code points, folded to 32 bits, computed for
    every window at once.
    """
    s = shingle_text(match_text)
    if not s:
        return np.zeros(0, dtype=np.uint32)
    points = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = max(len(points) - k + 1, 1)
    h = np.full(n, _FNV_OFFSET, dtype=np.uint64)
    for j in range(min(k, len(points))):
        h = (h ^ points[j:j + n]) * _FNV_PRIME
    folded = ((h >> np.uint64(32)) ^ h).astype(np.uint32)
    folded.sort()
    return folded[np.concatenate(([True], folded[1:] != folded[:-1]))]


@lru_cache(maxsize=1)
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the NUM_PERM affine permutations h -> a*h + b mod 2**32 (a odd), drawn from
    ``RandomState(SEED)`` in the order datasketch draws them for the affine32 scheme."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _premix(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection), applied once before the permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def minhash_values(hashes: np.ndarray) -> np.ndarray:
    """The NUM_PERM MinHash values (uint32) of a set given by its 32-bit element hashes.

    One row per permutation, one column per element: each minimum is taken along a contiguous row.
    """
    a, b = (p[:, None] for p in permutations())
    out = np.full(NUM_PERM, _MAX32, dtype=np.uint32)
    mixed = _premix(np.asarray(hashes, dtype=np.uint32))[None, :]
    n = mixed.shape[1]
    buf = np.empty((NUM_PERM, min(CHUNK, n)), dtype=np.uint32)
    for i in range(0, n, CHUNK):
        part = mixed[:, i:i + CHUNK]
        block = buf[:, :part.shape[1]]
        np.multiply(a, part, out=block)  # wraps modulo 2**32, as the scheme intends
        np.add(block, b, out=block)
        np.minimum(out, block.min(axis=1), out=out)
    return out


def signature(match_text: str) -> tuple[np.ndarray, int]:
    """(MinHash hash values, number of shingles) of a report: small, picklable, deterministic."""
    hashes = shingle_hashes(match_text)
    return minhash_values(hashes), len(hashes)


def containment(a: tuple[np.ndarray, int], b: tuple[np.ndarray, int]) -> float:
    """Estimated share of a's shingles that are also in b (from the MinHash Jaccard)."""
    (va, na), (vb, nb) = a, b
    if na == 0:
        return 0.0
    return float(min(1.0, containments(va, na, np.asarray([vb]), np.asarray([nb]))[0]))


def containments(values: np.ndarray, size: int, others: np.ndarray, other_sizes: np.ndarray) -> np.ndarray:
    """Estimated share of one set's shingles found in each of ``others`` (rows of MinHash values),
    from the MinHash Jaccard j and the sizes: |a & b| = j (|a| + |b|) / (1 + j)."""
    j = np.count_nonzero(others == values, axis=1) / NUM_PERM
    return j * (size + other_sizes) / (1 + j) / size


def _resolve_chains(result: dict[str, str]) -> dict[str, str]:
    """Every duplicate pointed at the first original of its chain."""
    for d in list(result):
        seen = {d}
        while result[d] in result and result[d] not in seen:
            seen.add(result[d])
            result[d] = result[result[d]]
    return result


NUM_PART = 8  # size partitions of the LSH Ensemble
_MERGE_PAIRS = 1 << 20  # candidate pairs of the bands read that are merged into the distinct ones found so far


def _ensemble_parameters_computed() -> tuple[tuple[float, ...], tuple[tuple[int, int], ...]]:
    from datasketch import MinHashLSHEnsemble

    ensemble = MinHashLSHEnsemble(threshold=CONTAINMENT, num_perm=NUM_PERM, num_part=NUM_PART)
    return tuple(ensemble.xqs.tolist()), tuple(tuple(bp) for bp in ensemble.params.tolist())


@lru_cache(maxsize=1)
def ensemble_parameters() -> tuple[np.ndarray, np.ndarray]:
    """(``xqs``, ``params``) of ``MinHashLSHEnsemble(threshold=CONTAINMENT, num_perm=NUM_PERM, num_part=NUM_PART)``:
    the query-size ratios it tabulates and the optimal (b, r) for each.  Constants of datasketch's code, found by
    numerical integration (scipy.integrate, whose import and the integrals take most of a second): kept in the disk
    cache (:func:`healthdata.compilecache.memo`, keyed by datasketch's version), so a build computes them once."""
    import importlib.metadata

    from healthdata import compilecache

    try:
        version = importlib.metadata.version("datasketch")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    xqs, params = compilecache.memo(f"duplicates.ensemble_parameters-datasketch-{version}",
                                    (CONTAINMENT, NUM_PERM, NUM_PART), _ensemble_parameters_computed)
    return np.array(xqs, dtype=np.float64), np.array(params, dtype=int)


def optimal_partitions(sizes: np.ndarray, counts: np.ndarray, num_part: int) -> list[tuple]:
    """datasketch's ``lshensemble_partition.optimal_partitions`` with its loops over the distinct sizes done by numpy: the
    same partitions, bit for bit (a test checks it against datasketch's).  Each expected false-positive count is the
    same ``np.sum`` over the same values (the terms of an upper bound are computed once for every lower bound), and
    each minimum of its dynamic programme is numpy's over the same sums, ties going to the lowest bound as Python's
    ``min`` of (cost, bound) pairs sends them.  datasketch's loops call a function per pair of distinct sizes: with
    about two hundred distinct sizes per thousand reports, half a second; growing with the square of their number."""
    if num_part < 2:
        return [(sizes[0], sizes[-1])]
    if num_part >= len(sizes):
        return [(x, x) for x in sizes]
    return _best_partitions(num_part, sizes, _nfps_real(counts, sizes))


def _nfps_real(counts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """datasketch's ``_compute_nfps_real``: [l, u] -> sum((sizes[u] - sizes[l:u+1]) / sizes[u] * counts[l:u+1])."""
    n = len(sizes)
    nfps = np.zeros((n, n))
    add = np.add.reduce  # what np.sum calls: the same pairwise summation of the same terms
    for u in range(n):
        top = float(sizes[u])
        terms = (top - sizes[:u + 1]) / top * counts[:u + 1]
        column = nfps[:, u]
        for lo in range(u + 1):
            column[lo] = add(terms[lo:])
    return nfps


def _best_partitions(num_part: int, sizes: np.ndarray, nfps: np.ndarray) -> list[tuple]:
    """datasketch's ``_compute_best_partitions`` (its partitions), each ``min`` over the bounds an ``argmin``."""
    n = len(sizes)
    if num_part > n:
        raise ValueError("num_part cannot be greater than the domain size of all set sizes")
    if num_part == 2:
        u = int(np.argmin(nfps[0, :n - 1] + nfps[1:n, n - 1]))
        return [(sizes[0], sizes[u]), (sizes[u + 1], sizes[-1])]
    cost = np.zeros((n, num_part - 2))
    for p in range(2, num_part):
        for u in range(p - 1, n):
            if p == 2:
                cost[u, 0] = np.min(nfps[0, :u] + nfps[1:u + 1, u])
            else:
                cost[u, p - 2] = np.min(cost[p - 2:u, p - 3] + nfps[p - 1:u + 1, u])
    p = num_part
    u = p - 2 + int(np.argmin(cost[p - 2:n - 1, p - 3] + nfps[p - 1:n, n - 1]))
    partitions = [(sizes[u + 1], sizes[-1])]
    p -= 1
    while p > 1:
        best = p - 2 + int(np.argmin(cost[p - 2:u, p - 2] + nfps[p - 1:u + 1, u]))
        partitions.insert(0, (sizes[best + 1], sizes[u]))
        u = best
        p -= 1
    partitions.insert(0, (sizes[0], sizes[u]))
    return partitions


def ensemble_partitions(sizes: np.ndarray, num_part: int = NUM_PART) -> tuple[np.ndarray, np.ndarray]:
    """(the partition of each set, the upper size bound of each partition) as ``MinHashLSHEnsemble.index`` makes
    them for sets of ``sizes``: its optimal partitions of the size distribution (datasketch's own function), the sets
    taken in order of size (stable) and moved on to the next partition when one is larger than the current bound."""
    distinct, counts = np.unique(sizes, return_counts=True)  # (what sorted(Counter(sizes).most_common()) gives)
    uppers = np.array([u for _, u in optimal_partitions(distinct, counts, num_part)], dtype=np.int64)
    part = np.empty(len(sizes), dtype=np.int64)
    current = 0
    for i in np.argsort(sizes, kind="stable").tolist():
        if sizes[i] > uppers[current]:
            current += 1  # (one step per set, as datasketch steps)
        part[i] = current
    return part, uppers


def ensemble_candidates(values: np.ndarray, sizes: np.ndarray) -> list[np.ndarray]:
    """For each set (rows of MinHash ``values``, ``sizes``), the other sets, sorted, that datasketch's
    ``MinHashLSHEnsemble(threshold=CONTAINMENT, num_perm=NUM_PERM, num_part=NUM_PART)`` holding every set returns
    for it as a query: in each partition, those sharing one of the first ``b`` bands of ``r`` hash values with it,
    (b, r) the ensemble's parameters for the partition's upper bound and the query's size.

    The same answer as inserting every set into the ensemble's band tables and querying each in turn (a test checks
    it against datasketch), with the tables replaced by numpy: per band, the sets sharing its values are grouped
    by one sort, and every pair of a group is kept when its query reads that band in the other's partition."""
    n = len(values)
    xqs, params = ensemble_parameters()
    part, uppers = ensemble_partitions(sizes)
    # (b, r) of each query in each partition: datasketch's _get_optimal_param for all at once
    ratio = uppers[None, :].astype(np.float64) / sizes[:, None].astype(np.float64)
    k = np.minimum(np.searchsorted(xqs, ratio, side="left"), len(params) - 1)
    b_of, r_of = params[k, 0], params[k, 1]  # (query, partition)
    pairs = np.zeros(0, dtype=np.int64)  # query * n + candidate, distinct and sorted (by query, then candidate)
    found: list[np.ndarray] = []  # the pairs of the bands read since, not yet merged into ``pairs``
    for r in sorted(set(params[:, 1].tolist())):
        for band in range(NUM_PERM // r):
            q, x = sharing_pairs(values[:, band * r:(band + 1) * r])
            px = part[x]
            keep = (r_of[q, px] == r) & (band < b_of[q, px])
            found.append(q[keep] * n + x[keep])
            if sum(map(len, found)) > len(pairs) + _MERGE_PAIRS:  # (most pairs recur in many bands: memory stays bounded)
                pairs, found = np.unique(np.concatenate([pairs, *found])), []
    pairs = np.unique(np.concatenate([pairs, *found]))
    bounds = np.searchsorted(pairs, np.arange(n + 1) * n)
    return [pairs[bounds[i]:bounds[i + 1]] - i * n for i in range(n)]


def sharing_pairs(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(q, x): every ordered pair of distinct row indices whose rows are equal."""
    _, ids = np.unique(rows, axis=0, return_inverse=True)
    order = np.argsort(ids.ravel(), kind="stable")  # row indices, grouped by their rows' values
    sorted_ids = ids.ravel()[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_ids[1:] != sorted_ids[:-1])))
    lengths = np.diff(np.append(starts, len(order)))
    starts, lengths = starts[lengths > 1], lengths[lengths > 1]
    members = concatenated_ranges(starts, lengths)  # positions in ``order`` of every row of a group of two or more
    size_of = np.repeat(lengths, lengths)  # the size of each one's group
    q_pos = np.repeat(members, size_of)  # each row once per row of its group
    x_pos = concatenated_ranges(np.repeat(starts, lengths), size_of)  # ... with each row of its group
    q, x = order[q_pos], order[x_pos]
    other = q != x
    return q[other], x[other]


def concatenated_ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """range(starts[0], starts[0] + lengths[0]), range(starts[1], …), … one after the other, as one array."""
    ends = np.cumsum(lengths)
    return np.arange(ends[-1] if len(ends) else 0) + np.repeat(starts - (ends - lengths), lengths)


def duplicate_of(signatures: list[tuple[str, np.ndarray, int]]) -> dict[str, str]:
    """{doc_id: doc_id of the report it repeats} for every near-duplicate.

    ``signatures`` is in build order.  A report repeats another when at least 80 % of its
    shingles are in the other; the original is the larger one, or the earlier of two equals.
    Candidates come from an LSH Ensemble index (:func:`ensemble_candidates`).  Chains resolve to their first original.
    """
    items = [(d, v, n) for d, v, n in signatures if n > 0]
    if len(items) < 2:
        return {}
    ids = [d for d, _, _ in items]
    values = np.stack([np.asarray(v, dtype=np.uint32) for _, v, _ in items])
    sizes = np.array([n for _, _, n in items], dtype=np.int64)
    result: dict[str, str] = {}
    for i, (d, cands) in enumerate(zip(ids, ensemble_candidates(values, sizes))):
        if not len(cands):
            continue
        n, nc = sizes[i], sizes[cands]
        contained = containments(values[i], int(n), values[cands], nc) >= CONTAINMENT
        is_original = (nc > n * 1.05) | ((np.abs(nc - n) <= n * 0.05) & (cands < i))
        originals = cands[contained & is_original]
        if len(originals):
            result[d] = ids[int(originals.min())]
    return _resolve_chains(result)
