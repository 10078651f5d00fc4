"""Settings for the QMS, read from the environment.

Development values are set by `make run` (see qms/devenv.py); production must set at least
SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL, EMAIL_URL and BASE_URL.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
# A developer's checkout keeps its own values in .env.local (made by `make`, not in git).
# Variables set in the environment always win over the file.
environ.Env.read_env(BASE_DIR / ".env.local")

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY saknas. Sätt miljövariabeln SECRET_KEY till en lång slumpmässig sträng "
            "(till exempel: python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "eller DEBUG=1 för lokal utveckling."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
# Kubernetes probes and Prometheus reach a pod at its own address (deploy/helm sets POD_IP).
if env.str("POD_IP", default=""):
    ALLOWED_HOSTS.append(env.str("POD_IP"))
BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[BASE_URL])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # allauth's list of security keys uses its naturaltime filter.
    "django.contrib.humanize",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "template_partials",
    "treebeard",
    "pgtrigger",
    "pghistory",
    "rules",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "allauth.mfa",
    "axes",
    "csp",
    "django_celery_beat",
    "django_prometheus",
    "qms",
    "identity",
    "provisioning",
    "deviations",
    # Before audits: the audit demo links to the certificates' events (audits reads them).
    "certifications",
    "audits",
    # Organisation and legacy-register imports: writes into qms and deviations only.
    "imports",
    # Reads from every other app, and none of them imports it.
    "reviews",
    # Records management reads every app's records through qms.recordtypes.
    "records",
    # The REST API (/api/v1/): reads and writes through the modules' querysets and services.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "api",
]

MIDDLEWARE = [
    # First: the request's frames in one chunk of Python's frame stack (qms/stack.py; a case page
    # otherwise mapped and unmapped thousands of chunks).
    "qms.stack.StackRoomMiddleware",
    # Every log line of the request carries its id (qms.observability).
    "qms.observability.RequestIdMiddleware",
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "qms.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "qms.history.HistoryMiddleware",
    # Admins and coordinators who signed in with a password are sent to set up TOTP first.
    "identity.middleware.RequireLocalMFAMiddleware",
    # Last, so that it sees the outcome of the login view.
    "axes.middleware.AxesMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "qms.urls"
WSGI_APPLICATION = "qms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "qms.context_processors.navigation",
                "qms.context_processors.csp_nonce",
            ],
            # After Django's own: its `date` is the filter and its `url` the tag of every template
            # (the usual date formats written out in Python, URLs kept per view:
            # qms/templatetags/fast_dates.py and fast_url.py).
            "builtins": ["qms.templatetags.fast_dates", "qms.templatetags.fast_url"],
        },
    },
]
# Django's renderer, with its standard widget templates rendered in Python (the same HTML).
FORM_RENDERER = "qms.form_renderer.FastWidgetRenderer"

# Database: PostgreSQL only. `make run`/`make test` start an embedded server when unset.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/qms")
}
if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
    raise ImproperlyConfigured("DATABASE_URL måste peka på PostgreSQL.")
# Django's backend, failing fast during an outage (see qms/postgresql/base.py).
DATABASES["default"]["ENGINE"] = "qms.postgresql"
DATABASES["default"].setdefault("OPTIONS", {})
# Fail fast when the database is gone (issue 13 #5): a new connection gives up after libpq's
# shortest connect timeout, and a request waits at most DATABASE_POOL_TIMEOUT seconds for a
# pooled one, then gets the "tillfälligt ur funktion" page (503) instead of holding its worker.
DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", 2)
if env.bool("DATABASE_POOL", default=not DEBUG):
    DATABASES["default"]["OPTIONS"]["pool"] = {
        "min_size": 1,
        "max_size": 10,
        "timeout": env.float("DATABASE_POOL_TIMEOUT", default=2),
    }
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# No JIT compilation: the pages' queries are short, and PostgreSQL's cost estimate for a query
# over a million rows starts JIT compiling that alone takes longer than the query (issue 12:
# the audit programme went from 2.8 to 1.4 s without it). A DATABASE_URL may set its own.
_options = DATABASES["default"]["OPTIONS"].get("options", "")
if "jit" not in _options:
    _options = f"{_options} -c jit=off".strip()
# A random page read costs PostgreSQL little more than a sequential one when the pages are in
# memory or on SSD, as a QMS's working set is; its default (4, for spinning disks) made it
# walk a date index past 98,000 actions for a chef's 26 instead of reading their 199 by unit
# and owner and sorting them (issue 12: the chef's action register 52.7 ms against 1.7 ms, and
# it flipped between the two plans from run to run). A DATABASE_URL may set its own.
if "random_page_cost" not in _options:
    _options = f"{_options} -c random_page_cost=1.1"
DATABASES["default"]["OPTIONS"]["options"] = _options
DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME", default="test_qms")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "qms.User"
AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses locked-out credentials before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    # allauth's, reading the signed-in person with a statement written once (qms.auth).
    "qms.auth.AccountBackend",
    "rules.permissions.ObjectPermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "account_login"

# django-allauth: local accounts, SSO through the kommun's identity provider (identity/), MFA.
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_ADAPTER = "identity.adapters.AccountAdapter"
ACCOUNT_FORMS = {"login": "identity.forms.LoginForm"}
ACCOUNT_USER_DISPLAY = str  # "Sara Lindqvist", not the username
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
# A reset asked for an unknown address sends nothing (the page answers the same either way).
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
# Repeated failed logins are handled by django-axes below (one mechanism, one message).
ACCOUNT_RATE_LIMITS = {"login_failed": False}

# Sign-in through the kommun's identity provider (see README, "Inloggning"). Off until configured;
# secrets (client secret, SP private key) come from the environment only.
SOCIALACCOUNT_ADAPTER = "identity.adapters.SocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = True  # just-in-time accounts
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False  # never match a person on e-mail
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_ONLY = False
SSO_REQUIRE_MFA = env.bool("SSO_REQUIRE_MFA", default=True)
OIDC_PROVIDER_ID = env.str("OIDC_PROVIDER_ID", default="entra")
OIDC_SERVER_URL = env.str("OIDC_SERVER_URL", default="")
SAML_PROVIDER_ID = env.str("SAML_PROVIDER_ID", default="adfs")
SAML_IDP_ENTITY_ID = env.str("SAML_IDP_ENTITY_ID", default="")
SAML_IDP_METADATA_URL = env.str("SAML_IDP_METADATA_URL", default="")
_sp_key = env.str("SAML_SP_PRIVATE_KEY", default="")
# The SAML app's settings (allauth's keys plus ours: groups_attributes, mfa_authn_contexts).
SAML_APP_SETTINGS = {
    "idp": {
        "entity_id": SAML_IDP_ENTITY_ID,
        "metadata_url": SAML_IDP_METADATA_URL or None,
        "sso_url": env.str("SAML_IDP_SSO_URL", default=""),
        "slo_url": env.str("SAML_IDP_SLO_URL", default=""),
        "x509cert": env.str("SAML_IDP_X509CERT", default=""),
    },
    "sp": {
        "entity_id": env.str(
            "SAML_SP_ENTITY_ID", default=f"{BASE_URL}/konto/saml/{SAML_PROVIDER_ID}/metadata/"
        )
    },
    "advanced": {
        "want_assertion_signed": True,
        "reject_idp_initiated_sso": True,
        "x509cert": env.str("SAML_SP_X509CERT", default="") or None,
        "private_key": _sp_key or None,
        "authn_request_signed": bool(_sp_key),
        "logout_request_signed": bool(_sp_key),
        "name_id_format": "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    },
    "attribute_mapping": {
        "email": [
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            "urn:oid:0.9.2342.19200300.100.1.3",
        ],
        "first_name": [
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
            "urn:oid:2.5.4.42",
        ],
        "last_name": [
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
            "urn:oid:2.5.4.4",
        ],
        "title": ["title", "urn:oid:2.5.4.12"],
        "username": [
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
            "urn:oid:0.9.2342.19200300.100.1.1",
        ],
    },
    "groups_attributes": env.list(
        "SAML_GROUPS_ATTRIBUTES",
        default=[
            "http://schemas.xmlsoap.org/claims/Group",
            "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
            "urn:oid:1.3.6.1.4.1.5923.1.5.1.1",
        ],
    ),
    "mfa_authn_contexts": env.list(
        "SAML_MFA_AUTHN_CONTEXTS",
        default=[
            "http://schemas.microsoft.com/claims/multipleauthn",
            "https://refeds.org/profile/mfa",
            "http://id.elegnamnden.se/loa/1.0/loa3",
            "http://id.elegnamnden.se/loa/1.0/loa4",
        ],
    ),
}
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "provider_class": "identity.oidc.provider.KommunOIDCProvider",
        "OAUTH_PKCE_ENABLED": True,
        "APPS": []
        if not OIDC_SERVER_URL
        else [
            {
                "provider_id": OIDC_PROVIDER_ID,
                "name": env.str("OIDC_ACCOUNT_NAME", default=""),
                "client_id": env.str("OIDC_CLIENT_ID"),
                "secret": env.str("OIDC_CLIENT_SECRET"),
                "settings": {
                    "server_url": OIDC_SERVER_URL,
                    "uid_field": env.str("OIDC_UID_CLAIM", default="oid"),
                    "groups_claim": env.str("OIDC_GROUPS_CLAIM", default="groups"),
                    "tenant_id": env.str("OIDC_TENANT_ID", default=""),
                    "mfa_amr": env.list("OIDC_MFA_AMR", default=["mfa"]),
                    "mfa_acr": env.list("OIDC_MFA_ACR", default=[]),
                    "claims": {"title": env.str("OIDC_TITLE_CLAIM", default="jobTitle")},
                },
            }
        ],
    },
    "saml": {
        "provider_class": "identity.saml.provider.KommunSAMLProvider",
        "APPS": []
        if not (SAML_IDP_ENTITY_ID or SAML_IDP_METADATA_URL)
        else [
            {
                "provider_id": SAML_PROVIDER_ID,
                "client_id": SAML_PROVIDER_ID,  # the slug in /konto/saml/<slug>/…
                "name": env.str("SAML_ACCOUNT_NAME", default=""),
                "settings": SAML_APP_SETTINGS,
            }
        ],
    },
}
# Local passwords: on for everyone, or (off) only for the named break-glass administrators.
LOCAL_PASSWORD_LOGIN = env.bool("LOCAL_PASSWORD_LOGIN", default=True)
BREAK_GLASS_USERNAMES = [name.lower() for name in env.list("BREAK_GLASS_USERS", default=[])]
# Two-step verification (allauth.mfa) for local accounts: TOTP with recovery codes, required
# for administrators and coordinators who sign in with a password.
LOCAL_MFA_REQUIRED = env.bool("LOCAL_MFA_REQUIRED", default=True)
# Security keys and platform authenticators (WebAuthn) beside TOTP; browsers allow WebAuthn only
# over HTTPS (or http://localhost), so plain HTTP is accepted only where DEBUG is on.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_FORMS = {"add_webauthn": "identity.forms.AddSecurityKeyForm"}
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = env.bool("MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN", default=DEBUG)
MFA_TOTP_ISSUER = env.str("MFA_TOTP_ISSUER", default="Kvalitetsledning")
MFA_PASSKEY_LOGIN_ENABLED = False

# django-axes: lock a username+address pair after repeated failures.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "qms.auth.login_name"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/locked_out.html"
# Behind PROXY_COUNT reverse proxies, each appending to X-Forwarded-For, the client is the entry
# PROXY_COUNT hops from the right (qms.net.client_ip); the left part is the client's own writing.
PROXY_COUNT = env.int("PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "qms.net.client_ip"
AXES_VERBOSE = False

# Internationalisation: Swedish first, English through gettext.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Svenska")), ("en", _("Engelska"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Stockholm")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
MEDIA_URL = "/media-not-served/"  # uploads are served only through permission-checked views
MAX_UPLOAD_SIZE = env.int("MAX_UPLOAD_SIZE", default=20 * 1024 * 1024)  # bytes, per file

# SCIM provisioning stores the directory's externalId (Entra objectId) as the person's identity
# under this provider id: the same id the OIDC log-in uses, so both find the same account.
SCIM_IDENTITY_PROVIDER = env.str("SCIM_IDENTITY_PROVIDER", default=OIDC_PROVIDER_ID)
# Django must accept the request for us to refuse a too-big file with a message (the proxy in
# front should allow a little more than MAX_UPLOAD_SIZE × files).
DATA_UPLOAD_MAX_NUMBER_FILES = 20
# Imports (imports/): an organisation file or a legacy register, CSV or .xlsx.
# Records thinned per transaction in a gallring run (records.thinning): smaller batches hold
# their row locks for less time, larger ones finish sooner.
THINNING_BATCH = env.int("THINNING_BATCH", default=500)
# Cached figures (statistics dashboard, overview) that a change of a case or an action made old
# are computed afresh at most this often, in seconds (deviations.statistics.cached).
STATISTICS_REFRESH_SECONDS = env.int("STATISTICS_REFRESH_SECONDS", default=60)
if not 0 <= STATISTICS_REFRESH_SECONDS <= 300:  # the pages say "up to five minutes old"
    raise ImproperlyConfigured("STATISTICS_REFRESH_SECONDS måste vara mellan 0 och 300.")
IMPORT_MAX_UPLOAD_SIZE = env.int("IMPORT_MAX_UPLOAD_SIZE", default=100 * 1024 * 1024)  # bytes
IMPORT_MAX_ROWS = env.int("IMPORT_MAX_ROWS", default=200_000)  # rows of a legacy register
IMPORT_MAX_UNITS = env.int("IMPORT_MAX_UNITS", default=20_000)  # rows of an organisation file
# Large uploads are received into this folder (smaller ones in memory). A request killed while it
# receives one leaves its part here; beat's `sweep-upload-temp` removes what is over two hours old.
FILE_UPLOAD_TEMP_DIR = env.path("FILE_UPLOAD_TEMP_DIR", default=VAR_DIR / "tmp" / "uploads")
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "qms.uploads.DiskFullSafeUploadHandler",  # a full disk is a message on the form, not a 500
]
# manage.py backup/restore run pg_dump/pg_restore from here (empty: from PATH); they must be at
# least the database server's major version.
PG_BIN_DIR = env.str("PG_BIN_DIR", default="")
# Production: compressed, with a hash of the content in each name (browsers keep them for ever).
PRODUCTION_STATICFILES_BACKEND = "whitenoise.storage.CompressedManifestStaticFilesStorage"
# Stored files (qms.storage): an S3-compatible object store when S3_BUCKET is set, so that every
# web and worker node sees the same files; MEDIA_ROOT on the local disk otherwise (`make run`).
# Keys come from the environment only; without them boto3 asks the platform (a pod's role).
S3_BUCKET = env.str("S3_BUCKET", default="")
if S3_BUCKET:
    _default_storage = {
        "BACKEND": "qms.object_stores.ObjectStorage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env.str("S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("S3_REGION", default="") or None,
            "access_key": env.str("S3_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("S3_SECRET_ACCESS_KEY", default="") or None,
            "location": env.str("S3_PREFIX", default=""),
            "addressing_style": env.str("S3_ADDRESSING_STYLE", default="") or None,
        },
    }
# Azure Blob Storage instead (the same library): a container, and either a connection string
# (any endpoint, Azurite's too) or the account's name and key.
AZURE_CONTAINER = env.str("AZURE_CONTAINER", default="")
if S3_BUCKET and AZURE_CONTAINER:
    raise ImproperlyConfigured("Sätt S3_BUCKET eller AZURE_CONTAINER, inte båda.")
if AZURE_CONTAINER:
    _default_storage = {
        "BACKEND": "qms.object_stores.AzureObjectStorage",
        "OPTIONS": {
            "azure_container": AZURE_CONTAINER,
            "connection_string": env.str("AZURE_CONNECTION_STRING", default="") or None,
            "account_name": env.str("AZURE_ACCOUNT_NAME", default="") or None,
            "account_key": env.str("AZURE_ACCOUNT_KEY", default="") or None,
            "location": env.str("AZURE_PREFIX", default=""),
        },
    }
elif not S3_BUCKET:
    # A full disk is a refusal the form shows; files no row refers to are swept (qms.storage).
    _default_storage = {"BACKEND": "qms.storage.MediaStorage"}
STORAGES = {
    "default": _default_storage,
    "staticfiles": {
        "BACKEND": env.str(
            "STATICFILES_BACKEND",
            default="django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else PRODUCTION_STATICFILES_BACKEND,
        )
    },
}

# E-mail: every message is first a row in the outbox (same transaction as the change that
# caused it); the Celery worker delivers it through DELIVERY_EMAIL_BACKEND.
EMAIL_BACKEND = "qms.mail.OutboxEmailBackend"
_email = env.email_url("EMAIL_URL", default="filemail://")
if _email["EMAIL_BACKEND"] == "django.core.mail.backends.filebased.EmailBackend":
    # filemail:///absolute/folder (django-environ drops the leading slash); default var/mail.
    _folder = _email.get("EMAIL_FILE_PATH")
    _email["EMAIL_FILE_PATH"] = "/" + _folder.lstrip("/") if _folder else str(VAR_DIR / "mail")
DELIVERY_EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_FILE_PATH = _email.get("EMAIL_FILE_PATH", "")
# django-environ returns None for parts the URL leaves out: fall back to Django's defaults.
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER") or ""
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = bool(_email.get("EMAIL_USE_TLS"))
EMAIL_USE_SSL = bool(_email.get("EMAIL_USE_SSL"))
EMAIL_TIMEOUT = 30
# A delivery claimed this many seconds ago and never finished belongs to a sender that died: it is
# sent again (with the same Message-ID). Longer than any SMTP conversation (EMAIL_TIMEOUT).
EMAIL_CLAIM_TIMEOUT = env.int("EMAIL_CLAIM_TIMEOUT", default=300)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="QMS Exempelkommun <qms@example.se>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL


# Celery: Redis when REDIS_URL is set, otherwise kombu's filesystem transport under var/.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 2 * 60 * 60}
else:
    # FILE_BROKER_DIR: another folder for the queue (a test's processes have their own).
    _broker_dir = env.path("FILE_BROKER_DIR", default=VAR_DIR / "broker")
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT = "qms.broker:FileTransport"  # survives its folder going away
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir),
        "data_folder_out": str(_broker_dir),
        "control_folder": str(_broker_dir) + "-control",
        "store_processed": False,
    }
# The cache: Redis when REDIS_URL is set (Django's own backend), so every web process and node
# shares it (the dashboard's figures and their invalidation, allauth's log-in limits); each
# process's own memory otherwise. Keys are prefixed per installation: several may share a Redis.
# CACHE_REDIS_URL may put the cache in another Redis database than the broker's.
_cache_redis = env.str("CACHE_REDIS_URL", default=REDIS_URL)
CACHES = {
    "default": {
        "BACKEND": "qms.cache.RedisCache",  # Redis down: an empty cache, not a 500
        "LOCATION": _cache_redis,
        "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default=DATABASES["default"]["NAME"]),
        "TIMEOUT": 300,
        # A Redis that is down must not take the site with it: short socket timeouts.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    if _cache_redis
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "TIMEOUT": 300}
}
# Tests use their own queue so a running `make run` worker never takes their tasks.
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_QUEUE", default="celery")
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"  # schedules in UTC: daylight saving neither skips nor doubles a run
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    # The monthly thinning proposal (gallringsförslag): nothing is removed until the
    # arkivansvarig approves it. 1st of the month, 02:00 UTC.
    "thinning-proposal": {
        "task": "records.tasks.monthly_proposals",
        "schedule": crontab(day_of_month=1, hour=2, minute=0),
    },
    # A thinning run stopped midway (a killed worker) goes on from where it stopped.
    "thinning-resume": {"task": "records.tasks.resume_thinning", "schedule": 3600.0},
    "deliver-outbox": {"task": "qms.tasks.deliver_pending_emails", "schedule": 60.0},
    # Daily and weekly summaries of notices (06:00 Stockholm time; one per person and period
    # by a unique row, so hourly runs only catch up after a stop).
    "notification-digests": {
        "task": "qms.tasks.send_notification_digests",
        "schedule": crontab(minute=7),
    },
    # The statistics' tallies are exact without it; folding their deltas keeps them small.
    "compact-tallies": {"task": "deviations.tasks.compact_tallies", "schedule": 600.0},
    # Idempotent (one notification per action and milestone), so hourly only makes catch-up quick.
    "action-reminders": {"task": "deviations.tasks.send_action_reminders", "schedule": 3600.0},
    "feedback-reminders": {"task": "deviations.tasks.send_feedback_reminders", "schedule": 3600.0},
    "effect-check-reminders": {
        "task": "deviations.tasks.send_effect_check_reminders",
        "schedule": 3600.0,
    },
    # The IMY clock is 72 hours: check every quarter of an hour (idempotent, as above).
    "legal-reminders": {"task": "deviations.tasks.send_legal_reminders", "schedule": 900.0},
    # 04:00 UTC is 05:00 or 06:00 in Stockholm: the same Stockholm date all year round.
    "certification-reminders": {
        "task": "certifications.tasks.send_reminders",
        "schedule": crontab(hour=4, minute=0),
    },
    # Computed indicator values (deviations closed in 30 days, …) follow the data every night.
    "indicator-refresh": {
        "task": "reviews.tasks.refresh_computed_indicators",
        "schedule": crontab(hour=2, minute=30),
    },
    # The patientsäkerhetsberättelse is due by 1 March: reminders on 1 and 15 February and the day
    # after, each once per scope and year (a unique row). Stockholm's date, as above.
    "patient-safety-reminders": {
        "task": "reviews.tasks.send_patient_safety_reminders",
        "schedule": crontab(hour=4, minute=20),
    },
    # Audit reminders (14 and 7 days before, report due): each sent once, by its event key.
    "audit-reminders": {
        "task": "audits.tasks.send_reminders",
        "schedule": crontab(hour=4, minute=10),
    },
    # Stored files that no row refers to (rolled back, cut off by a full disk), over a day old.
    "sweep-files": {"task": "qms.tasks.sweep_files", "schedule": crontab(hour=3, minute=40)},
    # What requests killed while receiving a large upload left in FILE_UPLOAD_TEMP_DIR.
    "sweep-upload-temp": {"task": "qms.tasks.sweep_upload_temp", "schedule": 3600.0},
    # The API's request counts of minutes that are over (api.throttling).
    "api-forget-rate-counts": {"task": "api.tasks.forget_rate_counts", "schedule": 3600.0},
    # Webhook deliveries due again after a failure, or left by a worker that died (api.webhooks).
    "api-deliver-webhooks": {"task": "api.tasks.deliver_due_webhooks", "schedule": 60.0},
    # One-time form tokens are kept a week: long enough for any retry of the same form.
    "forget-form-submissions": {
        "task": "qms.tasks.forget_form_submissions",
        "schedule": crontab(hour=3, minute=20),
    },
}

# The REST API (api/). JSON only (no browsable API: its pages need inline scripts); tokens or
# the browser's session (with CSRF); every list paginated by cursor; errors in one shape.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.TokenAuthentication",
        "api.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.TokenScope"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.DatabaseRateThrottle"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Cursor",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.exceptions.exception_handler",
    "UNAUTHENTICATED_USER": None,
}
# Requests per token (or session user) and minute; over it: 429 with Retry-After.
API_RATE_LIMIT = env.int("API_RATE_LIMIT", default=600)
# Synpunkter submitted through the API (an e-service platform), per token and minute.
API_FEEDBACK_RATE_LIMIT = env.int("API_FEEDBACK_RATE_LIMIT", default=30)
SPECTACULAR_SETTINGS = {
    "TITLE": "QMS API",
    "DESCRIPTION": "Kvalitetsledningssystemets REST-API för kommunens andra system.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["api.permissions.TokenScope"],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "DeviationStatusEnum": "deviations.models.Deviation.Status",
        "ActionStatusEnum": "deviations.models.Action.Status",
        "ActionKindEnum": "deviations.models.Action.Kind",
        "UnitKindEnum": "qms.models.OrganisationUnit.Kind",
        "FeedbackStatusEnum": "deviations.models.Feedback.Status",
        "FeedbackKindEnum": "deviations.models.Feedback.Kind",
        "SuggestionStatusEnum": "deviations.models.Suggestion.Status",
        "LegalTrackStatusEnum": "deviations.models.LegalTrack.Status",
    },
}

# Security headers. Scripts only from our own origin or with the per-request nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"
# Browser features no page uses, switched off (qms.headers); an empty list allows no origin.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# Security keys and passkeys (allauth.mfa's WebAuthn) on our own pages only.
PERMISSIONS_POLICY["publickey-credentials-create"] = ["self"]
PERMISSIONS_POLICY["publickey-credentials-get"] = ["self"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers, Kubernetes and Prometheus ask over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^healthz/(live|ready)$", r"^metrics$"]
# /healthz/ready answers 503 when an e-mail has waited longer than this (seconds; 0: no check).
OUTBOX_READY_MAX_AGE = env.int("OUTBOX_READY_MAX_AGE", default=15 * 60)
# /metrics answers only a request with "Authorization: Bearer <METRICS_TOKEN>"; unset: 404.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds the municipality's whole domain (all subdomains) to HTTPS for years: a decision
# for whoever owns the domain, so it is opt-in and the deploy check's reminder is silenced.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 60 * 60  # one working day
# Sessions are kept in PostgreSQL and read through the cache (Redis): a request reads its
# session without a query. Written to both; with Redis down they are read from PostgreSQL.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# LOG_FORMAT=json: one JSON object a line (for a log collector), text otherwise. Either way every
# line of a request, and of a task it queued, carries the request id (qms.observability).
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "qms.observability.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            "timestamp": False,
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        # WeasyPrint logs every rendering step at INFO.
        "weasyprint.progress": {"level": "WARNING"},
        # The Azure SDK logs every HTTP request and its headers at INFO.
        "azure": {"level": "WARNING"},
    },
}
# With JSON logs the worker's lines go through the same handler (Celery keeps its own text
# format otherwise, which the tests read).
CELERY_WORKER_HIJACK_ROOT_LOGGER = LOG_FORMAT != "json"
