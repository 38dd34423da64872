"""Media storage and CDN purge are configured from the environment, with local defaults."""

from newsroom.settings.cdn import frontend_cache_from_environment
from newsroom.settings.storage import (
    LOCAL_BACKEND,
    S3_BACKEND,
    document_serve_method,
    storages_from_environment,
)


def test_without_a_bucket_media_stays_on_local_disk_and_documents_stream_through_django():
    storages = storages_from_environment({})

    assert storages["default"] == {"BACKEND": LOCAL_BACKEND}
    assert document_serve_method(storages) == "serve_view"
    assert storages["staticfiles"]["BACKEND"].endswith("CompressedManifestStaticFilesStorage")


def test_with_a_bucket_media_is_private_signed_and_never_overwritten():
    storages = storages_from_environment(
        {
            "AWS_STORAGE_BUCKET_NAME": "coalition-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.example.net",
            "AWS_S3_REGION_NAME": "eu-west-1",
        }
    )

    options = storages["default"]["OPTIONS"]
    assert storages["default"]["BACKEND"] == S3_BACKEND
    assert options["bucket_name"] == "coalition-media"
    assert options["endpoint_url"] == "https://s3.example.net"
    assert options["region_name"] == "eu-west-1"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True
    assert options["querystring_expire"] == 300
    assert options["file_overwrite"] is False
    assert document_serve_method(storages) == "redirect"


def test_no_credentials_are_copied_into_settings():
    storages = storages_from_environment(
        {"AWS_STORAGE_BUCKET_NAME": "coalition-media", "AWS_SECRET_ACCESS_KEY": "secret"}
    )

    assert "secret" not in repr(storages)


def test_without_cdn_variables_nothing_is_purged():
    assert frontend_cache_from_environment({}) == {}


def test_cloudflare_cloudfront_and_an_http_cache_are_each_configured_by_their_variables():
    backends = frontend_cache_from_environment(
        {
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFLARE_ZONE_ID": "zone",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
            "FRONTEND_CACHE_HTTP_URL": "http://varnish:6081",
        }
    )

    assert backends["cloudflare"]["BEARER_TOKEN"] == "token"
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    assert backends["http"]["LOCATION"] == "http://varnish:6081"
    assert {backend["BACKEND"].rsplit(".", 1)[1] for backend in backends.values()} == {
        "CloudflareBackend",
        "CloudfrontBackend",
        "HTTPBackend",
    }


def test_a_cloudflare_token_without_a_zone_configures_nothing():
    assert frontend_cache_from_environment({"CLOUDFLARE_API_TOKEN": "token"}) == {}
