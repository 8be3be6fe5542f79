"""What kind of body a name describes, for authorities foidraft's list does not hold.

Any public body can receive a request. When a name is not in the directory, its words say
enough to give the right advice: "Leeds City Council" is an English council under FOIA,
"NHS Lothian" a Scottish health board under FOISA, "Ulster University" a university in
Northern Ireland under FOIA. Police advice (Home Office codes, officers and police staff,
outcome types) then stays with police bodies, and FOISA advice with Scottish ones.
"""

from __future__ import annotations

import re

from foidraft.authorities.model import Authority

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.directory import Directory

# Checked in order: the first family whose words occur wins, so "Police and Crime
# Commissioner" is a commissioner's office and "Police Scotland" a police force. Bodies
# that oversee, inspect or train the police come first: they hold no crime records, so
# police advice (Home Office codes, outcome types) would mislead their requesters.
_TYPE_WORDS: tuple[tuple[str, str], ...] = (
    (
        "other",
        r"office for police conduct|\biopc\b|police complaints|police investigations and review|"
        r"\bpirc\b|"
        r"police ombudsman|police federation|college of policing|inspectorate of constabulary|"
        r"\bhmicfrs\b|police superintendents|police remuneration|"
        # Fire and rescue services keep no crime records, and "County" in their names
        # would otherwise read them as councils.
        r"fire (?:and|&) rescue|fire authority|fire service",
    ),
    (
        "pcc",
        r"(?:police|policing)[\w, ]{0,20} commissioner|\bo?pf?cc\b|\bmopac\b|"
        r"police authority|policing board|mayor's office for policing",
    ),
    (
        "police",
        r"\bpolice\b|constabular(?:y|ies)|\bheddlu\b|chief constable|\bpsni\b|\bbtp\b|"
        r"\bgmp\b|\bmet\b(?! office)|metropolitan police",
    ),
    (
        "nhs",
        r"\bnhs\b|health board|health and social care|hospital|\btrust\b.*\b(?:health|care|"
        r"ambulance|mental|hospitals?|foundation)\b|ambulance|\bccg\b|integrated care|"
        r"clinical commissioning|healthcare|\bgp\b|surgery|medical practice",
    ),
    (
        "education",
        r"universit|\bcollege\b|\bschool\b|\bacademy\b|academies|\binstitute of technology\b",
    ),
    (
        "council",
        r"council|\bborough\b|county|district|city of|corporation of london|"
        r"combined authority|\bparish\b|\btown\b|\bcomhairle\b|cyngor",
    ),
    (
        "central_government",
        r"^(?:the )?(?:department|ministry|home office|cabinet office|foreign|treasury|"
        r"hm |his majesty|her majesty|office for|office of|scottish government|"
        r"welsh government|northern ireland executive|executive office|crown prosecution|"
        r"prime minister)|\bhmrc\b|\bdwp\b|\bdvla\b|\bmod\b|\bmoj\b|\bdfe\b|\bhmpps\b|"
        r"\bcps\b|\bagency\b|\bgovernment\b|\boffice\b|commissioner|\bombudsman\b",
    ),
)
_COMPILED = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in _TYPE_WORDS)

# Places and words that put a body in Scotland, Wales or Northern Ireland. Bodies are
# English unless their name says otherwise (most are; the note says what was assumed).
_NATION_WORDS: tuple[tuple[str, str], ...] = (
    (
        "scotland",
        r"scotland|scottish|glasgow|edinburgh|aberdeen|dundee|highland|lothian|fife|"
        r"lanarkshire|ayrshire|renfrewshire|dunbartonshire|stirling|falkirk|perth|angus|"
        r"moray|argyll|borders|dumfries|galloway|orkney|shetland|eilean siar|"
        r"western isles|clackmannanshire|inverclyde|midlothian|tayside|grampian|"
        r"forth valley|comhairle|police scotland|police investigations and review|\bpirc\b|"
        r"procurator fiscal|strathclyde|st andrews|heriot-watt|robert gordon|abertay|"
        r"\bnapier\b|queen margaret university|\bnhs 24\b",
    ),
    (
        "northern_ireland",
        r"northern ireland|\bpsni\b|belfast|ulster|\bni\b|derry|londonderry|"
        r"policing board|causeway|armagh|fermanagh|tyrone|antrim|mourne and down|north down",
    ),
    (
        "wales",
        r"\bwales\b|welsh|cymru|cyngor|heddlu|cardiff|swansea|newport|wrexham|gwynedd|powys|"
        r"ceredigion|pembrokeshire|carmarthenshire|conwy|denbighshire|flintshire|"
        r"anglesey|ynys mon|rhondda|caerphilly|torfaen|monmouthshire|blaenau gwent|"
        r"merthyr|bridgend|vale of glamorgan|neath|dyfed|gwent|betsi|aneurin|hywel dda",
    ),
)
_NATIONS = tuple((nation, re.compile(words, re.IGNORECASE)) for nation, words in _NATION_WORDS)
# UK-wide bodies named after a nation's institutions are still under FOIA ("Scotland
# Office" is a UK department); the Scottish Government and Scottish bodies are FOISA.
_UK_WIDE = re.compile(r"^(?:the )?(?:scotland|wales|northern ireland) office\b", re.IGNORECASE)


