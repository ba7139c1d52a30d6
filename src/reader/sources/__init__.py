"""Files and formats → model. The only package that touches the filesystem."""
