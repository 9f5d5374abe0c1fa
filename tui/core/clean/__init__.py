"""The cleaner's parts: vocabulary (words, stop words, language), lines (features and score of
one line), blocks (the plain-text body), metadata (title, byline, date, source), html (saved
pages). The entry point is :func:`tui.core.cleaner.clean_article`."""