def infer_type(name: str) -> str:
    for kind, words in _COMPILED:
        if words.search(name):
            return kind
    return "other"


def infer_nation(name: str) -> str:
    if _UK_WIDE.search(name):
        return "uk"
    for nation, words in _NATIONS:
        if words.search(name):
            return nation
    return "england"


MAX_NAME = 200  # the longest UK public body names are about 120 characters


def infer_authority(name: str, regime: str | None = None) -> Authority:
    """An authority built from its name alone; ``regime`` (FOIA, FOISA, EIR) overrides.

    Cost limits follow the Fees Regulations: £600 for central government and £450 for
    other bodies, at £25 an hour; under FOISA, £600 at £15 an hour.
    """
    clean = " ".join(name.split())
    if not clean or len(clean) > MAX_NAME:
        from foidraft.errors import FoidraftError

        raise FoidraftError(
            f"an authority's name must be 1 to {MAX_NAME} characters (this one has {len(clean)})",
            hint="give the body's name as it signs its letters, e.g. 'Leeds City Council'",
        )
    kind = infer_type(clean)
    nation = infer_nation(clean)
    if kind == "central_government" and nation == "england":
        nation = "uk"  # departments serve the UK unless the name says otherwise
    if regime is None:
        regime = "FOISA" if nation == "scotland" else "FOIA"
    if regime == "FOISA":
        cost, rate = 600, 15
        if nation not in ("scotland", "uk"):
            nation = "scotland"
    elif kind == "central_government":
        cost, rate = 600, 25
    else:
        cost, rate = 450, 25
    police = kind == "police"
    return Authority(
        id="named:" + re.sub(r"[^a-z0-9]+", "-", clean.lower()).strip("-"),
        name=clean,
        type=kind,
        nation=nation,
        regime=regime,
        recording_standard=("scrs" if nation == "scotland" else "hocr") if police else None,
        cost_limit=cost,
        hourly_rate=rate,
        tags=("inferred",),
    )


_TYPE_WORDS_TEXT = {
    "police": "a police force",
    "pcc": "a police and crime commissioner's office",
    "council": "a council",
    "nhs": "an NHS body",
    "education": "a university, college or school",
    "central_government": "a government department or agency",
    "other": "a public authority",
}
_NATION_TEXT = {
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern_ireland": "Northern Ireland",
    "uk": "the UK",
}


def assumption(authority: Authority, *, verb: str = "checked", hint: bool = True) -> str:
    """One line saying what foidraft assumed about a body it does not know; ``hint`` adds
    how to change the law it is read under (for commands with ``--regime``). A name with
    every word of a listed body's ("Cty of Lndn") asks whether that body was meant."""
    from foidraft.authorities.directory import load_directory

    near = load_directory().spelt_like(authority.name)
    return (
        f"{authority.name!r} is not in foidraft's list of authorities: {verb} as "
        f"{type_words(authority)} in "
        f"{_NATION_TEXT.get(authority.nation, 'the UK')} under {authority.regime}"
        + (" (use --regime to change the law)" if hint else "")
        + (f"; did you mean {near[0].name}? (give its name in full or its id)" if near else "")
    )


def type_words(authority: Authority) -> str:
    """'a council', 'an NHS body'..."""
    return _TYPE_WORDS_TEXT.get(authority.type, "a public authority")


