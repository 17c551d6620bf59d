"""accord: news stories to structured political event data.

The library is the product; the CLI is a thin shell over it::

    import accord
    rows = accord.extract(text, published="2025-08-21")   # output-contract dicts
"""

from accord.errors import AccordError, DataFileError, InputRejected, ModelNotInstalledError
from accord.pipeline import Coder, __version__, coder_version, extract
from accord.records import OUTPUT_FIELDS, Article, Event, Rejection
from accord.store import Store

__all__ = [
    "OUTPUT_FIELDS", "AccordError", "Article", "Coder", "DataFileError", "Event",
    "InputRejected", "ModelNotInstalledError", "Rejection", "Store", "__version__",
    "coder_version", "extract",
]
