package io.ringwatch.normalize;

import io.ringwatch.spark.PerTaskMemo;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.ringwatch.frames.FrameSchema;
import io.ringwatch.ingest.IngestedInputs;
import io.ringwatch.stage.Stage;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The normalize stage: each frame of {@code jobs/docs/frames.md} §1 gets the canonical columns
 * of §2, computed by the pure functions of this package wrapped as null-safe Spark UDFs. A
 * normalized column is null when its source is null or unusable. No rows are added or dropped.
 */
public final class NormalizeStage implements Stage<IngestedInputs, Normalized> {
  // The frames handed on (frames.md §2): the columns later stages read, typed as made here.
  public static final FrameSchema WORKERS = FrameSchema.of("hr_workers (normalized)", "worker_id STRING, "
      + "full_name STRING, date_of_birth DATE, employment_type STRING, vendor_name STRING, job_title STRING, "
      + "department STRING, home_region STRING, home_country STRING, claimed_work_country STRING, name_norm STRING, "
      + "national_id_norm STRING, national_id_valid BOOLEAN, national_id_invalid_reason STRING, "
      + "national_id_invalid_category STRING, personal_email_norm STRING, personal_email_junk_reason STRING, "
      + "phone_e164 STRING, phone_junk_reason STRING, home_address_key STRING, home_address_junk_reason STRING, "
      + "github_norm STRING, resume_norm STRING, photo_phash_norm STRING");
  /** All payments, refunds included ({@link #payouts} leaves those out). */
  public static final FrameSchema PAYMENTS = FrameSchema.of("payroll_payments (normalized)", "payment_id STRING, "
      + "worker_id STRING, pay_date DATE, amount DECIMAL(18,2), currency STRING, payment_method STRING, "
      + "account_holder_name STRING, bank_account_key STRING, iban_norm STRING, payee_platform_norm STRING, "
      + "wallet_norm STRING, holder_name_norm STRING");
  public static final FrameSchema DEVICES = FrameSchema.of("devices (normalized)", "device_id STRING, "
      + "assigned_worker_id STRING, shipped_at DATE, ship_to_line1 STRING, ship_to_city STRING, ship_to_region STRING, "
      + "ship_to_country STRING, serial_norm STRING, mac_norm STRING, ship_address_key STRING, "
      + "ship_address_junk_reason STRING");
  public static final FrameSchema AUTH_EVENTS = FrameSchema.of("auth_events (normalized)", "event_id STRING, "
      + "event_time TIMESTAMP, worker_id STRING, result STRING, device_id STRING, vpn_client STRING, ip_norm STRING");
  public static final FrameSchema ENDPOINT_EVENTS = FrameSchema.of("endpoint_events (normalized)", "event_id STRING, "
      + "event_time TIMESTAMP, device_id STRING, worker_id STRING, usb_product_name STRING, os_timezone STRING, "
      + "keyboard_layouts STRING, public_ip_norm STRING, process_norm STRING, usb_id STRING");

  static final StructType NATIONAL_ID = new StructType()
      .add("norm", DataTypes.StringType)
      .add("valid", DataTypes.BooleanType)
      .add("reason", DataTypes.StringType)
      .add("category", DataTypes.StringType);

