"""The public list of signers: only confirmed, opted-in, visible signers, only the chosen fields."""

from django.core.paginator import Paginator
from django.utils.html import format_html_join

from .fields import PUBLIC_FIELDS
from .models import Signature

SIGNERS_PER_PAGE = 100


def public_signers(petition, *, include_hidden=False):
    """Listed signers of this petition in every translation, by category then name.

    With include_hidden, entries an editor hid are included, with their pk and hidden flag, for
    the moderation view.
    """
    # Public fields only (fields.py); the petition picks which of them beside the name.
    columns = ["category"] + [
        name for name in PUBLIC_FIELDS if getattr(petition, f"list_shows_{name}", True)
    ]
    listed = Signature.objects.for_petition(petition.translation_key).confirmed()
    listed = listed.filter(list_publicly=True, anonymized_at__isnull=True)
    if include_hidden:
        columns += ["pk", "hidden"]
    else:
        listed = listed.filter(hidden=False)
    return listed.order_by("category", "last_name", "first_name", "pk").values(*columns)


def describe_signer(row: dict) -> str:
    """'Rabbi Ruth Cohen, Congregation Beth Am, Albuquerque NM' from the fields that are shown.

    Each value the signer typed is isolated (<bdi>), so right-to-left text or a direction
    override in one value cannot reorder the rest of the entry, or the next one.
    """

    def words(*names):
        values = [row.get(name) for name in names if row.get(name)]
        return format_html_join(" ", "<bdi>{}</bdi>", ((value,) for value in values))

    parts = [
        words("title", "first_name", "last_name"),
        words("organisation"),
        words("city", "region"),
        words("country"),
    ]
    return format_html_join(", ", "{}", ((part,) for part in parts if part))


def signer_page(petition, page_number):
    """One page of the list, grouped as [(category label, [entry, ...]), ...]."""
    page = Paginator(public_signers(petition), SIGNERS_PER_PAGE).get_page(page_number)
    labels = petition.category_labels
    groups: list[tuple[str, list[str]]] = []
    for row in page.object_list:
        label = labels.get(row["category"], "")
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        groups[-1][1].append(describe_signer(row))
    return page, groups
