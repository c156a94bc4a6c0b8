"""The four printed documents, read back the way a scanner and a person read them.

Every page is rendered at the thermal printer's 203 dpi and at 300 dpi; every barcode on
it must decode, the decoded set must be exactly what the document prints, each symbol
keeps its quiet zone clear, and no text overlaps, leaves the page, or (for a protected
identity) gives away who the patient is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL.Image import Image
from PySide6.QtCore import QCoreApplication, QTranslator
from reportlab.lib.pagesizes import A4

from app.printing import receipt, samples
from app.printing.barcodes import code128_pattern, gs1_datamatrix, mm
from app.printing.form import render_loan_form
from app.printing.label import render_label
from app.printing.model import PumpLine
from app.printing.order_label import render_order_label
from app.printing.picking_list import render_picking_list
from app.printing.receipt import render_receipt
from app.printing.slip import render_packing_slip
from app.translation import install_language

DPIS = (203, 300)
C128, DM = zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.DataMatrix
UDI = samples.PUMPS[0].udi
THIRD = PumpLine("HS-009001", "Cardinal Health Kangaroo Joey", "KJ0005521")
LOAN_1 = samples.loan(pumps=samples.PUMPS[:1])
LOAN_3 = samples.loan(pumps=(*samples.PUMPS, THIRD))
#: The patient of samples.loan() in every form a slip of the code could print them.
PERSON = ("Anna Berg", "Berg", "19811228-9874", "198112289874", "811228", "1981-12-28")

# name: (make the PDF, the barcodes it must carry as (format, value))
DOCUMENTS: dict[str, tuple[Callable[[], bytes], list[tuple[object, str]]]] = {
    "receipt-1-pump": (lambda: render_receipt(LOAN_1),
                       [(C128, "DESK1-000042"), (C128, "HS-000123")]),
    "receipt-3-pumps": (lambda: render_receipt(LOAN_3),
                        [(C128, "DESK1-000042"), (C128, "HS-000123"), (C128, "HS-004711"),
                         (C128, "HS-009001")]),
    "receipt-protected": (lambda: render_receipt(samples.loan(protected=True)),
                          [(C128, "DESK1-000042"), (C128, "HS-000123"), (C128, "HS-004711")]),
    "form": (lambda: render_loan_form(samples.loan()),
             [(C128, "DESK1-000042"), (C128, "HS-000123"), (C128, "HS-004711")]),
    "form-3-pumps": (lambda: render_loan_form(LOAN_3),
                     [(C128, "DESK1-000042"), (C128, "HS-000123"), (C128, "HS-004711"),
                      (C128, "HS-009001")]),
    "label": (lambda: render_label(samples.label()), [(C128, "HS-000123"), (DM, UDI)]),
    "label-no-udi": (lambda: render_label(samples.label(with_udi=False)),
                     [(C128, "HS-000123")]),
    "slip": (lambda: render_packing_slip(samples.slip()),
             [(C128, "DESK1-S-000007"), (C128, "HS-000123"), (C128, "HS-004711")]),
    # A consumables order's paper (issue 23): the withdrawal number, and nothing else.
    "picking-list": (lambda: render_picking_list(samples.order_paper()), [(C128, "U13201003")]),
    "picking-list-protected": (lambda: render_picking_list(samples.order_paper(True)),
                               [(C128, "U13201003")]),
    "order-label-62x29": (lambda: render_order_label(samples.order_paper(), "62x29"),
                          [(C128, "U13201003")]),
    "order-label-100x50": (lambda: render_order_label(samples.order_paper(), "100x50"),
                           [(C128, "U13201003")]),
    "order-label-62x29-nb-protected": (
        lambda: render_order_label(samples.order_paper(True, norwegian=True), "62x29"),
        [(C128, "U21000417")]),
    "order-label-100x50-nb-protected": (
        lambda: render_order_label(samples.order_paper(True, norwegian=True), "100x50"),
        [(C128, "U21000417")]),
}


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    # pytest-qt's QApplication first: install_language would otherwise make a bare
    # QCoreApplication, and a later widget test in the same run could not start.
    install_language("en")
    yield
    install_language("en")


@dataclass(frozen=True)
class Found:
    page: int
    result: zxingcpp.Barcode
    image: Image
    dpi: int

    @property
    def box(self) -> tuple[int, int, int, int]:
        """left, top, right, bottom in pixels."""
        p = self.result.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        return min(xs), min(ys), max(xs), max(ys)


def pages(pdf: bytes) -> list[pdfium.PdfPage]:
    document = pdfium.PdfDocument(pdf)
    return [document[i] for i in range(len(document))]


def scan(pdf: bytes, dpi: int) -> list[Found]:
    found = []
    for number, page in enumerate(pages(pdf)):
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        found += [Found(number, r, image, dpi) for r in zxingcpp.read_barcodes(image)]
    return found


def text_of(pdf: bytes) -> str:
    return "\n".join(page.get_textpage().get_text_range() for page in pages(pdf))


def text_runs(page: pdfium.PdfPage) -> list[tuple[str, tuple[float, ...]]]:
    """Each run of text on the page and its box (left, bottom, right, top) in points."""
    textpage = page.get_textpage()
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    return [(textpage.get_text_bounded(*r).strip(), r) for r in rects]


# -- barcodes -------------------------------------------------------------------------------


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_barcode_reads_back_as_printed(name: str, dpi: int) -> None:
    make, expected = DOCUMENTS[name]
    found = scan(make(), dpi)
    assert sorted((str(f.result.format), f.result.text) for f in found) == \
        sorted((str(kind), value) for kind, value in expected)
    for f in found:
        if f.result.format == DM:
            # A GS1 DataMatrix (FNC1 first), read as GS1 element strings.
            assert f.result.symbology_identifier == "]d2"
            assert f.result.content_type == zxingcpp.ContentType.GS1


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_code128_has_its_own_value_printed_under_it(name: str, dpi: int) -> None:
    """Under the bars; or, where a small label has no height to spare (the order's
    62 × 29 mm label), first thing beside them."""
    pdf = DOCUMENTS[name][0]()
    page_list = pages(pdf)
    for f in scan(pdf, dpi):
        if f.result.format != C128:
            continue
        left, top, right, bottom = (v * 72 / dpi for v in f.box)
        height = page_list[f.page].get_size()[1]
        textpage = page_list[f.page].get_textpage()
        under = textpage.get_text_bounded(left - 2, height - bottom - 7 * mm, right + 2,
                                          height - bottom)
        beside = textpage.get_text_bounded(right, height - bottom, right + 30 * mm,
                                           height - top + 2).split()
        assert f.result.text in (under.strip(), beside[0] if beside else "")


def _white(image: Image, left: float, top: float, right: float, bottom: float) -> bool:
    box = tuple(round(v) for v in (left, top, right, bottom))
    assert box[0] >= 0 and box[1] >= 0 and box[2] <= image.width and box[3] <= image.height, \
        "the quiet zone reaches off the page"
    return image.crop(box).getextrema()[0] >= 200  # type: ignore[index]


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_quiet_zones_are_clear(name: str, dpi: int) -> None:
    """10 modules each side of a Code 128, 1 module around a DataMatrix, nothing in them
    (one pixel next to the symbol is left out: anti-aliasing greys it)."""
    for f in scan(DOCUMENTS[name][0](), dpi):
        left, top, right, bottom = f.box
        if f.result.format == C128:
            zone = 10 * (right - left) / len(code128_pattern(f.result.text))
            assert _white(f.image, left - zone, top, left - 1, bottom + 1)
            assert _white(f.image, right + 2, top, right + zone, bottom + 1)
        else:
            zone = (right - left) / (gs1_datamatrix(f.result.text).columns - 2)
            assert _white(f.image, left - zone, top - zone, left - 1, bottom + zone)
            assert _white(f.image, right + 2, top - zone, right + zone, bottom + zone)
            assert _white(f.image, left - zone, top - zone, right + zone, top - 1)
            assert _white(f.image, left - zone, bottom + 2, right + zone, bottom + zone)


def test_the_quiet_zone_check_sees_a_crowded_barcode() -> None:
    """The check above can fail: text 1 mm left of the bars, a rule under a DataMatrix."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from app.printing.barcodes import DOT, draw_code128, draw_datamatrix

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(120 * mm, 40 * mm))
    canvas.setFont("Helvetica", 9)
    canvas.drawRightString(29 * mm, 20 * mm, "Text")
    draw_code128(canvas, "HS-000123", 30 * mm, 15 * mm, 10 * mm, 2 * DOT)
    draw_datamatrix(canvas, UDI, 90 * mm, 15 * mm, 4 * DOT)
    canvas.rect(88 * mm, 15.05 * mm, 25 * mm, 0.15 * mm, stroke=0, fill=1)  # in its zone
    canvas.save()
    found = {f.result.format: f for f in scan(buffer.getvalue(), 203)}
    left, top, right, bottom = found[C128].box
    zone = 10 * (right - left) / len(code128_pattern("HS-000123"))
    assert not _white(found[C128].image, left - zone, top, left - 1, bottom + 1)
    left, top, right, bottom = found[DM].box
    zone = (right - left) / (gs1_datamatrix(UDI).columns - 2)
    assert not _white(found[DM].image, left - zone, bottom + 2, right + zone, bottom + zone)


