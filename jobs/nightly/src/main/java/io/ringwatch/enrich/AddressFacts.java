package io.ringwatch.enrich;

import io.ringwatch.reference.ip.IpRangeTable;
import java.io.Serializable;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Everything enrich says about an address in one lookup, which enrich remembers per distinct
 * address in a task ({@code PerTaskMemo}): a worker signs in from the same few addresses all
 * month, and each lookup parses the address again (the country and ASN tables, the
 * private-range test, every watchlisted DPRK range and company egress range), about fifteen
 * parses per event when each column was a lookup of its own.
 */
final class AddressFacts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The columns, in the order enrich adds them (frames.md §3). */
  static final StructType SCHEMA = new StructType()
      .add("ip_country", DataTypes.StringType).add("ip_asn", DataTypes.LongType).add("ip_org", DataTypes.StringType)
      .add("ip_is_private", DataTypes.BooleanType).add("ip_dprk_range", DataTypes.StringType)
      .add("ip_dprk_confidence", DataTypes.StringType).add("ip_hosting_provider", DataTypes.StringType)
      .add("ip_shared_egress", DataTypes.StringType);

  private static final Row NONE = RowFactory.create(null, null, null, null, null, null, null, null);

  private final Watchlists watch;
  private final Broadcast<IpRangeTable> country;
  private final Broadcast<IpRangeTable> asn;

  AddressFacts(Watchlists watch, Broadcast<IpRangeTable> country, Broadcast<IpRangeTable> asn) {
    this.watch = watch;
    this.country = country;
    this.asn = asn;
  }

  /** The facts of a normalised address (a row of {@link #SCHEMA}; every field null when there is none). */
  Row of(String ip) {
    return ip == null ? NONE : lookUp(ip);
  }

  private Row lookUp(String ip) {
    Boolean isPrivate = Watchlists.isPrivate(ip);
    Object[] c = null;
    Object[] a = null;
    if (!Boolean.TRUE.equals(isPrivate)) {
      c = country.value().find(ip);
      a = asn.value().find(ip);
    }
    Long asNumber = a == null ? null : (Long) a[0];
    EnrichSettings.DprkRange dprk = watch.dprkRange(ip);
    return RowFactory.create(c == null ? null : c[0], asNumber, a == null ? null : a[1], isPrivate,
        dprk == null ? null : dprk.cidr().text(), dprk == null ? null : dprk.confidence(),
        watch.hostingProvider(asNumber), watch.sharedEgress(ip, asNumber));
  }
}
