package io.ringwatch.reference.ip;

/**
 * The IP reference tables a night looks its events' addresses up in: country, and ASN with
 * operator; {@code sources} names the files they were built from (path, length, modification
 * time), part of the night's reference fingerprint.
 */
public record IpTables(IpRangeTable country, IpRangeTable asn, String sources) {}
