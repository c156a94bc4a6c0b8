"""Recall letters: one per responsible unit, its pumps' barcodes read back at a printer's
resolutions, and a protected identity leaving no trace but "protected identity"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import actions, persons, recall_papers, recalls
from app.services.recalls import SelectionInput
from app.services.station import Station
from tests.conftest import T34_GTIN
from tests.printing.reading import barcodes, text

PERSON = "19811228-9874"
PROTECTED_PERSON = "19460410-4085"


def _register(depot: Station, reg: str, serial: str, lot: str) -> None:
    actions.register_pump(depot, reg, "T34", None,
                          udi=f"(01){T34_GTIN}(10){lot}(11)240115(21){serial}")


@pytest.fixture
def recalled(depot: Station) -> Station:
    for i, lot in enumerate(["L1", "L1", "L1", "L1", "L2"], start=1):
        _register(depot, f"PD-{i}", f"SN{i}", lot)
    actions.issue_pump(depot, "PD-1", patient=PERSON, patient_name="Anna Berg",
                       unit="602154", approval="BL-1")
    actions.issue_pump(depot, "PD-2", patient=PROTECTED_PERSON, patient_name="Lisa Lund",
                       unit="602154", approval="BL-2")
    persons.protect_person(depot, PROTECTED_PERSON)  # became protected while on loan
    actions.dispatch_pump(depot, "PD-3", unit="602155")
    actions.issue_pump(depot, "PD-5", patient=PERSON, patient_name="Anna Berg",
                       unit="602155", approval="BL-5")  # another lot: not in any letter
    recalls.define_recall(depot, "FSN-2026-014", title="Occlusion sensor", action="inspect",
                          selection=SelectionInput(lots=["L1"]))
    return depot


def test_one_letter_per_responsible_unit_with_its_pumps(recalled: Station,
                                                        tmp_path: Path) -> None:
    written = recall_papers.write_letters(recalled, "FSN-2026-014", tmp_path, "en")
    assert [p.name for p in written] == ["FSN-2026-014-602154.pdf", "FSN-2026-014-602155.pdf"]
    lund, malmo = (p.read_bytes() for p in written)
    for dpi in (203, 300):
        assert barcodes(lund, dpi) == ["FSN-2026-014", "PD-1", "PD-2"]
        assert barcodes(malmo, dpi) == ["FSN-2026-014", "PD-3"]
    words = text(lund)
    assert "Anna Berg" in words and "inspected" in words
    assert "protected identity" in words
    # the protected person leaves no trace: no name, no number
    assert "Lisa" not in words and "Lund, Lisa" not in words and "4085" not in words
    assert "In the unit's stock (1)" in text(malmo)
    assert "PD-4" not in words + text(malmo)  # in the depot: no unit's letter


def test_letters_in_swedish_and_norwegian(recalled: Station) -> None:
    sv = recall_papers.letters(recalled, "FSN-2026-014", "sv")[0].pdf
    nb = recall_papers.letters(recalled, "FSN-2026-014", "nb")[0].pdf
    assert "Återkallelse FSN-2026-014" in text(sv)
    assert "skyddad identitet" in text(sv)
    assert "Tilbakekalling FSN-2026-014" in text(nb)


def test_no_letter_once_every_pump_is_done(recalled: Station, tmp_path: Path) -> None:
    for reg in ("PD-1", "PD-2", "PD-3"):
        recalls.record_done(recalled, "FSN-2026-014", reg, "Inspected at the unit")
    assert recall_papers.write_letters(recalled, "FSN-2026-014", tmp_path) == []
