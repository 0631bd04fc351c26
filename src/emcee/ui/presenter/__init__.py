"""The presenter screen: what the people on stage see, on the projector.

For the console:
- ``attach_presenter(controller, console_window) -> PresenterScreens`` at start-up;
- ``PresenterScreens.show_action`` (F5), ``.full_screen_action``, ``.build_menu()``,
  ``.make_preview(parent)`` (the live preview), ``.set_language(lang)``;
- ``make_picture`` / ``paint_picture`` to draw a presenter picture anywhere.
"""

from emcee.ui.presenter.paint import paint_picture
from emcee.ui.presenter.picture import Animation, Mode, Picture, make_picture
from emcee.ui.presenter.screens import (
    Placement,
    PresenterScreens,
    ScreenInfo,
    attach_presenter,
    choose_placement,
)
from emcee.ui.presenter.view import PictureView, PresenterFeed, PresenterPreview, PresenterWindow

__all__ = [
    "Animation",
    "Mode",
    "Picture",
    "PictureView",
    "Placement",
    "PresenterFeed",
    "PresenterPreview",
    "PresenterScreens",
    "PresenterWindow",
    "ScreenInfo",
    "attach_presenter",
    "choose_placement",
    "make_picture",
    "paint_picture",
]
