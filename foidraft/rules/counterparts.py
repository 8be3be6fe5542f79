"""Section numbers a Scottish requester can use: the references in a rule's message or why
("(s31, s40)") shown in the numbering of the Freedom of Information (Scotland) Act 2002
("(FOISA s35, s38)") for a body that answers under it.

The table is data: ``counterparts:`` in ``foidraft/data/exemptions.yaml``, with its sources.
A reference already saying "FOISA sNN", and the bare ones listed after it ("FOISA s30(c),
s38"), are FOISA's and kept; one after another Act ("Communications Act 2003 s127") is
that Act's and kept; a FOIA section the table does not know is kept as written. A FOIA
reference followed by its own FOISA counterpart ("s43; FOISA s33", "s43 (FOISA s33(1)(b))")
gives way to it. A section in words keeps its words ("section 12" -> "FOISA section 12",
"section 12 of the Freedom of Information Act 2000" -> "section 12 of FOISA"); one of
another Act in words ("section 127 of the Communications Act 2003") is that Act's. A FOIA
neither-confirm-nor-deny provision ("s23(5)", "s40(5B)") brings FOISA's one such
provision, s18, named once ("(FOISA s18, s31, s38)"). One pass over the text: linear in
its length.

A rule's why often tells what a named English body cited ("West Midlands Police used
s23(5)"): there FOIA's sections are kept and FOISA's said beside them (``beside=True``:
"s23(5) (FOISA s31)"), so nothing is put in a body's mouth that it did not say.
"""

from __future__ import annotations

from foidraft.text.lazyre import LazyRegex

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

# "s31", "FOIA s8(1)(c)", "FOISA s35(1)(a)", "s40(5B)", "s15A", "s.31", "section 12",
# "Section 40(2)"; not "ss", "uses31", "sections" (a list of bare numbers after it is not
# read, so none is renumbered). Groups: the Act named, the form, the section, sub-sections.
_REF = LazyRegex(
    r"(?<![\w.])(?:(FOISA|FOIA) )?(s\. ?|s|[Ss]ection )(\d{1,3}[A-Z]?)"
    r"((?:\([0-9A-Za-z]{1,4}\))*)(?![\w(])"
)
# What may stand between two references of one list: "s31, s40", "s42, s35, or s22".
_LIST_GAP = LazyRegex(r"(?:[,;/] ?|,? (?:or|and) )")
# A reference after "Act 2003 " is that Act's section, not FOIA's.
_OTHER_ACT = LazyRegex(r"\b(?:Act|Regulations|Order) \d{4},? $")
# After a section in words: FOIA named ("section 12 of the Freedom of Information Act
# 2000", "of FOIA"), or another Act ("section 127 of the Communications Act 2003").
_OF_FOIA = LazyRegex(r" of (?:the )?(?:Freedom of Information Act(?: 2000)?|FOIA|FOI Act)\b")
_OF_OTHER = LazyRegex(r" of (?:the |this |that )?(?:[A-Z]|Act\b)")
_PARTS = LazyRegex(r"\([^)]*\)")  # "(1)(a)" -> "(1)", "(a)"
# Words for neither confirming nor denying: the sections listed after them in the same
# sentence ("withhold it or neither confirm nor deny it (s31, s38)") are ones FOISA's s18 is
# used with.
_NCND_WORDS = LazyRegex(r"(?i)neither[ -]confirm")
# A cached `foidraft check` imports neither re nor functools (tests/test_import_hygiene.py):
# these compile, and the table loads, only for a letter to a body under FOISA.
_TABLE: dict[str, str] = {}
# FOIA's neither-confirm-nor-deny sub-sections, and the FOISA sections s18 is used with.
_NCND: dict[str, frozenset[str]] = {}
# (a message template, under FOISA?) -> the template in that body's numbering
_TEMPLATES: dict[tuple[str, bool], str] = {}
_SCOTTISH = "_scotland"  # a template field's Scottish words: "nearest_scotland"
NCND_FOISA = "18"  # FOISA's one neither-confirm-nor-deny provision


