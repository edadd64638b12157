"""Compare packages side by side, or one package across two scenarios or revisions."""
