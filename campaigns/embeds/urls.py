"""Embed URLs: outside the language prefix the framed form's sign-on endpoint (with the other
sign-on endpoints); inside it the embed pages (/es/embed/petitions/<key>/ is Spanish)."""

from django.urls import path

from . import views

urlpatterns = [
    path("sign/<int:page_id>/in-frame/", views.sign_in_frame, name="signons_sign_in_frame"),
]

# In the reader's language (inside the language prefix).
localized_urlpatterns = [
    path("embed/petitions/<uuid:petition_key>/", views.petition_embed, name="embed_petition"),
    path("embed/petitions/<uuid:petition_key>/thanks/", views.thanks_embed, name="embed_thanks"),
]
