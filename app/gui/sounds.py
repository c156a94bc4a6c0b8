"""The two sounds of the counter: done, and look at the screen.

Qt's own sound module is not part of the essential Qt wheels, so the platform plays the
WAV files: ``winsound`` on Windows, ``paplay`` or ``aplay`` elsewhere (started detached,
never waited for); without any of them, the system beep.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from app.translation import resources_dir


class Sounds:
    def __init__(self, folder: Path | None = None, enabled: bool = True) -> None:
        folder = folder or resources_dir() / "sounds"
        self.success_file = folder / "success.wav"
        self.refusal_file = folder / "refusal.wav"
        self.enabled = enabled
        self.last_played: Path | None = None
        self._player = None if sys.platform == "win32" else (
            shutil.which("paplay") or shutil.which("aplay"))

    def success(self) -> None:
        self._play(self.success_file)

    def refusal(self) -> None:
        self._play(self.refusal_file)

    def _play(self, path: Path) -> None:
        self.last_played = path
        if not self.enabled:
            return
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        elif self._player:
            QProcess.startDetached(self._player, [str(path)])
        else:
            QApplication.beep()
