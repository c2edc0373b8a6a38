"""Airflow DAG: the nightly ringwatch run on a Spark cluster.

One DAG run per business date (Airflow's logical date, ``ds``):

    wait_for_inputs  ->  nightly  ->  check  ->  report

* ``wait_for_inputs``  waits (rescheduling, not holding a worker slot) for the night's export to be
  complete: the file ``ringwatch_input_ready`` (default ``_SUCCESS``) in the night's input folder.
* ``nightly``  spark-submit of the shaded jar: ``ringwatch nightly --input --output --run-date {{ ds }}
  --conf <site conf>``. A run is idempotent per date (it replaces that date's rows in every table,
  all or nothing), so retries are safe. Runs go in date order, one at a time (``depends_on_past``,
  ``max_active_runs=1``): stable cluster ids and "new since the last run" compare a night with the
  one before it.
* ``check``    the data-quality gate on ``run_audit`` and the published tables (``ringwatch check``).
  A failed gate stops the DAG before the report goes out.
* ``report``   the executive summary (``ringwatch report``), HTML and PDF under the output root,
  and a copy in ``ringwatch_report_to`` (a shared folder or object-store prefix people read).

Exit statuses (jobs/docs/outputs-extensions.md) decide retries: bad settings (2) and a failed
quality gate (4) fail at once, since a retry would fail the same way; a missing input (3), an output
in use (5) and an internal error (1) are retried. The failure callback says in one line what the
status means and what to do, and mails it when ``ringwatch_alert_email`` is set. The driver's exit
status reaches Airflow when the driver runs in the spark-submit process (client deploy mode, e.g.
an edge node, or Kubernetes client mode); in YARN cluster mode spark-submit reports any failure as
1, so every failure is retried and the reason is in the driver's log.

Everything deployment-specific is read when a task runs, through templates, never when the
scheduler parses this file (no metadata-database query per parse):

    Variable ringwatch_jar            the shaded jar, e.g. s3a://bucket/ringwatch/ringwatch-nightly-0.1.0-all.jar
    Variable ringwatch_input          the night's input folder; ``{ds}`` in it becomes the date
    Variable ringwatch_output         output root of the Delta tables
    Variable ringwatch_site_conf      the site's HOCON file (shipped with the job, passed as --conf)
    Variable ringwatch_reference_dir  the installation's IP reference folder (RINGWATCH_REFERENCE_DIR)
    Variable ringwatch_input_ready    optional: the marker file the export writes last (default _SUCCESS)
    Variable ringwatch_report_to      optional: where the report is copied for people to read
    Variable ringwatch_alert_email    optional: who gets the one-line reason of a failure
    Connection ringwatch_key          the pseudonym key in its password field (from a secrets backend)

The pseudonym key goes to the nightly driver alone as the environment variable ``RINGWATCH_KEY`` (on
YARN and Kubernetes the Spark provider passes env_vars to the driver; not in standalone cluster
mode, where the provider refuses env_vars); it is never written to a file, and
``spark.redaction.regex`` hides it in the Spark UI and event logs. Airflow masks a connection's
password in task logs. ``nightly`` on a cluster refuses to start without a key.

The pure functions below build every command line; ``python3 ringwatch_nightly.py`` prints those
of one DAG run as JSON, and jobs/nightly/src/test/resources/airflow/check_dag.py loads this file
as the scheduler would and renders every template, so that a test (AirflowDagTest) checks them
against the real command line without an Airflow installation.
"""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone

MAIN_CLASS = "io.ringwatch.cli.Main"
DAG_ID = "ringwatch_nightly"
KEY_ENV = "RINGWATCH_KEY"

# The module opens Spark 3.5 needs on Java 17 (the same list as jobs/bin/ringwatch).
JAVA17_OPENS = " ".join(
    "--add-opens=java.base/" + p + "=ALL-UNNAMED"
    for p in [
        "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
        "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
        "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar",
    ]
) + " -Djdk.reflect.useDirectMethodHandle=false"

# HotSpot compiles no method over 8,000 bytes of bytecode; Spark's generated code for ingest's
# checks and the signals has such methods, interpreted for every row without this flag (100k
# workers: the night 525 -> 436 s; jobs/docs/benchmark.md). The same flag as jobs/bin/ringwatch.
JIT_OPTS = "-XX:-DontCompileHugeMethods"

