"""Hostile values for every field of a form, posted the way a browser or a script would
(issue 13: no input may make the product answer 500).

A fixed list, not random search: each form gets the same dozen submissions every run. Each
submission starts from sensible values (what the form shows, or a plausible value for the field's
type), so that the hostile value in it reaches as far as it can: through validation into the save
and onto the next page."""

from __future__ import annotations

import datetime
import random
import string
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from qms.submissions import FIELD as TOKEN_FIELD
from qms.submissions import new_token
from tests.urlwalk import Form, Input

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
MEGABYTE = 1024 * 1024
# Random letters do not compress: a long value stays long in an index (PostgreSQL's limit is
# about 2,700 bytes per btree entry) or a column.
_random = random.Random(13)
LONG = "".join(_random.choices(string.ascii_letters + string.digits + "åäö ", k=MEGABYTE))
TEXT_KINDS = {"text", "textarea", "search", "email", "url", "tel", "password", "hidden"}
NUMBER_KINDS = {"number", "range"}
DATE_KINDS = {"date", "datetime-local", "month", "week", "time"}


@dataclass
class File:
    name: str
    content: bytes
    content_type: str = "application/pdf"


Value = str | File
Body = list[tuple[str, Value]]


def sensible(item: Input) -> list[Value]:
    """What a person filling in the form might send for this field."""
    kind = item.kind
    if item.name == TOKEN_FIELD:
        return [new_token()]
    if kind == "file":
        return [File("underlag.pdf", PDF)]
    if kind == "checkbox":
        return [item.value or "on"] if item.checked else []
    if kind == "radio":
        return [item.value]
    if kind == "select":
        chosen = item.value or next((o for o in item.options if o), "")
        return [chosen] if chosen or not item.multiple else []
    if item.value:  # what the page filled in (hidden version fields, current values)
        return [item.value]
    today = datetime.date.today()
    return [
        {
            "email": "prov@example.se",
            "url": "https://example.se/",
            "password": "Prov-lösenord-4711",
            "number": "1",
            "range": "1",
            "date": today.isoformat(),
            "datetime-local": f"{today.isoformat()}T10:00",
            "time": "10:00",
            "month": today.strftime("%Y-%m"),
        }.get(kind, "Prov")
    ]


def _dates(item: Input, day: str) -> str:
    return {"datetime-local": f"{day}T23:59", "time": "23:59", "month": day[:7]}.get(item.kind, day)


# Each variant: a name and, per field, the values to send instead of the sensible ones (None:
# keep them). Fields are chosen by kind, so a new field of a known kind is covered too.
def _variants(form: Form) -> Iterator[tuple[str, dict[str, list[Value]]]]:
    fields = [f for f in form.fields().values() if f.name not in ("csrfmiddlewaretoken",)]
    own = [f for f in fields if f.name != TOKEN_FIELD]
    texts = [f for f in own if f.kind in TEXT_KINDS | {"select", "radio", "checkbox", "button"}]
    typed_texts = [f for f in own if f.kind in TEXT_KINDS - {"hidden"}]
    numbers = [f for f in own if f.kind in NUMBER_KINDS]
    dates = [f for f in own if f.kind in DATE_KINDS]
    files = [f for f in own if f.kind == "file"]
    choices = [f for f in own if f.kind in ("select", "radio", "checkbox")]

    yield "as filled in", {}
    yield "empty", {f.name: [""] for f in own}
    yield "nothing at all", {f.name: [] for f in own}
    yield "NUL byte", {f.name: ["a\x00b"] for f in texts + numbers + dates}
    yield "lone surrogate", {f.name: ["\ud800x\udfff"] for f in texts + numbers + dates}
    # 1 MB in the first typed field, 20 kB in the others (all of them together stay below
    # Django's 2.5 MB limit for form fields, which answers 400 on its own).
    if typed_texts:
        yield (
            "1 MB string",
            {f.name: [LONG if n == 0 else LONG[: 20 * 1024]] for n, f in enumerate(typed_texts)},
        )
    # Past 10^39, 2^31 and 2^63; below -2^31; not finite. Spread over the fields (field n gets
    # value n of the list), two submissions rather than one per value.
    if numbers or choices:
        huge = ["9" * 40, "2147483648", "9223372036854775808"]
        odd = ["-2147483649", "NaN", "inf", "1e308", "-1e308"]
        targets = numbers + choices
        yield "huge numbers", {f.name: [huge[n % 3]] for n, f in enumerate(targets)}
        yield (
            "negative and non-finite numbers",
            {f.name: [odd[n % 5]] for n, f in enumerate(targets)},
        )
    if dates:
        yield "date 0001-01-01", {f.name: [_dates(f, "0001-01-01")] for f in dates}
        yield "date 9999-12-31", {f.name: [_dates(f, "9999-12-31")] for f in dates}
        yield "date nonsense", {f.name: ["2026-02-30"] for f in dates}
    # Wrong types: two values where one is expected, words where numbers or dates are
    # expected, an id of nothing where a choice is expected.
    yield (
        "wrong types",
        {
            f.name: ["igår", "1"]
            if f.kind in NUMBER_KINDS | DATE_KINDS
            else ["999999999", "abc"]
            if f.kind in ("select", "radio", "checkbox")
            else ["ett", "två"]
            for f in own
            if f.kind != "file"
        },
    )
    if files:
        yield "21 files", {f.name: [File(f"fil-{n}.pdf", PDF) for n in range(21)] for f in files}
        yield "0-byte files", {f.name: [File("tom.pdf", b""), File("", b"")] for f in files}
        yield "300-character file name", {f.name: [File("å" * 300 + ".pdf", PDF)] for f in files}


