-- Databricks notebook source
-- MAGIC %md
-- MAGIC # A worker's history across runs
-- MAGIC Every night's score, band and cluster of one worker, and what the tables said before a re-run
-- MAGIC replaced a night (Delta time travel: every publish is a new table version).

-- COMMAND ----------

CREATE WIDGET TEXT output_root DEFAULT "/data/ringwatch/output";
CREATE WIDGET TEXT worker_id DEFAULT "";

-- COMMAND ----------

-- MAGIC %md Committed nights only: a night becomes visible when its `run_audit` row is committed, so a run
-- MAGIC stopped half-way through publishing never shows (jobs/docs/outputs-extensions.md, "How a night is
-- MAGIC committed"). The queries below read these views, not the tables.

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW committed_runs AS
SELECT run_date, max_by(run_id, struct(finished_at, run_id)) AS run_id
FROM delta.`${output_root}/run_audit` WHERE status = 'succeeded' GROUP BY run_date;
CREATE OR REPLACE TEMPORARY VIEW cluster_lineage AS
SELECT * FROM delta.`${output_root}/cluster_lineage` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW cluster_members AS
SELECT * FROM delta.`${output_root}/cluster_members` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW worker_risk AS
SELECT * FROM delta.`${output_root}/worker_risk` LEFT SEMI JOIN committed_runs USING (run_date, run_id);

-- COMMAND ----------

-- MAGIC %md ## The worker (the riskiest one of the latest night when no id is given)

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW chosen_worker AS
SELECT worker_id FROM worker_risk
WHERE (worker_id = '${worker_id}' OR '${worker_id}' = '')
  AND run_date = (SELECT max(run_date) FROM worker_risk)
ORDER BY risk_score DESC, worker_id
LIMIT 1;

-- COMMAND ----------

SELECT r.run_date, r.run_id, round(r.risk_score, 1) AS risk_score, r.risk_band, r.cluster_id, r.reasons
FROM worker_risk r JOIN chosen_worker w ON r.worker_id = w.worker_id
ORDER BY r.run_date;

-- COMMAND ----------

-- MAGIC %md ## The worker's cluster over the nights, with splits and merges

-- COMMAND ----------

SELECT m.run_date, m.cluster_id, l.event, l.previous_cluster_ids, l.size
FROM cluster_members m
JOIN chosen_worker w ON m.worker_id = w.worker_id
LEFT JOIN cluster_lineage l ON l.cluster_id = m.cluster_id AND l.run_date = m.run_date
ORDER BY m.run_date;

-- COMMAND ----------

-- MAGIC %md ## Time travel: the table's versions, and the worker as the first published version had it
-- MAGIC Time travel reads the table's own versions, not the committed-nights views: a night stopped during
-- MAGIC publish can show in a version until the next run removes it; its run_id is then absent from run_audit.

-- COMMAND ----------

DESCRIBE HISTORY delta.`${output_root}/worker_risk`;

-- COMMAND ----------

SELECT v.run_date, v.run_id, round(v.risk_score, 1) AS risk_score, v.risk_band, v.reasons
FROM delta.`${output_root}/worker_risk` VERSION AS OF 0 v
JOIN chosen_worker w ON v.worker_id = w.worker_id;
