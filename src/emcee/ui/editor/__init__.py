"""The agenda editor: a tab beside the live agenda, its document, and the agenda's files."""
