package io.ringwatch.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.link.PhotoHashGroups.BandPlan;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Banding and Hamming distance of photo hashes, without Spark. */
class PhotoHashBandsTest {
  static long flip(Random rnd, long h, int bits) {
    Set<Integer> chosen = new HashSet<>();
    while (chosen.size() < bits) {
      chosen.add(rnd.nextInt(64));
    }
    for (int b : chosen) {
      h ^= 1L << b;
    }
    return h;
  }

  @Test
  void hexAndHamming() {
    assertEquals(0xfedcba9876543210L, PhotoHashGroups.parse("fedcba9876543210"));
    assertEquals("fedcba9876543210", PhotoHashGroups.hex(0xfedcba9876543210L));
    assertEquals("000000000000000f", PhotoHashGroups.hex(15));
    assertNull(PhotoHashGroups.parse("abc"));
    assertNull(PhotoHashGroups.parse("zzzzzzzzzzzzzzzz"));
    assertEquals(0, PhotoHashGroups.hamming(42, 42));
    assertEquals(64, PhotoHashGroups.hamming(0, -1));
    assertEquals(2, PhotoHashGroups.hamming(0b1010, 0b0000));
    assertEquals(1, PhotoHashGroups.hamming(Long.MIN_VALUE, 0));
  }

  @ParameterizedTest
  @CsvSource({"6, 7", "6, 4", "6, 3", "3, 2", "10, 11", "10, 5"})
  void bandsCoverTheBitsOnce(int distance, int bands) {
    BandPlan p = new BandPlan(distance, bands);
    int total = 0;
    for (int b = 0; b < bands; b++) {
      assertEquals(total, p.offset(b));
      total += p.width(b);
      assertTrue(p.width(b) == 64 / bands || p.width(b) == 64 / bands + 1);
    }
    assertEquals(64, total);
    // Putting the band values back together gives the hash.
    long h = 0x9e3779b97f4a7c15L;
    long back = 0;
    for (int b = 0; b < bands; b++) {
      back |= p.bandValue(h, b) << p.offset(b);
    }
    assertEquals(h, back);
    long[] probes = p.probeKeys(h);
    assertEquals(p.probesPerHash(), probes.length);
    assertEquals(probes.length, Arrays.stream(probes).distinct().count());
    Set<Long> probeSet = new HashSet<>();
    Arrays.stream(probes).forEach(probeSet::add);
    Arrays.stream(p.exactKeys(h)).forEach(k -> assertTrue(probeSet.contains(k)));
  }

  @Test
  void theSevenBandsOfDistanceSixAreNineOrTenBitsAndFourBandsProbeWithinOneBit() {
    BandPlan seven = new BandPlan(6, 7);
    assertEquals(0, seven.tolerance());
    assertEquals(10, seven.width(0));
    assertEquals(9, seven.width(6));
    assertEquals(7, seven.probesPerHash());
    BandPlan four = new BandPlan(6, 4);
    assertEquals(1, four.tolerance());
    assertEquals(4 * 17, four.probesPerHash());
    // 22 + 21 + 21 bits, each probed within 2 bits: (1 + 22 + 231) + 2 * (1 + 21 + 210).
    assertEquals(718, new BandPlan(6, 3).probesPerHash());
  }

  /** Pigeonhole: every pair within the distance meets on a key; pairs further apart may or may not. */
  @ParameterizedTest
  @CsvSource({"6, 7", "6, 4", "6, 3", "10, 5", "4, 2"})
  void everyPairWithinTheDistanceMeetsOnAKey(int distance, int bands) {
    BandPlan p = new BandPlan(distance, bands);
    Random rnd = new Random(distance * 100L + bands);
    for (int i = 0; i < 3000; i++) {
      long a = rnd.nextLong();
      long b = flip(rnd, a, rnd.nextInt(distance + 1));
      assertTrue(PhotoHashGroups.hamming(a, b) <= distance);
      Set<Long> probes = new HashSet<>();
      Arrays.stream(p.probeKeys(a)).forEach(probes::add);
      assertTrue(Arrays.stream(p.exactKeys(b)).anyMatch(probes::contains),
          PhotoHashGroups.hex(a) + " / " + PhotoHashGroups.hex(b));
    }
    // The bound is tight for exact bands: d+1 flips, one per band, can miss every key.
    if (p.tolerance() == 0 && bands == distance + 1) {
      long a = rnd.nextLong();
      long b = a;
      for (int band = 0; band < bands; band++) {
        b ^= 1L << p.offset(band);
      }
      Set<Long> exactA = new HashSet<>();
      Arrays.stream(p.exactKeys(a)).forEach(exactA::add);
      assertEquals(distance + 1, PhotoHashGroups.hamming(a, b));
      assertTrue(Arrays.stream(p.exactKeys(b)).noneMatch(exactA::contains));
    }
  }

  @Test
  void settingsValidateTheDistanceAndTheProbes() {
    Settings defaults = SettingsLoader.load(null);
    LinkSettings s = LinkSettings.from(defaults);
    assertEquals(new BandPlan(6, 4), s.photoHash());
    SettingsException far = assertThrows(SettingsException.class, () -> LinkSettings.from(Settings.from(
        ConfigFactory.parseString("ringwatch.link.photo-hash-max-distance = 20").withFallback(defaults.raw()))));
    assertEquals("setting ringwatch.link.photo-hash-max-distance is 20 but must be at most 16", far.getMessage());
    SettingsException wide = assertThrows(SettingsException.class, () -> LinkSettings.from(Settings.from(
        ConfigFactory.parseString("ringwatch.link.photo-hash-bands = 2").withFallback(defaults.raw()))));
    assertEquals("setting ringwatch.link.photo-hash-bands is 2: for a distance of 6 each hash would probe 10978 keys"
        + " (at most 4096); use more bands", wide.getMessage());
  }
}
