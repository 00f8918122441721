"""Background work: services run in Qt's thread pool and report back on the GUI thread."""
