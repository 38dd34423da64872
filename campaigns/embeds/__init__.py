"""Petitions on partners' sites: the embed view, the script that frames it, and embed codes."""
