package io.ringwatch.synth;

import java.util.List;

/**
 * Legitimate patterns that look like fraud signals and must not be flagged, as written in
 * {@code truth/workers.csv} column {@code benign_group} ({@code ;}-separated; a worker may be in
 * several).
 */
public final class BenignGroups {
  /** 2-4 workers at one home address: shared home IP, laptops shipped there, some joint accounts. */
  public static final String HOUSEHOLD = "household";
  /** Office workers: shared office NAT IPs, laptops shipped to the office address. */
  public static final String OFFICE = "office";
  /** Sign-ins through the company's VPN egress: a few IPs used by a large share of workers. */
  public static final String CORPORATE_VPN = "corporate_vpn";
  /** Contractors of one staffing agency paid into the agency's own account (holder = agency). */
  public static final String AGENCY = "agency";
  /** IT helpdesk staff running TeamViewer/AnyDesk. */
  public static final String IT_REMOTE_TOOLS = "it_remote_tools";
  /** A trip abroad: consecutive days of sign-ins from one other country, at its local hours. */
  public static final String TRAVELER = "traveler";
  /** Night rota: sign-ins at local night. */
  public static final String NIGHT_SHIFT = "night_shift";
  /** Korean names, ko-KR keyboard alongside en-US, US time zones and US IPs. */
  public static final String KOREAN_AMERICAN = "korean_american";
  /** Placeholder SSNs/phones ({@code 000-00-0000}, {@code n/a}, {@code 123-456-7890}). */
  public static final String PLACEHOLDER = "placeholder";
  /** Two unrelated people with one common name (different DOB and everything else). */
  public static final String COMMON_NAME = "common_name";
  /** Contractors abroad paid through Payoneer/Wise/PayPal or IBAN, signing in from home. */
  public static final String FOREIGN_CONTRACTOR = "foreign_contractor";

  /** Every group, in the order truth files list them. */
  public static final List<String> ALL = List.of(HOUSEHOLD, OFFICE, CORPORATE_VPN, AGENCY,
      IT_REMOTE_TOOLS, TRAVELER, NIGHT_SHIFT, KOREAN_AMERICAN, PLACEHOLDER, COMMON_NAME,
      FOREIGN_CONTRACTOR);

  private BenignGroups() {}
}
