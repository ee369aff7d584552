"""The ``vaccinnet-bdd`` command: one module per subcommand, each with ``add_parser`` and ``main``."""
