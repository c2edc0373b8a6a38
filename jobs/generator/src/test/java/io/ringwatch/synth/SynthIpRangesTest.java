package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every curated range lies wholly in one country and one ASN of the real reference tables. */
class SynthIpRangesTest {

  @Test
  void curatedRangesGeolocateAndBelongToTheirNetworks() {
    SynthIpReference geo = SynthIpReference.country();
    SynthIpReference asn = SynthIpReference.asn();
    for (IpRanges.Range r : IpRanges.all()) {
      List<String> countries = geo.valuesCovering(r.first(), r.last());
      assertNotNull(countries, r.cidr() + " not wholly covered by the country table");
      assertEquals(List.of(r.country()), List.copyOf(new HashSet<>(countries)), r.cidr());
      List<String> asns = asn.valuesCovering(r.first(), r.last());
      assertNotNull(asns, r.cidr() + " not wholly covered by the ASN table");
      assertEquals(List.of(Integer.toString(r.asn())), List.copyOf(new HashSet<>(asns)), r.cidr());
    }
    assertEquals("KP", geo.lookup("175.45.177.10"));
  }
}
