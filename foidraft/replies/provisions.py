"""What each provision a reply can cite does, per regime: the grounds a reply can rest on.

A provision is looked up by its regime and number ("31", "12", "22A") and, for a few, its
first subsection ("12(2)" refuses to confirm or deny on cost; EIR "12(4)(a)" says not
held). Anything not listed is the Acts' machinery (the right of access, time limits, the
notice itself, reviews, the Commissioner) and is never a ground a reply relies on.
"""

from __future__ import annotations

import re

ROLES = (
    "cost",  # FOIA/FOISA s12: over the cost limit
    "vexatious",  # s14: vexatious or repeated
    "published",  # FOIA s21, FOISA s25: reasonably accessible elsewhere
    "future",  # FOIA s22/22A, FOISA s27: intended for publication
    "not_held",  # FOISA s17 notice, EIR 12(4)(a)
    "ncnd",  # FOISA s18 (FOIA's are subsections: see NCND_RE)
    "exempt",  # the other exemptions and exceptions
    "unreasonable",  # EIR 12(4)(b): manifestly unreasonable (cost or vexatious)
    "advice",  # FOIA s16, FOISA s15: advice and assistance
    "fees",  # s9, s13: fees notices
    "extension",  # FOIA s10(3), EIR 7(1): more time (kept only in an extension)
    "environmental",  # FOISA s39(2), FOIA s39: the request is answered under the EIRs instead
)
_FOIA = {
    "9": "fees", "12": "cost", "13": "fees", "14": "vexatious", "16": "advice",
    "21": "published", "22": "future", "22A": "future",
    **{str(n): "exempt" for n in (23, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
                                   39, 40, 41, 42, 43, 44)},
}  # fmt: skip
_FOISA = {
    "9": "fees", "12": "cost", "13": "fees", "14": "vexatious", "15": "advice",
    "17": "not_held", "18": "ncnd", "25": "published", "27": "future",
    **{str(n): "exempt" for n in (26, *range(28, 42))},
}  # fmt: skip
_EIR = {"12": "exempt", "13": "exempt"}
TABLES = {"FOIA": _FOIA, "FOISA": _FOISA, "EIR": _EIR}
# FOIA's provisions that exclude the duty to confirm or deny (and s12(2), which does so on
# cost); FOISA s18; EIR 12(6).
NCND_RE = re.compile(
    r"s(?:12\(2\)|22A?\(2\)|23\(5\)|24\(2\)|26\(3\)|27\(4\)|28\(3\)|29\(2\)|30\(3\)|31\(3\)|"
    r"32\(3\)|33\(3\)|34\(2\)|35\(3\)|36\(3\)|37\(2\)|38\(2\)|39\(2\)|40\(5[AB]?\).*|41\(2\)|"
    r"42\(2\)|43\(3\)|44\(2\))|FOISA s18(?:\(.*)?|EIR 12\(6\)"
)


def split(label: str) -> tuple[str, str]:
    """("FOIA", "31(1)(a)") from "s31(1)(a)"; ("FOISA", "17") from "FOISA s17";
    ("EIR", "12(4)(b)") from "EIR 12(4)(b)"."""
    if label.startswith("FOISA s"):
        return "FOISA", label.removeprefix("FOISA s")
    if label.startswith("EIR "):
        return "EIR", label.removeprefix("EIR ")
    return "FOIA", label.removeprefix("s")


def number_of(section: str) -> str:
    return section.split("(", 1)[0]


def role(label: str, *, scottish: bool = False) -> str:
    """What the provision ``label`` does (one of ``ROLES``), or "" for machinery.
    ``scottish``: the reply is under the Environmental Information (Scotland) Regulations,
    whose exceptions are regulations 10 and 11 (in England's, 10 transfers a request and 11
    is the review)."""
    regime, section = split(label)
    if is_ncnd_provision(label):
        return "cost" if label == "s12(2)" else "ncnd"
    if (regime, section[:5]) in (("FOIA", "10(3)"), ("EIR", "7(1)")):
        return "extension"
    scottish_exception = section.startswith(("10(4)", "10(5)")) or (
        scottish and number_of(section) == "11"
    )
    if regime == "EIR" and scottish_exception:
        return {"10(4)(a)": "not_held", "10(4)(b)": "unreasonable"}.get(section[:8], "exempt")
    if (regime, section[:5]) == ("FOISA", "39(2)") or (regime, number_of(section)) == (
        "FOIA",
        "39",
    ):
        # a technical step, no refusal: the EIRs answer the request ("it is therefore exempted
        # from the provisions of FOIA by FOIA s.39(1)")
        return "environmental"
    if regime == "EIR":
        if section.startswith("6(1)(b)"):
            return "published"  # already publicly available and easily accessible
        if section.startswith("12(4)(a)"):
            return "not_held"
        if section.startswith("12(4)(b)"):
            return "unreasonable"
        if section.startswith(("12(1)", "12(2)", "12(3)")) or section == "12":
            return ""  # the general duty and its conditions, not an exception
    return TABLES[regime].get(number_of(section), "")


def extension_allowed(sections: tuple[str, ...], regime: str) -> bool:
    """Whether an extension notice citing ``sections`` may move the deadline: FOIA s10(3)
    extends the time only to weigh the public interest, and the cost limit (s12) has none,
    so an extension claimed for it alone is not counted (the request stays due on its 20th
    working day, and a reply after that is late)."""
    return not (regime == "FOIA" and bool(sections) and all(role(s) == "cost" for s in sections))


def is_ncnd_provision(label: str) -> bool:
    """Provisions that are themselves a refusal to confirm or deny."""
    return bool(NCND_RE.fullmatch(label))


# Words that name an exemption in a heading or a table ("31(1)(a) Law enforcement",
# "| 40(2) | Personal information |"): a bare provision followed by one is a citation.
TITLE_RE = re.compile(
    r"[ \t]{0,3}(?:[-–—:|][ \t]{0,3})?\(?(?:law enforcement|personal (?:information|data)|"
    r"national security|health and safety|investigations?|commercial|confiden|security bodies|"
    r"public affairs|legal professional|privilege|future publication|intended for|accessible|"
    r"international relations|defence|prohibitions?|formulation|policy|audit|court records|"
    r"communications with|honours|economy|relations within|cost of compliance|excessive cost|"
    r"vexatious|not held|manifestly unreasonable|third party)",
    re.IGNORECASE,
)
