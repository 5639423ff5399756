"""The data-quality dashboard: a Streamlit app over the warehouse's marts, read-only (`transcripts dashboard`)."""
