"""Baseline for first-paint benchmarks: a bare Textual app showing one Static."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App):
    def compose(self) -> ComposeResult:
        yield Static("It doesn\u2019t rank as a big surprise (bare baseline)")


if __name__ == "__main__":
    Bare().run()
