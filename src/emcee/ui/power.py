"""Asking the operating system to keep the screen and the laptop awake, one way per system.

- Windows: ``SetThreadExecutionState`` (display and system required) on the GUI thread.
- macOS: an IOKit power assertion, "PreventUserIdleDisplaySleep".
- Linux: ``org.freedesktop.ScreenSaver.Inhibit`` on the session bus (KDE, Xfce, LXQt,
  Cinnamon, MATE and others answer it).

Each hold dies with the process: Windows clears a thread's state when it ends, macOS
releases a process's assertions, and a D-Bus screen saver drops the inhibits of a
connection that closes. A crash cannot leave the laptop unable to sleep.

Nothing here is loaded before the first hold, so it costs no start-up time.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Protocol

APPLICATION = "emcee"

# Windows: winbase.h
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

# macOS: IOPMLib.h and CFString.h
MAC_ASSERTION = "PreventUserIdleDisplaySleep"
MAC_ASSERTION_ON = 255
CF_UTF8 = 0x08000100

# Linux: the freedesktop screen saver
SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
DBUS_TIMEOUT = 1.0  # seconds: a bus that does not answer must not stall the show's start


class AwakeError(Exception):
    """The system would not keep the screen awake; the message says what answered."""


class Inhibitor(Protocol):
    method: str  # how it is done, for the console's tooltip

    def hold(self, reason: str) -> None:
        """Keep the screen and the laptop awake; raises AwakeError if the system refuses."""
        ...

    def release(self) -> None:
        """Let the laptop follow its power settings again (no error if nothing is held)."""
        ...


class WindowsInhibitor:
    method = "SetThreadExecutionState"

    def __init__(self) -> None:
        self._call: Any = None

    def _set(self, flags: int) -> int:
        if self._call is None:
            function = ctypes.WinDLL("kernel32").SetThreadExecutionState  # type: ignore[attr-defined,unused-ignore]
            function.argtypes = [ctypes.c_uint32]
            function.restype = ctypes.c_uint32
            self._call = function
        return int(self._call(flags))

    def hold(self, reason: str) -> None:
        if self._set(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED) == 0:
            raise AwakeError("SetThreadExecutionState failed")

    def release(self) -> None:
        if self._call is not None:
            self._set(ES_CONTINUOUS)


class MacInhibitor:
    method = "IOPMAssertion PreventUserIdleDisplaySleep"

    def __init__(self) -> None:
        self._assertion: int | None = None
        self._iokit: Any = None
        self._cf: Any = None

    def _load(self) -> None:
        frameworks = "/System/Library/Frameworks"
        cf = ctypes.cdll.LoadLibrary(f"{frameworks}/CoreFoundation.framework/CoreFoundation")
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        iokit = ctypes.cdll.LoadLibrary(f"{frameworks}/IOKit.framework/IOKit")
        iokit.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        iokit.IOPMAssertionCreateWithName.restype = ctypes.c_int32
        iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
        iokit.IOPMAssertionRelease.restype = ctypes.c_int32
        self._cf, self._iokit = cf, iokit

    def _string(self, text: str) -> int:
        return int(self._cf.CFStringCreateWithCString(None, text.encode("utf-8"), CF_UTF8))

    def hold(self, reason: str) -> None:
        if self._assertion is not None:
            return
        if self._iokit is None:
            try:
                self._load()
            except OSError as error:
                raise AwakeError(f"IOKit: {error}") from error
        kind = self._string(MAC_ASSERTION)
        name = self._string(f"{APPLICATION}: {reason}")
        assertion = ctypes.c_uint32(0)
        try:
            result = self._iokit.IOPMAssertionCreateWithName(
                kind, MAC_ASSERTION_ON, name, ctypes.byref(assertion)
            )
        finally:
            self._cf.CFRelease(kind)
            self._cf.CFRelease(name)
        if result != 0:
            raise AwakeError(f"IOPMAssertionCreateWithName returned {result:#x}")
        self._assertion = assertion.value

    def release(self) -> None:
        if self._assertion is not None:
            self._iokit.IOPMAssertionRelease(self._assertion)
            self._assertion = None


class ScreenSaverInhibitor:
    """``org.freedesktop.ScreenSaver`` over D-Bus (jeepney: plain sockets, no Qt thread).

    The inhibit belongs to this process's own connection to the bus, kept open while it
    holds: when the process ends, however it ends, the connection closes and the screen
    saver drops the inhibit.
    """

    method = "org.freedesktop.ScreenSaver.Inhibit (D-Bus)"

    def __init__(self, bus: str = "SESSION") -> None:
        self.bus = bus  # "SESSION" or a D-Bus address (tests use a private bus)
        self._connection: Any = None
        self._cookie: int | None = None

    def hold(self, reason: str) -> None:
        if self._cookie is not None:
            return
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg

        try:
            if self._connection is None:
                self._connection = open_dbus_connection(bus=self.bus, auth_timeout=DBUS_TIMEOUT)
            address = DBusAddress(SCREENSAVER_PATH, bus_name=SCREENSAVER, interface=SCREENSAVER)
            call = new_method_call(address, "Inhibit", "ss", (APPLICATION, reason))
            reply = self._connection.send_and_get_reply(call, timeout=DBUS_TIMEOUT)
            (self._cookie,) = unwrap_msg(reply)
        except KeyError as error:  # no DBUS_SESSION_BUS_ADDRESS
            self._close()
            raise AwakeError(f"no D-Bus session bus ({error})") from error
        except DBusErrorResponse as error:
            raise AwakeError(f"{error.name}: {' '.join(map(str, error.data))}") from error
        except (OSError, TimeoutError, RuntimeError, ValueError) as error:
            self._close()
            raise AwakeError(f"D-Bus: {error}") from error

    def release(self) -> None:
        if self._cookie is None or self._connection is None:
            return
        from jeepney import DBusAddress, new_method_call

        cookie, self._cookie = self._cookie, None
        address = DBusAddress(SCREENSAVER_PATH, bus_name=SCREENSAVER, interface=SCREENSAVER)
        try:
            self._connection.send_and_get_reply(
                new_method_call(address, "UnInhibit", "u", (cookie,)), timeout=DBUS_TIMEOUT
            )
        except (OSError, TimeoutError):
            self._close()  # closing the connection drops the inhibit all the same

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
            self._cookie = None

    @property
    def unique_name(self) -> str | None:
        """This process's name on the bus while it is connected (tests compare it)."""
        return None if self._connection is None else str(self._connection.unique_name)


def system_inhibitor() -> Inhibitor:
    if sys.platform == "win32":
        return WindowsInhibitor()
    if sys.platform == "darwin":
        return MacInhibitor()
    return ScreenSaverInhibitor()
