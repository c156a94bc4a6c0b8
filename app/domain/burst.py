"""Telling a barcode scanner's burst of keys from a person's typing, by the keys' own times.

A keyboard-wedge scanner types a whole code within milliseconds: each character (with a
Shift, AltGr or Caps Lock press where the keyboard layout needs one), then Enter. A person,
however fast, leaves 30 ms or more between most keys (and ``xdotool type --delay 30``, a
test's fast person, about 16). The times are the keyboard events' own
(the window system's clock, in milliseconds), never the moment the program got round to
them: a busy window handles a burst late, but not slower.

This module only judges keys it is given; ``app/gui/scanner.py`` holds them back from the
widgets meanwhile.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

CHAR = "char"          # types a character (a GS separator sent as Ctrl+] too)
MODIFIER = "modifier"  # Shift, AltGr, Ctrl, Caps Lock … : part of a burst, types nothing
END = "end"            # Enter (or Tab), which ends a scan
OTHER = "other"        # arrows, Esc, Backspace, shortcuts …

#: A window system's clock is 32 bits of milliseconds: it wraps after 49.7 days.
_CLOCK = 2**32
#: Enough characters at burst speed that no person can have typed them: from then on a
#: burst may pause (a scanner emptying its buffer, a busy USB hub) without being cut.
_PROVEN = 4
#: Bounds for a suggested timing: a person's fastest typing is about 30 ms a key.
SLOWEST_SUGGESTION_MS = 25
FASTEST_SUGGESTION_MS = 10


@dataclass(frozen=True)
class Key:
    """One key press, as the window system reported it."""

    at: int                   # milliseconds on the event's clock
    kind: str                 # CHAR, MODIFIER, END or OTHER
    text: str = ""            # what it types
    name: str = ""            # for people: "Shift", "AltGr", "H", "Ctrl+]" …
    #: The event carried the window system's time. Synthetic events carry none, and are
    #: timed when they are handled: the two clocks are never compared.
    stamped: bool = True


@dataclass(frozen=True)
class Timing:
    """How the scanner types: ``gap_ms`` is the longest pause between two of its keys."""

    gap_ms: int = 12
    #: Fewer characters than this, even at burst speed and with Enter, are a person's.
    min_chars: int = 3

    @property
    def start_ms(self) -> int:
        """The longest pause after a burst's first character: a person's single key waits
        this long before it reaches the field."""
        return max(50, 4 * self.gap_ms)

    @property
    def stall_ms(self) -> int:
        """The longest pause inside a burst that goes at burst speed: a person does not type
        into the middle of a scan, so this may be long, for a scanner (or the computer
        behind it) that stutters."""
        return max(150, 10 * self.gap_ms)


def gap(earlier: Key, later: Key) -> int:
    """Milliseconds between two keys; ``math.inf``-like when their clocks differ."""
    if earlier.stamped != later.stamped:
        return _CLOCK
    ms = (later.at - earlier.at) % _CLOCK
    return 0 if ms > _CLOCK // 2 else ms  # out of order by a hair: together


class Run:
    """Keys that came close enough together to perhaps be one burst.

    Speed is told by the pauses between characters (a Shift press just before its letter
    says nothing of speed), and by most of them, not all: the machine that sends the keys
    may stutter now and then, but no person types half their keys within ``gap_ms``.
    """

    def __init__(self, keys: list[Key] | None = None) -> None:
        self.keys: list[Key] = []
        self.chars: list[Key] = []
        self.gaps: list[int] = []  # between consecutive characters
        self._counted: tuple[int, int] = (-1, 0)  # (gap_ms, pauses within it)
        for key in keys or ():
            self.add(key)

    def __bool__(self) -> bool:
        return bool(self.keys)

    @property
    def text(self) -> str:
        return "".join(k.text for k in self.chars)

    def _within(self, gap_ms: int) -> int:
        counted_for, count = self._counted
        if counted_for != gap_ms:
            count = sum(1 for ms in self.gaps if ms <= gap_ms)
            self._counted = (gap_ms, count)
        return count

    def fast(self, timing: Timing, end: Key | None = None) -> bool:
        """At least half its pauses (to ``end`` too) within ``gap_ms``."""
        count, total = self._within(timing.gap_ms), len(self.gaps)
        if end is not None and self.chars:
            total += 1
            count += gap(self.chars[-1], end) <= timing.gap_ms
        return total > 0 and 2 * count >= total

    def proven(self, timing: Timing) -> bool:
        """Enough characters, fast enough, that no person can have typed them."""
        return len(self.chars) >= _PROVEN and self.fast(timing)

    def allowed_gap(self, timing: Timing) -> int:
        """How long the next key may take and still belong to this run."""
        if len(self.chars) <= 1:
            return timing.start_ms  # a burst may begin unevenly
        return timing.stall_ms if self.fast(timing) else timing.gap_ms

    def continues(self, key: Key, timing: Timing) -> bool:
        """Whether ``key`` came soon enough to belong to this run: a character (or Enter)
        counted from the last character, any other key from the last key."""
        if not self.keys:
            return True
        last = self.chars[-1] if self.chars and key.kind in (CHAR, END) else self.keys[-1]
        return gap(last, key) <= self.allowed_gap(timing)

    def is_burst(self, timing: Timing, end: Key | None = None) -> bool:
        """Enough characters, most pauses short, none past a stall: not a person's."""
        longest = max(self.gaps, default=0)
        if end is not None and self.chars:
            longest = max(longest, gap(self.chars[-1], end))
        return (len(self.chars) >= timing.min_chars and self.fast(timing, end)
                and longest <= timing.stall_ms)

    def ends_scan(self, end: Key, timing: Timing) -> bool:
        """Whether the Enter ``end`` completes this run as a scan."""
        return self.continues(end, timing) and self.is_burst(timing, end)

    def add(self, key: Key) -> None:
        if key.kind == CHAR:
            if self.chars:
                ms = gap(self.chars[-1], key)
                self.gaps.append(ms)
                counted_for, count = self._counted
                self._counted = (counted_for, count + (ms <= counted_for))
            self.chars.append(key)
        self.keys.append(key)

    def clear(self) -> None:
        self.keys, self.chars, self.gaps = [], [], []
        self._counted = (-1, 0)


