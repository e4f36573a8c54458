"""The words of the planning cycle: plans recorded in the store, what became of the previous
plan, and the council's overview of every kern (part of the one catalogue, merged into
planning.i18n.catalogue.CATALOGUE; kept apart so that file stays short)."""

from __future__ import annotations

CYCLE_WORDS: dict[str, tuple[str, str]] = {
    # -- states of an action or commitment ------------------------------------------------
    "state.done": ("uitgevoerd", "done"),
    "state.running": ("loopt", "running"),
    "state.stopped": ("gestopt", "stopped"),
    "state.not_started": ("niet begonnen", "not started"),
    "state.unknown": ("niet vastgelegd", "not recorded"),
    # -- plan records -----------------------------------------------------------------------
    "plan.state_unknown": (
        "'{state}' is geen stand; kies uit: {known}",
        "'{state}' is not a state; choose from: {known}",
    ),
    "plan.unknown_action": (
        "dorpsplan {number} van {village} heeft geen actie '{item}'; de acties zijn: {known}",
        "village plan {number} of {village} has no action '{item}'; its actions are: {known}",
    ),
    "plan.unknown_commitment": (
        "dorpsplan {number} van {village} heeft geen afspraak '{item}'; de afspraken zijn: {known}",
        "village plan {number} of {village} has no commitment '{item}'; its commitments are: "
        "{known}",
    ),
    "plan.none_recorded": (
        "van {village} is nog geen dorpsplan vastgelegd; maak het eerst met: planning export "
        "--village {village}",
        "no village plan of {village} has been recorded yet; make one first with: planning "
        "export --village {village}",
    ),
    "plan.unknown_number": (
        "{village} heeft geen dorpsplan {number}; de vastgelegde plannen toont: planning plan "
        "list --village {village}",
        "{village} has no village plan {number}; the recorded plans are shown by: planning plan "
        "list --village {village}",
    ),
    "plan.seed_unknown_village": (
        "kern '{village}' staat niet in villages.csv",
        "village '{village}' is not in villages.csv",
    ),
    # -- the section of a later plan ------------------------------------------------------------
    "sec.earlier": (
        "Wat is er terechtgekomen van het vorige plan",
        "What became of the previous plan",
    ),
    "earlier.intro": (
        "Dit plan volgt op dorpsplan {number} van {date}: scenario '{scenario}' (versie "
        "{version}), enquêteronde {round}, bevolking volgens {source}. Hieronder staat per "
        "actie en afspraak van dat plan hoe het ermee staat, zoals de gemeente het heeft "
        "vastgelegd, en hoe de indicatoren sindsdien bewogen.",
        "This plan follows village plan {number} of {date}: scenario '{scenario}' (version "
        "{version}), survey round {round}, population from {source}. Below, for each action "
        "and commitment of that plan, is how it stands as the municipality recorded it, and "
        "how the indicators moved since.",
    ),
    "earlier.generated": (
        "Het vorige plan en de vastgelegde standen zijn voor de demo gegenereerd; het zijn "
        "geen echte gegevens.",
        "The previous plan and its recorded states were generated for the demo; they are "
        "not real data.",
    ),
    "earlier.items": ("Acties en afspraken", "Actions and commitments"),
    "earlier.no_items": (
        "Het vorige plan had geen acties of afspraken.",
        "The previous plan had no actions or commitments.",
    ),
    "earlier.counts": (
        "Van de {total} acties en afspraken: {done} uitgevoerd, {running} lopen nog, "
        "{stopped} gestopt, {not_started} niet begonnen, {unknown} zonder vastgelegde stand.",
        "Of the {total} actions and commitments: {done} done, {running} still running, "
        "{stopped} stopped, {not_started} not started, {unknown} without a recorded state.",
    ),
    "earlier.kind.action": ("actie", "action"),
    "earlier.kind.commitment": ("afspraak", "commitment"),
    "earlier.col.kind": ("soort", "kind"),
    "earlier.col.what": ("wat", "what"),
    "earlier.col.partner": ("trekker", "lead"),
    "earlier.col.period": ("periode", "period"),
    "earlier.col.state": ("stand", "state"),
    "earlier.col.indicator": ("indicator", "indicator"),
    "earlier.col.then": ("toen", "then"),
    "earlier.col.now": ("nu", "now"),
    "earlier.col.target": ("doel", "target"),
    "earlier.col.moved": ("richting", "direction"),
    "earlier.col.theme": ("thema", "theme"),
    "earlier.col.horizon": ("termijn", "horizon"),
    "earlier.col.change": ("verschil", "change"),
    "earlier.col.verdict": ("oordeel", "verdict"),
    "earlier.indicators": ("Indicatoren sinds {date}", "Indicators since {date}"),
    "earlier.no_observations": (
        "Voor deze kern zijn sinds {date} geen waarnemingen vastgelegd.",
        "No observations have been recorded for this village since {date}.",
    ),
    "earlier.towards": ("naar het doel toe", "towards the target"),
    "earlier.away": ("van het doel af", "away from the target"),
    "earlier.same": ("onveranderd", "unchanged"),
    "earlier.needs": (
        "Behoeften die tussen de enquêterondes veranderden",
        "Needs that changed between survey rounds",
    ),
    # -- the command --------------------------------------------------------------------------
    "help.plan": (
        "vastgelegde dorpsplannen en de stand van hun acties en afspraken",
        "recorded village plans and the state of their actions and commitments",
    ),
    "help.plan.state": (
        "leg de stand van een actie of afspraak vast (uitgevoerd, loopt, gestopt, niet begonnen)",
        "record the state of an action or commitment (done, running, stopped, not started)",
    ),
    "help.plan.list": (
        "toon de vastgelegde dorpsplannen met hun acties, afspraken en standen",
        "show the recorded village plans with their actions, commitments and states",
    ),
    "help.plan.village": ("de kern (village_id)", "the village (village_id)"),
    "help.plan.action": ("de titel van de actie", "the action's title"),
    "help.plan.commitment": ("het nummer van de afspraak (commitment_id)", "the commitment's id"),
    "help.plan.state_value": (
        "uitgevoerd (done), loopt (running), gestopt (stopped) of niet-begonnen (not_started)",
        "done, running, stopped or not_started (Dutch words are understood too)",
    ),
    "help.plan.number": (
        "welk dorpsplan (standaard het nieuwste)",
        "which village plan (default: the newest)",
    ),
    "help.plan.note": ("een korte toelichting", "a short note"),
    "help.export.since": (
        "het eerdere dorpsplan waarover dit plan rapporteert (nummer; standaard het vorige)",
        "the earlier village plan this plan reports on (number; default: the previous one)",
    ),
    "cli.plan.recorded": (
        "Stand vastgelegd: {kind} '{item}' van dorpsplan {number} ({village}) is nu: {state}",
        "State recorded: {kind} '{item}' of village plan {number} ({village}) is now: {state}",
    ),
    "cli.plan.none": (
        "Nog geen dorpsplannen vastgelegd.",
        "No village plans recorded yet.",
    ),
    "cli.plan.header": (
        "Dorpsplan {number} van {village}, {date}: scenario '{scenario}' (versie {version}), "
        "enquêteronde {round}{generated}",
        "Village plan {number} of {village}, {date}: scenario '{scenario}' (version "
        "{version}), survey round {round}{generated}",
    ),
    "cli.plan.generated": (" (gegenereerd voor de demo)", " (generated for the demo)"),
}
