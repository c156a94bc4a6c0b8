"""setuptools' build, plus what a wheel carries beyond the Python files.

The window's style, sounds and icons, and the Swedish and Norwegian translations compiled
from ``resources/translations/*.ts``, go into the package as ``app/resources`` — where
``app.translation.resources_dir()`` finds them in an installed PumpDesk (``pip install .``,
pipx, a wheel, a distribution's package). Everything else is in pyproject.toml.

An editable install (``dev.py``) reads ``resources/`` in the checkout instead, and the
PyInstaller bundle carries its own copy (installer/pumpdesk.spec).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ["style.qss", "sounds/*.wav", "icons/pumpdesk.png", "icons/pumpdesk.ico"]


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "app" / "resources"
        for pattern in RESOURCES:
            found = sorted((ROOT / "resources").glob(pattern))
            if not found:
                raise SystemExit(f"resources/{pattern} is missing: the wheel would lack it")
            for source in found:
                copy = target / source.relative_to(ROOT / "resources")
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, copy)
        sys.path.insert(0, str(ROOT / "scripts"))
        from translations import compile_all  # PySide6's lrelease: a build requirement

        compile_all(quiet=True, into=target / "translations" / "compiled")


setup(cmdclass={"build_py": BuildWithResources})
