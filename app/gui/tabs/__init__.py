"""One module and class per tab of the counter window."""
