"""Identity, the authorisation policy and the audit writer."""
