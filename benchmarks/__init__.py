"""Benchmarks: a large workstation database, and the counter's actions timed on it."""
