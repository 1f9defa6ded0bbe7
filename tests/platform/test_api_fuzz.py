"""Property-based tests of the whole REST API from its own OpenAPI schema (schemathesis): whatever a client
sends — wrong types, huge numbers, NUL characters, strings for lists — no operation answers 500.

Each operation is called as the issuing city's staff and as a county's staff of the permission matrix's world.
Random ids would almost always miss, so a share of the examples put the ids of that world's real plans, tasks,
assignments, reports and documents into the path and the body: the handlers then run past their lookups.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_permission_matrix import world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db(transaction=True)

EXAMPLES = 20
# The world's objects behind each collection of the API, and behind the ids a request body names.
PATH_IDS = {"plans": ["plan"], "tasks": ["task"], "assignments": ["a1", "a2"], "reports": ["report"],
            "matches": ["match"], "recipients": ["recipient"], "documents": ["doc", "own1", "own2"],
            "organisations": ["k2"], "people": ["person"], "quotas": ["task"]}
BODY_IDS = {"document": ["doc", "own1", "own2"], "assignment": ["a1", "a2"]}


@pytest.fixture
def api_schema(world):  # noqa: F811
    from kexie.site.wsgi import application
    return schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture
def tokens(world):  # noqa: F811
    from rest_framework.authtoken.models import Token
    return [Token.objects.get_or_create(user=world.users[a])[0].key for a in ("issuer", "k2")]


def _aimed(case, ids, world):  # noqa: F811
    """The case with real ids where it names an id: in the path, and in a JSON or form body."""
    if ids is None:
        return case
    collection = case.path.strip("/").split("/")[1]
    if "id" in (case.path_parameters or {}) and collection in PATH_IDS:
        names = PATH_IDS[collection]
        case.path_parameters["id"] = world.ids[names[ids[0] % len(names)]]
    if isinstance(case.body, dict):
        for key, names in BODY_IDS.items():
            if key in case.body:
                case.body[key] = world.ids[names[ids[1] % len(names)]]
    return case


def test_no_request_makes_the_api_fail(api_schema, tokens, world):  # noqa: F811
    # Hypothesis drives each operation's strategy directly (schemathesis' pytest plugin is not needed).
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 30
    for operation in operations:
        aims = st.one_of(st.none(), st.tuples(st.integers(0, 5), st.integers(0, 5)))

        @given(case=operation.as_strategy(), ids=aims)
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case, ids):
            case = _aimed(case, ids, world)
            for token in tokens:
                response = case.call(headers={"Authorization": f"Token {token}"})
                assert response.status_code < 500, (
                    f"{case.method} {case.formatted_path} answered {response.status_code}: "
                    f"{response.text[:300]}\n{case.as_curl_command()}")
        call()
