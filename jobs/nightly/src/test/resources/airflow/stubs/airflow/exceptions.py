"""Airflow's exceptions: AirflowFailException fails a task without its retries."""


class AirflowException(Exception):
    pass


class AirflowFailException(AirflowException):
    pass
