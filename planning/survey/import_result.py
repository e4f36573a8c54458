"""What one survey import did: counts, reasons for rejected rows, the --json contract.

Kept apart from the import itself so that the command line and notebooks can
read a result without the import's machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: reason code of a rejected row -> the Dutch words staff read in the rejected file
REASONS: dict[str, str] = {
    "missing_respondent_id": "respondent-id ontbreekt",
    "unknown_village": "onbekende kern",
    "invalid_channel": "onbekend kanaal",
    "invalid_date": "onleesbare datum",
    "invalid_age_band": "onbekende leeftijd",
    "importance_out_of_range": "belang buiten 1-5",
    "invalid_value": "ongeldige waarde",
    "incomplete": "onvolledig ingevuld",
    "duplicate_respondent": "dubbele respondent",
}


@dataclass
class ImportResult:
    """What one import did; ``to_json`` is the contract of ``planning survey import --json``."""

    file: str
    source: str
    kind: str
    mapping: str
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

    def to_json(self) -> dict[str, Any]:
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
            "mapping": self.mapping,
            "rejected_file": self.rejected_file,
            "contacts": self.contacts,
            "pseudonymised": self.pseudonymised,
            "coding": self.coding,
        }
