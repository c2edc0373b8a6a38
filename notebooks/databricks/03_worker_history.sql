-- Databricks notebook source
-- MAGIC %md
-- MAGIC # A worker's history across runs
-- MAGIC Every night's score, band and cluster of one worker, and what the tables said before a re-run
-- MAGIC replaced a night (Delta time travel: every publish is a new table version).

-- COMMAND ----------

CREATE WIDGET TEXT output_root DEFAULT "/data/ringwatch/output";
CREATE WIDGET TEXT worker_id DEFAULT "";

-- COMMAND ----------

-- MAGIC %md ## The worker (the riskiest one of the latest night when no id is given)

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW chosen_worker AS
SELECT worker_id FROM delta.`${output_root}/worker_risk`
WHERE (worker_id = '${worker_id}' OR '${worker_id}' = '')
  AND run_date = (SELECT max(run_date) FROM delta.`${output_root}/worker_risk`)
ORDER BY risk_score DESC, worker_id
LIMIT 1;

-- COMMAND ----------

SELECT r.run_date, r.run_id, round(r.risk_score, 1) AS risk_score, r.risk_band, r.cluster_id, r.reasons
FROM delta.`${output_root}/worker_risk` r JOIN chosen_worker w ON r.worker_id = w.worker_id
ORDER BY r.run_date;

-- COMMAND ----------

-- MAGIC %md ## The worker's cluster over the nights, with splits and merges

-- COMMAND ----------

SELECT m.run_date, m.cluster_id, l.event, l.previous_cluster_ids, l.size
FROM delta.`${output_root}/cluster_members` m
JOIN chosen_worker w ON m.worker_id = w.worker_id
LEFT JOIN delta.`${output_root}/cluster_lineage` l ON l.cluster_id = m.cluster_id AND l.run_date = m.run_date
ORDER BY m.run_date;

-- COMMAND ----------

-- MAGIC %md ## Time travel: the table's versions, and the worker as the first published version had it

-- COMMAND ----------

DESCRIBE HISTORY delta.`${output_root}/worker_risk`;

-- COMMAND ----------

SELECT v.run_date, v.run_id, round(v.risk_score, 1) AS risk_score, v.risk_band, v.reasons
FROM delta.`${output_root}/worker_risk` VERSION AS OF 0 v
JOIN chosen_worker w ON v.worker_id = w.worker_id;
