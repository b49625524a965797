"""Static checks of the Docker Compose deployment against the installed Airflow.

Docker cannot run where these tests run, so they read docker-compose.yml, the Dockerfile and
.dockerignore as files. They target the mistakes that otherwise only show once the stack is
up: Airflow silently ignores an AIRFLOW__SECTION__KEY variable that names no option, a
depends_on condition its target cannot meet hangs `docker compose up`, and a service that
mounts the data volume elsewhere writes a lake nobody else reads.
"""
from __future__ import annotations

import configparser
import fnmatch
import importlib.metadata
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
LOCK = ROOT / "requirements.lock"

INFRA = ("postgres", "redis")
# Airflow 3's documented CeleryExecutor layout: service -> command (init runs a script).
AIRFLOW_COMMANDS = {
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-worker": "celery worker",
    "airflow-triggerer": "triggerer",
}
INIT = "airflow-init"
DATA_VOLUME = "events-data"
DATA_MOUNT = "/opt/airflow/data"
EXAMPLES_MOUNT = "/opt/airflow/examples"
DAGS_MOUNT = "/opt/airflow/dags"
SOURCES_MOUNT = "/opt/airflow/sources.yml"
DAG_SETTINGS = ("NEWS_EVENTS_SOURCES", "NEWS_EVENTS_INPUT", "NEWS_EVENTS_LAKE", "NEWS_EVENTS_DB", "NEWS_EVENTS_SCHEDULE")
SHARED_SECRETS = ("AIRFLOW__CORE__FERNET_KEY", "AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__API__SECRET_KEY")
# The celery provider ships in the apache/airflow image but not in the dev venv. Core's
# provider_config_fallback_defaults.cfg lists its other options; result_backend, which the
# official compose file sets, is the one it lacks.
IMAGE_ONLY_PROVIDER_OPTIONS = {("celery", "result_backend")}


def _load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return _load_yaml(COMPOSE)


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


@pytest.fixture(scope="module")
def common_env(compose: dict[str, Any]) -> dict[str, str]:
    return compose["x-airflow-common"]["environment"]


