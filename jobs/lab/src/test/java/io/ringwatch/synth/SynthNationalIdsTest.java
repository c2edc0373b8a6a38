package io.ringwatch.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringwatch.normalize.NationalIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The national ids the variations write outside the US are ones their issuers could have issued:
 * they pass the detector's rules for their country ({@link NationalIds#normalize}), as a real
 * person's do, so a ring reusing one is tied by it. The ones meant never to be issued (a ring's
 * invalid SSN in a GB or DE company) fail as never issued (structural), placeholders stay
 * placeholders. The base company's own workers abroad are not checked: their ids are drawn from
 * the base streams, which must not change (byte-identical output without variations).
 */
class SynthNationalIdsTest {

  /** Every country the variations write national ids for. */
  private static List<Countries.Country> countries() {
    List<Countries.Country> out = new ArrayList<>(Countries.CONTRACTOR_COUNTRIES);
    out.add(Countries.GB);
    out.add(Countries.DE);
    return out;
  }

  private static final String[] US_FIRST = {"Rebecca", "Jean", "Timothy", "Ng", "Yi"};
  private static final String[] US_LAST = {"Owens", "Delgado", "Moore", "O'Brien", "Ng"};

  @Test
  void everyCountryDrawsIdsItsIssuerCouldHaveIssued() {
    SplittableRandom r = new SplittableRandom(18);
    for (Countries.Country c : countries()) {
      Map<Integer, Integer> lengths = new HashMap<>();
      for (int i = 0; i < 3000; i++) {
        // local names (contractors abroad) and US ones (a GB or DE company's moved workers)
        boolean local = i % 3 != 0;
        String first = local ? Rand.pick(r, c.given()) : Rand.pick(r, US_FIRST);
        String last = local ? Rand.pick(r, c.surnames()) : Rand.pick(r, US_LAST);
        LocalDate dob = i < 4 ? LocalDate.of(1996 + 4 * i, 2, 29)
            : LocalDate.of(1955, 1, 1).plusDays(r.nextInt(52 * 365));
        String id = Countries.nationalId(r, c, first, last, dob);
        NationalIds.Result res = NationalIds.normalize(id, c.code());
        assertNotNull(res, c.code() + " " + id);
        assertTrue(res.valid(), c.code() + " " + id + " " + first + " " + last + " " + dob + ": "
            + res.reason() + " (" + res.category() + ")");
        lengths.merge(res.norm().length(), 1, Integer::sum);
      }
      // the issuer's rules were met, not dodged: the checked forms are the ones written
      switch (c.code()) {
        case "MX" -> assertEquals(Set.of(18), lengths.keySet(), "CURPs"); // not RFCs
        case "IN" -> assertEquals(Set.of(10, 12), lengths.keySet(), "PANs and Aadhaars");
        case "DE", "BR" -> assertEquals(Set.of(11), lengths.keySet(), c.code());
        case "GB" -> assertEquals(Set.of(9), lengths.keySet(), "NINOs");
        default -> { }
      }
    }
  }

  @Test
  void aNeverIssuedIdIsOneTheIssuerNeverIssuesNotATypoOrPlaceholder() {
    SplittableRandom r = new SplittableRandom(19);
    for (Countries.Country c : List.of(Countries.GB, Countries.DE)) {
      for (int i = 0; i < 3000; i++) {
        String id = Countries.invalidNationalId(r, c);
        NationalIds.Result res = NationalIds.normalize(id, c.code());
        assertEquals(NationalIds.STRUCTURAL, res.category(), c.code() + " " + id + ": " + res.reason());
      }
    }
  }

  @Test
  void checkDigitsAreTheIssuersAlgorithms() {
    assertEquals("2363", Countries.verhoeff("236")); // the Verhoeff scheme's worked example
    // BZSt's sample Steuer-ID 86095742719: its check digit from its first ten
    NationalIds.Result sample = NationalIds.normalize("86095742719", "DE");
    assertTrue(sample.valid(), sample.reason());
    assertTrue(Countries.placeholderLike("000.000.000-00"));
    assertTrue(Countries.placeholderLike("AB123456C"));
    assertTrue(Countries.placeholderLike("0987654321"));
    assertTrue(!Countries.placeholderLike("86095742719"));
  }