def table() -> dict[str, str]:
    """FOIA section (or section with sub-sections, "40(2)") -> its FOISA counterpart."""
    if _TABLE:
        return _TABLE
    from foidraft.paths import package_data
    from foidraft.text.safe_yaml import safe_load

    with open(package_data("exemptions.yaml"), encoding="utf-8") as f:
        data = safe_load(f.read())["counterparts"]
    _NCND["foia"] = frozenset(str(k) for k in data["ncnd"]["foia"])
    _NCND["with"] = frozenset(str(k) for k in data["ncnd"]["with"])
    _TABLE.update({str(k): str(v) for k, v in data["sections"].items()})
    return _TABLE


def ncnd_with_s18(section: str, subs: str, target: str) -> bool:
    """Whether FOIA ``section``+``subs`` is a neither-confirm-nor-deny provision whose
    FOISA counterpart ``target`` is a section FOISA's s18 can be used with."""
    table()
    foia = section + subs
    if not any(foia == k or foia.startswith(k + "(") for k in _NCND["foia"]):
        return False
    return _s18_with(target)


def _s18_with(target: str) -> bool:
    """Whether FOISA section ``target`` is one s18 can be used with (28 to 35, 38, ...)."""
    return target in _NCND["with"] or target.split("(")[0] in _NCND["with"]


def foisa_reference(section: str, subs: str) -> str | None:
    """FOIA ``section`` with ``subs`` ("(1)(a)") in FOISA's numbering: the longest key of
    the table that begins it, plus what follows that key; None when the section is not
    in the table."""
    known = table()
    parts = _PARTS.findall(subs)
    for n in range(len(parts), -1, -1):
        key = section + "".join(parts[:n])
        if key in known:
            # Sub-sections below a mapped key keep their letters ("31(1)" -> "35(1)" + "(a)");
            # below a bare section they may mean something else, so only the section shows.
            rest = "".join(parts[n:]) if n else ""
            return known[key] + rest
    return None


# "(s40; FOISA s38)" -> "(s40)", "(s31(1)(a); FOISA s35(1)(a))" -> "(s31(1)(a))" for a
# body under FOIA: Scotland's numbering beside its own only puzzles its requester. No
# authority known: both kept. Each step of the loop starts with its own character: linear.
_FOISA_PAIR = LazyRegex(r";\s*FOISA\s(?:[^()]|\([^()]*\))*(?=\))")


def uses_foisa(authority: Authority | None) -> bool:
    return authority is not None and authority.regime == "FOISA"


def for_authority(text: str, authority: Authority | None, *, beside: bool = False) -> str:
    """``text`` with its section references in the numbering ``authority`` answers under;
    ``beside``: FOIA's kept, FOISA's said after them (for a why that tells what a named
    English body cited: "West Midlands Police used s23(5) (FOISA s31)")."""
    return in_foisa(text, beside=beside) if uses_foisa(authority) else text


def template_for(template: str, authority: Authority | None) -> str:
    """A message template (``{match}`` and the other fields still unfilled) in the
    numbering ``authority`` answers under: worked out once per template, and the letter's
    own words, filled in later, are quoted as the requester wrote them."""
    scottish = uses_foisa(authority)
    if authority is None or not (scottish or "FOISA" in template):
        return template
    done = _TEMPLATES.get((template, scottish))
    if done is None:
        done = in_foisa(template) if scottish else _FOISA_PAIR.sub("", template)
        _TEMPLATES[template, scottish] = done
    return done


def _after_ncnd_words(text: str, at: int, target: str) -> bool:
    """Whether the reference at ``at`` follows words for neither confirming nor denying in
    its own sentence, and its FOISA section ``target`` is one s18 can be used with."""
    start = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), 0)
    return _NCND_WORDS.compiled.search(text, start, at) is not None and _s18_with(target)


def fields_for(fields: dict[str, str], authority: Authority | None) -> dict[str, str]:
    """A finding's template fields for ``authority``: under FOISA a field's Scottish words
    ("nearest_scotland", from the model of what is recorded) stand for its English ones
    ("nearest"), where the model gives them."""
    if not uses_foisa(authority):
        return fields
    scottish = {k[: -len(_SCOTTISH)]: v for k, v in fields.items() if k.endswith(_SCOTTISH) and v}
    return {**fields, **scottish} if scottish else fields


