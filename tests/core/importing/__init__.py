"""Tests of core.importing, and the bad-input corpus and shop-file writers they share."""
