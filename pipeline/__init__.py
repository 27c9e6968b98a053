"""zgc-monitor: processing and orchestration (extraction, cleaning, classification, warehouse, digest, Dagster)."""

__version__ = "0.1.0"
