"""How a new order travels (issue 24), under the new-order form: the delivery mode and the
destination the counter takes on the phone or at the desk. The services decide: a mode the
depot does not offer, or a destination the mode's rules refuse, comes back as the form's
refusal and nothing is stored."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.domain.delivery import DeliveryMode
from app.services.delivery import DeliveryRequest


class DeliveryFields(QWidget):
    """Four rows for a ``QFormLayout``: the mode (with "outside the region"), the address,
    the contacts (apartment building, door code, phone), and the pickup point with its
    notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(objectName="orderDelivery")
        self.mode.addItem(self.tr("The depot's usual delivery"), None)
        for mode, label in self.labels().items():
            self.mode.addItem(label, mode.value)
        self.outside_region = QCheckBox(self.tr("Outside the region"),
                                        objectName="orderOutsideRegion")
        self.street = QLineEdit(objectName="orderStreet", placeholderText=self.tr("Street"))
        self.postcode = QLineEdit(objectName="orderPostcode",
                                  placeholderText=self.tr("Postcode"))
        self.town = QLineEdit(objectName="orderTown", placeholderText=self.tr("Town"))
        self.care_of = QLineEdit(objectName="orderCareOf", placeholderText=self.tr("c/o"))
        self.apartment = QCheckBox(self.tr("Apartment building"), objectName="orderApartment")
        self.door_code = QLineEdit(objectName="orderDoorCode",
                                   placeholderText=self.tr("Door code"))
        self.phone = QLineEdit(objectName="orderPhone", placeholderText=self.tr("Phone"))
        self.pickup_point = QLineEdit(objectName="orderPickupPoint",
                                      placeholderText=self.tr("Pickup point"))
        self.notify = QComboBox(objectName="orderNotify")
        for value, label in ((None, self.tr("No notice")), ("sms", self.tr("SMS")),
                             ("email", self.tr("E-mail")), ("letter", self.tr("Letter"))):
            self.notify.addItem(label, value)
        self.notify_to = QLineEdit(objectName="orderNotifyTo",
                                   placeholderText=self.tr("Notice to (phone, e-mail, address)"))
        self.mode_row = QHBoxLayout()
        self.mode_row.addWidget(self.mode, 3)
        self.mode_row.addWidget(self.outside_region, 1)
        self.address_row = QHBoxLayout()
        for widget, stretch in ((self.street, 4), (self.postcode, 1), (self.town, 2),
                                (self.care_of, 2)):
            self.address_row.addWidget(widget, stretch)
        self.contact_row = QHBoxLayout()
        for widget, stretch in ((self.apartment, 0), (self.door_code, 1), (self.phone, 2)):
            self.contact_row.addWidget(widget, stretch)
        self.pickup_row = QHBoxLayout()
        for widget, stretch in ((self.pickup_point, 3), (self.notify, 1),
                                (self.notify_to, 3)):
            self.pickup_row.addWidget(widget, stretch)

    def labels(self) -> dict[DeliveryMode, str]:
        return {DeliveryMode.STANDARD: self.tr("Standard delivery"),
                DeliveryMode.OUTSIDE: self.tr("Leave outside the door"),
                DeliveryMode.PICKUP: self.tr("To the pickup point"),
                DeliveryMode.URGENT: self.tr("Urgent delivery"),
                DeliveryMode.EXPRESS: self.tr("Express delivery"),
                DeliveryMode.JOINT: self.tr("Joint delivery"),
                DeliveryMode.ROUTE: self.tr("On the route's day"),
                DeliveryMode.COUNTER: self.tr("Collect at the counter")}

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.mode, self.outside_region, self.street, self.postcode, self.town,
                self.care_of, self.apartment, self.door_code, self.phone, self.pickup_point,
                self.notify, self.notify_to)

    def request(self) -> DeliveryRequest:
        return DeliveryRequest(
            mode=self.mode.currentData(), street=self.street.text(),
            postcode=self.postcode.text(), town=self.town.text(), care_of=self.care_of.text(),
            door_code=self.door_code.text(), apartment=self.apartment.isChecked(),
            outside_region=self.outside_region.isChecked(),
            pickup_point=self.pickup_point.text(), notify=self.notify.currentData(),
            notify_to=self.notify_to.text(), phone=self.phone.text())

    def clear(self) -> None:
        for field in (self.street, self.postcode, self.town, self.care_of, self.door_code,
                      self.phone, self.pickup_point, self.notify_to):
            field.clear()
        for box in (self.apartment, self.outside_region):
            box.setChecked(False)
        self.mode.setCurrentIndex(0)
        self.notify.setCurrentIndex(0)
