"""Living documentation: the manual's outline, and the report that shows it beside its scenarios."""
