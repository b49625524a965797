"""Extract event records from one article: a function of the article, nothing else.

The work is in the modules beside this one (normalize, lexicon, dates, actors, events,
article), which `make setup` compiles with mypyc; this package file stays plain Python.
"""
from .article import CODE_VERSION, extract_article, extractor_version

__all__ = ["CODE_VERSION", "extract_article", "extractor_version"]
