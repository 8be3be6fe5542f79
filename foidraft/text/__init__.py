"""Shared text pieces every layer may use: the draft header format, the template language,
dates, case folding and lazy regexes. Nothing here imports the rest of foidraft."""
