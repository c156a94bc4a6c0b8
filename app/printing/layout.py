"""Drawing helpers the four documents share.

A document is built as a list of :class:`Block`\\ s, each knowing its height before it is
drawn. That lets the thermal receipt size its page to the content (a roll has no page
height) and lets the A4 documents break pages between blocks, never through one.
Texts are wrapped or shrunk, never cut: a word wider than its column is broken by
characters rather than running into the next column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.printing.barcodes import DOT, code128_width, draw_code128, mm

# The PDF base fonts: every printer and viewer has them, and their WinAnsi encoding covers
# å ä ö ø æ é × – — ·, all the Swedish and Norwegian texts need.
FONT = "Helvetica"
BOLD = "Helvetica-Bold"
#: Code 128 wants ten modules of blank space on each side to find the start and stop.
QUIET_MODULES = 10
GREY = 0.35  # secondary text: still dark enough for a thermal head


def local_time(when: dt.datetime) -> str:
    """``YYYY-MM-DD HH:MM`` in the workstation's time zone (the services store UTC)."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def width_of(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width``; simpleSplit keeps over-long words whole, so those are
    broken by characters here (an e-mail address must not run off a receipt)."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while width_of(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and width_of(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def fit_size(text: str, font: str, width: float, largest: float) -> float:
    """The largest size (in half points) at which ``text`` fits on one line of ``width``."""
    size = largest
    while size > 1 and width_of(text, font, size) > width:
        size -= 0.5
    return size


def fit_lines(text: str, font: str, width: float, largest: float, smallest: float,
              max_lines: int) -> tuple[float, list[str]]:
    """Shrink from ``largest`` to ``smallest`` until ``text`` wraps into ``max_lines``;
    below that, one line shrunk until it fits (a label has no room to spill over)."""
    size = largest
    while size >= smallest:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= max_lines and all(width_of(ln, font, size) <= width for ln in lines):
            return size, lines
        size -= 0.5
    return fit_size(text, font, width, smallest), [text]


def line_height(size: float, lines: int = 1, leading: float = 1.25) -> float:
    """Cap height plus descender of the last line: what :func:`draw_lines` covers."""
    return (lines - 1) * size * leading + size * 1.2


def draw_lines(canvas: Canvas, lines: Sequence[str], x: float, top: float, font: str,
               size: float, width: float = 0, align: str = "left",
               leading: float = 1.25) -> None:
    canvas.setFont(font, size)
    for i, line in enumerate(lines):
        baseline = top - size * 0.92 - i * size * leading
        if align == "center":
            canvas.drawCentredString(x + width / 2, baseline, line)
        elif align == "right":
            canvas.drawRightString(x + width, baseline, line)
        else:
            canvas.drawString(x, baseline, line)


# -- blocks -------------------------------------------------------------------------------

Draw = Callable[[Canvas, float, float], None]  # (canvas, left x, top y)


@dataclass(frozen=True)
class Block:
    height: float
    draw: Draw
    #: Drawn first when a page break falls just before this block (a table's head row).
    header: Block | None = None
    #: Never left alone at the foot of a page (a heading above its content).
    keep_with_next: bool = False


def gap(height: float) -> Block:
    return Block(height, lambda canvas, x, top: None)


def stack(blocks: Sequence[Block], space: float = 0) -> Block:
    """Blocks one under another, ``space`` between them."""
    height = sum(b.height for b in blocks) + space * max(len(blocks) - 1, 0)

    def draw(canvas: Canvas, x: float, top: float) -> None:
        for block in blocks:
            block.draw(canvas, x, top)
            top -= block.height + space
    return Block(height, draw)


def text(value: str, width: float, size: float = 10, font: str = FONT,
         align: str = "left", grey: bool = False) -> Block:
    lines = wrap(value, font, size, width)

    def draw(canvas: Canvas, x: float, top: float) -> None:
        canvas.setFillGray(GREY if grey else 0)
        draw_lines(canvas, lines, x, top, font, size, width, align)
        canvas.setFillGray(0)
    return Block(line_height(size, len(lines)), draw)


def heading(value: str, width: float, size: float = 10) -> Block:
    return replace(text(value, width, size, BOLD), keep_with_next=True)


def rule(width: float, space: float = 2 * mm, weight: float = 0.7,
         dashed: bool = False) -> Block:
    def draw(canvas: Canvas, x: float, top: float) -> None:
        canvas.saveState()
        canvas.setLineWidth(weight)
        if dashed:
            canvas.setDash(2, 2)
        canvas.line(x, top - space, x + width, top - space)
        canvas.restoreState()
    return Block(2 * space, draw)


def barcode_width(value: str, module: float) -> float:
    """Bars plus both quiet zones: the room a Code 128 symbol needs."""
    return code128_width(value, module) + 2 * QUIET_MODULES * module


