"""A report's words and its PDF (A4 landscape): the titles of reports, sections and columns
in the printing language — the CSV and XLSX files and the window use the same — and the
tables, broken across pages between rows, the head row repeated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape

from app.printing import layout
from app.printing.barcodes import mm
from app.printing.layout import BOLD, FONT, GREY, PAD, Block
from app.domain.states import STATE_LABELS, PumpState
from app.translation import printed, printed_phrase


def report_title(name: str) -> str:
    return {
        "out": printed("Pumps out now"),
        "loans": printed("Loans started and ended"),
        "lost": printed("Lost pumps charged per unit"),
        "faults": printed("Faults and time in service"),
        "maintenance": printed("Preventive maintenance done and due"),
        "replenishment": printed("Replenishment runs and shortages"),
        "counts": printed("Stocktake differences"),
    }[name]


def section_title(key: str) -> str:
    return {
        "out": printed("Per unit and model"),
        "loans": printed("Per unit, product area and payer"),
        "lost": printed("Lost pumps"),
        "lost_per_unit": printed("Charged per unit"),
        "lost_per_payer": printed("Total per payer"),
        "faults": printed("Faults per model and category"),
        "service_time": printed("Time in service (visits ended in the period)"),
        "maintenance_done": printed("Maintenance done per model"),
        "maintenance_due": printed("Maintenance due by the end of the period"),
        "runs": printed("Runs"),
        "shortages": printed("Shortages per unit and model"),
        "counts": printed("Counts finished in the period"),
        "count_differences": printed("Differences and how they were resolved"),
        "orders_per_payer": printed("Orders of consumables per payer"),
    }[key]


def column_title(key: str) -> str:
    return {
        "unit": printed("Customer no."), "unit_name": printed("Unit"),
        "model": printed("Model"), "model_name": printed("Model name"),
        "with_patients": printed("With patients"), "on_transport": printed("Transport loans"),
        "in_stock": printed("In stock"), "total": printed("Total"),
        "area": printed("Product area"), "area_name": printed("Product area name"),
        "payer": printed("Payer"), "started": printed("Started"), "ended": printed("Ended"),
        "pump": printed("Registration no."), "loan": printed("Loan no."),
        "lost_on": printed("Lost on"), "replacement_cost": printed("Replacement cost"),
        "still_lost": printed("Still lost"), "pumps": printed("Pumps"),
        "charged": printed("Charged"), "without_cost": printed("Without a cost"),
        "category": printed("Category"), "reported": printed("Reported"),
        "open": printed("Open"), "no_fault_found": printed("No fault found"),
        "visits": printed("Visits"), "average_days": printed("Average days"),
        "longest_days": printed("Longest, days"), "done": printed("Done"),
        "due_by_end": printed("Due"), "overdue": printed("Overdue now"),
        "day": printed("Day"), "pumps_sent": printed("Pumps sent"),
        "units_served": printed("Units served"), "pumps_short": printed("Pumps short"),
        "runs_short": printed("Runs short"),
        "count": printed("Count"), "place": printed("Place"), "place_name": printed("Place name"),
        "count_started": printed("Count started"), "count_finished": printed("Count finished"),
        "finished_by": printed("Finished by"), "expected": printed("Expected"),
        "found": printed("Found"), "missing": printed("Missing"),
        "unexpected": printed("Unexpected"), "unresolved": printed("Not yet resolved"),
        "difference": printed("Difference"), "register_state": printed("Register had it"),
        "register_unit": printed("In the register at"), "resolution": printed("Resolved"),
        "resolved_unit": printed("Charged to / moved to"), "resolved_on": printed("Resolved on"),
        "orders": printed("Orders"), "lines": printed("Lines"),
        "quantity": printed("Quantity"), "extra_cost_lines": printed("Extra-cost lines"),
    }[key]


def fault_category(code: str) -> str:
    return {"alarm": printed("Alarm"), "display": printed("Display"),
            "battery": printed("Battery or charging"), "mechanical": printed("Mechanical"),
            "damage": printed("Damaged or dirty"), "other": printed("Other"),
            "": printed("(none)")}.get(code, code)


def count_word(column: str, code: str | None) -> str | None:
    """A stocktake difference's words: its kind, where the register had the pump, and how
    it was resolved (``app.services.report_counts``)."""
    if column == "difference":
        return {"missing": printed("Missing"), "unexpected": printed("Found, not expected")
                }.get(code or "", code)
    if column == "resolution":
        return {"lost": printed("Reported lost, charged to the unit"),
                "lost_at_depot": printed("Reported lost at the depot's cost"),
                "moved": printed("Moved"), "returned": printed("Returned"),
                "open": printed("Not yet resolved")}.get(code or "", code)
    if code == "depot_shelves":
        return printed("On the depot's own shelves")
    if code in _STATES:
        return capitalised(printed_phrase(STATE_LABELS[PumpState(code)]))
    return code


def capitalised(text: str) -> str:
    """A domain phrase (lower case, for the middle of a sentence) as a cell of its own."""
    return text[:1].upper() + text[1:]


_STATES = frozenset(state.value for state in PumpState)


def yes_no(value: bool) -> str:
    return printed("yes") if value else printed("no")


def about_sheet() -> str:
    return printed("About")


def about_lines(*, now: bool, start: dt.date, end: dt.date, unit: str | None,
                made_at: dt.datetime) -> list[str]:
    """What a report covers: its period (or the day, for how things stand now), its unit,
    and when it was made."""
    if now:
        lines = [printed("As things stand on {day}").format(day=end.isoformat())]
    else:
        lines = [printed("Period {start} to {end}").format(start=start.isoformat(),
                                                           end=end.isoformat())]
    if unit:
        lines.append(printed("Unit {unit}").format(unit=unit))
    lines.append(printed("Made {when}").format(when=layout.local_time(made_at)))
    return lines


def cell_text(value: object) -> str:
    """A value as a printed cell: dates as YYYY-MM-DD, yes/no in words, numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")  # a thin space between thousands
    return str(value)


