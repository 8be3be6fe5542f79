"""How fast authority search is over a WhatDoTheyKnow-sized directory. Prints figures;
asserts nothing.

    python benchmarks/authority_search.py [--names 50000] [--runs 20]

The directory is the bundled police list plus synthetic bodies (councils, schools, NHS
trusts, parishes...) named from generated place names, and a few real-looking confounders
("Kent County Council", "Greater Manchester Combined Authority"), until there are about
``--names`` searchable names. Target: at most 5 ms per query.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from foidraft import paths
from foidraft.authorities.directory import Directory, read_csv
from foidraft.authorities.model import Authority

QUERIES = (
    "west mids", "GMP", "the Met", "met police", "Police Scotland", "psni",
    "avon and somerset", "Dyfed-Powys", "Devon & Cornwall", "TVP", "MoD Police",
    "greater manchester", "lancashire polce", "manch", "kent", "norfolk county council",
    "st marys primary school", "xqzv",
)  # fmt: skip
SYLLABLES = (
    "ash", "bar", "bel", "bour", "brad", "bridge", "brook", "burn", "by", "caster", "chester",
    "cliff", "combe", "dale", "den", "don", "field", "ford", "gate", "ham", "hamp", "hurst",
    "ing", "ley", "lin", "mar", "mere", "minster", "mouth", "new", "north", "pool", "port",
    "ridge", "shaw", "stead", "stock", "stoke", "ton", "wick", "win", "wood", "worth",
)  # fmt: skip
KINDS = (
    "{} Borough Council", "{} District Council", "{} City Council", "{} Town Council",
    "{} Parish Council", "{} Primary School", "St {}'s Primary School", "{} Academy",
    "{} High School", "{} NHS Foundation Trust", "{} Clinical Commissioning Group",
    "{} Housing Association", "{} Fire and Rescue Service", "University of {}",
    "{} College", "{} Internal Drainage Board", "{} Community Council",
)  # fmt: skip
CONFOUNDERS = (
    "Kent County Council", "Norfolk County Council", "West Midlands Fire Service",
    "Greater Manchester Combined Authority", "Scottish Police Federation",
    "Metropolitan Borough of Wirral", "Police Federation of England and Wales",
    "Avon Fire and Rescue Service", "Devon County Council", "Thames Valley Berkshire LEP",
)  # fmt: skip


def synthetic(count: int, seed: int = 2024) -> list[Authority]:
    rng = random.Random(seed)
    out = [Authority(id=f"x_{i}", name=n) for i, n in enumerate(CONFOUNDERS)]
    while len(out) < count:
        place = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
        name = rng.choice(KINDS).format(place)
        out.append(Authority(id=f"s_{len(out)}", name=name))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    t0 = time.perf_counter()
    bundled = read_csv(paths.package_data("authorities.csv"))
    load_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    exact = Directory(bundled).resolve("West Mids")
    resolve_ms = (time.perf_counter() - t0) * 1000
    print(f"bundled list: {len(bundled)} bodies read in {load_ms:.2f} ms; "
          f"first exact resolve ({exact.id}) {resolve_ms:.2f} ms")  # fmt: skip

    extra = synthetic(args.names - len(bundled))
    directory = Directory(read_csv(paths.package_data("authorities.csv")), more=lambda: extra)
    t0 = time.perf_counter()
    directory.search("warm up")
    print(f"directory: {len(directory.all())} bodies; load + index build "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms (once per process)")  # fmt: skip

    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    for _ in range(args.runs):
        for q in QUERIES:
            t0 = time.perf_counter()
            directory.search(q, limit=10)
            per_query[q].append((time.perf_counter() - t0) * 1000)
    print(f"\n{'query':<26} {'median ms':>9} {'max ms':>8}  top hit")
    for q, times in per_query.items():
        hits = directory.search(q, limit=1)
        top = f"{hits[0][0].name} ({hits[0][1]:.0f})" if hits else "-"
        print(f"{q:<26} {statistics.median(times):9.2f} {max(times):8.2f}  {top}")
    every = [t for times in per_query.values() for t in times]
    print(f"\nall queries: mean {statistics.fmean(every):.2f} ms, median "
          f"{statistics.median(every):.2f} ms, p95 {sorted(every)[int(len(every) * 0.95)]:.2f} "
          f"ms, max {max(every):.2f} ms per query (target: 5 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
