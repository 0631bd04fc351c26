"""The show engine: the running show (state and actions), its layout of turns, what each
turn is allotted, the projection of the rest of the programme, the proposals to shorten
items, and the snapshot of all of it that every view renders."""
