-- Databricks notebook source
-- MAGIC %md
-- MAGIC # One cluster's evidence, traced to the input rows
-- MAGIC For an auditor defending a flag: the members, every signal with its evidence, the shared values that
-- MAGIC link them, any sanctions match, and the input rows (payments, devices, sign-ins) each link was built
-- MAGIC from. `input_root` is the input folder of that night's run (inputs.md layout, CSV).

-- COMMAND ----------

CREATE WIDGET TEXT output_root DEFAULT "/data/ringwatch/output";
CREATE WIDGET TEXT input_root DEFAULT "/data/ringwatch/input";
CREATE WIDGET TEXT run_date DEFAULT "2026-11-20";
CREATE WIDGET TEXT cluster_id DEFAULT "";

-- COMMAND ----------

-- MAGIC %md Committed nights only: a night becomes visible when its `run_audit` row is committed, so a run
-- MAGIC stopped half-way through publishing never shows (jobs/docs/outputs-extensions.md, "How a night is
-- MAGIC committed"). The queries below read these views, not the tables.

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW committed_runs AS
SELECT run_date, max_by(run_id, struct(finished_at, run_id)) AS run_id
FROM delta.`${output_root}/run_audit` WHERE status = 'succeeded' GROUP BY run_date;
CREATE OR REPLACE TEMPORARY VIEW cluster_members AS
SELECT * FROM delta.`${output_root}/cluster_members` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW clusters AS
SELECT * FROM delta.`${output_root}/clusters` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW identity_links AS
SELECT * FROM delta.`${output_root}/identity_links` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW sanctions_hits AS
SELECT * FROM delta.`${output_root}/sanctions_hits` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW worker_risk AS
SELECT * FROM delta.`${output_root}/worker_risk` LEFT SEMI JOIN committed_runs USING (run_date, run_id);

-- COMMAND ----------

-- MAGIC %md ## The cluster (the riskiest one of the night when no id is given)

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW chosen_cluster AS
SELECT * FROM clusters
WHERE run_date = DATE'${run_date}'
  AND (cluster_id = '${cluster_id}' OR '${cluster_id}' = '')
ORDER BY risk_score DESC, cluster_id
LIMIT 1;

-- COMMAND ----------

SELECT cluster_id, risk_band, round(risk_score, 1) AS risk_score, size, reasons FROM chosen_cluster;

-- COMMAND ----------

-- MAGIC %md ## Members and their signals, strongest first

-- COMMAND ----------

SELECT r.worker_id, r.risk_band, round(r.risk_score, 1) AS risk_score, s.signal, s.points, s.evidence
FROM worker_risk r
JOIN chosen_cluster c ON r.cluster_id = c.cluster_id
LATERAL VIEW OUTER explode(r.signals) x AS s
WHERE r.run_date = DATE'${run_date}'
ORDER BY r.worker_id, s.points DESC;

-- COMMAND ----------

-- MAGIC %md ## The links, and the input records each came from

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW cluster_links AS
SELECT l.worker_id, l.kind, l.value_masked, l.value_hash, l.source, l.holders, l.weight, l.record_ids
FROM identity_links l
JOIN cluster_members m
  ON m.worker_id = l.worker_id AND m.run_date = l.run_date
JOIN chosen_cluster c ON m.cluster_id = c.cluster_id
WHERE l.run_date = DATE'${run_date}' AND l.ignored_reason IS NULL;

-- COMMAND ----------

SELECT kind, value_masked, count(DISTINCT worker_id) AS workers, collect_set(worker_id) AS members,
       flatten(collect_list(record_ids)) AS input_records
FROM cluster_links
GROUP BY kind, value_masked
HAVING count(DISTINCT worker_id) >= 2
ORDER BY workers DESC, kind;

-- COMMAND ----------

-- MAGIC %md ### Payroll rows behind the shared payout values

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW input_payments
USING csv OPTIONS (path '${input_root}/payroll_payments', header 'true');

-- COMMAND ----------

SELECT p.payment_id, p.worker_id, p.pay_date, p.amount, p.currency, p.payment_method,
       concat('***', right(coalesce(p.bank_account_number, p.iban, p.wallet_address, p.payee_platform_account), 4)) AS paid_into,
       p.account_holder_name
FROM input_payments p
JOIN (SELECT DISTINCT explode(record_ids) AS record_id FROM cluster_links
      WHERE kind IN ('bank_account', 'payout_account', 'wallet')) r
  ON p.payment_id = r.record_id
ORDER BY p.worker_id, p.pay_date;

-- COMMAND ----------

-- MAGIC %md ### Devices behind shared laptops and ship-to addresses

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW input_devices
USING csv OPTIONS (path '${input_root}/devices', header 'true');

-- COMMAND ----------

SELECT d.device_id, d.assigned_worker_id, d.model, d.shipped_at, d.ship_to_line1, d.ship_to_city, d.ship_to_region
FROM input_devices d
JOIN (SELECT DISTINCT explode(record_ids) AS record_id FROM cluster_links
      WHERE kind IN ('device', 'mac', 'ship_address')) r
  ON d.device_id = r.record_id
ORDER BY d.assigned_worker_id, d.device_id;

-- COMMAND ----------

-- MAGIC %md ## Sanctions matches of the members

-- COMMAND ----------

SELECT h.worker_id, h.list, h.entry_uid, h.entry_name, h.matched_on, round(h.score, 3) AS score, h.evidence
FROM sanctions_hits h
JOIN cluster_members m ON m.worker_id = h.worker_id AND m.run_date = h.run_date
JOIN chosen_cluster c ON m.cluster_id = c.cluster_id
WHERE h.run_date = DATE'${run_date}'
ORDER BY h.score DESC;
