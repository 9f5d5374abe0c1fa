"""Coding as a team: merging coders' databases, inter-coder agreement, adjudication data.

Headless (never imports Textual): the CLI and the TUI screens share it.
"""
