"""Importing a survey export into survey/responses.csv: nothing lost, nothing half-written.

    export --read--> text frame --map--> canonical columns --validate--> accepted | rejected
                                                         \\--> personal data -> follow-up store

- Every row ends up somewhere: appended to ``survey/responses.csv``, already
  there (same respondent id and source: an import is idempotent), or
  quarantined whole in ``survey/rejected/<export name>.csv`` with its reason.
  ``accepted + rejected + already_imported == rows``.
- A file that cannot be used at all (unreadable, empty, a mapped header
  missing) raises SurveyImportError before anything is written.
- Personal data (``[pii]`` columns) goes to the follow-up store only;
  respondent ids that are e-mail addresses or phone numbers become salted
  pseudonyms.
- Writes: store first (one transaction), then the quarantine file, then
  responses.csv via a temporary file and ``os.replace``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pandas as pd

from planning.errors import Said, SurveyImportError
from planning.io.atomic import write_atomic
from planning.io.sources import Export, read_export
from planning.io.tables import find_table, normalize_header, read_raw
from planning.store import open_store
from planning.store.followup import salt, upsert_contacts
from planning.store.pseudonyms import pseudonym
from planning.survey import validate as v
from planning.survey.coding import HORIZON_COLUMNS, code_series, coding_report, lexicon_for
from planning.survey.import_result import ImportResult
from planning.survey.mapping import (
    HEADERS_ONLY,
    INPUT_ONLY,
    PII_FIELDS,
    Mapping,
    closest_header,
    find_mapping,
    implicit_mapping,
    load_mapping,
    resolve_header,
)
from planning.survey.privacy import REDACTED, personal_mask, scrub, scrub_series, stored_names
from planning.survey.responses_file import (
    RESPONSES_FILE,
    already_present,
    append_responses,
    existing_keys,
    seen_under_other_source,
)
from planning.workspace.readers.rejected_rows import REASON_FIELDS, REASON_KEY, REJECTED_DIR
from planning.workspace.schemas import VILLAGES, responses_spec
from planning.workspace.settings import load_settings

BOOL_COLUMNS = ("volunteer", "contact_requested", "quote_publishable")


@dataclass
class Prepared:
    """An export mapped and validated in memory; nothing written yet."""

    export: Export
    canonical: pd.DataFrame  # canonical columns as text, one row per export row
    reason_code: pd.Series  # None where the row is usable
    #: why a row cannot be used, a catalogue key with its fields (Said); None where usable
    reason: pd.Series
    pii: pd.DataFrame
    ignored: list[str]
    source: str
    pseudonymised: int = 0
    pii_headers: tuple[str, ...] = ()
    #: respondent ids made from the row's content (the export had none of its own)
    hashed_ids: bool = False
    #: the workspace's language: the rejected-rows file is written in it
    lang: str = "nl"


def _choose_mapping(file: Path, mapping: Path | str | None, canonical: list[str]) -> Mapping | None:
    if mapping is not None:
        return load_mapping(Path(mapping), canonical)
    found = find_mapping(file)
    return load_mapping(found, canonical) if found else None


def prepare(
    workspace_path: Path,
    file: Path,
    mapping: Path | str | Mapping | None = None,
    sheet: str | None = None,
    salt: str | Callable[[], str] | None = None,
    known_names: Callable[[], list[str]] | None = None,
) -> Prepared:
    """Read, map and validate an export in memory (``import_survey`` without the writes).

    ``known_names``: the follow-up store's names (of every village), kept out of free text.
    """
    root = Path(workspace_path)
    settings = load_settings(root / "workspace.toml")
    themes = list(settings.themes)
    spec = responses_spec(themes)
    canonical_names = [c.name for c in spec.columns] + list(INPUT_ONLY)
    chosen = (
        mapping if isinstance(mapping, Mapping) else _choose_mapping(file, mapping, canonical_names)
    )
    known = {normalize_header(h) for h in (chosen.columns.values() if chosen else [])}
    known |= set(spec.header_map())
    sheet = sheet or (chosen.options.get("sheet") if chosen else None)
    export = read_export(file, known, sheet)
    headers = export.headers
    if chosen is None:
        chosen = implicit_mapping(headers, spec.header_map())
        if "village_id" not in chosen.columns:
            raise SurveyImportError(key="survey.no_mapping", file=file.name)

    used: dict[str, str] = {}
    for target, wanted in [
        *chosen.columns.items(),
        *(("pii." + k, h) for k, h in chosen.pii.items()),
    ]:
        header = resolve_header(wanted, headers)
        if header is None:
            taken = {
                h
                for w in [*chosen.columns.values(), *chosen.pii.values()]
                if w != wanted and (h := resolve_header(w, headers))
            }
            near = closest_header(wanted, headers, taken)
            key = "survey.column_not_found_near" if near else "survey.column_not_found"
            raise SurveyImportError(
                key=key,
                file=file.name,
                wanted=wanted,
                target=target,
                mapping=chosen.name,
                near=near,
            )
        used[target] = header
    ignored = [h for h in headers if h not in set(used.values())]

    frame = export.frame
    n = len(frame)
    source = str(chosen.constants.get("source") or chosen.options.get("source") or file.name)
    out = pd.DataFrame(index=frame.index)
    code = pd.Series(None, index=frame.index, dtype=object)
    text = pd.Series(None, index=frame.index, dtype=object)

    def flag(reasons: pd.Series, reason_code: str) -> None:
        bad = reasons.notna()
        if not bad.any():
            return
        bad &= code.isna()
        code[bad] = reason_code
        text[bad] = reasons[bad]

    def column(name: str) -> pd.Series:
        if name in used:
            values = frame[used[name]]
            table = chosen.value_table(name)
            return v.recode(values, table) if table else values
        if name in chosen.constants:
            return pd.Series([str(chosen.constants[name])] * n, index=frame.index, dtype=object)
        return pd.Series([None] * n, index=frame.index, dtype=object)

    def everywhere(said: Said) -> pd.Series:
        return pd.Series([said] * n, index=frame.index, dtype=object)

    if export.complete is not None and chosen.options.get("incomplete", "reject") == "reject":
        incomplete = Said("survey.reason.incomplete")
        flag(everywhere(incomplete).where(~export.complete.astype(bool)), "incomplete")

    # respondent id: given, else a stable hash of the row's mapped content
    rid = v.text_values(column("respondent_id"))
    if "respondent_id" not in used and "respondent_id" not in chosen.constants:
        content = frame[list(dict.fromkeys(used.values()))] if used else frame
        hashed = pd.util.hash_pandas_object(content.astype(str), index=False)
        base = hashed.map(lambda h: "r-" + hashlib.sha1(f"{source}:{h}".encode()).hexdigest()[:12])
        occurrence = base.groupby(base).cumcount()
        rid = base.where(occurrence == 0, base + "-" + (occurrence + 1).astype(str))
    personal = personal_mask(rid)
    pseudonymised = int(personal.sum())
    if pseudonymised:
        if salt is None:
            raise SurveyImportError(key="survey.ids_personal", file=file.name)
        salt_value = salt() if callable(salt) else salt
        rid[personal] = rid[personal].map(lambda x: pseudonym(x, salt_value))
    flag(
        everywhere(Said("survey.reason.no_respondent_id")).where(rid.isna()),
        "missing_respondent_id",
    )
    out["respondent_id"] = rid

    villages = _villages(root)
    values, reasons = v.clean_village(column("village_id"), villages)
    no_village = everywhere(Said("survey.reason.no_village"))
    flag(reasons.where(reasons.notna() | values.notna(), no_village), "unknown_village")
    out["village_id"] = values
    values, reasons = v.clean_channel(column("channel"))
    no_channel = everywhere(Said("survey.reason.no_channel"))
    flag(reasons.where(reasons.notna() | values.notna(), no_channel), "invalid_channel")
    out["channel"] = values
    values, reasons = v.clean_date(column("collected_on"))
    flag(reasons, "invalid_date")
    out["collected_on"] = values
    if "round" in used or "round" in chosen.constants:  # a named round; else the year collected
        out["round"] = v.text_values(column("round"))
    values, reasons = v.clean_age(column("age_band"))
    if "birth_year" in used or "birth_year" in chosen.constants:
        born, born_reasons = v.ages_from_birth_years(column("birth_year"), out["collected_on"])
        use_born = values.isna() & reasons.isna()
        values, reasons = values.where(~use_born, born), reasons.where(~use_born, born_reasons)
    flag(reasons, "invalid_age_band")
    out["age_band"] = values
    for theme in themes:
        name = f"importance_{theme}"
        values, reasons = v.clean_importance(column(name), name)
        flag(reasons, "importance_out_of_range")
        out[name] = values
    lexicon = lexicon_for(settings)
    names = _row_names(frame, used)
    # the store's names and this export's own (the respondent's among them): a text must
    # not name anyone who gave their name, in whatever village
    not_to_name = list(known_names()) if known_names is not None else []
    not_to_name += [] if names is None else sorted(set(names.dropna()))
    for horizon_col in HORIZON_COLUMNS.values():
        texts = scrub_series(v.text_values(column(horizon_col)), not_to_name)
        out[horizon_col] = texts
        given = v.text_values(column(f"{horizon_col}_themes"))
        coded = code_series(texts, lexicon) if texts.notna().any() else given
        out[f"{horizon_col}_themes"] = given.where(given.notna(), coded)
    for name in BOOL_COLUMNS:
        values, reasons = v.clean_bool(column(name), name)
        flag(reasons, "invalid_value")
        out[name] = values
    out["source"] = source
    out = out[[c for c in [col.name for col in spec.columns] if c in out.columns]]

    # duplicates inside this export: the second and later rows are quarantined
    usable = code.isna()
    dup = out["respondent_id"].duplicated(keep="first") & usable & out["respondent_id"].notna()
    flag(everywhere(Said("survey.reason.duplicate")).where(dup), "duplicate_respondent")

    pii = pd.DataFrame(index=frame.index)
    for name in PII_FIELDS:
        key = "pii." + name
        pii[name] = v.text_values(frame[used[key]]) if key in used else None
    if pseudonymised:
        # an id that was an e-mail address or phone number is personal data: keep it there
        raw_ids = v.text_values(column("respondent_id"))[personal]
        is_mail = raw_ids.str.contains("@", regex=False)
        for name, mask in (("email", is_mail), ("phone", ~is_mail)):
            fill = pii[name].isna() & personal
            fill[fill] = mask.reindex(fill.index[fill]).fillna(False).to_numpy()
            pii.loc[fill, name] = raw_ids[fill[fill].index]
    pii_headers = tuple(h for k, h in used.items() if k.startswith("pii."))
    text = text.map(_scrubbed, na_action="ignore")
    hashed_ids = "respondent_id" not in used and "respondent_id" not in chosen.constants
    return Prepared(
        export, out, code, text, pii, ignored, source, pseudonymised, pii_headers, hashed_ids,
        settings.lang,
    )  # fmt: skip


def _scrubbed(reason: Said) -> Said:
    """A reason without personal data: a cell quoted in it may hold a phone number."""
    return Said(reason.key, {k: scrub(v) for k, v in reason.fields.items()})


def _row_names(frame: pd.DataFrame, used: dict[str, str]) -> pd.Series | None:
    """The respondent's own name per row, when the export has one, to keep it out of text."""
    if "pii.name" not in used:
        return None
    names = v.text_values(frame[used["pii.name"]])
    return names if names.notna().any() else None


