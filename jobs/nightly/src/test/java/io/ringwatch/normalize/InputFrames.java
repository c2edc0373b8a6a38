package io.ringwatch.normalize;

import io.ringwatch.testing.SharedSpark;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Small hand-made input frames with the schemas of frames.md §1: every canonical column of
 * inputs.md, dates as DateType, event_time as TimestampType, amount as DecimalType(18,2), all
 * others StringType. Rows are given as maps of the columns that matter; the rest are null.
 */
public final class InputFrames {
  public static final StructType HR_WORKERS = strings("worker_id", "full_name", "date_of_birth:date",
      "national_id", "personal_email", "work_email", "phone", "home_address_line1", "home_city",
      "home_region", "home_postal_code", "home_country", "claimed_work_country", "hire_date:date",
      "termination_date:date", "employment_type", "vendor_name", "job_title", "department",
      "manager_id", "github_handle", "resume_sha256", "photo_phash");
  public static final StructType PAYROLL_PAYMENTS = strings("payment_id", "worker_id", "pay_date:date",
      "amount:decimal", "currency", "payment_method", "bank_routing_number", "bank_account_number",
      "iban", "account_holder_name", "payee_platform_account", "wallet_address");
  public static final StructType DEVICES = strings("device_id", "serial_number", "assigned_worker_id",
      "model", "mac_address", "shipped_at:date", "ship_to_line1", "ship_to_city", "ship_to_region",
      "ship_to_postal_code", "ship_to_country");
  public static final StructType AUTH_EVENTS = strings("event_id", "event_time:timestamp", "worker_id",
      "event_type", "result", "source_ip", "device_id", "user_agent", "vpn_client");
  public static final StructType ENDPOINT_EVENTS = strings("event_id", "event_time:timestamp",
      "device_id", "worker_id", "event_type", "process_name", "usb_vendor_id", "usb_product_id",
      "usb_product_name", "public_ip", "os_timezone", "keyboard_layouts");

  private InputFrames() {}

  /** A frame of {@code schema} whose rows hold the given values (strings parsed to the column type). */
  @SafeVarargs
  public static Dataset<Row> frame(StructType schema, Map<String, String>... rows) {
    List<Row> out = new ArrayList<>();
    for (Map<String, String> values : rows) {
      Object[] cells = new Object[schema.size()];
      for (int i = 0; i < schema.size(); i++) {
        String v = values.get(schema.fields()[i].name());
        cells[i] = v == null ? null : parse(v, schema.fields()[i].dataType());
      }
      for (String key : values.keySet()) {
        schema.fieldIndex(key); // throws for a column the contract does not have
      }
      out.add(RowFactory.create(cells));
    }
    return SharedSpark.get().createDataFrame(out, schema);
  }

  private static Object parse(String v, DataType type) {
    if (type.equals(DataTypes.DateType)) {
      return Date.valueOf(LocalDate.parse(v));
    }
    if (type.equals(DataTypes.TimestampType)) {
      return Timestamp.from(Instant.parse(v));
    }
    if (type instanceof org.apache.spark.sql.types.DecimalType) {
      return new BigDecimal(v).setScale(2);
    }
    return v;
  }

  private static StructType strings(String... columns) {
    StructType s = new StructType();
    for (String c : columns) {
      String[] p = c.split(":");
      DataType t = p.length == 1 ? DataTypes.StringType : switch (p[1]) {
        case "date" -> DataTypes.DateType;
        case "timestamp" -> DataTypes.TimestampType;
        case "decimal" -> DataTypes.createDecimalType(18, 2);
        default -> throw new IllegalArgumentException(c);
      };
      s = s.add(p[0], t, true);
    }
    return s;
  }
}
