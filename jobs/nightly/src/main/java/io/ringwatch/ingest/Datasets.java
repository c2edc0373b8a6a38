package io.ringwatch.ingest;

import static io.ringwatch.ingest.ColumnSpec.id;
import static io.ringwatch.ingest.ColumnSpec.oneOf;
import static io.ringwatch.ingest.ColumnSpec.optional;
import static io.ringwatch.ingest.ColumnSpec.required;
import static io.ringwatch.ingest.ColumnSpec.text;

import io.ringwatch.ingest.ColumnSpec.Plausible;
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

  // Lengths: identifiers and codes 64 characters (ID_LENGTH), names, addresses and titles 300
  // (TEXT_LENGTH), emails 254 (RFC 5321), the rest as noted; overridable per dataset in
  // ringwatch.ingest.datasets.<dataset>.max-length.
  public static final DatasetSpec HR = new DatasetSpec(HR_WORKERS, List.of(
      required("worker_id", ColumnType.STRING),
      required("full_name", ColumnType.STRING).maxLength(ColumnSpec.TEXT_LENGTH),
      optional("date_of_birth", ColumnType.DATE).plausible(Plausible.BIRTH_DATE),
      id("national_id"), text("personal_email").maxLength(254), text("work_email").maxLength(254), id("phone"),
      text("home_address_line1"), text("home_city"), text("home_region"), id("home_postal_code"),
      id("home_country"), id("claimed_work_country"),
      required("hire_date", ColumnType.DATE).plausible(Plausible.BUSINESS_DATE),
      optional("termination_date", ColumnType.DATE).plausible(Plausible.END_DATE),
      oneOf("employment_type", true, "employee", "contractor"),
      text("vendor_name"), text("job_title"), text("department"), id("manager_id"),
      id("github_handle"), id("resume_sha256").maxLength(128), id("photo_phash").maxLength(128)),
      "worker_id", List.of(), Optional.empty());

  public static final DatasetSpec PAYROLL = new DatasetSpec(PAYROLL_PAYMENTS, List.of(
      required("payment_id", ColumnType.STRING),
      required("worker_id", ColumnType.STRING),
      required("pay_date", ColumnType.DATE).plausible(Plausible.BUSINESS_DATE),
      required("amount", ColumnType.DECIMAL).plausible(Plausible.AMOUNT),
      required("currency", ColumnType.STRING),
      required("payment_method", ColumnType.ENUM),
      id("bank_routing_number"), id("bank_account_number"), id("iban"),
      text("account_holder_name"), text("payee_platform_account").maxLength(254), id("wallet_address").maxLength(128)),
      "payment_id", List.of(new Reference("worker_id", HR_WORKERS)), Optional.empty());

  public static final DatasetSpec DEVICE = new DatasetSpec(DEVICES, List.of(
      required("device_id", ColumnType.STRING),
      id("serial_number").maxLength(128), id("assigned_worker_id"), text("model"), id("mac_address"),
      optional("shipped_at", ColumnType.DATE).plausible(Plausible.BUSINESS_DATE),
      text("ship_to_line1"), text("ship_to_city"), text("ship_to_region"),
      id("ship_to_postal_code"), id("ship_to_country")),
      "device_id", List.of(new Reference("assigned_worker_id", HR_WORKERS)), Optional.empty());

  public static final DatasetSpec AUTH = new DatasetSpec(AUTH_EVENTS, List.of(
      required("event_id", ColumnType.STRING).maxLength(128),
      required("event_time", ColumnType.TIMESTAMP).plausible(Plausible.BUSINESS_DATE),
      required("worker_id", ColumnType.STRING),
      oneOf("event_type", true, "sso_login", "vpn_connect"),
      oneOf("result", false, "success", "failure"),
      required("source_ip", ColumnType.STRING),
      id("device_id"), text("user_agent").maxLength(1024), text("vpn_client")),
      "event_id", List.of(new Reference("worker_id", HR_WORKERS)), Optional.of("event_time"));

  public static final DatasetSpec ENDPOINT = new DatasetSpec(ENDPOINT_EVENTS, List.of(
      required("event_id", ColumnType.STRING).maxLength(128),
      required("event_time", ColumnType.TIMESTAMP).plausible(Plausible.BUSINESS_DATE),
      required("device_id", ColumnType.STRING),
      id("worker_id"),
      oneOf("event_type", true, "heartbeat", "process_start", "usb_attach"),
      text("process_name").maxLength(1024), id("usb_vendor_id"), id("usb_product_id"), text("usb_product_name"),
      id("public_ip"), id("os_timezone"), text("keyboard_layouts")),
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
