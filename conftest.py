pytest_plugins = [
    "livingdoc.plugin",
    "steps.harness.browser",
    "steps.harness.mock",
    "steps.harness.scale_out",
    "steps.harness.tags",
    "steps.harness.world",
    "steps.shared.btb",
    "steps.shared.csam",
    "steps.shared.memberships",
    "steps.shared.pages",
    "steps.shared.uman",
    "steps.shared.vaccinnet",
]