def _private_copy(prep: Prepared, rows: pd.Series) -> pd.DataFrame:
    """The export's rows for the rejected-rows file, without personal data.

    The [pii] columns are blanked and contact details in any other cell are
    replaced by ``REDACTED``: staff correct the row in their original export.
    """
    bad = prep.export.frame.loc[rows]
    columns = {}
    for column in bad.columns:
        values = bad[column]
        if column in prep.pii_headers:
            values = values.where(values.isna(), REDACTED)
        elif values.dtype == object:
            values = scrub_series(values)
        columns[column] = values
    return pd.DataFrame(columns, index=bad.index)


def _villages(root: Path) -> pd.DataFrame:
    """village_id and name from villages.csv/.xlsx (aliases allowed), without full validation."""
    found = find_table(root, "villages")
    if found is None:
        raise SurveyImportError(key="survey.no_villages", folder=str(root))
    header_map = VILLAGES.header_map()
    raw = read_raw(found, set(header_map)).frame
    raw = raw.rename(columns={c: header_map.get(normalize_header(c), c) for c in raw.columns})
    if not {"village_id", "name"} <= set(raw.columns):
        raise SurveyImportError(key="survey.village_columns", file=found.name)
    frame = raw[["village_id", "name"]].astype(object)
    frame = frame.where(frame.notna(), None)
    return frame[frame["village_id"].notna()].map(lambda x: str(x).strip())


