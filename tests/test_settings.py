"""Every setting is read and written through one typed registry (emcee.settings)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from emcee import settings as registry

SRC = Path(registry.__file__).parent


def test_no_setting_is_named_outside_the_registry():
    # A string key handed to QSettings anywhere else is a second spelling of a setting.
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path == Path(registry.__file__):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("value", "setValue", "remove", "contains")
                and node.args
                and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
                and "settings" in ast.unparse(node.func.value).lower()
            ):
                found.append(f"{path.relative_to(SRC)}:{node.lineno} {ast.unparse(node)}")
    assert found == []


def test_each_setting_has_one_key_and_says_what_it_is():
    keys = [setting.key for setting in registry.REGISTRY]
    assert len(keys) == len(set(keys))
    assert "files/last_folder" in keys
    assert all(setting.what for setting in registry.REGISTRY)


@pytest.fixture
def store(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_values_come_back_as_their_types_and_damage_reads_as_the_default(store):
    registry.SOUND_VOLUME.write(store, 0.5)
    registry.SOUND_MUTED.write(store, True)
    registry.RECENT_FILES.write(store, ["/a.toml"])  # a list of one: Qt keeps a lone string
    store.sync()
    again = QSettings(store.fileName(), QSettings.Format.IniFormat)
    assert registry.SOUND_VOLUME.read(again) == 0.5
    assert registry.SOUND_MUTED.read(again) is True
    assert registry.RECENT_FILES.read(again) == ["/a.toml"]
    again.setValue(registry.SOUND_VOLUME.key, "loud")  # edited by hand
    assert registry.SOUND_VOLUME.read(again) == 0.8
    assert registry.CONSOLE_GEOMETRY.read(again) == QByteArray()
    registry.RECENT_FILES.forget(again)
    assert registry.RECENT_FILES.read(again) == []


def test_sharing_keeps_a_token_for_every_role_and_reads_only_a_port(store):
    from emcee.net.roles import Role

    assert set(registry.SHARE_TOKENS) == {role.value for role in Role}
    assert registry.SHARE_PORT.read(store) is None  # never saved: the server's first port
    for saved, read in ((8731, 8731), ("0", 0), ("70000", None), ("-1", None), ("x", None)):
        store.setValue(registry.SHARE_PORT.key, saved)
        assert registry.SHARE_PORT.read(store) == read
