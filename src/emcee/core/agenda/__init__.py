"""The agenda: the organiser's programme (model), its TOML file and the hints for a file
that cannot be read, the plan worked out from it (schedule), what can be wrong with it
(problems), the rules of editing it and the draft of an edit in progress."""
