"""The workstation bundle and its installers.

The bundle test builds the one-folder program with installer/build.py (about a minute on
two cores) and runs it as a technician would after an install: ``pumpdesk --check``, then
the window until it is ready for the first scan. It always runs under CI; elsewhere
``PUMPDESK_SKIP_BUNDLE=1`` skips it. The Inno Setup script is checked here for what Linux
can check: its sections and keys, the version and folder build.py hands it, and that every
file it names exists.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.installer.ready import window_gets_ready

ROOT = Path(__file__).resolve().parent.parent.parent
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "pumpdesk.iss"
DESKTOP = INSTALLER / "pumpdesk.desktop"
SPEC = INSTALLER / "pumpdesk.spec"


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as pyproject:
        return tomllib.load(pyproject)["project"]["version"]


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pumpdesk_build", INSTALLER / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build()


# -- the bundle ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("PUMPDESK_SKIP_BUNDLE") == "1" and os.environ.get("CI") != "true":
        pytest.skip("PUMPDESK_SKIP_BUNDLE=1: the bundle is not built")
    if sys.platform == "win32":
        pytest.skip("the bundle test builds the Linux bundle")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, str(INSTALLER / "build.py"), "--dist", str(out / "dist"),
         "--work", str(out / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"build.py failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    assert re.search(r"— \d+ MB", done.stdout), done.stdout[-2000:]
    return out / "dist" / "pumpdesk"


def bundle_env(tmp_path: Path) -> dict[str, str]:
    """A technician's shell with no screen: nothing of this repository or its virtual
    environment on the paths, settings in a folder of the test's."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "PUMPDESK_", "VIRTUAL_ENV", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               HOME=str(tmp_path))
    return env


@pytest.mark.slow
def test_the_bundle_passes_its_own_check(bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(bundle / "pumpdesk"), "--check", "--db", str(tmp_path / "check.db")],
                          cwd=tmp_path, env=bundle_env(tmp_path), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"PumpDesk {pyproject_version()} (Python "), lines[0]
    assert lines[-1] == "all checks passed", done.stdout
    # Everything comes from the bundle, nothing from this source tree.
    assert f"in {bundle / '_internal' / 'resources'}" in done.stdout, done.stdout
    assert str(ROOT) not in done.stdout.replace(str(bundle), "")


