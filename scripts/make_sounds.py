"""Make the console's alert cues and the room chime (resources/sounds/*.wav).

    python scripts/make_sounds.py

Synthesised here from sine tones (no samples from elsewhere), so they are ours to license
(CC0, see resources/sounds/LICENSE.txt). 16-bit mono, 44.1 kHz.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"

# (start seconds, frequency Hz, length seconds, loudness 0..1) for each note of a cue.
CUES: dict[str, list[tuple[float, float, float, float]]] = {
    # Warning: a gentle rising two-note chime.
    "warning": [(0.0, 659.3, 0.35, 0.45), (0.18, 880.0, 0.45, 0.45)],
    # Final warning: three quick higher beeps.
    "final": [(0.0, 987.8, 0.12, 0.5), (0.16, 987.8, 0.12, 0.5), (0.32, 987.8, 0.2, 0.5)],
    # Time up: a falling three-note bell, longer.
    "time-up": [(0.0, 1046.5, 0.5, 0.55), (0.22, 784.0, 0.5, 0.55), (0.44, 523.3, 0.7, 0.6)],
    # Each further minute of overtime: a low double knock.
    "overtime": [(0.0, 392.0, 0.16, 0.6), (0.22, 392.0, 0.22, 0.6)],
    # The room chime on the hall's PA: a soft, slow falling two-tone, long decay, quieter.
    "chime": [(0.0, 740.0, 1.2, 0.35), (0.55, 587.3, 1.6, 0.35)],
}


def render(notes: list[tuple[float, float, float, float]]) -> list[float]:
    length = max(start + duration for start, _, duration, _ in notes) + 0.05
    samples = [0.0] * int(length * RATE)
    for start, frequency, duration, loudness in notes:
        first = int(start * RATE)
        for n in range(int(duration * RATE)):
            t = n / RATE
            attack = min(1.0, t / 0.005)  # 5 ms fade-in: no click
            decay = math.exp(-4.0 * t / duration)
            tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(
                4 * math.pi * frequency * t
            )
            samples[first + n] += loudness * attack * decay * tone / 1.25
    peak = max(1e-9, max(abs(s) for s in samples))
    return [s / max(1.0, peak) for s in samples]


def write(name: str, samples: list[float]) -> Path:
    path = OUT / f"{name}.wav"
    with wave.open(str(path), "wb") as stream:
        stream.setnchannels(1)
        stream.setsampwidth(2)
        stream.setframerate(RATE)
        stream.writeframes(b"".join(struct.pack("<h", int(s * 32000)) for s in samples))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        print(write(name, render(notes)))


if __name__ == "__main__":
    main()
