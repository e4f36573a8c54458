"""Shared test helpers: a tiny workspace, access fixtures, report fixtures, a browser and a
PostgreSQL server that the tests start themselves."""
