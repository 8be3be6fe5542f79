"""Writing a planned batch: one draft per authority, each saved whole or not at all, and
never a second draft for an authority the batch already has."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from foidraft.batch.plan import (
    BatchPlan,
    PlannedDraft,
    batch_members,
    check_batch_id,
    existing_paths,
)
from foidraft.drafts.model import Draft
from foidraft.errors import FoidraftError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from foidraft.drafts.store import DraftStore


@dataclass
class BatchResult:
    """``written``: (plan, the saved draft); ``skipped``: (plan, the draft the batch
    already had for that authority)."""

    batch_id: str
    written: list[tuple[PlannedDraft, Draft]] = field(default_factory=list)
    skipped: list[tuple[PlannedDraft, Path]] = field(default_factory=list)


def write_batch(plan: BatchPlan, store: DraftStore) -> BatchResult:
    """Save a draft for each planned authority that this batch has none for yet.

    Existing drafts are looked up again now, not taken from the plan: another run may
    have written some meanwhile. Each draft is one atomic save with its whole header
    (``template``, ``batch``, ``authority``), so a crash leaves whole drafts only, and
    running the same batch again writes just the missing ones.
    """
    from foidraft import locks

    # One run of a batch at a time: the same batch started twice must not write each
    # authority's draft twice (what exists is looked up again once the lock is held).
    with locks.held(store.lock_file(f"batch-{plan.batch_id}")):
        return _write(plan, store)


def _write(plan: BatchPlan, store: DraftStore) -> BatchResult:
    result = BatchResult(plan.batch_id)
    existing = existing_paths(store, plan.batch_id)
    for planned in plan.drafts:
        path = existing.get(planned.authority.ref)
        if path is not None:
            result.skipped.append((planned, path))
            continue
        draft = Draft.new(planned.title, planned.text, planned.authority.ref)
        draft.template = plan.template.name
        draft.batch = plan.batch_id
        try:
            store.save(draft)
        except OSError as exc:
            done = len(result.written)
            raise FoidraftError(
                f"could not write the draft for {planned.authority.name}: {exc.strerror}",
                hint=f"{done} written so far; run the same command again to write the rest",
            ) from None
        result.written.append((planned, draft))
    return result


def batch_drafts(store: DraftStore, batch_id: str) -> list[Draft]:
    """Every draft written in ``batch_id``, in authority order; FoidraftError if none."""
    members = batch_members(store, check_batch_id(batch_id))
    if not members:
        raise FoidraftError(
            f"no drafts belong to batch '{batch_id}'",
            hint="`foidraft batch` prints the batch id it writes",
        )
    return [store.load_path(path) for _, path in members]
