package io.ringwatch.synth;

import java.math.BigInteger;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Values written the many ways real exports write them (phones, SSNs, MACs, names, e-mails,
 * addresses), and valid identifiers (ABA routing numbers, IBANs, crypto addresses).
 */
final class Formats {
  private Formats() {}

  /** A US phone (10 digits) in one of the notations HR systems hold. */
  static String usPhone(SplittableRandom r, String d) {
    String a = d.substring(0, 3);
    String b = d.substring(3, 6);
    String c = d.substring(6);
    return switch (r.nextInt(8)) {
      case 0, 1 -> "(" + a + ") " + b + "-" + c;
      case 2 -> a + "." + b + "." + c;
      case 3 -> "+1 " + a + " " + b + " " + c;
      case 4 -> "1-" + a + "-" + b + "-" + c;
      case 5 -> d;
      case 6 -> a + "-" + b + "-" + c;
      default -> "+1" + d;
    };
  }

  /** A non-US phone: {@code cc} country code, national number without trunk prefix. */
  static String foreignPhone(SplittableRandom r, String cc, String national) {
    String grouped = national.length() > 6
        ? national.substring(0, national.length() - 7) + " " + national.substring(national.length() - 7,
            national.length() - 4) + " " + national.substring(national.length() - 4)
        : national;
    return switch (r.nextInt(3)) {
      case 0 -> "+" + cc + " " + grouped.trim();
      case 1 -> "+" + cc + national;
      default -> "00" + cc + " " + grouped.trim();
    };
  }

  /** A 9-digit SSN with dashes, spaces or nothing. */
  static String ssn(SplittableRandom r, String d) {
    return switch (r.nextInt(5)) {
      case 0, 1 -> d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
      case 2 -> d.substring(0, 3) + " " + d.substring(3, 5) + " " + d.substring(5);
      default -> d;
    };
  }

  /** A random valid-looking SSN: area 001-899 but not 666, group 01-99, serial 0001-9999. */
  static String newSsn(SplittableRandom r) {
    int area;
    do {
      area = Rand.between(r, 1, 899);
    } while (area == 666);
    return String.format(Locale.ROOT, "%03d%02d%04d", area, Rand.between(r, 1, 99),
        Rand.between(r, 1, 9999));
  }

  /** An SSN the SSA never issues: area 000, 666 or 900-999. */
  static String invalidSsn(SplittableRandom r) {
    int area = switch (r.nextInt(3)) {
      case 0 -> 0;
      case 1 -> 666;
      default -> Rand.between(r, 900, 999);
    };
    return String.format(Locale.ROOT, "%03d%02d%04d", area, Rand.between(r, 1, 99),
        Rand.between(r, 1, 9999));
  }

  /** 12 hex digits as {@code AA-BB-..}, {@code aabb.ccdd.eeff} or {@code aa:bb:..}. */
  static String mac(SplittableRandom r, String hex12) {
    String h = hex12.toLowerCase(Locale.ROOT);
    return switch (r.nextInt(4)) {
      case 0 -> pairs(h, '-').toUpperCase(Locale.ROOT);
      case 1 -> h.substring(0, 4) + "." + h.substring(4, 8) + "." + h.substring(8);
      case 2 -> pairs(h, ':');
      default -> pairs(h, ':').toUpperCase(Locale.ROOT);
    };
  }

