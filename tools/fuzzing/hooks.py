"""Schemathesis hooks of the API fuzzer (e2e/src/security/api-fuzzing.integration-spec.ts).

What a valid value is where JSON Schema can only give the shape: the OpenAPI documents name
those domain rules as formats (libs/runtime/src/openapi/complete-openapi-document.ts,
DOMAIN_FORMATS), and this file generates values that pass them, so "valid by the spec" means
valid by the validators too. It also hands each operation a staff token of a role it allows.

Environment (set by the spec):
  TONGBAN_FUZZ_COUNTIES  JSON file: every county code of GB/T 2260 the domain knows
  TONGBAN_FUZZ_TOKENS    JSON object: staff role -> bearer token of the node under test
"""

import json
import os
from datetime import date, timedelta

import schemathesis
from hypothesis import strategies as st

COUNTIES = json.load(open(os.environ["TONGBAN_FUZZ_COUNTIES"], encoding="utf8"))
TOKENS = json.loads(os.environ["TONGBAN_FUZZ_TOKENS"])

# GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CHECK = "10X98765432"


def _with_check_character(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS))
    return first17 + _CHECK[total % 11]


county_codes = st.sampled_from(COUNTIES)
# Born between 1930 and two years ago: a real date, never in the future.
birth_dates = st.integers(min_value=0, max_value=(date.today() - date(1930, 1, 1)).days - 730).map(
    lambda days: (date(1930, 1, 1) + timedelta(days=days)).strftime("%Y%m%d")
)
resident_ids = st.builds(
    lambda region, born, sequence: _with_check_character(f"{region}{born}{sequence:03d}"),
    county_codes,
    birth_dates,
    st.integers(min_value=0, max_value=999),
)
# The resident ID, the category digit (1-7), the level digit (1-4), B1, B2 ... after a loss.
certificate_numbers = st.builds(
    lambda resident, category, level, reissue: f"{resident}{category}{level}"
    + (f"B{reissue}" if reissue else ""),
    resident_ids,
    st.integers(min_value=1, max_value=7),
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=0, max_value=3),
)

schemathesis.openapi.format("gb2260-county", county_codes)
schemathesis.openapi.format("cn-resident-id", resident_ids)
schemathesis.openapi.format("cn-disability-certificate-number", certificate_numbers)


@schemathesis.hook
def map_query(context, query):
    """The rules between two query fields, which JSON Schema cannot say of parameters."""
    if isinstance(query, dict):
        # A range's end may not come before its start (monitor: IsNotBefore).
        start, end = query.get("from"), query.get("to")
        if isinstance(start, str) and isinstance(end, str) and end < start:
            query["from"], query["to"] = end, start
        # GET /old-cards: dueBy lists cards still HELD, so it never goes with status=DESTROYED.
        if query.get("status") == "DESTROYED":
            query.pop("dueBy", None)
    return query


def _role_for(operation) -> str:
    """A role the operation allows (x-tongban-roles); a supervisor where any role may."""
    roles = operation.definition.raw.get("x-tongban-roles")
    if not roles:
        return "SUPERVISOR" if "SUPERVISOR" in TOKENS else next(iter(TOKENS))
    for role in roles:
        if role in TOKENS:
            return role
    # A supervisor acts wherever a clerk does (libs/auth staff-role.ts).
    if "CLERK" in roles and "SUPERVISOR" in TOKENS:
        return "SUPERVISOR"
    raise RuntimeError(f"no token for any of {roles} ({operation.label})")


@schemathesis.auth(cache_by_key=lambda case, context: case.operation.label)
class StaffToken:
    """The bearer token of a staff member of the node's county, on staff operations only."""

    def get(self, case, context):
        operation = case.operation
        if operation.definition.raw.get("security") == []:
            return None
        return TOKENS[_role_for(operation)]

    def set(self, case, data, context):
        if data is None:
            return
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}
