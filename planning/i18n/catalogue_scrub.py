"""What stands where personal data was removed from free text, and the name of each kind
(part of the one catalogue, merged into planning.i18n.catalogue.CATALOGUE). The placeholders
are read by planning.survey.scrubber; the kind names by a screen that shows what is removed.
"""

from __future__ import annotations

SCRUB_WORDS: dict[str, tuple[str, str]] = {
    # -- placeholders in a published text ----------------------------------------------------
    "scrub.name": ("[naam]", "[name]"),
    "scrub.phone": ("[telefoon]", "[phone]"),
    "scrub.email": ("[e-mail]", "[e-mail]"),
    "scrub.address": ("[adres]", "[address]"),
    "scrub.postcode": ("[postcode]", "[postcode]"),
    "scrub.birth_date": ("[geboortedatum]", "[date of birth]"),
    "scrub.bsn": ("[BSN]", "[citizen service number]"),
    "scrub.iban": ("[rekeningnummer]", "[bank account]"),
    "scrub.plate": ("[kenteken]", "[licence plate]"),
    # -- the kinds by name (a review screen, the privacy bench) --------------------------------
    "scrub.kind.name": ("naam", "name"),
    "scrub.kind.phone": ("telefoonnummer", "phone number"),
    "scrub.kind.email": ("e-mailadres", "e-mail address"),
    "scrub.kind.address": ("adres", "address"),
    "scrub.kind.postcode": ("postcode", "postcode"),
    "scrub.kind.birth_date": ("geboortedatum", "date of birth"),
    "scrub.kind.bsn": ("burgerservicenummer", "citizen service number"),
    "scrub.kind.iban": ("rekeningnummer", "bank account number"),
    "scrub.kind.plate": ("kenteken", "licence plate"),
}