def barcode(value: str, width: float, module: float = 2 * DOT, bar_height: float = 10 * mm,
            size: float = 10, align: str = "center") -> Block:
    """Code 128 bars with ``value`` in bold under them, quiet zones kept clear.

    ``width`` is the room available; the symbol is placed in it per ``align``. The text
    shrinks to the symbol's width rather than reaching past the quiet zones.
    """
    bars, room = code128_width(value, module), barcode_width(value, module)
    if room > width + 0.01:
        raise ValueError(f"barcode {value!r} needs {room / mm:.1f} mm, has {width / mm:.1f}")
    size = fit_size(value, BOLD, room, size)
    text_gap = max(1.2 * mm, 4 * module)  # the scanner's beam must not touch the digits

    def draw(canvas: Canvas, x: float, top: float) -> None:
        left = {"left": x, "right": x + width - room}.get(align, x + (width - room) / 2)
        left = round(left / DOT) * DOT  # bars start on a printer dot: no uneven rounding
        draw_code128(canvas, value, left + QUIET_MODULES * module, top - bar_height,
                     bar_height, module)
        draw_lines(canvas, [value], left + QUIET_MODULES * module, top - bar_height - text_gap,
                   BOLD, size, bars, "center")
    return Block(bar_height + text_gap + line_height(size), draw)


def key_values(rows: Sequence[tuple[str, str]], width: float, key_width: float,
               size: float = 10, space: float = 0.8 * mm) -> Block:
    """A two-column block: keys in bold on the left, values wrapped on the right."""
    value_width = width - key_width
    cells = [(wrap(k, BOLD, size, key_width - 2 * mm), wrap(v, FONT, size, value_width))
             for k, v in rows]
    heights = [line_height(size, max(len(k), len(v))) for k, v in cells]

    def draw(canvas: Canvas, x: float, top: float) -> None:
        for (keys, values), height in zip(cells, heights, strict=True):
            draw_lines(canvas, keys, x, top, BOLD, size)
            draw_lines(canvas, values, x + key_width, top, FONT, size)
            top -= height + space
    return Block(sum(heights) + space * max(len(rows) - 1, 0), draw)


# -- pages --------------------------------------------------------------------------------


def _glue(blocks: Sequence[Block]) -> list[Block]:
    """Join every keep-with-next block to the block after it."""
    glued: list[Block] = []
    for block in blocks:
        if glued and glued[-1].keep_with_next:
            last = glued.pop()
            joined = stack([last, block])
            block = replace(joined, header=last.header, keep_with_next=block.keep_with_next)
        glued.append(block)
    return glued


def paginate(blocks: Sequence[Block], first: float, later: float) -> list[list[Block]]:
    """Blocks per page: ``first`` is the room on page one, ``later`` on the others."""
    pages: list[list[Block]] = [[]]
    used, room = 0.0, first
    for block in _glue(blocks):
        if used + block.height > room and pages[-1]:
            pages.append([])
            used, room = 0.0, later
            if block.header is not None:
                pages[-1].append(block.header)
                used = block.header.height
        pages[-1].append(block)
        used += block.height
    return pages


def pdf_canvas(buffer, size: tuple[float, float], title: str) -> Canvas:
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("PumpDesk")
    return canvas


# -- A4 pieces: field boxes and tables --------------------------------------------------------

PAD = 1.6 * mm


def boxes(fields: Sequence[tuple[str, str, float]], width: float, size: float = 11,
          write_in: float = 7 * mm) -> Block:
    """A row of ruled boxes as on a paper form: a small caption, the value under it.
    ``fields`` are (caption, value, share of the width); an empty value leaves
    ``write_in`` of room to fill in by hand."""
    total = sum(share for _, _, share in fields)
    cells = []
    for caption, value, share in fields:
        inner = width * share / total - 2 * PAD
        cells.append((width * share / total, wrap(caption, FONT, 9, inner),
                      wrap(value, FONT, size, inner) if value else []))
    height = max(line_height(9, len(c)) + 1 * mm
                 + (line_height(size, len(v)) if v else write_in) for _, c, v in cells)
    height += 2 * PAD

    def draw(canvas: Canvas, x: float, top: float) -> None:
        canvas.setLineWidth(0.6)
        for cell_width, captions, values in cells:
            canvas.rect(x, top - height, cell_width, height, stroke=1, fill=0)
            canvas.setFillGray(GREY)
            draw_lines(canvas, captions, x + PAD, top - PAD, FONT, 9)
            canvas.setFillGray(0)
            draw_lines(canvas, values, x + PAD,
                       top - PAD - line_height(9, len(captions)) - 1 * mm, FONT, size)
            x += cell_width
    return Block(height, draw)


def table(columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[Block]]) -> list[Block]:
    """A ruled table: a shaded head row (repeated after a page break), then one block per
    row. Each cell's content was made ``column width - 2 * PAD`` wide by the caller."""
    def row(cells: Sequence[Block], shade: bool) -> Block:
        height = max(c.height for c in cells) + 2 * PAD

        def draw(canvas: Canvas, x: float, top: float) -> None:
            canvas.setLineWidth(0.6)
            for (_, cell_width), cell in zip(columns, cells, strict=True):
                if shade:
                    canvas.setFillGray(0.88)
                canvas.rect(x, top - height, cell_width, height, stroke=1, fill=int(shade))
                canvas.setFillGray(0)
                cell.draw(canvas, x + PAD, top - (height - cell.height) / 2)  # centred
                x += cell_width
        return Block(height, draw)

    head = row([text(title, w - 2 * PAD, 10, BOLD) for title, w in columns], shade=True)
    body = [replace(row(cells, shade=False), header=head) for cells in rows]
    return [replace(head, keep_with_next=True), *body]
