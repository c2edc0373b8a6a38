"""SparkSubmitOperator's arguments and template fields (apache-airflow-providers-apache-spark 4.x)."""
from airflow import BaseOperator
from airflow.exceptions import AirflowException


class SparkSubmitOperator(BaseOperator):
    template_fields = ("application", "conf", "files", "py_files", "jars", "driver_class_path", "packages",
                       "exclude_packages", "keytab", "principal", "proxy_user", "name", "application_args",
                       "env_vars", "properties_file")
    # What execute() does in check_dag.py: the hook's error for a spark-submit exit status, or None.
    FAIL_WITH_STATUS = None

    def __init__(self, *, application="", conf=None, conn_id="spark_default", files=None, java_class=None,
                 application_args=None, env_vars=None, name="arrow-spark", **kwargs):
        super().__init__(**kwargs)
        self.application = application
        self.conf = conf
        self.conn_id = conn_id
        self.files = files
        self.java_class = java_class
        self.application_args = application_args
        self.env_vars = env_vars
        self.name = name

    def execute(self, context):
        if SparkSubmitOperator.FAIL_WITH_STATUS is not None:
            # The message SparkSubmitHook.submit raises for a non-zero exit.
            raise AirflowException("Cannot execute: spark-submit --master yarn ***. Error code is: "
                                   f"{SparkSubmitOperator.FAIL_WITH_STATUS}.")
        return None
