"""Tables exported for a spreadsheet: CSV as Excel in Sweden and Norway opens it with a
double click (UTF-8 with a byte-order mark, semicolons between fields), times in local
time, and no cell a spreadsheet would take for a formula."""

from __future__ import annotations

import csv
import datetime as dt
from typing import Any, Callable, Sequence

from app.domain.refusals import Phrase, RefusalCode, Unworkable

Translate = Callable[[str, str], str]

#: What a spreadsheet takes for the start of a formula in a cell typed at the counter
#: (an approval reference "=HYPERLINK(…)" must stay text).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell_text(value: Any, translate: Translate) -> str:
    if value is None:
        return ""
    if isinstance(value, Phrase):
        return translate("Phrase", value)
    if isinstance(value, tuple):  # parts of one cell
        return " · ".join(cell_text(part, translate) for part in value if part)
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_table(path: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
                translate: Translate) -> int:
    """Write ``headers`` (``Phrase``s) and ``rows`` to the CSV file ``path``; returns the
    number of rows. A file that cannot be written is an ``Unworkable`` naming it."""
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";")
            writer.writerow([translate("Phrase", header) for header in headers])
            writer.writerows([cell_text(value, translate) for value in row] for row in rows)
    except OSError as error:
        raise Unworkable(RefusalCode.FILE_UNUSABLE,
                         "The file {path} cannot be written ({why}): choose another place.",
                         path=str(path), why=error.strerror or type(error).__name__) from None
    return len(rows)