# -- protected identity ------------------------------------------------------------------------

PROTECTED = {
    "sample": samples.loan(protected=True),
    # A document that still carries the patient (a service's mistake) must print none of it.
    "flag-only": replace(samples.loan(), protected=True),
}


@pytest.mark.parametrize("render", [render_receipt, render_loan_form], ids=["receipt", "form"])
@pytest.mark.parametrize("case", PROTECTED)
def test_a_protected_identity_leaves_no_trace(render, case: str) -> None:  # noqa: ANN001
    doc = PROTECTED[case]
    pdf = render(doc)
    words = text_of(pdf)
    metadata = " ".join(str(v) for v in pdfium.PdfDocument(pdf).get_metadata_dict().values())
    for trace in PERSON:
        assert trace not in words and trace not in metadata
    barcodes = {f.result.text for f in scan(pdf, 203)}
    assert not any(trace in value for value in barcodes for trace in PERSON)
    # The unit stands as recipient, and the pumps are printed as usual.
    assert doc.unit_name in words and doc.unit_number in words
    for pump in doc.pumps:
        assert pump.registration in words and pump.model_name in words


@pytest.mark.parametrize("render", [render_receipt, render_loan_form], ids=["receipt", "form"])
def test_the_same_loan_unprotected_does_name_the_patient(render) -> None:  # noqa: ANN001
    """The check above can fail: these are the forms the sample prints."""
    words = text_of(render(samples.loan()))
    for trace in ("Anna Berg", "19811228-9874", "811228"):
        assert trace in words