  static final UserDefinedFunction NAME = udf((UDF1<String, String>) Names::norm, DataTypes.StringType);
  static final UserDefinedFunction EMAIL = udf((UDF1<String, String>) Emails::canonical, DataTypes.StringType);
  static final UserDefinedFunction COUNTRY = udf((UDF1<String, String>) Countries::normalize, DataTypes.StringType)
      .withName("country");
  static final UserDefinedFunction PHONE = udf((UDF2<String, String, String>) Phones::toE164, DataTypes.StringType);
  static final UserDefinedFunction PHONE_JUNK = udf((UDF2<String, String, String>) Phones::junkReason,
      DataTypes.StringType);
  static final UserDefinedFunction NATIONAL = udf((UDF2<String, String, Row>) (raw, country) -> {
    NationalIds.Result r = NationalIds.normalize(raw, country);
    return r == null ? null : RowFactory.create(r.norm(), r.valid(), r.reason(), r.category());
  }, NATIONAL_ID);
  static final UserDefinedFunction ADDRESS = udf(
      (UDF5<String, String, String, String, String, String>) Addresses::key, DataTypes.StringType);
  static final UserDefinedFunction GITHUB = udf((UDF1<String, String>) Handles::github, DataTypes.StringType);
  static final UserDefinedFunction HEX = udf((UDF1<String, String>) Hashes::hex, DataTypes.StringType);
  static final UserDefinedFunction PHASH = udf((UDF1<String, String>) Hashes::phash, DataTypes.StringType);
  static final UserDefinedFunction ROUTING_VALID = udf((UDF1<String, Boolean>) raw ->
      raw == null ? null : BankAccounts.routingValid(raw), DataTypes.BooleanType);
  static final UserDefinedFunction BANK_KEY = udf((UDF2<String, String, String>) BankAccounts::key, DataTypes.StringType);
  static final UserDefinedFunction IBAN = udf((UDF1<String, String>) Ibans::normalize, DataTypes.StringType);
  static final UserDefinedFunction PAYEE = udf((UDF1<String, String>) Payees::platformAccount, DataTypes.StringType);
  static final UserDefinedFunction WALLET = udf((UDF1<String, String>) Payees::wallet, DataTypes.StringType);
  static final UserDefinedFunction SERIAL = udf((UDF1<String, String>) Devices::serial, DataTypes.StringType);
  static final UserDefinedFunction MAC = udf((UDF1<String, String>) Macs::normalize, DataTypes.StringType);
  // The event columns repeat all month (a worker's few addresses, the same process names):
  // remembered per task rather than parsed again for every event.
  static final UserDefinedFunction IP = udf(PerTaskMemo.of((UDF1<String, String>) Ips::canonical),
      DataTypes.StringType);
  static final UserDefinedFunction IP_VERSION = udf(PerTaskMemo.of((UDF1<String, Integer>) Ips::version),
      DataTypes.IntegerType);
  static final UserDefinedFunction PROCESS = udf(PerTaskMemo.of((UDF1<String, String>) Devices::process),
      DataTypes.StringType);
  static final UserDefinedFunction USB = udf((UDF2<String, String, String>) Devices::usbId, DataTypes.StringType);

  private final NormalizeSettings settings;
  private final UserDefinedFunction emailJunk;
  private final UserDefinedFunction addressJunk;

  public NormalizeStage(NormalizeSettings settings) {
    this.settings = settings;
    List<String> domains = settings.companyEmailDomains();
    List<Addresses.Office> offices = settings.companyOffices();
    this.emailJunk = udf((UDF1<String, String>) raw -> Emails.junkReason(raw, domains), DataTypes.StringType);
    this.addressJunk = udf((UDF3<String, String, String, String>) (line1, postal, country) ->
        Addresses.junkReason(line1, postal, country, offices), DataTypes.StringType);
  }

  /** Every input frame normalized (lazily: the columns are computed when the frames are read). */
  @Override
  public Normalized run(IngestedInputs in) {
    in.checked();
    return new Normalized(workers(in.workers()), payments(in.payments()), devices(in.devices()),
        authEvents(in.authEvents()), endpointEvents(in.endpointEvents()));
  }

  /**
   * hr_workers + {@code name_norm, national_id_norm, national_id_valid,
   * national_id_invalid_reason, national_id_invalid_category, personal_email_norm,
   * personal_email_junk_reason, work_email_norm, phone_e164, phone_junk_reason, home_address_key,
   * home_address_junk_reason, github_norm, resume_norm, photo_phash_norm}. The junk reasons are
   * judged on the raw input value (and the worker's country), not on the normalized one.
   * {@code home_country} and {@code claimed_work_country} are rewritten to ISO alpha-2 where
   * recognised ({@link Countries}).
   */
  public Dataset<Row> workers(Dataset<Row> hrWorkers) {
    // Countries to ISO alpha-2 first ("USA", "India", "DEU"): every later rule compares codes,
    // and col("home_country") below reads the rewritten column.
    Column country = col("home_country");
    Column phoneRegion = coalesce(country, lit(settings.defaultPhoneRegion()));
    return hrWorkers
        .withColumn("home_country", COUNTRY.apply(col("home_country")))
        .withColumn("claimed_work_country", COUNTRY.apply(col("claimed_work_country")))
        .withColumn("name_norm", NAME.apply(col("full_name")))
        .withColumn("_nid", NATIONAL.apply(col("national_id"), country))
        .withColumn("national_id_norm", col("_nid.norm"))
        .withColumn("national_id_valid", col("_nid.valid"))
        .withColumn("national_id_invalid_reason", col("_nid.reason"))
        .withColumn("national_id_invalid_category", col("_nid.category"))
        .drop("_nid")
        .withColumn("personal_email_norm", EMAIL.apply(col("personal_email")))
        .withColumn("personal_email_junk_reason", emailJunk.apply(col("personal_email")))
        .withColumn("work_email_norm", EMAIL.apply(col("work_email")))
        .withColumn("phone_e164", PHONE.apply(col("phone"), phoneRegion))
        .withColumn("phone_junk_reason", PHONE_JUNK.apply(col("phone"), phoneRegion))
        .withColumn("home_address_key", ADDRESS.apply(col("home_address_line1"), col("home_city"),
            col("home_region"), col("home_postal_code"), col("home_country")))
        .withColumn("home_address_junk_reason", addressJunk.apply(col("home_address_line1"),
            col("home_postal_code"), col("home_country")))
        .withColumn("github_norm", GITHUB.apply(col("github_handle")))
        .withColumn("resume_norm", HEX.apply(col("resume_sha256")))
        .withColumn("photo_phash_norm", PHASH.apply(col("photo_phash")));
  }

