"""Sign-on URLs: outside the language prefix the endpoint, confirmation and unsubscribe links and
the count API; inside it the erasure request and link."""

from django.urls import path

from . import views

urlpatterns = [
    path("sign/<int:page_id>/", views.sign, name="signons_sign"),
    path("sign/confirm/<str:token>/", views.confirm, name="signons_confirm"),
    path("api/petitions/<uuid:petition_key>/count/", views.count, name="signons_count"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="signons_unsubscribe"),
]

# In the reader's language (inside the language prefix).
localized_urlpatterns = [
    path("privacy/erase/", views.erasure_request, name="signons_erasure_request"),
    path("privacy/erase/<str:token>/", views.erase, name="signons_erase"),
]
