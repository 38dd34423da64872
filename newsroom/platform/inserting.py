"""INSERT one model instance with SQL built once per model and database, not once per call.

`Model.save()` compiles its INSERT anew on every call and sends the pre- and post-save signals.
On the paths that take hundreds of inserts a second (a sign-on and the task that emails the
signer) that was the larger part of the request's Python. `insert_statement()` gives the SQL
and parameters for one instance; `insert()` runs it. They send no signals: use them only for
models whose saves have no receivers to miss.

On PostgreSQL `insert()` also has the server prepare each statement the first time a connection
runs it, so later runs skip parsing and planning. Set DATABASE_PREPARED_STATEMENTS=false where a
connection pooler cannot carry prepared statements (PgBouncer in transaction mode before 1.21).
"""

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections, models
from django.db.models import Model

_statements: dict[tuple, tuple[str, list]] = {}


# Field classes whose conversion for the database hands a value of this exact type back unchanged
# (a str for a CharField, say), so insert_statement() can skip calling it; anything else, a lazy
# translation in a CharField included, takes the field's own conversion.
_AS_IS = {
    models.CharField: str,
    models.TextField: str,
    models.BooleanField: bool,
    models.IntegerField: int,
    models.BigIntegerField: int,
    models.PositiveSmallIntegerField: int,
}


def _statement(model: type[Model], connection, skip_duplicates: bool) -> tuple[str, list]:
    """(SQL, [(field, type it takes as is)]) of a one-row INSERT … RETURNING pk for this model."""
    key = (model, connection.alias, skip_duplicates)
    if key not in _statements:
        meta = model._meta
        if meta.parents or not connection.features.can_return_columns_from_insert:
            raise TypeError(f"{meta.label} cannot use the one-statement insert on this database")
        fields = [field for field in meta.local_concrete_fields if field is not meta.auto_field]
        quote = connection.ops.quote_name
        columns = ", ".join(quote(field.column) for field in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        # Without a target, ON CONFLICT DO NOTHING skips a row that breaks any unique constraint,
        # partial ones included (PostgreSQL and SQLite both know it).
        conflict = " ON CONFLICT DO NOTHING" if skip_duplicates else ""
        sql = (
            f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({placeholders}){conflict} "
            f"RETURNING {quote(meta.pk.column)}"
        )
        _statements[key] = (sql, [(field, _AS_IS.get(type(field))) for field in fields])
    return _statements[key]


def insert_statement(
    instance: Model, *, skip_duplicates: bool = False, using: str = "default"
) -> tuple[str, list]:
    """The INSERT for this unsaved instance, returning its primary key.

    With `skip_duplicates`, a row that would break a unique constraint is left out and the
    statement returns no row, instead of failing.
    """
    connection = connections[using]
    sql, fields = _statement(type(instance), connection, skip_duplicates)
    # What Model.save() stores: pre_save() fills auto_now_add fields, then each value is
    # converted for this database (unless it is of a type the field takes as it is).
    values = instance.__dict__
    params = [
        value
        if type(value := values.get(field.attname)) is as_is
        else field.get_db_prep_save(field.pre_save(instance, True), connection)
        for field, as_is in fields
    ]
    return sql, params


def insert(
    instance: Model,
    *,
    skip_duplicates: bool = False,
    and_then: tuple[str, list] | None = None,
    using: str = "default",
) -> bool:
    """Insert this unsaved instance and set its primary key; False if skipped as a duplicate.

    `and_then` is (SQL, parameters) of a further data-modifying statement run as part of the
    same one (PostgreSQL only), reading the inserted row from a WITH query named `inserted`:
    the two commit together without an explicit transaction.
    """
    sql, params = insert_statement(instance, skip_duplicates=skip_duplicates, using=using)
    if and_then:
        sql = f"WITH inserted AS ({sql}), and_then AS ({and_then[0]}) SELECT * FROM inserted"
        params = [*params, *and_then[1]]
    row = _fetch_one(connections[using], sql, params, idempotent=skip_duplicates)
    if row is None:
        return False
    instance.pk = type(instance)._meta.pk.to_python(row[0])  # e.g. a UUID from SQLite's text
    instance._state.adding = False
    instance._state.db = using
    return True


def _prepares(connection) -> bool:
    return connection.vendor == "postgresql" and settings.DATABASE_PREPARED_STATEMENTS


def _fetch_one(connection, sql: str, params: list, *, idempotent: bool):
    """Run the statement and return its first row (or None).

    With prepared statements, an idempotent statement (one that skips duplicates: running it
    twice stores what running it once does) is its own connection health check. Django's check
    is a SELECT 1 before a request's first query; here the statement runs at once instead, and
    if the connection turns out to be dead it runs again on a new one. That saves a round trip
    on every sign-on. (Had the first run committed before the connection broke, the second finds
    its row and stores nothing: the caller sees a duplicate, and nothing is stored twice.)
    """
    if not _prepares(connection) or connection.queries_logged:
        # Django's own cursor; while queries are logged (DEBUG, or a test capturing them) its
        # log shows the SQL, which a server-binding cursor's would not.
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()
    check_by_running = (
        idempotent
        and connection.connection is not None
        and connection.health_check_enabled
        and not connection.health_check_done
        and not connection.in_atomic_block
    )
    if not check_by_running:
        connection.close_if_health_check_failed()
        return _fetch_one_prepared(connection, sql, params)
    try:
        row = _fetch_one_prepared(connection, sql, params)
    except (InterfaceError, OperationalError):
        if connection.is_usable():
            raise  # the statement failed, not the connection
        connection.close()  # what Django's check does with a dead connection
        row = _fetch_one_prepared(connection, sql, params)
    connection.health_check_done = True  # the statement just proved the connection works
    return row


def _fetch_one_prepared(connection, sql: str, params: list):
    """Run the statement as one PostgreSQL prepares on its first run on this connection.

    Django's own PostgreSQL cursors bind parameters on the client and never prepare; this one
    binds on the server, and the connection's prepare_threshold of 0 makes psycopg prepare what
    it runs at once (keeping up to 100 statements per connection). Django's cursor wrapper
    still translates errors and refuses to run inside a broken transaction.
    """
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.ensure_connection()
    connection.connection.prepare_threshold = 0
    with connection.make_cursor(ServerBindingCursor(connection.connection)) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()
