from ..pg import any_db, pg_url  # noqa: F401  (fixtures)
