package io.ringwatch.link;

import java.util.Map;

/**
 * What each kind of shared value ({@link LinkSettings#KINDS}) is called where people read it (the
 * report's pictures and legend), and which family it belongs to (money, laptops, identity,
 * network), in one place: the tables keep the ids ({@code payee_name}), readers see words.
 */
public final class ValueKinds {
  /** A kind's plain name and family. */
  public record Kind(String words, String family) {}

  public static final String MONEY = "money";
  public static final String LAPTOPS = "laptops";
  public static final String IDENTITY = "identity";
  public static final String NETWORK = "network";

  private static final Map<String, Kind> KINDS = Map.ofEntries(
      Map.entry("bank_account", new Kind("bank account", MONEY)),
      Map.entry("payout_account", new Kind("payout account", MONEY)),
      Map.entry("wallet", new Kind("crypto wallet", MONEY)),
      Map.entry("payee_name", new Kind("account holder", MONEY)),
      Map.entry("listed_vendor", new Kind("listed vendor", MONEY)),
      Map.entry("device", new Kind("laptop", LAPTOPS)),
      Map.entry("mac", new Kind("network card", LAPTOPS)),
      Map.entry("ship_address", new Kind("shipping address", LAPTOPS)),
      Map.entry("address", new Kind("home address", IDENTITY)),
      Map.entry("phone", new Kind("phone", IDENTITY)),
      Map.entry("email", new Kind("email", IDENTITY)),
      Map.entry("national_id", new Kind("national id", IDENTITY)),
      Map.entry("resume", new Kind("CV", IDENTITY)),
      Map.entry("photo", new Kind("photo", IDENTITY)),
      Map.entry("github", new Kind("GitHub handle", IDENTITY)),
      Map.entry("ip", new Kind("IP address", NETWORK)));

  private ValueKinds() {}

  /** {@code bank account} for {@code bank_account}; an unknown kind with its underscores as spaces. */
  public static String words(String kind) {
    Kind k = KINDS.get(kind);
    return k != null ? k.words() : kind == null ? "value" : kind.replace('_', ' ');
  }

  /** {@link #MONEY}, {@link #LAPTOPS}, {@link #IDENTITY} or {@link #NETWORK}; identity when unknown. */
  public static String family(String kind) {
    Kind k = KINDS.get(kind);
    return k != null ? k.family() : IDENTITY;
  }

  static boolean named(String kind) {
    return KINDS.containsKey(kind);
  }
}
