"""Seed 002's prescribing rights: role, product area and unit decide, and seed 001's
specialist requirement asks for a Läkare."""

from __future__ import annotations

import pytest

from app.domain.prescribers import (
    Prescriber,
    PrescriberRole,
    check_may_prescribe,
    check_prescriber,
    may_prescribe,
)
from app.domain.reference import CareUnit, UnitKind
from app.domain.refusals import RefusalCode, Refused

WARD = CareUnit("602154", "SUS Lund, Gastro", UnitKind.HOSPITAL_INPATIENT)
GP = CareUnit("604001", "Vårdcentralen Linero", UnitKind.PRIMARY_CARE)
R = PrescriberRole


def who(role: PrescriberRole, areas: tuple[str, ...] = (), units=("602154",)) -> Prescriber:  # noqa: ANN001
    return Prescriber("P1", "Eva Lind", role, frozenset(areas), frozenset(units))


def refused(prescriber: Prescriber, area: str = "subcutaneous_infusion", unit: CareUnit = WARD,
            specialist: bool = False) -> Refused | None:
    try:
        check_may_prescribe(prescriber, [(area, area)], unit, specialist)
    except Refused as error:
        return error
    return None


def test_a_forskrivare_prescribes_within_their_areas_for_their_units() -> None:
    nurse = who(R.FORSKRIVARE, ("subcutaneous_infusion",))
    assert refused(nurse) is None and may_prescribe(nurse, "subcutaneous_infusion", "602154")
    outside = refused(nurse, area="enteral_nutrition")
    assert outside.code is RefusalCode.PRESCRIBER_NOT_ALLOWED
    assert "product area enteral_nutrition" in outside.message
    assert "not registered to prescribe for" in refused(nurse, unit=GP).message


def test_a_bestallare_never_prescribes() -> None:
    orderer = who(R.BESTALLARE, ("subcutaneous_infusion",))
    assert "never prescribe" in refused(orderer).message
    assert not may_prescribe(orderer, "subcutaneous_infusion", "602154")


@pytest.mark.parametrize("area", ["diabetes", "stoma", "enteral_nutrition",
                                  "subcutaneous_infusion"])
def test_a_lakare_prescribes_in_every_area_but_only_for_their_units(area: str) -> None:
    doctor = who(R.LAKARE)
    assert refused(doctor, area=area) is None
    assert refused(doctor, area=area, unit=GP).code is RefusalCode.PRESCRIBER_NOT_ALLOWED


def test_the_specialist_requirement_asks_for_a_lakare() -> None:
    nurse = who(R.FORSKRIVARE, ("subcutaneous_infusion",))
    assert refused(nurse, specialist=True).code is RefusalCode.SPECIALIST_REQUIRED
    assert refused(who(R.LAKARE), specialist=True) is None


def test_an_inactive_prescriber_prescribes_nothing() -> None:
    gone = Prescriber("P1", "Eva Lind", R.LAKARE, frozenset(), frozenset({"602154"}),
                      active=False)
    assert "no longer active" in refused(gone).message


def test_a_prescriber_is_checked_when_registered() -> None:
    known = {"diabetes", "subcutaneous_infusion"}
    for bad in (Prescriber("P1", " ", R.LAKARE),
                Prescriber("P1", "A", R.FORSKRIVARE, frozenset({"cooking"})),
                Prescriber("P1", "A", R.LAKARE, units=frozenset({"12345"})),
                Prescriber("P1", "A", R.LAKARE, email="not-an-address")):
        with pytest.raises(Refused):
            check_prescriber(bad, known)
    good = check_prescriber(Prescriber("P1", " Eva ", R.FORSKRIVARE, frozenset({"Diabetes"}),
                                       frozenset({"602154"}), email="eva@region.se"), known)
    assert good.name == "Eva" and good.areas == {"diabetes"}
