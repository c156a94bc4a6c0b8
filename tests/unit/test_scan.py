"""Reading what a keyboard-wedge scanner typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.refusals import RefusalCode, Refused
from app.domain.scan import (
    GS_SUBSTITUTES,
    check_registration,
    read_scan,
    restore_gs,
    scan_key,
    symbology,
)

GTIN = "05060123450019"


@pytest.mark.parametrize("raw", ["PD-00123", " pd-00123\r\n", "]C0PD-00123", "\tPD-00123\n",
                                 "]c0pd-00123\r"])
def test_registration_label_in_any_shape(raw: str) -> None:
    code = read_scan(raw)
    assert code.text == "PD-00123" and not code.is_udi


@pytest.mark.parametrize("raw", [
    f"]d201{GTIN}17270101\x1d10LOT1\x1d21ABC123",  # GS1 DataMatrix with separators
    f"]C101{GTIN}21ABC123",                            # GS1-128, serial last
    f"01{GTIN}21abc123\r\n",                           # no prefix, lower case (caps lock)
    f"(01){GTIN}(21)ABC123",                           # human-readable form, typed
    f" ]d201{GTIN}21ABC123 ",
])
def test_udi_gives_gtin_and_serial(raw: str) -> None:
    code = read_scan(raw)
    assert (code.gtin, code.serial) == (GTIN, "ABC123")


def test_udi_without_group_separator_keeps_the_tail_for_lookup() -> None:
    code = read_scan(f"01{GTIN}1727010110LOT121ABC123")
    assert code.gtin == GTIN and code.serial is None
    assert "21ABC123" in (code.gs1_tail or "")


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "\x00\x1b", "]C0"])
def test_empty_or_unreadable_scan_is_refused(raw: str) -> None:
    with pytest.raises(Refused) as refused:
        read_scan(raw)
    assert refused.value.code is RefusalCode.UNKNOWN_CODE


@given(st.text(max_size=60))
def test_any_text_is_read_or_clearly_refused(raw: str) -> None:
    try:
        code = read_scan(raw)
    except Refused as refused:
        assert refused.code is RefusalCode.UNKNOWN_CODE
    else:
        assert code.text == code.text.strip()


def test_registration_numbers_are_checked() -> None:
    assert check_registration(" hs-000001 ") == "HS-000001"
    with pytest.raises(Refused):
        check_registration("HS 0001")


@pytest.mark.parametrize(("raw", "found"), [
    (f"]d201{GTIN}21A1", ("]d2", "GS1 DataMatrix")),
    (f"]C101{GTIN}21A1", ("]C1", "GS1-128")),
    (f"]D201{GTIN}21A1", ("]D2", "GS1 DataMatrix")),  # Caps Lock
    ("]Z9HS-000007", ("]Z9", None)),
    ("HS-000007", None),
])
def test_the_symbology_prefix_is_named(raw: str, found: tuple | None) -> None:
    assert symbology(raw) == found


@pytest.mark.parametrize("substitute", GS_SUBSTITUTES)
def test_a_gs_substitute_becomes_the_separator_again(substitute: str) -> None:
    raw = f"01{GTIN}10LOT1{substitute}21ABC123"
    code = read_scan(restore_gs(raw, substitute))
    assert (code.gtin, code.serial) == (GTIN, "ABC123")
    assert restore_gs(raw, "") == raw  # none set: the text as it came


def test_reads_of_one_label_share_a_key_however_dressed() -> None:
    keys = {scan_key(raw) for raw in (f"]d201{GTIN}21A1", f"01{GTIN}21a1\r",
                                      f"(01){GTIN}(21)A1", f"]C101{GTIN}\x1d21A1")}
    assert len(keys) == 1
    assert scan_key("hs-000007") == scan_key("]C0HS-000007") != scan_key("HS-000008")
