"""What drf-spectacular needs to describe our authentication classes in the OpenAPI document."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class SessionScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.SessionAuthentication"
    name = "session"

    def get_security_definition(self, auto_schema):
        return {"type": "apiKey", "in": "cookie", "name": "sessionid"}


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.TokenAuthentication"
    name = "token"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "Ett personligt token eller ett tjänstekontos token (qms_…).",
        }


ERROR_RESPONSES = {
    "400": "Ogiltiga uppgifter (fälten i errors).",
    "401": "Inga eller ogiltiga inloggningsuppgifter (okänt, spärrat eller utgånget token).",
    "403": "Tokenet får bara läsa, eller anroparen får inte göra detta.",
    "404": "Finns inte, eller ligger utanför det anroparen får se.",
    "413": "Förfrågan är större än vad som tas emot.",
    "429": "För många anrop; försök igen efter Retry-After sekunder.",
}


def add_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation may answer with the errors of
    `api.exceptions` in their one shape, so clients (and schemathesis) know them."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = {
        "type": "object",
        "properties": {
            "detail": {"type": "string"},
            "errors": {
                "type": "object",
                "additionalProperties": {
                    "oneOf": [
                        {"type": "array", "items": {}},
                        {"type": "object"},
                        {"type": "string"},
                    ]
                },
            },
        },
        "required": ["detail"],
    }
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status, description in ERROR_RESPONSES.items():
                responses.setdefault(
                    status,
                    {
                        "description": description,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    },
                )
    return result