def in_foisa(text: str, *, beside: bool = False) -> str:
    """``text`` with FOIA section references shown as FOISA's (see the module's note), or
    with ``beside``, each list of them followed by FOISA's ("(s31, s40; FOISA s35, s38)").
    A neither-confirm-nor-deny provision brings FOISA's s18, named once in the text."""
    refs = list(_REF.finditer(text))
    if not refs:
        return text
    edits: list[tuple[int, int, str]] = []  # (start, end, new words), in order
    act = ""  # the reference before: FOISA's as written, FOIA's made FOISA's ("made"), ...
    run: list[str] = []  # with ``beside``: the FOISA sections of the list being read
    said: set[str] = set()  # FOISA sections named in the list being read
    ncnd = False  # s18 named already

    def flush() -> None:
        if run:
            end = refs[i - 1].end()
            named = ", ".join(f"s{t}" for t in dict.fromkeys(run))
            tail = f"; FOISA {named}" if text.startswith(")", end) else f" (FOISA {named})"
            edits.append((end, end, tail))
            run.clear()

    list_gap = _LIST_GAP.compiled
    for i, m in enumerate(refs):
        after = i > 0 and list_gap.fullmatch(text, refs[i - 1].end(), m.start()) is not None
        if beside and not (after and act == "made"):
            flush()
        if not (after and act == "made"):
            said.clear()
        named, form, section, subs = m.groups()
        if named == "FOISA" or (not named and after and act == "FOISA"):
            act = "FOISA"  # FOISA's already: "FOISA s30(c), s38"
            continue
        in_words = len(form) > 3  # "section 12"
        if not named and _OTHER_ACT.search(text, max(0, m.start() - 20), m.start()):
            act = "other"  # "Communications Act 2003 s127"
            continue
        of_foia = _OF_FOIA.compiled.match(text, m.end()) if in_words else None
        if in_words and of_foia is None and _OF_OTHER.compiled.match(text, m.end()):
            act = "other"  # "section 127 of the Communications Act 2003"
            continue
        target = foisa_reference(section, subs)
        if target is None:  # a section the table does not know: kept as written
            act = "FOIA"
            continue
        with_s18 = not ncnd and (
            ncnd_with_s18(section, subs, target) or _after_ncnd_words(text, m.start(), target)
        )
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        gap = text[m.end() : nxt.start()] if nxt is not None and nxt.group(1) == "FOISA" else ""
        if beside and gap in ("; ", " (", " (and "):
            flush()  # "s43 (FOISA s33)": already said
            act = "twin"
            continue
        ncnd = ncnd or with_s18
        if beside:
            run += [NCND_FOISA, target] if with_s18 else [target]
            act = "made"
            continue
        if nxt is not None and gap:
            twin = nxt.group(3) + nxt.group(4)
            same = twin == target or twin.startswith(target + "(")
            if same and gap == "; ":  # "s43; FOISA s33" -> "FOISA s33"
                edits.append((m.start(), nxt.start(), ""))
                continue
            if same and gap == " (" and text.startswith(")", nxt.end()):
                # "under s43 (FOISA s33(1)(b))" -> "under FOISA s33(1)(b)"
                edits += [(m.start(), nxt.start(), ""), (nxt.end(), nxt.end() + 1, "")]
                continue
        form = form.lower() if in_words else form
        new = ([NCND_FOISA] if with_s18 else []) + ([] if target in said else [target])
        said.update(new)
        if after and act == "made" and not new:
            edits.append((refs[i - 1].end(), m.end(), ""))  # "s23(5), s31(3)": one s31
            continue
        label = "" if after and act in ("FOISA", "made") else "FOISA "
        end = m.end()
        if of_foia is not None:  # "section 12 of FOIA" -> "section 12 of FOISA"
            label, end = "", of_foia.end()
            new[-1] += " of FOISA"
        edits.append((m.start(), end, label + ", ".join(form + t for t in new)))
        act = "made"
    if beside:
        i = len(refs)
        flush()
    if not edits:
        return text
    out: list[str] = []
    at = 0
    for start, end, words in edits:
        out += [text[at:start], words]
        at = end
    out.append(text[at:])
    return "".join(out)
