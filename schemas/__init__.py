"""pandera models of every warehouse table, checked on DataFrames (never LazyFrames, which pandera
would check for names and types only) before anything is loaded."""
