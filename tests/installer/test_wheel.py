"""PumpDesk as ``pip install .`` (pipx, a wheel, a distribution's package) leaves it: built
as a wheel from a copy of the sources, installed into a fresh virtual environment outside
the checkout, then run as a technician would — ``pumpdesk --check``, and the window until
it is ready for the first scan, in Swedish and in Norwegian.

It always runs under CI; elsewhere ``PUMPDESK_SKIP_WHEEL=1`` skips it (it takes a minute
or two: pip installs the dependencies into the new environment from its cache or PyPI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.installer.ready import window_gets_ready

ROOT = Path(__file__).resolve().parent.parent.parent
#: Not copied into the wheel's build: what is made, not written.
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", ".benchmarks", ".demo", "build", "dist",
                                     "__pycache__", "*.egg-info", "compiled", ".pytest_cache",
                                     ".hypothesis", ".import_linter_cache", "*.db", "*.db-*")


def bin_path(environment: Path, name: str) -> Path:
    return environment / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("PUMPDESK_SKIP_WHEEL") == "1" and os.environ.get("CI") != "true":
        pytest.skip("PUMPDESK_SKIP_WHEEL=1: the wheel is not built")
    out = tmp_path_factory.mktemp("wheel")
    sources = out / "sources"  # a copy: building writes build/ and egg-info beside the sources
    shutil.copytree(ROOT, sources, ignore=NOT_SOURCES)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                           "--wheel-dir", str(out / "dist"), str(sources)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = (out / "dist").glob("pumpdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with nothing but the wheel and its dependencies."""
    environment = tmp_path_factory.mktemp("installed") / "venv"
    venv.create(environment, with_pip=True)
    done = subprocess.run([str(bin_path(environment, "python")), "-m", "pip", "install",
                           "--quiet", str(wheel)], capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return environment


def user_env(home: Path) -> dict[str, str]:
    """A user's shell: nothing of this checkout or its environment on the paths."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "PUMPDESK_", "VIRTUAL_ENV", "QT_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def test_the_wheel_carries_resources_and_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("style.qss", "sounds/success.wav", "sounds/refusal.wav", "icons/pumpdesk.png",
                 "translations/compiled/pumpdesk_sv.qm",
                 "translations/compiled/pumpdesk_nb.qm"):
        assert f"app/resources/{name}" in names, name
    assert "app/persistence/migrations/env.py" in names
    assert not any(name.startswith(("tests/", "benchmarks/", "scripts/")) for name in names)


@pytest.mark.slow
def test_the_installed_program_passes_its_check(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(bin_path(installed, "pumpdesk")), "--check", "--db",
                           str(tmp_path / "check.db")], cwd=tmp_path, env=user_env(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("all checks passed"), done.stdout
    site = subprocess.run([str(bin_path(installed, "python")), "-c",
                           "import app; print(app.__file__)"], env=user_env(tmp_path),
                          cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    package = Path(site.strip()).parent
    assert package.is_relative_to(installed) and not package.is_relative_to(ROOT)
    assert f"sounds and style in {package / 'resources'}" in done.stdout
    assert str(ROOT) not in done.stdout


WINDOW = """
import sys
from app.gui.app import application
from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.gui.sounds import Sounds
from app.services.station import open_station
application()
assert install_language(sys.argv[1]) == sys.argv[1]
window = MainWindow(open_station(sys.argv[2], workstation="WHEEL1"), sounds=Sounds(enabled=False))
window.show()
window.grab().save(sys.argv[3])
print(window.tabs.tabText(0))
window.ops.wait()
"""


@pytest.mark.slow
@pytest.mark.parametrize(("language", "return_tab"), [("sv", "Återlämning"),
                                                       ("nb", "Innlevering")])
def test_the_installed_window_opens_in_swedish_and_norwegian(installed: Path, tmp_path: Path,
                                                             language: str,
                                                             return_tab: str) -> None:
    db = tmp_path / "counter.db"
    env = user_env(tmp_path)
    shown = subprocess.run([str(bin_path(installed, "python")), "-c", WINDOW, language,
                            str(db), str(tmp_path / f"window-{language}.png")],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0, shown.stderr[-3000:]
    assert shown.stdout.startswith(return_tab), shown.stdout
    assert (tmp_path / f"window-{language}.png").stat().st_size > 10_000
    # And as the installed command starts it, until it is ready for the first scan.
    window_gets_ready([str(bin_path(installed, "pumpdesk")), "--db", str(db), "--lang",
                       language], cwd=tmp_path, env=env, patience_s=120)
