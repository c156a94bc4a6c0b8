"""The Qt binding itself, where a broken release would crash the window after a while."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_release_none(qtbot) -> None:  # noqa: ANN001
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call that returns
    # nothing; after some thousands of scans the interpreter died deallocating None.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2000):
        label.setText(str(number))
    assert abs(sys.getrefcount(None) - before) < 50