@pytest.fixture(scope="module")
def airflow_services(services: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every service that runs the Airflow image, i.e. all but the infrastructure."""
    return {name: svc for name, svc in services.items() if name not in INFRA}


@pytest.fixture(scope="module")
def known_options() -> set[tuple[str, str]]:
    """(section, option) pairs the installed Airflow knows, read from its files, not imported."""
    core = importlib.metadata.distribution("apache-airflow-core")
    templates = Path(core.locate_file("airflow/config_templates"))
    config = _load_yaml(templates / "config.yml")
    options = {(section, key) for section, body in config.items() for key in body["options"]}
    fallback = configparser.ConfigParser(interpolation=None)
    fallback.read(templates / "provider_config_fallback_defaults.cfg", encoding="utf-8")
    return options | {(section, key) for section in fallback.sections() for key in fallback[section]}


@pytest.fixture(scope="module")
def lock_text() -> str:
    if not LOCK.exists():
        pytest.skip("requirements.lock not generated yet; the Dockerfile installs from it")
    return LOCK.read_text(encoding="utf-8")


def _mounts(service: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Container path -> (source, mode) from compose short volume syntax."""
    mounts = {}
    for spec in service.get("volumes", []):
        source, target, *mode = spec.split(":")
        mounts[target] = (source, mode[0] if mode else "rw")
    return mounts


def _env_option(name: str) -> tuple[str, str]:
    section, _, key = name.removeprefix("AIRFLOW__").partition("__")
    return section.lower(), key.lower()


def _dockerfile_instructions() -> list[tuple[str, list[str]]]:
    text = DOCKERFILE.read_text(encoding="utf-8").replace("\\\n", " ")
    lines = (line.strip() for line in text.splitlines())
    words = [line.split() for line in lines if line and not line.startswith("#")]
    return [(op.upper(), args) for op, *args in words]


def _dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents decides.

    fnmatch's `*` also crosses `/`, unlike Docker's; that does not change the verdict for
    the top-level paths the Dockerfile copies.
    """
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    ignored = False
    for pattern in patterns:
        negated = pattern.startswith("!")
        if any(fnmatch.fnmatchcase(prefix, pattern.removeprefix("!")) for prefix in prefixes):
            ignored = not negated
    return ignored


def test_compose_defines_every_service_of_the_airflow3_celery_layout(services):
    expected = {*INFRA, *AIRFLOW_COMMANDS, INIT}
    assert expected <= services.keys(), f"missing services: {sorted(expected - services.keys())}"
    for name, command in AIRFLOW_COMMANDS.items():
        assert services[name]["command"] == command, f"{name} must run `airflow {command}`"
    assert "airflow db migrate" in " ".join(services[INIT]["command"]), "airflow-init must migrate the database"


def test_every_airflow_service_shares_the_common_image_and_environment(compose, airflow_services, common_env):
    common = compose["x-airflow-common"]
    assert common_env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert common_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql")
    assert common_env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
    assert common_env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"
    assert common_env["AIRFLOW__CORE__AUTH_MANAGER"].endswith(".SimpleAuthManager")
    for name, service in airflow_services.items():
        assert service["image"] == common["image"], f"{name} runs another image"
        differing = sorted(k for k, v in common_env.items() if service["environment"].get(k) != v)
        assert not differing, f"{name} overrides or drops common settings: {differing}"


def test_connection_urls_point_at_services_defined_in_the_file(services, common_env):
    assert urlsplit(common_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]).hostname == "postgres"
    assert urlsplit(common_env["AIRFLOW__CELERY__RESULT_BACKEND"]).hostname == "postgres"
    assert urlsplit(common_env["AIRFLOW__CELERY__BROKER_URL"]).hostname == "redis"
    execution_api = urlsplit(common_env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"])
    assert (execution_api.hostname, execution_api.path) == ("airflow-apiserver", "/execution/")
    published = {port.split(":")[-1] for port in services["airflow-apiserver"]["ports"]}
    assert str(execution_api.port) in published, "execution API URL must use the api-server's port"


def test_depends_on_targets_exist_and_can_meet_their_condition(services):
    for name, service in services.items():
        for target, spec in service.get("depends_on", {}).items():
            assert target in services, f"{name} depends on undefined service {target}"
            condition = spec["condition"]
            if condition == "service_healthy":
                assert "healthcheck" in services[target], f"{name} waits for {target} to be healthy: no healthcheck"
            elif condition == "service_completed_successfully":
                assert services[target].get("restart", "no") == "no", f"{name} waits for {target} to exit: it restarts"


def test_every_long_running_service_has_a_healthcheck(services):
    for name, service in services.items():
        if name != INIT:
            assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_events_volume_is_declared_and_mounted_at_one_path_in_every_airflow_service(compose, airflow_services):
    assert DATA_VOLUME in compose["volumes"], f"named volume {DATA_VOLUME} is not declared"
    for name, service in airflow_services.items():
        mounts = _mounts(service)
        assert mounts.get(DATA_MOUNT) == (DATA_VOLUME, "rw"), f"{name} must mount {DATA_VOLUME} at {DATA_MOUNT}"
        assert mounts.get(DAGS_MOUNT) == ("./dags", "rw"), f"{name} must mount ./dags at {DAGS_MOUNT}"
        assert mounts.get(EXAMPLES_MOUNT) == ("./examples", "ro"), f"{name} must mount ./examples read-only"


def test_dag_settings_are_set_and_their_paths_lie_in_the_mounts(common_env):
    missing = [name for name in DAG_SETTINGS if not common_env.get(name)]
    assert not missing, f"DAG settings not set in x-airflow-common: {missing}"
    assert common_env["NEWS_EVENTS_LAKE"].startswith(DATA_MOUNT + "/")
    assert common_env["NEWS_EVENTS_DB"].startswith(DATA_MOUNT + "/")
    assert Path(common_env["NEWS_EVENTS_INPUT"]).is_relative_to(EXAMPLES_MOUNT)


def test_sources_file_is_mounted_read_only_where_the_dags_read_it(airflow_services, common_env):
    assert common_env["NEWS_EVENTS_SOURCES"] == SOURCES_MOUNT
    for name, service in airflow_services.items():
        assert _mounts(service).get(SOURCES_MOUNT) == ("./sources.yml", "ro"), f"{name} must mount ./sources.yml read-only"


def test_shipped_sources_read_paths_inside_the_containers_mounts(common_env, tmp_path, monkeypatch):
    """Relative paths in sources.yml are taken from its folder, /opt/airflow in the containers."""
    from etl.sources import load_sources

    monkeypatch.setenv("NEWS_EVENTS_INPUT", common_env["NEWS_EVENTS_INPUT"])
    (tmp_path / "sources.yml").write_text((ROOT / "sources.yml").read_text(encoding="utf-8"), encoding="utf-8")
    container = Path(SOURCES_MOUNT).parent
    readable = (Path(EXAMPLES_MOUNT), Path(DATA_MOUNT))
    for source in load_sources(tmp_path / "sources.yml"):
        for path in source.paths:
            inside = container / Path(path).relative_to(tmp_path) if Path(path).is_relative_to(tmp_path) else Path(path)
            assert any(inside.is_relative_to(m) for m in readable), f"source {source.name} reads {inside}, outside the mounts"


def test_every_news_events_variable_the_dags_read_is_set(common_env):
    sources = (path.read_text(encoding="utf-8") for path in (ROOT / "dags").rglob("*.py"))
    read = {name for source in sources for name in re.findall(r"NEWS_EVENTS_[A-Z_]+", source)}
    assert read, "dags/ reads no NEWS_EVENTS_* setting; the compose file's settings would be dead"
    assert read <= common_env.keys(), f"read by dags/ but not set: {sorted(read - common_env.keys())}"


def test_admin_password_file_is_on_a_volume_shared_by_init_and_apiserver(services, common_env):
    password_file = Path(common_env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"])
    sources = []
    for name in (INIT, "airflow-apiserver"):
        mount = next((t for t in _mounts(services[name]) if password_file.is_relative_to(t)), None)
        assert mount, f"{name} does not mount the directory of {password_file}"
        sources.append(_mounts(services[name])[mount][0])
    assert sources[0] == sources[1], "init writes the password file to a volume the api-server does not see"


def test_worker_can_be_scaled(services):
    worker = services["airflow-worker"]
    assert "container_name" not in worker, "a fixed container_name allows only one worker"
    assert "ports" not in worker, "a fixed host port allows only one worker"


def test_shared_secrets_must_come_from_the_environment(common_env):
    for name in SHARED_SECRETS:
        required_reference = re.fullmatch(r"\$\{[A-Z_]+:\?[^}]+\}", common_env[name])
        assert required_reference, f"{name} must be a required ${{VAR:?message}} reference, not a literal"


def test_every_airflow_config_variable_names_a_real_option(compose, services, known_options):
    envs = [compose["x-airflow-common"]["environment"], *(s.get("environment", {}) for s in services.values())]
    names = {name for env in envs for name in env if name.startswith("AIRFLOW__")}
    unknown = sorted(n for n in names if _env_option(n) not in known_options | IMAGE_ONLY_PROVIDER_OPTIONS)
    assert not unknown, f"Airflow {importlib.metadata.version('apache-airflow')} has no such options: {unknown}"


def test_image_only_provider_options_are_still_unknown_to_the_venv(known_options):
    stale = IMAGE_ONLY_PROVIDER_OPTIONS & known_options
    assert not stale, f"installed Airflow now knows {stale}; drop them from IMAGE_ONLY_PROVIDER_OPTIONS"


def test_dockerfile_builds_from_the_installed_airflow_and_python(compose):
    assert (ROOT / compose["x-airflow-common"]["build"] / "Dockerfile").resolve() == DOCKERFILE
    bases = [args[-1] for op, args in _dockerfile_instructions() if op == "FROM"]
    python = f"python{sys.version_info.major}.{sys.version_info.minor}"
    assert bases == [f"apache/airflow:{importlib.metadata.version('apache-airflow')}-{python}"]


def test_lock_pins_the_airflow_of_the_base_image(lock_text):
    pins = re.findall(r"^apache[-_]airflow==([^\s;\\]+)", lock_text, flags=re.IGNORECASE | re.MULTILINE)
    assert pins == [importlib.metadata.version("apache-airflow")]


def test_build_context_holds_every_file_the_dockerfile_copies(lock_text):
    """Needs the lock to exist, hence `lock_text`: the Dockerfile copies it."""
    patterns = [line.strip() for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()]
    patterns = [p for p in patterns if p and not p.startswith("#")]
    copies = [args[:-1] for op, args in _dockerfile_instructions() if op == "COPY"]
    copied = [source for sources in copies for source in sources if not source.startswith("--")]
    assert copied, "the Dockerfile copies nothing from the project"
    for source in copied:
        assert (ROOT / source).exists(), f"Dockerfile copies {source}, which does not exist"
        assert not _dockerignored(source, patterns), f"Dockerfile copies {source}, which .dockerignore excludes"