SPARK_CONF = {
    "spark.driver.extraJavaOptions": JAVA17_OPENS + " " + JIT_OPTS,
    "spark.executor.extraJavaOptions": JAVA17_OPENS + " " + JIT_OPTS,
    # Spark's default redaction plus the key's variable: the UI, event logs and history server
    # show driver environment variables and the appMasterEnv/driverEnv settings that carry it.
    "spark.redaction.regex": "(?i)secret|password|token|access[.]key|" + KEY_ENV.lower(),
}

# What each exit status means (jobs/docs/outputs-extensions.md) and what a person does about it.
EXIT_STATUS = {
    1: ("internal error", "a bug: file it with the task log"),
    2: ("bad arguments or settings", "fix the site conf or the Variables (`ringwatch config` shows the settings)"),
    3: ("an input is missing or unreadable", "check the night's export; the task retries"),
    4: ("a data-quality gate failed", "look at the reason and rejected_records before re-running"),
    5: ("the output cannot be used", "another run holds it or a table is damaged (README Operations)"),
}
# A retry cannot help these: the same settings or the same data fail the same way.
NO_RETRY = {2, 4}

# Templates, rendered by Airflow when the task runs.
T_INPUT = "{{ var.value.ringwatch_input | replace('{ds}', ds) }}"
T_OUTPUT = "{{ var.value.ringwatch_output }}"
T_JAR = "{{ var.value.ringwatch_jar }}"
T_SITE_CONF = "{{ var.value.ringwatch_site_conf }}"
# spark-submit --files puts the site conf in the driver's working folder under its own name.
T_SITE_CONF_NAME = "{{ var.value.ringwatch_site_conf.split('/')[-1] }}"
T_READY = T_INPUT + "/{{ var.value.get('ringwatch_input_ready', '_SUCCESS') }}"
T_REPORT_TO = "{{ var.value.get('ringwatch_report_to', '') }}"
T_KEY = "{{ conn.ringwatch_key.password }}"
T_REFERENCE_DIR = "{{ var.value.ringwatch_reference_dir }}"


def _with_conf(args: list[str], conf: str | None) -> list[str]:
    return args + (["--conf", conf] if conf else [])


def nightly_args(run_date: str, input_dir: str, output_dir: str, conf: str | None = None) -> list[str]:
    """Arguments of ``ringwatch nightly`` for one business date (cli.md)."""
    return _with_conf(["nightly", "--input", input_dir, "--output", output_dir, "--run-date", run_date], conf)


def check_args(run_date: str, output_dir: str, conf: str | None = None) -> list[str]:
    """Arguments of ``ringwatch check``, the data-quality gate on the published run."""
    return _with_conf(["check", "--output", output_dir, "--run-date", run_date], conf)


def report_args(run_date: str, output_dir: str, conf: str | None = None, deliver_to: str | None = None) -> list[str]:
    """Arguments of ``ringwatch report`` (cli.md), copying the report where people read it."""
    args = _with_conf(["report", "--output", output_dir, "--run-date", run_date], conf)
    return args + (["--deliver-to", deliver_to] if deliver_to is not None else [])


def driver_env(key: str, reference_dir: str) -> dict[str, str]:
    """The driver's environment: the pseudonym key and the installation's reference folder."""
    return {KEY_ENV: key, "RINGWATCH_REFERENCE_DIR": reference_dir}


def spark_submit_command(jar: str, app_args: list[str], master: str = "yarn", files: str | None = None) -> list[str]:
    """The spark-submit command line a SparkSubmitOperator runs, for logs and for the test."""
    cmd = ["spark-submit", "--master", master, "--deploy-mode", "cluster", "--class", MAIN_CLASS]
    for key, value in SPARK_CONF.items():
        cmd += ["--conf", f"{key}={value}"]
    if files:
        cmd += ["--files", files]
    # The master spark-submit passes wins over ringwatch.spark.master (SparkSessionFactory).
    return cmd + [jar] + app_args


def exit_status(error: BaseException | str | None) -> int | None:
    """The ringwatch exit status in a failed spark-submit's error ("... Error code is: 4."), if any."""
    m = re.search(r"(?:error code is|exit code|returncode)\D{0,4}(\d+)", str(error or ""), re.IGNORECASE)
    return int(m.group(1)) if m else None


def explain(status: int | None) -> str:
    """One line for a person: what the status means and what to do."""
    if status not in EXIT_STATUS:
        return "ringwatch failed without a ringwatch exit status (spark-submit or the cluster): see the task log"
    meaning, action = EXIT_STATUS[status]
    return f"ringwatch exited {status}: {meaning}; {action}"


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
    from airflow.exceptions import AirflowException, AirflowFailException
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
    from airflow.sensors.filesystem import FileSensor
