"""Local overrides of Django's number and date formats, found through FORMAT_MODULE_PATH."""
