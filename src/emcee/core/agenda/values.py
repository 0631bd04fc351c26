"""An agenda as plain values (text, numbers, lists and mappings, as JSON has them) and back,
read from the model's own fields: what an agenda holds is described once, in ``model``.

The autosaved draft is written this way: it may be half-done (an empty title, a missing
length), which the agenda file refuses, and it must keep every value exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

from emcee.core.agenda.model import Agenda


def to_values(value: object) -> Any:
    """``value`` (an agenda or any part of it) as plain values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_values(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [to_values(part) for part in value]
    return value  # text, whole numbers, true or false, None


def agenda_of_values(data: object) -> Agenda:
    """The agenda ``to_values`` gave; raises ValueError for anything else. A value left
    out is the model's default."""
    agenda = _read(Agenda, data, "agenda")
    assert isinstance(agenda, Agenda)
    return agenda


def _read(kind: Any, data: object, where: str) -> object:
    """``data`` as the type ``kind`` (a model class or a field's type)."""
    if isinstance(kind, types.UnionType):  # "X | None"
        if data is None:
            return None
        [kind] = [part for part in typing.get_args(kind) if part is not type(None)]
    origin = typing.get_origin(kind)
    if origin is tuple:
        if not isinstance(data, list):
            raise ValueError(f"{where} is not a list")
        part = typing.get_args(kind)[0]
        return tuple(_read(part, value, f"{where}[{n}]") for n, value in enumerate(data))
    if isinstance(kind, type) and is_dataclass(kind):
        model: Any = kind
        if not isinstance(data, dict):
            raise ValueError(f"{where} is not a table")
        hints = typing.get_type_hints(kind)
        known = {f.name for f in fields(kind)}
        values = {
            name: _read(hints[name], value, f"{where}.{name}")
            for name, value in data.items()
            if name in known
        }
        try:
            return model(**values)
        except TypeError as error:  # a field without a default is missing
            raise ValueError(f"{where}: {error}") from None
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)  # raises ValueError for an unknown value
    if kind is dt.date:
        if not isinstance(data, str):
            raise ValueError(f"{where} is not a date")
        return dt.date.fromisoformat(data)
    # int before bool matters: True is an int to Python, not a length to an agenda.
    if kind is int and (not isinstance(data, int) or isinstance(data, bool)):
        raise ValueError(f"{where} is not a whole number")
    if kind in (str, bool) and not isinstance(data, kind):
        raise ValueError(f"{where} is not {kind.__name__}")
    return data
