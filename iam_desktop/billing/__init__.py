"""Subscriptions: the plan catalogue, payment and portal pages opened in the browser (Stripe, PayGate,
Stitch), Ed25519-signed licences verified offline, entitlements, and the locally metered cloud minutes.

Qt-free. The app never holds a merchant secret: it asks the seller's billing service (or the catalogue's
static payment links) for a page to open, and trusts only licences signed by a key shipped in
`resources/billing/licence-keys.json`."""
