"""The scanner test in Settings: scan anything and see exactly what arrived — the text, the
symbology prefix, every pause between keys — whether the counter would take it as a scan
with the timing set, and a timing that suits this scanner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.burst import (
    CHAR,
    END,
    MODIFIER,
    Burst,
    Key,
    Timing,
    needed_gap,
    suggest_gap,
    too_slow,
)
from app.domain.refusals import Refused
from app.domain.scan import read_scan, restore_gs, symbology
from app.gui.fitting import fit_to_screen
from app.gui.i18n import refusal_text
from app.gui.scanner import FirstSight, key_from_event, visible_code

#: A scanner set to send no Enter: its scan is over after this long without a key.
_QUIET_MS = 400
#: Pauses shown one by one; a longer scan's are summed up.
_GAPS_SHOWN = 48


class ScannerTestDialog(QDialog):
    """Takes every key aimed at it itself, ahead of the window's scan detector: nothing
    scanned here is acted on."""

    use_timing = Signal(int)

    def __init__(self, gap_ms: int, substitute: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerTestDialog")
        self.setWindowTitle(self.tr("Scanner test"))
        self.timing = Timing(gap_ms=gap_ms)
        self.substitute = substitute
        self.bursts: list[Burst] = []
        self._keys: list[Key] = []
        self._seen = FirstSight()
        self._quiet = QTimer(self, singleShot=True, interval=_QUIET_MS)
        self._quiet.timeout.connect(lambda: self._finish(None))

        intro = QLabel(self.tr("Scan anything — a pump's label, a UDI, any barcode — once or "
                               "several times. What arrives is shown here; nothing is done "
                               "with it."))
        intro.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        # The text as it came, wrapped anywhere: a 500-character scan must not widen this.
        self.text = QPlainTextEdit(objectName="scannerTest_text", readOnly=True)
        self.text.setFont(mono)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setFixedHeight(3 * self.text.fontMetrics().lineSpacing() + 12)
        self.text.setPlaceholderText(self.tr("Nothing scanned yet"))
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("Text:"), self.text)
        rows = (("symbology", self.tr("Symbology prefix:")), ("reading", self.tr("Read as:")),
                ("keys", self.tr("Keys:")), ("gaps", self.tr("Pauses between keys:")),
                ("verdict", self.tr("At the counter:")))
        for name, label in rows:
            field = QLabel("—", objectName=f"scannerTest_{name}")
            field.setWordWrap(True)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name == "gaps":
                field.setFont(mono)
            self.fields[name] = field
            form.addRow(label, field)
        self.suggestion = QLabel(objectName="scannerTestSuggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setMinimumHeight(3 * self.suggestion.fontMetrics().lineSpacing())
        self.use_button = QPushButton(objectName="scannerTestUse")
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self._use)
        self.use_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.use_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addWidget(buttons)
        self.fields["verdict"].setMinimumHeight(
            2 * self.fields["verdict"].fontMetrics().lineSpacing())
        fit_to_screen(self, QSize(700, 500))
        QApplication.instance().installEventFilter(self)
        self.finished.connect(lambda _: QApplication.instance().removeEventFilter(self))

    # -- the keys ------------------------------------------------------------------------

    def eventFilter(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(receiver, QWidget) or receiver.window() is not self:
            return False
        if not self._seen.first(receiver, event):  # type: ignore[arg-type]
            return False
        key = key_from_event(event)  # type: ignore[arg-type]
        if key.kind not in (CHAR, END):  # Shift and the like are shown; Esc still closes
            if kind == QEvent.Type.KeyPress and (self._keys or key.kind == MODIFIER):
                self._keys.append(key)
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if key.kind == END:
            self._finish(key)
        elif not (isinstance(event, QKeyEvent) and event.isAutoRepeat() and not self._keys):
            self._keys.append(key)
            self._quiet.start()
        return True

    def _finish(self, end: Key | None) -> None:
        self._quiet.stop()
        keys, self._keys = self._keys, []
        while keys and keys[-1].kind != CHAR:  # a lone Shift after the last character
            keys.pop()
        if not any(k.kind == CHAR for k in keys):
            return
        burst = Burst(tuple(keys), end)
        self.bursts.append(burst)
        self.show_burst(burst)

    # -- what arrived --------------------------------------------------------------------

    def show_burst(self, burst: Burst) -> None:
        text = burst.text
        self.text.setPlainText(visible_code(text))
        prefix = symbology(text)
        if prefix is None:
            self.fields["symbology"].setText(self.tr("none"))
        else:
            name = prefix[1] or self.tr("a symbology PumpDesk does not know")
            self.fields["symbology"].setText(f"{prefix[0]} — {name}")
        self.fields["reading"].setText(self._reading(text))
        self.fields["keys"].setText(self._keys_text(burst))
        gaps = burst.char_gaps()
        shown = " ".join(str(ms) for ms in gaps[:_GAPS_SHOWN])
        if len(gaps) > _GAPS_SHOWN:
            shown += " …"
        self.fields["gaps"].setText(self.tr("{gaps} ms (longest {longest} ms)").format(
            gaps=shown, longest=burst.longest_gap()))
        self.fields["verdict"].setText(
            self.tr("taken as a scan with the pause set now ({gap} ms)").format(
                gap=self.timing.gap_ms) if burst.taken_with(self.timing) else
            self.tr("NOT taken as a scan with the pause set now ({gap} ms): the keys would "
                    "go to the field, as a person's typing.").format(gap=self.timing.gap_ms))
        self._suggest()

    def _reading(self, text: str) -> str:
        try:
            code = read_scan(restore_gs(text, self.substitute))
        except Refused as refused:
            return refusal_text(refused)
        if code.is_udi and code.serial:
            return self.tr("GS1 UDI: GTIN {gtin}, serial number {serial}").format(
                gtin=code.gtin, serial=code.serial)
        if code.is_udi:
            return self.tr("GS1 UDI: GTIN {gtin}; the rest could not be split (no GS "
                           "separator arrived)").format(gtin=code.gtin)
        return self.tr("a registration number: {code}").format(code=code.text)

    def _keys_text(self, burst: Burst) -> str:
        parts = [self.tr("%n character(s)", "", len([k for k in burst.keys
                                                       if k.kind == CHAR]))]
        for name in ("Shift", "AltGr", "Ctrl", "Caps Lock"):
            if burst.count(name):
                parts.append(self.tr("{key} pressed {times}×").format(key=name,
                                                                      times=burst.count(name)))
        if burst.end is not None:
            parts.append(self.tr("ended by {key}").format(key=burst.end.name))
        else:
            parts.append(self.tr("no Enter at the end"))
        if self.substitute and self.substitute in burst.text:
            parts.append(self.tr("“{char}” read as GS").format(char=self.substitute))
        return "; ".join(parts)

    def _suggest(self) -> None:
        with_enter = [b for b in self.bursts if b.end is not None]
        needed = needed_gap(with_enter)
        if needed is None:
            self.suggestion.setText(self.tr(
                "No scan ended with Enter: set the scanner to send Enter after each code."))
            self.use_button.hide()
            return
        self.suggested = suggest_gap(needed)
        text = self.tr("Suggested pause: {gap} ms — the shortest that takes all %n scan(s) "
                       "is {needed} ms.", "", len(with_enter)).format(gap=self.suggested,
                                                                      needed=needed)
        if too_slow(needed):
            text += " " + self.tr("This scanner pauses as long as a person typing fast: set "
                                  "it to send its keys faster (its inter-character delay), "
                                  "or typing may be taken for scans.")
        self.suggestion.setText(text)
        self.use_button.setText(self.tr("Use {gap} ms").format(gap=self.suggested))
        self.use_button.setVisible(self.suggested != self.timing.gap_ms)

    def _use(self) -> None:
        self.timing = Timing(gap_ms=self.suggested)
        self.use_button.hide()
        self.use_timing.emit(self.suggested)
        self.show_burst(self.bursts[-1])
