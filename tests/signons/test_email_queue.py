"""In production, sign-on emails wait in the database queue until `db_worker` sends them."""

import dataclasses

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult, get_date_max

from campaigns.models import Signature
from campaigns.signons.tasks import send_sign_on_email
from tests.signons.posting import sign


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "newsroom.platform.tasks.DatabaseBackend"}}


def run_the_worker():
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)


# The worker closes its database connection when it is done, as it would in its own process.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_sign_on_queues_its_email_and_the_worker_sends_it(client, petition, database_queue):
    sign(client, petition, email="ruth@example.org")

    queued = DBTaskResult.objects.get()
    assert queued.task_path == "campaigns.signons.tasks.send_sign_on_email"
    assert queued.args_kwargs == {"args": [Signature.objects.get().pk], "kwargs": {}}
    assert queued.status == "READY"
    assert queued.backend_name == queued.queue_name == "default"
    assert queued.run_after == get_date_max()  # "as soon as possible", as django-tasks-db stores it
    assert queued.enqueued_at is not None
    assert mail.outbox == []

    run_the_worker()

    assert [message.to for message in mail.outbox] == [["ruth@example.org"]]
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"


def test_nothing_is_queued_before_the_sign_on_commits(
    client, petition, database_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        sign(client, petition, email="ruth@example.org")

        assert not DBTaskResult.objects.exists()

    assert len(callbacks) == 1


def test_a_repeat_sign_on_queues_nothing(
    client, petition, database_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition, email="ruth@example.org")
        sign(client, petition, email=" Ruth@Example.org ")

    assert DBTaskResult.objects.count() == 1


def test_the_enqueued_result_is_the_one_the_stored_row_gives(db, database_queue):
    result = send_sign_on_email.enqueue(12345)

    stored = DBTaskResult.objects.get().task_result
    assert type(result) is type(stored)
    for field in dataclasses.fields(stored):
        assert getattr(result, field.name) == getattr(stored, field.name), field.name
