"""The knowledge base: rules loaded from ``known_clarifications.yaml``, validated strictly."""
