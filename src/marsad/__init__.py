"""marsad: Arabic conflict reports in, geocoded, source-attributed event data out."""

__version__ = "0.1.0"
