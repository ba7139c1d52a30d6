"""Article → what a terminal shows: Rich renderables and safe text."""
