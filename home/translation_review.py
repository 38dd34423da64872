"""Translations reach readers through Newsroom review, like every other page.

wagtail-localize's translation editor replaces the page editor for a synced translation and offers
only "Publish in <language>" (to those who may publish): it has no "Submit to Newsroom review", and
the strings a translator types stay in wagtail-localize's tables until something writes them into
the page. `submit_for_review` is the missing step: it writes them into a draft revision and starts
(or resumes) the page's workflow, exactly as the page editor's submit button does.
"""

from django.contrib import messages
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages as admin_messages
from wagtail.admin.widgets.button import Button
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView


def synced_translation(page) -> Translation | None:
    """The wagtail-localize translation whose target is `page`, if the page is a synced translation."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def may_submit_for_review(page, user) -> bool:
    """Whether `user` may send the synced translation `page` to its workflow now."""
    # Cheapest first: the page listing asks this for every row.
    if not page.permissions_for_user(user).can_edit() or synced_translation(page) is None:
        return False
    state = page.current_workflow_state
    return page.get_workflow() is not None and (
        state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES
    )


def submit_translation(page, translation: Translation, user) -> None:
    """Write the typed translation into a draft revision of `page` and put it in review.

    Raises ValidationError when the translation cannot be saved (wagtail-localize's validation).
    """
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        # As the page editor does after "Changes requested": the same review goes on.
        state.resume(user)
    else:
        page.get_workflow().start(page, user)


def submit_for_review(request, page_id: int):
    """GET: confirm; POST: send this translated page to Newsroom review."""
    page = get_object_or_404(Page, id=page_id).specific
    translation = synced_translation(page)
    if translation is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.id])
    if request.method == "POST":
        if not may_submit_for_review(page, request.user):
            messages.warning(
                request,
                gettext("'%(title)s' is already waiting for review.")
                % {"title": page.get_admin_display_title()},
            )
            return redirect(edit_url)
        try:
            submit_translation(page, translation, request.user)
        except ValidationError:
            messages.error(
                request,
                gettext(
                    "'%(title)s' could not be saved for review: open it in the translation editor, "
                    "fix the highlighted translations and submit again."
                )
                % {"title": page.get_admin_display_title()},
            )
            return redirect(edit_url)
        messages.success(
            request,
            gettext("'%(title)s' has been submitted to %(workflow)s.")
            % {"title": page.get_admin_display_title(), "workflow": page.get_workflow().name},
        )
        return redirect(edit_url)
    context = {
        "page": page,
        "language": translation.target_locale.get_display_name(),
        "workflow": page.get_workflow(),
        "may_submit": may_submit_for_review(page, request.user),
        "edit_url": edit_url,
    }
    return TemplateResponse(request, "home/admin/submit_translation_for_review.html", context)


def submit_for_review_buttons(page, user, view_name=None, next_url=None):
    """register_page_listing_more_buttons / register_page_header_buttons: the way to the view above."""
    if may_submit_for_review(page, user):
        yield Button(
            _("Submit translation to review"),
            reverse("translation_submit_for_review", args=[page.id]),
            priority=59,
            icon_name="resubmit",
        )


def offer_submit_in_translation_editor(request, page):
    """before_edit_page: the translation editor has no submit button, so its page says where it is."""
    if request.method != "GET" or page.permissions_for_user(request.user).can_publish():
        return None
    if may_submit_for_review(page, request.user):
        admin_messages.info(
            request,
            gettext("When your translation is ready, submit it to %(workflow)s.")
            % {"workflow": page.get_workflow().name},
            buttons=[
                admin_messages.button(
                    reverse("translation_submit_for_review", args=[page.id]),
                    gettext("Submit translation to review"),
                )
            ],
        )
    return None


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" only publishers keep.

    wagtail-localize publishes every translation for anyone allowed to submit translations; for
    staff who may not publish a translated page (or change a translated snippet), the sync only
    brings the new source text into each translation editor, to be submitted to review.
    """

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"] and not self.may_publish_every_translation():
            form.cleaned_data["publish_translations"] = False
            messages.warning(
                self.request,
                gettext(
                    "You may not publish every translation, so none was published: the new text "
                    "waits in each translation editor, to be translated and submitted to review."
                ),
            )
        return super().form_valid(form)

    def may_publish_every_translation(self) -> bool:
        source = self.object.get_source_instance()
        if not isinstance(source, Page):
            # Snippets (site chrome, topics) have no review: publishing them is changing them.
            options = source._meta
            return self.request.user.has_perm(
                f"{options.app_label}.{get_permission_codename('change', options)}"
            )
        locales = self.object.translations.filter(enabled=True).values("target_locale")
        targets = Page.objects.filter(translation_key=self.object.object_id, locale__in=locales)
        return all(page.permissions_for_user(self.request.user).can_publish() for page in targets)
