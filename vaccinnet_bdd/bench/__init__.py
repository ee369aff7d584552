"""vaccinnet-bdd bench: the harness against raw Playwright, and the mock at scale."""
