"""Property-based tests from the committed OpenAPI description (schemathesis): requests generated
for every operation, sent to a real server thread (pytest-django's live_server) with a
read-and-write token; no answer may be a 500 or break the description (status code, content
type, headers, body schema). Bounded examples per operation keep it fast."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from django.conf import settings as django_settings
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from qms.models import Membership, Role
from tests.api.conftest import add_action, investigate_to_acting, make_token, report
from tests.factories import make_tree, make_user

schema = schemathesis.openapi.from_path(Path(django_settings.BASE_DIR) / "api" / "openapi.yaml")

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_server(live_server, transactional_db, settings):
    """A server with a little data and a write token of a chef with confidential access."""
    settings.API_RATE_LIMIT = 100_000
    tree = make_tree()
    chef = make_user(tree.elderly, Role.MANAGER)
    Membership.objects.filter(user=chef).update(sensitive_access=True)
    staff = make_user(tree.solgarden, Role.STAFF)
    from tests.deviations.conftest import Cast

    cast = Cast(tree, staff, chef, chef, chef, chef, staff, chef, chef)
    deviation = report(cast)
    investigate_to_acting(deviation, chef)
    add_action(deviation, chef)
    report(cast, is_confidential=True)
    _token, secret = make_token(chef, scope="write")
    return live_server.url, {"Authorization": f"Bearer {secret}"}


EXAMPLES = settings(
    max_examples=12,
    # Generated requests only: schemathesis's explicit "coverage" cases (every boundary of every
    # field) are thousands of requests, minutes on this machine.
    phases=[Phase.generate],
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)


def test_api_against_its_description(api_server):
    """Every operation of the description in one server session (one database set-up)."""
    base_url, headers = api_server
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @EXAMPLES
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate(base_url=base_url, headers=headers, checks=CHECKS)

        check()


def test_api_stateful_sequences(api_server):
    """Sequences of calls that follow the links schemathesis infers from the description (an
    id a list or a create returns, used by the detail and step operations): no 500, no answer
    that breaks the description, whatever came before."""
    base_url, headers = api_server
    workflow = schema.as_state_machine()
    links = sum(len(t.incoming) for t in workflow._transitions.operations.values())
    assert links >= 10, "few links inferred: the stateful test would test little"

    class Workflow(workflow):
        def get_call_kwargs(self, case):
            return {"base_url": base_url, "headers": headers}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Workflow.run(
        settings=settings(
            max_examples=8,
            stateful_step_count=6,
            phases=[Phase.generate],
            deadline=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
    )
