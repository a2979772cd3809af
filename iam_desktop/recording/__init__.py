"""Recording from a microphone: capture, crash-safe files, levels, live preview and recovery (no Qt)."""
