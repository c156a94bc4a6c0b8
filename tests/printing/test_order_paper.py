"""A consumables order's paper (issue 23): the address label on both label rolls and the
picking list, read back as a scanner, a carrier and a picker read them.

The generic checks (quiet zones, the number printed with its bars, no text over other
text, every printed text translated) run on the samples in test_documents.py; here:
every variant's barcode at 203 and 300 dpi, a protected identity, long texts, long orders,
and the services' entries."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.pagesizes import A4

from app.domain.refusals import Refused
from app.printing import samples
from app.printing.barcodes import mm
from app.printing.order_label import (
    MIN_BARS,
    SMALL_BARS,
    LabelRoll,
    Text,
    fit,
    plan_large,
    plan_small,
    render_order_label,
)
from app.printing.order_paper import OrderPaper, OrderPaperLine, Recipient
from app.printing.picking_list import render_picking_list
from app.services import printouts
from app.services.station import Station
from app.translation import install_language, printing_in

DPIS = (203, 300)
ROLLS = {LabelRoll.SMALL: (62 * mm, 29 * mm), LabelRoll.LARGE: (100 * mm, 50 * mm)}


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    install_language("en")
    yield
    install_language("en")


def pages(pdf: bytes) -> list[pdfium.PdfPage]:
    document = pdfium.PdfDocument(pdf)
    return [document[i] for i in range(len(document))]


def read(pdf: bytes, dpi: int) -> list[tuple[str, str]]:
    """(format, text) of every barcode on every page, rendered at ``dpi``."""
    found = []
    for page in pages(pdf):
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        found += [(str(r.format), r.text) for r in zxingcpp.read_barcodes(image)]
    return sorted(found)


def words(pdf: bytes) -> str:
    """The text of every page, every run of white space (a wrapped line) one space."""
    return " ".join(" ".join(page.get_textpage().get_text_range() for page in pages(pdf))
                    .split())


def runs(page: pdfium.PdfPage) -> list[tuple[str, tuple[float, ...]]]:
    textpage = page.get_textpage()
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    return [(textpage.get_text_bounded(*r).strip(), r) for r in rects]


def render(kind: str, paper: OrderPaper) -> bytes:
    return render_picking_list(paper) if kind == "picking" else render_order_label(paper, kind)


KINDS = ["62x29", "100x50", "picking"]
C128 = str(zxingcpp.BarcodeFormat.Code128)


# -- barcodes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("norwegian", [False, True], ids=["sv", "nb"])
@pytest.mark.parametrize("protected", [False, True], ids=["person", "protected"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_withdrawal_number_reads_back_as_code_128(kind: str, protected: bool,
                                                      norwegian: bool, dpi: int) -> None:
    paper = samples.order_paper(protected, norwegian)
    assert read(render(kind, paper), dpi) == [(C128, paper.number)]


def test_the_labels_are_the_rolls_sizes_and_the_list_one_a4_page() -> None:
    for roll, size in ROLLS.items():
        for paper in (samples.order_paper(), samples.order_paper(True, norwegian=True)):
            found = pages(render_order_label(paper, roll))
            assert len(found) == 1
            assert found[0].get_size() == pytest.approx(size, abs=0.01)
    found = pages(render_picking_list(samples.order_paper()))
    assert len(found) == 1 and found[0].get_size() == pytest.approx(A4, abs=0.01)


def test_an_unknown_roll_is_no_label() -> None:
    with pytest.raises(ValueError):
        render_order_label(samples.order_paper(), "50x25")


def test_a_paper_takes_only_a_withdrawal_number() -> None:
    with pytest.raises(ValueError):
        replace(samples.order_paper(), number="DESK1-000042")
    with pytest.raises(ValueError):
        replace(samples.order_paper(), number="u13201003")
    assert replace(samples.order_paper(), number="U99000001").number == "U99000001"


# -- a protected identity ----------------------------------------------------------------------

PROTECTED = {
    "sample": lambda norwegian: samples.order_paper(True, norwegian),
    # A paper the services filled wrongly, still carrying the person: none of it prints.
    "flag-only": lambda norwegian: replace(samples.order_paper(False, norwegian),
                                           protected=True),
}


@pytest.mark.parametrize("norwegian", [False, True], ids=["sv", "nb"])
@pytest.mark.parametrize("case", PROTECTED)
@pytest.mark.parametrize("kind", KINDS)
def test_a_protected_identity_prints_the_unit_never_the_patient(kind: str, case: str,
                                                                norwegian: bool) -> None:
    paper = PROTECTED[case](norwegian)
    pdf = render(kind, paper)
    text = words(pdf)
    metadata = " ".join(str(v) for v in pdfium.PdfDocument(pdf).get_metadata_dict().values())
    codes = " ".join(value for _, value in read(pdf, 203))
    for trace in (*samples.ORDER_PERSON, "Lindqvist", "070-123 45 67", "912 34 567"):
        assert trace not in text and trace not in metadata and trace not in codes
    assert paper.unit_address is not None
    # The unit, c/o the prescriber, at the unit's address (seed 002).
    for line in (paper.unit_name, f"c/o {paper.prescriber}", paper.unit_address.street,
                 f"{paper.unit_address.postcode} {paper.unit_address.town}"):
        assert line in text


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_order_for_a_person_does_name_them(kind: str) -> None:
    """The check above can fail: these are the forms the samples print."""
    text = words(render(kind, samples.order_paper()))
    for trace in ("Anna Berg", "c/o Lindqvist", "Storgatan 12 B", "222 22 Lund"):
        assert trace in text
    text = words(render(kind, samples.order_paper(norwegian=True)))
    for trace in ("Ola Nordmann", "Fjellveien 8", "5019 Bergen"):
        assert trace in text


# -- long texts --------------------------------------------------------------------------------

LONG_PERSON = Recipient("Anna-Karin Bergström-Lindqvist Johansson",
                        "Västra Långebergavägen 112 B, lgh 1102, 3 tr", "234 56",
                        "Långeberga-Västra Ingelstad",
                        care_of="Familjen Lindqvist-Abrahamsson", phone="+46 70-123 45 67")
LONG_DEPOT = replace(samples.NORWEGIAN_DEPOT,
                     name="Seksjon for behandlingshjelpemidler, Haukeland universitetssjukehus",
                     address="Postboks 1400, Haukelandsveien 22, 5021 Bergen")
LONG = {
    "person": replace(samples.order_paper(), recipient=LONG_PERSON, depot=LONG_DEPOT,
                      delivery_note="Får ställas utanför dörren. Portkod 4711#, "
                                    "ring på porttelefonen märkt Johansson"),
    "protected": replace(
        samples.order_paper(True, norwegian=True), depot=LONG_DEPOT,
        unit_name="Haukeland universitetssjukehus, Medisinsk avdeling, "
                  "Seksjon for infeksjonssykdommer, post 3",
        prescriber="Overlege dr. med. Kari Hansen-Kristiansen",
        unit_address=Recipient("", "Jonas Lies vei 65, inngang 2, 4. etasje", "5021",
                               "Bergen", phone="55 97 20 00")),
}


@pytest.mark.parametrize("case", LONG)
@pytest.mark.parametrize("roll", list(LabelRoll))
def test_long_names_and_addresses_fit_the_label_whole(roll: LabelRoll, case: str) -> None:
    paper = LONG[case]
    pdf = render_order_label(paper, roll)
    width, height = ROLLS[roll]
    page = pages(pdf)[0]
    found = runs(page)
    for text, (left, bottom, right, top) in found:
        assert left >= 1 * mm and right <= width - 1 * mm, text
        assert bottom >= 1 * mm and top <= height - 1 * mm, text
    for (a, ra), (b, rb) in itertools.combinations(found, 2):
        overlap_x = min(ra[2], rb[2]) - max(ra[0], rb[0])
        overlap_y = min(ra[3], rb[3]) - max(ra[1], rb[1])
        assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)
    # Nothing cut: every line of the address block is there in full (wrapped at most).
    text = words(pdf)
    to = paper.deliver_to()
    for line in (to.name, f"c/o {to.care_of}", to.street, f"{to.postcode} {to.town}",
                 paper.number):
        assert line in text
    for dpi in DPIS:
        assert read(pdf, dpi) == [(C128, paper.number)]


@pytest.mark.parametrize("case", LONG)
def test_long_texts_shrink_within_reason_and_leave_the_bars_their_height(case: str) -> None:
    paper = LONG[case]
    small = plan_small(paper)
    assert small.bars >= SMALL_BARS
    # The address first: it shrinks only as far as the sender (last) needs at 4 points.
    assert min(p.size for p in small.address) >= 5.5
    assert min(p.size for p in small.column) >= 4
    plan = plan_large(paper)
    assert plan.bars >= MIN_BARS
    assert min(p.size for p in [*plan.head, *plan.address, *plan.column]) >= 6


def test_an_ordinary_address_keeps_its_size_on_the_small_label() -> None:
    for paper in (samples.order_paper(), samples.order_paper(True, norwegian=True)):
        plan = plan_small(paper)
        # A long unit name shrinks to stay on its line; the rest keeps to 7 points or more.
        assert plan.address[0].size >= 6 and min(p.size for p in plan.address[1:]) >= 7
        assert min(p.size for p in plan.column) >= 4
        assert plan.column[0].lines == (paper.number,) and plan.column[0].size >= 8.5


def test_text_that_cannot_fit_is_refused_not_cut() -> None:
    with pytest.raises(ValueError):
        fit([Text("Förrådsvägen " * 60, "Helvetica", 9)], 58 * mm, 10 * mm)


def test_a_long_order_breaks_pages_with_the_table_head_and_its_number() -> None:
    many = tuple(OrderPaperLine(f"72{i:04d}", f"Article number {i} with a long name", i % 4 + 1,
                                "14-day pack", outside=i == 7) for i in range(40))
    pdf = render_picking_list(replace(samples.order_paper(), lines=many))
    texts = [" ".join(page.get_textpage().get_text_range().split()) for page in pages(pdf)]
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Article no." in text
        assert "U13201003" in text  # a page that comes apart says whose it is
    joined = " ".join(texts)
    assert all(line.article in joined for line in many)
    assert "Picked by" in texts[-1]
    assert read(pdf, 203) == [(C128, "U13201003")]  # the barcode once, on page one


def test_the_picking_list_prints_the_order_time_in_local_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        assert "2026-11-23 10:15" in words(render_picking_list(samples.order_paper()))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_picking_list_lists_every_line_and_who_pays() -> None:
    text = words(render_picking_list(samples.order_paper()))
    for line in samples.order_paper().lines:
        assert f"{line.article} {line.name}" in text and line.pack in text
    assert "Ordered by A relative" in text and "Standard delivery Portkod 4711" in text
    assert ("Extra cost for Region Skåne, Skånes universitetssjukhus: 799871 outside the "
            "assortment") in text
    plain = replace(samples.order_paper(), lines=samples.order_paper().lines[:3])
    assert "Extra cost" not in words(render_picking_list(plain))


# -- the print language and the services -------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_norwegian_paper_in_the_norwegian_print_language(kind: str) -> None:
    """As the services make it: the depot's language, whatever the window speaks."""
    with printing_in("nb"):
        text = words(render(kind, samples.order_paper(norwegian=True)))
    expected = {"62x29": ["Tlf. +47 912 34 567", "Fra: Behandlingshjelpemidler, Helse Bergen"],
                "100x50": ["Fra: Behandlingshjelpemidler, Helse Bergen, Haukelandsveien 22",
                           "Standard levering", "Portkode 4711"],
                "picking": ["Plukkliste", "Bestilt av En pårørende", "Leveres til",
                            "Artikler som skal plukkes", "Antall", "Pakning", "Plukket av",
                            "Sprøyte Luer-lock 20 ml", "Utenfor sortimentet",
                            "Ekstra kostnad for Helse Bergen HF"]}[kind]
    for phrase in expected:
        assert phrase in text
    assert "Picking list" not in text and "Phone" not in text and "From:" not in text


