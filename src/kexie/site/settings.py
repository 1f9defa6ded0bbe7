"""Settings of the kexie site, read from KEXIE_* environment variables; production-safe by default.

KEXIE_DATA_DIR (default ./.kexie) holds the SQLite database, the secret key, the stored originals
and the collected static files; KEXIE_DATABASE_URL switches the database to PostgreSQL.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("KEXIE_DATA_DIR") or ".kexie").expanduser().resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)
# Originals are content-addressed by sha256 under here and never altered.
ORIGINALS_DIR = DATA_DIR / "originals"
EXPORTS_DIR = DATA_DIR / "exports"  # big xlsx exports made by the worker (office.exports), kept a week


def _secret_key() -> str:
    if os.environ.get("KEXIE_SECRET_KEY"):
        return os.environ["KEXIE_SECRET_KEY"]
    path = DATA_DIR / "secret_key"
    if not path.exists():
        # Created with 0600 so only the account running kexie can read it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("KEXIE_DEBUG")
ALLOWED_HOSTS = env_list("KEXIE_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("KEXIE_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # The site first: its registration/ templates (password change) must win over the admin's, so a unit's
    # user changes the password in the site's own layout and never lands on the admin site.
    "kexie.site",
    "kexie.site.apps.KexieAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "axes",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "kexie.audit",
    "kexie.workdays",
    "kexie.orgs",
    "kexie.documents",
    "kexie.ledger",
    "kexie.oversight",
    "kexie.office",
    "kexie.search",
    "kexie.workers",
    "kexie.volunteers",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kexie.site.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "kexie.ledger.errors.LedgerErrorMiddleware",
    # Last, as django-axes asks, so it sees the outcome of every sign-in.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kexie.site.urls"
WSGI_APPLICATION = "kexie.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kexie.site.context_processors.membership",
                "kexie.ledger.context_processors.todo_count",
                "kexie.workdays.context_processors.unknown_years_warning",
                "kexie.oversight.notices.unread_label",
            ],
            # The date filter is a builtin so app templates need not load anything from the site.
            "builtins": ["kexie.site.templatetags.kexie"],
        },
    },
]

# Storage: SQLite in the data directory unless KEXIE_DATABASE_URL names another database.
if os.environ.get("KEXIE_DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["KEXIE_DATABASE_URL"], conn_max_age=60,
                                                  conn_health_checks=True)}
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        # No JIT: a page's queries run in milliseconds, and compiling the ledger's per-task subqueries (whose
        # estimated cost passes jit_above_cost at 112,000 assignments) took longer than running them.
        options = DATABASES["default"].setdefault("OPTIONS", {})
        options["options"] = (options.get("options", "") + " -c jit=off").strip()
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "kexie.sqlite3",
            "OPTIONS": {
                # WAL lets readers go on while one writer writes; IMMEDIATE avoids "database is locked"
                # when two requests upgrade read transactions to writes at once.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AXES_FAILURE_LIMIT = int(os.environ.get("KEXIE_LOCKOUT_FAILURES", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("KEXIE_LOCKOUT_HOURS", "1"))
# Lock a user name from one address: an office behind one NAT address is not locked out by one person.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked.html"
# The client address comes from django-ipware, through axes. KEXIE_PROXY_COUNT reverse proxies (default: one when
# KEXIE_HTTPS says a TLS proxy is in front) each append to X-Forwarded-For, so the client is the entry the first
# proxy appended: the proxy-count-th from the right. What the client itself put further left is never read, and
# with no proxy the header is ignored, so nobody can choose the address they are counted under.
def client_address_settings(proxy_count: int) -> dict:
    """The axes/ipware settings that read the client address behind proxy_count reverse proxies."""
    if proxy_count <= 0:
        return {"AXES_IPWARE_META_PRECEDENCE_ORDER": ("REMOTE_ADDR",), "AXES_IPWARE_PROXY_COUNT": None}
    return {
        "AXES_IPWARE_META_PRECEDENCE_ORDER": ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"),
        # ipware counts the proxies after the client in the header; the last proxy is REMOTE_ADDR, not in it.
        "AXES_IPWARE_PROXY_COUNT": proxy_count - 1,
        # Not strict: a header with extra (client-written) entries on the left still yields the proxy's entry.
        "IPWARE_STRICT": False,
    }


KEXIE_PROXY_COUNT = int(os.environ.get("KEXIE_PROXY_COUNT", "1" if env_bool("KEXIE_HTTPS") else "0"))
globals().update(client_address_settings(KEXIE_PROXY_COUNT))

# Languages: Simplified Chinese first, English second.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = os.environ.get("KEXIE_TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

# Static files: served by the app itself through WhiteNoise; nothing comes from a CDN.
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True

# Uploads: one file's size bound, also given to the reader.
KEXIE_MAX_UPLOAD_BYTES = int(os.environ.get("KEXIE_MAX_UPLOAD_MB", "50")) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = KEXIE_MAX_UPLOAD_BYTES + 1024 * 1024
# The registers' own limits: a visit's photo, an activity's photo or file, the rows of a volunteer import.
KEXIE_WORKERS_PHOTO_MAX_BYTES = int(os.environ.get("KEXIE_WORKERS_PHOTO_MAX_MB", "10")) * 1024 * 1024
KEXIE_MAX_ACTIVITY_FILE_BYTES = int(os.environ.get("KEXIE_ACTIVITY_FILE_MAX_MB", "20")) * 1024 * 1024
KEXIE_VOLUNTEER_IMPORT_MAX_ROWS = int(os.environ.get("KEXIE_VOLUNTEER_IMPORT_MAX_ROWS", "100000"))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Larger uploads go to temporary files rather than memory (a few workers each holding 50 MB uploads would run
# a small server out of memory), kept under the data directory so `kexie serve`/`kexie demo` can remove what a
# killed worker left (kexie.site.uploads) instead of letting it pile up in the system's /tmp.
FILE_UPLOAD_TEMP_DIR = str(DATA_DIR / "tmp")
Path(FILE_UPLOAD_TEMP_DIR).mkdir(exist_ok=True)

# Ledger import from xlsx (kexie.office.ledger_import): bounds checked before and while the sheet is read.
KEXIE_IMPORT_MAX_ROWS = int(os.environ.get("KEXIE_IMPORT_MAX_ROWS", "20000"))
KEXIE_IMPORT_MAX_COLUMNS = int(os.environ.get("KEXIE_IMPORT_MAX_COLUMNS", "100"))
KEXIE_IMPORT_MAX_BYTES = int(os.environ.get("KEXIE_IMPORT_MAX_MB", "20")) * 1024 * 1024
KEXIE_IMPORT_MAX_UNZIPPED_BYTES = int(os.environ.get("KEXIE_IMPORT_MAX_UNZIPPED_MB", "200")) * 1024 * 1024
KEXIE_IMPORT_MAX_RATIO = int(os.environ.get("KEXIE_IMPORT_MAX_RATIO", "100"))

# Security headers; HTTPS-only cookies and HSTS when a TLS proxy is in front (KEXIE_HTTPS=1).
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("KEXIE_HTTPS"):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("KEXIE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain http
    SECURE_HSTS_SECONDS = int(os.environ.get("KEXIE_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

REST_FRAMEWORK = {
    # The ledger's errors (400/403/409) are mapped to statuses in one place.
    "EXCEPTION_HANDLER": "kexie.ledger.errors.api_exception_handler",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # JSON only: the browsable API would need inline scripts that the CSP forbids.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.MultiPartParser",
        "rest_framework.parsers.FormParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 100,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "kexie API",
    "DESCRIPTION": "科协工作平台: organisations, people and documents, scoped to the caller's organisation subtree.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"permission_refusals": {"()": "kexie.site.logs.PermissionRefusalFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"filters": ["permission_refusals"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("KEXIE_LOG_LEVEL", "WARNING")},
}

# Background jobs (reminders, batches) queue in the database and run in `kexie worker` (design.md).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Email (reminders, 催办): SMTP when KEXIE_EMAIL_HOST is set, else printed to the console (the demo).
# KEXIE_EMAIL_BACKEND overrides the choice (e.g. django.core.mail.backends.filebased.EmailBackend with
# KEXIE_EMAIL_FILE_PATH); KEXIE_SITE_URL puts a link to the notices page in each email.
EMAIL_BACKEND = os.environ.get("KEXIE_EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend" if os.environ.get("KEXIE_EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("KEXIE_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("KEXIE_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("KEXIE_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("KEXIE_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("KEXIE_EMAIL_TLS")
EMAIL_USE_SSL = env_bool("KEXIE_EMAIL_SSL")
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("KEXIE_EMAIL_FROM", "kexie@localhost")
if os.environ.get("KEXIE_EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["KEXIE_EMAIL_FILE_PATH"]
KEXIE_SITE_URL = os.environ.get("KEXIE_SITE_URL", "")
