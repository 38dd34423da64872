"""Editors moderate a petition's public signer list: hide or show an entry (admin_views.py has
the page, which shows only public fields)."""

from wagtail.log_actions import log

from .models import Signature

HIDE_ACTION = "campaigns.hide_signer"
ENTRIES_PER_PAGE = 100


def set_hidden(petition, signature_id: int, hidden: bool, user) -> bool:
    """Hide or show one listed signer of `petition`; logs the change without naming the signer."""
    changed = Signature.objects.filter(
        pk=signature_id, petition_key=petition.translation_key, list_publicly=True
    ).update(hidden=hidden)
    if changed:
        log(instance=petition, action=HIDE_ACTION, user=user, data={"hidden": hidden})
    return bool(changed)
