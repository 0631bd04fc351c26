"""``emcee --self-test DIR``: does this copy of emcee work? Answered without a screen.

Meant for the standalone build above all (CI runs it on the frozen app; an organiser can
run it on the venue laptop), and it works the same from source. Offscreen, it checks:

- resources: every file emcee needs is where ``emcee.resources`` looks;
- font: the shipped NanumGothic Regular and Bold load and cover Hangul, and their digits
  are all as wide (tabular), so running timers do not jitter;
- translations: emcee's own and Qt's Korean load and translate;
- sounds: every alert cue decodes through QtMultimedia, sample for sample;
- show: the reference event runs on a fast fake clock through the warnings into
  overtime, with the real controller, console and presenter windows, and both windows
  are rendered to DIR/console.png and DIR/presenter.png;
- sharing: the web views' server starts on this computer's loopback only, serves the
  stage page and pushes its state over a WebSocket, and a link's QR code is drawn.

The report goes to stdout and to DIR/self-test.txt (a windowed Windows app has no
console). Exit code 0 when every check passed, 1 otherwise, with the reasons.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import tempfile
import time
import traceback
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from emcee import __version__, resources

if TYPE_CHECKING:
    from emcee.net.server import ShareServer

EXIT_OK = 0
EXIT_FAILED = 1
REPORT_NAME = "self-test.txt"

# Files every build must carry (relative to the resources folder).
REQUIRED = [
    resources.REFERENCE_AGENDA,
    "fonts/NanumGothic.ttf",
    "fonts/NanumGothicBold.ttf",
    "fonts/OFL-NanumGothic.txt",
    "sounds/LICENSE.txt",
    "translations/console_ko.qm",
    "translations/presenter_ko.qm",
    "translations/import_ko.qm",
    "translations/report_ko.qm",
    "icons/emcee.png",
]
# Words of the reference event and the Korean interface.
HANGUL_SAMPLE = "사회보장특별지원구역성과공유회개회사휴식폐회진행발표토론초과마무리"
DIGITS = "0123456789"
OVER_BY = 83  # seconds of overtime to run into: "+01:23"
DECODE_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str


class CheckError(Exception):
    """A check found something wrong; the message says what, for the organiser."""


def is_hangul(text: str) -> bool:
    return any("\uac00" <= char <= "\ud7a3" for char in text)


# --- checks (each returns its detail line or raises CheckError) ---------------------------


def check_resources() -> str:
    missing = [name for name in REQUIRED if not resources.path(name).is_file()]
    from emcee.ui.sounds import CUE_FILES

    missing += [name for name in CUE_FILES.values() if not resources.path(name).is_file()]
    if missing:
        raise CheckError(f"missing under {resources.root()}: {', '.join(missing)}")
    count = sum(1 for path in resources.root().rglob("*") if path.is_file())
    return f"{count} files in {resources.root()}"


def check_font() -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    from emcee.ui.fonts import FAMILY, FONT_FILES, register_fonts

    # Registering the shipped files again returns the families read from them: this
    # proves they load, even on a machine that has NanumGothic installed system-wide.
    if FAMILY not in register_fonts():
        files = ", ".join(str(resources.path(name)) for name in FONT_FILES)
        raise CheckError(f"{FAMILY} did not load from {files}")
    styles = QFontDatabase.styles(FAMILY)
    notes = []
    for bold in (False, True):
        font = QFont(FAMILY)
        font.setPixelSize(100)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        face = f"{FAMILY} {'Bold' if bold else 'Regular'}"
        if raw.familyName() != FAMILY:
            raise CheckError(f"{face} resolves to {raw.familyName()!r}")
        if bold and raw.weight() < QFont.Weight.Bold.value:
            raise CheckError(f"no bold face (styles: {', '.join(styles)}): bold text is faked")
        missing = [char for char in HANGUL_SAMPLE if not raw.supportsCharacter(ord(char))]
        if missing:
            raise CheckError(f"{face} has no glyph for {''.join(missing)}")
        advances = raw.advancesForGlyphIndexes(raw.glyphIndexesForString(DIGITS))
        widths = {round(advance.x(), 2) for advance in advances}
        if len(widths) != 1:
            raise CheckError(f"{face} digits differ in width ({sorted(widths)} px): timers jitter")
        notes.append(f"{'Bold' if bold else 'Regular'} digits {widths.pop() / 100:.3f} em")
    return f"{FAMILY} ({', '.join(styles)}) covers Hangul; tabular: {', '.join(notes)}"


def check_translations() -> str:
    from PySide6.QtCore import QCoreApplication

    from emcee.core.agenda.problems import Problem
    from emcee.ui.presenter.picture import texts_for

    missing = Problem("file_missing")
    samples = [
        ("console", QCoreApplication.translate("ConsoleMenus", "&Show"), "&Show"),
        ("presenter", texts_for("ko")("Over time"), "Over time"),
        # The core reads the catalogue's .ts files itself (no Qt), for `emcee-cli check`.
        ("core", missing.message("ko"), missing.message("en")),
        # Qt's own, for the buttons of standard dialogs (qtbase_ko.qm).
        ("Qt", QCoreApplication.translate("QPlatformTheme", "Cancel"), "Cancel"),
        # The file dialog's words qtbase_ko lacks, from emcee's own catalogue.
        ("Qt file dialog", QCoreApplication.translate("QFileDialog", "&Look in:"), "&Look in:"),
    ]
    untranslated = [f"{area} {source!r}" for area, text, source in samples if not is_hangul(text)]
    if untranslated:
        raise CheckError(f"not translated to Korean: {', '.join(untranslated)}")
    return "; ".join(f"{area} {source!r} -> {text!r}" for area, text, source in samples)


def decode(path: Path) -> tuple[int, int]:
    """Decode ``path`` with QtMultimedia; returns (frames, sample rate)."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioDecoder

    decoder = QAudioDecoder()
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    loop = QEventLoop()
    frames = 0
    rate = 0
    errors: list[str] = []

    def take() -> None:
        nonlocal frames, rate
        while decoder.bufferAvailable():
            buffer = decoder.read()
            frames += buffer.frameCount()
            rate = buffer.format().sampleRate()

    def failed(_error: object) -> None:
        errors.append(decoder.errorString() or "cannot be decoded")
        loop.quit()

    decoder.bufferReady.connect(take)
    decoder.finished.connect(loop.quit)
    decoder.error.connect(failed)
    QTimer.singleShot(DECODE_TIMEOUT_MS, loop.quit)
    decoder.start()
    loop.exec()
    take()
    decoder.stop()
    if errors:
        raise CheckError(f"{path.name}: {errors[0]}")
    return frames, rate


