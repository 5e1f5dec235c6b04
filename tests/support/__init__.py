"""Helpers shared by tests and benchmarks (a fault-injecting TCP proxy, process helpers)."""
