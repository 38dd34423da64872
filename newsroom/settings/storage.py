"""Where uploaded media lives: a private S3 bucket when AWS_STORAGE_BUCKET_NAME is set, local files otherwise."""

import os
from collections.abc import Mapping

S3_BACKEND = "storages.backends.s3.S3Storage"
LOCAL_BACKEND = "django.core.files.storage.FileSystemStorage"
STATIC_BACKEND = "whitenoise.storage.CompressedManifestStaticFilesStorage"

# Signed media URLs live this long. Pages stay in the page cache and CDN for seconds, so a few
# minutes is plenty for the images they link to, and a leaked document link soon stops working.
DEFAULT_SIGNED_URL_SECONDS = 300


def media_storage(environ: Mapping[str, str] = os.environ) -> dict:
    """The STORAGES["default"] entry for images, renditions and documents."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return {"BACKEND": LOCAL_BACKEND}
    options = {
        "bucket_name": bucket,
        # Every object is private; readers get short-lived signed URLs. Credentials come from
        # boto3's usual chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile or a role).
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": int(
            environ.get("AWS_QUERYSTRING_EXPIRE", "").strip() or DEFAULT_SIGNED_URL_SECONDS
        ),
        "signature_version": "s3v4",
        # Two uploads with one name must never replace each other's file.
        "file_overwrite": False,
    }
    optional = {
        "endpoint_url": "AWS_S3_ENDPOINT_URL",
        "region_name": "AWS_S3_REGION_NAME",
        "addressing_style": "AWS_S3_ADDRESSING_STYLE",
    }
    for option, variable in optional.items():
        value = environ.get(variable, "").strip()
        if value:
            options[option] = value
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def storages_from_environment(environ: Mapping[str, str] = os.environ) -> dict:
    """The whole STORAGES setting: media as above, static files hashed and compressed by whitenoise."""
    return {"default": media_storage(environ), "staticfiles": {"BACKEND": STATIC_BACKEND}}


def document_serve_method(storages: Mapping[str, dict]) -> str:
    """How Wagtail's document view answers after its privacy check.

    A bucket answers with a redirect to a signed URL; local files are streamed by Django, since
    /media/ is not served in production and a direct link would skip the privacy check.
    """
    return "redirect" if storages["default"]["BACKEND"] == S3_BACKEND else "serve_view"
