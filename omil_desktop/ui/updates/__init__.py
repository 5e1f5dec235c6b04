"""A newer OMIL Desktop announced by the regional server: the status-bar notice and its dialog."""
