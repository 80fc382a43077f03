"""The one exception the core raises for a refused input."""


class Rejected(Exception):
    """An input that cannot become a record; `reason` is the machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
