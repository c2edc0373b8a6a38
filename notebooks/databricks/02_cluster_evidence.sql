-- Databricks notebook source
-- MAGIC %md
-- MAGIC # One cluster's evidence, traced to the input rows
-- MAGIC For an auditor defending a flag: the members, every signal with its evidence, the shared values that
-- MAGIC link them, any sanctions match, and every input row (payments, devices, sign-ins, endpoint events)
-- MAGIC each link was built from and each signal counted (`link_evidence`, `signal_evidence`, no cap). `input_root` is the input folder of that night's
-- MAGIC run and `site_conf` the night's `--conf` file (empty: the defaults): the raw rows are read the way
-- MAGIC the night read them (CSV, Parquet, Delta, mapped columns), through the ringwatch jar attached to
-- MAGIC the cluster.

-- COMMAND ----------

CREATE WIDGET TEXT output_root DEFAULT "/data/ringwatch/output";
CREATE WIDGET TEXT input_root DEFAULT "/data/ringwatch/input";
CREATE WIDGET TEXT run_date DEFAULT "2026-11-20";
CREATE WIDGET TEXT cluster_id DEFAULT "";
CREATE WIDGET TEXT site_conf DEFAULT "";

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
CREATE OR REPLACE TEMPORARY VIEW link_evidence AS
SELECT * FROM delta.`${output_root}/link_evidence` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
CREATE OR REPLACE TEMPORARY VIEW signal_evidence AS
SELECT * FROM delta.`${output_root}/signal_evidence` LEFT SEMI JOIN committed_runs USING (run_date, run_id);
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

-- MAGIC %md ### How many input rows each member's signals counted (listed below with the links' rows)

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW cluster_signal_evidence AS
SELECT e.worker_id, e.signal, e.dataset, e.record_id
FROM signal_evidence e
JOIN cluster_members m ON m.worker_id = e.worker_id AND m.run_date = e.run_date
JOIN chosen_cluster c ON m.cluster_id = c.cluster_id
WHERE e.run_date = DATE'${run_date}';

-- COMMAND ----------

SELECT worker_id, signal, count(*) AS input_rows, array_sort(collect_set(dataset)) AS datasets
FROM cluster_signal_evidence
GROUP BY worker_id, signal
ORDER BY worker_id, input_rows DESC, signal;

-- COMMAND ----------

-- MAGIC %md ## The links, and every input row each came from

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW cluster_evidence AS
SELECT e.worker_id, e.kind, l.value_masked, e.dataset, e.record_id
FROM link_evidence e
JOIN identity_links l
  ON l.worker_id = e.worker_id AND l.kind = e.kind AND l.value_hash = e.value_hash AND l.run_date = e.run_date
JOIN cluster_members m
  ON m.worker_id = e.worker_id AND m.run_date = e.run_date
JOIN chosen_cluster c ON m.cluster_id = c.cluster_id
WHERE e.run_date = DATE'${run_date}';

-- COMMAND ----------

SELECT kind, value_masked, count(DISTINCT worker_id) AS workers, collect_set(worker_id) AS members,
       count(*) AS input_rows, array_sort(collect_set(dataset)) AS datasets
FROM cluster_evidence
GROUP BY kind, value_masked
HAVING count(DISTINCT worker_id) >= 2
ORDER BY workers DESC, kind;

-- COMMAND ----------

-- MAGIC %md Every input row behind the cluster's links and its members' signals, with what it backs:

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW cluster_rows AS
SELECT dataset, record_id, array_sort(collect_set(why)) AS backs
FROM (SELECT dataset, record_id, concat('link ', kind, ' ', value_masked) AS why FROM cluster_evidence
      UNION ALL
      SELECT dataset, record_id, concat('signal ', signal) AS why FROM cluster_signal_evidence)
GROUP BY dataset, record_id;

-- COMMAND ----------

-- MAGIC %python
-- MAGIC # The input datasets as the night read them, as the views input_<dataset> (io.ringwatch.ingest.InputViews).
-- MAGIC spark._jvm.io.ringwatch.ingest.InputViews.register(spark._jsparkSession, dbutils.widgets.get("input_root"), dbutils.widgets.get("site_conf"))

-- COMMAND ----------

-- MAGIC %md ### Payroll rows behind the shared accounts and the payout signals (account numbers masked)

-- COMMAND ----------

SELECT p.payment_id, p.worker_id, p.pay_date, p.amount, p.currency, p.payment_method,
       concat('***', right(coalesce(p.bank_account_number, p.iban, p.wallet_address, p.payee_platform_account), 4)) AS paid_into,
       p.account_holder_name, r.backs
FROM input_payroll_payments p
JOIN (SELECT record_id, backs FROM cluster_rows WHERE dataset = 'payroll_payments') r
  ON p.payment_id = r.record_id
ORDER BY p.worker_id, p.pay_date;

-- COMMAND ----------

-- MAGIC %md ### Devices behind shared laptops, ship-to addresses and shipment signals

-- COMMAND ----------

SELECT d.device_id, d.assigned_worker_id, d.model, d.shipped_at, d.ship_to_line1, d.ship_to_city, d.ship_to_region,
       r.backs
FROM input_devices d
JOIN (SELECT record_id, backs FROM cluster_rows WHERE dataset = 'devices') r
  ON d.device_id = r.record_id
ORDER BY d.assigned_worker_id, d.device_id;

-- COMMAND ----------

-- MAGIC %md ### Sign-ins behind shared addresses and devices and the sign-in signals

-- COMMAND ----------

SELECT a.event_id, a.worker_id, a.event_time, a.result, a.source_ip, a.device_id, a.vpn_client, r.backs
FROM input_auth_events a
JOIN (SELECT record_id, backs FROM cluster_rows WHERE dataset = 'auth_events') r
  ON a.event_id = r.record_id
ORDER BY a.worker_id, a.event_time;

-- COMMAND ----------

-- MAGIC %md ### Endpoint events behind shared addresses and devices and the endpoint signals

-- COMMAND ----------

SELECT x.event_id, x.worker_id, x.device_id, x.event_time, x.event_type, x.public_ip, x.process_name,
       x.usb_product_name, r.backs
FROM input_endpoint_events x
JOIN (SELECT record_id, backs FROM cluster_rows WHERE dataset = 'endpoint_events') r
  ON x.event_id = r.record_id
ORDER BY x.worker_id, x.event_time;

-- COMMAND ----------

-- MAGIC %md ## Sanctions matches of the members

-- COMMAND ----------

SELECT h.worker_id, h.list, h.entry_uid, h.entry_name, h.matched_on, round(h.score, 3) AS score, h.evidence
FROM sanctions_hits h
JOIN cluster_members m ON m.worker_id = h.worker_id AND m.run_date = h.run_date
JOIN chosen_cluster c ON m.cluster_id = c.cluster_id
WHERE h.run_date = DATE'${run_date}'
ORDER BY h.score DESC;
