"""Telling a scanner's burst from a person's typing by the keys' own times."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.burst import (
    CHAR,
    END,
    MODIFIER,
    OTHER,
    Burst,
    DoubleReads,
    Key,
    Run,
    Timing,
    gap,
    needed_gap,
    suggest_gap,
    too_slow,
)

TIMING = Timing(gap_ms=20)


def keys_of(text: str, gaps: list[int], start: int = 1000, shift: bool = True) -> list[Key]:
    """Keys as a keyboard sends ``text``: a Shift press just before each capital."""
    out, at = [], start
    for char, ms in zip(text, gaps, strict=True):
        at += ms
        if shift and char.isupper():
            out.append(Key(at, MODIFIER, "", "Shift"))
        out.append(Key(at, CHAR, char, char))
    return out


def run_of(keys: list[Key]) -> Run:
    run = Run()
    for key in keys:
        assert run.continues(key, TIMING) or not run
        run.add(key)
    return run


def test_a_scanner_burst_with_shift_presses_is_a_scan() -> None:
    keys = keys_of("HS-000007", [3] * 9)
    run = run_of(keys)
    assert run.text == "HS-000007" and run.is_burst(TIMING) and run.proven(TIMING)
    assert run.ends_scan(Key(keys[-1].at + 3, END, "", "Enter"), TIMING)


def test_a_person_typing_fast_is_not() -> None:
    keys = keys_of("HS-000007", [30] * 9)
    run = Run()
    for key in keys:
        if not run.continues(key, TIMING):
            run = Run()
        run.add(key)
    assert len(run.chars) == 1  # every key began a run of its own
    assert not run.ends_scan(Key(keys[-1].at + 30, END), TIMING)


def test_too_few_characters_are_a_person_s_even_at_burst_speed() -> None:
    keys = keys_of("ok", [5, 5])
    assert not run_of(keys).ends_scan(Key(keys[-1].at + 5, END), TIMING)


def test_a_fast_run_may_stutter_but_a_slow_one_may_not() -> None:
    fast = keys_of("HS-00", [3] * 5)
    run = run_of(fast)
    assert run.continues(Key(fast[-1].at + 50, CHAR, "7"), TIMING)  # a scanner stutters
    assert not run.continues(Key(fast[-1].at + TIMING.stall_ms + 1, CHAR, "7"), TIMING)
    slow = run_of(keys_of("HS", [3, 25]))
    assert not slow.continues(Key(slow.keys[-1].at + 25, CHAR, "-"), TIMING)


def test_the_clock_wraps_and_clocks_are_not_mixed() -> None:
    near_end = 2**32 - 4
    keys = keys_of("PD-1", [0, 3, 3, 3], start=near_end)
    assert keys[-1].at > 2**32 and run_of(
        [Key(k.at % 2**32, k.kind, k.text) for k in keys]).is_burst(TIMING)
    assert gap(Key(5, CHAR, "a"), Key(6, CHAR, "b", stamped=False)) > TIMING.stall_ms


@given(gaps=st.lists(st.integers(0, 20), min_size=3, max_size=40),
       stutters=st.lists(st.tuples(st.integers(1, 39), st.integers(21, 60)), max_size=12),
       enter=st.integers(0, 20), start=st.integers(0, 2**32 - 1))
def test_any_scanner_at_its_set_speed_is_taken_even_if_it_stutters(
        gaps: list[int], stutters: list[tuple[int, int]], enter: int, start: int) -> None:
    """Keys within the set pause, but for up to a third of them, which may take as long
    as a stall. A stall is the computer behind the scanner pausing: the keys queued behind
    it follow at once, so no two slow pauses come in a row (two in a row are keys sent
    slowly, and a slow run is a person's: ``test_a_fast_run_may_stutter_but_a_slow_one_may_not``).
    Hypothesis found that slow, fast, slow, slow breaks the run: at its fourth pause most of
    its pauses so far are slow, and a run's speed is told by most of them."""
    stalled: set[int] = set()
    for where, ms in stutters[:len(gaps) // 3]:
        where = min(where, len(gaps) - 1)
        if not stalled & {where - 1, where + 1}:
            stalled.add(where)
            gaps[where] = ms
    assume(not (gaps[1] > TIMING.gap_ms and gaps[2] > TIMING.gap_ms))
    text = ("HS-" + "0123456789" * 4)[:len(gaps)]
    keys = [Key(k.at % 2**32, k.kind, k.text) for k in keys_of(text, gaps, start)]
    run = run_of(keys)
    assert run.ends_scan(Key((keys[-1].at + enter) % 2**32, END), TIMING)


@given(gaps=st.lists(st.integers(21, 400), min_size=1, max_size=30),
       first=st.integers(0, 2**31))
def test_no_person_s_keys_ever_make_a_scan(gaps: list[int], first: int) -> None:
    """Whatever a person types slower than the set pause, and whenever they press Enter,
    the keys stay theirs."""
    keys = keys_of("x" * len(gaps), gaps, start=first)
    run = Run()
    for key in keys:
        if not run.continues(key, TIMING):
            run = Run()
        run.add(key)
        assert not run.is_burst(TIMING)
    for enter in (0, 5, 21, 100):
        assert not run.ends_scan(Key(keys[-1].at + enter, END), TIMING)


def test_the_burst_keeps_what_the_scanner_test_shows() -> None:
    keys = keys_of("PD-1", [0, 3, 4, 5])
    burst = Burst(tuple(keys), Key(keys[-1].at + 6, END, "", "Enter"))
    assert burst.text == "PD-1"
    assert burst.char_gaps() == [3, 4, 5, 6]
    assert burst.count("Shift") == 2 and burst.longest_gap() == 6
    assert burst.taken_with(Timing(gap_ms=4))  # half the pauses within 4 ms
    assert not burst.taken_with(Timing(gap_ms=3))
    assert needed_gap([burst]) == 4
    assert not Burst(tuple(keys), None).taken_with(TIMING)  # no Enter: a person's
    assert Burst(tuple(keys + [Key(keys[-1].at, OTHER, "", "F8")]), None).text == "PD-1"


@pytest.mark.parametrize(("needed", "suggested"), [(1, 10), (3, 10), (6, 10), (12, 18),
                                                   (20, 25), (40, 25)])
def test_a_suggested_timing_leaves_room_and_stays_below_a_person(needed: int,
                                                                  suggested: int) -> None:
    assert suggest_gap(needed) == suggested
    assert too_slow(needed) == (needed >= 23)


def test_the_timing_a_scanner_needs_is_found_for_every_scan() -> None:
    quick = Burst(tuple(keys_of("PD-1", [0, 2, 2, 2])), Key(1008, END))
    slow = Burst(tuple(keys_of("HS-000007", [0] + [18] * 8)), Key(1000 + 8 * 18 + 18, END))
    assert needed_gap([quick]) == 2
    assert needed_gap([quick, slow]) == 18
    assert needed_gap([Burst(quick.keys, None)]) is None  # no Enter: never a scan
    long_one = Burst(tuple(keys_of("X" * 500, [3] * 500)), Key(1000 + 1503, END))
    assert needed_gap([long_one]) == 3


def test_a_double_read_is_the_same_code_in_the_same_place_within_the_window() -> None:
    reads = DoubleReads()
    assert not reads.seen("returns", "HS-1", 10.0, 3)
    assert reads.seen("returns", "HS-1", 10.2, 3)
    assert reads.seen("returns", "HS-1", 12.9, 3)  # the window runs from the first read
    assert not reads.seen("returns", "HS-1", 13.5, 3)
    assert not reads.seen("cleaning", "HS-1", 13.6, 3)  # a new mode: a new scan
    assert not reads.seen("cleaning", "HS-2", 13.7, 3)
    assert not reads.seen("cleaning", "HS-2", 13.8, 0)  # the window set to nothing
