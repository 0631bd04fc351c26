"""The presenter window and the console's preview: two views of one stream of pictures.

``PresenterFeed`` turns the controller's snapshots and overlay into pictures and emits a
picture only when it differs from the last one, so views repaint once per displayed
second (and on state changes), not on every tick. The only other repaints are the
animation frames of the time-up flash and a blinking message, driven by a timer that
runs only while such an animation is on screen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from emcee.core.engine.snapshot import Snapshot
from emcee.ui.controller import Overlay, ShowController
from emcee.ui.face import PALETTES, Palette, changed_cells, prepare_glyphs, timer_layout
from emcee.ui.presenter.paint import digits_color, paint_picture, progress_change
from emcee.ui.presenter.picture import Animation, Picture, make_picture

# Half-periods of the animations. The flash stays under 3 flashes a second (the usual
# limit for flashing content); the blink is slower, so the message stays readable.
ANIMATION_INTERVALS_MS = {Animation.FLASH: 250, Animation.BLINK: 600}
DEFAULT_SCREEN_SIZE = QSize(1920, 1080)


class PresenterFeed(QObject):
    """The pictures of the presenter screen, one per visible change."""

    pictureChanged = Signal(object)  # Picture

    def __init__(
        self,
        controller: ShowController,
        *,
        palette: str = "standard",
        language: str = "ko",
        overtime_blink: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._programme = controller.schedule.programme
        self._snapshot: Snapshot = controller.snapshot
        self._overlay: Overlay = controller.overlay
        self._palette = PALETTES.get(palette, PALETTES["standard"])
        self._language = language
        self._overtime_blink = overtime_blink
        self._picture = self._make()
        controller.snapshotUrgent.connect(self._on_snapshot)  # before the console's work
        controller.overlayChanged.connect(self._on_overlay)

    @property
    def picture(self) -> Picture:
        return self._picture

    @property
    def palette(self) -> Palette:
        return self._palette

    @property
    def language(self) -> str:
        return self._language

    @property
    def overtime_blink(self) -> bool:
        return self._overtime_blink

    def set_palette(self, name: str) -> None:
        self._palette = PALETTES.get(name, PALETTES["standard"])
        self._refresh()

    def set_language(self, language: str) -> None:
        self._language = language
        self._refresh()

    def set_overtime_blink(self, on: bool) -> None:
        self._overtime_blink = on
        self._refresh()

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._refresh()

    def _on_overlay(self, overlay: Overlay) -> None:
        self._overlay = overlay
        self._refresh()

    def _make(self) -> Picture:
        return make_picture(
            self._snapshot,
            self._overlay,
            self._palette,
            self._language,
            programme=self._programme,
            overtime_blink=self._overtime_blink,
        )

    def _refresh(self) -> None:
        picture = self._make()
        if picture != self._picture:
            self._picture = picture
            self.pictureChanged.emit(picture)


class PictureView(QWidget):
    """A widget that paints the feed's pictures, with their animation while one runs."""

    painted = Signal(object)  # the Picture just painted (benchmarks time it)
    # Paint a new picture at once rather than at the event loop's next pass, which comes
    # only after the console has taken the same snapshot.
    paints_at_once = False

    def __init__(self, feed: PresenterFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self._picture = feed.picture
        self._lit = True
        self._placed: dict[str, QRectF] = {}  # where the last whole paint put each part
        self._to_widget = QTransform()  # ... in the picture's coordinates, mapped by this
        self._animation = QTimer(self)
        self._animation.setTimerType(Qt.TimerType.PreciseTimer)
        self._animation.timeout.connect(self._next_frame)
        # Every pixel is painted each time: Qt need not clear the background first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        feed.pictureChanged.connect(self._on_picture)

    @property
    def picture(self) -> Picture:
        return self._picture

    def frame(self) -> Picture:
        """The picture as the current animation frame shows it."""
        if self._picture.animation is Animation.NONE or self._lit:
            return self._picture
        return replace(self._picture, lit=False)

    @property
    def animating(self) -> bool:
        return self._animation.isActive()

    def _on_picture(self, picture: Picture) -> None:
        old = self._picture
        animation_changed = picture.animation is not old.animation
        self._picture = picture
        if animation_changed:
            self._lit = True  # a new animation starts on its lit frame
            self._animation.stop()
        self._sync_animation()
        areas = self._ticking_areas(old, picture)
        if self.paints_at_once and self.isVisible():
            for area in areas:  # the digits first: the audience's seconds
                self.repaint(area)
        else:
            bounds = QRect()
            for area in areas:
                bounds = bounds.united(area)
            self.update(bounds)

    def _ticking_areas(self, old: Picture, new: Picture) -> list[QRect]:
        """What to repaint: when only the digits, the progress bar or the wall clock
        changed (most seconds, and each new minute), around the characters that changed,
        then the end of the bar, then the clock; else everything. Rectangles, each painted
        on its own: one region of several made Qt's raster engine wake its worker threads
        each second (10-20 wake-ups a second instead of 4), and one rectangle around both
        is most of the screen when the bar's end is far from the digit. A whole screen
        sent to an X server without shared memory also blocks the app on the socket
        about 30 times: once a minute, idle, that was most of its wake-ups."""
        placed = self._placed
        box = placed.get("digits_box")
        # A question timer ticks in its own box once shown (showing it moves the title).
        question_box = placed.get("question_box") if old.question and new.question else None
        question = new.question if question_box is not None else old.question
        ticking = replace(
            old, digits=new.digits, progress=new.progress, question=question, clock=new.clock
        )
        if ticking != new or box is None:
            return [self.rect()]
        digits = QRectF()
        if new.digits != old.digits:
            digits = changed_cells(old.digits, new.digits, box)
        bar = placed.get("progress_box")
        progress = QRectF()
        if new.progress != old.progress and bar is not None:
            progress = progress_change(bar, old.progress, new.progress)
        ticked = QRectF()
        if question_box is not None and new.question != old.question:
            ticked = question_box
        # The top bar's clock, where this screen has one (idle, the digits are the clock).
        clock = QRectF()
        clock_box = placed.get("clock_box")
        if clock_box is not None and new.clock != old.clock:
            clock = clock_box
        areas = []
        for part in (digits, progress, ticked, clock):
            if not part.isEmpty():
                # A pixel more around it: antialiased edges reach into the next pixel.
                on_widget = self._to_widget.mapRect(part).toAlignedRect().adjusted(-1, -1, 1, 1)
                areas.append(on_widget.intersected(self.rect()))
        return areas

    def _sync_animation(self) -> None:
        interval = ANIMATION_INTERVALS_MS.get(self._picture.animation)
        if interval is None or not self.isVisible():
            self._animation.stop()
        elif not self._animation.isActive():
            self._animation.start(interval)

    def _next_frame(self) -> None:
        if not self.isVisible():
            self._animation.stop()
            return
        self._lit = not self._lit
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_animation()

    def paint_frame(self, painter: QPainter, rect: QRectF) -> tuple[dict[str, QRectF], QTransform]:
        """Paint the frame into ``rect``; returns where its parts are in the picture, and
        the transform from the picture to this widget."""
        return paint_picture(painter, rect, self.frame()), QTransform()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            # Clipped to what needs painting, so texts outside it are skipped.
            painter.setClipRect(event.rect())
            placed, to_widget = self.paint_frame(painter, QRectF(self.rect()))
        finally:
            painter.end()
        if event.rect() == self.rect():
            self._placed, self._to_widget = placed, to_widget
            QTimer.singleShot(0, self._prepare_digits)  # after this frame is shown
        self.painted.emit(self._picture)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._placed = {}  # the parts move: the next picture is painted whole

    def _prepare_digits(self) -> None:
        """Every digit in the size and colour now shown, ready before the seconds need it."""
        box = self._placed.get("digits_box")
        frame = self.frame()
        if box is None or not frame.digits:
            return
        font = timer_layout(frame.digits, box).font
        scale = self._to_widget.m11() * self.devicePixelRatioF()
        prepare_glyphs("0123456789:", font, digits_color(frame), scale)


class PresenterWindow(PictureView):
    """The presenter screen: a top-level window that never takes the keyboard focus."""

    resized = Signal(QSize)
    closed = Signal()  # closed from the window manager (it is only hidden)
    paints_at_once = True  # the audience's seconds come first

    def __init__(self, feed: PresenterFeed) -> None:
        super().__init__(feed)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("emcee — presenter screen"))
        # The operator types into the console; the presenter screen must never take the
        # focus from it, not even when it appears or moves between screens.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        # Closing the console ends the app even while this window is open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setMinimumSize(320, 180)
        self.resize(960, 540)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(event.size())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed from the window manager: hidden, and F5 brings it back.
        super().closeEvent(event)
        self.closed.emit()


