"""What outlives a run: locations on disk, the user's config, and reading state."""
