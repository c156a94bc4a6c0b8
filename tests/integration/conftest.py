"""The command line as a test drives it: a database of the test's own, in English."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

import pytest

from app.cli import main

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Run:
    """``run(*argv)`` → (exit status, stdout, stderr) of ``pumpdesk`` on ``cli.db``, as
    workstation CLI1, by staff member anna.k (every role), in English (the command line speaks Swedish unless told)."""
    monkeypatch.setenv("PUMPDESK_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("PUMPDESK_WORKSTATION", "CLI1")
    monkeypatch.setenv("PUMPDESK_STAFF", "anna.k")
    monkeypatch.setenv("PUMPDESK_LANG", "en")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    # The first setup: anna.k is the register's first administrator, and holds every role.
    code, _out, err = run("staff", "add", "anna.k", "--name", "Kim Lund",
                          "--role", "administrator,counter,technician")
    assert code == 0, err
    return run


def set_up(run: Run, *commands: Sequence[str]) -> Run:
    for argv in commands:
        code, _out, err = run(*argv)
        assert code == 0, (argv, err)
    return run
