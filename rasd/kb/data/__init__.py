"""Built KB data files (see scripts/build_kb.py); a package so the files ship with rasd."""
