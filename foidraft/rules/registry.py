"""Load the knowledge base once: bundled rules, then the user's rules merged over them.

Validated rules are cached with ``marshal`` under the user cache folder, keyed by each
source file's path, size and modification time, so most runs of ``foidraft check`` skip
YAML entirely. A missing, stale or unreadable cache is rebuilt; it never changes results.

The cache is never trusted (``foidraft.cachefile``): a damaged file is rebuilt rather than
handed to the rule engine, and rules built from it that still fail are rebuilt from the
sources.
"""

from __future__ import annotations

import marshal
import os

from foidraft import paths
from foidraft.cachefile import Parts, bundle, seal, unbundle, unsealed
from foidraft.rules.model import COLD, Rule, RuleSet
from foidraft.version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# 6: regex programs; 7: heads; 8: word starts; 9: longer heads; 11: context lists;
# 12: a checksum first; 13: whole-word heads; 14: the words after them; 15: cold parts packed;
# 16: programs for fuzzy patterns too; 17: alternations grouped by first letter; 18: patterns
# packed per rule, with the rule's gate; 19: heads through a non-word class (e[-\s]?scooter),
# patterns tried at line starts, and numbers as heads (a digit starting a word); 20: gates
# name the whole-word heads and the words after them (21: only those with such words); 22: a
# severity for bodies other than the police; 23: gates with every set of strings a match
# holds (24: their word lists shared); 25: literals ranked by how common in requests; 26: the
# parts checked as they are read (foidraft.cachefile), gates as tuples; 27: a rule's short
# message
CACHE_FORMAT = 27
_default: RuleSet | None = None


def _source_key(sources: list[tuple[str, str]]) -> list[object]:
    from foidraft.rules.precompile import ENGINE_KEY

    key: list[object] = [CACHE_FORMAT, __version__, ENGINE_KEY]
    for path, origin in sources:
        st = os.stat(path)
        key.append([os.path.abspath(path), origin, st.st_size, st.st_mtime_ns])
    return key


def _cache_path(cache_dir: str) -> str:
    return os.path.join(cache_dir, f"rules-{CACHE_FORMAT}.marshal")


def _read_cache(cache_dir: str | None, key: list[object]) -> list[dict[str, object]] | None:
    if cache_dir is None:
        return None
    try:
        payload = unsealed(_cache_path(cache_dir))
        return None if payload is None else _rules_of(payload, key)  # None: damaged, rebuild
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        return None


def _rules_of(
    payload: memoryview, key: list[object], *, checked: bool = True
) -> list[dict[str, object]] | None:
    """The rules a cache's payload holds, if made for ``key``. Their packed parts stay in
    the payload, where each rule's "hot" and "cold" offsets point (see ``_payload``), and
    are checked as they are read (``foidraft.cachefile.Parts``) unless built here."""
    stored, blobs = unbundle(payload, checked=checked)
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    rules = stored.get("rules")
    if not isinstance(rules, list):
        return None
    for rule in rules:
        rule["blobs"] = blobs
    return rules


def _payload(key: list[object], rules: list[dict[str, object]]) -> bytes:
    """What the cache holds (``foidraft.cachefile.bundle``): an index (the key, and the
    rules without their packed parts), then every rule's packed parts one after another.
    Loading it copies none of those parts: a check unpacks only what it uses."""
    index, parts, at = [], [], 0
    for rule in rules:
        blobs: list[bytes] = rule["blobs"]  # type: ignore[assignment]
        entry = {k: v for k, v in rule.items() if k != "blobs"}
        entry["cold"] = tuple(at + x for x in rule["cold"])  # type: ignore[attr-defined]
        entry["hot"] = tuple(at + x for x in rule["hot"])  # type: ignore[attr-defined]
        index.append(entry)
        parts.extend(blobs)  # each checked as it is read
        at += sum(len(b) for b in blobs)
    return bundle({"key": key, "rules": index}, parts)


def _write_cache(cache_dir: str | None, payload: bytes) -> None:
    if cache_dir is None:
        return
    import contextlib

    from foidraft.atomic import write_cache_file

    with contextlib.suppress(OSError):  # a read-only cache folder only costs speed
        write_cache_file(_cache_path(cache_dir), seal(payload))


