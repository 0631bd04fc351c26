"""Qt widgets: console, presenter screen, dialogs. Everything here renders core values."""
