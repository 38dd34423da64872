"""Fixtures for the platform tests: a real S3 API (moto's server over HTTP), a bucket, a clean page cache."""

import io
import socket
import uuid
from dataclasses import dataclass

import boto3
import pytest
from django.core.cache import cache
from moto.server import ThreadedMotoServer
from PIL import Image as PillowImage

from newsroom.settings.storage import document_serve_method, storages_from_environment

REGION = "us-east-1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_s3_server() -> tuple[ThreadedMotoServer, str]:
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    return server, f"http://127.0.0.1:{port}"


def png_bytes(size=(640, 480), rgb=(200, 40, 40)) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, rgb).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class Bucket:
    """The test bucket as an outsider sees it, through the S3 API."""

    name: str
    endpoint: str
    client: object

    def object_keys(self) -> list[str]:
        listing = self.client.list_objects_v2(Bucket=self.name)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def read(self, key: str) -> bytes:
        return self.client.get_object(Bucket=self.name, Key=key)["Body"].read()


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server on a free loopback port, for the whole session."""
    server, endpoint = start_s3_server()
    yield endpoint
    server.stop()


@pytest.fixture
def aws_credentials(monkeypatch):
    # boto3 reads these the way production reads real ones; moto accepts any.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-access-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret-key")
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)


def use_bucket(settings, endpoint: str, **extra_environment) -> Bucket:
    """Create a fresh bucket and point Django's media storage at it, as production settings would."""
    name = f"media-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name=REGION)
    client.create_bucket(Bucket=name)
    environment = {
        "AWS_STORAGE_BUCKET_NAME": name,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": REGION,
        **extra_environment,
    }
    storages = storages_from_environment(environment)
    storages["staticfiles"] = settings.STORAGES["staticfiles"]
    settings.STORAGES = storages
    settings.WAGTAILDOCS_SERVE_METHOD = document_serve_method(storages)
    return Bucket(name=name, endpoint=endpoint, client=client)


@pytest.fixture
def media_bucket(db, settings, s3_endpoint, aws_credentials):
    return use_bucket(settings, s3_endpoint, AWS_QUERYSTRING_EXPIRE="2")


@pytest.fixture
def page_cache(settings):
    """The page cache switched on (the test settings keep it off), empty at the start."""
    settings.PAGE_CACHE_SECONDS = 10
    cache.clear()
    yield
    cache.clear()
