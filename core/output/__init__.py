"""Files Clientele writes: atomic writes, the one cell-safety rule, the xlsx writer, money and number formatting."""
