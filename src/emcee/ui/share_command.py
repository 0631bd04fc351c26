"""The console's "Share on the network" command (F6, emcee.ui.keymap).

Light on purpose: the server, its modules and the panel are made when the operator
first asks for them (or ``emcee --share`` does), so a console that never shares starts
as fast as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

if TYPE_CHECKING:
    from emcee.ui.sharing_panel import SharingConsole, SharingPanel


class ShareCommand(QObject):
    def __init__(self, console: SharingConsole, settings: QSettings) -> None:
        super().__init__(console.window())
        self.console = console
        self.settings = settings
        self._panel: SharingPanel | None = None

    def panel(self) -> SharingPanel:
        """The panel (and the sharing behind it), made the first time it is needed."""
        if self._panel is None:
            from emcee.ui.sharing_panel import build_panel

            self._panel = build_panel(self.console, self.settings)
        return self._panel

    def open_panel(self) -> None:
        self.panel().open_panel()

    def share_now(self, network: str) -> None:
        """``emcee --share``: start sharing and print the links."""
        from emcee.ui.sharing_panel import start_from_command_line

        start_from_command_line(self.panel(), network)
