"""The picking list (A4) of one consumables order: the withdrawal number as Code 128 in
the corner, who ordered and when, where it goes and how, the lines to pick with a box to
tick for each, who pays, and boxes for whoever picks and checks it.

It shares the loan form's frame (form.py: title, barcode corner, footer, page breaks that
repeat the table's head). For a protected identity the prescribing unit stands as
recipient, c/o the prescriber, exactly as on the address label: the picker packs what the
label will say, and nothing names the patient.
"""

from __future__ import annotations

from app.printing import layout
from app.printing.barcodes import mm
from app.printing.form import BODY, WIDTH, a4_document, footer, section
from app.printing.layout import BOLD, PAD, Block
from app.printing.order_paper import (
    OrderPaper,
    OrderPaperLine,
    address_lines,
    delivery_note_text,
    delivery_text,
    ordered_by_text,
)
from app.translation import printed

BOX = 5 * mm  # the square the picker ticks for each line
CHECK_COLUMN = 18 * mm
NUMBER_COLUMN = 26 * mm
QUANTITY_COLUMN = 22 * mm
PACK_COLUMN = 42 * mm


def render_picking_list(paper: OrderPaper) -> bytes:
    blocks = [*_order(paper), *_delivery(paper), *_lines(paper), *_payers(paper), *_picked()]
    return a4_document(printed("Picking list"), paper.depot.name, paper.number, blocks,
                       footer(paper.depot))


def _order(paper: OrderPaper) -> list[Block]:
    return [layout.gap(1 * mm), layout.boxes([
        (printed("Ordered"), layout.local_time(paper.ordered_at), 1),
        (printed("Ordered by"), ordered_by_text(paper.ordered_by), 1),
        (printed("Taken by"), paper.taken_by or "–", 1),
        (printed("Lines to pick"), str(len(paper.lines)), 1)], WIDTH, BODY)]


def _delivery(paper: OrderPaper) -> list[Block]:
    recipient = paper.deliver_to()
    title = (printed("Recipient: the prescribing unit") if paper.protected
             else printed("Deliver to"))
    how = "\n".join(part for part in (delivery_text(paper), delivery_note_text(paper))
                    if part)
    return [*section(title), layout.boxes([
        (printed("Address"), "\n".join(address_lines(recipient)), 0.46),
        (printed("Phone"), recipient.phone or "–", 0.2),
        (printed("Delivery"), how, 0.34)], WIDTH, BODY)]


def _check_box() -> Block:
    inner = CHECK_COLUMN - 2 * PAD

    def draw(canvas, x, top):
        canvas.setLineWidth(0.8)
        canvas.rect(x + (inner - BOX) / 2, top - BOX, BOX, BOX)
    return Block(BOX, draw)


def _article(line: OrderPaperLine, width: float) -> Block:
    name = layout.text(line.name, width, BODY)
    if not line.outside:
        return name
    note = printed("Outside the assortment: not returnable, an extra cost for the payer")
    return layout.stack([name, layout.gap(0.6 * mm),
                         layout.text(note, width, BODY - 2, BOLD)])


def _lines(paper: OrderPaper) -> list[Block]:
    article_w = WIDTH - CHECK_COLUMN - NUMBER_COLUMN - QUANTITY_COLUMN - PACK_COLUMN
    columns = [(printed("Picked"), CHECK_COLUMN),
               (printed("Article no."), NUMBER_COLUMN),
               (printed("Article"), article_w),
               (printed("Quantity"), QUANTITY_COLUMN),
               (printed("Pack"), PACK_COLUMN)]
    rows = [[_check_box(),
             layout.text(line.article, NUMBER_COLUMN - 2 * PAD, BODY),
             _article(line, article_w - 2 * PAD),
             layout.text(str(line.quantity), QUANTITY_COLUMN - 2 * PAD, BODY + 2, BOLD,
                         "center"),
             layout.text(line.pack, PACK_COLUMN - 2 * PAD, BODY)] for line in paper.lines]
    return [*section(printed("Articles to pick")), *layout.table(columns, rows)]


def payer_lines(paper: OrderPaper) -> list[str]:
    """Who pays for what, and the extra cost of lines outside the assortment."""
    outside = [line.article for line in paper.lines if line.outside]
    lines = []
    for payer in paper.payers:
        line = payer.name
        if payer.customer_number:
            line += ", " + printed("customer no. {number}").format(number=payer.customer_number)
        if payer.articles:
            line += " – " + printed("articles {articles}").format(
                articles=", ".join(payer.articles))
        lines.append(line)
        if payer.extra_cost and outside:
            lines.append(printed("Extra cost for {payer}: {articles} outside the assortment")
                         .format(payer=payer.name, articles=", ".join(
                             a for a in outside if not payer.articles or a in payer.articles)))
    return lines


def _payers(paper: OrderPaper) -> list[Block]:
    lines = payer_lines(paper)
    if not lines:
        return []
    blocks = [layout.stack([layout.text(line, WIDTH, BODY), layout.gap(1 * mm)])
              for line in lines]
    return [*section(printed("Payer")), *blocks]


def _picked() -> list[Block]:
    return [*section(printed("Picked and checked")), layout.boxes([
        (printed("Picked by"), "", 0.35),
        (printed("Checked by"), "", 0.35),
        (printed("Date"), "", 0.3)], WIDTH, BODY, write_in=9 * mm)]
