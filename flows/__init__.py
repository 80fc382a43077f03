"""The Prefect shell: flows, tasks and the command line around the pure `curation` core."""
