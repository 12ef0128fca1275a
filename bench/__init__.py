"""Benchmarks (not part of the unit tests): `make bench`, `make bench-quick`."""
