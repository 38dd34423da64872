"""Sign-ons: signatures, the public form and endpoint, counting, confirmation, export and privacy."""
