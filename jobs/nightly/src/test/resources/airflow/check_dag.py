"""Loads the ringwatch DAG the way the scheduler does and renders what each task would run.

    python3 check_dag.py jobs/airflow/ringwatch_nightly.py > dag.json

1. Parse: the DAG file is imported as a module with Airflow's names (stubs/airflow, since Airflow
   cannot be installed here); any Variable or Connection read while parsing is recorded.
2. Render: every template field of every task is rendered with Jinja2 (Airflow's engine, strict
   undefined, sandboxed) in the context of one DAG run: ds, var.value and conn from fixed values.
3. Fail: each task's execute() is run with spark-submit failing with each ringwatch exit status,
   recording whether Airflow would retry; the failure callback is run for one.
The JSON printed is checked by AirflowDagTest against the real command line.
"""
import importlib.util
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent / "stubs"))
sys.dont_write_bytecode = True

import jinja2  # noqa: E402
import jinja2.sandbox  # noqa: E402

import airflow  # noqa: E402
import airflow.models  # noqa: E402
from airflow.exceptions import AirflowException, AirflowFailException  # noqa: E402
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator  # noqa: E402
from airflow.utils import email  # noqa: E402

DS = "2026-11-20"
VARIABLES = {
    "ringwatch_jar": "s3a://bucket/ringwatch/ringwatch-nightly-0.1.0-SNAPSHOT-all.jar",
    "ringwatch_input": "s3a://exports/hr/{ds}",
    "ringwatch_output": "s3a://lake/ringwatch",
    "ringwatch_site_conf": "s3a://bucket/ringwatch/conf/site.conf",
    "ringwatch_reference_dir": "s3a://bucket/ringwatch/reference/ip",
    "ringwatch_report_to": "s3a://shared/security/ringwatch-reports",
    "ringwatch_alert_email": "security-data@example.com",
}
KEY = "test-key-from-the-secrets-backend-0123456789"


class VariableAccessor:
    """Airflow's var.value: attribute access fails on a missing Variable, get() takes a default."""

    def __getattr__(self, name):
        if name not in VARIABLES:
            raise KeyError(f"Variable {name} does not exist")
        return VARIABLES[name]

    def get(self, name, default_var=None):
        return VARIABLES.get(name, default_var)


class Connection:
    def __init__(self, password):
        self.password = password


class ConnectionAccessor:
    def __getattr__(self, conn_id):
        if conn_id != "ringwatch_key":
            raise KeyError(f"Connection {conn_id} does not exist")
        return Connection(KEY)


def render(env, value, context):
    if isinstance(value, str):
        return env.from_string(value).render(**context)
    if isinstance(value, list):
        return [render(env, v, context) for v in value]
    if isinstance(value, dict):
        return {k: render(env, v, context) for k, v in value.items()}
    return value


def main(dag_file):
    spec = importlib.util.spec_from_file_location("ringwatch_nightly_dag", dag_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    parse_reads = list(airflow.PARSE_LOG)
    dags = [v for v in vars(module).values() if isinstance(v, airflow.DAG)]
    assert len(dags) == 1, f"one DAG per file, found {len(dags)}"
    dag = dags[0]

    env = jinja2.sandbox.SandboxedEnvironment(undefined=jinja2.StrictUndefined)
    context = {"ds": DS, "var": {"value": VariableAccessor()}, "conn": ConnectionAccessor()}
    airflow.models.VALUES.update(VARIABLES)
    tasks = {}
    for t in dag.tasks:
        rendered = {f: render(env, getattr(t, f), context) for f in t.template_fields if getattr(t, f, None) is not None}
        retried = {}
        for status in range(1, 6) if isinstance(t, SparkSubmitOperator) else ():
            SparkSubmitOperator.FAIL_WITH_STATUS = status
            try:
                t.execute({"ds": DS})
                retried[str(status)] = "succeeded"
            except AirflowFailException:
                retried[str(status)] = "failed without retry"
            except AirflowException:
                retried[str(status)] = "failed, retried"
        SparkSubmitOperator.FAIL_WITH_STATUS = None
        tasks[t.task_id] = {
            "type": type(t).__mro__[1].__name__ if type(t).__name__ == "RingwatchSubmit" else type(t).__name__,
            "rendered": rendered,
            "downstream": [d.task_id for d in t.downstream],
            "retries": t.retries,
            "mode": getattr(t, "mode", None),
            "on_status": retried if isinstance(t, SparkSubmitOperator) else None,
        }

    callback = dag.kwargs["default_args"]["on_failure_callback"]

    class Log:
        lines = []

        def error(self, line):
            self.lines.append(line)

    class TaskInstance:
        task_id = "check"
        log = Log()

    error = AirflowException("Cannot execute: spark-submit ***. Error code is: 4.")
    callback({"task_instance": TaskInstance(), "ds": DS, "exception": error})
    print(json.dumps({
        "dag_id": dag.dag_id,
        "run_date": DS,
        "parse_reads": parse_reads,
        "catchup": dag.kwargs.get("catchup"),
        "start_date": str(dag.kwargs.get("start_date")),
        "schedule": dag.kwargs.get("schedule"),
        "max_active_runs": dag.kwargs.get("max_active_runs"),
        "depends_on_past": dag.kwargs["default_args"].get("depends_on_past"),
        "variables": VARIABLES,
        "key": KEY,
        "tasks": tasks,
        "failure_log": TaskInstance.log.lines,
        "failure_mail": email.SENT,
    }, indent=2, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