# -- pages and fitting ---------------------------------------------------------------------


def _size(pdf: bytes) -> tuple[float, float]:
    sizes = {tuple(round(v, 2) for v in page.get_size()) for page in pages(pdf)}
    assert len(sizes) == 1
    return sizes.pop()


def test_the_receipt_is_80_mm_wide_and_as_tall_as_its_content() -> None:
    heights = []
    for doc in (LOAN_1, samples.loan(), LOAN_3):
        pdf = render_receipt(doc)
        assert len(pages(pdf)) == 1
        width, height = _size(pdf)
        assert width == pytest.approx(80 * mm, abs=0.01)
        runs = text_runs(pages(pdf)[0])
        assert min(r[1] for _, r in runs) >= receipt.BOTTOM - 0.5 * mm  # above the margin
        assert max(r[3] for _, r in runs) <= height - 2 * mm
        # Nothing outside the 72 mm the print head reaches.
        assert min(r[0] for _, r in runs) >= 4 * mm - 0.5
        assert max(r[2] for _, r in runs) <= 76 * mm + 0.5
        heights.append(height)
    assert heights[0] < heights[1] < heights[2]


@pytest.mark.parametrize("dpi", DPIS)
def test_receipt_barcodes_and_quiet_zones_stay_inside_the_print_head(dpi: int) -> None:
    for f in scan(render_receipt(LOAN_3), dpi):
        left, _, right, _ = f.box
        zone = 10 * (right - left) / len(code128_pattern(f.result.text))
        assert left - zone >= 4 * mm * dpi / 72 - 1
        assert right + zone <= 76 * mm * dpi / 72 + 1


