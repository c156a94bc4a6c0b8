"""A hostile environment, met by the real command line in a process of its own: each case
ends in one sentence on stderr that says what is wrong and what to do, with the README's
exit status, and never a traceback; the traceback goes to pumpdesk.log.

The full and read-only disks are small tmpfs mounts the tests make (CI runs as root); they
are skipped only where neither root nor CI.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Iterator

import pytest

from tests.hostile import fill, one_sentence, pumpdesk, user_env, write_lock_held
from tests.hostile import small_disk as mounted
from tests.conftest import signed_in

REFUSED, UNWORKABLE = 1, 3
SETUP = [
    ["staff", "add", "anna.k", "--name", "Anna K", "--role", "administrator,counter"],
    ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
     "subcutaneous_infusion", "--interval", "365"],
    ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"],
    ["register", "PD-1", "--model", "T34"],
    ["issue", "PD-1", "--patient", "19811228-9874", "--unit", "602154", "--approval", "BL-1"],
]


def make_depot(db: Path, home: Path) -> None:
    for argv in SETUP:
        done = pumpdesk("--db", db, *argv, home=home)
        assert done.returncode == 0, done.stderr


def event_count(db: Path) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT count(*) FROM events").fetchone()[0]


# -- the database file ----------------------------------------------------------------------


def test_a_folder_named_as_the_database(tmp_path: Path) -> None:
    (tmp_path / "counter.db").mkdir()
    done = pumpdesk("--db", tmp_path / "counter.db", "--lang", "en", "list", "pumps",
                    home=tmp_path)
    assert done.returncode == UNWORKABLE
    assert "is a folder, not a database file" in one_sentence(done)
    # The traceback is in the log beside it, which was there before anything failed.
    log = (tmp_path / "pumpdesk.log").read_text()
    assert "Traceback" in log and "unable to open database file" in log


def test_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("Shopping list: milk, eggs, syringes. " * 200)
    done = pumpdesk("--db", notes, "--lang", "en", "status", "PD-1", home=tmp_path)
    assert done.returncode == UNWORKABLE
    assert "is not a PumpDesk database" in one_sentence(done)
    assert notes.read_text().startswith("Shopping list")  # left as it was
    assert "file is not a database" in (tmp_path / "pumpdesk.log").read_text()


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="no /proc here")
def test_a_database_under_proc(tmp_path: Path) -> None:
    done = pumpdesk("--db", "/proc/pumpdesk.db", "--lang", "en", "list", "units",
                    home=tmp_path)
    assert done.returncode == UNWORKABLE
    assert "cannot open or make its database /proc/pumpdesk.db" in one_sentence(done)
    # /proc takes no log either: the user's log folder has the details.
    assert "Traceback" in (tmp_path / "state" / "PumpDesk" / "log" / "pumpdesk.log").read_text()


def test_a_database_from_a_newer_pumpdesk(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    make_depot(db, tmp_path)
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    before = event_count(db)
    done = pumpdesk("--db", db, "--lang", "en", "return", "PD-1", home=tmp_path)
    assert done.returncode == UNWORKABLE
    line = one_sentence(done)
    assert "was made by a newer version of PumpDesk (schema 9999_from_the_future)" in line
    assert event_count(db) == before


def test_the_sentence_is_in_the_users_language(tmp_path: Path) -> None:
    (tmp_path / "counter.db").mkdir()
    for language, words in (("sv", "är en mapp"), ("nb", "er en mappe")):
        done = pumpdesk("--db", tmp_path / "counter.db", "list", "pumps", home=tmp_path,
                        PUMPDESK_LANG=language)
        assert done.returncode == UNWORKABLE and words in one_sentence(done), done.stderr


def test_more_places_that_take_no_database(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    for db, words in ((tmp_path / "a-file" / "counter.db", "part of the path is not a folder"),
                      ("", "is a folder, not a database file")):
        done = pumpdesk("--db", db, "--lang", "en", "list", "units", home=tmp_path)
        assert done.returncode == UNWORKABLE and words in one_sentence(done), done.stderr


def test_no_place_for_the_database_or_any_log(tmp_path: Path) -> None:
    """The user's folders cannot be written: one sentence, and the log records that could
    not be written anywhere are not dumped on stderr instead."""
    done = pumpdesk("--lang", "en", "list", "units", home=tmp_path, HOME="/proc",
                    XDG_DATA_HOME="/proc/pumpdesk-data", XDG_STATE_HOME="/proc/pumpdesk-state")
    assert done.returncode == UNWORKABLE
    assert "could not use /proc/pumpdesk-data" in one_sentence(done)


def test_output_with_nowhere_to_go(tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    make_depot(db, tmp_path)
    done = pumpdesk("--db", db, "--lang", "en", "print", "label", "PD-1", "-o",
                    tmp_path / "no-such-folder" / "label.pdf", home=tmp_path)
    assert done.returncode == UNWORKABLE
    assert "label.pdf: there is no such file or folder" in one_sentence(done)
    closed = subprocess.run(f'"{sys.executable}" -m app.cli --db "{db}" list units >&-',
                            shell=True, cwd=tmp_path, env=user_env(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert closed.returncode == 0 and closed.stderr == "", closed.stderr


# -- the log ----------------------------------------------------------------------------------


def test_a_log_that_cannot_be_written(tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    make_depot(db, tmp_path)
    (tmp_path / "pumpdesk.log").unlink()
    (tmp_path / "pumpdesk.log").mkdir()  # the log's name taken by a folder
    done = pumpdesk("--db", db, "--lang", "en", "status", "PD-1", home=tmp_path)
    assert done.returncode == 0 and "PD-1" in done.stdout  # the command still works
    fallback = tmp_path / "state" / "PumpDesk" / "log" / "pumpdesk.log"
    assert f"cannot write its log {tmp_path / 'pumpdesk.log'}" in one_sentence(done)
    assert f"logs to {fallback} instead" in done.stderr
    # What fails afterwards is logged there, and the sentence says so.
    done = crashing("--db", db, "--lang", "en", "list", "pumps", home=tmp_path)
    assert done.returncode == UNWORKABLE
    assert f"the details in {fallback}" in one_sentence(done)
    assert "RuntimeError: the wiring is loose" in fallback.read_text()


def crashing(*argv: str | Path, home: Path, debug: bool = False
             ) -> subprocess.CompletedProcess[str]:
    """The real command line with a bug planted in the pump list."""
    planted = ("import sys; from app.services import queries\n"
               "def broken(*a, **k): raise RuntimeError('the wiring is loose')\n"
               "queries.list_pumps = broken\n"
               "from app.cli import main; sys.exit(main(sys.argv[1:]))\n")
    return subprocess.run([sys.executable, "-c", planted, *map(str, argv),
                           *(["--debug"] if debug else [])],
                          cwd=home, env=user_env(home), capture_output=True, text=True,
                          timeout=120)


def test_an_unexpected_error_is_one_sentence_and_its_traceback_is_in_the_log(
        tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    make_depot(db, tmp_path)
    done = crashing("--db", db, "--lang", "en", "list", "pumps", home=tmp_path)
    assert done.returncode == UNWORKABLE
    line = one_sentence(done)
    assert "did not expect (RuntimeError)" in line
    assert f"details in {tmp_path / 'pumpdesk.log'}" in line
    log = (tmp_path / "pumpdesk.log").read_text()
    assert "Traceback" in log and "RuntimeError: the wiring is loose" in log
    # --debug: the traceback on stderr as well.
    done = crashing("--db", db, "--lang", "en", "list", "pumps", home=tmp_path, debug=True)
    assert done.returncode == UNWORKABLE
    assert "Traceback" in done.stderr and "the wiring is loose" in done.stderr


def test_nothing_typed_is_echoed_into_the_log(tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    make_depot(db, tmp_path)
    for patient in ("19121212-1212", "Skyddad identitet", "20000101 Lisa Blom - UT"):
        for argv in (["issue", "NOPE-1", "--patient", patient, "--unit", "602154",
                      "--approval", "BL-2"],
                     ["convert", patient, "19811228-9874"]):
            pumpdesk("--db", db, "--lang", "en", *argv, home=tmp_path)
    # A failure deep in a write with the identity in its statement.
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON persons BEGIN "
                           "SELECT RAISE(ABORT, 'no more patients'); END")
        connection.commit()
    pumpdesk("--db", db, "register", "PD-2", "--model", "T34", home=tmp_path)
    done = pumpdesk("--db", db, "--lang", "en", "issue", "PD-2", "--patient", "19121212-1212",
                    "--unit", "602154", "--approval", "BL-3", "--name", "Tolvan Tolvansson",
                    home=tmp_path)
    assert done.returncode == UNWORKABLE, done.stderr
    log = (tmp_path / "pumpdesk.log").read_text()
    assert "no more patients" in log  # the failure is there …
    for typed in ("19121212", "Tolvan", "Skyddad", "Lisa Blom"):  # … what was typed is not
        assert typed not in log


# -- read-only and full disks -----------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs of the test's own."""
    with mounted(tmp_path / "disk") as disk:
        yield disk


