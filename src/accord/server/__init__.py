"""The REST API and dashboard: a thin HTTP shell over the library."""

from accord.server.app import create_app

__all__ = ["create_app"]
