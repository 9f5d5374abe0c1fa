"""The main screen of the reader, in rooms of one purpose each (mixed into NewsreaderApp)."""
