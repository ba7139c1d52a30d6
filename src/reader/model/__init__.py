"""The article model and the structure recogniser: pure Python, no Textual, no I/O."""

from reader.model.article import Article, Block, BlockKind
from reader.model.text_parser import parse_text

__all__ = ["Article", "Block", "BlockKind", "parse_text"]
