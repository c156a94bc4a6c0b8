"""The counter window: it assembles the tabs, the status bar and the scanner, and
nothing else. Each tab is its own class in ``app/gui/tabs``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import RefusalCode, Unworkable
from app.gui.banner import Banner
from app.gui.fitting import ElidedLabel, available_geometry, fit_to_screen
from app.gui.i18n import refusal_text
from app.gui.operations import Operations
from app.gui.printer import PrintQueue
from app.gui.printing import Printing
from app.gui.scan_desk import ScanDesk
from app.gui.settings import Settings
from app.gui.sign_in import CounterSession, SignInBar
from app.gui.sounds import Sounds
from app.gui.sync_status import SyncIndicator, SyncRunner
from app.gui.tabs.base import CounterTab
from app.gui.tabs.count_tab import CountTab
from app.gui.tabs.faults_tab import FaultsTab
from app.gui.tabs.issue_tab import IssueTab
from app.gui.tabs.orders_tab import OrdersTab
from app.gui.tabs.pump_tab import PumpTab
from app.gui.tabs.reports_tab import ReportsTab
from app.gui.tabs.return_tab import ReturnTab
from app.gui.tabs.stock_tab import StockTab
from app.services import setup, views
from app.services.station import Station


class MainWindow(QMainWindow):
    #: The size the window opens at where the screen has room for it; a smaller screen
    #: (1024×768, 1366×768 at the counters) gets the screen's free area instead.
    PREFERRED_SIZE = QSize(1180, 780)
    #: Return, Issue, Faults and service, Pump: the tabs of the counter's daily work.
    DAILY_TABS = 4

    def __init__(self, station: Station, sounds: Sounds | None = None,
                 log_path: str = "", settings: Settings | None = None,
                 print_queue: PrintQueue | None = None, central_url: str = "") -> None:
        super().__init__()
        self.station = station
        self.log_path = log_path
        self.ops = Operations(self, database=station.db.path,
                              log_path=Path(log_path) if log_path else None)
        self.ops.unexpected.connect(self._apologise)
        self.sounds = sounds or Sounds()
        self.settings = settings or Settings()
        self.printing = Printing(station, self.ops, self.settings,
                                 print_queue or PrintQueue(), self)
        self.setWindowTitle("PumpDesk")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("counterTabs")
        self.return_tab = ReturnTab(station, self.ops, self.sounds)
        self.issue_tab = IssueTab(station, self.ops, self.sounds, self.printing)
        self.faults_tab = FaultsTab(station, self.ops, self.sounds)
        self.pump_tab = PumpTab(station, self.ops, self.sounds, self.printing)
        self.stock_tab = StockTab(station, self.ops, self.sounds, self.printing)
        self.stock_tab.central_url = central_url
        self.count_tab = CountTab(station, self.ops, self.sounds)
        self.reports_tab = ReportsTab(station, self.ops, self.sounds)
        self.orders_tab = OrdersTab(station, self.ops, self.sounds, self.printing)
        self.faults_tab.open_pump.connect(self.show_pump)
        for number, tab in enumerate(self.all_tabs(), start=1):
            self.tabs.addTab(tab, tab.title())  # labelled by _label_tabs
            self.tabs.setTabToolTip(number - 1, f"Ctrl+{number}")
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda index=number - 1: self.tabs.setCurrentIndex(index))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._cancel)
        self.tabs.currentChanged.connect(self._tab_shown)
        # Paper that did not print: a refusal of its own under the tabs, whatever tab is
        # shown, until it is printed or saved (each tab's banner keeps what was done).
        self.paper_banner = Banner()
        self.paper_banner.setObjectName("banner")
        self.paper_banner.setMinimumHeight(90)
        self.paper_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.paper_banner)
        self.setCentralWidget(central)
        self.session = CounterSession(station, self.ops, self.settings, parent=self)
        self.sign_in_bar = SignInBar(self.session)
        self.session.said.connect(self._session_said)

        self.status = ElidedLabel()  # a long depot name ends in "…", whole in the tooltip
        self.status.setObjectName("stationStatus")
        self.busy = QLabel()
        self.statusBar().addWidget(self.sign_in_bar)
        self.status.setMinimumWidth(1)  # gives way to who is signed in
        self.statusBar().addWidget(self.status, 1)
        self.sync_indicator = SyncIndicator()
        self.sync_indicator.clicked.connect(self.show_conflicts)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(self.busy)
        for text, shortcut, action in ((self.tr("Settings"), "Ctrl+,", self.show_settings),
                                       (self.tr("About"), "F1", self.show_about)):
            button = QToolButton()
            button.setObjectName(f"{action.__name__}Button")
            button.setAutoRaise(True)
            button.setText(text)
            button.setToolTip(shortcut)
            button.clicked.connect(action)
            self.statusBar().addPermanentWidget(button)
            QShortcut(QKeySequence(shortcut), self, activated=action)
        self.ops.busy_changed.connect(
            lambda busy: self.busy.setText(self.tr("Working …") if busy else ""))
        self.printing.note.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.printing.not_printed.connect(self._not_printed)
        self.printing.handled.connect(self._paper_done)
        QShortcut(QKeySequence(Printing.KEY), self, activated=self.print_unprinted)
        self.ops.read(views.station_info, station, done=self._show_station)
        self.sync: SyncRunner | None = None
        if central_url:
            self.sync = SyncRunner(station, central_url)
            self.sync_indicator.watch(self.sync)
            # Whatever the counter just did goes out at once, without waiting for it.
            self.ops.busy_changed.connect(lambda busy: busy or self.sync.nudge())
            self.sync.start()

        self.scan_desk = ScanDesk(self.settings, self)
        self._placed = False
        fit_to_screen(self, self.PREFERRED_SIZE)
        self._tab_shown(0)

    def _label_tabs(self) -> None:
        """The counter's daily tabs show their key where the tab bar has room for it; the
        back office's (stock, stocktake, reports) say it on hover. Where even that does not
        fit the window (a 1024-pixel screen), every tab has its plain title, the key on
        hover, so that no tab scrolls out of sight."""
        bar = self.tabs.tabBar()
        for index, tab in enumerate(self.all_tabs()):
            keyed = index < self.DAILY_TABS
            bar.setTabText(index, f"{tab.title()}  (Ctrl+{index + 1})" if keyed else tab.title())
        if bar.sizeHint().width() > self.tabs.width():
            for index, tab in enumerate(self.all_tabs()):
                bar.setTabText(index, tab.title())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._label_tabs()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        # The window manager's frame is known once the window is on the screen: check
        # again that frame and all fit the screen's free area.
        QTimer.singleShot(0, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        if self.isMaximized() or self.isFullScreen():
            return
        first, self._placed = not self._placed, True
        if first or not available_geometry(self).contains(self.frameGeometry()):
            fit_to_screen(self, self.PREFERRED_SIZE if first else self.size())

    def all_tabs(self) -> list[CounterTab]:
        return [self.return_tab, self.issue_tab, self.faults_tab, self.pump_tab,
                self.stock_tab, self.count_tab, self.reports_tab, self.orders_tab]

    def show_pump(self, registration: str) -> None:
        """Open a pump on the Pump tab (a line of a list was opened)."""
        self.tabs.setCurrentWidget(self.pump_tab)
        self.pump_tab.show_pump(registration)

    def current_tab(self) -> CounterTab:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def _cancel(self) -> None:
        self.current_tab().cancel()

    def _tab_shown(self, _index: int) -> None:
        tab = self.current_tab()
        tab.refresh()
        tab.focus_scan()

    def _show_station(self, info: views.StationInfo) -> None:
        # Who is signed in stands apart, in the sign-in bar before this line.
        self.status.setText(self.tr(
            "Depot: {depot}   ·   Workstation: {workstation}   ·   Database: {database}").format(
                depot=info.depot or "—", workstation=info.workstation, database=info.database))

    def _not_printed(self, title: str, why: str) -> None:
        """Paper that did not print is a refusal, with its sound — and one key to print it
        elsewhere or save it."""
        self.paper_banner.show_refusal(self.tr("Not printed: {title}").format(title=title),
                                       self.tr(
            "{why} What was done is done; only the paper is missing. Press {key} to choose "
            "a printer or save it as PDF.").format(why=why, key=QKeySequence(
                Printing.KEY).toString(QKeySequence.SequenceFormat.NativeText)))
        self.paper_banner.show()
        self.sounds.refusal()

    def _paper_done(self) -> None:
        if self.printing.unprinted is None:
            self.paper_banner.hide()

    def print_unprinted(self) -> None:
        self.printing.open_unprinted(self)

    def show_settings(self) -> None:
        self.ops.read(setup.depot_setup, self.station, done=self._open_settings)

    def _open_settings(self, depot: setup.DepotSetup) -> None:
        from app.gui.setup_dialog import SettingsDialog  # loaded when first wanted

        dialog = SettingsDialog(self.settings, self.ops, self.station.ctx.workstation, depot,
                                self)
        dialog.accepted.connect(lambda: self.ops.run(
            setup.apply_depot_setup, self.station, dialog.form.depot(),
            done=lambda _: self.ops.read(views.station_info, self.station,
                                        done=self._show_station)))
        dialog.accepted.connect(lambda: self.scan_desk.apply(self.settings))
        dialog.accepted.connect(lambda: self.session.apply(self.settings))
        dialog.open()
        self.settings_dialog = dialog

    def show_about(self) -> None:
        from app.gui.about import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def show_conflicts(self) -> None:
        from app.gui.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.station, self.ops, self,
                                 on_change=self.sync.nudge if self.sync else None)
        dialog.open()
        self.conflicts_dialog = dialog

    def _apologise(self, problem: Unworkable) -> None:
        """A failure of the environment in one sentence, or for an error no one foresaw, an
        apology that says where the details are."""
        self.sounds.refusal()
        if problem.code is not RefusalCode.UNEXPECTED:
            QMessageBox.warning(self, self.tr("PumpDesk cannot do that here"),
                                refusal_text(problem))
            return
        QMessageBox.warning(self, self.tr("Something went wrong"), self.tr(
            "Sorry — PumpDesk could not finish that, and nothing was changed.\n\n"
            "Try again. If it happens again, restart PumpDesk and tell your support, who "
            "will find the details in:\n{log}").format(
                log=self.log_path or self.tr("the log (none could be written here)")))

    def _session_said(self, text: str, refusal: bool) -> None:
        """What signing in or out has to say, in the tab shown, with its sound."""
        banner = getattr(self.current_tab(), "banner", None)
        if refusal:
            self.sounds.refusal()
            if banner is not None:
                banner.show_refusal(text)
        elif banner is not None:
            banner.show_idle(text)
        self.statusBar().showMessage(text, 15000)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.scan_desk.uninstall()
        self.session.uninstall()
        self.ops.wait()
        self.printing.queue.wait()
        if self.sync is not None:
            self.sync.stop()
        super().closeEvent(event)
