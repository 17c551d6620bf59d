"""Analysis over stored events: ledgers of agreements and sanctions."""
