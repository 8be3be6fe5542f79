"""The glyphs that open a list item, as the checker reads a letter's questions."""

from __future__ import annotations

# A bullet: the hyphen and star typed, and the glyphs word processors and published logs
# put at the start of a list item (an en dash, squares, circles, arrows, the Symbol font's
# private-use bullet, and "¿", a bullet mis-encoded on its way to a web page), each opening
# a question of its own as "1." does. Without them a list of "¿ fines paid" lines read as
# one sentence, so the count asked for in one item reached the words of every other.
BULLET_CHARS = "-*•·▪◦–—⦁\uf0b7■●○➢►¿"
BULLET = f"[{BULLET_CHARS}]"  # as a regex character class
