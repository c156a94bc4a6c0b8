#!/usr/bin/env python3
"""Draw PumpDesk's application icon and write it to resources/icons/ (generated; rerun to
change it).

    python scripts/make_icon.py

pumpdesk.png (256 × 256) is the window's and the Linux desktop entry's icon; pumpdesk.ico
(16 to 256 px) is the Windows program's and installer's. The picture: a white drop — what a
pump delivers — with a green cross in it, on a rounded square in the counter's green.
Drawn four times too large and scaled down, so its edges are smooth at every size.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
GREEN = (0x1E, 0x7B, 0x34)
GREEN_LIGHT = (0x2E, 0x9A, 0x4A)
GREEN_DARK = (0x14, 0x55, 0x23)
WHITE = (255, 255, 255)
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
MASTER = 1024


def _rounded_square(size: int) -> Image.Image:
    """The background: a rounded square, lighter at the top, with a soft edge line."""
    margin, radius = size * 0.04, size * 0.2
    box = (margin, margin, size - margin, size - margin)
    gradient = Image.new("RGB", (1, size))
    for y in range(size):
        t = y / (size - 1)
        gradient.putpixel((0, y), tuple(round(a + (b - a) * t)
                                        for a, b in zip(GREEN_LIGHT, GREEN_DARK)))
    gradient = gradient.resize((size, size))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle(box, radius=radius, fill=255)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    image.paste(gradient, mask=mask)
    ImageDraw.Draw(image).rounded_rectangle(box, radius=radius, outline=GREEN_DARK + (255,),
                                            width=max(1, round(size * 0.012)))
    return image


def _drop(size: int) -> list[tuple[float, float]]:
    """A drop: a circle at the bottom and a point at the top, joined by its tangents."""
    cx, cy, r = size * 0.5, size * 0.6, size * 0.25
    tip = (cx, size * 0.14)
    distance = cy - tip[1]
    # Angle (from the circle's centre, measured from straight up) of the tangent points.
    alpha = math.acos(r / distance)
    points = [tip]
    steps = 160
    for i in range(steps + 1):
        angle = alpha + (2 * math.pi - 2 * alpha) * i / steps
        points.append((cx + r * math.sin(angle), cy - r * math.cos(angle)))
    return points


def draw(size: int = MASTER) -> Image.Image:
    image = _rounded_square(size)
    drop = _drop(size)
    shadow = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).polygon([(x + size * 0.012, y + size * 0.02) for x, y in drop],
                                   fill=(0, 0, 0, 70))
    image.alpha_composite(shadow.filter(ImageFilter.GaussianBlur(size * 0.015)))
    pen = ImageDraw.Draw(image)
    pen.polygon(drop, fill=WHITE + (255,))
    # The cross, centred in the drop's round part.
    cx, cy, arm, half = size * 0.5, size * 0.6, size * 0.13, size * 0.045
    pen.rounded_rectangle((cx - half, cy - arm, cx + half, cy + arm), radius=half * 0.4,
                          fill=GREEN + (255,))
    pen.rounded_rectangle((cx - arm, cy - half, cx + arm, cy + half), radius=half * 0.4,
                          fill=GREEN + (255,))
    return image


def write(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    master = draw()
    png = out / "pumpdesk.png"
    master.resize((256, 256), Image.Resampling.LANCZOS).save(png, optimize=True)
    ico = out / "pumpdesk.ico"
    frames = [master.resize((s, s), Image.Resampling.LANCZOS) for s in ICO_SIZES]
    frames[-1].save(ico, sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    return [png, ico]


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
