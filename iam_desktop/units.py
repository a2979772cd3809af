"""Human-readable sizes: 820_000 -> "820 kB", 2_400_000 -> "2.4 MB", 75_500_000 -> "76 MB"."""


def size_text(size_bytes: int) -> str:
    """A size in decimal units, one decimal below 10 of a unit, whole numbers above."""
    size = float(max(0, size_bytes))
    if size < 1000:
        return f"{int(size)} bytes"
    for unit in ("kB", "MB", "GB", "TB"):
        size /= 1000
        if size < 1000 or unit == "TB":
            return f"{size:.1f} {unit}" if size < 10 else f"{size:,.0f} {unit}"
    raise AssertionError("unreachable")