def merge(
    base: list[dict[str, object]], overlay: list[dict[str, object]]
) -> list[dict[str, object]]:
    """User rules replace bundled rules with the same id; new ids are added at the end."""
    by_id = {r["id"]: i for i, r in enumerate(base)}
    out = list(base)
    for rule in overlay:
        if rule["id"] in by_id:
            out[by_id[rule["id"]]] = rule
        else:
            out.append(rule)
    return out


def load_rule_data(
    sources: list[tuple[str, str]], cache_dir: str | None = None, *, rebuild: bool = False
) -> list[dict[str, object]]:
    """Validated plain data for ``sources`` [(path, origin)], from the cache when fresh
    (and not told to ``rebuild`` it)."""
    try:
        key = _source_key(sources)
    except OSError as exc:
        from foidraft.errors import RuleFileError, RuleProblem

        where = getattr(exc, "filename", None) or "?"
        problem = RuleProblem(where, None, None, None, f"cannot read: {exc.strerror}")
        raise RuleFileError([problem]) from None
    cached = None if rebuild else _read_cache(cache_dir, key)
    if cached is not None:
        if cached:  # a part found damaged when read: the rules built again (rules.model)
            parts: Parts = cached[0]["blobs"]  # type: ignore[assignment]
            parts.on_damage(lambda: load_rule_data(sources, cache_dir, rebuild=True))
        return cached
    from foidraft.rules.loader import load_rule_file

    data: list[dict[str, object]] = []
    for path, origin in sources:
        data = merge(data, load_rule_file(path, origin=origin))
    payload = _payload(key, [_pack(rule) for rule in data])
    _write_cache(cache_dir, payload)
    rules = _rules_of(memoryview(payload), key, checked=False)  # as a cached load gives them
    assert rules is not None
    return rules


def _pack(rule: dict[str, object]) -> dict[str, object]:
    """The rule with what a check seldom reads packed into one blob (rules.model.COLD),
    and each pattern into one of its own ("hot"), unpacked when its gate lets it run."""
    from foidraft.rules.gate import rule_gate

    out = {k: v for k, v in rule.items() if k not in COLD and k != "patterns"}
    cold = marshal.dumps({k: rule[k] for k in COLD if k in rule})
    hot = [marshal.dumps(p) for p in rule["patterns"]]  # type: ignore[attr-defined]
    out["blobs"] = [cold, *hot]
    out["cold"] = [0, len(cold)]  # where each part is in "blobs", one after another
    ends = [len(cold)]  # where each pattern ends: pattern i is hot[i]:hot[i + 1]
    for part in hot:
        ends.append(ends[-1] + len(part))
    out["hot"] = ends
    out["gate"] = _frozen(rule_gate(rule))
    return out


_FROZEN: dict[object, object] = {}


def _frozen(value: Any) -> Any:
    """``value`` with its lists made tuples, equal ones one object: marshal writes each once,
    and loads tuples in about 60% of the time it takes for lists (a check reads every
    rule's gate, and never changes one)."""
    if isinstance(value, list):
        value = tuple(_frozen(v) for v in value)
        return _FROZEN.setdefault(value, value)
    return value


def default_sources() -> list[tuple[str, str]]:
    sources = [(paths.bundled_rules_file(), "bundled")]
    user = paths.user_rules_file()
    if os.path.exists(user):
        sources.append((user, "user"))
    return sources


def default_ruleset(*, refresh: bool = False) -> RuleSet:
    """The bundled knowledge base with the user's personal rules; loaded once per process."""
    global _default
    if _default is None or refresh:
        from foidraft.rules.regex_cache import install

        install(paths.cache_dir())  # the engine's own regexes, compiled from the cache too
        import gc

        # Tens of thousands of objects that live as long as the process: the collector
        # would walk them all several times while they load (a few milliseconds of every
        # `foidraft check`).
        enabled = gc.isenabled()
        gc.disable()
        try:
            data = load_rule_data(default_sources(), paths.cache_dir())
            try:
                _default = RuleSet([Rule(d) for d in data])
            except Exception:  # a cache that passed its checksum yet is not rules: rebuild
                data = load_rule_data(default_sources(), paths.cache_dir(), rebuild=True)
                _default = RuleSet([Rule(d) for d in data])
        finally:
            if enabled:
                gc.enable()
    return _default


def ruleset_from_file(path: str) -> RuleSet:
    """A rule set from one file, uncached (tests, `foidraft rules --file`)."""
    from foidraft.rules.loader import load_rule_file

    return RuleSet([Rule(d) for d in load_rule_file(path)])
