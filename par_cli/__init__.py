"""par: an exact calculator for composite governance indices (Vietnam's PAR Index first)."""

__version__ = "0.1.0"
