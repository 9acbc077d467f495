"""The needs frameworks Kindred ships, as versioned data files."""
