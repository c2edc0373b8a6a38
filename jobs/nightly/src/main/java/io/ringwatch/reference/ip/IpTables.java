package io.ringwatch.reference.ip;

/** The IP reference tables a night looks its events' addresses up in: country, and ASN with operator. */
public record IpTables(IpRangeTable country, IpRangeTable asn) {}
