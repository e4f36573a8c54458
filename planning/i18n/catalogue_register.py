"""The words of the municipality's own register (BRP): ``planning population import``, its
refusals, and what ``planning new`` says about kernen and postcode areas (issue 21).
Part of the one catalogue (merged into planning.i18n.catalogue.CATALOGUE)."""

from __future__ import annotations

REGISTER_WORDS: dict[str, tuple[str, str]] = {
    "table.population_register": (
        "inwoners per kern, leeftijdsklasse en peildatum uit het eigen register (BRP)",
        "inhabitants per village, age band and reference date from the municipality's register (BRP)",
    ),
    # -- refusals: file, row and the column as written are in the Problem around these ------
    "register.refused": (
        "{file}: niet ingelezen, er is niets veranderd ({count} problemen):",
        "{file}: not imported, nothing was changed ({count} problems):",
    ),
    "register.mapping_unreadable": (
        "koppelbestand {file} is niet leesbaar: {why}",
        "mapping file {file} cannot be read: {why}",
    ),
    "register.mapping_key": (
        "onbekende sleutel; bekend zijn: {known} (bedoelt u: {near})",
        "unknown key; known are: {known} (did you mean: {near})",
    ),
    "register.mapping_section": (
        "onbekend onderdeel; verwacht [columns] en [options]",
        "unknown section; expected [columns] and [options]",
    ),
    "register.mapped_missing": (
        "het koppelbestand noemt deze kolom, maar het bestand heeft hem niet (bedoelt u: {near})",
        "the mapping file names this column, but the file does not have it (did you mean: {near})",
    ),
    "register.no_place": (
        "geen kolom met de plaats: verwacht woonplaats, kern, buurtcode of postcode "
        "(of noem de kolom in een koppelbestand)",
        "no column with the place: expected woonplaats (residence), kern (village), buurt code "
        "or postcode (or name the column in a mapping file)",
    ),
    "register.no_age": (
        "geen kolom met de leeftijd: verwacht leeftijd, leeftijdsklasse of geboortejaar "
        "(of noem de kolom in een koppelbestand)",
        "no column with the age: expected leeftijd (age), leeftijdsklasse (age band) or "
        "geboortejaar (birth year) (or name the column in a mapping file)",
    ),
    "register.no_count": (
        "geen kolom met aantallen: verwacht aantal of inwoners, of de kolommen man en vrouw",
        "no column with counts: expected aantal (count) or inwoners (inhabitants), or the "
        "columns man and vrouw (men and women)",
    ),
    "register.no_peildatum": (
        "geen peildatum gevonden: niet in een titelregel ('Peildatum: 1 januari 2025') en niet "
        "als kolom; geef hem op met --peildatum 2025-01-01",
        "no peildatum (reference date) found: not in a title line ('Peildatum: 1 januari "
        "2025') nor as a column; give it with --peildatum 2025-01-01",
    ),
    "register.bad_peildatum_option": (
        "'{value}' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2025-01-01",
        "'{value}' is no date; write yyyy-mm-dd, for example 2025-01-01",
    ),
    "register.no_place_cell": (
        "de plaats ontbreekt (ook in de rijen erboven)",
        "the place is missing (also in the rows above)",
    ),
    "register.bad_date": (
        "verwacht een datum (dd-mm-jjjj of jjjj-mm-dd)",
        "expected a date (dd-mm-yyyy or yyyy-mm-dd)",
    ),
    "register.bad_age": (
        "verwacht een leeftijd (0 tot 120) of een leeftijdsklasse als '0 t/m 4', '65-74', '75+'",
        "expected an age (0 to 120) or an age band such as '0 t/m 4', '65-74', '75+'",
    ),
    "register.bad_birth_year": (
        "verwacht een geboortejaar niet na de peildatum",
        "expected a birth year not after the peildatum",
    ),
    "register.bad_count": (
        "verwacht een aantal: een heel getal van 0 of meer",
        "expected a count: a whole number of 0 or more",
    ),
    "register.negative": (
        "een aantal inwoners kan niet negatief zijn",
        "a number of inhabitants cannot be negative",
    ),
    "register.total_mismatch": (
        "de totaalrij klopt niet met de rijen erboven (som: {expected}); is het bestand compleet?",
        "the total row does not match the rows above it (sum: {expected}); is the file complete?",
    ),
    "register.no_rows": (
        "geen rijen met aantallen gevonden onder de kopregel",
        "no rows with counts found below the header",
    ),
    "register.unknown_place": (
        "'{place}' is geen kern van de werkmap{hint}; voeg hem toe met --kernen-toevoegen "
        "(--add-villages) of zet de naam in villages.csv (kolom woonplaatsen)",
        "'{place}' is no village of the workspace{hint}; add it with --add-villages "
        "(--kernen-toevoegen) or put the name in villages.csv (column woonplaatsen)",
    ),
    "register.unknown_code": (
        "'{place}' hoort bij geen kern{hint}; zet de code in villages.csv (kolom postcodes of "
        "buurten) bij de kern waar hij hoort",
        "'{place}' belongs to no village{hint}; put the code in villages.csv (column postcodes "
        "or buurten) beside the village it belongs to",
    ),
    "register.unknown_place_added": (
        "'{place}' is geen kern van de werkmap{hint} Zo'n naam wordt niet als nieuwe kern "
        "toegevoegd: schrijf hem zoals de kern heet, of zet hem in villages.csv (kolom "
        "woonplaatsen of een eigen rij)",
        "'{place}' is no village of the workspace{hint} Such a name is not added as a new "
        "village: write it as the village is called, or put it in villages.csv (column "
        "woonplaatsen or a row of its own)",
    ),
    "register.did_you_mean": ("; bedoelt u '{near}'?", "; did you mean '{near}'?"),
    "register.villages_not_csv": (
        "{file} is geen CSV; voeg de kernen {names} zelf toe en lees het register opnieuw in",
        "{file} is not a CSV; add the villages {names} yourself and import the register again",
    ),
    "register.own_file_bad": (
        "{file} heeft problemen (zie planning check); herstel die eerst",
        "{file} has problems (see planning check); fix those first",
    ),
    "register.default_source": ("BRP gemeente {municipality}", "BRP gemeente {municipality}"),
    # -- what the import reports ------------------------------------------------------------
    "cli.register.took": (
        "{file}: {villages} kernen, {inhabitants} inwoners op {date} ({source}).",
        "{file}: {villages} villages, {inhabitants} inhabitants on {date} ({source}).",
    ),
    "cli.register.dates": (
        "Peildata in het bestand: {dates}.",
        "Peildata (reference dates) in the file: {dates}.",
    ),
    "cli.register.added": (
        "Nieuwe kernen (alleen het register kende ze): {names}.",
        "New villages (only the register knew them): {names}.",
    ),
    "cli.register.estimated": (
        "Ligging geschat (het midden van de gemeente) voor {names}: vul in villages.csv de juiste "
        "breedtegraad en lengtegraad in.",
        "Location estimated (the municipality's centre) for {names}: fill in the right latitude "
        "and longitude in villages.csv.",
    ),
    "cli.register.split": (
        "Aanname: de groepen {groups} zijn over leeftijdsklassen van vijf jaar verdeeld naar "
        "de leeftijdsopbouw van de kern volgens het CBS (1 januari 2021).",
        "Assumption: the groups {groups} were split into five-year bands by the village's age "
        "structure according to CBS (1 January 2021).",
    ),
    "cli.register.written": ("Geschreven: {files}.", "Written: {files}."),
    "cli.register.unchanged": (
        "Niets veranderd: deze cijfers stonden er al.",
        "Nothing changed: these figures were already there.",
    ),
    "cli.register.row": ("  {name:<22} {inhabitants:>8}", "  {name:<22} {inhabitants:>8}"),
    "cli.register.next": (
        "De prognose begint nu bij deze peildatum: planning population --workspace {folder}",
        "The projection now starts at this peildatum: planning population --workspace {folder}",
    ),
    # -- help -------------------------------------------------------------------------------
    "help.population.action": (
        "import: inwoners uit het eigen register (BRP) inlezen",
        "import: read inhabitants from the municipality's register (BRP)",
    ),
    "help.population.import": (
        "inwoners per kern en leeftijd uit het eigen register (BRP) inlezen, op een peildatum",
        "read inhabitants per village and age from the municipality's register (BRP), on a "
        "peildatum (reference date)",
    ),
    "help.population.file": (
        "het bestand van de BRP-balie (CSV of XLSX)",
        "the file from the BRP desk (CSV or XLSX)",
    ),
    "help.population.mapping": (
        'koppelbestand (TOML) dat de kolommen noemt: [columns] woonplaats = "Plaats"',
        'mapping file (TOML) naming the columns: [columns] woonplaats = "Plaats"',
    ),
    "help.population.add_villages": (
        "plaatsen die nog geen kern zijn als nieuwe kern toevoegen",
        "add places that are no village yet as new villages",
    ),
    "help.population.date_metavar": ("DATUM", "DATE"),
    "help.population.peildatum": (
        "de peildatum, als het bestand hem niet noemt (2025-01-01)",
        "the peildatum (reference date), when the file does not name it (2025-01-01)",
    ),
    # -- planning new: kernen are postcode areas ----------------------------------------------
    "new.postcode_areas": (
        "Let op: de kernen zijn postcodegebieden (vier cijfers). Een woonplaats of buurtschap "
        "zonder eigen postcode telt mee bij het gebied waarin hij ligt.",
        "Note: the villages are postcode areas (four digits). A residential place or hamlet "
        "without a postcode of its own is counted in the area it lies in.",
    ),
    "new.folded_places": (
        "Zonder eigen postcodegebied (meegeteld bij het gebied ernaast): {names}.",
        "Without a postcode area of their own (counted in the area beside them): {names}.",
    ),
    "new.register_hint": (
        "Eigen inwonertallen per kern uit de BRP inlezen: planning population import "
        "BESTAND --workspace {folder} --kernen-toevoegen",
        "Bring in your own inhabitants per village from the BRP: planning population import "
        "FILE --workspace {folder} --add-villages",
    ),
}