except ImportError:  # the argument printout below runs without Airflow
    DAG = None

if DAG is not None:

    class RingwatchSubmit(SparkSubmitOperator):
        """spark-submit of a ringwatch command that fails without retries when a retry cannot help."""

        def execute(self, context):
            try:
                return super().execute(context)
            except AirflowException as e:
                status = exit_status(e)
                if status in NO_RETRY:
                    raise AirflowFailException(explain(status)) from e
                raise

    def _on_failure(context):
        """Says why in one line in the task log, and by mail when ringwatch_alert_email is set."""
        from airflow.models import Variable  # noqa: PLC0415 - at failure time, never at parse time

        ti = context["task_instance"]
        line = f"{DAG_ID} {ti.task_id} {context['ds']}: {explain(exit_status(context.get('exception')))}"
        ti.log.error(line)
        to = Variable.get("ringwatch_alert_email", default_var="")
        if to:
            from airflow.utils.email import send_email  # noqa: PLC0415

            send_email(to=to, subject=f"[ringwatch] {ti.task_id} failed for {context['ds']}", html_content=line)

    with DAG(
        dag_id=DAG_ID,
        description="ringwatch: find rings of fake remote IT workers, nightly",
        schedule="0 3 * * *",
        # The first night this DAG may run; with catchup off a new deployment runs the latest night
        # only. Backfill earlier nights on purpose: `airflow dags backfill -s … -e … ringwatch_nightly`.
        start_date=datetime(2026, 12, 1, tzinfo=timezone.utc),
        catchup=False,
        max_active_runs=1,
        dagrun_timeout=timedelta(hours=12),
        default_args={**DEFAULT_ARGS, "on_failure_callback": _on_failure},
        tags=["ringwatch", "security", "insider-risk"],
    ) as dag:

        def _submit(task_id: str, args: list[str], env: dict[str, str] | None = None) -> RingwatchSubmit:
            return RingwatchSubmit(
                task_id=task_id,
                conn_id=os.environ.get("RINGWATCH_SPARK_CONN_ID", "spark_default"),
                application=T_JAR,
                java_class=MAIN_CLASS,
                application_args=args,
                conf=SPARK_CONF,
                files=T_SITE_CONF,
                env_vars=env,
                name=f"ringwatch-{task_id}-{{{{ ds }}}}",
            )

        wait_for_inputs = FileSensor(
            task_id="wait_for_inputs",
            filepath=T_READY,
            fs_conn_id=os.environ.get("RINGWATCH_FS_CONN_ID", "fs_default"),
            mode="reschedule",
            poke_interval=timedelta(minutes=10),
            timeout=timedelta(hours=8),
            retries=0,
        )
        # Only the night hashes values: the key goes to it alone.
        nightly = _submit("nightly", nightly_args("{{ ds }}", T_INPUT, T_OUTPUT, T_SITE_CONF_NAME),
                          driver_env(T_KEY, T_REFERENCE_DIR))
        check = _submit("check", check_args("{{ ds }}", T_OUTPUT, T_SITE_CONF_NAME))
        report = _submit("report", report_args("{{ ds }}", T_OUTPUT, T_SITE_CONF_NAME, T_REPORT_TO))
        # The gate must pass before the report goes out; the report is cheap to re-run.
        check.retries = 0
        wait_for_inputs >> nightly >> check >> report


if __name__ == "__main__":
    # The commands of one DAG run, for the argument test and for a person checking a deployment.
    ds = "2026-11-20"
    print(json.dumps({
        "main_class": MAIN_CLASS,
        "run_date": ds,
        "nightly": nightly_args(ds, "/in/" + ds, "/out", "site.conf"),
        "check": check_args(ds, "/out", "site.conf"),
        "report": report_args(ds, "/out", "site.conf", "/shared/ringwatch"),
        "spark_submit": spark_submit_command("ringwatch-nightly-0.1.0-SNAPSHOT-all.jar",
                                             nightly_args(ds, "/in", "/out", "site.conf"),
                                             files="/etc/ringwatch/site.conf"),
        "default_args": {k: str(v) for k, v in DEFAULT_ARGS.items()},
        "exit_status": {str(k): explain(k) for k in EXIT_STATUS},
    }, indent=2))
