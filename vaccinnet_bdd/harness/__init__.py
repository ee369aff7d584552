"""pytest plugins of the harness: browser, mock server and state, Gherkin tags."""
