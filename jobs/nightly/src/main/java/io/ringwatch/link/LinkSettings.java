package io.ringwatch.link;

import io.ringwatch.config.ConfigReader;
import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Settings of the link stage (conf/link.conf). */
public record LinkSettings(Map<String, Double> kindWeights, Map<String, Integer> caps,
    double infrastructureShare, int infrastructureMinWorkers, Set<String> infrastructureKinds,
    int ipMinEvents, Map<String, List<String>> placeholders, PhotoHashGroups.BandPlan photoHash,
    DeviceUse deviceUse) {

  /**
   * When a worker's use of a colleague's device ties no one (conf/link.conf, device-use).
   *
   * @param supportRolePattern job titles or departments whose work is signing in on others' devices
   * @param maxOtherHolders the most other holders' devices a worker may use before the uses are a support pattern
   */
  public record DeviceUse(String supportRolePattern, int maxOtherHolders) {}

  public static final List<String> KINDS = List.of("bank_account", "payout_account", "wallet", "device",
      "mac", "ship_address", "address", "phone", "email", "national_id", "resume", "photo", "github", "ip", "payee_name", "listed_vendor");

  public static LinkSettings from(Settings settings) {
    ConfigReader r = settings.reader("ringwatch.link");
    Map<String, Double> weights = r.doubleMap("kind-weights", 0.0, 100.0);
    Map<String, Integer> caps = new TreeMap<>();
    ConfigReader capBlock = r.block("caps");
    for (String kind : KINDS) {
      if (!weights.containsKey(kind)) {
        throw new SettingsException("setting ringwatch.link.kind-weights." + kind + " is missing");
      }
      caps.put(kind, capBlock.intAtLeast(kind, 2));
    }
    for (String kind : weights.keySet()) {
      if (!KINDS.contains(kind)) {
        throw new SettingsException("setting ringwatch.link.kind-weights." + kind + " names an unknown kind; kinds are "
            + String.join(", ", KINDS));
      }
    }
    Map<String, List<String>> placeholders = new TreeMap<>();
    ConfigReader ph = r.block("placeholders");
    for (String kind : KINDS) {
      placeholders.put(kind, ph.strings(kind));
    }
    List<String> infraKinds = r.strings("infrastructure-kinds");
    for (String k : infraKinds) {
      if (!KINDS.contains(k)) {
        throw new SettingsException("setting ringwatch.link.infrastructure-kinds names an unknown kind '" + k + "'");
      }
    }
    return new LinkSettings(weights, caps, r.doubleIn("infrastructure-share", 0.0, 1.0),
        r.intAtLeast("infrastructure-min-workers", 2), Set.copyOf(infraKinds), r.intAtLeast("ip-min-events", 1),
        placeholders, photoHash(r), deviceUse(r.block("device-use")));
  }

  private static DeviceUse deviceUse(ConfigReader r) {
    return new DeviceUse(r.regex("support-role-pattern"), r.intAtLeast("max-other-holders", 1));
  }

  private static PhotoHashGroups.BandPlan photoHash(ConfigReader r) {
    int distance = r.intAtLeast("photo-hash-max-distance", 0);
    if (distance > PhotoHashGroups.BandPlan.MAX_DISTANCE) {
      throw new SettingsException("setting " + r.full("photo-hash-max-distance") + " is " + distance
          + " but must be at most " + PhotoHashGroups.BandPlan.MAX_DISTANCE);
    }
    int bands = r.intAtLeast("photo-hash-bands", 2);
    if (bands > 64) {
      throw new SettingsException("setting " + r.full("photo-hash-bands") + " is " + bands + " but must be at most 64");
    }
    PhotoHashGroups.BandPlan plan = new PhotoHashGroups.BandPlan(distance, bands);
    if (plan.probesPerHash() > PhotoHashGroups.BandPlan.MAX_PROBES) {
      throw new SettingsException("setting " + r.full("photo-hash-bands") + " is " + bands + ": for a distance of "
          + distance + " each hash would probe " + plan.probesPerHash() + " keys (at most "
          + PhotoHashGroups.BandPlan.MAX_PROBES + "); use more bands");
    }
    return plan;
  }
}
