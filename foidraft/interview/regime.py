"""A flow as one authority's requester sees it: words and examples that hold for any public
authority for a body that is not police (a question's ``non_police:``), an example for its
kind of body (``examples:``, "maternity care" for an NHS trust), Scottish words and
lists for Scottish bodies, and the statute's sections, each with its plain name, in the
regime the body answers under.

Question texts (prompt, why, hints, "not offered" reasons) may say ``{law.commercial}``;
it reads "section 43 (commercial interests)" for a body under the Freedom of Information
Act 2000 and "section 33 of the Scottish Act (commercial interests)" for one under FOISA.
A bare section number never reaches a screen.
"""

from __future__ import annotations

import re
from dataclasses import replace

from foidraft.authorities.years import year_start
from foidraft.interview.model import Choice, Flow, NotOffered, Question

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority

LAW: dict[str, dict[str, str]] = {
    "FOIA": {
        "act": "the Freedom of Information Act",
        "cost": "section 12 (the cost limit)",
        "hours": "18 hours of staff time (£450 at £25 an hour; £600 for central government)",
        "format": "section 11 (your preferred format)",
        "published": "section 21 (information already accessible to you)",
        "future": "section 22 (information meant for future publication)",
        "security": "section 23 (information from security bodies)",
        "law_enforcement": "section 31 (law enforcement)",
        "personal": "section 40 (personal information)",
        "commercial": "section 43 (commercial interests)",
        "aggregation": "section 12(4) (requests added together)",
        "courts": "the courts (HM Courts and Tribunals Service and the Ministry of Justice)",
        "commissioner": "the Information Commissioner",
    },
    "FOISA": {
        "act": "the Freedom of Information (Scotland) Act",
        "cost": "section 12 of the Scottish Act (excessive cost)",
        "hours": "40 hours of staff time (£600 at £15 an hour)",
        "format": "section 11 of the Scottish Act (your preferred format)",
        "published": "section 25 of the Scottish Act (information otherwise accessible)",
        "future": "section 27 of the Scottish Act (information intended for future publication)",
        "security": "section 31 of the Scottish Act (national security)",
        "law_enforcement": "section 35 of the Scottish Act (law enforcement)",
        "personal": "section 38 of the Scottish Act (personal information)",
        "commercial": "section 33 of the Scottish Act (commercial interests)",
        "aggregation": "regulation 6 of the Scottish fees regulations",
        "courts": "the courts (the Scottish Courts and Tribunals Service)",
        "commissioner": "the Scottish Information Commissioner",
    },
}
LAW_FIELDS = frozenset(f"law.{key}" for key in LAW["FOIA"])
_FIELD = re.compile(r"(\()?\{(law\.[a-z_]+)\}(\))?")
_CACHE: dict[tuple[int, bool, bool, str, int, bool], Flow] = {}


def is_scottish(authority: Authority | None) -> bool:
    """Scottish bodies answer under FOISA and record crime under the Scottish standard."""
    if authority is None:
        return False
    return (
        authority.regime == "FOISA"
        or authority.recording_standard == "scrs"
        or authority.nation == "scotland"
    )


def screen_text(text: str, scottish: bool) -> str:
    """``{law.x}`` fields replaced for the regime; other text as written. A field in
    brackets reads "under section 11 (your preferred format)", never "(section 11 (your
    preferred format))"."""
    law = LAW["FOISA" if scottish else "FOIA"]

    def field(m: re.Match[str]) -> str:
        value = law.get(m.group(2)[4:])
        if value is None:
            return m.group(0)
        if m.group(1) and m.group(3) and value.endswith(")"):
            return "under " + value
        return (m.group(1) or "") + value + (m.group(3) or "")

    return _FIELD.sub(field, text)


def is_police(authority: Authority | None) -> bool:
    """A police force, or no authority chosen yet (the flows' words are police words
    unless a question says otherwise for other bodies, in ``non_police:``)."""
    return authority is None or authority.type == "police"


def for_authority(flow: Flow, authority: Authority | None) -> Flow:
    """The flow as ``authority``'s requester sees it (cached per flow, regime and kind)."""
    scottish, police = is_scottish(authority), is_police(authority)
    kind = authority.type if authority is not None else ""
    ni = authority is not None and authority.nation == "northern_ireland"
    month = year_start(authority)  # a university's financial year starts on 1 August
    key = (id(flow), scottish, police, kind, month, ni)
    found = _CACHE.get(key)
    if found is None or found.id != flow.id:
        questions = tuple(
            replace(shown_question(q, scottish, police, kind, ni=ni), year_start=month)
            for q in flow.questions
        )
        scot = flow.description_scotland if scottish else ""
        found = replace(flow, questions=questions, description=scot or flow.description)
        _CACHE[key] = found
    return found


def shown_question(
    question: Question, scottish: bool, police: bool = True, kind: str = "", *, ni: bool = False
) -> Question:
    """``question`` as a body of ``kind`` (an authority type) is asked it; ``ni``: a body
    in Northern Ireland, offered what only it records (a "northern_ireland" choice)."""
    if not police and question.non_police is not None:
        question = question.non_police
    q = question.scotland if scottish and question.scotland is not None else question
    example = dict(q.examples).get(kind, q.example)
    kept: list[Choice] = []
    missing: list[NotOffered] = []
    for c in q.choices:
        if c.where == "northern_ireland" and not ni:
            continue
        if (c.where == "scotland" and not scottish) or (c.where == "elsewhere" and scottish):
            if c.reason and c.where == "elsewhere":
                missing.append(NotOffered(c.label, c.reason))
            continue
        if scottish and c.scotland is not None:
            c = c.scotland
        kept.append(replace(c, label=screen_text(c.label, scottish),
                            hint=screen_text(c.hint, scottish)))  # fmt: skip
    not_offered = tuple(
        NotOffered(screen_text(n.label, scottish), screen_text(n.why, scottish))
        for n in (*q.not_offered, *missing)
    )
    return replace(
        q,
        prompt=screen_text(q.prompt, scottish),
        why=screen_text(q.why, scottish),
        whys=tuple(replace(w, text=screen_text(w.text, scottish)) for w in q.whys),
        placeholder=screen_text(q.placeholder, scottish),
        other=screen_text(q.other, scottish) if q.other is not None else None,
        choices=tuple(kept),
        not_offered=not_offered,
        example=example,
        scotland=None,
        non_police=None,
    )