@dataclass(frozen=True)
class PrintedSection:
    title: str
    columns: Sequence[str]
    #: Right-aligned columns (numbers).
    numeric: Sequence[bool]
    rows: Sequence[Sequence[str]]


PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
SIZE = 9


def render_report(title: str, about: Sequence[str], sections: Sequence[PrintedSection],
                  foot: str) -> bytes:
    """The report as a PDF: its title, what it covers (``about``: period, unit, when made),
    then each section's table."""
    blocks: list[Block] = [layout.text(title, WIDTH, 16, BOLD), layout.gap(1.5 * mm),
                           *(layout.text(line, WIDTH, 10, grey=True) for line in about)]
    for section in sections:
        blocks += [layout.gap(5 * mm), layout.heading(section.title, WIDTH, 11),
                   replace(layout.gap(1.5 * mm), keep_with_next=True)]
        if not section.rows:
            blocks.append(layout.text(printed("Nothing in this period."), WIDTH, SIZE))
            continue
        blocks += _table(section)
    top = PAGE[1] - MARGIN
    bottom = MARGIN + layout.line_height(8) + 3 * mm
    pages = layout.paginate(blocks, top - bottom, top - bottom)
    buffer = BytesIO()
    canvas = layout.pdf_canvas(buffer, PAGE, title)
    for number, page in enumerate(pages, start=1):
        layout.stack(page).draw(canvas, MARGIN, top)
        canvas.setFillGray(GREY)
        numbering = printed("Page {page} of {pages}").format(page=number, pages=len(pages))
        layout.draw_lines(canvas, [foot], MARGIN, MARGIN + layout.line_height(8), FONT, 8)
        layout.draw_lines(canvas, [numbering], MARGIN, MARGIN + layout.line_height(8), FONT, 8,
                          WIDTH, "right")
        canvas.setFillGray(0)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _table(section: PrintedSection) -> list[Block]:
    """Columns as wide as their longest text asks; when that is more than the page has, the
    columns with long texts give up room (wrapping), never below their longest word, so a
    number or a date is never broken."""
    wanted, least = [], []
    sample = section.rows[:500]
    for index, title in enumerate(section.columns):
        values = [row[index] for row in sample]
        longest = max([layout.width_of(title, BOLD, 10)]
                      + [layout.width_of(v, FONT, SIZE) for v in values])
        word = max([layout.width_of(w, BOLD, 10) for w in title.split()]
                   + [layout.width_of(w, FONT, SIZE) for v in values for w in v.split()]
                   + [0])
        least.append(word + 2 * PAD + 1)
        wanted.append(max(min(longest, 70 * mm), word) + 2 * PAD + 1)
    excess = sum(wanted) - WIDTH
    give = [w - m for w, m in zip(wanted, least)]
    if excess > 0 and sum(give) > 0:
        share = min(1.0, excess / sum(give))
        wanted = [w - g * share for w, g in zip(wanted, give)]
    columns = list(zip(section.columns, wanted))
    rows = [[layout.text(value, width - 2 * PAD, SIZE,
                         align="right" if numeric else "left")
             for value, width, numeric in zip(row, wanted, section.numeric)]
            for row in section.rows]
    return layout.table(columns, rows)
