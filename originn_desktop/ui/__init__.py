"""The window: a thin Qt layer over the services the command line uses."""
