"""The moderator's console window and its parts: ``window`` (the window, its panes and what
a snapshot shows in them), ``menus`` (its commands as actions, menus and toolbar, from the
key map), ``keys`` (the show's keys, read whatever has the focus), ``commands`` (the
operator's commands that ask before they act) and ``attached`` (the presenter screen, the
journal and the report window it drives)."""

from emcee.ui.console.window import ConsoleWindow

__all__ = ["ConsoleWindow"]
