"""What a barcode scanner typed, read as a pump's registration label or a GS1 UDI.

A keyboard-wedge scanner may send a symbology identifier (``]C1``, ``]d2`` …), stray
whitespace and line ends, lower case (caps lock), and a GS1 group separator or nothing in
its place. Reading never touches the database: it says which keys to look the pump up by.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import SHORT, typed

_SYMBOLOGY_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_GS = "\x1d"
#: ISO/IEC 15424 symbology identifiers a scanner may put before the code, and what each
#: says about the symbol read.
SYMBOLOGIES = {
    "]C0": "Code 128", "]C1": "GS1-128", "]d1": "Data Matrix", "]d2": "GS1 DataMatrix",
    "]Q1": "QR Code", "]Q3": "GS1 QR Code", "]E0": "EAN-13 / UPC-A", "]E4": "EAN-8",
    "]A0": "Code 39", "]I0": "Interleaved 2 of 5", "]I1": "ITF-14", "]e0": "GS1 DataBar",
    "]L2": "PDF417",
}
#: Characters a scanner can be set to send in place of the GS separator: none can be part
#: of a registration number or of GS1 data (GS1's 82-character set lacks them all).
GS_SUBSTITUTES = ("#", "$", "@", "^", "|", "~", "{", "}")
_REGISTRATION = re.compile(r"[A-Z0-9][A-Z0-9\-./]{0,31}")


@dataclass(frozen=True)
class ScanCode:
    """Keys to find a pump by. ``text`` is the cleaned code as a registration number."""

    raw: str
    text: str
    gtin: str | None = None
    serial: str | None = None
    #: What follows the GTIN when the GS1 data could not be split (no separator sent).
    gs1_tail: str | None = None
    #: The label's production identifier beyond the serial: lot (10), production date
    #: (11) and expiry (17, day 00 read as the month's last day), where it carries them.
    production: "Production | None" = None

    @property
    def is_udi(self) -> bool:
        return self.gtin is not None


@dataclass(frozen=True)
class Production:
    """The production identifier of a UDI label besides the serial: what recalls select
    by. Each part is None where the label does not carry it."""

    lot: str | None = None
    produced: dt.date | None = None
    expires: dt.date | None = None

    def __bool__(self) -> bool:
        return any((self.lot, self.produced, self.expires))

    def payload(self) -> dict[str, str | None]:
        return {"udi_lot": self.lot,
                "udi_produced": self.produced.isoformat() if self.produced else None,
                "udi_expires": self.expires.isoformat() if self.expires else None}


def normalize_registration(text: str) -> str:
    return (text or "").strip().upper()


def check_registration(text: str) -> str:
    """A registration number as printed on the depot's Code 128 label. It may not read as a
    manufacturer's UDI: a scan of that UDI would then find this label's pump, not its own."""
    registration = normalize_registration(typed(text, Phrase("The registration number")))
    if not _REGISTRATION.fullmatch(registration):
        raise Refused(
            RefusalCode.INVALID_INPUT,
            "'{text}' cannot be a registration number: use 1–32 letters, digits, - . or /.",
            text=text,
        )
    udi = parse_udi(registration)
    if udi is not None and udi[1] is not None:
        raise Refused(
            RefusalCode.INVALID_INPUT,
            "'{text}' is a manufacturer's UDI (GTIN {gtin}, serial {serial}), not a "
            "registration number: give the number on the depot's own label.",
            text=text, gtin=udi[0], serial=udi[1])
    return registration


def _clean(raw: str) -> str:
    text = raw.replace("\r", "").replace("\n", "").replace("\t", "").strip(" ")
    text = _SYMBOLOGY_ID.sub("", text)
    # Keep the GS separator; drop every other control character a scanner may add.
    text = "".join(ch for ch in text if ch == _GS or ch.isprintable())
    return text.strip().upper()


def symbology(raw: str) -> tuple[str, str | None] | None:
    """The symbology identifier at the start of ``raw`` and the symbology it names (None
    if unknown), or None without one. Caps Lock turns ``]d2`` into ``]D2``: read alike."""
    match = _SYMBOLOGY_ID.match((raw or "").lstrip(" "))
    if match is None:
        return None
    prefix = match.group(0)
    name = SYMBOLOGIES.get(prefix) or SYMBOLOGIES.get(prefix[0] + prefix[1:].swapcase())
    return prefix, name


def restore_gs(raw: str, substitute: str) -> str:
    """The scan with its GS separators back, for a scanner set to send ``substitute``
    (one of ``GS_SUBSTITUTES``) in their place."""
    return raw.replace(substitute, _GS) if substitute in GS_SUBSTITUTES else raw


def scan_key(raw: str) -> str:
    """What two reads of one label have in common, however the scanner dressed them
    (prefix, case, brackets, separators): to notice a double read without a lookup."""
    text = _clean(raw or "")
    return "".join(ch for ch in text if ch not in "()" + _GS)


_SPACED_AI = re.compile(r"^\(?(\d{2,4})\)?$")
_BRACKETED = re.compile(r"^\((\d{2,4})\)(.+)$")


def _unspaced(text: str) -> list[str]:
    """GS1 data typed by hand with spaces between the element strings, as the HRI under a
    label prints it ("01 05021234500017 21 SN5", "(01) 0502… (21) SN5", "0105021234500017
    21SN5"), rewritten as forms biip reads: bracketed, and raw with GS separators. A GS1
    value never holds a space, so a space can only separate."""
    tokens = text.split()
    elements: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        ai, bracketed = _SPACED_AI.match(token), _BRACKETED.match(token)
        if ai and index + 1 < len(tokens):
            elements.append(f"({ai.group(1)}){tokens[index + 1]}")
            index += 2
        elif bracketed:
            elements.append(token)
            index += 1
        else:
            elements = []
            break
    forms = ["".join(elements)] if elements else []
    return [*forms, _GS.join(tokens)]


def _gs1_message(text: str):  # noqa: ANN202 - biip's GS1Message, imported lazily
    import biip  # its GS1 tables take a tenth of a second: loaded at the first UDI scan
    from biip.gs1_messages import GS1Message

    try:
        if text.startswith("("):
            return GS1Message.parse_hri(text)
        if text.startswith("01") and len(text) >= 16:
            return biip.parse(text).gs1_message
    except (biip.ParseError, ValueError):
        return None
    return None


def _udi_message(text: str):  # noqa: ANN202 - biip's GS1Message
    """The GS1 message of ``text`` that has a GTIN and a serial, in any form it was typed."""
    candidates = [text, *(_unspaced(text) if any(ch.isspace() for ch in text) else [])]
    for candidate in candidates:
        message = _gs1_message(candidate)
        if message is None:
            continue
        if message.element_strings.get(ai="01") is not None \
                and message.element_strings.get(ai="21") is not None:
            return message
    return None


def parse_production(text: str) -> Production | None:
    """The lot, production date and expiry of a GS1 UDI, as biip reads them (expiry day
    00 is the last day of its month), or None if the code is no UDI or carries none."""
    message = _udi_message(text)
    if message is None:
        return None
    found = {ai: message.element_strings.get(ai=ai) for ai in ("10", "11", "17")}
    production = Production(
        lot=found["10"].value.upper() if found["10"] is not None else None,
        produced=found["11"].date if found["11"] is not None else None,
        expires=found["17"].date if found["17"] is not None else None)
    return production or None


def parse_udi(text: str) -> tuple[str, str | None, str | None] | None:
    """(gtin, serial, tail) of a GS1 code, or None if it is not GS1 data with a GTIN."""
    message = _udi_message(text)
    if message is not None:
        return (message.element_strings.get(ai="01").value,
                message.element_strings.get(ai="21").value, None)
    match = re.fullmatch(r"\(?01\)?(\d{14})(.*)", "".join(text.replace(_GS, "").split()))
    if match:
        return match.group(1), None, match.group(2)
    return None


def read_scan(raw: str) -> ScanCode:
    """Read raw scanner text, or refuse it if nothing in it can name a pump."""
    text = _clean(typed(raw, Phrase("The scan"), SHORT))
    if not text or not any(ch.isalnum() for ch in text):
        raise Refused(RefusalCode.UNKNOWN_CODE, "The scan was empty or unreadable: scan again.",
                      text=raw)
    udi = parse_udi(text)
    if udi is not None:
        gtin, serial, tail = udi
        return ScanCode(raw=raw, text="".join(text.replace(_GS, "").split()), gtin=gtin,
                        serial=serial, gs1_tail=tail,
                        production=parse_production(text) if serial is not None else None)
    return ScanCode(raw=raw, text=text)
