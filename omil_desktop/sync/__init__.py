"""The client side of sync with the regional server (docs/sync-protocol.md)."""
