"""Reader-facing URLs, inside the language prefix: the finder page, its JSON twin, "I called"."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.find_representatives, name="representatives_find"),
    path("lookup/", views.lookup, name="representatives_lookup"),
    path("called/", views.called, name="representatives_called"),
]