def check_sounds() -> str:
    from emcee.ui.sounds import CUE_FILES

    try:
        from PySide6 import QtMultimedia  # noqa: F401 - the import is the check
    except ImportError as error:  # Linux: libpulse0 is missing, for one
        raise CheckError(f"QtMultimedia cannot be imported: {error}") from error
    lines = []
    for relative in CUE_FILES.values():
        path = resources.path(relative)
        try:
            with wave.open(str(path), "rb") as header:
                expected, rate = header.getnframes(), header.getframerate()
        except (OSError, EOFError, wave.Error) as error:
            raise CheckError(f"{path.name} is not a readable WAV file: {error}") from error
        frames, decoded_rate = decode(path)
        if frames == 0:
            raise CheckError(f"{path.name}: QtMultimedia decoded no audio")
        if decoded_rate == rate and frames != expected:
            raise CheckError(f"{path.name}: decoded {frames} frames of {expected}")
        lines.append(f"{path.name} {frames / max(decoded_rate, 1):.2f} s")
    return "decoded by QtMultimedia: " + ", ".join(lines)


def run_show(out_dir: Path, settings_dir: Path) -> str:
    """The reference event from 13:00 through the opening's warnings into overtime."""
    from PySide6.QtCore import QRectF, QSettings
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from emcee.core.agenda.file import load
    from emcee.core.clock import FakeClock, time_of_day
    from emcee.core.engine.snapshot import Level, ShowState
    from emcee.ui.console import ConsoleWindow
    from emcee.ui.controller import ShowController
    from emcee.ui.presenter import attach_presenter

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    clock = FakeClock(dt.datetime(2023, 6, 23, 13, 0, tzinfo=dt.UTC))
    controller = ShowController(load(resources.reference_agenda())[1], clock)
    console = ConsoleWindow(controller, settings=settings)
    console.cues.muted = True  # the cues are asked for (and counted), not played
    cues: list[str] = []
    console.cues.cueRequested.connect(cues.append)
    console.set_presenter_factory(
        lambda controller: attach_presenter(controller, console, language="ko", settings=settings)
    )
    console.show()
    if console.presenter is not None:
        console.presenter.set_shown(True)  # F5: with one screen it starts hidden
    controller.begin()
    try:
        controller.start()
        # Registration runs its 30 minutes in 10-second ticks, to the opening's 13:30...
        opening = controller.schedule.items[1].start
        while time_of_day(clock.now()) < opening:
            clock.advance(10)
            controller.tick()
        controller.next()  # ...then the opening remarks, run second by second.
        cues.clear()
        levels = []
        current = controller.snapshot.current
        while current is not None and current.remaining > -OVER_BY:
            clock.advance(1)
            controller.tick()
            app.processEvents()
            current = controller.snapshot.current
            if current is not None and current.level not in levels:
                levels.append(current.level)
        if levels[-1] is not Level.OVERTIME or len(levels) < 4:
            raise CheckError(f"levels went {[level.name for level in levels]}, not into overtime")
        if cues != ["warning", "final", "time-up", "overtime"]:
            raise CheckError(f"alert cues {cues}, expected warning, final, time-up, overtime")
        if console.timer_panel.digits.text != "+01:23":
            raise CheckError(f"the console's timer shows {console.timer_panel.digits.text!r}")
        presenter = console.presenter
        if presenter is None or not presenter.window.isVisible():
            raise CheckError("the presenter window is not shown")
        picture = presenter.window.picture
        if picture.digits != "+01:23" or not is_hangul(picture.label):
            raise CheckError(f"the presenter shows {picture.digits!r} {picture.label!r}")

        # The console as it is on screen; the presenter as a 1920x1080 projector shows
        # it, painted by the window's own paint code.
        app.processEvents()
        console_png = out_dir / "console.png"
        if not console.grab().save(str(console_png), "PNG"):
            raise CheckError(f"cannot write {console_png}")
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        presenter.window.paint_frame(painter, QRectF(0, 0, 1920, 1080))
        painter.end()
        digits_color = QColor(picture.digits_color).rgb()
        lit = sum(
            1
            for y in range(0, 1080, 4)
            for x in range(0, 1920, 4)
            if image.pixel(x, y) == digits_color
        )
        if lit < 1000:  # of 129,600 sampled pixels; the digits fill a good part
            raise CheckError(f"the presenter picture shows almost no digits ({lit} pixels)")
        presenter_png = out_dir / "presenter.png"
        if not image.save(str(presenter_png)):
            raise CheckError(f"cannot write {presenter_png}")
        status = console.status_panel.drift.text()
    finally:
        if controller.snapshot.state in (ShowState.RUNNING, ShowState.PAUSED):
            controller.end()  # so that closing does not ask
        console.close()
        console.deleteLater()
        app.processEvents()
    return (
        f"opening remarks into overtime {picture.digits}; cues {', '.join(cues)}; "
        f"console {status!r}, presenter {picture.label!r}; wrote console.png, presenter.png"
    )


