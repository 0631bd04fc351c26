"""emcee: a desktop console for running a live event programme."""

__version__ = "0.1.0"
