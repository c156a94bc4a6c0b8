"""What a technician sets once per workstation that belongs in its database: the depot's
name and address (printed on every document) and its country (the working-day calendar)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from app.domain.depot import check_print_language, check_transport_days
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.staff import Role
from app.domain.text import typed
from app.persistence.repository import Repository
from app.services import documents
from app.services.station import Station

COUNTRIES = ("SE", "NO")


@dataclass(frozen=True)
class DepotSetup:
    name: str
    address: str
    country: str
    #: sv, nb or en; "" for the country's language.
    print_language: str = ""
    #: "1" loans must start in specialist care, "0" not, "" as the country does.
    require_specialist: str = ""
    #: Days a transport loan lasts before it is overdue ("" for the default).
    transport_days: str = ""
    #: "1": a prescriber not in the register is allowed (unverified) for a unit no
    #: registered prescriber works for; "": refused.
    free_text_prescriber: str = ""
    #: The contact details printed under the depot's name on every document (seed 001:
    #: "Åpningstid 08.00-15.00", "Tlf", "E-post"); None leaves them as they are.
    opening_hours: str | None = None
    phone: str | None = None
    email: str | None = None


def stored_workstation(path: Path) -> str | None:
    """The workstation id an existing database was given, without creating or upgrading
    it (None for a database not made yet): the first-run dialog shows it instead of asking."""
    if not Path(path).exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute(
                "SELECT value FROM meta WHERE key = 'workstation_id'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def depot_setup(station: Station) -> DepotSetup:
    from app.services.stock import depot_country

    depot = documents.depot(station)
    name = "" if depot.name == "PumpDesk" else depot.name
    with station.db.reading() as connection:
        repo = Repository(connection)
        language, specialist = repo.meta("print_language"), repo.meta("require_specialist")
        days = repo.meta("transport_due_days")
        free_text = repo.meta("free_text_prescriber")
    return DepotSetup(name, depot.address, depot_country(station), language or "",
                      specialist or "", days or "", free_text or "",
                      depot.opening_hours, depot.phone, depot.email)


#: The depot's contact details, as a refusal of one names it.
_CONTACTS = {"opening_hours": Phrase("The opening hours"), "phone": Phrase("The phone number"),
             "email": Phrase("The e-mail address")}


def _contact(current: str | None, given: str | None, what: Phrase) -> str:
    """A contact detail as typed (checked, trimmed), or as it is when none was given."""
    if given is None:
        return current or ""
    return typed(given, what).strip()


def apply_depot_setup(station: Station, setup: DepotSetup) -> None:
    """Change the depot's settings: an administrator's to change (anyone's while the
    register has no administrator yet, as at a new depot's first start)."""
    if setup.country not in COUNTRIES:
        raise Refused(RefusalCode.INVALID_INPUT, "The country must be Sweden or Norway.")
    if setup.print_language:
        check_print_language(setup.print_language)
    if setup.require_specialist not in ("", "1", "0"):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "Whether loans must start in specialist care is yes, no, or as the "
                      "country does.")
    if setup.transport_days:
        try:
            check_transport_days(int(setup.transport_days))
        except ValueError:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "A transport loan's time is 1 to 365 days.") from None
    current_setup = depot_setup(station)
    setup = replace(setup, **{key: _contact(getattr(current_setup, key), getattr(setup, key),
                                            phrase)
                              for key, phrase in _CONTACTS.items()})
    if setup == current_setup:
        return  # nothing of the depot's changes (the dialog saved the workstation's own)
    from app.services.staff import require_role

    require_role(station, Role.ADMINISTRATOR, Phrase("change the depot's settings"))
    current = documents.depot(station)
    documents.set_depot(station, replace(current, name=setup.name.strip() or current.name,
                                         address=setup.address.strip(),
                                         opening_hours=setup.opening_hours or "",
                                         phone=setup.phone or "", email=setup.email or ""))
    with station.unit_of_work() as uow:
        uow.repo.set_meta("country", setup.country)
        uow.repo.set_meta("print_language", setup.print_language)
        uow.repo.set_meta("require_specialist", setup.require_specialist)
        uow.repo.set_meta("transport_due_days", setup.transport_days)
        uow.repo.set_meta("free_text_prescriber",
                          "1" if setup.free_text_prescriber == "1" else "")
        uow.commit()
