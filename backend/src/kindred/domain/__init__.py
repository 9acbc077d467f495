"""Pure domain logic: no I/O, no clocks, no web or database imports."""
