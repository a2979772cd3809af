"""The billing history on the Subscription page: one row per period paid for (period, plan, amount) with a
"View invoice" link when the billing service gave one; the link asks the page to check and open it. The
table itself takes no focus: Tab reaches each invoice link, which a screen reader names with its period."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from iam_desktop.billing.history import HistoryEntry
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.subscription_texts import amount_text, period_text

#: the table shows at most this many rows before it scrolls
HISTORY_ROWS = 6


class BillingHistoryTable(QTableWidget):
    """Periods, newest first; hidden while there are none.

    Signals:
        invoice_requested: "View invoice" was pressed (the invoice's address, not yet checked).
    """

    #: the invoice's address
    invoice_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("historyTable")
        self.setHorizontalHeaderLabels([
            translate("billing_history_table", "Period"),
            translate("billing_history_table", "Plan"),
            translate("billing_history_table", "Amount"),
            translate("billing_history_table", "Invoice"),
        ])  # fmt: skip
        self.setAccessibleName(translate("billing_history_table", "Billing history"))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view_invoice = translate("billing_history_table", "View invoice")
        column_width = self.fontMetrics().horizontalAdvance(view_invoice) + 44
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(section, column_width)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.setVisible(False)

    def show_entries(self, entries: Sequence[HistoryEntry], plan_names: Mapping[str, str]) -> None:
        """Show `entries` (newest first); `plan_names` maps plan ids to the names shown."""
        self.setRowCount(0)
        for row, entry in enumerate(entries):
            self.insertRow(row)
            period = period_text(entry.period_start, entry.period_end)
            cells = [
                period,
                plan_names.get(entry.plan_id, entry.plan_id),
                amount_text(entry.amount, entry.currency),
            ]
            for col, text in enumerate(cells):
                self.setItem(row, col, QTableWidgetItem(text))
            if entry.invoice_url:
                link = QPushButton(translate("billing_history_table", "View invoice"))
                link.setAccessibleName(
                    translate("billing_history_table", "View the invoice for {period}").format(period=period)
                )
                link.setObjectName("invoiceLink")
                link.setFlat(True)
                link.setCursor(Qt.CursorShape.PointingHandCursor)
                link.setToolTip(translate("billing_history_table", "Open the invoice in your browser"))
                link.clicked.connect(lambda _=False, url=entry.invoice_url: self.invoice_requested.emit(url))
                self.setCellWidget(row, 3, link)
            else:
                self.setItem(row, 3, QTableWidgetItem("—"))
        self.setVisible(bool(entries))
        if entries:
            rows = min(len(entries), HISTORY_ROWS)
            height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(rows))
            self.setFixedHeight(height + 2 * self.frameWidth() + 2)
