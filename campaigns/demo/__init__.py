"""Demo content for campaigns: petitions first, so stories and alerts can feature them."""
