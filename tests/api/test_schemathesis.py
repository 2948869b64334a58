"""Property test of the whole API against its own OpenAPI document (schemathesis).

Generated requests, valid and not, must never get a 500, and every answer must match the
status codes, content types and schemas the document declares.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from dateline.api import Settings, create_app
from tests.browse_store import build_store

pytestmark = pytest.mark.slow
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_schemathesis_every_operation_conforms(tmp_path: Path) -> None:
    app = create_app(Settings(db=str(build_store(tmp_path / "small.db"))))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: dict[str, str] = {}
    tested = []
    for result in schema.get_all_operations():
        operation = result.ok()
        tested.append(operation.label)

        @given(case=operation.as_strategy())
        @settings(max_examples=80, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate(checks=CHECKS)

        try:
            run()
        except Exception as error:  # collect every operation's failure, then report them all
            failures[operation.label] = f"{type(error).__name__}: {error}"[:2000]
    assert len(tested) >= 12, tested
    assert not failures, "\n\n".join(f"{label}\n{text}" for label, text in failures.items())
