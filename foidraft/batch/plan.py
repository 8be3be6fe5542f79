"""Planning a batch: one letter per authority from a template, each checked with the
advice for that authority, before anything is written."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from foidraft.errors import FoidraftError
from foidraft.lint.model import SEVERITIES, Finding
from foidraft.templates.from_draft import addressee
from foidraft.templates.model import Template

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.authorities.model import Authority
    from foidraft.config import Config
    from foidraft.drafts.store import DraftStore
    from foidraft.recorded.terms import TermChange
    from foidraft.rules.model import RuleSet

BATCH_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")


@dataclass(frozen=True, eq=False)
class PlannedDraft:
    """The letter one authority would get. ``existing`` is the draft already written for
    it in this batch (a re-run skips it); ``terms`` the recording terms put in the
    authority's own (Police Scotland's crime names, markers and outcomes)."""

    authority: Authority
    title: str
    text: str
    findings: list[Finding]
    existing: Path | None = None
    terms: tuple[TermChange, ...] = ()
    # Places the letter names in another force's area (place, that force's name).
    elsewhere: tuple[tuple[str, str], ...] = ()

    def elsewhere_text(self) -> str:
        """'' or 'names Coventry (West Midlands Police's area), not in its own area'."""
        return elsewhere_words(self.elsewhere)

    def terms_text(self) -> str:
        """'' or '4 recording terms in its own words, 1 gap to fill'."""
        if not self.terms:
            return ""
        n, gaps = len(self.terms), sum(1 for t in self.terms if t.gap)
        out = f"{n} recording term{'s' if n != 1 else ''} in its own words"
        return out + (f", {gaps} gap{'s' if gaps != 1 else ''} to fill" if gaps else "")

    def counts(self) -> dict[str, int]:
        """Findings per severity, most severe first; severities with none are left out."""
        out: dict[str, int] = {}
        for severity in reversed(SEVERITIES):
            n = sum(1 for f in self.findings if f.severity == severity)
            if n:
                out[severity] = n
        return out

    def rules(self, severity: str) -> list[str]:
        """The ids of the rules that found something at ``severity``, once each."""
        return list(dict.fromkeys(f.rule for f in self.findings if f.severity == severity))

    @property
    def has_warnings(self) -> bool:
        """True when something is at warning level or above (``foidraft check`` exits 1)."""
        return any(f.severity in ("warning", "error") for f in self.findings)

    @property
    def warned(self) -> bool:
        """A warning found, or a place in another force's area named: marked ▲ (or ✖)
        and counted among the letters to look at before sending."""
        return self.has_warnings or bool(self.elsewhere)


@dataclass(frozen=True, eq=False)
class BatchPlan:
    """What ``write_batch`` would write. ``left_out`` are bodies outside FOI (never sent
    a request) with the reason; ``held_back`` the authorities beyond a pilot."""

    batch_id: str
    template: Template
    drafts: list[PlannedDraft]
    left_out: list[tuple[Authority, str]] = field(default_factory=list)
    held_back: list[Authority] = field(default_factory=list)

    @property
    def new(self) -> list[PlannedDraft]:
        return [d for d in self.drafts if d.existing is None]

    @property
    def warned(self) -> bool:
        """A letter this run writes needs a look before it is sent (`foidraft batch`
        exits 1): a warning found, or a place in another force's area named."""
        return any(d.warned for d in self.new)


def check_batch_id(batch_id: str) -> str:
    if not BATCH_ID_RE.fullmatch(batch_id):
        raise FoidraftError(
            f"'{batch_id}' cannot be a batch id",
            hint="use lower-case letters, digits and dashes (up to 60)",
        )
    return batch_id


def default_batch_id(template: Template) -> str:
    """The template's name: running one template again continues the same batch (drafts
    already written are skipped) instead of writing duplicates."""
    stem = re.sub(r"[^a-z0-9]+", "-", template.stem.lower()).strip("-")
    return stem[:60].rstrip("-") or "batch"