def sound_output() -> str:
    """Whether the cues can be heard here (information only: CI has no audio device)."""
    from PySide6.QtMultimedia import QMediaDevices

    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        return "no audio output device here: the cues would be silent"
    return f"audio output: {device.description()}"


def check_sharing() -> str:
    import http.client
    import json

    from websockets.sync.client import connect

    from emcee.core.agenda.file import load
    from emcee.core.clock import FakeClock
    from emcee.core.engine.show import Show
    from emcee.net.pages import Pages
    from emcee.net.protocol import Context
    from emcee.net.roles import Role
    from emcee.net.server import ShareServer
    from emcee.net.tokens import Tokens
    from emcee.ui.sharing_panel import qr_pixmap

    show = Show(load(resources.reference_agenda())[1], FakeClock())
    tokens = Tokens.fresh()
    server = ShareServer(show.clock, tokens, Pages(resources.path("web")))
    where = server.start("127.0.0.1", 0)  # loopback only, any free port
    try:
        server.publish(show.snapshot(), Context(show.schedule.programme))
        token = tokens.by_role[Role.STAGE]
        connection = http.client.HTTPConnection("127.0.0.1", where.port, timeout=5)
        connection.request("GET", f"/stage?token={token}")
        page = connection.getresponse()
        if page.status != 200 or b'data-role="stage"' not in page.read():
            raise CheckError(f"the stage page answered {page.status}")
        with connect(f"ws://127.0.0.1:{where.port}/ws?token={token}", open_timeout=5) as ws:
            messages = [json.loads(ws.recv(timeout=5)) for _ in range(2)]
        if [m["type"] for m in messages] != ["hello", "state"]:
            raise CheckError(f"the socket said {[m['type'] for m in messages]}")
        check_remote_control(server, where.port, tokens.by_role[Role.CONTROL])
    finally:
        server.stop()
    code = qr_pixmap(f"http://127.0.0.1:{where.port}/stage?token={token}")
    if code.isNull():
        raise CheckError("no QR code")
    return f"page, socket, remote control (POST, OSC) and QR code on 127.0.0.1:{where.port}"


