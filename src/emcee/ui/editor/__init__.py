"""The agenda editor: a dock in the console, its document, and the agenda's files."""
