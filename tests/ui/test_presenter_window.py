"""The presenter window and the console's preview: pure views of the controller's pictures."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage

from emcee.core.agenda.model import PhaseKind
from emcee.core.clock import FakeClock
from emcee.ui.controller import ShowController
from emcee.ui.fonts import register_fonts
from emcee.ui.presenter import view as view_module
from emcee.ui.presenter.picture import Animation, Mode
from emcee.ui.presenter.view import PresenterFeed, PresenterPreview, PresenterWindow
from tests.ui.presenter_kit import PART3, reference, segment


@pytest.fixture
def controller(qapp):
    register_fonts()
    clock = FakeClock(dt.datetime(2023, 6, 23, 14, 55, 0, 300000, tzinfo=dt.UTC))
    controller = ShowController(reference(), clock)
    controller.jump(segment(controller.show, PART3, PhaseKind.PRESENTATION))
    controller.start()  # 부산북구, 5:00
    yield controller
    controller.stop()


@pytest.fixture
def window(controller, qtbot):
    window = PresenterWindow(PresenterFeed(controller))
    qtbot.addWidget(window)
    window.resize(640, 360)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_to(controller: ShowController, remaining: float) -> None:
    current = controller.snapshot.current
    assert current is not None
    controller.clock.advance(current.remaining - remaining)
    controller.tick()


def test_a_new_picture_comes_only_when_a_displayed_second_changes(controller, window, qtbot):
    pictures = []
    window.feed.pictureChanged.connect(pictures.append)
    run_to(controller, 250.6)
    assert [p.digits for p in pictures] == ["04:11"]
    controller.clock.advance(0.3)
    controller.tick()  # the wall clock's second changed, the face did not
    controller.tick()
    assert len(pictures) == 1
    controller.clock.advance(0.4)
    controller.tick()
    assert [p.digits for p in pictures] == ["04:11", "04:10"]


def test_the_window_repaints_with_each_new_picture(controller, window, qtbot):
    painted = []
    window.painted.connect(painted.append)
    run_to(controller, 100.5)
    qtbot.waitUntil(lambda: bool(painted) and painted[-1].digits == "01:41")
    controller.set_message("마무리 부탁드립니다")
    qtbot.waitUntil(lambda: painted[-1].mode is Mode.MESSAGE)
    controller.set_blackout(True)
    qtbot.waitUntil(lambda: painted[-1].mode is Mode.BLACKOUT)


def test_the_animation_timer_runs_only_while_flashing_or_blinking(controller, window, qtbot):
    run_to(controller, 30)
    assert not window.animating
    run_to(controller, -1)
    assert window.picture.animation is Animation.FLASH
    assert window.animating
    frames = []
    window.painted.connect(lambda _picture: frames.append(window.frame().lit))
    qtbot.waitUntil(lambda: True in frames and False in frames, timeout=2000)
    run_to(controller, -6)  # overtime: steady
    assert not window.animating
    assert window.frame().lit
    controller.set_message("질문을 받겠습니다", blink=True)
    assert window.animating
    controller.clear_message()
    assert not window.animating


def test_a_hidden_window_runs_no_animation(controller, window, qtbot):
    run_to(controller, -1)
    assert window.animating
    window.hide()
    qtbot.waitUntil(lambda: not window.animating, timeout=2000)


def test_the_window_never_takes_the_focus(window):
    assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not window.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)


def test_palette_and_language_changes_give_a_new_picture(controller, window):
    feed = window.feed
    feed.set_language("en")
    assert feed.picture.label == "Time left"
    feed.set_language("ko")
    assert feed.picture.label == "남은 시간"
    feed.set_palette("high-contrast")
    assert feed.picture.digits_color == "#ffffff"
    feed.set_palette("no-such-palette")
    assert feed.picture.palette.name == "standard"


def test_window_and_preview_paint_the_same_picture_with_the_same_code(
    controller, window, qtbot, monkeypatch
):
    calls = []
    real = view_module.paint_picture

    def spy(painter, rect: QRectF, picture):
        calls.append((rect.size().toSize(), picture))
        return real(painter, rect, picture)

    monkeypatch.setattr(view_module, "paint_picture", spy)
    preview = PresenterPreview(window.feed)
    qtbot.addWidget(preview)
    preview.set_screen_size(window.size())
    preview.resize(320, 240)  # another aspect: letterboxed, not distorted
    preview.show()
    qtbot.waitExposed(preview)
    window.repaint()
    preview.repaint()
    window_call = next(call for call in calls if call[0] == QSize(640, 360))
    assert calls[-1] == window_call  # the preview paints at the window's size, scaled down
    assert preview.heightForWidth(320) == 180


class PaintAreas(QObject):
    """Records the bounding rectangle and the pixel count of each paint event's region."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.areas: list[QRect] = []
        self.pixels: list[int] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.areas.append(QRect(event.rect()))
            self.pixels.append(sum(r.width() * r.height() for r in event.region()))
        return False


