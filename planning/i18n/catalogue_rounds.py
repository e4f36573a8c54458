"""The words of survey rounds and their comparison (``planning needs --compare``, notebook 02,
the plan's section "Wat is er veranderd sinds de vorige peiling"); merged into
planning.i18n.catalogue.CATALOGUE.
"""

from __future__ import annotations

ROUND_WORDS: dict[str, tuple[str, str]] = {
    "help.compare": (
        "twee peilingen naast elkaar: verandering per thema en termijn, met oordeel",
        "two survey rounds side by side: change per theme and horizon, with a verdict",
    ),
    "cli.compare.village": (
        "--compare vergelijkt de peilingen van één kern: geef --village ID",
        "--compare compares the rounds of one village: give --village ID",
    ),
    "rounds.round": ("peiling", "round"),
    "rounds.unnamed": ("zonder datum", "undated"),
    "rounds.verdict.larger": ("verschil groter dan de foutmarge", "change larger than the margin"),
    "rounds.verdict.within": ("binnen de foutmarge", "within the margin"),
    "rounds.verdict.too_few": ("te weinig antwoorden", "too few answers"),
    "rounds.change": ("verandering", "change"),
    "rounds.change_points": ("verandering (procentpunt)", "change (percentage points)"),
    "rounds.verdict": ("oordeel", "verdict"),
    "rounds.share_in": ("aandeel {round}", "share {round}"),
    "rounds.n_eff_in": ("effectieve n {round}", "effective n {round}"),
    "rounds.points_short": ("{sign}{value} %-punt", "{sign}{value} pts"),
    "rounds.heading": (
        "{name}: peiling {earlier} en {later} vergeleken (respondenten: {n_earlier} en {n_later})",
        "{name}: rounds {earlier} and {later} compared (respondents: {n_earlier} and {n_later})",
    ),
    "rounds.test": (
        "Toets: verschil van twee aandelen (z-toets op de effectieve steekproefomvang na weging, "
        "95%). Groter dan de foutmarge: |z| boven 1,96. Minder dan 5 respondenten in een peiling, "
        "of minder dan 5 die het thema noemen: niet gepubliceerd (te weinig antwoorden). Beide peilingen zijn gewogen naar "
        "dezelfde inwonersaantallen.",
        "Test: difference of two shares (z-test on the effective sample size after weighting, "
        "95%). Larger than the margin: |z| above 1.96. Fewer than 5 respondents in a round, or "
        "fewer than 5 naming the theme: not published (too few answers). Both rounds are weighted to the same "
        "population figures.",
    ),
    "rounds.indicative": (
        "Een peiling heeft minder dan 30 respondenten: de cijfers zijn indicatief.",
        "A round has fewer than 30 respondents: the figures are indicative.",
    ),
    "rounds.one_round": (
        "{name} heeft één peiling ({round}); vergelijken kan pas na een tweede peiling. Een "
        "peiling is het jaar van invullen (collected_on) of de kolom round in "
        "survey/responses.csv.",
        "{name} has one survey round ({round}); a comparison needs a second round. A round is "
        "the year answered (collected_on) or the column round in survey/responses.csv.",
    ),
    "rounds.no_round": (
        "{name} heeft nog geen enquête-antwoorden; vergelijken kan pas na twee peilingen.",
        "{name} has no survey answers yet; a comparison needs two rounds.",
    ),
    "rounds.unassigned": (
        "{count} antwoorden zonder datum en zonder peiling tellen in geen van beide peilingen mee "
        "(vul collected_on of round in).",
        "{count} answers without date or round count in neither round (fill in collected_on or "
        "round).",
    ),
    "rounds.latest_note": (
        "De behoeften komen uit de laatste peiling ({round}).",
        "The needs come from the latest round ({round}).",
    ),
    # the plan's section and the notebook's view
    "rounds.sheet": ("Veranderd sinds vorige peiling", "Change since previous round"),
    "rounds.no_chart": (
        "Geen grafiek: de kern heeft nog geen twee peilingen.",
        "No chart: the village does not have two survey rounds yet.",
    ),
    "rounds.chart_caption": (
        "* verschil groter dan de foutmarge",
        "* change larger than the margin",
    ),
    "sec.round_change": (
        "Wat is er veranderd sinds de vorige peiling",
        "What changed since the previous survey round",
    ),
    "rounds.section_intro": (
        "{name} is twee keer gepeild: in {earlier} ({n_earlier} respondenten) en in {later} "
        "({n_later} respondenten). Per thema en termijn het gewogen aandeel dat het thema noemt, "
        "de verandering en of die groter is dan de foutmarge.",
        "{name} was surveyed twice: in {earlier} ({n_earlier} respondents) and in {later} "
        "({n_later} respondents). Per theme and horizon the weighted share naming the theme, "
        "the change and whether it is larger than the margin.",
    ),
    "rounds.horizon_years": ("{h} jaar", "{h} years"),
    "chart.round_change": (
        "Noemt het thema, over {h} jaar",
        "Naming the theme, in {h} years",
    ),
    "chart.round_change_none": (
        "Geen thema met genoeg antwoorden in beide peilingen",
        "No theme with enough answers in both rounds",
    ),
}
