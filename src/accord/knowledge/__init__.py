"""Knowledge as data: the CAMEO table, actor dictionaries and event patterns."""