@dataclass(frozen=True)
class Burst:
    """A scan as it arrived: its text, and every key with its time, for the scanner test."""

    keys: tuple[Key, ...]
    #: The key that ended it (Enter, Tab), or None when it ended by a pause.
    end: Key | None = None

    @property
    def text(self) -> str:
        return "".join(k.text for k in self.keys if k.kind == CHAR)

    @property
    def all_keys(self) -> tuple[Key, ...]:
        return self.keys + ((self.end,) if self.end else ())

    def char_gaps(self) -> list[int]:
        """Milliseconds from each character to the next, and to the ending key."""
        typed = [k for k in self.all_keys if k.kind in (CHAR, END)]
        return [gap(a, b) for a, b in zip(typed, typed[1:])]

    def longest_gap(self) -> int:
        """The longest pause between any two of its keys, modifier presses included."""
        keys = self.all_keys
        return max((gap(a, b) for a, b in zip(keys, keys[1:])), default=0)

    def count(self, name: str) -> int:
        return sum(1 for k in self.keys if k.kind == MODIFIER and k.name == name)

    def taken_with(self, timing: Timing) -> bool:
        """Whether a window with ``timing`` takes this as a scan: a burst ending in Enter."""
        run = Run()
        for key in self.keys:
            if not run.continues(key, timing):
                return False
            run.add(key)
        return self.end is not None and run.ends_scan(self.end, timing)


def needed_gap(bursts: list[Burst], most: int = 100) -> int | None:
    """The smallest burst timing that takes every one of ``bursts`` as a scan, or None if
    none up to ``most`` ms does (a burst without Enter)."""
    def takes(gap_ms: int) -> bool:
        return all(b.taken_with(Timing(gap_ms=gap_ms)) for b in bursts)

    if not bursts or not takes(most):
        return None
    low, high = 1, most  # a longer timing takes whatever a shorter one does
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if takes(middle) else (middle + 1, high)
    return low


def suggest_gap(needed_ms: int) -> int:
    """A burst timing for a scanner that needs ``needed_ms``: half as much again, at least
    4 ms to spare, within what still tells a person apart."""
    wanted = needed_ms + max(4, math.ceil(needed_ms / 2))
    return max(FASTEST_SUGGESTION_MS, min(SLOWEST_SUGGESTION_MS, wanted))


def too_slow(needed_ms: int) -> bool:
    """A scanner this slow cannot be told from fast typing: slow down its keys' pause."""
    return needed_ms >= SLOWEST_SUGGESTION_MS - 2


class DoubleReads:
    """A scanner that reads one label twice sends the same code twice, a moment apart. The
    second is not a mistake to refuse: it is noticed here and left alone."""

    def __init__(self) -> None:
        self._last: tuple[object, str, float] | None = None

    def seen(self, context: object, code: str, at: float, window_s: float) -> bool:
        """Whether ``code`` at ``at`` (seconds) repeats the previous scan in ``context``
        within ``window_s``; either way it becomes the previous scan."""
        last, self._last = self._last, (context, code, at)
        if last is None or window_s <= 0:
            return False
        last_context, last_code, last_at = last
        if last_context == context and last_code == code and 0 <= at - last_at <= window_s:
            self._last = last  # the window runs from the first read
            return True
        return False

    def forget(self) -> None:
        self._last = None
