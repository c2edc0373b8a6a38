package io.ringwatch.synth;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Habits of real companies that the base generator does not have, switched on one by one with
 * {@code ringwatch generate --variations a,b,c} (issue 18, item 6): detection that was measured at
 * 0.99 precision on our own companies fell to 0.84 and 0.38 on companies of an independent
 * generator, because ours shared the detector's assumptions. Each variation stands for a practice
 * that practitioners report (../shared/research/signals.md, last paragraph; jobs/docs/
 * generator-variations.md) and tags the benign workers it touches with a benign group of its own
 * {@link #id() name} in {@code truth/workers.csv}.
 *
 * <p>A variation is applied after the base company is planned and draws only from random streams
 * of its own: with it on, the workers, the rings (members and tactics) and the fraudulent
 * workers' rows are those of the base company, and only the habit of the benign workers it
 * touches changes. {@link #FOREIGN_COMPANY} is the exception: it moves the whole company, fraud
 * included, to another country, keeping ring membership and tactics.
 */
public enum Variation {
  /**
   * The company's secure-access proxy or VPN (Zscaler, Netskope, a VPN server on AWS) egresses
   * in another country than the workers' or from a hosting network; remote staff sign in
   * through it about half of their days.
   */
  EGRESS_ABROAD("egress-abroad"),
  /**
   * A tenth of the workforce are contractors living abroad (IN, PH, BR, PL, UA, ...), claiming
   * that country, signing in from home there in their own daytime, paid through Wise, Payoneer,
   * PayPal or a local bank account or IBAN in their own name.
   */
  CONTRACTORS_ABROAD("contractors-abroad"),
  /**
   * Placeholders typed in each country's own notation ({@code 555-555-5555},
   * {@code +52 55 0000 0000}, {@code 00000 00000}, {@code QQ123456C}, {@code N/A}) for about 2% of
   * the workers of every country.
   */
  NATIONAL_PLACEHOLDERS("national-placeholders"),
  /**
   * A team works on cloud desktops (Windows 365, Azure Virtual Desktop, Amazon WorkSpaces,
   * Citrix): their sign-ins come from a few dozen Azure or AWS addresses the team shares.
   */
  CLOUD_DESKTOPS("cloud-desktops"),
  /**
   * Staff who moved (another region or another country) without telling HR: every sign-in of the
   * window comes from the new place while HR holds the old address.
   */
  MOVED_WITHOUT_HR("moved-without-hr"),
  /** HR typing errors: a digit off in a phone, a letter off in an e-mail, swapped id digits. */
  HR_TYPOS("hr-typos"),
  /**
   * Households of 5-8 people (multi-generational families, house shares) and co-working spaces
   * where 10-30 unrelated workers share one address and one public IP.
   */
  LARGE_HOUSEHOLDS("large-households"),
  /**
   * The company is in Great Britain or Germany, not the US: claimed country, phones, national
   * ids, addresses, currency, IBAN payroll, office and VPN addresses are that country's, and the
   * rings use identities of that country too (GTIG, Apr 2025: DPRK IT workers expanding into
   * Europe), with the same members and tactics.
   */
  FOREIGN_COMPANY("foreign-company"),
  /**
   * Laptops are shared the way IT departments share them: IT support staff sign in with their
   * own account on colleagues' laptops (desk-side or over a remote session), laptops are
   * reassigned to the next holder after a leaver returns one or someone gets a new one, and
   * loaner laptops with no holder are signed in on by several workers in turn.
   */
  SHARED_DEVICES("shared-devices");

  private final String id;

  Variation(String id) {
    this.id = id;
  }

  /** The name on the command line and in {@code truth/workers.csv} {@code benign_group}. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * Whether it changes the rings' own rows (and so recall means something per variation): only
   * {@link #FOREIGN_COMPANY}; the others touch benign workers alone.
   */
  public boolean changesRings() {
    return this == FOREIGN_COMPANY;
  }

  /** Every variation's name, comma-separated, in declaration order. */
  public static String known() {
    return Arrays.stream(values()).map(Variation::id).collect(Collectors.joining(", "));
  }

  /** The variation named {@code name} (case and surrounding spaces ignored). */
  public static Variation of(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (Variation v : values()) {
      if (v.id.equals(n)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown variation '" + name.trim() + "'; known: " + known()
        + " (or all, none)");
  }

  /**
   * A comma-separated list of names, {@code all} or {@code none} (or empty): the set, in
   * declaration order. Unknown names are refused with a one-line message listing the known ones.
   */
  public static Set<Variation> parse(String list) {
    EnumSet<Variation> out = EnumSet.noneOf(Variation.class);
    if (list == null) {
      return Collections.unmodifiableSet(out);
    }
    for (String part : list.split(",")) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      if (p.isEmpty() || p.equals("none")) {
        continue;
      }
      if (p.equals("all")) {
        out.addAll(EnumSet.allOf(Variation.class));
      } else {
        out.add(of(p));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * A short label of a set for folder names: {@code none}, {@code all} or the names joined by
   * {@code +}.
   */
  public static String label(Set<Variation> set) {
    if (set.isEmpty()) {
      return "none";
    }
    if (set.size() == values().length) {
      return "all";
    }
    return EnumSet.copyOf(set).stream().map(Variation::id).collect(Collectors.joining("+"));
  }
}
