"""Orders of consumables ("uttag", issue 23): take a new order by the keyboard alone, and
find orders by withdrawal number, person, unit or day, see one, move it on and print its
paper. A scanned withdrawal number opens its order wherever the focus is; any other scan is
an article for the new order (or, while no person is typed, the person)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.domain.consumables import parse_withdrawal_number
from app.domain.identity import parse_identity
from app.domain.refusals import Refused
from app.gui.banner import Banner
from app.gui.i18n import phrase, refusal_text
from app.gui.operations import Operations
from app.gui.printing import Printing
from app.gui.sounds import Sounds
from app.gui.tabs.base import CounterTab
from app.gui.tabs.new_order import NewOrderForm
from app.gui.tabs.order_detail import OrderDetail
from app.gui.tabs.order_list import OrderFinder
from app.services import order_papers, queries
from app.services.orders import OrderView
from app.services.printouts import Printout
from app.services.station import Station

#: The keys that show the new-order form and the orders found.
NEW_KEY, FIND_KEY = "F2", "F3"
#: The key that opens the address label made for the order just placed.
LABEL_KEY = "Ctrl+L"


class OrdersTab(CounterTab):
    #: The label of an order just placed is made (sent to the printer or waiting).
    label_made = Signal(object)

    def __init__(self, station: Station, ops: Operations, sounds: Sounds, printing: Printing,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, ops, sounds, parent)
        self.printing = printing
        self.units_loaded = False
        self.placed_text = ""
        #: The label of the last order placed, while no label printer is set.
        self.ready_label: Printout | None = None
        self.new_order = NewOrderForm(station, ops)
        self.finder = OrderFinder(station, ops)
        self.detail = OrderDetail(station, ops, printing)
        found = QSplitter(Qt.Orientation.Vertical, objectName="ordersFound")
        found.addWidget(self.finder)
        found.addWidget(self.detail)
        found.setStretchFactor(0, 3)
        found.setStretchFactor(1, 2)
        self.pages = QTabWidget(objectName="orderPages")
        self.pages.addTab(self.new_order, self.tr("New order ({key})").format(key=NEW_KEY))
        self.pages.addTab(found, self.tr("Find orders ({key})").format(key=FIND_KEY))
        self.banner = Banner()
        self.banner.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.banner)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(NEW_KEY), self, activated=self.show_new, context=scope)
        QShortcut(QKeySequence(FIND_KEY), self, activated=self.show_found, context=scope)
        QShortcut(QKeySequence(LABEL_KEY), self, activated=self.open_label, context=scope)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, activated=self.enter, context=scope)
        self.new_order.placed.connect(self._placed)
        self.new_order.said.connect(self.banner.show_idle)
        for source in (self.new_order, self.finder, self.detail):
            source.refused.connect(self._refused)
        self.finder.chosen.connect(self.detail.load)
        self.detail.moved.connect(self._moved)
        self.pages.currentChanged.connect(self._page_shown)
        self.banner.show_idle(self._hint())

    def title(self) -> str:
        return self.tr("Orders")

    def _hint(self) -> str:
        return self.tr("Type the person, then the articles; Enter places the order. Scan an "
                       "order's number to open it.")

    # -- pages and focus -----------------------------------------------------------------

    def show_new(self) -> None:
        self.pages.setCurrentIndex(0)

    def show_found(self) -> None:
        self.pages.setCurrentIndex(1)

    def _page_shown(self) -> None:
        """The orders found need the room: the banner shows there only what was done."""
        self.banner.setVisible(self.on_new_page() or self.banner.outcome != "idle")
        self.focus_scan()

    def on_new_page(self) -> bool:
        return self.pages.currentIndex() == 0

    def focus_scan(self) -> None:
        if self.on_new_page():
            field = self.new_order.person if not self.new_order.person.text() \
                else self.new_order.article
        else:
            field = self.finder.query
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        if not self.units_loaded:
            self.ops.read(queries.list_units, self.station, done=self._units)
        self.finder.search()

    def _units(self, units: list[dict]) -> None:
        self.units_loaded = True
        self.finder.set_units(units)

    def enter(self) -> None:
        """Enter: on the new order, a line or the order placed; on the orders found, find."""
        if self.on_new_page():
            self.new_order.enter()
        else:
            self.finder.search()

    # -- scans ---------------------------------------------------------------------------

    def scan(self, text: str) -> None:
        code = text.strip()
        if parse_withdrawal_number(code) is not None:
            self.open_order(code)
        elif self.on_new_page():
            if not self.new_order.person.text().strip() and _is_identity(code):
                self.new_order.person.setText(code)
                self.new_order.look_up_person()
                self.new_order.article.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.new_order.add_article(code)
        else:
            self.finder.query.setText(code)
            self.finder.search()

    def open_order(self, number: str) -> None:
        """The order ``number`` on the page of orders found, chosen, with its details."""
        self.show_found()
        self.finder.open_number(number)
        self.detail.load(number.strip().upper())

    # -- what the parts did --------------------------------------------------------------

    def _placed(self, view: OrderView) -> None:
        self.placed_text = self.tr("{lines} · {state}").format(
            lines=self.tr("%n line(s)", "", len(view.lines)), state=phrase(view.state_label))
        if view.shipping is not None:
            self.placed_text += " · " + (self.tr("promised {date}").format(
                date=view.shipping.promised.isoformat()) if view.shipping.promised
                else self.tr("no day promised (outside the region)"))
        self.banner.show_success(self.tr("Ordered: {number}").format(number=view.number),
                                 self.placed_text)
        self.banner.show()
        self.sounds.success()
        self.ops.run(order_papers.label_of, self.station, view,
                     self.detail.roll.currentData(), done=self._label,
                     refused=self._label_refused)
        self.finder.search()

    def _label(self, printout: Printout) -> None:
        if self.printing.printer_for(printout):
            self.ready_label = None
            self.printing.send(printout)
            said = self.tr("the address label is sent to the printer")
        else:
            self.ready_label = printout
            said = self.tr("the address label is ready: {key} to print or save it").format(
                key=QKeySequence(LABEL_KEY).toString(QKeySequence.SequenceFormat.NativeText))
        self.banner.detail.setText(f"{self.placed_text} · {said}")
        self.label_made.emit(printout)

    def _label_refused(self, refused: Refused) -> None:
        self.banner.note(refusal_text(refused))

    def open_label(self) -> None:
        """Ctrl+L: the label of the order just placed, to print on a printer chosen or save."""
        if self.ready_label is not None:
            self.printing.preview_made(self.ready_label, parent=self)

    def _moved(self, view: OrderView) -> None:
        self.banner.show_success(self.tr("{number}: {state}").format(
            number=view.number, state=phrase(view.state_label)))
        self.banner.show()
        self.sounds.success()
        self.finder.search()

    def _refused(self, title: str, reason: str) -> None:
        self.banner.show_refusal(title, reason)
        self.banner.show()
        self.sounds.refusal()

    def cancel(self) -> None:
        """Esc: the new order starts over (or the search is cleared)."""
        if self.on_new_page():
            self.new_order.clear()
        else:
            self.finder.query.clear()
            self.detail.show_order(None)
        self.banner.show_idle(self._hint())
        self._page_shown()


def _is_identity(text: str) -> bool:
    try:
        identity = parse_identity(text, None)
    except Refused:
        return False
    return not identity.is_protected
