package io.ringwatch.synth;

import java.util.List;
import java.util.Set;

/**
 * The fraud tactics planted rings use (../shared/research/signals.md), as written in
 * {@code truth/workers.csv} and {@code truth/rings.csv}. A worker's tactics are the ones that
 * show in that worker's own rows; a ring's are the union over its members.
 */
public final class Tactics {
  /** Members' laptops shipped to one facilitator address that is no member's home; shared egress IP (D1, D2, D4). */
  public static final String LAPTOP_FARM = "laptop_farm";
  /** An IP-KVM (PiKVM, TinyPilot, JetKVM, GL.iNet; USB 1d6b:0104) attached to a laptop (R3). */
  public static final String IP_KVM = "ip_kvm";
  /** AnyDesk, TeamViewer, RustDesk, Chrome Remote Desktop, GoTo or LogMeIn running (R1). */
  public static final String REMOTE_CONTROL_TOOL = "remote_control_tool";
  /** Several members paid into one bank account (routing + account) (F1). */
  public static final String SHARED_BANK_ACCOUNT = "shared_bank_account";
  /** Several members paid to one Payoneer/Wise/PayPal account (F1, F2). */
  public static final String SHARED_PLATFORM_ACCOUNT = "shared_platform_account";
  /** Paid in crypto, to a wallet shared by the ring's crypto-paid members (F4). */
  public static final String CRYPTO_PAYOUT = "crypto_payout";
  /** The receiving account's holder is not the worker (the facilitator) (F1, F5). */
  public static final String THIRD_PARTY_HOLDER = "third_party_holder";
  /** The payout account changes during the year (F3). */
  public static final String PAYOUT_CHANGES = "payout_changes";
  /** Two or more members carry the same SSN (I1). */
  public static final String REUSED_SSN = "reused_ssn";
  /** SSN that is never issued: area 000, 666 or 9xx (I3). */
  public static final String INVALID_SSN = "invalid_ssn";
  /** Same phone number, in different notations (I5). */
  public static final String SHARED_PHONE = "shared_phone";
  /** One personal mailbox spelled differently (Gmail dots and +tags) (I5). */
  public static final String SHARED_EMAIL = "shared_email";
  /** Same CV document hash (P1). */
  public static final String SHARED_RESUME = "shared_resume";
  /** Photo perceptual hashes 1-4 bits apart (P2). */
  public static final String SIMILAR_PHOTO = "similar_photo";
  /** Same GitHub handle, or handles differing by a digit (P3). */
  public static final String SIMILAR_GITHUB = "similar_github";
  /** Sign-ins through Astrill VPN exits (vpn_client names it, IP in a hosting network) (N1). */
  public static final String ASTRILL_VPN = "astrill_vpn";
  /** Sign-ins from hosting-provider IPs (VPS used as VPN exit) (S4). */
  public static final String HOSTING_VPN = "hosting_vpn";
  /** Some sign-ins from China or Russia while claiming the US (N3). */
  public static final String CN_RU_IP = "cn_ru_ip";
  /** A sign-in from North Korean address space 175.45.176.0/22 (N4). */
  public static final String DPRK_IP = "dprk_ip";
  /** Working in the daytime of UTC+8, i.e. the US night (T1). */
  public static final String ASIA_HOURS = "asia_hours";
  /** ko-KR keyboard layout configured on a fraud laptop (T3). */
  public static final String KOREAN_KEYBOARD = "korean_keyboard";
  /** Asia/Shanghai or Asia/Pyongyang configured as the laptop's time zone (T1). */
  public static final String ASIA_TIMEZONE = "asia_timezone";
  /** Paid into a crypto wallet listed in an SDN entry's remarks (S2). */
  public static final String SANCTIONED_WALLET = "sanctioned_wallet";
  /** Supplied by a vendor whose name is a spelling variant of a listed DPRK front company (S3). */
  public static final String SANCTIONED_VENDOR = "sanctioned_vendor";

  /** Every tactic, in the order truth files list them. */
  public static final List<String> ALL = List.of(LAPTOP_FARM, IP_KVM, REMOTE_CONTROL_TOOL,
      SHARED_BANK_ACCOUNT, SHARED_PLATFORM_ACCOUNT, CRYPTO_PAYOUT, THIRD_PARTY_HOLDER,
      PAYOUT_CHANGES, REUSED_SSN, INVALID_SSN, SHARED_PHONE, SHARED_EMAIL, SHARED_RESUME,
      SIMILAR_PHOTO, SIMILAR_GITHUB, ASTRILL_VPN, HOSTING_VPN, CN_RU_IP, DPRK_IP, ASIA_HOURS,
      KOREAN_KEYBOARD, ASIA_TIMEZONE, SANCTIONED_WALLET, SANCTIONED_VENDOR);

  /** Tactics that only mean something when at least two members share a value. */
  static final Set<String> SHARED = Set.of(LAPTOP_FARM, SHARED_BANK_ACCOUNT,
      SHARED_PLATFORM_ACCOUNT, REUSED_SSN, SHARED_PHONE, SHARED_EMAIL, SHARED_RESUME,
      SIMILAR_PHOTO, SIMILAR_GITHUB);
  /** At most one of these per ring: a member has one payout account at a time. */
  static final Set<String> PAYOUT_MODES =
      Set.of(SHARED_BANK_ACCOUNT, SHARED_PLATFORM_ACCOUNT, CRYPTO_PAYOUT);

  private Tactics() {}
}