@pytest.mark.slow
def test_the_bundled_window_gets_ready_for_a_scan(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    env = bundle_env(tmp_path)
    # A database that has its workstation, so the window opens without the first-run setup.
    subprocess.run([str(bundle / "pumpdesk"), "--check", "--db", str(db)], env=env,
                   capture_output=True, check=True, timeout=120)
    window_gets_ready([str(bundle / "pumpdesk"), "--db", str(db), "--lang", "sv"],
                      cwd=tmp_path, env=env)


@pytest.mark.slow
def test_the_bundle_carries_what_a_linux_install_needs(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in ("style.qss", "sounds/success.wav", "sounds/refusal.wav", "icons/pumpdesk.png",
                 "translations/compiled/pumpdesk_sv.qm", "translations/compiled/pumpdesk_nb.qm"):
        assert (internal / "resources" / name).is_file(), name
    for package in ("persistence", "sync"):
        versions = internal / "app" / package / "migrations" / "versions"
        assert (versions.parent / "env.py").is_file()
        sources = {p.name for p in (ROOT / "app" / package / "migrations" / "versions").glob("*.py")}
        assert sources and sources == {p.name for p in versions.glob("*.py")}
    assert (internal / "app" / "persistence" / "migrations" / "script.py.mako").is_file()
    metadata = list(internal.glob("pumpdesk-*.dist-info"))
    assert [m.name for m in metadata] == [f"pumpdesk-{pyproject_version()}.dist-info"]
    assert not list(internal.glob("pumpdesk*.egg-info"))
    assert (bundle / "pumpdesk.desktop").read_text() == DESKTOP.read_text()
    assert (bundle / "pumpdesk.png").read_bytes() == (ROOT / "resources/icons/pumpdesk.png").read_bytes()
    # Lean: no test tools, no Tk, no Qt modules the program does not use.
    for unwanted in ("pytest", "hypothesis", "tkinter", "PySide6/QtNetwork.abi3.so",
                     "PySide6/QtQml.abi3.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so"):
        assert not (internal / unwanted).exists(), unwanted


# -- the version -----------------------------------------------------------------------------


def test_build_uses_the_version_of_pyproject() -> None:
    assert build.project_version() == pyproject_version()
    # The spec reads the same file and gives the bundle no other version.
    spec = SPEC.read_text(encoding="utf-8")
    assert 'tomllib.load(pyproject)["project"]["version"]' in spec
    assert not re.search(r"VERSION\s*=\s*['\"]\d", spec)


@pytest.mark.skipif(sys.platform == "win32", reason="a stand-in ISCC written as a shell script")
def test_build_hands_inno_setup_the_version_and_the_dist_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = tmp_path / "argv.txt"
    iscc = tmp_path / "ISCC"
    iscc.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\n')
    iscc.chmod(0o755)
    monkeypatch.setenv("ISCC", str(iscc))
    setup = build.windows_installer(tmp_path / "dist", build.project_version())
    argv = record.read_text().splitlines()
    assert argv == [f"/DAppVersion={pyproject_version()}", f"/DDistDir={tmp_path / 'dist'}",
                    f"/O{tmp_path / 'dist'}", str(ISS)]
    assert setup == tmp_path / "dist" / f"PumpDesk-{pyproject_version()}-setup.exe"


# -- the Inno Setup script -------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    """The script's sections and their lines, without comments and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
        else:
            assert current is not None, f"a line before any section: {line}"
            sections[current].append(line)
    return sections


def iss_setup() -> dict[str, str]:
    setup: dict[str, str] = {}
    for line in iss_sections()["Setup"]:
        key, equals, value = line.partition("=")
        assert equals, f"[Setup] line without '=': {line}"
        assert key.strip() not in setup, f"[Setup] {key} twice"
        setup[key.strip()] = value.strip()
    return setup


def iss_entries(section: str) -> list[dict[str, str]]:
    """``Name: "x"; Filename: "y"; Flags: a b`` lines as dictionaries."""
    entries = []
    for line in iss_sections()[section]:
        entry = {}
        for part in re.findall(r'(?:[^;"]|"[^"]*")+', line):
            key, colon, value = part.partition(":")
            assert colon, f"[{section}] parameter without ':': {part!r} in {line}"
            entry[key.strip()] = value.strip().strip('"')
        entries.append(entry)
    return entries


def iss_defines() -> dict[str, str]:
    """The script's ``#define NAME "value"`` fallbacks."""
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', ISS.read_text(encoding="utf-8"),
                           re.MULTILINE))


def expand(value: str, dist: Path) -> str:
    defines = {**iss_defines(), "DistDir": str(dist)}
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)


def windows_programs() -> set[str]:
    """The programs the spec makes on Windows, as ``name.exe``."""
    return {f"{name}.exe" for name in re.findall(r'program\("(\w+)"', SPEC.read_text())}


def test_the_inno_setup_script_has_its_sections_and_keys() -> None:
    sections = iss_sections()
    for name in ("Setup", "Languages", "Files", "Icons", "Run", "UninstallDelete"):
        assert name in sections, f"[{name}] missing"
    setup = iss_setup()
    for key in ("AppId", "AppName", "AppVersion", "AppPublisher", "DefaultDirName",
                "PrivilegesRequired", "OutputBaseFilename", "SetupIconFile",
                "UninstallDisplayIcon", "ArchitecturesInstallIn64BitMode"):
        assert setup.get(key), f"[Setup] {key} missing"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert setup["DefaultDirName"] == "{autopf}\\{#AppName}"
    assert setup["PrivilegesRequired"] == "admin"
    assert setup.get("Uninstallable", "yes") == "yes"
    # The version is the one build.py passes, with a fallback for a hand-run ISCC.
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifndef AppVersion\s+#define AppVersion \"[^\"]+\"\s+#endif", text)
    assert re.search(r"#ifndef DistDir\s+#define DistDir \"[^\"]+\"\s+#endif", text)