def plan_batch(
    template: Template,
    authorities: Sequence[Authority],
    values: Mapping[str, str] | None = None,
    *,
    batch_id: str | None = None,
    pilot: int | None = None,
    store: DraftStore | None = None,
    today: dt.date | None = None,
    ruleset: RuleSet | None = None,
    config: Config | None = None,
) -> BatchPlan:
    """One planned draft per authority (in the order given, each once), rendered and
    checked for that authority; nothing is written. With ``pilot``, only the first
    ``pilot`` authorities. With ``store``, drafts this batch already has are marked.

    Raises MissingFieldsError (naming every missing value) before any work is done, and
    FoidraftError when the template's salutation names one authority for all of them.
    """
    from foidraft.lint.api import check

    batch_id = check_batch_id(batch_id if batch_id is not None else default_batch_id(template))
    if pilot is not None and pilot < 1:
        raise FoidraftError("a pilot needs at least one authority", hint="--pilot 3, say")
    unique = list({a.id: a for a in authorities}.values())
    chosen = [a for a in unique if a.foi_applies]
    left_out = [(a, a.notes or "not subject to FOI law") for a in unique if not a.foi_applies]
    if not chosen:
        raise FoidraftError("no authority to write to", hint="bodies outside FOI are left out")
    held_back = chosen[pilot:] if pilot is not None else []
    chosen = chosen[:pilot] if pilot is not None else chosen
    _check_salutation(template, unique)
    day = today or dt.date.today()
    existing = existing_paths(store, batch_id) if store is not None else {}
    drafts: list[PlannedDraft] = []
    for authority in chosen:
        rendered = template.render(authority, values, today=day)
        findings = check(rendered.body, authority, ruleset=ruleset, config=config, today=day)
        title = _title(rendered.title, authority)
        drafts.append(
            PlannedDraft(
                authority,
                title,
                rendered.body,
                findings,
                existing.get(authority.ref),
                rendered.terms,
                named_elsewhere(f"{rendered.title}\n\n{rendered.body}", authority),
            )
        )
    return BatchPlan(batch_id, template, drafts, left_out, held_back)


def elsewhere_words(places: Sequence[tuple[str, str]]) -> str:
    """'' or 'names Coventry (West Midlands Police's area), not in its own area'."""
    if not places:
        return ""
    said = ", ".join(f"{place} ({force}'s area)" for place, force in places)
    return f"names {said}, not in its own area"


def named_elsewhere(text: str, authority: Authority) -> tuple[tuple[str, str], ...]:
    """The places ``text`` names in another force's area, with that force's name: a
    template written for West Midlands Police ("knife crime in Coventry") sent to Kent."""
    from foidraft.authorities.directory import load_directory
    from foidraft.authorities.places import places_elsewhere

    found = places_elsewhere(text, authority)
    if not found:
        return ()
    directory = load_directory()
    named = [(place, directory.get(force)) for place, force in found]
    return tuple((place, force.name if force else "another force") for place, force in named)


def _title(title: str, authority: Authority) -> str:
    """The template's title, plus who it is for unless it says so already: the drafts of
    a batch need telling apart in lists and file names."""
    names = [n for n in (authority.name, authority.short_name) if n]
    if any(n.casefold() in title.casefold() for n in names):
        return title
    return f"{title}{_suffix(authority)}"


def _suffix(authority: Authority) -> str:
    """What a batch adds to each draft's title to tell them apart: " (GMP)"."""
    return f" ({authority.short_name or authority.name})"


def request_title(title: str, authority: Authority | None, batch: str) -> str:
    """The title the authority reads: a batch's draft carries who it is for ("... (GMP)",
    added by ``_title``) to tell the drafts apart here, which a WhatDoTheyKnow title, an
    email's subject or the letters that follow need not repeat to that body."""
    if not batch or authority is None:
        return title
    suffix = _suffix(authority)
    if title.endswith(suffix) and title[: -len(suffix)].strip():
        return title[: -len(suffix)].rstrip()
    return title


def _check_salutation(template: Template, authorities: Sequence[Authority]) -> None:
    """Refuse a template whose "Dear ...," names one authority: every force would get
    "Dear West Midlands Police,"."""
    to = addressee(template.body)
    if not to or "{" in to:
        return
    key = " ".join(to.split()).casefold()
    for a in authorities:
        if key in {n.casefold() for n in (a.name, a.short_name, a.id, *a.aliases) if n}:
            named = a.name
            break
    else:
        from foidraft.authorities.directory import load_directory

        found = load_directory().exact(to)
        if not found:
            return
        named = found[0].name
    raise FoidraftError(
        f"{template.name}: the letter opens 'Dear {to},', so every authority would be "
        f"addressed as {named}",
        hint="write 'Dear {authority.name},' in the template",
    )


def batch_members(store: DraftStore, batch_id: str) -> list[tuple[str, Path]]:
    """(authority id, path) of every draft written for ``batch_id``, by authority."""
    from foidraft.drafts.files import decode, read_bytes
    from foidraft.text.header import split_header

    found: list[tuple[str, Path]] = []
    for summary in store.list():
        if summary.problem:
            continue
        try:
            header, _ = split_header(decode(read_bytes(summary.path), summary.name))
        except FoidraftError:
            continue
        if header.get("batch") == batch_id:
            found.append((header.get("authority", ""), summary.path))
    return sorted(found)


def existing_paths(store: DraftStore, batch_id: str) -> dict[str, Path]:
    """The draft already written for ``batch_id``, by the authority its header names (an
    id, or the name of a body the directory does not list: ``Authority.ref``)."""
    found: dict[str, Path] = {}
    for authority, path in batch_members(store, batch_id):
        found.setdefault(authority, path)
    return found