def resolve_any(
    ref: str, regime: str | None = None, directory: Directory | None = None
) -> tuple[Authority, str | None]:
    """The authority ``ref`` names: from the directory when it is clearly there, otherwise
    read from the name. Returns it with a note of what was assumed (None when nothing was).

    A fuzzy directory match of another kind of body ("Kent County Council" near "Kent
    Police") is not taken: the name's own words say which kind it is.
    """
    from foidraft.authorities.directory import load_directory
    from foidraft.authorities.former import known_name
    from foidraft.errors import FoidraftError

    directory = directory or load_directory()
    named = known_name(ref, directory)
    if named is not None:
        body, note = named
        return (body if regime in (None, body.regime) else with_regime(body, regime)), note
    found: Authority | None = None
    try:
        found = directory.resolve(ref)
    except FoidraftError:
        if directory.exact(ref.strip()):
            raise  # several bodies share that name, or it is outside FOI: say so
    if found is not None and not directory.exact(ref.strip()) and _elsewhere(ref, found):
        found = None
    if found is None:
        inferred = directory.with_email(infer_authority(ref, regime))
        return inferred, assumption(inferred)
    if regime is not None and regime != found.regime:
        return with_regime(found, regime), None
    return found, None


def any_body(ref: str, directory: Directory, *, foi_only: bool = True) -> tuple[Authority, bool]:
    """A listed body, as ``Directory.resolve`` finds it, or any body named in full, as
    ``resolve_any`` reads it (True: read from its name); never a name that may be a
    misspelling of a listed body's (an error naming that body)."""
    from foidraft.authorities.former import known_name
    from foidraft.errors import FoidraftError

    name = " ".join(ref.split())
    named = known_name(name, directory)  # a former name or a letter's form, of any length
    if named is not None:
        return named[0], "inferred" in named[0].tags
    if " " not in name or directory.exact(name):
        return directory.resolve(name, foi_only=foi_only), False
    authority, assumed = resolve_any(name, directory=directory)
    if assumed is None:
        return authority, False
    near = directory.spelt_like(name)
    if near:
        raise FoidraftError(
            f"{name!r} is not in foidraft's list; did you mean {near[0].name}?",
            hint="give that body's name in full or its id (`foidraft authorities search`)",
        )
    return authority, True


def _elsewhere(name: str, listed: Authority) -> bool:
    """A near match the name's own words rule out: another kind of body ("Kent County
    Council" near "Kent Police"; a commissioner is never the force it oversees), or a
    force of another nation with a word none of its names has ("Northern Constabulary",
    a Scottish force, near the PSNI), whose law and advice would be another's."""

    kind = infer_type(name)
    if listed.type != "other" and kind != listed.type:
        return True
    return other_nation(name, listed)


def other_nation(name: str, listed: Authority) -> bool:
    """``name`` says nothing of the listed body's nation (or names another) where the law
    differs (Scotland, Northern Ireland), and has a word none of its names has."""
    from foidraft.authorities.search import names_every_word

    nation = infer_nation(name)
    devolved = {"scotland", "northern_ireland"}
    differs = nation != listed.nation and (nation in devolved or listed.nation in devolved)
    return differs and not names_every_word(name, listed)


# A regime's body, and the Act its letters are checked under: Scotland's environmental
# regulations (EISR) are a Scottish body's, so its letters follow FOISA's advice.
REGIME_ONLY = {
    "FOISA": ("a Scottish public authority", "FOISA"),
    "EISR": ("a Scottish public authority", "FOISA"),
    "EIR": ("a public authority (EIR)", "EIR"),
}


def regime_only(regime: str) -> Authority | None:
    """A body known only by the Act its reply was made under (a draft's ``regime:`` when
    it names no body), so its letters are checked under that Act; None for FOIA, which
    is what no authority means anyway."""
    known = REGIME_ONLY.get(regime)
    return infer_authority(*known) if known else None


def with_regime(authority: Authority, regime: str) -> Authority:
    """A copy of ``authority`` under another law (FOISA's cost limit and rate follow)."""
    copy = Authority(**{slot: getattr(authority, slot) for slot in Authority.__slots__})
    copy.regime = regime
    if regime == "FOISA":
        copy.cost_limit, copy.hourly_rate = 600, 15
    elif authority.regime == "FOISA":
        copy.cost_limit = 600 if authority.type == "central_government" else 450
        copy.hourly_rate = 25
    return copy
