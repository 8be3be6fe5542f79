"""The model of what is recorded: datasets, the fields their records hold, the attributes
they do not hold, and words with several recorded meanings (foidraft/data/recorded.yaml).

The checker reads a request against it; the interview offers its fields.
"""