def import_survey(
    workspace_path: Path | str,
    file: Path | str,
    mapping: Path | str | None = None,
    sheet: str | None = None,
) -> ImportResult:
    """Import one export into the workspace; see the module docstring for the guarantees."""
    root = Path(workspace_path)
    file = Path(file)
    if not (root / "workspace.toml").is_file():
        raise SurveyImportError(key="survey.no_workspace", folder=str(root))
    if (root / "survey" / "responses.xlsx").is_file() and not (root / RESPONSES_FILE).is_file():
        raise SurveyImportError(key="survey.responses_xlsx")
    prep = prepare(
        root, file, mapping, sheet, salt=lambda: _store_salt(root),
        known_names=lambda: stored_names(root),
    )  # fmt: skip
    keys = existing_keys(root)
    out, code = prep.canonical, prep.reason_code
    usable = code.isna()
    already = already_present(out, keys) & usable
    # the same export saved again under another name ('export (1).csv'): its rows are
    # recognised by their contents, not counted twice
    already |= seen_under_other_source(root, out, usable & ~already, prep.hashed_ids)
    accept = usable & ~already
    rejected = ~usable

    result = ImportResult(
        file=file.name,
        source=prep.source,
        kind=prep.export.kind,
        mapping=_mapping_name(file, mapping),
        rows=len(out),
        accepted=int(accept.sum()),
        rejected=int(rejected.sum()),
        already_imported=int(already.sum()),
        reasons={str(k): int(n) for k, n in code[rejected].value_counts().sort_index().items()},
        ignored_columns=prep.ignored,
        pseudonymised=prep.pseudonymised,
    )

    # 1. personal data -> follow-up store (usable rows only), one transaction
    has_pii = prep.pii.notna().any(axis=1)
    wants = out["contact_requested"].eq("ja")
    contact_rows = usable & (has_pii | wants)
    if contact_rows.any() and has_pii.any():
        picked = out.loc[contact_rows, ["respondent_id", "village_id"]].join(prep.pii)
        picked["source"] = prep.source
        picked["contact_requested"] = wants[contact_rows]
        # the column names are text; pandas-stubs types a record's keys as Hashable
        records = cast(
            "list[dict[str, Any]]",
            picked.astype(object).where(picked.notna(), None).to_dict("records"),
        )
        store = open_store(root)
        try:
            with store.transaction() as conn:
                result.contacts = upsert_contacts(conn, records)
        finally:
            store.dispose()

    # 2. quarantine: the export's own rows, whole, with the reason
    target = root / REJECTED_DIR / f"{file.stem}.csv"
    if rejected.any():
        bad = _private_copy(prep, rejected)
        reasons = prep.reason[rejected]
        # the reason in the workspace's language for staff who open the file, and as its
        # catalogue key and fields, so `planning check` says it in the language it speaks
        bad.insert(0, "reason", reasons.map(lambda said: said.text_in(prep.lang)))
        bad.insert(0, "reason_code", code[rejected])
        bad.insert(0, "row", bad.index)
        bad[REASON_KEY] = reasons.map(lambda said: said.key)
        bad[REASON_FIELDS] = reasons.map(lambda said: json.dumps(said.fields, ensure_ascii=False))
        # in the input's dialect, so the program that saved it opens it in columns; a
        # workbook or SPSS file gets ';', the separator Dutch Excel expects
        sep = prep.export.delimiter or ";"
        text = bad.to_csv(index=False, sep=sep, lineterminator="\r\n")
        write_atomic(target, text.encode("utf-8-sig"))
        result.rejected_file = str(target.relative_to(root))
    elif target.is_file():
        target.unlink()

    # 3. accepted rows appended to responses.csv
    new = out.loc[accept]
    if len(new):
        append_responses(root, new)
    result.coding = coding_report(new) if len(new) else coding_report(out.loc[usable])
    return result


def _mapping_name(file: Path, mapping: Path | str | None) -> str | Said:
    if mapping is not None:
        return Path(mapping).name
    found = find_mapping(file)
    return found.name if found else HEADERS_ONLY


def _store_salt(root: Path) -> str:
    """The store's pseudonym salt; the store is only opened when an id looks personal."""

    store = open_store(root)
    try:
        return salt(store)
    finally:
        store.dispose()
