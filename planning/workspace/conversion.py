"""Converting a table read as text to its schema, and checking it.

Converting text cells is done per cell, so every problem names its row;
checking rules is done by pandera, lazily, so all failures come out in one
pass. The table specs themselves are data in planning.workspace.schemas.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from planning.errors import Joined, PerLanguage, Problem, Said
from planning.io.cells import (
    PARSERS,
    CellError,
    column_uses_decimal_comma,
    is_missing,
    number_style,
)
from planning.io.compact import as_text
from planning.io.suggest import suggest
from planning.io.tables import RawTable, normalize_header, row_number
from planning.workspace.schemas import CHANNELS, Column, TableSpec

_DTYPES: dict[str, pd.api.extensions.ExtensionDtype | np.dtype[Any]] = {
    "int": pd.Int64Dtype(),
    "float": np.dtype("float64"),
    "bool": pd.BooleanDtype(),
}


def convert(raw: RawTable, spec: TableSpec) -> tuple[pd.DataFrame, list[Problem]]:
    """Typed table and every problem found in it, both in one pass."""
    file = raw.name if "/" not in spec.name else f"{spec.name.split('/')[0]}/{raw.name}"
    # cells cut from rows far longer than the header are reported, never dropped silently
    problems: list[Problem] = [replace(p, file=file) for p in raw.cut]
    header_map = spec.header_map()
    renamed: dict[str, str] = {}
    for header in raw.frame.columns:
        canonical = header_map.get(normalize_header(header))
        if canonical and canonical not in renamed.values():
            renamed[header] = canonical
    frame = raw.frame.rename(columns=renamed)
    out = pd.DataFrame(index=frame.index)
    #: canonical column -> the header the user wrote, for messages (see written_headers)
    out.attrs["headers"] = {canonical: header for header, canonical in renamed.items()}

    for col in spec.columns:
        if col.name not in frame.columns:
            if col.required:
                present = [h for h in raw.frame.columns if h not in renamed]
                near = suggest(col.name, present) or next(
                    (h for h in present for a in col.aliases if suggest(a, [h])), None
                )
                names = [col.name, *col.aliases[:2]]
                key = "ws.missing_column_near" if near else "ws.missing_column"
                # the Dutch header aliases are data: quoted for an English reader
                english = f"'{col.name}'" + "".join(f" / '{a}'" for a in col.aliases[:2])
                said = PerLanguage(nl=Joined(tuple(names), " of "), en=english)
                fields = {"names": said, "near": near or ""}
                problems.append(
                    Problem(file, raw.header_row, col.name, None, key=key, fields=fields)
                )
            out[col.name] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
            if col.kind in _DTYPES:
                out[col.name] = out[col.name].astype(_DTYPES[col.kind])
            continue
        values = frame[col.name]
        comma = _decimal_comma(col, values, raw.delimiter)
        converted, found = _convert_column(values, col, file, comma)
        problems += found
        series = pd.Series(converted, index=frame.index, dtype=object)
        if col.kind in _DTYPES:
            series = series.astype(_DTYPES[col.kind])
        out[col.name] = series

    extra = [c for c in frame.columns if c not in out.columns]
    for c in extra:
        out[c] = as_text(frame[c])
    problems += _check_rules(out, spec, file, frame)
    return out, problems


def _convert_column(
    values: pd.Series, col: Column, file: str, comma: bool | None
) -> tuple[list[Any] | np.ndarray, list[Problem]]:
    """One column's values and problems, in row order.

    A column of text (every CSV) is parsed once per distinct value and spread back by
    code: a survey of 250,000 rows repeats the same few answers. Other columns (cells
    of an .xlsx: numbers, dates, text mixed) go cell by cell, remembering by type and
    value, so 1 and 1.0 and True are never confused.
    """
    parser = PARSERS[col.kind]
    categorical = isinstance(values.dtype, pd.CategoricalDtype)
    if categorical or (len(values) and pd.api.types.infer_dtype(values, skipna=True) == "string"):
        if categorical:  # read compact (planning.io.compact): already one code per text
            codes, uniques = values.cat.codes.to_numpy(), values.cat.categories
        else:
            codes, uniques = pd.factorize(values, use_na_sentinel=True)
        parsed = [_parse_cell(u, parser, col.kind, comma) for u in uniques]
        parsed.append((False, None))  # code -1: an empty cell
        spread = np.empty(len(parsed), dtype=object)
        for i, (ok, result) in enumerate(parsed):
            spread[i] = result if ok else None
        cells: list[Any] | np.ndarray = spread[codes]
        if col.kind == "list" and not categorical:  # each row its own list, as a cell-by-cell
            cells = [list(c) if isinstance(c, list) else c for c in cells]  # read gives
        # read compact, rows with the same text share its one list (the snapshot does too)
        flagged = np.array(
            [not ok and (result is not None or not col.nullable) for ok, result in parsed]
        )
        at = [int(i) for i in np.flatnonzero(flagged[codes])]
        problems = [
            _cell_problem(
                file, row_number(values.index[i]), col, values.iat[i], parsed[codes[i]][1]
            )
            for i in at
        ]
        return cells, problems
    converted: list[Any] = []
    problems = []
    seen: dict[tuple[type, Any], tuple[bool, Any]] = {}
    for row, value in values.items():
        key = (type(value), value)
        hit = seen.get(key)
        if hit is None:
            hit = seen[key] = _parse_cell(value, parser, col.kind, comma)
        ok, result = hit
        if ok:
            converted.append(list(result) if isinstance(result, list) else result)
            continue
        if result is not None or not col.nullable:
            problems.append(_cell_problem(file, row_number(row), col, value, result))
        converted.append(None)
    return converted, problems


def _cell_problem(file: str, row: int, col: Column, value: Any, error: CellError | None) -> Problem:
    """A cell that does not fit (its error), or an empty one where a value is required."""
    if error is None:
        return Problem(file, row, col.name, None, key="ws.value_missing")
    return Problem(file, row, col.name, value, key=error.key, fields=error.fields)


def _decimal_comma(col: Column, values: pd.Series, delimiter: str | None) -> bool | None:
    """How '1.500' reads in this column: an amount by the file's dialect and its other
    cells (None: ambiguous, reported), a measure such as a coordinate as a decimal point
    unless the column writes decimal commas."""
    if col.kind not in ("int", "float"):
        return False
    distinct = as_text(values.dropna()).unique()  # both only ask whether any cell looks some way
    if col.kind == "int" or col.thousands:
        return number_style(distinct, delimiter)
    return column_uses_decimal_comma(distinct)


def _parse_cell(value: Any, parser: Any, kind: str, comma: bool | None) -> tuple[bool, Any]:
    """(True, value) or (False, the CellError); (False, None) for an empty cell."""
    if is_missing(value):
        return False, None
    try:
        return True, parser(value, comma) if kind in ("int", "float") else parser(value)
    except CellError as exc:
        return False, exc


def _shown(raw: pd.DataFrame, row: int | None, column: str, value: Any) -> Any:
    """The cell as the user typed it (so '6,399' is shown, not 6.399)."""
    if row is not None and column in raw.columns and row in raw.index:
        cell = raw.at[row, column]
        if not is_missing(cell):
            return cell.strip() if isinstance(cell, str) else _plain(cell)
    return _plain(value)


def _plain(value: Any) -> Any:
    """numpy scalars -> Python values, so problems print and serialise cleanly."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (list, str)) else value


