"""The headless core: never imports Textual, so the CLI and tests use it directly."""
