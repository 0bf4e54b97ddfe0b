"""Reads an XLSX file with openpyxl (a reader that is not our writer) and prints what a spreadsheet user would
see, as JSON: each sheet's frozen panes, autofilter, column widths and cells (type, value, number format, bold),
and every warning openpyxl gave while loading (a workbook without a default style makes it warn)."""
import datetime
import json
import sys
import warnings

import openpyxl


def cell_of(cell):
    value = cell.value
    if value is None:
        kind, shown = "none", None
    elif isinstance(value, datetime.datetime):
        kind, shown = "datetime", value.isoformat()
    elif isinstance(value, datetime.timedelta):
        kind, shown = "timedelta", value.total_seconds()
    elif isinstance(value, bool):
        kind, shown = "bool", value
    elif isinstance(value, (int, float)):
        kind, shown = "number", value
    else:
        kind, shown = "str", str(value)
    return {"t": kind, "v": shown, "f": cell.number_format, "b": bool(cell.font and cell.font.b)}


def main(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "widths": {key: dim.width for key, dim in sheet.column_dimensions.items()},
            "rows": [[cell_of(c) for c in row] for row in sheet.iter_rows()],
        })
    json.dump({"warnings": [str(w.message) for w in caught], "sheets": sheets}, sys.stdout)


main(sys.argv[1])
