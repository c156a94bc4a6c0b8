"""Telling a barcode scanner's burst of keys from a person's typing, by the keys' own times.

A keyboard-wedge scanner types a whole code within milliseconds: each character (with a
Shift, AltGr or Caps Lock press where the keyboard layout needs one), then Enter. A person,
however fast, leaves 30 ms or more between keys. The times are the keyboard events' own
(the window system's clock, in milliseconds), never the moment the program got round to
them: a busy window handles a burst late, but not slower.

This module only judges keys it is given; ``app/gui/scanner.py`` holds them back from the
widgets meanwhile.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

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
FASTEST_SUGGESTION_MS = 8


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

    gap_ms: int = 20
    #: Fewer characters than this, even at burst speed and with Enter, are a person's.
    min_chars: int = 3

    @property
    def stall_ms(self) -> int:
        """The longest pause a burst that has proven itself may take."""
        return max(60, 4 * self.gap_ms)


def gap(earlier: Key, later: Key) -> int:
    """Milliseconds between two keys; ``math.inf``-like when their clocks differ."""
    if earlier.stamped != later.stamped:
        return _CLOCK
    ms = (later.at - earlier.at) % _CLOCK
    return 0 if ms > _CLOCK // 2 else ms  # out of order by a hair: together


@dataclass
class Run:
    """Keys that came close enough together to perhaps be one burst."""

    keys: list[Key] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.keys)

    @property
    def chars(self) -> list[Key]:
        return [k for k in self.keys if k.kind == CHAR]

    @property
    def text(self) -> str:
        return "".join(k.text for k in self.chars)

    def gaps(self) -> list[int]:
        return [gap(a, b) for a, b in zip(self.keys, self.keys[1:])]

    def proven(self, timing: Timing) -> bool:
        """Its first few characters came faster than any person types."""
        count = 0
        for index, key in enumerate(self.keys):
            if index and gap(self.keys[index - 1], key) > timing.gap_ms:
                return False
            count += key.kind == CHAR
            if count >= _PROVEN:
                return True
        return False

    def allowed_gap(self, timing: Timing) -> int:
        return timing.stall_ms if self.proven(timing) else timing.gap_ms

    def continues(self, key: Key, timing: Timing) -> bool:
        """Whether ``key`` came soon enough to belong to this run."""
        return not self.keys or gap(self.keys[-1], key) <= self.allowed_gap(timing)

    def is_burst(self, timing: Timing) -> bool:
        """Enough characters, every pause short enough: not a person's typing."""
        if len(self.chars) < timing.min_chars:
            return False
        limit = self.allowed_gap(timing)
        return all(ms <= limit for ms in self.gaps())

    def ends_scan(self, end: Key, timing: Timing) -> bool:
        """Whether the Enter ``end`` completes this run as a scan."""
        return self.is_burst(timing) and self.continues(end, timing)

    def add(self, key: Key) -> None:
        self.keys.append(key)

    def clear(self) -> None:
        self.keys.clear()


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
        return self.end is not None and Run(list(self.keys)).ends_scan(self.end, timing)


def suggest_gap(longest_ms: int) -> int:
    """A burst timing for a scanner whose longest pause was ``longest_ms``: half as much
    again, at least 4 ms to spare, within what still tells a person apart."""
    wanted = longest_ms + max(4, math.ceil(longest_ms / 2))
    return max(FASTEST_SUGGESTION_MS, min(SLOWEST_SUGGESTION_MS, wanted))


def too_slow(longest_ms: int) -> bool:
    """A scanner this slow cannot be told from fast typing: slow down its keys' pause."""
    return longest_ms >= SLOWEST_SUGGESTION_MS - 2


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
