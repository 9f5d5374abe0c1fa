"""Exchange with other tools: REFI-QDA projects (.qdpx) out and in, W3C positions in raw files.

- :mod:`.positions`: how offsets are counted and converted (code points, UTF-16, line ends,
  cleaned text to raw file).
- :mod:`.sources`: the annotated articles, opened and cleaned, with each annotation placed.
- :mod:`.qdpx_write` / :mod:`.qdpx_read`: the project file and its archive.
- :mod:`.qdpx_import`: a read project placed on the opened articles and added to the store.
- :mod:`.w3c`: Web Annotation targets whose positions hold in the file they name.

Nothing here imports Textual.
"""
