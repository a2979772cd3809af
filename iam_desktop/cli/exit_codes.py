"""Exit codes of every CLI command: 0 success, 1 something failed, 2 usage error.

`backup` commands tell their failures apart for scripts: 3 no backup is set up (or the setup is incomplete),
4 the passphrase does not open the backup set, 5 the storage cannot be used (key, clock, bucket,
permission, network, TLS), 6 an object of the backup is missing or damaged (also `backup verify` finding
problems), 130 cancelled (Ctrl+C or SIGTERM; the next run continues).

`subscription` commands (and `transcribe` for the plan's limits): 7 a licence or a payment address is
refused (forged, edited, expired, for another installation; a host not on the gateway's allow-list),
8 the plan does not allow it (this month's cloud minutes are used up, or the feature is not in the plan)."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_NOT_CONFIGURED, EXIT_WRONG_PASSPHRASE, EXIT_STORAGE, EXIT_DAMAGED = 3, 4, 5, 6
EXIT_REFUSED, EXIT_NOT_IN_PLAN = 7, 8
EXIT_CANCELLED = 130
