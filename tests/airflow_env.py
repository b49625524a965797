"""Environment for a throw-away Airflow: its own AIRFLOW_HOME (SQLite), this project's DAGs, no examples."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def airflow_env(home: Path, **settings: str) -> dict[str, str]:
    """The current environment without any AIRFLOW*/NEWS_EVENTS* leaking in, plus `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWS_EVENTS"))}
    env.update(
        AIRFLOW_HOME=str(home / "airflow"),
        AIRFLOW__CORE__DAGS_FOLDER=str(ROOT / "dags"),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        **settings,
    )
    return env
