"""Pure polars steps, one job per module, in the order the data flows.

raw bytes -> decode -> lines -> repair_encoding -> parse_turns (+ summary_header)
-> dedupe -> techniques -> defect_rows; ``pipeline`` composes them for a batch of files.
No module here reads or writes files.
"""
