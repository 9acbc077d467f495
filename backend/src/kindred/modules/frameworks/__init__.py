"""Needs framework versions: the shipped default and the versions a council publishes."""
