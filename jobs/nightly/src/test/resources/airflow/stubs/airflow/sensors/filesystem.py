"""FileSensor's arguments and template fields (Airflow 2.x)."""
from airflow import BaseOperator


class FileSensor(BaseOperator):
    template_fields = ("filepath",)

    def __init__(self, *, filepath, fs_conn_id="fs_default", recursive=False, mode="poke", poke_interval=60,
                 timeout=604800, **kwargs):
        super().__init__(**kwargs)
        self.filepath = filepath
        self.fs_conn_id = fs_conn_id
        self.mode = mode
        self.poke_interval = poke_interval
        self.timeout = timeout
