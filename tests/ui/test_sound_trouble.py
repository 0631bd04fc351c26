"""An alert sound that cannot play is said on screen at once, and kept until a test plays."""

from __future__ import annotations

import enum
import types

import pytest
from PySide6.QtCore import QObject, Signal

from emcee.ui import sounds
from emcee.ui.sounds import SoundTrouble
from tests.ui.test_console import console  # the fixture

__all__ = ["console"]


class FakeEffect(QObject):
    """QSoundEffect as the system gives it: its status decided by the test."""

    statusChanged = Signal()
    Status = enum.Enum("Status", "Null Loading Ready Error")
    fails = True
    played = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._status = FakeEffect.Status.Loading

    def setSource(self, url):
        self._status = FakeEffect.Status.Error if FakeEffect.fails else FakeEffect.Status.Ready
        self.statusChanged.emit()

    def status(self):
        return self._status

    def setVolume(self, volume):
        pass

    def play(self):
        FakeEffect.played += 1


@pytest.fixture
def system(monkeypatch):
    """A multimedia module whose outputs and effects the test chooses."""
    outputs: list[str] = ["speakers"]
    module = types.SimpleNamespace(
        QSoundEffect=FakeEffect,
        QMediaDevices=types.SimpleNamespace(audioOutputs=lambda: list(outputs)),
    )
    monkeypatch.setattr(sounds, "load_multimedia", lambda: module)
    FakeEffect.fails, FakeEffect.played = True, 0
    return outputs


def test_a_cue_the_device_refuses_is_said_at_once_and_kept(console, system):
    console.cues.preload()  # a second after the console shows
    notice = console.sound_notice
    assert console.cues.trouble is SoundTrouble.CANNOT_PLAY
    assert not notice.isHidden()
    assert notice.text().startswith("▲ Alert sounds cannot play on this audio output.")
    assert "Sound > Test sound" in notice.text()
    console.controller.start()
    console.controller.tick()
    assert not notice.isHidden()  # acting on the show does not dismiss it


def test_no_audio_output_is_said(console, system):
    system.clear()
    console.cues.preload()
    assert console.cues.trouble is SoundTrouble.NO_OUTPUT
    assert "no audio output" in console.sound_notice.text()


def test_no_audio_library_is_said(console, monkeypatch):
    monkeypatch.setattr(sounds, "load_multimedia", lambda: None)
    console.cues.preload()
    assert console.cues.trouble is SoundTrouble.NO_LIBRARY
    assert not console.sound_notice.isHidden()


def test_the_sound_menu_tests_and_the_notice_goes_once_sound_plays(console, system):
    console.cues.preload()
    assert not console.sound_notice.isHidden()
    FakeEffect.fails = False  # the operator fixed the sound settings
    console.cues.muted = True  # a test plays even when alerts are muted
    console.menus.actions["test_sound"].trigger()
    assert FakeEffect.played == 1
    assert console.cues.trouble is None
    assert console.sound_notice.isHidden()
    assert console.menus.actions["test_sound"] in console.menus.menu_sound.actions()
