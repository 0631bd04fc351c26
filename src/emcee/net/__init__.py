"""The show on the venue network: live web views (and, later, remote control).

A small server in a thread of its own (``server``) serves one page per view and pushes
each view's state over a WebSocket on the same port. The pages count down by themselves
from absolute deadlines, corrected for their own clock's offset from the server's.

Nothing here imports Qt: the console meets this package through ``emcee.ui.sharing``,
which hands it snapshots and drains its events.
"""
