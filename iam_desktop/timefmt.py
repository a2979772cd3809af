"""Human-readable times: 75.5 -> "1:15", 3725 -> "1:02:05"."""


def clock(seconds: float) -> str:
    """A duration or position as M:SS or H:MM:SS."""
    total = max(0, int(round(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
