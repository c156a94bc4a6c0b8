"""The latency benchmark's region part, run small: it is the figure issue 17's budget is
read from, so it must keep working — whole counters among region counters, through the
proxy, with one more counter frozen mid-hand-in. No time is asserted (the figures are the
benchmark's to report); what is asserted is that the work got through, all of it accepted,
and that the frozen counter got nothing while the others did."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import bench_latency
from tests.sync.conftest import ADMIN_URL


def test_the_region_part_judges_the_well_counters_work_while_one_is_frozen(
        central_database: str, tmp_path: Path) -> None:
    figures_file = tmp_path / "latency.json"
    assert bench_latency.main([
        "--url", ADMIN_URL, "--counters", "3", "--whole", "1", "--rate", "4",
        "--seconds", "3", "--part", "region", "--json", str(figures_file)]) == 0

    result = json.loads(figures_file.read_text())
    assert "all_well" not in result and "one_frozen" not in result  # --part region only
    for part in ("region_all_well", "region_one_frozen"):
        figures = result[part]
        assert figures["actions_answered"] > 0, part
        assert set(figures["verdicts"]) == {"accepted"}, (part, figures["verdicts"])
        assert sum(figures["verdicts"].values()) == figures["actions_answered"], part
        whole = figures["whole_counters"]
        assert whole["counters"] == 1, part
        assert whole["actions_answered"] > 0, (part, whole)  # the whole way, local work too
        assert figures["cycles_not_finished"] == {}, part
    assert "frozen_counter" not in result["region_all_well"]
    frozen = result["region_one_frozen"]["frozen_counter"]
    assert frozen["answered"] == 0 and frozen["unanswered"] > 0, frozen
