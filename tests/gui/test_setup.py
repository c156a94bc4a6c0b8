"""Setting a workstation up: the first-run dialog (filled in from a depot's rolled-out
settings), the settings dialog's round trip, the connection test, and About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from app import __version__
from app.gui.about import AboutDialog
from app.gui.operations import Operations
from app.gui.settings import (
    CENTRAL_URL,
    COUNTRY,
    DEPOT_ADDRESS,
    DEPOT_HOURS,
    DEPOT_NAME,
    DEPOT_PHONE,
    LANGUAGE,
    SET_UP,
    WORKSTATION,
    Settings,
)
from app.gui.setup_dialog import FirstRunDialog
from app.services import setup
from tests.gui.conftest import settle
from tests.sync.conftest import UNREACHABLE
from tests.sync.conftest import central_database, central_url, region  # noqa: F401 - fixtures



@pytest.fixture
def scopes(tmp_path: Path):  # noqa: ANN201
    """QSettings' user and machine files in a temporary folder, as on a fresh machine."""
    for scope, name in ((QSettings.Scope.UserScope, "user"),
                        (QSettings.Scope.SystemScope, "system")):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / name))
    yield tmp_path
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "gone"))


def _roll_out(folder: Path) -> None:
    """What a depot puts on every machine: the machine-wide settings file."""
    machine = QSettings(str(folder / "system" / "PumpDesk" / "PumpDesk.conf"),
                        QSettings.Format.IniFormat)
    machine.setValue(DEPOT_NAME.key, "Hjälpmedel Skåne, Lund")
    machine.setValue(DEPOT_ADDRESS.key, "Förrådsvägen 4, 227 38 Lund")
    machine.setValue(COUNTRY.key, "SE")
    machine.setValue(LANGUAGE.key, "en")
    machine.sync()


def test_first_run_is_filled_in_from_the_depot_s_settings_and_asks_for_the_id(
        qtbot, scopes: Path, shots: Path) -> None:
    _roll_out(scopes)
    settings = Settings()
    assert settings.get(DEPOT_NAME) == "Hjälpmedel Skåne, Lund"  # from the machine's file
    ops = Operations()
    dialog = FirstRunDialog(settings, ops, existing_workstation=None)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.value(DEPOT_NAME) == "Hjälpmedel Skåne, Lund"
    assert form.value(COUNTRY) == "SE"
    dialog.grab().save(str(shots / "first-run.png"))
    ok = dialog.buttons.buttons()[0]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Give this workstation an id" in dialog.message.text()
    assert not settings.get(SET_UP)
    qtbot.keyClicks(form.fields[WORKSTATION.key], "kassa 7!")  # kept to what loan numbers take
    assert form.value(WORKSTATION) == "KASSA7"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    # Kept for this user, over the machine's defaults.
    again = Settings()
    assert (again.get(SET_UP), again.get(WORKSTATION), again.get(DEPOT_NAME)) == (
        True, "KASSA7", "Hjälpmedel Skåne, Lund")
    assert (scopes / "user" / "PumpDesk" / "PumpDesk.conf").exists()
    ops.wait()


def test_an_existing_database_keeps_its_workstation_id(qtbot, scopes: Path, station) -> None:
    dialog = FirstRunDialog(Settings(), Operations(), setup.stored_workstation(station.db.path))
    qtbot.addWidget(dialog)
    assert dialog.form.value(WORKSTATION) == "DESK1"
    assert not dialog.form.fields[WORKSTATION.key].isEnabled()


def test_the_connection_test_reaches_the_central_database_or_says_why_not(
        qtbot, scopes: Path, central_url: str) -> None:  # noqa: F811
    ops = Operations()
    dialog = FirstRunDialog(Settings(), ops, None)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.set_value(CENTRAL_URL, central_url)
    qtbot.mouseClick(form.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=10000)
    assert "Connected: PostgreSQL" in form.test_result.text()
    form.set_value(CENTRAL_URL, UNREACHABLE)
    qtbot.mouseClick(form.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=10000)
    assert "Cannot reach the central database" in form.test_result.text()