def test_the_services_print_an_orders_paper_in_the_depots_language(depot: Station) -> None:
    paper = samples.order_paper(norwegian=True)
    made = [printouts.picking_list(depot, paper, "nb"),
            printouts.order_label(depot, paper, "62x29", "nb"),
            printouts.order_label(depot, paper, "100x50", "nb")]
    assert [(p.kind, p.title) for p in made] == [("picking", "U21000417"),
                                                 ("order_label", "U21000417"),
                                                 ("order_label", "U21000417")]
    assert {printouts.PRINTER_KIND[p.kind] for p in made} == {"a4", "label"}
    for printout in made:
        assert read(printout.pdf, 203) == [(C128, "U21000417")]
    assert "Plukkliste" in words(made[0].pdf)
    # Without a language: the depot's own (this one is Swedish).
    assert "Plocklista" in words(printouts.picking_list(depot, samples.order_paper()).pdf)
    with pytest.raises(Refused) as refused:
        printouts.order_label(depot, paper, "50x25")
    assert refused.value.params == {"roll": "50x25"}
    # An address no label can carry whole is refused, not cut, and not a traceback.
    endless = replace(paper, recipient=Recipient("Ola Nordmann", "Fjellveien 8 " * 300, "5019",
                                                 "Bergen"))
    with pytest.raises(Refused) as refused:
        printouts.order_label(depot, endless, "62x29")
    assert refused.value.params == {"number": "U21000417", "roll": "62x29"}
    assert printouts.order_label(depot, replace(endless, recipient=LONG_PERSON), "62x29").pdf