def check_remote_control(server: ShareServer, port: int, token: str) -> None:
    """A POST with a JSON body reaches the API (the framing in front of websockets), and
    OSC is read and answered (python-osc is in the bundle)."""
    import http.client
    import json
    import socket

    from pythonosc.osc_message import OscMessage
    from pythonosc.osc_message_builder import OscMessageBuilder

    from emcee.net.osc import senders

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    body = json.dumps({}).encode()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    connection.request("POST", "/api/v1/state", body=body, headers=headers)
    answer = connection.getresponse()
    if answer.status != 200 or json.loads(answer.read())["state"]["role"] != "control":
        raise CheckError(f"the remote control API answered {answer.status}")
    if server.listen_osc(senders("127.0.0.1")[0]):
        raise CheckError("OSC could not listen")
    builder = OscMessageBuilder("/emcee/add-time")
    builder.add_arg("soon")  # no valid request: answered at once, nothing to do
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.settimeout(5)
        sender.sendto(builder.build().dgram, ("127.0.0.1", port))
        reply = OscMessage(sender.recv(4096)).params
    if reply[1:] != [400, "bad-parameter"]:
        raise CheckError(f"OSC answered {reply}")


# --- running and reporting ------------------------------------------------------------------


def _attempt(name: str, check: Callable[[], str], log: list[str]) -> Outcome:
    try:
        return Outcome(name, True, check())
    except CheckError as failure:
        return Outcome(name, False, str(failure))
    except Exception as error:  # an unexpected error is a failed check, with its traceback
        log.append(f"--- {name}\n{traceback.format_exc()}")
        return Outcome(name, False, f"{type(error).__name__}: {error}")


def header() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    build = "frozen" if getattr(sys, "frozen", False) else "from source"
    return (
        f"emcee {__version__} self-test ({build}; {platform.system()} {platform.machine()}; "
        f"Python {platform.python_version()}; Qt {qVersion()}, PySide6 {pyside_version}; "
        f"platform {QGuiApplication.platformName()})"
    )


def start_application(settings_dir: Path) -> str:
    """The QApplication as emcee makes it (shipped fonts, Korean), with settings of its own:
    a self-test must not change the user's."""
    from PySide6.QtCore import QSettings

    from emcee.app import create_application

    create_application(
        "ko", QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    )
    return header()


def run_self_test(out_dir: Path) -> int:
    """Run every check, write the PNGs and the report into ``out_dir``; 0 if all passed."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _print(f"emcee self-test: cannot create {out_dir}: {error}")
        return EXIT_FAILED
    log: list[str] = []
    with tempfile.TemporaryDirectory(prefix="emcee-self-test-") as temporary:
        settings_dir = Path(temporary)
        start_up = _attempt("start-up", lambda: start_application(settings_dir), log)
        outcomes = [start_up]
        if start_up.ok:
            outcomes += [
                _attempt("resources", check_resources, log),
                _attempt("font", check_font, log),
                _attempt("translations", check_translations, log),
                _attempt("sounds", check_sounds, log),
                _attempt("show", lambda: run_show(out_dir, settings_dir), log),
                _attempt("sharing", check_sharing, log),
            ]
            heard = _attempt("sound output", sound_output, log)
    failed = [outcome for outcome in outcomes if not outcome.ok]
    lines = [start_up.detail if start_up.ok else f"FAIL  start-up: {start_up.detail}"]
    lines += [f"{'ok  ' if o.ok else 'FAIL'}  {o.name}: {o.detail}" for o in outcomes[1:]]
    if start_up.ok:
        lines.append(f"info  {heard.name}: {heard.detail}")  # never a failure: CI has no speaker
    seconds = time.perf_counter() - started
    if failed:
        names = ", ".join(outcome.name for outcome in failed)
        lines.append(f"FAILED: {names} ({seconds:.1f} s)")
    else:
        lines.append(f"PASSED: {len(outcomes) - 1} checks ({seconds:.1f} s)")
    report = "\n".join(lines + log) + "\n"
    code = EXIT_FAILED if failed else EXIT_OK
    try:
        (out_dir / REPORT_NAME).write_text(report, encoding="utf-8")
    except OSError as error:
        report += f"FAIL  cannot write {out_dir / REPORT_NAME}: {error}\n"
        code = EXIT_FAILED
    _print(report.rstrip("\n"))
    return code


def _print(text: str) -> None:
    if sys.stdout is None:  # a windowed build on Windows has no console
        return
    try:
        print(text, flush=True)
    except UnicodeEncodeError:
        print(text.encode("ascii", "replace").decode("ascii"), flush=True)
