"""The authority directory: bundled UK police forces and commissioners, search, refresh."""
