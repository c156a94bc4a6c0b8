"""Where the window's resources are, in a source tree and in an installed bundle."""

from app.translation import resources_dir

__all__ = ["resources_dir"]
