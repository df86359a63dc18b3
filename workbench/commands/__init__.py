"""Groups of command-line commands, each over one part of the core."""
