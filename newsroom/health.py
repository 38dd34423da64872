"""/healthz: tells a load balancer whether this app server can reach its database."""

from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .platform.answers import allow_methods


def database_answers(alias: str = "default") -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


@never_cache
@allow_methods("GET", "HEAD")
def healthz(request):
    if database_answers():
        return JsonResponse({"database": "ok"})
    return JsonResponse({"database": "unavailable"}, status=503)
