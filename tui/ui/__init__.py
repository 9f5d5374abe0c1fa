"""The Textual user interface over `tui.core`."""

import os

# Textual draws at most TEXTUAL_FPS frames a second (60 by default): a key whose frame falls
# within 1/60 s of the previous frame (a tag's save state, the key before it) waits for the
# next slot, up to 17 ms, a whole frame of latency. Frames are drawn only when something
# changed, so a higher cap costs nothing at rest. Set before Textual is first imported; a
# value the user set wins.
os.environ.setdefault("TEXTUAL_FPS", "120")
