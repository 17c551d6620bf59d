"""Ingest: inputs to Articles (or typed Rejections)."""

from accord.ingest.readers import REJECT_REASONS, article_id, make_article, read_inputs

__all__ = ["REJECT_REASONS", "article_id", "make_article", "read_inputs"]
