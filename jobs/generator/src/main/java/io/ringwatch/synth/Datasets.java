package io.ringwatch.synth;

import java.util.List;

/** Dataset names and their columns, in the order of ../shared/contracts/inputs.md. */
public final class Datasets {
  public static final String HR_WORKERS = "hr_workers";
  public static final String PAYROLL_PAYMENTS = "payroll_payments";
  public static final String DEVICES = "devices";
  public static final String AUTH_EVENTS = "auth_events";
  public static final String ENDPOINT_EVENTS = "endpoint_events";
  public static final String SANCTIONS = "sanctions";
  public static final String TRUTH = "truth";

  /** The five tabular datasets, in writing order. */
  public static final List<String> TABLES =
      List.of(HR_WORKERS, PAYROLL_PAYMENTS, DEVICES, AUTH_EVENTS, ENDPOINT_EVENTS);

  public static final List<String> HR_COLUMNS = List.of("worker_id", "full_name",
      "date_of_birth", "national_id", "personal_email", "work_email", "phone",
      "home_address_line1", "home_city", "home_region", "home_postal_code", "home_country",
      "claimed_work_country", "hire_date", "termination_date", "employment_type", "vendor_name",
      "job_title", "department", "manager_id", "github_handle", "resume_sha256", "photo_phash");

  public static final List<String> PAYROLL_COLUMNS = List.of("payment_id", "worker_id",
      "pay_date", "amount", "currency", "payment_method", "bank_routing_number",
      "bank_account_number", "iban", "account_holder_name", "payee_platform_account",
      "wallet_address");

  public static final List<String> DEVICE_COLUMNS = List.of("device_id", "serial_number",
      "assigned_worker_id", "model", "mac_address", "shipped_at", "ship_to_line1",
      "ship_to_city", "ship_to_region", "ship_to_postal_code", "ship_to_country");

  public static final List<String> AUTH_COLUMNS = List.of("event_id", "event_time",
      "worker_id", "event_type", "result", "source_ip", "device_id", "user_agent", "vpn_client");

  public static final List<String> ENDPOINT_COLUMNS = List.of("event_id", "event_time",
      "device_id", "worker_id", "event_type", "process_name", "usb_vendor_id", "usb_product_id",
      "usb_product_name", "public_ip", "os_timezone", "keyboard_layouts");

  public static final List<String> TRUTH_WORKER_COLUMNS =
      List.of("worker_id", "is_fraud", "ring_id", "tactics", "benign_group");
  public static final List<String> TRUTH_RING_COLUMNS =
      List.of("ring_id", "size", "tactics", "facilitator");
  public static final List<String> TRUTH_BROKEN_COLUMNS =
      List.of("dataset", "line", "key", "reason");

  private Datasets() {}

  /** The columns of one of {@link #TABLES}. */
  public static List<String> columns(String dataset) {
    return switch (dataset) {
      case HR_WORKERS -> HR_COLUMNS;
      case PAYROLL_PAYMENTS -> PAYROLL_COLUMNS;
      case DEVICES -> DEVICE_COLUMNS;
      case AUTH_EVENTS -> AUTH_COLUMNS;
      case ENDPOINT_EVENTS -> ENDPOINT_COLUMNS;
      default -> throw new IllegalArgumentException("not a table: " + dataset);
    };
  }
}
