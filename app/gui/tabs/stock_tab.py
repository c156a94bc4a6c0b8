"""Units' buffer stocks: every unit and model with its target, what it has in stock and
what is short; the day's replenishment planned, reviewed and dispatched; the past runs;
the units' requests for a larger stock and the targets themselves."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.domain.stock import ReplenishmentPlan, StockLevel
from app.gui.banner import Banner
from app.gui.keys import key_button
from app.gui.i18n import local_time, refusal_text, state_label
from app.gui.operations import Operations
from app.gui.printing import Printing
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab, table
from app.gui.tabs.stock_widgets import (
    PlanView,
    RequestsBox,
    TargetForm,
    WorkdayLine,
    day_text,
    names,
    plan_next_run,
    section,
    set_choices,
    stretch,
    today,
    unit_text,
)
from app.services import printouts, queries, stock
from app.services.queries import PumpStatus
from app.services.station import Station
from app.services.stock import RunResult


class StockTab(CounterTab):
    def __init__(self, station: Station, ops: Operations, sounds: Sounds, printing: Printing,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.printing = printing
        #: At a counter that syncs, a day's run is dispatched with the central claim on it.
        self.central_url = ""
        self.plan: ReplenishmentPlan | None = None
        self.levels: list[StockLevel] = []
        self.shown: list[StockLevel] = []
        self.unit_names: dict[str, str] = {}
        self.model_names: dict[str, str] = {}
        self.workday = WorkdayLine()
        self.unit_filter = QComboBox()
        self.model_filter = QComboBox()
        for combo in (self.unit_filter, self.model_filter):
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(self._show_filtered)
        self.plan_button = QPushButton(objectName="modeButton")
        self.plan_button.clicked.connect(self.make_plan)
        self.dispatch_button = QPushButton(objectName="confirmButton")
        self.dispatch_button.clicked.connect(self.dispatch)
        key_button(self.plan_button, self.tr("&Plan"), self)
        key_button(self.dispatch_button, self.tr("&Dispatch …"), self)
        self.banner = Banner()
        self.banner.setMinimumHeight(90)
        self.levels_title = section(self.tr("Levels"))
        self.levels_table = stretch(table([self.tr("Unit"), self.tr("Model"),
                                           self.tr("Target"), self.tr("In stock"),
                                           self.tr("Short"), self.tr("With patients")]))
        self.levels_table.clicked.connect(self._level_chosen)
        self.plan_view = PlanView(self.plan_button.text())
        self.runs = table([self.tr("Day"), self.tr("Sent"), self.tr("Missing"),
                           self.tr("Ran at"), self.tr("By")])
        self.runs.setToolTip(self.tr("Double-click a run (or Enter) to print its packing "
                                     "slips again"))
        self.runs.activated.connect(self._reprint_run)
        self.past: list[dict] = []
        self.requests = RequestsBox()
        self.requests.decide.connect(self._decide)
        self.target_form = TargetForm()
        self.target_form.submitted.connect(self._set_target)

        filters = QHBoxLayout()
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_filter)
        model_label = QLabel(self.tr("&Model:"))
        model_label.setBuddy(self.model_filter)
        for widget in (unit_label, self.unit_filter, model_label, self.model_filter):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.plan_button)
        filters.addWidget(self.dispatch_button)
        levels = QWidget()
        levels_layout = QVBoxLayout(levels)
        levels_layout.addWidget(self.levels_title)
        levels_layout.addWidget(self.levels_table, 1)
        levels_layout.addWidget(self.target_form)
        runs = QWidget()
        runs_layout = QVBoxLayout(runs)
        runs_layout.addWidget(section(self.tr("Past runs")))
        runs_layout.addWidget(self.runs, 1)
        self.plan_view.layout().setContentsMargins(9, 9, 9, 9)
        self.requests.layout().setContentsMargins(9, 9, 9, 9)
        # Levels, the plan, the past runs and the requests one at a time, each with the
        # whole width: they do not fit side by side on a 1024×768 screen.
        self.views = QTabWidget(objectName="stockViews")
        self.views.addTab(levels, self.tr("&Levels and targets"))
        self.views.addTab(self.plan_view, self.tr("Plan"))  # Plan's own key shows it
        self.views.addTab(runs, self.tr("Past &runs"))
        self.views.addTab(self.requests, self.tr("Re&quests"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.workday)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.views, 1)
        self.banner.show_idle(self.tr("Plan the next run, check it, then dispatch it"))
        self.dispatch_button.setEnabled(False)

    def title(self) -> str:
        return self.tr("Stock")

    def focus_scan(self) -> None:
        self.unit_filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        self._drop_plan()
        self.focus_scan()

    def scan(self, text: str) -> None:
        self.ops.read(queries.pump_status, self.station, text, done=self._show_pump,
                     refused=self._refused)

    def _show_pump(self, status: PumpStatus) -> None:
        self.banner.show_idle(
            self.tr("{pump}: {state}").format(pump=status.registration,
                                              state=state_label(status.state)),
            unit_text(status.unit, self.unit_names) if status.unit else "")

    # -- levels -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.read(names, self.station, done=self._set_names)
        self.ops.read(today, self.station, done=self.workday.show_workday)
        self.ops.read(stock.levels, self.station, done=self._show_levels)
        self.ops.read(stock.past_runs, self.station, done=self._show_runs)
        self.ops.read(stock.pending_requests, self.station, done=self._show_requests)

    def _set_names(self, names: tuple[dict[str, str], dict[str, str]]) -> None:
        self.unit_names, self.model_names = names
        self.target_form.set_names(*names)

    def _show_levels(self, levels: list[StockLevel]) -> None:
        # A target of 0 with nothing in stock is no stock at all: not worth a line.
        self.levels = [lv for lv in levels if lv.target or lv.in_stock]
        set_choices(self.unit_filter, [(unit_text(u, self.unit_names), u)
                                       for u in sorted({lv.unit for lv in levels})],
                    self.tr("All units"))
        set_choices(self.model_filter, [(self.model_names.get(m, m), m)
                                        for m in sorted({lv.model for lv in levels})],
                    self.tr("All models"))
        self._show_filtered()
        if self.levels and not self.target_form.used:  # a unit with a stock to begin with
            first = self.levels[0]
            self.target_form.choose(first.unit, first.model, first.target)

    def _show_filtered(self) -> None:
        unit, model = self.unit_filter.currentData(), self.model_filter.currentData()
        self.shown = [lv for lv in self.levels
                      if unit in (None, lv.unit) and model in (None, lv.model)]
        self.levels_table.fill(
            [[unit_text(lv.unit, self.unit_names), self.model_names.get(lv.model, lv.model),
              str(lv.target), str(lv.in_stock), str(lv.shortfall) if lv.shortfall else "",
              str(lv.on_loan)] for lv in self.shown],
            marked={i for i, lv in enumerate(self.shown) if lv.shortfall})
        short = [lv for lv in self.shown if lv.shortfall]
        self.levels_title.setText(
            self.tr("Levels: {lines} short by {pumps} pumps").format(
                lines=len(short), pumps=sum(lv.shortfall for lv in short))
            if short else self.tr("Levels: every unit at its target"))

    def _level_chosen(self, index: QModelIndex) -> None:
        level = self.shown[index.row()]
        self.target_form.choose(level.unit, level.model, level.target)

    def _reprint_run(self, index: QModelIndex) -> None:
        """A past run's packing slips again (this counter's run, or another's pulled)."""
        if not 0 <= index.row() < len(self.past):
            return
        by_unit: dict[str, list[str]] = {}
        for unit, _model, registration in self.past[index.row()]["lines"]:
            by_unit.setdefault(unit, []).append(registration)
        for unit, registrations in by_unit.items():
            self.ops.run(printouts.packing_slip, self.station, unit, registrations,
                         done=self.printing.send, refused=self._refused)

    def _show_runs(self, runs: list[dict]) -> None:
        self.past = runs
        self.runs.fill([[r["day"].isoformat(), str(r["sent"]),
                         str(r["missing"]) if r["missing"] else "", local_time(r["ran_at"]),
                         r["ran_by"]] for r in runs],
                       marked={i for i, r in enumerate(runs) if r["missing"]})

    def _show_requests(self, rows: list[dict]) -> None:
        self.requests.fill(rows, self.unit_names, self.model_names)
        self.views.setTabText(self.views.indexOf(self.requests), self.tr(
            "Re&quests ({count})").format(count=len(rows)) if rows else self.tr("Re&quests"))

    # -- plan and dispatch --------------------------------------------------------------

    def make_plan(self) -> None:
        self.ops.run(plan_next_run, self.station, done=self._show_plan, refused=self._refused)

    def _show_plan(self, plan: ReplenishmentPlan) -> None:
        self.plan = plan
        self.plan_view.show_plan(plan, self.unit_names, self.model_names,
                                 self.dispatch_button.text())
        self.views.setCurrentWidget(self.plan_view)
        self.dispatch_button.setEnabled(bool(plan.lines))
        missing = sum(s.missing for s in plan.shortages)
        short = self.tr("{missing} pumps short: not enough ready pumps.").format(
            missing=missing) if missing else ""
        if plan.lines:
            self.banner.show_idle(
                self.tr("Plan for {day}: {pumps} pumps to {units} units").format(
                    day=day_text(plan.day), pumps=len(plan.lines), units=len(plan.units())),
                " ".join([short, self.tr("Check it, then {dispatch} — nothing is sent "
                                         "until then.").format(
                                             dispatch=self.dispatch_button.text())]).strip())
        else:
            self.banner.show_idle(self.tr("Nothing to send for {day}").format(
                day=day_text(plan.day)), short)

    def _drop_plan(self) -> None:
        self.plan = None
        self.plan_view.clear()
        self.dispatch_button.setEnabled(False)

    def dispatch(self) -> None:
        plan = self.plan
        if plan is None or not plan.lines:
            return
        answer = QMessageBox.question(self, self.tr("Dispatch"), self.tr(
            "Send {pumps} pumps to {units} units for {day}? A packing slip is printed for "
            "each unit.").format(pumps=len(plan.lines), units=len(plan.units()),
                                 day=day_text(plan.day)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(stock.dispatch_day, self.station, plan, self.central_url,
                     done=self._dispatched, refused=self._refused)

    def _dispatched(self, result: RunResult) -> None:
        self._drop_plan()
        by_unit = result.by_unit()
        details = []
        if result.skipped:
            details.append(self.tr(
                "Not sent, no longer ready or no longer needed: {pumps}. Plan again to "
                "replace them.").format(pumps=", ".join(
                    line.registration for line in result.skipped)))
        for line, refused in result.not_sent:
            details.append(self.tr("Not sent to {unit}: {reason}").format(
                unit=line.unit, reason=refusal_text(refused)))
        missing = sum(s[2] for s in result.shortages)
        if missing:
            details.append(self.tr("{missing} pumps are still missing: not enough ready "
                                   "pumps.").format(missing=missing))
        if by_unit:
            self.banner.show_success(self.tr("Dispatched {pumps} pumps to {units} units").format(
                pumps=len(result.sent), units=len(by_unit)), "\n".join(details))
            self.sounds.success()
        else:
            self.banner.show_refusal(self.tr("Nothing was dispatched"), "\n".join(details))
            self.sounds.refusal()
        for unit, registrations in by_unit.items():
            self.ops.run(printouts.packing_slip, self.station, unit, registrations,
                         done=self.printing.send, refused=self._refused)
        self.refresh()

    # -- targets and requests -----------------------------------------------------------

    def _set_target(self, unit: str, model: str, target: int) -> None:
        self.ops.run(stock.set_target, self.station, unit, model, target,
                     refused=self._refused, done=lambda _: self._changed(
                         self.tr("Target set: {unit} keeps {target} {model}").format(
                             unit=unit_text(unit, self.unit_names), target=target,
                             model=self.model_names.get(model, model))))

    def _decide(self, request: dict, approve: bool) -> None:
        what = self.tr("{unit}: {requested} {model}").format(
            unit=unit_text(request["unit"], self.unit_names), requested=request["requested"],
            model=self.model_names.get(request["model"], request["model"]))
        title = self.tr("Request approved") if approve else self.tr("Request rejected")
        self.ops.run(stock.decide_request, self.station, request["id"], approve,
                     refused=self._refused, done=lambda _: self._changed(title, what))

    def _changed(self, title: str, detail: str = "") -> None:
        self.banner.show_success(title, detail)
        self.sounds.success()
        if self.plan is not None:
            self._drop_plan()
            self.plan_view.summary.setText(self.tr("A target changed: plan again."))
        self.refresh()

    def _refused(self, refused: Refused) -> None:
        self.banner.show_refusal(self.tr("Not done"), refusal_text(refused))
        self.sounds.refusal()
