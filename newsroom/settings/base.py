"""Settings shared by every environment; values that differ between machines come from env.py."""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .caches import redis_cache
from .cdn import frontend_cache_from_environment
from .env import env_int, env_list, env_str
from .storage import document_serve_method, storages_from_environment

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    "home",
    "campaigns",
    "campaigns.representatives",
    "resources",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "newsroom.platform",
    "csp",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsroom.platform.security.NewsroomCSPMiddleware",
    "newsroom.platform.request_hygiene.RejectNullBytesMiddleware",
    # Outside sessions, CSRF and messages, so it sees every cookie the response would set.
    "newsroom.platform.page_cache.PageCacheMiddleware",
    "newsroom.platform.media_errors.MediaStorageUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

# SQLite in the project folder unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source; WAGTAIL_CONTENT_LANGUAGES (e.g. "en,es,ar") picks the rest.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "ar": "العربية"}
LANGUAGE_CODE = "en"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [
    (code, LANGUAGE_NAMES.get(code, code))
    for code in env_list("WAGTAIL_CONTENT_LANGUAGES", ["en", "es", "ar"])
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env_str("TIME_ZONE", "America/New_York")
USE_TZ = True
# USE_THOUSAND_SEPARATOR stays off: templates group reader-facing counts with |intcomma, so numbers
# inside URLs and HTML attributes stay plain digits. newsroom/formats adjusts es and ar separators.
FORMAT_MODULE_PATH = ["newsroom.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

# Media in a private S3 bucket when AWS_STORAGE_BUCKET_NAME is set (see storage.py), else MEDIA_ROOT.
STORAGES = storages_from_environment()
# Wagtail's document view checks collection privacy first, then redirects to a signed URL.
WAGTAILDOCS_SERVE_METHOD = document_serve_method(STORAGES)

# Redis when REDIS_URL is set: page cache, counters and rate limits shared by every app server.
# Local memory otherwise, which production warns about (newsroom.platform.checks).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if env_str("REDIS_URL"):
    CACHES["default"] = redis_cache(env_str("REDIS_URL"))
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True  # an outage is logged, never raised

# Anonymous page views are served from the cache for this long, and CDNs may keep them as long.
# Keep it short: petition counts on a cached page are at most this stale.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 10)
# Responses under these paths always say Cache-Control: no-store (add sign-on endpoints here).
# Sign-ons, confirmation and unsubscribe links; erasure requests and links are per visitor too.
NO_STORE_PATH_PREFIXES = ["/admin/", "/documents/", "/sign/", "/unsubscribe/"]

# CDN purge on publish (newsroom.platform.invalidation); empty unless a CDN is configured.
WAGTAILFRONTENDCACHE = frontend_cache_from_environment()
# Translations are purged by their own URLs (their slugs may differ), not by rewriting prefixes.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# Content-Security-Policy (django-csp 4). Scripts only from this site. Inline styles are allowed
# because oEmbed HTML (videos) carries style attributes. Images may come from any HTTPS origin:
# the media bucket's signed URLs and oEmbed thumbnails. Frames: https embeds (YouTube, Vimeo).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https:"],
        "media-src": [SELF, "https:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, "https:"],
        # Same-origin framing is needed by the admin's live preview; other sites may not frame us.
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The Wagtail admin (not the public site) has inline <script> in InlinePanel and date pickers.
ADMIN_PATH_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY_UPDATE = {"script-src": [UNSAFE_INLINE]}
# Framing: denied everywhere. Partner embeds opt out with newsroom.platform.security's
# allow_framing(), for the sites partners list on their pages and SIGNON_ALLOWED_ORIGINS.
X_FRAME_OPTIONS = "DENY"
# Editors' avatars are uploaded, not fetched from Gravatar (no email hashes sent to a third party).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Background work (Wagtail's search and reference indexes, CDN purges): run at once in dev and
# tests; production.py swaps in the database queue. What sign-ons owe (emails) is not a task:
# the signature row is its own outbox, sent by `manage.py deliver`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Coalition Newsroom <newsroom@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Coalition Newsroom"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task and page action is noise at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Editorial workflow (issue 5): Wagtail's moderation emails come from the newsroom's address and
# link to WAGTAILADMIN_BASE_URL; superusers administer, they are not reviewers, so they get none.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True

# A new translation is a draft, whatever the source page's state (wagtail-localize's default copies
# the source's live status, publishing an untranslated copy of a live page): it reaches readers
# when an editor publishes it or approves it in Newsroom review (README, "Languages and translating").
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in the translation editor: DeepL when a key is set, an offline stand-in otherwise.
if env_str("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env_str("DEEPL_API_KEY")},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }

# Sign-ons (campaigns/signons): counting, form tokens, rate limits, confirmation links.
SIGNON_COUNTER_SHARDS = 16
SIGNON_COUNT_CACHE_SECONDS = 5
SIGNON_MAX_BODY_BYTES = 16 * 1024
SIGNON_TOKEN_MIN_AGE_SECONDS = 2
SIGNON_TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60
# (requests, window in seconds) per IP per petition; an office or congregation shares one IP.
SIGNON_RATE_LIMITS = [(20, 60), (200, 60 * 60)]
# Other sites (scheme://host) allowed to embed the form and post sign-ons, besides the sites
# each partner page lists.
SIGNON_ALLOWED_ORIGINS = env_list("SIGNON_ALLOWED_ORIGINS")
# How many proxies (load balancer, CDN) stand in front of the app servers and append to
# X-Forwarded-For; 0 trusts REMOTE_ADDR. Rate limits and IP hashes need the visitor's address.
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)
SIGNON_CONFIRMATION_DAYS = 7
# A repeat sign-on owes the mailbox a notice (a fresh link while still pending) at most this often.
SIGNON_RESEND_SECONDS = 10 * 60
# A closed petition's signatures are anonymized this long after it closes (per-petition override in
# the admin); unconfirmed sign-ons go SIGNON_CONFIRMATION_DAYS after their last link was sent.
SIGNON_RETENTION_DAYS = env_int("SIGNON_RETENTION_DAYS", 180)
# The delivery worker retries a failed email (1, 2, 4, 8, 16 minutes, then every 30) this long.
SIGNON_EMAIL_RETRY_HOURS = 48
# The delivery worker retries a webhook delivery the receiver refused (same schedule) this long.
SIGNON_WEBHOOK_RETRY_HOURS = 48

# Find your representatives (campaigns/representatives).
# A ZIP's seats are remembered this long, or until a publish or a data load clears the page cache.
REPRESENTATIVES_LOOKUP_CACHE_SECONDS = 24 * 60 * 60
# "I called" clicks per visitor (hashed IP) per window in seconds, across every action.
REPRESENTATIVES_CALL_RATE_LIMITS = [(10, 10 * 60), (40, 24 * 60 * 60)]
REPRESENTATIVES_CALL_COUNT_CACHE_SECONDS = 5
# How long the public signers-by-state map of a petition is kept before it is counted again.
REPRESENTATIVES_SIGNERS_MAP_CACHE_SECONDS = 10 * 60