def test_the_settings_dialog_round_trip(qtbot, scopes: Path, counter, shots: Path,
                                        tmp_path: Path, monkeypatch) -> None:
    # The URL's password goes to a password store: a file here, as on a machine without
    # one (run alone, the test had none; in the suite an earlier command line set it).
    monkeypatch.setenv("PUMPDESK_CREDENTIALS", str(tmp_path / "credentials.json"))
    counter.show_settings()
    settle(qtbot, counter)
    dialog = counter.settings_dialog
    form = dialog.form
    assert form.value(WORKSTATION) == "DESK1"
    assert not form.fields[WORKSTATION.key].isEnabled()
    dialog.grab().save(str(shots / "settings.png"))
    form.set_value(DEPOT_NAME, "Hjälpmedelscentralen Bergen")
    form.set_value(DEPOT_ADDRESS, "Haukelandsveien 22, 5021 Bergen")
    form.set_value(DEPOT_PHONE, "55 97 41 77")
    form.set_value(DEPOT_HOURS, "08.00–15.00")
    form.set_value(COUNTRY, "NO")
    form.set_value(CENTRAL_URL, "postgresql://desk:secret@central.example/region")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot, counter)
    assert setup.depot_setup(counter.station) == setup.DepotSetup(
        "Hjälpmedelscentralen Bergen", "Haukelandsveien 22, 5021 Bergen", "NO",
        opening_hours="08.00–15.00", phone="55 97 41 77", email="")
    stored = counter.settings.get(CENTRAL_URL)
    assert "central.example" in stored and "secret" not in stored
    assert "Hjälpmedelscentralen Bergen" in counter.status.text()
    # Opened again, it shows what was saved.
    counter.show_settings()
    settle(qtbot, counter)
    again = counter.settings_dialog.form
    assert (again.value(DEPOT_NAME), again.value(COUNTRY), again.value(DEPOT_PHONE)) == (
        "Hjälpmedelscentralen Bergen", "NO", "55 97 41 77")
    counter.settings_dialog.grab().save(str(shots / "settings-saved.png"))
    counter.settings_dialog.close()


def test_about_names_the_version_and_the_licences(qtbot, shots: Path) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.findChild(QLabel, "aboutVersion").text()
    names = [dialog.table.cell(row, 0) for row in range(dialog.table.rowCount())]
    assert {"SQLAlchemy", "reportlab", "psycopg"} <= set(names)
    licences = [dialog.table.cell(row, 2) for row in range(dialog.table.rowCount())]
    assert all(licences)
    dialog.grab().save(str(shots / "about.png"))


def test_a_new_workstation_starts_with_the_setup_and_keeps_what_it_said(
        scopes: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """``pumpdesk`` on a new machine: the setup first (here answered as a technician
    would), then the window on a database with that workstation id and depot."""
    import app.gui.app
    from app.cli import main

    asked: list[Path] = []

    def technician(settings: Settings, database: Path) -> bool:
        asked.append(database)
        for setting, value in ((WORKSTATION, "KASSA9"), (DEPOT_NAME, "Hjälpmedel Skåne"),
                               (DEPOT_ADDRESS, "Förrådsvägen 4"), (COUNTRY, "NO"),
                               (SET_UP, True)):
            settings.set(setting, value)
        return True

    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(app.gui.app, "first_run", technician)
    monkeypatch.setattr(app.gui.app, "run_window",
                        lambda station, language, log, central, settings: opened.append(
                            (station.ctx.workstation, setup.depot_setup(station).name)) or 0)
    database = tmp_path / "new.db"
    assert main(["--db", str(database)]) == 0
    assert asked == [database] and opened == [("KASSA9", "Hjälpmedel Skåne")]
    assert main(["--db", str(database)]) == 0  # set up: no second time
    assert len(asked) == 1
    # A cancelled setup opens nothing and makes no database.
    monkeypatch.setattr(app.gui.app, "first_run", lambda settings, database: False)
    Settings().store.clear()
    assert main(["--db", str(tmp_path / "other.db")]) == 0
    assert not (tmp_path / "other.db").exists()
