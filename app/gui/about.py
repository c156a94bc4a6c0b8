"""About PumpDesk: the version, and the licences of what it is built from."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, metadata

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__
from app.gui.fitting import fit_to_screen
from app.gui.tabs.base import RowsTable

#: What PumpDesk is built from and a bundle carries (the pinned dependencies).
BUNDLED = ("PySide6-Essentials", "shiboken6", "SQLAlchemy", "alembic", "psycopg",
           "psycopg-binary", "keyring", "python-stdnum", "biip", "platformdirs", "holidays",
           "reportlab", "python-barcode", "zxing-cpp", "pypdfium2", "pillow")


def licences() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each bundled package, as its own metadata says."""
    found = []
    for name in BUNDLED:
        try:
            meta = metadata(name)
        except PackageNotFoundError:
            continue
        licence = meta.get("License-Expression") or meta.get("License") or ""
        if not licence or len(licence) > 60:  # some packages put the whole text here
            classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                           if c.startswith("License ::")]
            licence = ", ".join(classifiers) or (licence.splitlines()[0] if licence else "")
        found.append((meta["Name"], meta["Version"], licence.strip()))
    return found


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About PumpDesk"))
        title = QLabel(f"<h2>PumpDesk {__version__}</h2>")
        title.setObjectName("aboutVersion")
        text = QLabel(self.tr(
            "The counter program of a depot that lends medical pumps: issue and take back "
            "pumps, faults and service, units' buffer stocks, and sync with the region's "
            "central database.\n\nPumpDesk is built from these free software packages, each "
            "under its own licence:"))
        text.setWordWrap(True)
        self.table = RowsTable([self.tr("Package"), self.tr("Version"), self.tr("Licence")])
        self.table.fill([list(row) for row in licences()])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text, self.table, buttons):
            layout.addWidget(widget)
        fit_to_screen(self, QSize(640, 520))
