"""Page objects, one module per portal."""
