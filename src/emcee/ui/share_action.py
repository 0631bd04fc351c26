"""The console's "Share on the network" action (F6).

Light on purpose: the server, its modules and the panel are made when the operator
first asks for them (or ``emcee --share`` does), so a console that never shares starts
as fast as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from emcee.ui.console.window import ConsoleWindow
    from emcee.ui.sharing_panel import SharingPanel


class ShareAction(QAction):
    def __init__(self, console: ConsoleWindow, settings: QSettings) -> None:
        super().__init__(console)
        self.console = console
        self.settings = settings
        self._panel: SharingPanel | None = None
        self.setData("F6")
        self.triggered.connect(lambda _checked=False: self.panel().open_panel())
        self.retranslate()
        console.menus.add_sharing(self, self.retranslate)

    def panel(self) -> SharingPanel:
        """The panel (and the sharing behind it), made the first time it is needed."""
        if self._panel is None:
            from emcee.ui.sharing_panel import build_panel

            self._panel = build_panel(self.console, self.settings, self)
        return self._panel

    def share_now(self, network: str) -> None:
        """``emcee --share``: start sharing and print the links."""
        from emcee.ui.sharing_panel import start_from_command_line

        start_from_command_line(self.panel(), network)

    def retranslate(self) -> None:
        text = QCoreApplication.translate("SharingPanel", "Share on the network…")
        tip = QCoreApplication.translate(
            "SharingPanel", "Show the timers and the programme on phones and screens"
        )
        self.setText(f"{text}\tF6")
        self.setIconText(text)
        self.setToolTip(f"{tip} (F6)")
        self.setStatusTip(tip)