  @Test
  void aForeignCompanyWritesValidIdsSharedWhereTheyWereAndNeverIssuedOnesWhereMeant() {
    // seed 1: a German company, seed 2: a British one
    for (long seed : new long[] {1, 2}) {
      CompanyPlan base = CompanyPlan.build(GeneratorOptions.of(2000, seed));
      CompanyPlan p = CompanyPlan.build(GeneratorOptions.of(2000, seed)
          .withVariations(EnumSet.of(Variation.FOREIGN_COMPANY)));
      String cc = p.companyCountry;
      assertEquals(seed == 1 ? "DE" : "GB", cc);
      Map<String, String> idOfSsn = new HashMap<>();
      Map<String, String> ssnOfId = new HashMap<>();
      Map<Ring, Set<String>> reused = new HashMap<>();
      int valid = 0;
      int structural = 0;
      for (int i = 0; i < p.workers.size(); i++) {
        Worker b = base.workers.get(i);
        Worker w = p.workers.get(i);
        if (!b.home.country().equals("US") || b.nationalId == null) {
          continue; // workers abroad stay where they are, with the base company's ids
        }
        assertEquals(cc, w.home.country(), w.id);
        NationalIds.Result res = NationalIds.normalize(w.nationalId, cc);
        String what = cc + " " + w.id + " " + b.nationalId + " -> " + w.nationalId;
        if (!b.nationalIdIsSsn) { // a US placeholder becomes one of the country's
          assertTrue(List.of(Countries.idPlaceholders(cc)).contains(w.nationalId), what);
          // links no one and fires nothing (the detector reads "k.A." as too short, not as a
          // placeholder word: either way no finding)
          assertTrue(res == null || !res.valid() && !NationalIds.STRUCTURAL.equals(res.category()),
              what + ": " + (res == null ? null : res.category()));
          continue;
        }
        // what was shared is shared, what differed differs
        assertEquals(idOfSsn.computeIfAbsent(b.nationalId, k -> w.nationalId), w.nationalId, what);
        assertEquals(ssnOfId.computeIfAbsent(w.nationalId, k -> b.nationalId), b.nationalId, what);
        if (CompanyPlan.invalidArea(b.nationalId)) { // never issued in the US: nor there
          assertEquals(NationalIds.STRUCTURAL, res.category(), what + ": " + res.reason());
          structural++;
        } else {
          assertTrue(res.valid(), what + ": " + res.reason() + " (" + res.category() + ")");
          valid++;
          if (w.has(Tactics.REUSED_SSN)) {
            reused.computeIfAbsent(w.ring, k -> new HashSet<>()).add(res.norm());
          }
        }
      }
      assertTrue(valid > 1800, cc + " valid ids: " + valid);
      assertTrue(structural > 0, cc + " never-issued ids: " + structural);
      assertTrue(!reused.isEmpty(), cc + ": no ring reuses an id");
      // a ring's reused id is one valid id, so it ties the members
      reused.forEach((ring, ids) -> assertEquals(1, ids.size(), ring.id + " " + ids));
    }
  }

  @Test
  void contractorsAbroadCarryValidIdsOfTheirCountries() {
    CompanyPlan p = CompanyPlan.build(GeneratorOptions.of(800, 3)
        .withVariations(EnumSet.of(Variation.CONTRACTORS_ABROAD)));
    Map<String, Integer> valid = new HashMap<>();
    for (Worker w : p.workers) {
      if (!w.variations.contains(Variation.CONTRACTORS_ABROAD) || w.nationalId == null) {
        continue;
      }
      String cc = w.home.country();
      NationalIds.Result res = NationalIds.normalize(w.nationalId, cc);
      assertTrue(res.valid(), cc + " " + w.id + " " + w.nationalId + ": " + res.reason());
      valid.merge(cc, 1, Integer::sum);
    }
    assertTrue(valid.keySet().containsAll(Set.of("IN", "PH", "MX", "BR")), valid.toString());
  }
}
