"""Sign-on URLs outside the language prefix: the endpoint, confirmation links and the count API."""

from django.urls import path

from . import views

urlpatterns = [
    path("sign/<int:page_id>/", views.sign, name="signons_sign"),
    path("sign/confirm/<str:token>/", views.confirm, name="signons_confirm"),
    path("api/petitions/<uuid:petition_key>/count/", views.count, name="signons_count"),
]
