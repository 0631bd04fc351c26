"""When the venue laptop must stay awake: from the show's start to its end.

No screen saver, display sleep or system sleep may blank the console or the projector
while a show runs. A pause keeps the hold for a while (a speaker's laptop is swapped, a
question runs long), but a pause longer than ``release_after_pause`` lets the laptop
follow its own power settings again (lunch, an evacuation): the hold comes back with the
resume. The platforms' ways of holding live in ``emcee.ui.awake``.
"""

from __future__ import annotations

from dataclasses import dataclass

from emcee.core.engine.snapshot import ShowState

# The default for the console's setting "awake/release_after_pause_min".
RELEASE_AFTER_PAUSE = 15 * 60


@dataclass(frozen=True, slots=True)
class AwakeDecision:
    hold: bool
    # Seconds until the decision changes with no action (a pause growing too long);
    # None when only the show's next state change can change it.
    review_in: float | None


class AwakeRule:
    """Decides from the show's state, seen at each snapshot, whether to hold."""

    def __init__(self, release_after_pause: float = RELEASE_AFTER_PAUSE) -> None:
        self.release_after_pause = release_after_pause
        self._paused_since: float | None = None

    def decide(self, state: ShowState, monotonic: float) -> AwakeDecision:
        if state is not ShowState.PAUSED:
            self._paused_since = None
            return AwakeDecision(state is ShowState.RUNNING, None)
        if self._paused_since is None:
            self._paused_since = monotonic  # the first snapshot of this pause
        left = self._paused_since + self.release_after_pause - monotonic
        if left > 0:
            return AwakeDecision(True, left)
        return AwakeDecision(False, None)
