"""Mailing lists, offers, coupons, consent at export, control groups, the campaign store and the mailing export."""
