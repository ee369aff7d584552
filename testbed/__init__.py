"""What both the harness and the tools around it start: the embedded mock server and Chromium."""
