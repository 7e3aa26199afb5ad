"""Round 32's build-speed pass: each fast form checked equal to the form it replaces."""
from __future__ import annotations

import numpy as np
import pytest

from healthdata.normalize import duplicates


def _distributions():
    rng = np.random.default_rng(32)
    for trial in range(120):
        n = int(rng.integers(1, 90))
        sizes = rng.integers(1, [12, 300, 6000, 200_000][trial % 4], n)
        if trial % 3 == 0:  # many sets of one size: tied costs
            sizes = np.repeat(sizes[:max(1, n // 4)], 4)
        yield np.unique(sizes, return_counts=True)


@pytest.mark.parametrize("num_part", [1, 2, 3, 8])
def test_optimal_partitions_are_datasketchs_bit_for_bit(num_part):
    from datasketch.lshensemble_partition import optimal_partitions

    for distinct, counts in _distributions():
        ours = duplicates.optimal_partitions(distinct, counts, num_part)
        theirs = optimal_partitions(distinct, counts, num_part)
        assert [tuple(map(int, p)) for p in ours] == [tuple(map(int, p)) for p in theirs]


def test_false_positive_counts_are_datasketchs_bit_for_bit():
    from datasketch.lshensemble_partition import _compute_nfps_real

    for distinct, counts in _distributions():
        assert duplicates._nfps_real(counts, distinct).tobytes() == _compute_nfps_real(counts, distinct).tobytes()


def test_partitions_cover_the_sizes_in_order():
    distinct, counts = np.unique([3, 3, 4, 9, 9, 9, 50, 51, 52, 400, 1000, 1000], return_counts=True)
    parts = duplicates.optimal_partitions(distinct, counts, 3)
    assert len(parts) == 3 and parts[0][0] == 3 and parts[-1][1] == 1000
    assert all(parts[i][1] < parts[i + 1][0] for i in range(len(parts) - 1))
