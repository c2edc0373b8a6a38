package io.ringwatch.score;

import java.util.List;

/** Every signal ringwatch computes, with its sources (../shared/research/signals.md). */
public final class SignalCatalogue {
  private SignalCatalogue() {}

  public static final Signal SHARED_PAYOUT_ACCOUNT = new Signal("shared_payout_account",
      "Paid into an account other workers are paid into",
      "The worker's pay goes to a bank account, payout-platform account or wallet that other workers, "
          + "who do not live at the same address, are also paid into.",
      List.of("DOJ, US v. Chapman (May 2024): managed direct deposits of IT workers' wages into her accounts",
          "State/Treasury/FBI DPRK IT worker advisory, 16 May 2022 (same PayPal account)", "signals.md F1"),
      "A couple with a joint account who live apart; a staffing agency's account (excluded when paid under the agency's name).",
      40);
  public static final Signal PAYOUT_HOLDER_NOT_WORKER = new Signal("payout_holder_not_worker",
      "Account holder is not the worker",
      "Pay goes to an account whose holder name shares no name with the worker (and is not the worker's agency).",
      List.of("FBI PSA I-051624-PSA (16 May 2024): facilitators set up financial accounts", "signals.md F1, F5"),
      "A spouse's account; a name change not yet in HR.", 20);
  public static final Signal CRYPTO_PAYOUT = new Signal("crypto_payout", "Paid in cryptocurrency",
      "Payroll sends the worker's pay to a crypto wallet.",
      List.of("State/Treasury/FBI fact sheet, 16 May 2022 (requests for payment in virtual currency)", "signals.md F4"),
      "Contractors who choose crypto payment where company policy allows it.", 15);
  public static final Signal PLATFORM_PAYOUT = new Signal("platform_payout", "Paid through a payout platform",
      "Pay goes through Payoneer, Wise or PayPal rather than a bank, for a worker who claims the company's own "
          + "country (the one most of its workers claim), or into such an account held by someone else.",
      List.of("GTIG, 'DPRK IT Workers Expanding in Scope and Scale', 1 Apr 2025 (Wise, Payoneer)", "signals.md F2"),
      "Contractors abroad are commonly paid this way (in their own name they do not fire).", 5);
  public static final Signal PAYOUT_ACCOUNT_CHANGES = new Signal("payout_account_changes",
      "Payout account changed repeatedly", "Pay went to three or more different accounts (bank, IBAN, payout platform, wallet) within a year of the "
          + "worker's last payment.",
      List.of("FBI guidance as summarised in signals.md F3 (employees who frequently change banks)"),
      "A bank switch after a move.", 10);
  public static final Signal LAPTOP_FARM = new Signal("laptop_farm",
      "Laptop shipped to a shared address that is not the worker's home",
      "A company laptop of the worker was shipped to an address that is not their home, where laptops of "
          + "other workers who do not live there were shipped too.",
      List.of("DOJ: Chapman hosted more than 90 laptops (sentenced 24 Jul 2025)",
          "DOJ 30 Jun 2025: 29 laptop farms in 16 states", "signals.md D1, D2"),
      "Shipments to a small satellite office not recognised as infrastructure.", 40);
  public static final Signal SHIPPED_FAR_FROM_HOME = new Signal("shipped_far_from_home",
      "Laptop shipped far from home",
      "A company laptop of the worker was shipped to another country, or another state or province, than the "
          + "worker's home (and not to an address the data shows to be an office or a laptop farm).",
      List.of("FBI/ROK PSA I-101823-PSA, 18 Oct 2023 (company laptops freight-forwarded overseas)",
          "DOJ, US v. Chapman (May 2024): laptops of workers claiming homes across the US hosted in Arizona; "
              + "49 devices shipped overseas",
          "Unit 42, 13 Nov 2024 (suspicious shipping addresses)", "signals.md D1, D2"),
      "A small satellite office in another state; a worker who moved and whose HR home is not updated.", 20);
  public static final Signal SHIPPED_AWAY_FROM_HOME = new Signal("shipped_away_from_home",
      "Laptop shipped away from home",
      "A laptop of a remote worker was shipped to an address that is not their home, in the same state or region "
          + "(farther is shipped_far_from_home).",
      List.of("Unit 42, 13 Nov 2024 (suspicious shipping addresses)", "signals.md D2"),
      "Shipping to a relative or a workplace.", 5);
  public static final Signal IP_KVM = new Signal("ip_kvm", "IP-KVM hardware attached",
      "A USB device that IP-KVM boxes (PiKVM, TinyPilot, JetKVM, GL.iNet) present was attached to the worker's laptop.",
      List.of("MITRE ATT&CK T1219.003 Remote Access Hardware", "DOJ June 2025 (KVM switches in laptop farms)",
          "chelmzy.tech, Detecting spoofed IP-KVMs", "signals.md R3"),
      "Lab or data-centre staff who use KVMs for servers.", 35);
  public static final Signal REMOTE_TOOL = new Signal("remote_tool_outside_it", "Remote-control tool outside IT",
      "A remote-control tool (AnyDesk, TeamViewer, RustDesk, Chrome Remote Desktop, …) ran on the laptop of a worker "
          + "whose job does not call for one.",
      List.of("Mandiant UNC5267, 23 Sep 2024", "Microsoft, Jasper Sleet, 30 Jun 2025", "signals.md R1"),
      "Personal remote support; IT staff are excluded by job title and department.", 15);
  public static final Signal VPN_PROVIDER = new Signal("vpn_provider", "Sign-ins through a VPN these workers favour",
      "Sign-ins came through a VPN service reported in DPRK IT worker cases (Astrill VPN).",
      List.of("Mandiant UNC5267 (Astrill)", "LevelBlue SpiderLabs case (Astrill)", "signals.md N1"),
      "Privacy-minded staff using the same provider.", 20);
  public static final Signal HOSTING_NETWORK = new Signal("hosting_network", "Sign-ins from hosting networks",
      "Sign-ins came from data-centre networks commonly used as VPN exits.",
      List.of("Red Canary 2025 Threat Detection Report (abnormal VPNs)", "signals.md N1, S4"),
      "Commercial VPNs and cloud desktops.", 10);
  public static final Signal HIGH_RISK_COUNTRY = new Signal("signin_high_risk_country",
      "Sign-ins from China, Russia or North Korea beyond a trip",
      "Successful sign-ins came from CN, RU or KP address space (high-risk-countries) while the worker claims to "
          + "work from another country, beyond what a trip explains: on days scattered over more stretches, or a "
          + "longer stay, or a larger share of sign-ins, than a business trip.",
      List.of("Mandiant UNC5267, 23 Sep 2024: workers primarily in China and Russia",
          "LevelBlue SpiderLabs case: usual login region China", "signals.md N3"),
      "Business trips (one or two short stretches of days, a small share of sign-ins) are not counted.", 25);
  public static final Signal FOREIGN_COUNTRY = new Signal("signin_foreign_country",
      "Sign-ins from another country than the claimed one, beyond a trip",
      "Successful sign-ins (not through a VPN or hosting network) came from a country other than the one the "
          + "worker claims to work from, beyond what a trip explains: on days scattered over more stretches, or a "
          + "longer stay, or a larger share of sign-ins, than a business trip.",
      List.of("State/Treasury/FBI DPRK IT worker advisory, 16 May 2022: logins from IP addresses in different "
              + "countries; inconsistent alleged work location",
          "Mandiant UNC5267, 23 Sep 2024: smaller numbers in Africa and Southeast Asia",
          "OFAC, 16 Jan 2025: IT worker delegations in Laos", "signals.md N3"),
      "Business trips and holidays (one or two short stretches) are not counted; staff who moved abroad without "
          + "telling HR.", 15);
  public static final Signal DPRK_ADDRESS_SPACE = new Signal("signin_dprk_address_space",
      "Sign-ins from North Korean address space", "Sign-ins came from IP ranges attributed to North Korea.",
      List.of("APNIC/RIPE Labs, 31 Aug 2015 (175.45.176.0/22)", "signals.md N4"),
      "Low-confidence ranges are community-attributed.", 60);
  public static final Signal IMPOSSIBLE_TRAVEL = new Signal("impossible_travel", "Impossible travel",
      "Two sign-ins from different countries closer in time than travel allows.",
      List.of("State/Treasury/FBI advisory 2022: logins from various IP addresses in different countries in a short time",
          "FBI PSA I-012325-PSA", "signals.md N2"),
      "A VPN switched on and off (sign-ins through VPN or hosting networks are left out); geolocation errors.", 20);
  public static final Signal ASIA_HOURS = new Signal("activity_in_asian_daytime",
      "Activity in Asian daytime, at night where the worker claims to be",
      "At least asia-hours-share of the worker's sign-ins fall in 09:00–18:00 of UTC+8 (01:00–10:00 UTC) or of "
          + "UTC+9 (00:00–09:00 UTC), and at most asia-hours-own-daytime-max-share of them in 08:00–19:00 on the "
          + "clock of the place the worker claims to work in (its state or province in the US and Canada).",
      List.of("KnowBe4 (Jul 2024); SEAL frameworks: work patterns that do not match the claimed time zone",
          "signals.md T1"), "Night shifts (on-call staff sign in round the clock and do not reach the share); "
          + "contractors in Asia work Asian daytime on their own clock and do not fire.", 10);
  public static final Signal KOREAN_OR_CHINA_LOCALE = new Signal("asian_locale_with_other_signals",
      "Korean keyboard or Pyongyang/Shanghai time zone, with other signals",
      "A Korean keyboard layout or an Asia/Pyongyang or Asia/Shanghai device time zone; counted only when the "
          + "worker's other signals add up to locale-min-other-points, never alone (many legitimate staff use "
          + "Korean or Chinese layouts).",
      List.of("FBI/ROK PSA, 18 Oct 2023 (preferring to speak Korean)", "signals.md T3"),
      "Korean- and Chinese-speaking staff; this is why it never counts alone.", 5);
  public static final Signal SHARED_IDENTITY = new Signal("shared_identity_fragment",
      "Identity fragment shared with another worker",
      "The worker's national id, phone, personal email, CV, photo, GitHub handle or laptop is also on the record of "
          + "another worker who does not live at the same address.",
      List.of("OFAC action of 8 Jul 2025 (Song Kum Hyok used US persons' SSNs)", "Mandiant: same emails across names",
          "signals.md I1, I5, P1, P2"), "Data-entry errors; family members.", 30);
  public static final Signal INVALID_NATIONAL_ID = new Signal("invalid_national_id", "Invalid national id",
      "The national id cannot be a real one (e.g. SSN area 000, 666 or 900–999, group 00, serial 0000). US SSNs "
          + "only: placeholders, and other countries' ids failing their format or check digit (typing slips), never fire.",
      List.of("SSA SSN structure rules", "signals.md I1, I2"), "Typing errors in HR.", 20);
  public static final Signal SHARED_IP = new Signal("shared_ip", "Public IP shared with other workers",
      "The worker signed in from a public IP that other workers, who do not live at the same address, also used "
          + "(not an office or VPN egress).",
      List.of("State/Treasury/FBI advisory 2022: several accounts from one IP", "signals.md D4"),
      "Co-working spaces; shared flats.", 10);
  public static final Signal SANCTIONS_IDENTIFIER = new Signal("sanctions_identifier_match",
      "Sanctions list match on an identifier",
      "A wallet, email, phone or GitHub identifier of the worker equals one on a sanctions list, the worker's "
          + "vendor or payee is a listed entity, or a name matches with the date of birth agreeing to the day or "
          + "month, or the worker signed in from high-confidence DPRK address space.",
      List.of("OFAC SDN list", "signals.md S1-S3"), "Stale list entries; verify against the listing.", 100);
  public static final Signal SANCTIONS_NAME = new Signal("sanctions_name_only",
      "Name resembles a sanctions list entry (uncorroborated)",
      "The name resembles a listed person's, without a date of birth or identifier to corroborate it; shown for review.",
      List.of("OFAC SDN list"), "Common names; never enough on its own.", 5);
  public static final Signal CLUSTER = new Signal("ring_member", "Member of a high-risk cluster",
      "The worker is tied by shared values to a cluster whose members carry strong signals.",
      List.of("signals.md §6 (rings show in the graph)"), "Households and shared flats.", 0);

  public static final List<Signal> ALL = List.of(SHARED_PAYOUT_ACCOUNT, PAYOUT_HOLDER_NOT_WORKER, CRYPTO_PAYOUT,
      PLATFORM_PAYOUT, PAYOUT_ACCOUNT_CHANGES, LAPTOP_FARM, SHIPPED_FAR_FROM_HOME, SHIPPED_AWAY_FROM_HOME, IP_KVM,
      REMOTE_TOOL, VPN_PROVIDER, HOSTING_NETWORK, HIGH_RISK_COUNTRY, FOREIGN_COUNTRY, DPRK_ADDRESS_SPACE, IMPOSSIBLE_TRAVEL, ASIA_HOURS, KOREAN_OR_CHINA_LOCALE,
      SHARED_IDENTITY, INVALID_NATIONAL_ID, SHARED_IP, SANCTIONS_IDENTIFIER, SANCTIONS_NAME, CLUSTER);
}
