"""``pumpdesk due``, ``pumpdesk report`` and a model's ``--replacement-cost`` on the command
line."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.integration.conftest import Run, set_up

MODEL = ("model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
         "subcutaneous_infusion", "--interval", "365")


def depot(cli: Run) -> Run:
    return set_up(cli, [*MODEL, "--replacement-cost", "18500"],
                  ["unit", "602154", "--name", "SUS Lund", "--kind", "hospital_inpatient"],
                  ["register", "P1", "--model", "T34"], ["register", "P2", "--model", "T34"],
                  ["dispatch", "P1", "--unit", "602154"], ["lost", "P1"],
                  ["issue", "P2", "--patient", "19811228-9874", "--name", "Anna Berg",
                   "--unit", "602154", "--approval", "BL-1", "--transport"])


def test_a_models_replacement_cost_is_kept_and_checked(cli: Run) -> None:
    run = depot(cli)
    assert run(*MODEL)[0] == 0  # changed without --replacement-cost: the cost is kept
    code, out, _err = run("list", "models", "--json")
    assert json.loads(out)[0]["replacement_cost"] == 18500
    code, _out, err = run(*MODEL, "--replacement-cost", "-5")
    assert code == 1 and "replacement cost" in err


def test_report_lost_as_xlsx(cli: Run, tmp_path: Path) -> None:
    run = depot(cli)
    path = tmp_path / "lost.xlsx"
    code, out, err = run("report", "lost", "--format", "xlsx", "-o", str(path),
                         "--language", "en")
    assert code == 0, err
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book["Charged per unit"][2]] == ["602154", "SUS Lund", 1, 18500, 0]
    code, _out, err = run("report", "faults", "--unit", "602154", "--format", "csv", "-o",
                          str(tmp_path / "f.csv"))
    assert code == 1 and "whole depot" in err and not (tmp_path / "f.csv").exists()
    code, _out, err = run("report", "loans", "--from", "2026-13-01", "--format", "csv",
                          "-o", str(tmp_path / "l.csv"))
    assert code == 1 and "YYYY-MM-DD" in err


def test_due_says_when_nothing_falls_due(cli: Run) -> None:
    """The transport loan is not due yet (the service tests cover what is: see
    test_reports.py)."""
    run = depot(cli)
    code, out, _err = run("due", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _err = run("due")
    assert "Nothing falls due." in out


def test_report_counts_for_one_unit(cli: Run, tmp_path: Path) -> None:
    run = depot(cli)
    for args in (["register", "P3", "--model", "T34"], ["dispatch", "P3", "--unit", "602154"]):
        assert run(*args)[0] == 0
    code, out, err = run("count", "start", "602154", "--json")
    assert code == 0, err
    count = json.loads(out)["id"]
    assert run("count", "finish", count[:8])[0] == 0
    path = tmp_path / "counts.csv"
    code, out, err = run("report", "counts", "--unit", "602154", "--format", "csv", "-o",
                         str(path), "--language", "en")
    assert code == 0 and "Report counts" in out, err
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Stocktake differences"
    assert f"{count[:8]};602154;P3;BD BodyGuard T;Missing;In a unit's stock;602154;" \
           "Not yet resolved;;" in lines
