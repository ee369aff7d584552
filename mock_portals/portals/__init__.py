"""One module per mock portal, each exposing ``routes`` to mount under its own path."""
