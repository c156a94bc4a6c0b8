"""Stocktake: count the depot's own shelves or a unit's buffer stock by scanning. The
count's tally (expected, found, missing, unexpected with where the register puts it)
follows every scan; a finished count's differences are resolved here with the ordinary
events — lost (an administrator's to confirm), moved into the unit's stock, returned."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.domain.staff import Role
from app.gui.banner import Banner
from app.gui.i18n import local_time, phrase, refusal_text, state_label
from app.gui.keys import key_button
from app.gui.operations import Operations
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab, scan_field, table
from app.services import counts, staff
from app.services.counts import CountLine, CountSummary, CountView
from app.services.results import ActionResult
from app.services.station import Station


class CountTab(CounterTab):
    def __init__(self, station: Station, ops: Operations, sounds: Sounds,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.view: CountView | None = None
        self.administrator = False
        self.place = QLineEdit(placeholderText=self.tr("DEPOT or customer number"))
        self.place.setObjectName("countPlace")
        self.place.setMinimumWidth(self.place.fontMetrics().horizontalAdvance("DEPOT 000000 ··"))
        self.place.returnPressed.connect(self.start)
        place_label = QLabel(self.tr("&Place:"))
        place_label.setBuddy(self.place)
        self.start_button = QPushButton()
        key_button(self.start_button, self.tr("&Start count"), self)
        self.start_button.clicked.connect(self.start)
        self.open_counts = QComboBox()
        self.open_counts.setObjectName("openCounts")
        self.open_counts.setMinimumContentsLength(8)
        self.open_counts.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.resume_button = QPushButton()
        key_button(self.resume_button, self.tr("Res&ume"), self)
        self.resume_button.clicked.connect(self.resume)
        self.finish_button = QPushButton()
        key_button(self.finish_button, self.tr("&Finish count"), self)
        self.finish_button.clicked.connect(self.finish)

        self.scan_input = scan_field(self.tr("Scan each pump on the place, or type its number "
                                             "and press Enter"), self.scan)
        self.banner = Banner()
        self.heading = QLabel()
        self.heading.setObjectName("countHeading")
        self.tally = QLabel()
        self.tally.setObjectName("countTally")
        self.tally.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.found = table([self.tr("Found"), self.tr("Model")])
        self.missing = table([self.tr("Missing"), self.tr("Model"), self.tr("Now")])
        self.unexpected = table([self.tr("Unexpected"), self.tr("Model"),
                                 self.tr("The register puts it")])
        self.lost_button = QPushButton(self.tr("Report &lost"))
        self.lost_button.setToolTip(self.tr("Reporting a counted pump lost needs the "
                                            "administrator role"))
        self.lost_button.clicked.connect(self.report_lost)
        self.move_button = QPushButton(self.tr("&Move into this stock"))
        self.move_button.clicked.connect(lambda: self.resolve("move"))
        self.return_button = QPushButton(self.tr("&Return"))
        self.return_button.clicked.connect(lambda: self.resolve("return"))
        self.due = QLabel()
        self.due.setObjectName("countsDue")
        self.due.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(place_label)
        top.addWidget(self.place)
        top.addWidget(self.start_button)
        top.addSpacing(12)
        top.addWidget(self.open_counts, 1)
        top.addWidget(self.resume_button)
        top.addWidget(self.finish_button)
        lists = QGridLayout()
        lists.addWidget(self.found, 0, 0)
        lists.addWidget(self.missing, 0, 1)
        lists.addWidget(self.unexpected, 0, 2)
        lists.addWidget(self.lost_button, 1, 1)
        resolve = QHBoxLayout()
        resolve.addWidget(self.move_button)
        resolve.addWidget(self.return_button)
        lists.addLayout(resolve, 1, 2)
        lists.setColumnStretch(0, 2)
        lists.setColumnStretch(1, 4)
        lists.setColumnStretch(2, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan_input)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.tally)
        layout.addLayout(lists, 1)
        layout.addWidget(self.due)
        self._show(None)
        self.banner.show_idle(self.tr("Start a count of a place, or resume an open one, then "
                                      "scan what is there"))

    def title(self) -> str:
        return self.tr("Stocktake")

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        # The lists are refilled at every scan: their widths are set here, in the font
        # they are shown in, not measured on every row at each scan.
        for listing in (self.found, self.missing, self.unexpected):
            metrics = listing.fontMetrics()
            listing.setColumnWidth(0, metrics.horizontalAdvance("BHM-000000") + 14)
            listing.setColumnWidth(1, metrics.horizontalAdvance("FLOCARE") + 14)
        self.found.setMinimumWidth(  # the found list: its two columns, never scrolled sideways
            self.found.columnWidth(0) + self.found.columnWidth(1) + 2 * self.found.frameWidth()
            + self.found.verticalScrollBar().sizeHint().width())

    def scan_context(self) -> object:
        return self.view.id if self.view is not None else None

    def focus_scan(self) -> None:
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        self.scan_input.clear()
        self.focus_scan()

    # -- what is shown ------------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.read(counts.list_counts, self.station, done=self._show_counts,
                      refused=lambda _: None)
        self.ops.read(counts.units_due_for_count, self.station, dt.date.today(),
                      done=self._show_due, refused=lambda _: None)
        if self.station.staff_number:
            self.ops.read(staff.signed_in_member, self.station, self.station.staff_number,
                          done=self._know_member, refused=lambda _: self._know_member(None))
        if self.view is not None:
            self.ops.read(counts.count_view, self.station, self.view.id, counts.SHOWN_MISSING,
                          done=self._show,
                          refused=lambda _: None)

    def _know_member(self, member: object) -> None:
        self.administrator = bool(member is not None and member.holds(Role.ADMINISTRATOR))
        self._enable()

    def _show_counts(self, summaries: list[CountSummary]) -> None:
        self.open_counts.clear()
        for s in summaries:
            if s.info.open:
                self.open_counts.addItem(self.tr("{place} · started {time} by {staff}").format(
                    place=phrase(s.place_name), time=local_time(s.info.started_at),
                    staff=s.info.started_by), s.info.id)
        self.resume_button.setEnabled(self.open_counts.count() > 0)

    def _show_due(self, due: list[counts.CountDue]) -> None:
        if not due:
            self.due.setText(self.tr("No unit's buffer stock is due for a count."))
            return
        never = self.tr("never counted")
        self.due.setText(self.tr("Due for a count: {units}").format(units=", ".join(
            f"{d.unit} {d.name} ({d.due_on.isoformat() if d.due_on else never})"
            for d in due)))

    @staticmethod
    def _where(line: CountLine) -> str:
        where = state_label(line.state)
        if line.unit:
            where += f", {line.unit} {line.unit_name or ''}".rstrip()
        return where

    def _show(self, view: CountView | None) -> None:
        self.view = view
        if view is None:
            self.heading.setText(self.tr("No count in progress."))
            self.tally.setText("")
            for listing in (self.found, self.missing, self.unexpected):
                listing.fill([], fit_columns=False)
        else:
            i = view.info
            status = self.tr("in progress") if i.open else self.tr(
                "finished {time} by {staff}").format(time=local_time(i.finished_at),
                                                    staff=i.finished_by)
            self.heading.setText(self.tr("Count of {place} · started {time} by {staff} · "
                                         "{status}").format(
                place=phrase(view.place_name), time=local_time(i.started_at),
                staff=i.started_by, status=status))
            self.tally.setText(self.tr(
                "Expected {expected}   Found {found}   Missing {missing}   Unexpected "
                "{unexpected}").format(expected=view.expected, found=len(view.found),
                                       missing=view.missing_total,
                                       unexpected=len(view.unexpected)))
            if len(view.missing) < view.missing_total:
                self.tally.setText(self.tally.text() + "   " + self.tr(
                    "(the first {shown} missing listed)").format(shown=len(view.missing)))
            self.found.fill([[line.registration, line.model] for line in view.found],
                            fit_columns=False)
            self.missing.fill([[line.registration, line.model, state_label(line.state)]
                               for line in view.missing],
                              {n for n, line in enumerate(view.missing) if not line.resolved},
                              fit_columns=False)
            self.unexpected.fill([[line.registration, line.model, self._where(line)]
                                  for line in view.unexpected],
                                 {n for n, line in enumerate(view.unexpected)
                                  if not line.resolved}, fit_columns=False)
        self._enable()

    def _enable(self) -> None:
        open_ = self.view is not None and self.view.info.open
        finished = self.view is not None and not self.view.info.open
        self.finish_button.setEnabled(open_)
        self.lost_button.setEnabled(finished and self.administrator
                                    and bool(self.view and self.view.missing))
        for button in (self.move_button, self.return_button):
            button.setEnabled(finished and bool(self.view and self.view.unexpected))

    # -- counting -----------------------------------------------------------------------

    def start(self) -> None:
        self.ops.run(counts.start_count, self.station, self.place.text(),
                     done=self._started, refused=self._refused)

    def _started(self, view: CountView) -> None:
        self.place.clear()
        self._show(view)
        self.banner.show_success(self.tr("Count started: {place}").format(
            place=phrase(view.place_name)), self.tr("Scan each pump that is there."))
        self.refresh()
        self.focus_scan()

    def resume(self) -> None:
        count_id = self.open_counts.currentData()
        if count_id:
            self.ops.read(counts.count_view, self.station, count_id, counts.SHOWN_MISSING,
                          done=self._resumed,
                          refused=self._refused)

    def _resumed(self, view: CountView) -> None:
        self._show(view)
        self.banner.show_idle(self.tr("Count resumed: {place}").format(
            place=phrase(view.place_name)), self.tr("Scan each pump that is there."))
        self.focus_scan()

    def scan(self, text: str) -> None:
        if self.view is None or not self.view.info.open:
            self.banner.show_refusal(self.tr("Not counted"), self.tr(
                "No count is in progress: start a count of a place, or resume an open one."))
            self.sounds.refusal()
            return
        self.ops.run(counts.scan_into_count, self.station, self.view.id, text,
                     done=self._scanned, refused=self._refused)

    def _scanned(self, view: CountView) -> None:
        self._show(view)
        line = view.last
        if line is None:
            return
        if view.again:
            self.banner.note(self.tr("{pump} was counted already.").format(
                pump=line.registration))
            self.banner.show()
        elif any(u.registration == line.registration for u in view.unexpected):
            self.banner.show_refusal(self.tr("Unexpected: {pump} · {model}").format(
                pump=line.registration, model=line.model), self.tr(
                "The register puts it elsewhere: {where}. Keep it aside; resolve it when the "
                "count is finished.").format(where=self._where(line)))
            self.sounds.refusal()
        else:
            self.banner.show_success(self.tr("Found: {pump} · {model}").format(
                pump=line.registration, model=line.model))
            self.sounds.success()
        self.focus_scan()

    def finish(self) -> None:
        if self.view is not None:
            self.ops.run(counts.finish_count, self.station, self.view.id,
                         counts.SHOWN_MISSING, done=self._finished, refused=self._refused)

    def _finished(self, view: CountView) -> None:
        self._show(view)
        self.banner.show_success(self.tr("Count finished: {place}").format(
            place=phrase(view.place_name)), self.tr(
            "Missing {missing}, unexpected {unexpected}: resolve each below.").format(
            missing=view.missing_total, unexpected=len(view.unexpected)))
        self.sounds.success()
        self.refresh()

    # -- resolving ----------------------------------------------------------------------

    def _selected(self, listing: object, lines: list[CountLine]) -> str | None:
        rows = listing.selectionModel().selectedRows()  # type: ignore[attr-defined]
        return lines[rows[0].row()].registration if rows else None

    def report_lost(self) -> None:
        if self.view is None:
            return
        registration = self._selected(self.missing, self.view.missing)
        if registration is None:
            self.banner.show_refusal(self.tr("Nothing chosen"),
                                     self.tr("Choose a missing pump in the list first."))
            return
        self.ops.run(counts.report_missing_lost, self.station, self.view.id, registration,
                     done=self._resolved, refused=self._refused)

    def resolve(self, how: str) -> None:
        if self.view is None:
            return
        registration = self._selected(self.unexpected, self.view.unexpected)
        if registration is None:
            self.banner.show_refusal(self.tr("Nothing chosen"),
                                     self.tr("Choose an unexpected pump in the list first."))
            return
        self.ops.run(counts.resolve_unexpected, self.station, self.view.id, registration, how,
                     done=self._resolved, refused=self._refused)

    def _resolved(self, result: ActionResult) -> None:
        detail = self.tr("Now: {state}").format(state=state_label(result.state))
        if result.state == "lost":
            detail = self.tr("Charged to unit {unit}.").format(unit=result.responsible_unit) \
                if result.responsible_unit else self.tr("At the depot's cost.")
        self.banner.show_success(self.tr("Resolved: {pump} · {model}").format(
            pump=result.registration, model=result.model_name), detail)
        self.sounds.success()
        self.refresh()

    def _refused(self, refused: Refused) -> None:
        self.banner.show_refusal(self.tr("Not done"), refusal_text(refused))
        self.sounds.refusal()
        self.focus_scan()
