"""The SENCE regional server: HTTP API and its own store, sharing only sync's protocol."""
