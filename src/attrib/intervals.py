"""A small index over character intervals, so that stages stay linear-ish on long documents."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

__all__ = ["IntervalIndex"]

T = TypeVar("T")


class IntervalIndex(Generic[T]):
    """Items with a [start, end) interval; queries cost O(log n + hits + long items)."""

    def __init__(self, items: Sequence[T], bounds: Callable[[T], tuple[int, int]]) -> None:
        pairs = sorted(((bounds(item), k) for k, item in enumerate(items)), key=lambda p: (p[0][0], p[1]))
        self._items = [items[k] for _, k in pairs]
        self._starts = [b[0] for b, _ in pairs]
        self._ends = [b[1] for b, _ in pairs]
        self._longest = max((e - s for s, e in (b for b, _ in pairs)), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: int, end: int) -> Iterator[T]:
        """Items whose interval overlaps [start, end) (an empty query touches items containing it)."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, max(end, start + 1))
        for k in range(lo, hi):
            s, e = self._starts[k], self._ends[k]
            if s < max(end, start + 1) and e > start:
                yield self._items[k]

    def containing(self, offset: int) -> Iterator[T]:
        return self.overlapping(offset, offset + 1)

    def ending_in(self, start: int, end: int) -> Iterator[T]:
        """Items whose end lies in [start, end]."""
        for item, _, e in self._scan(start - self._longest, end + 1):
            if start <= e <= end:
                yield item

    def starting_in(self, start: int, end: int) -> Iterator[T]:
        """Items whose start lies in [start, end]."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_right(self._starts, end)
        return iter(self._items[lo:hi])

    def _scan(self, lo_start: int, hi_start: int) -> Iterator[tuple[T, int, int]]:
        lo = bisect.bisect_left(self._starts, lo_start)
        hi = bisect.bisect_left(self._starts, hi_start)
        for k in range(lo, hi):
            yield self._items[k], self._starts[k], self._ends[k]
