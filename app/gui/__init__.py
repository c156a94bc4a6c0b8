"""The counter window (PySide6). It calls services only, always off the UI thread."""