def on_screen(window) -> QImage:
    """What the window's backing store holds: what the projector shows."""
    image = window.screen().grabWindow(window.winId()).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def test_a_new_second_repaints_the_digits_alone_to_the_same_image(controller, window, qtbot):
    window.resize(1280, 720)
    paints = PaintAreas(window)
    run_to(controller, 100.5)  # 01:41, painted whole (the window was resized)
    qtbot.waitUntil(lambda: window.picture.digits == "01:41" and bool(paints.areas))
    qtbot.wait(10)
    paints.areas.clear()
    paints.pixels.clear()
    run_to(controller, 99.5)  # 01:40: one digit and the end of the progress bar change
    assert window.picture.digits == "01:40"
    digit, bar = paints.areas  # the digit first (the audience's second), then the bar's end
    assert digit.top() > 0.1 * 720 and digit.left() > 0.6 * 1280  # the last digit's cell
    assert bar.height() < 0.05 * 720
    assert sum(paints.pixels) < 0.1 * 1280 * 720
    whole = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert on_screen(window) == whole  # exactly what a whole repaint draws
    # Seconds where several characters change, up to time-up (a new label: all of it).
    for remaining in (60.5, 59.5, 10.5, 9.5, 1.5, 0.5, -0.5, -1.5):
        run_to(controller, remaining)
        whole = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert on_screen(window) == whole, window.picture.digits
    # Anything else changing (here a message) repaints everything.
    paints.areas.clear()
    controller.set_message("마무리 부탁드립니다")
    assert paints.areas == [window.rect()]


def test_a_new_minute_repaints_the_clock_alone_before_the_show_and_during_it(
    controller, window, qtbot
):
    """Each minute the wall clock changes: before the start it is the big digits, during
    a turn the top bar's. A whole repaint there cost the idle app about 30 wake-ups a
    minute under X11 (the screen sent over the socket)."""
    idle = ShowController(reference(), FakeClock(dt.datetime(2023, 6, 23, 14, 54, 59, 600000)))
    before = PresenterWindow(PresenterFeed(idle))
    qtbot.addWidget(before)
    for shown, ticking in ((before, idle), (window, controller)):
        shown.resize(1280, 720)
        shown.show()
        qtbot.waitExposed(shown)
        paints = PaintAreas(shown)
        if ticking is controller:
            ticking.clock.advance(59.7 - ticking.snapshot.time_of_day % 60)  # 14:55:59.7
            ticking.tick()
        qtbot.waitUntil(lambda shown=shown: bool(shown._placed))  # painted whole
        qtbot.wait(10)
        paints.areas.clear()
        paints.pixels.clear()
        clock = shown.picture.clock
        ticking.clock.advance(0.5)
        ticking.tick()
        assert shown.picture.clock != clock  # a new minute: 14:55, then 14:56
        areas = list(paints.areas)
        assert areas and shown.rect() not in areas
        assert sum(paints.pixels) < 0.1 * 1280 * 720
        whole = shown.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert on_screen(shown) == whole  # exactly what a whole repaint draws
    assert shown.picture.mode is Mode.TIMER and before.picture.mode is Mode.IDLE
    clock_area = areas[-1]  # during a turn, after the digit and the bar
    assert clock_area.top() < 0.1 * 720 and clock_area.left() > 0.7 * 1280


def test_every_digit_is_ready_before_the_seconds_need_it(controller, window, qtbot):
    from emcee.ui import face

    face._glyphs.clear()  # other tests drew digits of this size too
    face._glyph_bytes = 0
    window.resize(1280, 720)
    run_to(controller, 100.5)
    qtbot.waitUntil(lambda: window.picture.digits == "01:41")
    qtbot.wait(20)  # the whole paint, then the glyphs, at the event loop's next pass
    font = face.timer_layout("01:41", window._placed["digits_box"]).font
    ready = {key[0] for key in face._glyphs if key[2] == font.pixelSize() and key[5] == 1.0}
    assert set("0123456789:") <= ready  # not only the 0, 1, 4 and : shown so far
