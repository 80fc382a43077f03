"""Prefect's temporary API, started by `curate run` in a session of its own (imported only where it starts)."""

import subprocess
from functools import partial
from types import SimpleNamespace
from typing import Any
from unittest.mock import patch

import prefect.server.api.server as server


class OwnSessionAPI(server.SubprocessASGIServer):
    """Prefect's temporary API outside the terminal's process group. Inside it, Ctrl-C killed the API first, and
    the run went on without one: it failed at its end with `Connection refused` and hung. Outside it, the run
    decides when to stop and reports it, and the API is stopped at the command's exit (`SubprocessASGIServer.start`
    registers that). The flow's client finds this instance: the class keeps one per port."""

    def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
        # Prefect's own command and environment, started with one change: a new session
        own_session = SimpleNamespace(Popen=partial(subprocess.Popen, start_new_session=True))
        with patch.object(server, "subprocess", own_session):
            return super()._run_uvicorn_command()
