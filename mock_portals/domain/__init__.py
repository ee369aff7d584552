"""The rules of the mock portals, one module per area; :class:`mock_portals.store.Store` composes them.

Nothing here knows HTML or words: values that pages show are codes (enums), and a refusal is a
:class:`~mock_portals.domain.errors.Refused` with a code and parameters, which the portal layer
turns into a text of the catalogue and places next to the right form field.
"""
