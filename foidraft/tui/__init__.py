"""The terminal app (Textual). A thin layer over the headless core."""
