"""The counter's use cases. The CLI and the window call these and nothing below them."""
