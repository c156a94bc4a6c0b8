"""PumpDesk: the counter program of a depot that lends medical pumps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pumpdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
