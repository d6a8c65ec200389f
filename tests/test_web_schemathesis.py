"""Property-based API run: schemathesis against the OpenAPI description, no server errors."""
from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from rasd.web.app import create_app  # noqa: E402
from web_fixtures import make_store  # noqa: E402


def _app():
    import tempfile
    from pathlib import Path

    db = make_store(Path(tempfile.mkdtemp(prefix="rasd-st-")) / "s.db")
    return create_app(str(db))


schema = schemathesis.openapi.from_asgi("/api/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails(case) -> None:
    response = case.call()
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert set(response.json()) == {"error"}
    case.validate_response(response)
