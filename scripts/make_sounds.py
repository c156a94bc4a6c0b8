#!/usr/bin/env python3
"""Write the counter's two sounds to resources/sounds/ (generated; rerun to change them).

success.wav: two short rising tones, a "ding-ding" that says done.
refusal.wav: a low double buzz, unmistakably different, that says look at the screen.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[float]:
    n = int(RATE * seconds)
    fade = int(RATE * 0.01)
    samples = []
    for i in range(n):
        value = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            value = 0.6 * (1.0 if value >= 0 else -1.0) + 0.4 * value
        envelope = min(1.0, i / fade, (n - i) / fade)
        samples.append(volume * envelope * value)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32000)) for s in samples))


if __name__ == "__main__":
    write("success.wav", tone(880, 0.09) + silence(0.03) + tone(1320, 0.14))
    write("refusal.wav", tone(196, 0.22, square=True) + silence(0.08)
          + tone(196, 0.22, square=True))
    print(f"sounds written to {OUT}")