  private static String pairs(String h, char sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < h.length(); i += 2) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(h, i, i + 2);
    }
    return sb.toString();
  }

  /** A person's name as typed into an HR system: case, stray spaces, "Last, First". */
  static String name(SplittableRandom r, String first, String middle, String last) {
    String full = middle == null ? first + " " + last : first + " " + middle + " " + last;
    return switch (r.nextInt(12)) {
      case 0 -> full.toUpperCase(Locale.ROOT);
      case 1 -> full.toLowerCase(Locale.ROOT);
      case 2 -> " " + full;
      case 3 -> first + "  " + last + " ";
      case 4 -> last + ", " + first + (middle == null ? "" : " " + middle);
      case 5 -> last.toUpperCase(Locale.ROOT) + ", " + first;
      default -> full;
    };
  }

  /** An account holder's name as a bank has it. */
  static String holder(SplittableRandom r, String first, String last) {
    return switch (r.nextInt(4)) {
      case 0 -> (first + " " + last).toUpperCase(Locale.ROOT);
      case 1 -> last.toUpperCase(Locale.ROOT) + " " + first.toUpperCase(Locale.ROOT);
      default -> first + " " + last;
    };
  }

  /** An e-mail address with the case and stray spaces real exports carry. */
  static String email(SplittableRandom r, String address) {
    int at = address.indexOf('@');
    return switch (r.nextInt(10)) {
      case 0 -> capitalizeParts(address.substring(0, at)) + address.substring(at);
      case 1 -> address.toUpperCase(Locale.ROOT);
      case 2 -> " " + address;
      case 3 -> address + " ";
      default -> address;
    };
  }

  private static String capitalizeParts(String s) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : s.toCharArray()) {
      sb.append(up ? Character.toUpperCase(c) : c);
      up = !Character.isLetter(c);
    }
    return sb.toString();
  }

  /**
   * A postal address, rendered differently each time it is written. {@code suffix} indexes
   * {@link Vocab#SUFFIXES}; a negative suffix writes the street (with its own type word) before
   * the number and {@code unit} as it is ({@code Rua Augusta 1500, apto 52}).
   */
  record Address(int number, String street, int suffix, int unitKind, String unit, String city,
      String region, String postal, String plus4, String country) {

    /** The first address line, in one of the spellings exports use. */
    String line1(SplittableRandom r) {
      if (suffix < 0) { // street first, then the number (most of Europe and Latin America)
        String s = street + " " + number + (unit == null ? "" : ", " + unit);
        return switch (r.nextInt(10)) {
          case 0 -> s.toUpperCase(Locale.ROOT);
          case 1 -> s + " ";
          default -> s;
        };
      }
      String[] sfx = Vocab.SUFFIXES[suffix];
      String s = number + " " + street + " " + sfx[r.nextInt(4) == 0 ? 0 : r.nextInt(sfx.length)];
      if (unitKind >= 0) {
        String[] u = Vocab.UNITS[unitKind];
        String kind = u[r.nextInt(u.length)];
        s += kind.equals("#") ? (r.nextBoolean() ? " #" + unit : ", #" + unit)
            : (r.nextBoolean() ? " " : ", ") + kind + " " + unit;
      }
      return switch (r.nextInt(10)) {
        case 0 -> s.toUpperCase(Locale.ROOT);
        case 1 -> s + " ";
        default -> s;
      };
    }

    String city(SplittableRandom r) {
      return r.nextInt(8) == 0 ? city.toUpperCase(Locale.ROOT) : city;
    }

    String postal(SplittableRandom r) {
      return plus4 != null && r.nextInt(3) == 0 ? postal + "-" + plus4 : postal;
    }

    String region(SplittableRandom r) {
      return r.nextInt(12) == 0 ? region.toLowerCase(Locale.ROOT) : region;
    }

    /** A plain description for the truth files. */
    String plain() {
      if (suffix < 0) {
        return street + " " + number + (unit == null ? "" : ", " + unit) + ", " + city + ", "
            + (region.isEmpty() ? "" : region + " ") + postal + ", " + country;
      }
      String u = unitKind < 0 ? "" : " " + Vocab.UNITS[unitKind][1] + " " + unit;
      return number + " " + street + " " + Vocab.SUFFIXES[suffix][0] + u + ", " + city + ", "
          + (region.isEmpty() ? "" : region + " ") + postal + ", " + country;
    }
  }

  /** A random address in a US metro (5-digit ZIP from its prefix, ZIP+4 known). */
  static Address usAddress(SplittableRandom r, Vocab.City c) {
    int unitKind = r.nextInt(10) < 3 ? 0 : -1;
    String unit = unitKind < 0 ? null
        : r.nextBoolean() ? Integer.toString(Rand.between(r, 1, 40) * 100 + Rand.between(r, 1, 20))
            : Rand.between(r, 1, 12) + "" + (char) ('A' + r.nextInt(6));
    return new Address(Rand.between(r, 10, 9899), Rand.pick(r, Vocab.STREETS),
        r.nextInt(Vocab.SUFFIXES.length), unitKind, unit, c.city(), c.region(),
        c.zip3() + String.format(Locale.ROOT, "%02d", Rand.between(r, 1, 99)),
        String.format(Locale.ROOT, "%04d", Rand.between(r, 1, 9999)), "US");
  }

  /** A random address abroad, with a postal code in the country's shape. */
  static Address abroadAddress(SplittableRandom r, Vocab.City c) {
    String postal = switch (c.country()) {
      case "CA" -> c.zip3() + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26)) + r.nextInt(10);
      case "GB" -> c.zip3() + (c.zip3().length() == 2 ? "" : "A") + " " + r.nextInt(10)
          + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
      case "DE" -> c.zip3() + Rand.digits(r, 2);
      case "MX" -> c.zip3() + Rand.digits(r, 2);
      default -> c.zip3() + r.nextInt(10);
    };
    int unitKind = r.nextInt(10) < 4 ? 0 : -1;
    return new Address(Rand.between(r, 1, 400), Rand.pick(r, Vocab.STREETS),
        r.nextInt(Vocab.SUFFIXES.length), unitKind, unitKind < 0 ? null
            : Integer.toString(Rand.between(r, 1, 30)), c.city(), c.region(), postal, null,
        c.country());
  }

  /** An ABA routing number: 8 digits starting with a real prefix, plus the check digit. */
  static String routing(SplittableRandom r) {
    String eight = Rand.pick(r, Vocab.ROUTING_PREFIXES) + Rand.digits(r, 4);
    return eight + abaCheckDigit(eight);
  }

  /** The ABA check digit: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
  static int abaCheckDigit(String eight) {
    int[] w = {3, 7, 1, 3, 7, 1, 3, 7};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += w[i] * (eight.charAt(i) - '0');
    }
    return (10 - sum % 10) % 10;
  }

  static boolean abaValid(String nine) {
    return nine != null && nine.matches("\\d{9}")
        && abaCheckDigit(nine.substring(0, 8)) == nine.charAt(8) - '0';
  }

  /** A valid IBAN of {@code country} (GB or DE), grouped by four with spaces or not. */
  static String iban(SplittableRandom r, String country) {
    String bban = country.equals("GB")
        ? Rand.pick(r, new String[] {"NWBK", "BARC", "LOYD", "HBUK", "MIDL"}) + Rand.digits(r, 14)
        : Rand.pick(r, new String[] {"10070000", "10010010", "20041111", "50010517", "37040044"})
            + Rand.digits(r, 10);
    String check = ibanCheck(country, bban);
    String iban = country + check + bban;
    if (r.nextInt(3) == 0) {
      return iban;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      sb.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
    }
    return sb.toString();
  }

  static String ibanCheck(String country, String bban) {
    String rearranged = bban + country + "00";
    StringBuilder num = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int mod = new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
    return String.format(Locale.ROOT, "%02d", 98 - mod);
  }

  private static final String BASE58 =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  /** An Ethereum-style address (0x + 40 hex) or a Tron USDT address (T + 33 base58). */
  static String wallet(SplittableRandom r) {
    if (r.nextBoolean()) {
      return "0x" + Rand.hex(r, 20);
    }
    StringBuilder sb = new StringBuilder("T");
    for (int i = 0; i < 33; i++) {
      sb.append(BASE58.charAt(r.nextInt(BASE58.length())));
    }
    return sb.toString();
  }
}
