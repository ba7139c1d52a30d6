"""Widgets only render: they take model objects and post messages up to the screen."""
