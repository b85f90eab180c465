"""Clientele's core: import, segmentation, offers and exports, with no Qt anywhere."""

__version__ = "0.1.0"
APP_NAME = "Clientele"