def test_a_read_only_file_in_a_read_only_folder(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "counter.db"
    make_depot(db, tmp_path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for argv in (["status", "PD-1"], ["return", "PD-1"]):
        done = pumpdesk("--db", db, "--lang", "en", *argv, home=tmp_path)
        assert done.returncode == UNWORKABLE
        assert f"may not write to its database {db}" in one_sentence(done)
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert pumpdesk("--db", db, "return", "PD-1", home=tmp_path).returncode == 0


def test_a_full_disk_refuses_loses_nothing_and_work_resumes(small_disk: Path,
                                                            tmp_path: Path) -> None:
    db = small_disk / "counter.db"
    make_depot(db, tmp_path)
    committed = event_count(db)
    filler = fill(small_disk)
    # At open ("disk I/O error": no room for the WAL's index) and at a write.
    for argv in (["list", "pumps"], ["return", "PD-1"],
                 ["register", "PD-2", "--model", "T34"]):
        done = pumpdesk("--db", db, "--lang", "en", *argv, home=tmp_path)
        assert done.returncode == UNWORKABLE, (argv, done.stderr)
        assert f"The disk that holds the database {db} is full: nothing was changed" in \
            one_sentence(done)
    filler.unlink()
    assert event_count(db) == committed  # nothing committed lost, nothing half-written
    done = pumpdesk("--db", db, "return", "PD-1", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(pumpdesk("--db", db, "status", "PD-1", "--json",
                               home=tmp_path).stdout)["state"] == "awaiting_cleaning"
    assert event_count(db) == committed + 1


def test_a_disk_that_fills_up_under_an_open_workstation(small_disk: Path) -> None:
    """The window's case: the database is open and has committed work when the disk fills;
    the next action is refused with the sentence, and works once there is room."""
    from app.domain.refusals import RefusalCode, Unworkable
    from app.services import actions, queries, register
    from app.services.failures import explain
    from app.services.station import open_station

    station = signed_in(open_station(small_disk / "counter.db", workstation="FULL1"))
    try:
        register.define_model(station, "T34", make="BD", name="T",
                              product_area="subcutaneous_infusion",
                              maintenance_interval_days=365)
        for n in range(1, 4):
            actions.register_pump(station, f"PD-{n}", "T34")
        filler = fill(small_disk)
        with pytest.raises(Exception) as failed:
            for n in range(4, 400):  # the WAL may still have room for a few
                actions.register_pump(station, f"PD-{n}", "T34")
        explained = explain(failed.value, database=station.db.path)
        assert isinstance(explained, Unworkable) and explained.code is RefusalCode.DISK_FULL
        stored = {p["registration"] for p in queries.list_pumps(station)}
        assert {"PD-1", "PD-2", "PD-3"} <= stored
        filler.unlink()
        actions.register_pump(station, "PD-999", "T34")
    finally:
        station.close()


# -- what is typed on the command line --------------------------------------------------------


def test_what_cannot_be_a_model_or_a_unit(tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    make_depot(db, tmp_path)
    before = event_count(db)
    cases = [
        (["model", "bad code", "--make", "BD", "--name", "X", "--area", "enteral_nutrition",
          "--interval", "30"], "'bad code' is not a model code"),
        (["model", "T35", "--make", "BD", "--name", "X", "--area", "enteral_nutrition",
          "--interval", "100000000000000000000"], "from 1 to 3650"),
        (["unit", "602155", "--name", os.fsdecode(b"Avd \xff\xfe"), "--kind", "primary_care"],
         "not readable text"),
    ]
    for argv, words in cases:
        done = pumpdesk("--db", db, "--lang", "en", *argv, home=tmp_path)
        assert done.returncode == REFUSED, done.stderr
        assert words in one_sentence(done)
    assert event_count(db) == before


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    db = tmp_path / "counter.db"
    assert pumpdesk("--db", db, "demo", "--pumps", "300", home=tmp_path).returncode == 0
    for argv in (["list", "pumps", "--json"], ["list", "pumps"], ["history", "HS-000001"]):
        reader = subprocess.Popen([sys.executable, "-m", "app.cli", "--db", str(db), *argv],
                                  cwd=tmp_path, env=user_env(tmp_path, PUMPDESK_STAFF="DEMO1"),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert reader.stdout is not None and reader.stderr is not None
        reader.stdout.readline()  # `| head -1`
        reader.stdout.close()
        errors = reader.stderr.read().decode()
        assert reader.wait(timeout=60) == 0 and errors == "", errors


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux display")
def test_the_window_without_a_screen(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(tmp_path / "w.db"),
                           "--lang", "en", "--workstation", "W1"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == UNWORKABLE
    assert "There is no screen here for the PumpDesk window" in one_sentence(done)


def test_the_window_without_a_display_plugin_it_can_load(tmp_path: Path) -> None:
    """Qt cannot load the platform plugin (a missing system library): it would abort with
    a screenful; PumpDesk says it in one sentence and exits 3."""
    done = pumpdesk("--db", tmp_path / "w.db", "--workstation", "W1", home=tmp_path,
                    QT_QPA_PLATFORM="no-such-platform", PUMPDESK_LANG="sv")
    assert done.returncode == UNWORKABLE, done.stderr
    line = one_sentence(done)
    assert line.startswith("PumpDesks fönster kan inte starta här (") and "plugin" in line
    assert "no-such-platform" in (tmp_path / "pumpdesk.log").read_text()  # Qt's own words


def _xcb_with_a_broken_library(home: Path) -> tuple[dict[str, str], str]:
    """A desktop session where one system library the xcb plugin needs cannot be loaded:
    an empty file of its name comes first on the library path (as a broken or half-removed
    package leaves it). The display itself is never reached: the plugin fails first."""
    from app.gui.platform_plugin import plugin_files

    plugin = plugin_files("xcb")[0]
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    needed = re.findall(r"^\s*(libxcb-[\w-]+\.so\.\d+) => /", ldd.stdout, re.MULTILINE)
    assert needed, ldd.stdout
    broken = home / "broken-libs"
    broken.mkdir()
    (broken / needed[0]).write_bytes(b"")
    env = user_env(home, DISPLAY=":99", LD_LIBRARY_PATH=str(broken), PUMPDESK_LANG="sv")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env, needed[0]


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                    reason="Linux's display plugin and ldd")
def test_a_missing_system_library_is_named_and_the_window_exits_cleanly(
        tmp_path: Path) -> None:
    """Qt would abort (exit 134) naming only its plugin; PumpDesk names the library."""
    env, library = _xcb_with_a_broken_library(tmp_path)
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(tmp_path / "w.db"),
                           "--workstation", "W1"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == UNWORKABLE, done.stderr
    line = one_sentence(done)
    assert line.startswith("PumpDesks fönster kan inte starta här: Qt:s skärminsticksmodul "
                           "'xcb' behöver systembibliotek"), line
    assert library in line and library.split(".so")[0] in line.split("till exempel:")[1]


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"),
                    reason="Linux's display plugin and ldd")
def test_the_check_loads_the_display_plugin_so_it_fails_where_the_window_would(
        tmp_path: Path) -> None:
    env, library = _xcb_with_a_broken_library(tmp_path)
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(tmp_path / "w.db"),
                           "--check"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 4, done.stdout + done.stderr
    window = next(line for line in done.stdout.splitlines() if "window:" in line)
    assert window.startswith("FAILED") and library in window and "xcb" in window
    # where the plugin loads, the check says which one it loaded
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(tmp_path / "w.db"),
                           "--check"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the display plugin (offscreen) load" in done.stdout


# -- many processes at once -------------------------------------------------------------------


def test_reads_never_wait_for_a_long_write(tmp_path: Path) -> None:
    """A replenishment dispatch holds the write lock for many seconds: status, history
    and the lists go on meanwhile (they read; they do not queue for the lock)."""
    db = tmp_path / "counter.db"
    make_depot(db, tmp_path)
    with write_lock_held(db):
        for argv in (["status", "PD-1"], ["history", "PD-1", "--json"], ["list", "pumps"],
                     ["list", "units", "--json"], ["conflicts"], ["workday"]):
            started = time.monotonic()
            done = pumpdesk("--db", db, "--lang", "en", *argv, home=tmp_path)
            assert done.returncode == 0, (argv, done.stderr)
            assert time.monotonic() - started < 30
        # A write meanwhile is refused as busy, in one sentence, and changes nothing.
        done = pumpdesk("--db", db, "--lang", "en", "return", "PD-1", home=tmp_path)
        assert done.returncode == REFUSED and "busy" in one_sentence(done)


OPENER = """
import contextlib, io, json, sys, time
from app.cli import main
start, step, folder, argv = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4:]
for trial in range(20):
    time.sleep(max(0.0, start + trial * step - time.time()))
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", f"{folder}/new-{trial}.db", "--lang", "en", *argv])
    print(json.dumps([trial, code, err.getvalue()]), flush=True)
"""


@pytest.mark.slow
def test_many_processes_open_a_new_database_at_once(tmp_path: Path) -> None:
    """Four processes (more than the machine has cores) create and migrate the same new
    file at the same moment, twenty times over: none fails, none is told "busy"."""
    start = time.time() + 3.0  # past every process's imports
    commands = [(["list", "units"], 0), (["status", "PD-1"], 1),
                # a write: the first administrator, who needs nobody signed in
                (["staff", "add", "anna.k", "--name", "Anna K", "--role", "administrator"],
                 0),
                (["list", "models"], 0)]
    env = {k: v for k, v in user_env(tmp_path).items() if k != "PUMPDESK_STAFF"}
    openers = [subprocess.Popen([sys.executable, "-c", OPENER, str(start), "0.6",
                                 str(tmp_path), *argv],
                                cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
               for argv, _ in commands]
    failures = []
    for opener, (argv, expected) in zip(openers, commands, strict=True):
        out, err = opener.communicate(timeout=300)
        assert opener.returncode == 0 and err == "", err
        trials = [json.loads(line) for line in out.splitlines()]
        assert len(trials) == 20
        failures += [(trial, argv, code, said) for trial, code, said in trials
                     if code != expected or "locked" in said or "busy" in said]
    assert failures == []


# -- the central database's commands ----------------------------------------------------------


@pytest.mark.parametrize("action", ["test", "use", "init"])
def test_a_malformed_central_address(tmp_path: Path, action: str) -> None:
    done = pumpdesk("--lang", "en", "central", action, "--url",
                    "host=central.region port=5432 dbname='pumpdesk password=s3cret",
                    home=tmp_path)
    assert done.returncode == REFUSED
    line = one_sentence(done)
    assert "The central database address is not usable" in line
    assert "s3cret" not in line  # an address is not echoed: it may hold a password


def test_central_login_with_no_terminal(tmp_path: Path) -> None:
    """A scheduled task or a service: no terminal to type the password at."""
    done = subprocess.run([sys.executable, "-m", "app.cli", "--lang", "en", "central", "login",
                           "--url", "postgresql://desk1@central.region/pumpdesk"],
                          cwd=tmp_path, env=user_env(tmp_path), stdin=subprocess.DEVNULL,
                          start_new_session=True, capture_output=True, text=True, timeout=60)
    assert done.returncode == REFUSED
    assert "There is no terminal here to type the password at" in one_sentence(done)
