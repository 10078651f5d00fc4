"""The client address behind a real nginx, configured exactly as docs/operations.md shows.

gunicorn serves the app (PROXY_COUNT=1) and nginx runs in front of it with the location block of
docs/proxy/nginx-location.conf, only its upstream address changed. Clients connect from
different loopback addresses (127.0.0.2, 127.0.0.3, …), so nginx sees different clients, and
write what they like into X-Forwarded-For themselves.
"""

from __future__ import annotations

import getpass
import http.client
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from deviations.models import Feedback, PublicActivity
from qms.models import Role, User
from tests.conftest import BASE_DIR, test_database_url
from tests.factories import PASSWORD, make_tree, make_user
from tests.qms.test_operations import free_port

pytestmark = pytest.mark.skipif(not shutil.which("nginx"), reason="Debian package nginx")

SNIPPET = BASE_DIR / "docs" / "proxy" / "nginx-location.conf"
DOCUMENTED_UPSTREAM = "proxy_pass http://127.0.0.1:8000;"


def test_operations_guide_shows_the_configuration_this_test_runs():
    guide = (BASE_DIR / "docs" / "operations.md").read_text()
    snippet = SNIPPET.read_text()
    assert DOCUMENTED_UPSTREAM in snippet
    indented = "".join(f"   {line}".rstrip() + "\n" for line in snippet.splitlines())
    assert f"   ```nginx\n{indented}   ```" in guide, "docs/operations.md must quote the snippet"


def wait_until_answering(port: int, process: subprocess.Popen, log: Path) -> None:
    """Until the server answers a request (gunicorn binds before its worker has loaded the app)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(log.read_text())
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no answer on {port}:\n{log.read_text()}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def servers(django_db_setup, tmp_path_factory):
    """gunicorn with PROXY_COUNT=1 behind nginx, on the test database, shared by this module's
    tests (each test's rows are its own: transactional_db empties the tables after it).
    Yields (nginx's port, gunicorn's port)."""
    tmp_path = tmp_path_factory.mktemp("behind-nginx")
    (tmp_path / "mail").mkdir()
    app_port, proxy_port = free_port(), free_port()
    app_log = tmp_path / "gunicorn.log"
    env = {
        **os.environ,
        "DATABASE_URL": test_database_url(),
        "DATABASE_POOL": "0",
        "EMAIL_URL": f"filemail://{tmp_path / 'mail'}",
        "PROXY_COUNT": "1",
        # As in production (docker-compose.yml): the proxy's X-Forwarded-Proto is trusted.
        "BEHIND_TLS_PROXY": "1",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "qms.wsgi", "--bind", f"127.0.0.1:{app_port}"],
        cwd=BASE_DIR,
        env=env,
        stdout=app_log.open("w"),
        stderr=subprocess.STDOUT,
    )
    location = SNIPPET.read_text().replace(
        DOCUMENTED_UPSTREAM, f"proxy_pass http://127.0.0.1:{app_port};"
    )
    (tmp_path / "qms-location.conf").write_text(location)
    temp = {name: tmp_path / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    # As root, nginx's workers would run as nobody, who cannot enter pytest's private tmp_path.
    user = f"user {getpass.getuser()};" if os.geteuid() == 0 else ""
    (tmp_path / "nginx.conf").write_text(
        f"""{user}
worker_processes 1;
daemon off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/nginx-error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    server {{
        listen 127.0.0.1:{proxy_port};
        include {tmp_path}/qms-location.conf;
    }}
}}
"""
    )
    proxy_log = tmp_path / "nginx.log"
    proxy = subprocess.Popen(
        ["nginx", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
        stdout=proxy_log.open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_answering(app_port, app, app_log)
        wait_until_answering(proxy_port, proxy, proxy_log)
        yield proxy_port, app_port
    finally:
        stop(proxy)
        stop(app)


@pytest.fixture
def proxied(servers) -> int:
    return servers[0]


class Client:
    """A browser on its own loopback address: cookies, CSRF token, and a header it may forge."""

    def __init__(self, port: int, address: str):
        self.port, self.address = port, address
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None, forwarded: str = ""):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=30, source_address=(self.address, 0)
        )
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if forwarded:
            headers["X-Forwarded-For"] = forwarded
        body = None
        if form is not None:
            # What a browser sends with a form posted on an HTTPS page of ours (nginx passes the
            # Host without a port, and tells the app the request came over HTTPS).
            headers["Origin"] = "https://127.0.0.1"
            headers["Referer"] = f"https://127.0.0.1{path}"
            form = {**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        response.body = response.read().decode()
        connection.close()
        return response

    def post(self, path: str, form: dict, forwarded: str = ""):
        self.request("GET", path)  # the form page: sets the CSRF cookie
        return self.request("POST", path, form, forwarded)


def test_server_header_names_no_software(servers):
    proxy_port, app_port = servers
    direct = Client(app_port, "127.0.0.2").request("GET", "/healthz")
    assert direct.status == 200
    assert "gunicorn" not in direct.getheader("Server", "").lower()
    assert "geolocation=()" in direct.getheader("Permissions-Policy")
    proxied = Client(proxy_port, "127.0.0.2").request("GET", "/healthz")
    assert proxied.getheader("Server") == "nginx"  # server_tokens off: no version


@pytest.mark.usefixtures("transactional_db")
def test_login_lockout_keys_on_the_address_nginx_saw(proxied):
    tree = make_tree()
    # Hashed as production does: the server process does not know the tests' fast hasher.
    user = make_user(tree.solgarden, Role.STAFF, username="david")
    pbkdf2 = PBKDF2PasswordHasher()
    hashed = pbkdf2.encode(PASSWORD, pbkdf2.salt(), iterations=1000)
    User.objects.filter(pk=user.pk).update(password=hashed)
    attacker = Client(proxied, "127.0.0.2")
    login = "/konto/login/"
    for n in range(settings.AXES_FAILURE_LIMIT):
        # A different made-up address in front each time, and once none at all.
        forged = f"198.51.100.{n}" if n else ""
        attacker.post(login, {"login": "david", "password": "fel"}, forwarded=forged)
    # A single-entry header (nginx's own) yields the real address, not an empty one.
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.2"}
    locked = attacker.post(
        login, {"login": "david", "password": PASSWORD}, forwarded="198.51.100.1, 203.0.113.50"
    )
    assert locked.status == 429
    # Another client, with the right password, is not locked out by the attacker's tries.
    colleague = Client(proxied, "127.0.0.3")
    assert colleague.post(login, {"login": "david", "password": PASSWORD}).status == 302


@pytest.mark.usefixtures("transactional_db")
def test_public_form_limit_holds_per_client_whatever_the_header_says(proxied):
    tree = make_tree()
    activity = PublicActivity.objects.create(unit=tree.solgarden, public_name="Solgården")
    form = {"kind": "complaint", "activity": activity.pk, "text": "Maten var kall igen."}
    citizen = Client(proxied, "127.0.0.4")
    limit = 5
    answers = [
        citizen.post("/synpunkter/", form, forwarded=f"198.51.100.{n}").status
        for n in range(limit + 1)
    ]
    assert answers == [302] * limit + [429]
    # The next citizen has a bucket of their own.
    neighbour = Client(proxied, "127.0.0.5")
    assert neighbour.post("/synpunkter/", form).status == 302
    assert Feedback.objects.count() == limit + 1
