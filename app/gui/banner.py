"""The large result banner: green with a tick for done, red with a cross for refused.
Never colour alone: the symbol and the words say it too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.gui.fitting import FitLabel


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("outcome", "idle")
        self.setMinimumHeight(150)
        self.symbol = QLabel("", objectName="bannerSymbol")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.symbol.setFixedWidth(120)
        # Any message, however long, wraps within the window and never widens it.
        self.title = FitLabel("", objectName="bannerTitle")
        self.detail = FitLabel("", objectName="bannerDetail")
        #: A calm word under the outcome (a double read), until the next outcome.
        self.remark = FitLabel("", objectName="bannerRemark")
        self.remark.hide()
        text = QVBoxLayout()
        text.addStretch()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.remark)
        text.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.symbol)
        layout.addLayout(text, 1)

    @property
    def outcome(self) -> str:
        return str(self.property("outcome"))

    def show_idle(self, title: str, detail: str = "") -> None:
        self._show("idle", "", title, detail)

    def show_success(self, title: str, detail: str = "") -> None:
        self._show("success", "✔", title, detail)

    def show_refusal(self, title: str, detail: str = "") -> None:
        self._show("refusal", "✘", title, detail)

    def note(self, remark: str) -> None:
        """Add a calm remark to what the banner shows, leaving its outcome as it is."""
        self.remark.setText(remark)
        self.remark.show()

    def _show(self, outcome: str, symbol: str, title: str, detail: str) -> None:
        self.remark.hide()
        self.remark.clear()
        self.setProperty("outcome", outcome)
        self.symbol.setText(symbol)
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        # Re-apply the style sheet: it colours the banner by its "outcome" property.
        for widget in (self, self.symbol, self.title, self.detail, self.remark):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        # On the screen now, before whatever else the window has queued (the list that
        # reloads after each scan): the banner is what the counter looks up at.
        if self.isVisible():
            self.repaint()
