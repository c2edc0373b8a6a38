package io.ringwatch.ingest;

import static io.ringwatch.ingest.ColumnSpec.oneOf;
import static io.ringwatch.ingest.ColumnSpec.optional;
import static io.ringwatch.ingest.ColumnSpec.required;
import static io.ringwatch.ingest.ColumnSpec.text;

import io.ringwatch.ingest.DatasetSpec.Reference;
import java.util.List;
import java.util.Optional;

/** The tabular datasets of ../shared/contracts/inputs.md, in the order they are ingested. */
public final class Datasets {
  private Datasets() {}

  public static final String HR_WORKERS = "hr_workers";
  public static final String PAYROLL_PAYMENTS = "payroll_payments";
  public static final String DEVICES = "devices";
  public static final String AUTH_EVENTS = "auth_events";
  public static final String ENDPOINT_EVENTS = "endpoint_events";
  public static final String SANCTIONS = "sanctions";

  public static final DatasetSpec HR = new DatasetSpec(HR_WORKERS, List.of(
      required("worker_id", ColumnType.STRING),
      required("full_name", ColumnType.STRING),
      optional("date_of_birth", ColumnType.DATE),
      text("national_id"), text("personal_email"), text("work_email"), text("phone"),
      text("home_address_line1"), text("home_city"), text("home_region"), text("home_postal_code"),
      text("home_country"), text("claimed_work_country"),
      required("hire_date", ColumnType.DATE),
      optional("termination_date", ColumnType.DATE),
      oneOf("employment_type", true, "employee", "contractor"),
      text("vendor_name"), text("job_title"), text("department"), text("manager_id"),
      text("github_handle"), text("resume_sha256"), text("photo_phash")),
      "worker_id", List.of(), Optional.empty());

  public static final DatasetSpec PAYROLL = new DatasetSpec(PAYROLL_PAYMENTS, List.of(
      required("payment_id", ColumnType.STRING),
      required("worker_id", ColumnType.STRING),
      required("pay_date", ColumnType.DATE),
      required("amount", ColumnType.DECIMAL),
      required("currency", ColumnType.STRING),
      required("payment_method", ColumnType.ENUM),
      text("bank_routing_number"), text("bank_account_number"), text("iban"),
      text("account_holder_name"), text("payee_platform_account"), text("wallet_address")),
      "payment_id", List.of(new Reference("worker_id", HR_WORKERS)), Optional.empty());

  public static final DatasetSpec DEVICE = new DatasetSpec(DEVICES, List.of(
      required("device_id", ColumnType.STRING),
      text("serial_number"), text("assigned_worker_id"), text("model"), text("mac_address"),
      optional("shipped_at", ColumnType.DATE),
      text("ship_to_line1"), text("ship_to_city"), text("ship_to_region"),
      text("ship_to_postal_code"), text("ship_to_country")),
      "device_id", List.of(new Reference("assigned_worker_id", HR_WORKERS)), Optional.empty());

  public static final DatasetSpec AUTH = new DatasetSpec(AUTH_EVENTS, List.of(
      required("event_id", ColumnType.STRING),
      required("event_time", ColumnType.TIMESTAMP),
      required("worker_id", ColumnType.STRING),
      oneOf("event_type", true, "sso_login", "vpn_connect"),
      oneOf("result", false, "success", "failure"),
      required("source_ip", ColumnType.STRING),
      text("device_id"), text("user_agent"), text("vpn_client")),
      "event_id", List.of(new Reference("worker_id", HR_WORKERS)), Optional.of("event_time"));

  public static final DatasetSpec ENDPOINT = new DatasetSpec(ENDPOINT_EVENTS, List.of(
      required("event_id", ColumnType.STRING),
      required("event_time", ColumnType.TIMESTAMP),
      required("device_id", ColumnType.STRING),
      text("worker_id"),
      oneOf("event_type", true, "heartbeat", "process_start", "usb_attach"),
      text("process_name"), text("usb_vendor_id"), text("usb_product_id"), text("usb_product_name"),
      text("public_ip"), text("os_timezone"), text("keyboard_layouts")),
      "event_id", List.of(new Reference("device_id", DEVICES), new Reference("worker_id", HR_WORKERS)),
      Optional.of("event_time"));

  /** In dependency order: a dataset's references point to datasets before it. */
  public static final List<DatasetSpec> ALL = List.of(HR, PAYROLL, DEVICE, AUTH, ENDPOINT);

  /** The spec of a tabular dataset by its name. */
  public static DatasetSpec byName(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no input dataset " + name));
  }
}
