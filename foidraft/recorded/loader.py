"""Load the model of what is recorded (foidraft/data/recorded.yaml) once per process.

The compiled model (plain data with the word regexes built) is kept with ``marshal`` in
the user cache folder, keyed by the file's size and modification time, like the rules, so
``foidraft check`` reads no YAML on most runs, and imports no validator
(``foidraft.recorded.validate``). A stale or unreadable cache is rebuilt.
"""

from __future__ import annotations

import os

from foidraft import paths
from foidraft.cachefile import bundle, seal, unbundle, unsealed
from foidraft.recorded.model import RecordedModel, pack_datasets, unpack_datasets
from foidraft.text.words import WORDS_FORMAT
from foidraft.version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CACHE_FORMAT = 11  # 2: word lists carry their head words; 3: and their compiled programs; 4: and
# which heads are whole words; 5: and the words after them; 6: programs with grouped words;
# 7: heads through a non-word class (e[-\s]?scooter); 8: each dataset's lists packed, the
# file sealed and mapped (foidraft.cachefile); 9: datasets' victims; 10: parts checked as read;
# 11: a not-held entry's search
_model: RecordedModel | None = None


def model_file() -> str:
    return paths.package_data("recorded.yaml")


def _cached(path: str, cache_dir: str | None) -> dict[str, Any]:
    st = os.stat(path)
    key = [
        CACHE_FORMAT,
        WORDS_FORMAT,
        __version__,
        os.path.abspath(path),
        st.st_size,
        st.st_mtime_ns,
    ]
    cache = os.path.join(cache_dir, f"recorded-{CACHE_FORMAT}.marshal") if cache_dir else None
    if cache is not None:
        try:
            payload = unsealed(cache)
            if payload is not None:
                stored, packed = unbundle(payload)
                if (
                    isinstance(stored, dict)
                    and stored.get("key") == key
                    and isinstance(stored.get("model"), dict)
                ):
                    # A part found damaged when read: the model built again (Dataset).
                    packed.on_damage(lambda: _built(path, cache, key))
                    return unpack_datasets(stored["model"], packed)
        except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError):
            pass
    return _built(path, cache, key)


def _built(path: str, cache: str | None, key: list[object]) -> dict[str, Any]:
    """The model read from its file, and written to the cache ``cache``."""
    from foidraft.recorded.validate import load_model_file

    model = load_model_file(path)
    if cache is not None:
        import contextlib

        from foidraft.atomic import write_cache_file

        index, parts = pack_datasets(model)
        with contextlib.suppress(OSError):  # a read-only cache folder only costs speed
            write_cache_file(cache, seal(bundle({"key": key, "model": index}, parts)))
    return model


def default_model() -> RecordedModel:
    """The bundled model, loaded once per process."""
    global _model
    if _model is None:
        _model = RecordedModel(_cached(model_file(), paths.cache_dir()))
    return _model
