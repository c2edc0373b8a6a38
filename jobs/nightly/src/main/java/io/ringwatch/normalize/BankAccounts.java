package io.ringwatch.normalize;

/**
 * US bank accounts: ABA routing numbers (nine digits whose 3-7-1 weighted sum is a multiple of
 * ten) and account numbers (their digits), joined into one comparable key.
 */
public final class BankAccounts {
  private BankAccounts() {}

  /** The nine digits of a routing number in any notation, or null when it is not nine digits. */
  public static String routingDigits(String raw) {
    if (raw == null) {
      return null;
    }
    String d = raw.replaceAll("[\\s.-]", "");
    return d.matches("\\d{9}") ? d : null;
  }

  /** Whether {@code raw} is a routing number with a correct ABA checksum (not all zeros). */
  public static boolean routingValid(String raw) {
    String d = routingDigits(raw);
    if (d == null || d.equals("000000000")) {
      return false;
    }
    int[] w = {3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * w[i % 3];
    }
    return sum % 10 == 0;
  }

  /** The digits of an account number (spaces, dashes, dots dropped); null when none or letters. */
  public static String accountDigits(String raw) {
    if (raw == null) {
      return null;
    }
    String d = raw.replaceAll("[\\s.-]", "");
    return d.matches("\\d{1,34}") ? d : null;
  }

  /** {@code routing|account} when the routing number is valid and the account has digits. */
  public static String key(String routing, String account) {
    String a = accountDigits(account);
    if (a == null || !routingValid(routing)) {
      return null;
    }
    return routingDigits(routing) + "|" + a;
  }
}
