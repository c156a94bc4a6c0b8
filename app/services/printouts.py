"""Printed documents, from the register to a finished PDF, in the depot's language.

The renderers (reportlab, barcodes) are imported by the first document made, not when the
window starts: a counter is ready for its first scan before its first print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from app.domain.depot import check_print_language
from app.domain.refusals import RefusalCode, Refused
from app.persistence.repository import Repository
from app.services import documents
from app.services.station import Station
from app.translation import printing_in

if TYPE_CHECKING:  # reportlab is loaded at the first print, not with the services
    from app.printing.order_paper import OrderPaper

#: Which printer each document goes to.
PRINTER_KIND = {"receipt": "receipt", "form": "a4", "slip": "a4", "label": "label",
                "card": "label", "picking": "a4", "order_label": "label"}
#: The label rolls an order's address label is made for (app.printing.order_label).
LABEL_ROLLS = ("62x29", "100x50")


def print_language(station: Station, language: str | None = None) -> str:
    """``language`` if given, else the depot's printing language (its setting, else its
    country's: Norwegian in Norway, Swedish in Sweden)."""
    if language is not None:
        return check_print_language(language)
    with station.db.reading() as connection:
        return Repository(connection).print_language()


@dataclass(frozen=True)
class Printout:
    kind: str
    title: str
    pdf: bytes


def receipt(station: Station, loan: str, language: str | None = None) -> Printout:
    """The loan receipt for a loan number (or a pump now on loan)."""
    from app.printing.receipt import render_receipt  # reportlab: loaded at the first print

    shown_in = print_language(station, language)
    doc = documents.loan_document(station, loan, shown_in)
    with printing_in(shown_in):
        return Printout("receipt", doc.loan_number, render_receipt(doc))


def loan_form(station: Station, loan: str, language: str | None = None) -> Printout:
    from app.printing.form import render_loan_form

    shown_in = print_language(station, language)
    doc = documents.loan_document(station, loan, shown_in)
    with printing_in(shown_in):
        return Printout("form", doc.loan_number, render_loan_form(doc))


def label(station: Station, scan: str, language: str | None = None) -> Printout:
    from app.printing.label import render_label

    doc = documents.pump_label(station, scan)
    with printing_in(print_language(station, language)):
        return Printout("label", doc.registration, render_label(doc))


def packing_slip(station: Station, unit: str, scans: Sequence[str],
                 language: str | None = None) -> Printout:
    if not scans:
        raise Refused(RefusalCode.INVALID_INPUT, "Name at least one pump for the packing slip.")
    from app.printing.slip import render_packing_slip

    doc = documents.packing_slip(station, unit, list(scans))
    with printing_in(print_language(station, language)):
        return Printout("slip", doc.slip_number, render_packing_slip(doc))


def staff_card(station: Station, number: str, language: str | None = None) -> Printout:
    """A staff member's card, to print on a card printer or paper for a badge holder."""
    from app.printing.staff_card import StaffCard, render_staff_card
    from app.services.staff import staff_member

    member = staff_member(station, number)
    if not member.card_code:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{number} has no card code yet: give them a new card first.",
                      number=number)
    card = StaffCard(documents.depot(station).name, member.name, member.number,
                     member.card_code)
    with printing_in(print_language(station, language)):
        return Printout("card", member.number, render_staff_card(card))


def picking_list(station: Station, paper: OrderPaper, language: str | None = None) -> Printout:
    """A consumables order's picking list (A4), from its paper as the order services
    gather it."""
    from app.printing.picking_list import render_picking_list

    with printing_in(print_language(station, language)):
        return Printout("picking", paper.number, render_picking_list(paper))


def order_label(station: Station, paper: OrderPaper, roll: str = "62x29",
                language: str | None = None) -> Printout:
    """A consumables order's address label on one of the depot's label rolls."""
    if roll not in LABEL_ROLLS:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "No label roll '{roll}': the labels are 62x29 or 100x50 (mm).", roll=roll)
    from app.printing.order_label import render_order_label

    with printing_in(print_language(station, language)):
        try:
            return Printout("order_label", paper.number, render_order_label(paper, roll))
        except ValueError:  # an address a third of its size would not fit, or none at all
            raise Refused(RefusalCode.INVALID_INPUT,
                          "The address of {number} does not fit a {roll} label: print it on "
                          "the larger roll, or shorten it.", number=paper.number,
                          roll=roll) from None
