"""Content-Security-Policy: strict on the public site, with the inline scripts the Wagtail admin
needs, and framing by other sites only where a view allows it (partner embeds)."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

# Set on a response by allow_framing(): the origins that may frame it besides this site.
FRAME_ANCESTORS_ATTRIBUTE = "frame_ancestors"


def allow_framing(response, origins):
    """Let this site and `origins` frame `response`; every other answer refuses to be framed
    (X-Frame-Options: DENY, frame-ancestors 'self')."""
    response.xframe_options_exempt = True
    setattr(response, FRAME_ANCESTORS_ATTRIBUTE, [SELF, *origins])
    return response


class NewsroomCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, adding ADMIN_CONTENT_SECURITY_POLICY_UPDATE under the admin path
    and the frame-ancestors a view allowed with allow_framing()."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIX) and parts.update is None:
            parts.update = settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE
        ancestors = getattr(response, FRAME_ANCESTORS_ATTRIBUTE, None)
        if ancestors:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ancestors}
        return parts
