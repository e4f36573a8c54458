"""What one survey import did: counts, reasons for rejected rows, the --json contract.

Kept apart from the import itself so that the command line and notebooks can
read a result without the import's machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planning.errors import Said
from planning.workspace.readers.rejected_rows import reason_code_key

#: reason code of a rejected row -> the catalogue key of its short label (planning.i18n)
REASONS: dict[str, str] = {
    code: reason_code_key(code)
    for code in (
        "missing_respondent_id",
        "unknown_village",
        "invalid_channel",
        "invalid_date",
        "invalid_age_band",
        "importance_out_of_range",
        "invalid_value",
        "incomplete",
        "duplicate_respondent",
    )
}


@dataclass
class ImportResult:
    """What one import did; ``to_json`` is the contract of ``planning survey import --json``."""

    file: str
    source: str
    kind: str
    #: the mapping file's name, or the phrase for the export's own headers
    mapping: str | Said
    rows: int = 0
    accepted: int = 0
    rejected: int = 0
    already_imported: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    rejected_file: str | None = None
    contacts: int = 0
    pseudonymised: int = 0
    coding: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0

    def mapping_in(self, lang: str = "nl") -> str:
        return self.mapping if isinstance(self.mapping, str) else self.mapping.text_in(lang)

    def to_json(self, lang: str = "nl") -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "rejected": self.rejected,
            "reasons": dict(self.reasons),
            "ignored_columns": list(self.ignored_columns),
            "already_imported": self.already_imported,
            "rows": self.rows,
            "file": self.file,
            "source": self.source,
            "format": self.kind,
            "mapping": self.mapping_in(lang),
            "rejected_file": self.rejected_file,
            "contacts": self.contacts,
            "pseudonymised": self.pseudonymised,
            "coding": self.coding,
        }
