"""Airflow DAG: the nightly ringwatch run on a Spark cluster.

One DAG run per business date (Airflow's logical date, ``ds``):

    nightly  ->  check  ->  report

* ``nightly``  spark-submit of the shaded jar: ``ringwatch nightly --input --output --run-date {{ ds }}``.
  A run is idempotent per date (it replaces that date's rows in every table, all or nothing),
  so retries and backfills are safe. Runs go in date order, one at a time
  (``depends_on_past``, ``max_active_runs=1``): stable cluster ids and "new since the last run"
  compare a night with the one before it.
* ``check``    the data-quality gate on ``run_audit`` and the published tables
  (``ringwatch check``, thresholds in conf/publish.conf). A failed gate stops the DAG before the
  report goes out, and the scheduler's alerting tells the data team.
* ``report``   the executive summary (``ringwatch report``), HTML and PDF under the output root.

Deployment settings come from Airflow Variables (or the environment, for local tests), read when
the DAG file is parsed:

    ringwatch_jar            shaded jar, e.g. s3://bucket/ringwatch/ringwatch-nightly-0.1.0-all.jar
    ringwatch_input          input root (inputs.md layout), may hold {{ ds }}
    ringwatch_output         output root of the Delta tables
    ringwatch_conf           optional HOCON file layered over the packed conf (--conf)
    ringwatch_spark_conn_id  Airflow Spark connection (default spark_default)

The pseudonym key never passes through Airflow: ``nightly`` on a cluster refuses to start without
one, so give it to the driver from the cluster's secret store (``RINGWATCH_KEY``) or name a key file
in the site conf (``ringwatch.privacy.key-file``); conf/cluster/*.conf show each platform's way.
A second run of the same output stops at once (the output's run lock); ``max_active_runs=1``
keeps the scheduler from trying.

The pure functions below build every command line; ``python3 ringwatch_nightly.py`` prints them
as JSON so that a test (jobs/nightly/src/test/.../AirflowDagTest) checks them against the real CLI
without an Airflow installation.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta

MAIN_CLASS = "io.ringwatch.cli.Main"
DAG_ID = "ringwatch_nightly"

# The module opens Spark 3.5 needs on Java 17 (the same list as jobs/bin/ringwatch).
JAVA17_OPENS = " ".join(
    "--add-opens=java.base/" + p + "=ALL-UNNAMED"
    for p in [
        "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
        "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
        "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar",
    ]
) + " -Djdk.reflect.useDirectMethodHandle=false"

SPARK_CONF = {
    "spark.driver.extraJavaOptions": JAVA17_OPENS,
    "spark.executor.extraJavaOptions": JAVA17_OPENS,
}


def _with_conf(args: list[str], conf: str | None) -> list[str]:
    return args + (["--conf", conf] if conf else [])


def nightly_args(run_date: str, input_dir: str, output_dir: str, conf: str | None = None) -> list[str]:
    """Arguments of ``ringwatch nightly`` for one business date (cli.md)."""
    return _with_conf(["nightly", "--input", input_dir, "--output", output_dir, "--run-date", run_date], conf)


def check_args(run_date: str, output_dir: str, conf: str | None = None) -> list[str]:
    """Arguments of ``ringwatch check``, the data-quality gate on the published run."""
    return _with_conf(["check", "--output", output_dir, "--run-date", run_date], conf)


def report_args(run_date: str, output_dir: str, conf: str | None = None) -> list[str]:
    """Arguments of ``ringwatch report`` (cli.md)."""
    return _with_conf(["report", "--output", output_dir, "--run-date", run_date], conf)


def spark_submit_command(jar: str, app_args: list[str], master: str = "yarn") -> list[str]:
    """The spark-submit command line a SparkSubmitOperator runs, for logs and for the test."""
    cmd = ["spark-submit", "--master", master, "--deploy-mode", "cluster", "--class", MAIN_CLASS]
    for key, value in SPARK_CONF.items():
        cmd += ["--conf", f"{key}={value}"]
    # The master spark-submit passes wins over ringwatch.spark.master (SparkSessionFactory).
    return cmd + [jar] + app_args


def _setting(name: str, default: str | None = None) -> str | None:
    """An Airflow Variable, else the environment variable of the same name in upper case."""
    try:
        from airflow.models import Variable  # noqa: PLC0415 - only where Airflow runs

        return Variable.get(name, default_var=os.environ.get(name.upper(), default))
    except Exception:  # no Airflow (tests), or no metadata database while parsing
        return os.environ.get(name.upper(), default)


DEFAULT_ARGS = {
    "owner": "security-data",
    "retries": 2,
    "retry_delay": timedelta(minutes=15),
    "retry_exponential_backoff": True,
    # Each night builds on the one before (stable cluster ids, "new since last run").
    "depends_on_past": True,
    "execution_timeout": timedelta(hours=3),
}

try:
    from airflow import DAG
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
except ImportError:  # the argument test runs without Airflow
    DAG = None

if DAG is not None:
    _jar = _setting("ringwatch_jar", "ringwatch-nightly-0.1.0-SNAPSHOT-all.jar")
    _input = _setting("ringwatch_input", "/data/ringwatch/input/{{ ds }}")
    _output = _setting("ringwatch_output", "/data/ringwatch/output")
    _conf = _setting("ringwatch_conf")
    _conn = _setting("ringwatch_spark_conn_id", "spark_default")

    with DAG(
        dag_id=DAG_ID,
        description="ringwatch: find rings of fake remote IT workers, nightly",
        schedule="0 3 * * *",
        start_date=datetime(2026, 11, 1),
        # Backfills are safe: every run replaces exactly its own date's rows.
        catchup=True,
        max_active_runs=1,
        default_args=DEFAULT_ARGS,
        tags=["ringwatch", "security", "insider-risk"],
    ) as dag:

        def _submit(task_id: str, args: list[str]) -> SparkSubmitOperator:
            return SparkSubmitOperator(
                task_id=task_id,
                conn_id=_conn,
                application=_jar,
                java_class=MAIN_CLASS,
                application_args=args,
                conf=SPARK_CONF,
                name=f"ringwatch-{task_id}-{{{{ ds }}}}",
            )

        nightly = _submit("nightly", nightly_args("{{ ds }}", _input, _output, _conf))
        check = _submit("check", check_args("{{ ds }}", _output, _conf))
        report = _submit("report", report_args("{{ ds }}", _output, _conf))
        # The gate must pass before the report goes out; the report is cheap to re-run.
        check.retries = 0
        nightly >> check >> report


if __name__ == "__main__":
    # The commands of one DAG run, for the argument test and for a person checking a deployment.
    ds = "2026-11-20"
    print(json.dumps({
        "main_class": MAIN_CLASS,
        "run_date": ds,
        "nightly": nightly_args(ds, "/in/" + ds, "/out", "/etc/ringwatch/site.conf"),
        "check": check_args(ds, "/out", "/etc/ringwatch/site.conf"),
        "report": report_args(ds, "/out"),
        "spark_submit": spark_submit_command("ringwatch-nightly-0.1.0-SNAPSHOT-all.jar", nightly_args(ds, "/in", "/out")),
        "default_args": {k: str(v) for k, v in DEFAULT_ARGS.items()},
    }, indent=2))
