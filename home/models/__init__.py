"""Pages, snippets, site chrome and site settings shared by the whole site."""

from .base import BasePage
from .pages import HomePage, StandardPage
from .site_chrome import SiteChrome
from .site_settings import SiteSettings
from .snippets import Issue, Person

__all__ = ["BasePage", "HomePage", "Issue", "Person", "SiteChrome", "SiteSettings", "StandardPage"]
