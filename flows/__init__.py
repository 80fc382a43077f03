"""The Prefect shell: flows, tasks and the command line around the pure `curation` core."""

import time

# When the `curate` command started, near enough: its entry point imports this package first. The run summary's
# total wall time counts from here (the command's imports, the start of Prefect's API, the flow).
STARTED = time.perf_counter()


class Signalled(BaseException):
    """SIGINT or SIGTERM where the flow run's own handlers (`flows.curate._stoppable`) are not in place: in
    `curate run` before the run begins, in `curate serve` between and around its runs. Raised so the command ends
    with its own exit code (128 + the signal) and what it started is stopped on the way out."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def raise_signalled(signum: int, _frame: object) -> None:
    """A signal handler: the signal becomes `Signalled` in the main thread."""
    raise Signalled(signum)