@pytest.mark.parametrize("make", [lambda: render_loan_form(samples.loan()),
                                  lambda: render_packing_slip(samples.slip())],
                         ids=["form", "slip"])
def test_form_and_slip_are_a4_on_one_page(make) -> None:  # noqa: ANN001
    pdf = make()
    assert _size(pdf) == pytest.approx((round(A4[0], 2), round(A4[1], 2)), abs=0.01)
    assert len(pages(pdf)) == 1


def test_a_long_form_breaks_pages_with_the_table_head_and_numbers() -> None:
    many = tuple(PumpLine(f"HS-1{i:05d}", "Smiths Medical CADD-Solis", f"CS{i:07d}")
                 for i in range(14))
    pdf = render_loan_form(samples.loan(pumps=many))
    words = [page.get_textpage().get_text_range() for page in pages(pdf)]
    assert len(words) >= 2
    for number, page_text in enumerate(words, start=1):
        assert f"Page {number} of {len(words)}" in page_text
    assert all("Registration no." in page_text for page_text in words[:2])
    assert "Signatures" in words[-1]
    assert {f.result.text for f in scan(pdf, 203)} == {"DESK1-000042",
                                                       *(p.registration for p in many)}


def test_the_label_is_62_by_29_mm() -> None:
    for with_udi in (True, False):
        assert _size(render_label(samples.label(with_udi))) == pytest.approx(
            (62 * mm, 29 * mm), abs=0.01)


LONG = replace(samples.label(), depot_name="Seksjon for behandlingshjelpemidler, Helse Bergen",
               model_name="Cardinal Health Kangaroo Joey enteral feeding pump with pole clamp")


@pytest.mark.parametrize("doc", [samples.label(), samples.label(False), LONG,
                                 replace(LONG, udi=None)],
                         ids=["udi", "no-udi", "long-texts", "long-texts-no-udi"])
def test_label_texts_shrink_to_fit_and_are_never_cut(doc) -> None:  # noqa: ANN001
    pdf = render_label(doc)
    words = text_of(pdf)
    assert doc.depot_name in words.replace("\r\n", " ").replace("\n", " ")
    assert doc.model_name in words.replace("\r\n", " ").replace("\n", " ")
    for text, (left, bottom, right, top) in text_runs(pages(pdf)[0]):
        assert left >= 1 * mm and right <= 61 * mm, text
        assert bottom >= 1 * mm and top <= 28 * mm, text
    assert {f.result.text for f in scan(pdf, 203)} == {doc.registration,
                                                       *([doc.udi] if doc.udi else [])}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_text_overlaps_other_text(name: str) -> None:
    for page in pages(DOCUMENTS[name][0]()):
        runs = text_runs(page)
        for (a, ra), (b, rb) in itertools.combinations(runs, 2):
            overlap_x = min(ra[2], rb[2]) - max(ra[0], rb[0])
            overlap_y = min(ra[3], rb[3]) - max(ra[1], rb[1])
            assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)


# -- language ----------------------------------------------------------------------------------

#: What each document must say in each language. Add "sv" and "nb" rows when their
#: translations exist; the test installs the language and looks for every phrase.
PHRASES = {
    "en": {
        "receipt-1-pump": ["Loan receipt", "Returning the pump", "Customer no. 602154",
                           "Serial no. BG7765123", "2 × Syringes and lines, 14-day pack"],
        "form": ["Loan of treatment aids", "Approval reference", "Prescribing doctor",
                 "Received by", "Return terms", "Page 1 of 1"],
        "slip": ["Packing slip", "Contact person", "Received by the unit"],
        "picking-list": ["Picking list", "Ordered by A relative", "Articles to pick",
                         "Outside the assortment: not returnable"],
        "order-label-100x50": ["From: Hjälpmedel Skåne, Lund", "c/o Lindqvist",
                               "Standard delivery"],
    },
    "sv": {
        "receipt-1-pump": ["Lånebekräftelse", "Återlämning av pumpen", "Kundnr 602154",
                           "Serienr BG7765123"],
        "form": ["Utlåning av hjälpmedel", "Godkännandereferens", "Förskrivande läkare",
                 "Villkor för återlämning"],
        "slip": ["Följesedel", "Kontaktperson", "Mottaget av enheten"],
        "picking-list": ["Plocklista", "En närstående", "Artiklar att plocka", "Antal",
                         "Utanför sortimentet: kan inte returneras"],
        "picking-list-protected": ["Mottagare: förskrivande enhet", "c/o Dr. Eva Lind"],
        "order-label-62x29": ["Tel. 070-123 45 67", "Från: Hjälpmedel Skåne, Lund"],
    },
    "nb": {
        "receipt-1-pump": ["Lånekvittering", "Innlevering av pumpen", "Kundenr. 602154",
                           "Serienr. BG7765123"],
        "form": ["Utlån av behandlingshjelpemidler", "Godkjenningsreferanse",
                 "Rekvirerende lege", "Mottatt av", "Vilkår for innlevering"],
        "slip": ["Pakkseddel", "Kontaktperson", "Mottatt av enheten"],
        "picking-list": ["Plukkliste", "En pårørende", "Artikler som skal plukkes", "Antall",
                         "Utenfor sortimentet: kan ikke returneres"],
        "order-label-100x50-nb-protected": ["Fra: Behandlingshjelpemidler, Helse Bergen",
                                            "c/o Dr. Kari Hansen", "Standard levering"],
    },
}


