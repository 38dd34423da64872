"""URL map: admin and machine endpoints outside the language prefix; pages inside it.

English (the source language) is served at /, other languages under /es/, /ar/, ...
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from campaigns.embeds import urls as embed_urls
from campaigns.signons import urls as signon_urls
from home.sitemap import MultilingualSitemap, TopicSitemap
from home.topics import topic_index, topic_page
from newsroom.api import api_router
from newsroom.favicon import favicon
from newsroom.health import healthz
from newsroom.robots import robots_txt
from search import views as search_views

# An unreachable database answers 503 with Retry-After, not 500 (newsroom/platform/answers.py).
handler500 = "newsroom.platform.answers.server_error"

urlpatterns = [
    # First: the sign-on endpoint is the address that takes the most requests at once.
    path("", include("campaigns.signons.urls")),  # sign-on endpoint and count API
    path("", include(embed_urls.urlpatterns)),  # the endpoint of the embed's form
    path("healthz", healthz, name="healthz"),
    path("api/v2/", api_router.urls),  # the read API (newsroom/api.py)
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap, "topics": TopicSitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include(signon_urls.localized_urlpatterns)),
    path("search/", search_views.search, name="search"),
    path("topics/", topic_index, name="topics"),
    path("topics/<str:slug>/", topic_page, name="topic"),
    path("representatives/", include("campaigns.representatives.urls")),
    path("", include(embed_urls.localized_urlpatterns)),  # /embed/petitions/<key>/
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
