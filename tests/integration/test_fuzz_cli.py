"""Every command of the command line, with arguments as a user, a script or a broken
terminal might give them: no exception escapes, every failure is one line in the
documented exit statuses, and nothing in the database changes unless the command did
what it was asked (exit 0).

The arguments are drawn from the parser itself, so a command added later is fuzzed too:
each positional and option gets either something that fits (a pump, a unit, a patient of
the demo depot, one of its choices) or junk — broken characters, 50,000 characters,
numbers past any integer column.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends import fail

from app.cli import build_parser, main

PUMPS = [f"HS-{n:06d}" for n in range(1, 41)]
UNITS = ["602154", "602155", "604001", "605010", "601628", "123456"]
PATIENTS = ["19811228-9874", "811228-9874", "19811288-9871", "protected", "Skyddad identitet",
            "strengt fortrolig adresse", "LMA 19900101 50-008920/4", "20000101 Lisa Blom - UT"]

surrogates = st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
                     min_size=1, max_size=3)
junk = st.one_of(
    st.text(max_size=40),
    st.tuples(st.text(max_size=10), surrogates, st.text(max_size=10)).map("".join),
    st.integers(200, 60_000).map(lambda n: "7" * n),
    st.sampled_from(["", " ", "-", "--", "%", "_", "'", "\"", "\\", "\x1d", "\t\r\n", "0",
                     "-1", "99999999999999999999999", "1e400", "NaN", "2026-02-30",
                     "]d2010506012345001921A1", "(01)05060123450019(21)A1", "PD-1\x00",
                     "ＨＳ－０００００１", "٦٠٢١٥٤", "hs-000001", "Robert'); DROP TABLE pumps;--"]),
)
number = st.one_of(st.integers(-10, 400).map(str), st.integers().map(str),
                   st.sampled_from(["10" * 15, "-0", "1_000", "٣", "0x10"]), junk)


def fitting(dest: str) -> st.SearchStrategy[str]:
    """Something that may well be valid for an argument of this name."""
    known = {
        "reg": st.sampled_from(PUMPS), "ref": st.sampled_from(PUMPS),
        "unit": st.sampled_from(UNITS), "customer_number": st.sampled_from(UNITS),
        "patient": st.sampled_from(PATIENTS), "old": st.sampled_from(PATIENTS),
        "new": st.sampled_from(PATIENTS), "model": st.sampled_from(["T34", "JOEY", "CADD"]),
        "code": st.sampled_from(["T34", "NEW-1", "bad code"]),
        "url": st.sampled_from(["postgresql://desk@127.0.0.1:1/none?connect_timeout=1",
                                "host=127.0.0.1 port=1 dbname='unterminated",
                                "postgresql://[::1", "not an address"]),
        "date": st.sampled_from(["2026-03-02", "2026-12-24", "2026-06-19"]),
        "number": number, "interval": number, "pumps": number, "seed": number,
        "state": st.sampled_from(["on_loan", "ready", "sideways"]),
        "consumable": st.sampled_from(["Syringes=2", "Pack", "x=-1", "=3"]),
    }
    return known.get(dest, st.text(min_size=1, max_size=20))


@st.composite
def command_line(draw: st.DrawFn, folder: Path) -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    name = draw(st.sampled_from(sorted(sub.choices)))
    argv = ["--staff", draw(st.one_of(st.just("anna.k"), junk))] if draw(st.booleans()) else []
    argv.append(name)
    for action in sub.choices[name]._actions:
        if action.dest in ("help", "debug"):
            continue
        if action.option_strings and not action.required and draw(st.booleans()):
            continue  # an option left out
        if action.dest == "url":  # nothing that could send a connection out of the machine
            argv += ["--url", draw(st.one_of(fitting("url"), junk.filter(
                lambda t: "=" not in t and "://" not in t and not t.startswith("-"))))]
            continue
        if action.dest in ("output", "slips"):  # files go where the test can see them
            value = [str(folder / draw(st.sampled_from(["out.pdf", "slips", "", "x/y.pdf"])))]
            argv += [action.option_strings[0], *value]
            continue
        if action.nargs == 0:
            argv.append(action.option_strings[0])
            continue
        count = draw(st.integers(1, 3)) if action.nargs == "+" else 1
        for _ in range(count):
            # Mostly something that fits, so that actions get done as well as refused.
            fits = st.sampled_from(list(action.choices)) if action.choices else \
                fitting(action.dest)
            value = draw(st.one_of(fits, fits, fits, junk))
            argv += [*action.option_strings[:1], value]
    return argv


def fingerprint(db: Path) -> str:
    """Everything a command may change: the event log (the record of every change), the
    workstation's own settings in the database, the requests and the sync outbox."""
    digest = hashlib.sha256()
    with closing(sqlite3.connect(db)) as connection:
        for query in ("SELECT id FROM events ORDER BY seq", "SELECT * FROM meta ORDER BY key",
                      "SELECT * FROM target_requests ORDER BY id",
                      "SELECT count(*) FROM sync_outbox"):
            digest.update(repr(connection.execute(query).fetchall()).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    db = folder / "fuzz.db"
    assert main(["--db", str(db), "--workstation", "FUZZ1", "demo", "--pumps", "40"]) == 0
    return db


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_command_line_makes_pumpdesk_raise(depot: Path, data: st.DataObject,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = depot.parent
    monkeypatch.setenv("PUMPDESK_STAFF", "fuzz")
    monkeypatch.delenv("PUMPDESK_CENTRAL", raising=False)
    monkeypatch.delenv("PUMPDESK_CENTRAL_PASSWORD", raising=False)
    keyring.set_keyring(fail.Keyring())  # no password store: central login refuses
    argv = data.draw(command_line(folder))
    full = ["--db", str(depot), "--lang", "en", "--settings", str(folder / "fuzz.ini"), *argv]
    before = fingerprint(depot)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(full)
        except SystemExit as usage:  # argparse: a usage error (2), or --help (0)
            code = usage.code
            assert code in (0, 2), argv
            assert fingerprint(depot) == before
            return
    said = err.getvalue()
    assert code in (0, 1, 3), (argv, code, said)
    assert "Traceback" not in said and "did not expect" not in said, (argv, said)
    if code != 0:
        assert len(said.strip().splitlines()) == 1, (argv, said)
        assert fingerprint(depot) == before, (argv, said)
    command = argv[2] if argv[0] == "--staff" else argv[0]
    if command in ("status", "history", "list", "workday", "conflicts", "print") or (
            command == "replenish" and "--dry-run" in argv):
        assert fingerprint(depot) == before, argv  # a read changes nothing