# What another step or transition of a view already posted with every variant gets: the same
# fields reach the same form class, so only what depends on the object's state is sent again.
REPEAT_VARIANTS = ("as filled in", "empty", "wrong types")


def submissions(form: Form, only: tuple[str, ...] | None = None) -> Iterator[tuple[str, Body]]:
    for variant, replaced in _variants(form):
        if only is not None and variant not in only:
            continue
        body: Body = []
        for item in form.fields().values():
            values = replaced.get(item.name)
            if values is None:
                values = sensible(item)
            body.extend((item.name, value) for value in values)
        yield variant, body


def encode(body: Body, multipart: bool) -> tuple[bytes, str]:
    """The request body as a browser would send it: UTF-8, and a lone surrogate as the bytes
    it would be (invalid UTF-8, which the server must cope with)."""

    def raw(text: str) -> bytes:
        return text.encode("utf-8", "surrogatepass")

    if not multipart:
        pairs = [
            f"{quote(raw(name))}={quote(raw(value if isinstance(value, str) else value.name))}"
            for name, value in body
        ]
        return "&".join(pairs).encode(), "application/x-www-form-urlencoded"
    boundary = "----hostile4711"
    parts = []
    for name, value in body:
        if isinstance(value, File):
            head = (
                f'Content-Disposition: form-data; name="{name}"; filename="{value.name}"\r\n'
                f"Content-Type: {value.content_type}\r\n\r\n"
            )
            parts.append(raw(f"--{boundary}\r\n{head}") + value.content + b"\r\n")
        else:
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            parts.append(raw(head) + raw(value) + b"\r\n")
    parts.append(raw(f"--{boundary}--\r\n"))
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def where(error: BaseException) -> str:
    """The error and the innermost line of the product's own code it came from."""
    frames = [
        f
        for f in traceback.extract_tb(error.__traceback__)
        if "/site-packages/" not in f.filename and "/tests/" not in f.filename
    ]
    place = (
        f" at {'/'.join(frames[-1].filename.split('/')[-2:])}:{frames[-1].lineno}" if frames else ""
    )
    return f"{type(error).__name__}: {str(error)[:200]}{place}"


# Forms whose submission may end the session (sign out, a new password, a new key).
SESSION_ENDING = ("/konto/",)


def post_hostile(
    client, form: Form, relogin, statuses: dict | None = None, only: tuple[str, ...] | None = None
) -> list[str]:
    """Every submission of the form (or the variants `only`); what answered 500 (or raised),
    with the variant. The status of each submission goes into `statuses` by (action, variant)."""
    failures = []
    statuses = {} if statuses is None else statuses
    relogin()
    for variant, body in submissions(form, only):
        if form.action.startswith(SESSION_ENDING):
            relogin()
        data, content_type = encode(body, form.multipart)
        label = f"POST {form.action} ({variant})"
        try:
            response = client.post(form.action, data=data, content_type=content_type)
            statuses[form.action, variant] = response.status_code
            if response.status_code >= 500:
                failures.append(f"{label}: {response.status_code}")
                continue
            location = (
                response.get("Location", "") if response.status_code in (301, 302, 303) else ""
            )
            target = urlsplit(location)
            if location and not target.netloc and target.path.startswith("/"):
                label = f"GET {location} after {label}"
                if client.get(location).status_code >= 500:
                    failures.append(f"{label}: 500")
        except Exception as error:
            failures.append(f"{label}: {where(error)}")
    return failures
