"""The main screen of the reader (screen.py), in rooms of one purpose each mixed into it."""
