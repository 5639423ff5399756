"""Pure polars steps, one job per module, in the order the data flows.

raw bytes -> decode -> formats (detect, one parser a format; plain text via lines) -> summary_header
-> repair_encoding -> meta_text -> dedupe -> near_duplicates -> loops -> refusal, truncation,
role_inversion, speaker_checks -> duplicate_sessions -> quality; ``pipeline`` composes them for a batch
of files, ``defect_rows`` gives every finding one shape. No module here reads or writes files.
"""
