"""Readers of the files other layers own that a workspace folder holds: matches, observations,
register deliveries, the base map. They stand on the workspace core (folder, schemas,
conversion) and never the other way round."""
