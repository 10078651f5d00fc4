"""The SCIM 2.0 protocol (RFC 7643/7644) as far as this service speaks it: schema names, error
responses, the filter subset that provisioning clients send, PATCH paths, and the resources.

Entra ID's provisioning service sends `attr eq "value"` filters (joined with `and`), PATCH
operations named `Add`, `Replace` and `Remove` in any case, `"active": "False"` as a string,
and paths such as `emails[type eq "work"].value` and `members[value eq "…"]`; see
docs/operations.md for how to connect it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from django.http import HttpResponse

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
BULK_REQUEST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"
BULK_RESPONSE_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkResponse"
CONFIG_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
CONTENT_TYPE = "application/scim+json"

MAX_PAGE = 200  # a list never returns more than this many resources
MAX_BULK_OPERATIONS = 1000
MAX_BULK_PAYLOAD = 2_000_000  # below Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB)


class ScimError(Exception):
    """A refusal the client gets as a SCIM error response; the request changes nothing."""

    def __init__(self, status: int, detail: str, scim_type: str | None = None):
        super().__init__(detail)
        self.status, self.detail, self.scim_type = status, detail, scim_type

    def as_dict(self) -> dict:
        body = {"schemas": [ERROR_SCHEMA], "status": str(self.status), "detail": self.detail}
        if self.scim_type:
            body["scimType"] = self.scim_type
        return body

    def response(self) -> HttpResponse:
        response = scim_response(self.as_dict(), status=self.status)
        if self.status == 401:
            response["WWW-Authenticate"] = 'Bearer realm="SCIM"'
        return response


def scim_response(body: dict | None, status: int = 200) -> HttpResponse:
    if body is None:
        return HttpResponse(status=status)
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=CONTENT_TYPE
    )


def load_body(raw: bytes) -> dict:
    try:
        body = json.loads(raw or b"{}")
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ScimError(400, f"The body is not valid JSON: {error}", "invalidSyntax") from error
    if not isinstance(body, dict):
        raise ScimError(400, "The body must be a JSON object.", "invalidSyntax")
    return body


def as_bool(value) -> bool:
    """SCIM booleans; Entra ID sends `active` as the strings "True" and "False"."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ScimError(400, f"Expected a boolean, got {value!r}.", "invalidValue")


def as_text(value, attribute: str, max_length: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ScimError(400, f"{attribute} must be a string.", "invalidValue")
    value = value.strip()
    if len(value) > max_length:
        raise ScimError(400, f"{attribute} is longer than {max_length} characters.", "invalidValue")
    return value


# Filters ------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r'\s*(?:(?P<string>"(?:[^"\\]|\\.)*")|(?P<lparen>\()|(?P<rparen>\))|(?P<word>[^\s()"]+))'
)


@dataclass(frozen=True)
class Comparison:
    attribute: str  # lower-cased, without the core schema prefix
    value: object


def parse_filter(text: str) -> list[Comparison]:
    """`attr eq "value" [and attr eq "value" …]` → comparisons that must all hold.

    Only what provisioning clients send is accepted; anything else is a 400 invalidFilter, so a
    client never gets an unfiltered list it did not ask for."""
    tokens = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ScimError(400, f"Cannot parse the filter {text!r}.", "invalidFilter")
        tokens.append((match.lastgroup, match.group(match.lastgroup)))
        position = match.end()
    comparisons = []
    index = 0
    while True:
        if index + 3 > len(tokens):
            raise ScimError(400, f"Incomplete filter {text!r}.", "invalidFilter")
        (kind_a, attribute), (kind_op, op), (kind_v, raw) = tokens[index : index + 3]
        if kind_a != "word" or kind_op != "word" or op.lower() != "eq":
            raise ScimError(
                400,
                f"Only 'eq' comparisons joined by 'and' are supported: {text!r}.",
                "invalidFilter",
            )
        comparisons.append(Comparison(normalise_path(attribute), _filter_value(kind_v, raw)))
        index += 3
        if index == len(tokens):
            return comparisons
        if tokens[index][0] != "word" or tokens[index][1].lower() != "and":
            raise ScimError(
                400,
                f"Only 'eq' comparisons joined by 'and' are supported: {text!r}.",
                "invalidFilter",
            )
        index += 1


def _filter_value(kind: str, raw: str):
    if kind == "string":
        return json.loads(raw)
    if kind == "word":
        lowered = raw.lower()
        if lowered in ("true", "false"):
            return lowered == "true"
        if lowered == "null":
            return None
        if re.fullmatch(r"-?\d+", raw):
            return int(raw)
    raise ScimError(400, f"Cannot read the value {raw!r} in the filter.", "invalidFilter")


# Paths --------------------------------------------------------------------------------------

_CORE_PREFIXES = (USER_SCHEMA + ":", GROUP_SCHEMA + ":")


def normalise_path(path: str) -> str:
    """A PATCH path or filter attribute, lower-cased and without the core schema's URN prefix
    (`urn:…:core:2.0:User:name.givenName` → `name.givenname`). Extension attributes keep their
    URN (lower-cased)."""
    return _without_core_prefix(path).lower()


def _without_core_prefix(path: str) -> str:
    path = path.strip()
    for prefix in _CORE_PREFIXES:
        if path.lower().startswith(prefix.lower()):
            return path[len(prefix) :]
    return path


_VALUE_FILTER = re.compile(
    r'^(?P<attr>[\w.:-]+)\[\s*(?P<sub>\w+)\s+eq\s+(?P<value>"(?:[^"\\]|\\.)*"|\S+)\s*\](?:\.(?P<rest>\w+))?$',
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Path:
    attribute: str  # e.g. "emails", "members", "name.givenname", "active"
    filter_attribute: str | None = None  # "type" in emails[type eq "work"]
    filter_value: object = None
    sub_attribute: str | None = None  # "value" in emails[type eq "work"].value


def parse_path(path: str) -> Path:
    if not isinstance(path, str) or not path.strip():
        raise ScimError(400, "The path must be a non-empty string.", "invalidPath")
    path = _without_core_prefix(path)
    match = _VALUE_FILTER.match(path)
    if match is None:
        if "[" in path or "]" in path:
            raise ScimError(400, f"Cannot parse the path {path!r}.", "invalidPath")
        return Path(path.lower())
    raw = match.group("value")
    value = json.loads(raw) if raw.startswith('"') else raw
    rest = match.group("rest")
    return Path(
        match.group("attr").lower(),
        match.group("sub").lower(),
        value,
        rest.lower() if rest else None,
    )
