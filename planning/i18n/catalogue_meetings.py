"""The words of the session app: kinds of meeting, organisation and card (part of the one
catalogue, merged into planning.i18n.catalogue.CATALOGUE; kept apart so that file stays short).
"""

from __future__ import annotations

MEETING_WORDS: dict[str, tuple[str, str]] = {
    "session.working_group": ("werkgroep", "working group"),
    "session.sounding_board": ("klankbordgroep", "sounding board"),
    "org.residents": ("inwoners", "residents"),
    "org.club": ("verenigingen", "clubs and associations"),
    "org.welfare": ("welzijn", "welfare"),
    "org.care": ("zorg", "care"),
    "org.education": ("onderwijs", "education"),
    "org.ggd": ("GGD", "public health service (GGD)"),
    "org.sport": ("sport", "sport"),
    "org.social_team": ("sociaal team", "social team"),
    "org.mee": ("MEE", "MEE"),
    "org.church": ("kerken", "churches"),
    "org.municipality": ("gemeente", "municipality"),
    "org.other": ("overig", "other"),
    "card.good": ("goed", "works well"),
    "card.better": ("beter", "could be better"),
    # an action kind as the session app and the scenario editor offer it
    "session.akind.activity": ("activiteit", "activity"),
    "session.akind.place": ("plek", "place"),
    "session.akind.adaptation": ("aanpassing", "adaptation"),
    "session.akind.partnership": ("samenwerking", "partnership"),
    "session.akind.outreach": ("erop-af-aanpak", "outreach"),
}
