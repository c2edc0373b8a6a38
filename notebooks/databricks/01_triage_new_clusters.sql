-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Triage: tonight's new high-risk clusters
-- MAGIC Which clusters of linked workers reached the **high** or **critical** band tonight, which of them are
-- MAGIC new since the last run, and why. Set the widgets to the output root of `ringwatch nightly` and the
-- MAGIC run date. Values are masked in every table; the clear values stay in the governed inputs.

-- COMMAND ----------

CREATE WIDGET TEXT output_root DEFAULT "/data/ringwatch/output";
CREATE WIDGET TEXT run_date DEFAULT "2026-11-20";

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
CREATE OR REPLACE TEMPORARY VIEW clusters AS
SELECT * FROM delta.`${output_root}/clusters` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW worker_risk AS
SELECT * FROM delta.`${output_root}/worker_risk` LEFT SEMI JOIN committed_runs USING (run_date, run_id);

-- COMMAND ----------

-- MAGIC %md ## Tonight at a glance

-- COMMAND ----------

SELECT risk_band, count(*) AS workers
FROM worker_risk
WHERE run_date = DATE'${run_date}'
GROUP BY risk_band
ORDER BY CASE risk_band WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END;

-- COMMAND ----------

-- MAGIC %md ## High and critical clusters, new ones first
-- MAGIC `cluster_lineage.event` says whether a cluster is new tonight, continues one of the last run, or was
-- MAGIC split from or merged out of earlier clusters (`previous_cluster_ids`).

-- COMMAND ----------

SELECT c.cluster_id, c.risk_band, round(c.risk_score, 1) AS risk_score, c.size,
       l.event, l.previous_cluster_ids, c.reasons[0] AS strongest_reason
FROM clusters c
LEFT JOIN cluster_lineage l
  ON l.cluster_id = c.cluster_id AND l.run_date = c.run_date
WHERE c.run_date = DATE'${run_date}' AND c.risk_band IN ('high', 'critical')
ORDER BY CASE WHEN l.event = 'continued' THEN 1 ELSE 0 END, c.risk_score DESC, c.cluster_id;

-- COMMAND ----------

-- MAGIC %md ## What ties each of them together

-- COMMAND ----------

SELECT c.cluster_id, a.kind, a.value_masked, a.workers
FROM clusters c
LATERAL VIEW explode(c.shared_attributes) s AS a
WHERE c.run_date = DATE'${run_date}' AND c.risk_band IN ('high', 'critical')
ORDER BY c.cluster_id, a.workers DESC, a.kind;

-- COMMAND ----------

-- MAGIC %md ## Flagged workers outside any cluster
-- MAGIC A worker can be high risk alone (a sanctions identifier, an IP-KVM, sign-ins from DPRK space).

-- COMMAND ----------

SELECT worker_id, risk_band, round(risk_score, 1) AS risk_score, reasons
FROM worker_risk
WHERE run_date = DATE'${run_date}' AND risk_band IN ('high', 'critical') AND cluster_id IS NULL
ORDER BY risk_score DESC, worker_id;
