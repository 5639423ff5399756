"""Measurements of the product on real data: run as scripts (`python benchmarks/defects.py`)."""
