"""Screens own the state and wire widgets together."""