def test_the_inno_setup_script_installs_what_build_makes() -> None:
    # Without /DDistDir the script takes the folder build.py builds into by default.
    default = (INSTALLER / iss_defines()["DistDir"].replace("\\", "/")).resolve()
    assert default == ROOT / "dist"
    files = iss_entries("Files")
    assert len(files) == 1
    assert files[0]["Source"] == "{#DistDir}\\pumpdesk\\*"
    assert files[0]["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(files[0]["Flags"].split())
    starts = [entry for entry in iss_entries("Icons")
              if entry["Name"].startswith(("{autoprograms}", "{group}", "{commonprograms}"))]
    assert starts, "no Start-menu entry"
    programs = windows_programs()
    assert programs == {"pumpdesk.exe", "pumpdeskw.exe"}
    for entry in [*iss_entries("Icons"), *iss_entries("Run")]:
        program = expand(entry["Filename"], ROOT / "dist")
        assert program.startswith("{app}\\"), program
        assert program.removeprefix("{app}\\") in programs, program
    # The Start menu opens the window without a console behind it.
    assert expand(starts[0]["Filename"], ROOT / "dist") == "{app}\\pumpdeskw.exe"
    assert "runasoriginaluser" in iss_entries("Run")[0]["Flags"].split()
    assert expand(iss_setup()["UninstallDisplayIcon"], ROOT / "dist").removeprefix(
        "{app}\\") in programs


def test_the_inno_setup_script_names_only_files_that_exist() -> None:
    setup = iss_setup()
    icon = INSTALLER / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == ROOT / "resources" / "icons" / "pumpdesk.ico"
    assert icon.is_file()
    from PIL import Image

    with Image.open(icon) as ico:
        assert {16, 32, 48, 256} <= {w for w, _ in ico.info["sizes"]}
    for entry in iss_entries("Languages"):
        name = entry["MessagesFile"].removeprefix("compiler:")
        assert name in {"Default.isl", "Languages\\Swedish.isl", "Languages\\Norwegian.isl"}


@pytest.mark.slow
def test_the_inno_setup_script_finds_the_built_bundle(bundle: Path) -> None:
    dist = bundle.parent
    source = Path(expand(iss_entries("Files")[0]["Source"], dist).replace("\\", "/"))
    assert source.name == "*" and source.parent == bundle
    assert any(source.parent.iterdir())
    # On Linux the spec makes the console program only; its Windows twin is pumpdeskw.exe.
    assert (bundle / "pumpdesk").is_file()


# -- the Linux desktop entry -----------------------------------------------------------------


def test_the_desktop_entry_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
        assert done.returncode == 0 and "error:" not in done.stdout, done.stdout + done.stderr
    lines = [line for line in DESKTOP.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == "[Desktop Entry]"
    entry: dict[str, str] = {}
    for line in lines[1:]:
        assert not line.startswith("["), "one group only"
        key, equals, value = line.partition("=")
        assert equals and re.fullmatch(r"[A-Za-z0-9-]+(\[[A-Za-z_@.]+\])?", key), line
        assert key not in entry, f"{key} twice"
        entry[key] = value
    assert entry["Type"] == "Application"
    assert entry["Name"] == "PumpDesk"
    assert entry["Exec"] == "pumpdesk"
    assert entry["Icon"] == "pumpdesk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert {"Office", "MedicalSoftware"} <= set(entry["Categories"].split(";"))


def test_the_icons_are_drawn_at_every_size(tmp_path: Path) -> None:
    from PIL import Image

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_icon
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    png, ico = make_icon.write(tmp_path)
    with Image.open(png) as image:
        assert image.size == (256, 256) and image.mode == "RGBA"
    with Image.open(ico) as image:
        assert {(s, s) for s in make_icon.ICO_SIZES} == image.info["sizes"]
    with Image.open(ROOT / "resources" / "icons" / "pumpdesk.png") as committed:
        assert committed.size == (256, 256)
