pytest_plugins = [
    "steps.harness.browser",
    "steps.harness.mock",
    "steps.harness.tags",
    "steps.harness.world",
    "steps.shared.btb",
    "steps.shared.csam",
    "steps.shared.memberships",
    "steps.shared.pages",
    "steps.shared.uman",
    "steps.shared.vaccinnet",
]
