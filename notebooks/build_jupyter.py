#!/usr/bin/env python3
"""Writes the Jupyter versions of the Databricks SQL notebooks (notebooks/databricks/*.sql).

The Databricks source notebooks are the one place the queries are written; this script turns
each into a Jupyter notebook (nbformat 4, PySpark kernel) with the same markdown and the same
statements, run through spark.sql with the widgets as Spark SQL variables (${name}) and, for text
an auditor types, as named parameters (:name, spark.sql(..., args=params)). A Python cell (the
input views of notebook 02) becomes a code cell reading params instead of Databricks widgets.
NotebooksTest checks that both versions hold the same statements, and runs every one of them
against the tables of a real nightly run.

    python3 notebooks/build_jupyter.py
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
WIDGET = re.compile(r'CREATE WIDGET TEXT (\w+) DEFAULT "([^"]*)";')
MARKER = re.compile(r"(?<![:\w]):\w+")

SETUP = '''import os
from pyspark.sql import SparkSession

# A Spark session with Delta Lake (the delta-spark package must be on the kernel's Python path) and
# ringwatch's jar (RINGWATCH_JAR: jobs/nightly/target/ringwatch-nightly-*-all.jar), whose input
# views notebook 02 uses.
spark = (SparkSession.builder.appName("ringwatch-notebook")
         .config("spark.jars", os.environ.get("RINGWATCH_JAR", ""))
         .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
         .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
         .getOrCreate())
# The parameters become Spark SQL variables: ${name} in a statement is replaced by its value.
for name, value in params.items():
    spark.conf.set(name, value)'''


def cells_of(source: str):
    """(kind, text) per cell of a Databricks SQL source notebook."""
    body = source.split("\n", 1)[1] if source.startswith("-- Databricks notebook source") else source
    for raw in body.split("-- COMMAND ----------"):
        lines = raw.strip("\n").splitlines()
        if not lines:
            continue
        if all(l.startswith("-- MAGIC") for l in lines):
            text = "\n".join(re.sub(r"^-- MAGIC ?", "", l) for l in lines)
            if text.startswith("%python"):
                # Databricks widgets are the Jupyter version's params.
                body = re.sub(r'dbutils\.widgets\.get\("(\w+)"\)', r'params["\1"]', text[len("%python"):].lstrip("\n"))
                yield "python", body
            else:
                yield "markdown", re.sub(r"^%md ?", "", text)
        else:
            yield "sql", "\n".join(lines)


def statements(sql: str):
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", sql) if s.strip()]


def notebook(source: str) -> dict:
    cells = []
    for kind, text in cells_of(source):
        if kind == "markdown":
            cells.append({"cell_type": "markdown", "metadata": {}, "source": text.splitlines(True)})
            continue
        if kind == "python":
            cells.append(code(text))
            continue
        widgets = WIDGET.findall(text)
        if widgets:
            params = "params = {\n" + "".join(f'    "{k}": "{v}",\n' for k, v in widgets) + "}\n"
            cells.append(code("# Parameters: set them for your deployment.\n" + params + "\n" + SETUP))
            continue
        for stmt in statements(text):
            # Named parameters (:subject_id) are bound by Spark, never pasted into the text.
            args = ", args=params" if MARKER.search(stmt) else ""
            cells.append(code(f'spark.sql("""\n{stmt}\n"""{args}).show(100, truncate=False)'))
    return {"cells": cells, "metadata": {"kernelspec": {"display_name": "PySpark", "language": "python",
            "name": "python3"}, "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}


def code(text: str) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
            "source": text.splitlines(True)}


if __name__ == "__main__":
    out = HERE / "jupyter"
    out.mkdir(exist_ok=True)
    for src in sorted((HERE / "databricks").glob("*.sql")):
        nb = notebook(src.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb["cells"]):
            cell["id"] = f"{src.stem[:2]}-{i:02d}"
        target = out / (src.stem + ".ipynb")
        target.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", target.relative_to(HERE.parent))
