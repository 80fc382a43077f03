"""The Prefect shell: flows, tasks and the command line around the pure `curation` core."""

import time

# When the `curate` command started, near enough: its entry point imports this package first. The run summary's
# total wall time counts from here (the command's imports, the start of Prefect's API, the flow).
STARTED = time.perf_counter()
