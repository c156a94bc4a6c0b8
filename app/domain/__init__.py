"""The pump's life as plain Python: states, events, rules. No framework imports here."""
