"""A stand-in for the few parts of Apache Airflow the ringwatch DAG touches, for check_dag.py.

Airflow cannot be installed on the build machine (no PyPI). These classes keep the contract the
DAG relies on (DAG as a context manager, operators' constructor arguments and template_fields as
in Airflow 2.x and apache-airflow-providers-apache-spark, >> for dependencies) and record what the
DAG does while the scheduler would parse it. They do not run anything.
"""
from __future__ import annotations

PARSE_LOG: list[str] = []  # metadata-database reads (Variable, Connection) made while parsing
_CURRENT: list["DAG"] = []


class DAG:
    def __init__(self, dag_id, **kwargs):
        self.dag_id = dag_id
        self.kwargs = kwargs
        self.tasks = []

    def __enter__(self):
        _CURRENT.append(self)
        return self

    def __exit__(self, *exc):
        _CURRENT.pop()
        return False


class BaseOperator:
    template_fields: tuple[str, ...] = ()

    def __init__(self, *, task_id, retries=None, **kwargs):
        self.task_id = task_id
        self.retries = retries
        self.kwargs = kwargs
        self.downstream: list[BaseOperator] = []
        self.dag = _CURRENT[-1] if _CURRENT else None
        if self.dag is not None:
            self.dag.tasks.append(self)

    def __rshift__(self, other):
        self.downstream.append(other)
        return other