  /**
   * payroll_payments + {@code routing_valid, bank_account_key, iban_norm, payee_platform_norm,
   * wallet_norm, holder_name_norm}. {@code routing_valid} is null when there is no routing number.
   */
  public Dataset<Row> payments(Dataset<Row> payrollPayments) {
    return payrollPayments
        .withColumn("routing_valid", ROUTING_VALID.apply(col("bank_routing_number")))
        .withColumn("bank_account_key", BANK_KEY.apply(col("bank_routing_number"), col("bank_account_number")))
        .withColumn("iban_norm", IBAN.apply(col("iban")))
        .withColumn("payee_platform_norm", PAYEE.apply(col("payee_platform_account")))
        .withColumn("wallet_norm", WALLET.apply(col("wallet_address")))
        .withColumn("holder_name_norm", NAME.apply(col("account_holder_name")));
  }

  /**
   * The payments that name where money went: a negative amount is a refund or reversal of a
   * payment that names the same account, so it is no payout destination of its own (it neither
   * adds a link nor a payout signal, nor is screened again); paid_12m still counts it.
   */
  public static Dataset<Row> payouts(Dataset<Row> payments) {
    return payments.filter(col("amount").geq(0));
  }

  /**
   * devices + {@code serial_norm, mac_norm, ship_address_key, ship_address_junk_reason};
   * {@code ship_to_country} to ISO alpha-2 where recognised.
   */
  public Dataset<Row> devices(Dataset<Row> devices) {
    return devices
        .withColumn("ship_to_country", COUNTRY.apply(col("ship_to_country")))
        .withColumn("serial_norm", SERIAL.apply(col("serial_number")))
        .withColumn("mac_norm", MAC.apply(col("mac_address")))
        .withColumn("ship_address_key", ADDRESS.apply(col("ship_to_line1"), col("ship_to_city"),
            col("ship_to_region"), col("ship_to_postal_code"), col("ship_to_country")))
        .withColumn("ship_address_junk_reason", addressJunk.apply(col("ship_to_line1"),
            col("ship_to_postal_code"), col("ship_to_country")));
  }

  /** auth_events + {@code ip_norm} (canonical IPv4 or compressed IPv6), {@code ip_version}. */
  public Dataset<Row> authEvents(Dataset<Row> authEvents) {
    Dataset<Row> withIp = authEvents.withColumn("ip_norm", IP.apply(col("source_ip")));
    return withIp.withColumn("ip_version",
        when(col("ip_norm").isNull(), lit(null).cast(DataTypes.IntegerType)).otherwise(IP_VERSION.apply(col("ip_norm"))));
  }

  /** endpoint_events + {@code public_ip_norm, process_norm, usb_id}. */
  public Dataset<Row> endpointEvents(Dataset<Row> endpointEvents) {
    return endpointEvents
        .withColumn("public_ip_norm", IP.apply(col("public_ip")))
        .withColumn("process_norm", PROCESS.apply(col("process_name")))
        .withColumn("usb_id", USB.apply(col("usb_vendor_id"), col("usb_product_id")));
  }
}
