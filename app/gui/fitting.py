"""Keeping the window within the counter's screen (1024×768 at the smallest): labels that
wrap and never widen the window, long words (a 500-character scan) shortened with the
whole text in the tooltip, and the window's first size taken from the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: A word longer than this (a long scan, a pasted text) is shown as its start … its end.
LONGEST_WORD = 40


def shorten(text: str, most: int = LONGEST_WORD) -> str:
    """``text`` with every word longer than ``most`` characters cut in its middle:
    "ABCDEFG…XYZ", so that its start and end can still be recognised."""
    if len(text) <= most:
        return text
    words = text.split(" ")
    return " ".join(word if len(word) <= most else
                    f"{word[:most - 12]}…{word[-11:]}" for word in words)


def never_widen(widget: QWidget) -> QWidget:
    """Let the layout give ``widget`` the width there is, not the width its text wants."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)
    widget.setMinimumWidth(0)
    return widget


class FitLabel(QLabel):
    """A label for text of any length (messages, refusals, scans): it wraps, takes the width
    the window gives it, and shows a word too long to wrap shortened, the whole text in its
    tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__("", parent, **kwargs)
        self.setWordWrap(True)
        never_widen(self)
        self.full_text = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.full_text = text
        shown = shorten(text)
        super().setText(shown)
        self.setToolTip(text if shown != text else "")


class ElidedLabel(QLabel):
    """One line that ends in "…" where the window is too narrow for it, whole in its
    tooltip (the status bar's depot and workstation line)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        never_widen(self)
        self.full_text = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        self.full_text = text
        self._elide()

    def text(self) -> str:
        """The whole text (what is drawn may end in "…")."""
        return self.full_text

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def _elide(self) -> None:
        width = max(self.width() - 2 * self.margin() - 4, 0)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                              width)
        QLabel.setText(self, shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")


def available_geometry(widget: QWidget) -> QRect:
    """The part of the screen a window may use (without the task bar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Size ``window`` to ``wanted`` or the screen's free area if that is smaller, frame
    and title bar included, and place it within that area."""
    area = available_geometry(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    if not window.isVisible() or frame.isEmpty():
        frame = QSize(16, 40)  # a window manager's borders and title bar, before it shows
    size = wanted.boundedTo(area.size() - frame)
    window.resize(size)
    left = area.left() + max((area.width() - size.width() - frame.width()) // 2, 0)
    top = area.top() + max((area.height() - size.height() - frame.height()) // 2, 0)
    window.move(left, top)
    if not isinstance(getattr(window, "_screen_keeper", None), _KeepOnScreen):
        window._screen_keeper = _KeepOnScreen(window)  # noqa: SLF001


class _KeepOnScreen(QObject):
    """Once a window is shown (a dialog centred on its parent by Qt, its frame known),
    move it back within the screen's free area if any of it, frame and all, is outside."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, self.place)  # not after the window is gone
        return False

    def place(self) -> None:
        window = self.parent()
        if not window.isVisible() or window.isMaximized() or window.isFullScreen():
            return
        area, frame = available_geometry(window), window.frameGeometry()
        if area.contains(frame):
            return
        if frame.width() > area.width() or frame.height() > area.height():
            fit_to_screen(window, window.size())
            return
        left = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
        top = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
        window.move(left, top)
