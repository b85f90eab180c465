"""From transactions to the customer table: facts, RFM scores, the segment map, activity, tiers, explanations, page summaries."""
