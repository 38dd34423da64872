"""The production task backend: django-tasks-db's, with a cheaper enqueue.

`manage.py db_worker` runs what it queues exactly as it runs django-tasks-db's own rows. Only
the enqueue differs, and only in cost: every sign-on enqueues its email, so it is on the hottest
path the site has.

- The stock backend saves the row through `Model.save()`, which compiles the INSERT on every
  call; here it is built once (newsroom.platform.inserting).
- The stock backend builds the TaskResult it returns twice, each time from the stored row, which
  imports the task again by its path and copies it; here it is built once, from the task at hand.
"""

from django_tasks_db import DatabaseBackend as StockDatabaseBackend
from django_tasks_db.backend import TaskResult
from django_tasks_db.compat import TaskResultStatus, normalize_json, task_enqueued
from django_tasks_db.models import DBTaskResult, get_date_max
from django_tasks_db.utils import normalize_uuid

from .inserting import insert


class DatabaseBackend(StockDatabaseBackend):
    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        db_task = self._task_to_db_task(task, args, kwargs)
        # What DBTaskResult.task_result gives for a row just queued (a test compares the two).
        result = TaskResult(
            db_result=db_task,
            task=task,
            id=normalize_uuid(db_task.id),
            status=TaskResultStatus.READY,
            enqueued_at=db_task.enqueued_at,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=db_task.args_kwargs["args"],
            kwargs=db_task.args_kwargs["kwargs"],
            backend=self.alias,
            errors=[],
            worker_ids=db_task.worker_ids,
        )
        task_enqueued.send(type(self), task_result=result)
        return result

    def _task_to_db_task(self, task, args, kwargs) -> DBTaskResult:
        db_task = DBTaskResult(
            id=self._get_id(),
            args_kwargs=normalize_json({"args": args, "kwargs": kwargs}),
            priority=task.priority,
            task_path=task.module_path,
            queue_name=task.queue_name,
            # What django-tasks-db's pre_save receiver (which insert() does not send) does.
            run_after=task.run_after or get_date_max(),
            backend_name=self.alias,
        )
        insert(db_task)
        return db_task
