"""One request to many authorities: a template written out once per authority.

    plan = plan_batch(template, directory.select("police"), {"period": "..."}, store=store)
    for planned in plan.drafts:          # preview: title, text, findings per authority
        ...
    result = write_batch(plan, store)    # one draft each; existing ones skipped

Every draft is personalised by the template's placeholders (``Dear {authority.name},``,
``{authority.act}``, ``{authority.cost_limit}``) and checked with that authority's
advice, so Police Scotland's draft is checked against FOISA (the Act, the £600 limit,
no Home Office codes). Bodies outside FOI (the National Crime Agency) are left out.

Each draft's header records ``template``, ``batch`` (the batch id: by default the
template's name) and ``authority``. Writing skips any authority the batch already has a
draft for, so a pilot (``pilot=3``) followed by the full run writes each letter once.
"""

from __future__ import annotations

from foidraft.batch.plan import (
    BatchPlan,
    PlannedDraft,
    batch_members,
    check_batch_id,
    default_batch_id,
    existing_paths,
    plan_batch,
)
from foidraft.batch.write import BatchResult, batch_drafts, write_batch

# The advice is shown when a batch would write to more than PILOT_SIZE authorities
# (WhatDoTheyKnow's "responsible use of batch" advice says the same).
PILOT_SIZE = 3
# Why a pilot helps; the CLI and the app each say how to run one in their own terms.
PILOT_REASONS = (
    "Identical round-robin requests to every force are often referred to the NPCC Central "
    "Referral Unit, which coordinates the answers and checks for requests made in concert, "
    "and identical requests can be aggregated for the cost limit; a pilot shows whether "
    "the wording gets the data before every force has it."
)
PILOT_ADVICE = (
    "Pilot first: send the request to a few forces (--pilot 3), see how they answer, then "
    "run the same command without --pilot to write the rest (drafts already written for "
    "the batch are skipped). " + PILOT_REASONS
)

__all__ = [
    "PILOT_ADVICE",
    "PILOT_REASONS",
    "PILOT_SIZE",
    "BatchPlan",
    "BatchResult",
    "PlannedDraft",
    "batch_drafts",
    "batch_members",
    "check_batch_id",
    "default_batch_id",
    "existing_paths",
    "plan_batch",
    "write_batch",
]
