"""The production task backend: django-tasks-db's, with a cheaper enqueue.

`manage.py db_worker` runs what it queues exactly as it runs django-tasks-db's own rows. Only
the insert differs: the stock backend saves the row through `Model.save()`, which compiles
the INSERT on every call; here it is built once (newsroom.platform.inserting). Every sign-on
enqueues its email, so that insert is on the hottest path the site has.
"""

from django_tasks_db import DatabaseBackend as StockDatabaseBackend
from django_tasks_db.compat import normalize_json, task_enqueued
from django_tasks_db.models import DBTaskResult, get_date_max

from .inserting import insert


class DatabaseBackend(StockDatabaseBackend):
    def enqueue(self, task, args, kwargs):
        """As the stock enqueue(), but building the TaskResult once instead of twice."""
        self.validate_task(task)
        result = self._task_to_db_task(task, args, kwargs).task_result
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
