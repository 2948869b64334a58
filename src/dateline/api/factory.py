"""An app factory for uvicorn's import string (``--workers`` > 1 starts it in each process).

The settings travel in environment variables that ``dateline serve`` sets for its workers.
"""

from __future__ import annotations

import json
import os

from fastapi import FastAPI

from .app import TOKEN_ENV, Settings, create_app, settle_heap

DB_ENV = "DATELINE_SERVE_DB"
HOSTS_ENV = "DATELINE_SERVE_HOSTS"


def settings_to_env(settings: Settings) -> dict[str, str]:
    env = {DB_ENV: settings.db, HOSTS_ENV: json.dumps(settings.allowed_hosts)}
    if settings.token is not None:
        env[TOKEN_ENV] = settings.token
    return env


def app() -> FastAPI:
    hosts = json.loads(os.environ.get(HOSTS_ENV, "null"))
    token = os.environ.get(TOKEN_ENV) or None
    made = create_app(Settings(db=os.environ[DB_ENV], token=token,
                               allowed_hosts=tuple(hosts) if hosts is not None else None))
    settle_heap()
    return made
