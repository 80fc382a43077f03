"""Pure curation logic: decoding, cleaning, language, near-duplicates, records. No Prefect here."""

__version__ = "0.1.0"
