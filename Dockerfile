# Image for every Airflow container in docker-compose.yml: the official Airflow image plus
# this project, so the DAG imports the same pinned `etl` and `schemas` on every worker.
# The tag must match the apache-airflow pin in pyproject.toml (tests/test_compose.py checks).
FROM apache/airflow:3.3.2-python3.11

# The base image expects installs as the `airflow` user (pip refuses to run as root there).
USER airflow

# Dependencies first, in their own layer, so code edits do not reinstall them. Naming the
# image's own Airflow on the same command makes pip fail, instead of silently swapping
# Airflow, if the lock ever pins a different version.
COPY --chown=airflow:0 requirements.lock /tmp/news-events/requirements.lock
RUN pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" -r /tmp/news-events/requirements.lock

COPY --chown=airflow:0 pyproject.toml README.md /tmp/news-events/
COPY --chown=airflow:0 etl /tmp/news-events/etl
COPY --chown=airflow:0 schemas /tmp/news-events/schemas
RUN pip install --no-cache-dir --no-deps /tmp/news-events \
    && rm -rf /tmp/news-events

# Docker seeds a new named volume with the mount point's contents and ownership, so these
# make the events-data and auth volumes writable by `airflow` on first start.
RUN mkdir -p /opt/airflow/data/lake /opt/airflow/data/warehouse /opt/airflow/auth
