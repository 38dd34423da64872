"""RSS 2.0 feed of a news index's latest stories."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The feed of one news index (a NewsIndexPage, which routes it at feed/)."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def link(self):
        return self.index.get_full_url(self.request)

    def description(self):
        return self.index.intro or self.index.search_description or self.index.title

    def items(self):
        return self.index.stories().prefetch_related("authors__person")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.card_summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.modified_at()

    def item_author_name(self, item):
        return ", ".join(person.name for person in item.byline()) or item.source or None

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]
