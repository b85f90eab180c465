"""Clientele's desktop interface (PySide6): widgets over the Qt-free core."""
