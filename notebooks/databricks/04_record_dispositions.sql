-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Record an auditor's decision
-- MAGIC A decision on a worker or a cluster: `confirmed` (a real case) or `false_positive`. Decisions are kept
-- MAGIC in a Delta table that `ringwatch nightly` reads (`ringwatch.ingest.datasets.dispositions`), with the
-- MAGIC signals the subject had when it was decided, so that a false positive is raised again only when new
-- MAGIC evidence appears. Nothing is ever updated in place: a new decision is a new row.
-- MAGIC
-- MAGIC The decision is recorded under the signed-in user (`current_user()`). The widgets an auditor types
-- MAGIC into (subject, decision, reason) reach the statements as named parameters (`:subject_id`), never
-- MAGIC pasted into the SQL text, so a reason like "Tom's brother; O'Brien" is stored as written. An unknown
-- MAGIC decision or subject stops with a message and records nothing.

-- COMMAND ----------

CREATE WIDGET TEXT output_root DEFAULT "/data/ringwatch/output";
CREATE WIDGET TEXT dispositions DEFAULT "/data/ringwatch/input/dispositions";
CREATE WIDGET TEXT run_date DEFAULT "2026-11-20";
CREATE WIDGET TEXT subject_type DEFAULT "worker";
CREATE WIDGET TEXT subject_id DEFAULT "";
CREATE WIDGET TEXT decision DEFAULT "false_positive";
CREATE WIDGET TEXT reason DEFAULT "";

-- COMMAND ----------

-- MAGIC %md Committed nights only: a night becomes visible when its `run_audit` row is committed, so a run
-- MAGIC stopped half-way through publishing never shows (jobs/docs/outputs-extensions.md, "How a night is
-- MAGIC committed"). The queries below read these views, not the tables.

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW committed_runs AS
SELECT run_date, max_by(run_id, struct(finished_at, run_id)) AS run_id
FROM delta.`${output_root}/run_audit` WHERE status = 'succeeded' GROUP BY run_date;
CREATE OR REPLACE TEMPORARY VIEW clusters AS
SELECT * FROM delta.`${output_root}/clusters` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW worker_risk AS
SELECT * FROM delta.`${output_root}/worker_risk` LEFT SEMI JOIN committed_runs USING (run_date, run_id);

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS delta.`${dispositions}` (
  subject_type STRING NOT NULL COMMENT 'worker or cluster',
  subject_id STRING NOT NULL COMMENT 'worker_id or cluster_id',
  decision STRING NOT NULL COMMENT 'confirmed or false_positive',
  decided_by STRING NOT NULL,
  decided_at TIMESTAMP NOT NULL,
  reason STRING,
  run_date DATE COMMENT 'the night whose flag was decided',
  signals_at_decision ARRAY<STRING> COMMENT 'signal ids the subject had then'
) USING delta;

-- COMMAND ----------

-- MAGIC %md ## Record the decision (with the signals the subject has on that night)

-- COMMAND ----------

SELECT CASE
  WHEN :decision NOT IN ('confirmed', 'false_positive')
    THEN raise_error(concat('unknown decision "', :decision, '": use confirmed or false_positive'))
  WHEN :subject_type NOT IN ('worker', 'cluster')
    THEN raise_error(concat('unknown subject type "', :subject_type, '": use worker or cluster'))
  WHEN trim(:reason) = ''
    THEN raise_error('give the reason for the decision')
  WHEN (SELECT count(*) FROM worker_risk WHERE run_date = CAST(:run_date AS DATE) AND worker_id = :subject_id)
     + (SELECT count(*) FROM clusters WHERE run_date = CAST(:run_date AS DATE) AND cluster_id = :subject_id) = 0
    THEN raise_error(concat('no worker or cluster "', :subject_id, '" on the night of ', :run_date))
  ELSE 'ok'
END AS checked;

-- COMMAND ----------

INSERT INTO delta.`${dispositions}`
SELECT :subject_type, s.subject_id, :decision, current_user(), current_timestamp(), :reason,
       CAST(:run_date AS DATE), s.signals
FROM (
  SELECT r.worker_id AS subject_id, transform(r.signals, x -> x.signal) AS signals
  FROM worker_risk r
  WHERE :subject_type = 'worker' AND r.run_date = CAST(:run_date AS DATE) AND r.worker_id = :subject_id
  UNION ALL
  SELECT c.cluster_id, array_distinct(flatten(collect_list(transform(r.signals, x -> x.signal))))
  FROM clusters c
  JOIN worker_risk r ON r.cluster_id = c.cluster_id AND r.run_date = c.run_date
  WHERE :subject_type = 'cluster' AND c.run_date = CAST(:run_date AS DATE) AND c.cluster_id = :subject_id
  GROUP BY c.cluster_id
) s;

-- COMMAND ----------

-- MAGIC %md ## Decisions so far, latest first

-- COMMAND ----------

SELECT subject_type, subject_id, decision, decided_by, decided_at, reason, run_date, signals_at_decision
FROM delta.`${dispositions}`
ORDER BY decided_at DESC;
