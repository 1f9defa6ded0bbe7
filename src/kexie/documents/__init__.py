"""Documents: originals stored byte for byte by sha256, with the reader's parse and its header fields."""