#: the fields of a rule's words (the catalogue key is the pandera check's name)
_RULE_FIELDS: dict[str, dict[str, Any]] = {"rule.channel": {"channels": ", ".join(CHANNELS)}}


def _check_rules(
    frame: pd.DataFrame, spec: TableSpec, file: str, raw: pd.DataFrame | None = None
) -> list[Problem]:
    """Value rules through pandera (all failures at once) plus uniqueness of ids and keys."""
    import pandera.pandas as pa  # heavy: only when a table is really checked

    raw = raw if raw is not None else frame
    columns = {
        col.name: pa.Column(
            None, checks=[rule.check() for rule in col.checks], nullable=True, required=False
        )
        for col in spec.columns
        if col.checks
    }
    schema = pa.DataFrameSchema(columns, strict=False)
    problems: list[Problem] = []
    try:
        schema.validate(frame, lazy=True, inplace=True)  # no dtypes to coerce: no copy
    except pa.errors.SchemaErrors as exc:
        for case in exc.failure_cases.itertuples(index=False):
            row = None if pd.isna(case.index) else int(case.index)
            value = _shown(raw, row, case.column, case.failure_case)
            rule = Said(str(case.check), _RULE_FIELDS.get(str(case.check), {}))
            problems.append(
                Problem(file, row, case.column, value, key="ws.expected", fields={"rule": rule})
            )
    for col in spec.columns:
        if col.unique and col.name in frame.columns:
            problems += _duplicates(frame, [col.name], file, "ws.duplicate_id", fold=True)
    if spec.unique_together and all(c in frame.columns for c in spec.unique_together):
        problems += _duplicates(frame, list(spec.unique_together), file, "ws.duplicate_row")
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return problems


def _duplicates(
    frame: pd.DataFrame, keys: list[str], file: str, what: str, fold: bool = False
) -> list[Problem]:
    """Every repeat of an id (or key combination), pointing at the row it repeats.

    With ``fold`` ids that differ only in case or surrounding spaces ('Roden' and
    'roden') clash too: they name the same plan file and are easily confused.

    Empty optional key parts count as equal (two answers with the same
    respondent_id and no source are the same respondent); rows whose first
    key is empty are left to the 'waarde ontbreekt' problem.
    """
    text = frame[keys].astype(object).where(frame[keys].notna(), "")
    text = text.map(str)
    # only rows whose key repeats can be a problem: pandas finds them, Python words them
    text = text[text[keys[0]].ne("")]
    compared = text.map(lambda v: v.strip().casefold()) if fold else text
    text = text[compared.duplicated(keep=False)]
    first_seen: dict[tuple[str, ...], int] = {}
    problems = []
    for row, values in zip(text.index, text.itertuples(index=False, name=None), strict=True):
        if not values[0]:
            continue
        written = values
        if fold:
            values = tuple(v.strip().casefold() for v in values)
        if values in first_seen:
            shown = " / ".join(v for v in written if v)
            column = ", ".join(keys)
            fields = {"shown": shown, "first": first_seen[values]}
            problems.append(Problem(file, int(row), column, shown, key=what, fields=fields))
        else:
            first_seen[values] = int(row)
    return problems


def written_headers(problems: list[Problem], headers: dict[str, str], file: str) -> list[Problem]:
    """Problems of ``file`` naming the column as the user wrote its header ('leeftijd',
    not 'age_band'); a key of several columns ('village_id, year') is renamed part by part."""
    if not any(header != canonical for canonical, header in headers.items()):
        return problems
    out = []
    for problem in problems:
        if problem.file == file and problem.column:
            parts = [headers.get(part, part) for part in problem.column.split(", ")]
            problem = replace(problem, column=", ".join(parts))
        out.append(problem)
    return out
