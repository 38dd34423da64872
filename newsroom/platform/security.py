"""Content-Security-Policy: strict on the public site, with the inline scripts the Wagtail admin needs."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class NewsroomCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, adding ADMIN_CONTENT_SECURITY_POLICY_UPDATE under the admin path."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIX) and parts.update is None:
            parts.update = settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE
        return parts
