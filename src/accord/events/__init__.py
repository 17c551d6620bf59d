"""Event coding: from a parsed sentence with actor mentions to CAMEO events."""