@pytest.mark.parametrize(("language", "name"),
                         [(lang, name) for lang, docs in PHRASES.items() for name in docs])
def test_documents_speak_the_installed_language(language: str, name: str) -> None:
    assert install_language(language) == language
    words = " ".join(text_of(DOCUMENTS[name][0]()).split())
    for phrase in PHRASES[language][name]:
        assert phrase in words


SOURCES = Path(__file__).resolve().parents[2] / "app" / "printing"
LITERAL = re.compile(r'printed\(\s*"((?:[^"\\]|\\.)+)"')


class Shouting(QTranslator):
    """A test-only language: every "Print" text in capitals, its {fields} untouched."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        if context != "Print":
            return None
        return re.sub(r"\{[^}]*\}|[^{]+", lambda m: m[0] if m[0][0] == "{" else m[0].upper(),
                      source)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def _data(value: object) -> list[str]:
    """Every string a document carries: what is printed as given, not translated."""
    if isinstance(value, str):  # an address's lines print on one line too
        return [value, ", ".join(value.splitlines())]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _data(item)]
    if hasattr(value, "__dataclass_fields__"):
        return _data(list(vars(value).values()))
    return []


def test_every_printed_text_goes_through_the_translator() -> None:
    """With a test language that writes every translated text in capitals, whatever is
    left in small letters on paper must be data: an English literal that skipped
    ``printed`` would show up here."""
    literals = {m for path in SOURCES.glob("*.py") for m in LITERAL.findall(path.read_text())}
    assert len(literals) > 40  # scripts/translations.py finds them: printed("…") literals
    shouting = Shouting()
    QCoreApplication.instance().installTranslator(shouting)
    try:
        printed = {name: text_of(make()) for name, (make, _) in DOCUMENTS.items()}
    finally:
        QCoreApplication.instance().removeTranslator(shouting)
    data = sorted(set(_data([LOAN_3, samples.slip(), samples.label(), samples.order_paper(),
                             samples.order_paper(True, norwegian=True)])),
                  key=len, reverse=True)
    for name, words in printed.items():
        # Lines joined: a label wraps a sender's name where the capitals make it longer.
        rest = " ".join(words.split())
        for value in data:
            rest = rest.replace(" ".join(value.split()), "")
        assert not re.search(r"[a-zåäöæøé]", rest), (name, rest)
    assert "LOAN RECEIPT" in printed["receipt-1-pump"]
    assert "PAGE 1 OF 1" in printed["form"]
    assert "PICKING LIST" in printed["picking-list"]
    assert "C/O Dr. Kari Hansen" in printed["order-label-62x29-nb-protected"]


def test_times_are_printed_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The services keep UTC; paper shows the counter's clock (10:42 UTC is 11:42 in
    Lund in November)."""
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        for pdf in (render_receipt(samples.loan()), render_loan_form(samples.loan()),
                    render_packing_slip(samples.slip())):
            assert "2026-11-20 11:42" in text_of(pdf)
    finally:
        monkeypatch.undo()
        time.tzset()