class PresenterPreview(PictureView):
    """The presenter screen in small, for the console: the same picture, scaled.

    It paints at the presenter screen's size and scales down, so the layout (where words
    wrap, how big the digits are against the title) is exactly what the stage sees.
    """

    def __init__(self, feed: PresenterFeed, parent: QWidget | None = None) -> None:
        super().__init__(feed, parent)
        self._screen_size = QSize(DEFAULT_SCREEN_SIZE)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 90)
        self.setToolTip(self.tr("What the presenter screen shows now"))

    @property
    def screen_size(self) -> QSize:
        return QSize(self._screen_size)

    def set_screen_size(self, size: QSize) -> None:
        """The presenter window's size (the preview keeps its aspect)."""
        if size.width() <= 0 or size.height() <= 0 or size == self._screen_size:
            return
        self._screen_size = QSize(size)
        self._placed = {}  # the parts move: the next picture is painted whole
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self._screen_size.height() / self._screen_size.width())

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def paint_frame(self, painter: QPainter, rect: QRectF) -> tuple[dict[str, QRectF], QTransform]:
        target = self._screen_size
        scale = min(rect.width() / target.width(), rect.height() / target.height())
        width, height = target.width() * scale, target.height() * scale
        left = rect.left() + (rect.width() - width) / 2
        top = rect.top() + (rect.height() - height) / 2
        painter.fillRect(rect, QColor("#303030"))  # letterbox around a different aspect
        painter.save()
        painter.translate(left, top)
        painter.scale(scale, scale)
        to_widget = painter.transform()
        placed = paint_picture(painter, QRectF(0, 0, target.width(), target.height()), self.frame())
        painter.restore()
        return placed, to_widget
