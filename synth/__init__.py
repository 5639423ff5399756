"""Synthetic transcript corpora for demos, load tests and benchmarks (no corpus text)."""
