"""Words of the projection's start and migration by age (issue 21): where the inhabitants
come from and on which date, and how migration is spread over the ages.

Part of the one catalogue: ``planning.i18n.catalogue`` merges them into CATALOGUE.
"""

from __future__ import annotations

PROJECTION_WORDS: dict[str, tuple[str, str]] = {
    # the line every page prints beside inhabitants (planning.analysis.population_base)
    "population.source.register": ("Bron: {source}, {date}", "Source: {source}, {date}"),
    "population.source.cbs": (
        "Bron: CBS, {date}, per postcodegebied",
        "Source: CBS, {date}, per postcode area",
    ),
    # a count with its year, everywhere a total is shown ("2.520 inwoners (2021)")
    "population.count_year": ("{count} inwoners ({year})", "{count} inhabitants ({year})"),
    "population.series.register": ("BRP {date}", "register {date}"),
    "cover.population": ("Inwoners", "Inhabitants"),
    "population.counted": ("geteld", "counted"),
    "eval.population_from": (
        "Inwoners vooruitgerekend vanaf de telling: {source}.",
        "Inhabitants projected from the count: {source}.",
    ),
    "sum.inhabitants_year": ("inwoners ({year})", "inhabitants ({year})"),
    "village.intro.source": (
        "{name} telde {inhabitants} inwoners ({year}). {source}.",
        "{name} had {inhabitants} inhabitants ({year}). {source}.",
    ),
    "village.table.source": (
        "Inwoners per leeftijdsgroep. {source}",
        "Inhabitants by age group. {source}",
    ),
    "source.migration_age": (
        "Trendbureau Drenthe, Meeste jongeren blijven in Drenthe wonen (27 oktober 2020): "
        "van de Drentse 17-jarigen van 2000 woonde 77% er op hun 22e en 92% op hun 37e",
        "Trendbureau Drenthe, Meeste jongeren blijven in Drenthe wonen (27 October 2020): "
        "of the Drenthe 17-year-olds of 2000, 77% lived there at 22 and 92% at 37",
    ),
    "method.migration_age": (
        "Migratie naar leeftijd: het saldo van elke kern wordt over de leeftijden verdeeld "
        "volgens het Drentse cohortpatroon: op 18 tot en met 22 jaar {young} per jaar, op 23 "
        "tot en met 37 jaar {settle} per jaar, bij de overige leeftijden geen afwijking; "
        "elk jaar verschoven zodat het totaal van de kern gelijk blijft aan het saldo van "
        "zijn gemeente. Bron: {source}.",
        "Migration by age: each village's net migration is spread over the ages by the "
        "Drenthe cohort pattern: at 18 to 22 years {young} a year, at 23 to 37 years "
        "{settle} a year, no deviation at other ages; shifted each year so that the "
        "village's total stays its municipality's net migration. Source: {source}.",
    ),
    "method.migration_own": (
        "Migratie in {village}: eigen verandering per leeftijdsklasse tussen de "
        "registertellingen van {first} en {second} (Hamilton–Perry: de tweede telling "
        "gedeeld door de eerste, verouderd met CBS-sterfte en -geboorte; per jaar), "
        "{young} per jaar bij 20–24 jaar, {total} per jaar over alle leeftijden.",
        "Migration in {village}: its own change per age band between the register counts "
        "of {first} and {second} (Hamilton–Perry: the second count divided by the first, "
        "aged with CBS deaths and births; per year), {young} a year at 20–24, {total} a "
        "year over all ages.",
    ),
    # assume.projection's {start} and {projected}
    "assume.start": ("de inwoners van {date} ({source})", "the inhabitants of {date} ({source})"),
    "assume.projected": (
        "; ook {base} is dus een prognose, geen telling",
        "; {base} is therefore a projection too, not a count",
    ),
    "assume.migration.register": (
        "Migratie: eigen migratie van de kern, gemeten in het register (zie hieronder).",
        "Migration: the village's own migration, measured in the register (see below).",
    ),
    "cli.population.origin.register": (
        "eigen migratie uit het register, {first} tot {second}",
        "own migration from the register, {first} to {second}",
    ),
    "cli.population.by_age": (
        "Migratie naar leeftijd: {how}.",
        "Migration by age: {how}.",
    ),
    "cli.population.by_age.schedule": (
        "Drents cohortpatroon (jongvolwassenen vertrekken)",
        "Drenthe cohort pattern (young adults leave)",
    ),
    "cli.population.by_age.own": (
        "eigen verandering per leeftijdsklasse (Hamilton–Perry)",
        "own change per age band (Hamilton–Perry)",
    ),
}
