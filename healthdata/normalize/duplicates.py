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


def duplicate_of(signatures: list[tuple[str, np.ndarray, int]]) -> dict[str, str]:
    """{doc_id: doc_id of the report it repeats} for every near-duplicate.

    ``signatures`` is in build order.  A report repeats another when at least 80 % of its
    shingles are in the other; the original is the larger one, or the earlier of two equals.
    Chains resolve to their first original.
    """
    items = [(d, v, n) for d, v, n in signatures if n > 0]
    if len(items) < 2:
        return {}
    from datasketch import LeanMinHash, MinHashLSHEnsemble  # with scipy: imported only when needed

    ids = [d for d, _, _ in items]
    values = np.stack([np.asarray(v, dtype=np.uint32) for _, v, _ in items])
    sizes = np.array([n for _, _, n in items], dtype=np.int64)
    lean = [LeanMinHash(seed=SEED, hashvalues=v, scheme=SCHEME) for v in values]
    index = MinHashLSHEnsemble(threshold=CONTAINMENT, num_perm=NUM_PERM, num_part=8)
    index.index([(i, lean[i], int(sizes[i])) for i in range(len(ids))])  # keyed by position
    result: dict[str, str] = {}
    for i, d in enumerate(ids):
        found = set(index.query(lean[i], int(sizes[i])))
        found.discard(i)
        cands = np.array(sorted(found), dtype=np.int64)
        if not len(cands):
            continue
        n, nc = sizes[i], sizes[cands]
        contained = containments(values[i], int(n), values[cands], nc) >= CONTAINMENT
        is_original = (nc > n * 1.05) | ((np.abs(nc - n) <= n * 0.05) & (cands < i))
        originals = cands[contained & is_original]
        if len(originals):
            result[d] = ids[int(originals.min())]
    return _resolve_chains(result)
