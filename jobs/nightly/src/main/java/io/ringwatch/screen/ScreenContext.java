package io.ringwatch.screen;

import io.ringwatch.normalize.Emails;
import io.ringwatch.normalize.Phones;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.ringwatch.reference.sanctions.SanctionsEntry;
import io.ringwatch.reference.sanctions.SanctionsList;

/**
 * What executors need to score candidates: the parsed list, its name index and the settings.
 * Built once on the driver and broadcast.
 */
public final class ScreenContext implements Serializable {
  public final SanctionsList list;
  public final NameIndex index;
  public final ScreenSettings settings;
  public final NameMatcher matcher;
  private final MatchCeiling ceiling;

  public ScreenContext(SanctionsList list, ScreenSettings settings) {
    this.settings = settings;
    this.index = NameIndex.of(list, settings.includeWeakAliases(), settings.maxKeyFrequency());
    // The index's list: equal entries (it may be one kept from an earlier night), and one object,
    // so the broadcast serializes it once.
    this.list = index.list();
    this.matcher = settings.matcher(index.rarity());
    this.ceiling = matcher.ceiling();
  }

  /**
   * The score of one input name against one list name, with date of birth and gender applied:
   * {@code score} (what the threshold sees), {@code nameScore} (the matcher's, weak aliases
   * weighed), the matcher's result, notes on DOB/gender, and whether the DOB agrees to the day or
   * month ({@code dobCorroborates}: a year-only or range DOB agreeing raises the score a little but
   * corroborates nothing — one person in forty shares a birth year).
   */
  public record NameScore(double score, double nameScore, NameMatcher.Result match, String notes,
      boolean dobCorroborates) implements Serializable {}

  /**
   * Scores {@code name} (a person's when the list name is an individual's, else an entity's)
   * against list name {@code n}; {@code dob} and {@code gender} may be null. Pure: the stage and
   * the evaluation harness both call it.
   */
  public NameScore scoreName(String name, java.time.LocalDate dob, String gender, NameIndex.IndexedName n) {
    SanctionsEntry entry = list.get(n.entryIndex());
    boolean individual = entry.type() == SanctionsEntry.Type.INDIVIDUAL;
    NameMatcher.Result m = match(name, individual, n.id());
    double nameScore = settings.weigh(n, m.score());
    DobAndGender dg = DobAndGender.of(settings, entry, dob, gender);
    return new NameScore(dg.apply(nameScore), nameScore, m, dg.notes(), dg.corroborates());
  }

  /**
   * At least {@code scoreName(name, dob, gender, n).score()}, without matching: the matcher's
   * ceiling ({@link MatchCeiling}) weighed and adjusted for date of birth and gender as the score
   * is (both only ever keep a higher input higher), so the same DOB bonus is in it.
   */
  public double scoreCeiling(String name, java.time.LocalDate dob, String gender, NameIndex.IndexedName n) {
    SanctionsEntry entry = list.get(n.entryIndex());
    boolean individual = entry.type() == SanctionsEntry.Type.INDIVIDUAL;
    double nameCeiling = ceiling.of(query(name, individual).ceiling(), index.ceilingTokens(n.id()), individual);
    return DobAndGender.of(settings, entry, dob, gender).apply(settings.weigh(n, nameCeiling));
  }

  /**
   * {@link #scoreName}, or null without matching when its score cannot reach {@code threshold}
   * (the ceiling is below it): every score at or above the threshold is still returned.
   */
  public NameScore scoreNameIfReaching(String name, java.time.LocalDate dob, String gender, NameIndex.IndexedName n,
      double threshold) {
    return scoreCeiling(name, dob, gender, n) < threshold ? null : scoreName(name, dob, gender, n);
  }

  private transient java.util.concurrent.ConcurrentHashMap<String, PreparedQuery> queries;
  private transient ThreadLocal<LastName> lastName;

  /** The matches of the name a thread scored last, by list name id (see {@link #match}). */
  private record LastName(String key, java.util.Map<Integer, NameMatcher.Result> byListName) {}

  /**
   * The matcher's result for {@code name} against list name {@code id}, remembered for the name
   * the calling thread scored last: the stage scores names in name order, so a name shared by
   * several workers, or a worker's own name as the payee of their payments, is matched once.
   */
  private NameMatcher.Result match(String name, boolean person, int id) {
    if (lastName == null) {
      lastName = ThreadLocal.withInitial(() -> new LastName(null, java.util.Map.of()));
    }
    // A list name's id fixes whether it is a person's, so the name alone keys the memo.
    LastName last = lastName.get();
    if (!name.equals(last.key())) {
      last = new LastName(name, new java.util.HashMap<>());
      lastName.set(last);
    }
    return last.byListName().computeIfAbsent(id, i -> matcher.match(query(name, person).prepared(), index.prepared(i),
        person));
  }

  /** An input name ({@code name} as given) prepared for the matcher and for its ceiling. */
  private record PreparedQuery(String name, NameMatcher.Prepared prepared, CeilingTokens ceiling) {}

  /** The person's and the entity's preparation of the name the calling thread met last. */
  private transient ThreadLocal<PreparedQuery[]> lastQueries;

  /**
   * An input name prepared as a person's or an entity's, memoised (bounded): it meets many list
   * names, one after another, so the thread's last one is looked at before the shared map (whose
   * key needs the name cut and copied: a cost per candidate once matching is skipped).
   */
  private PreparedQuery query(String name, boolean person) {
    if (lastQueries == null) {
      lastQueries = ThreadLocal.withInitial(() -> new PreparedQuery[2]);
    }
    PreparedQuery[] last = lastQueries.get();
    int slot = person ? 1 : 0;
    if (last[slot] == null || !last[slot].name().equals(name)) {
      last[slot] = sharedQuery(name, person);
    }
    return last[slot];
  }

  private PreparedQuery sharedQuery(String name, boolean person) {
    if (queries == null) {
      queries = new java.util.concurrent.ConcurrentHashMap<>();
    }
    // the stage bounds names before they get here; callers that do not (the evaluation) are bounded too
    String bounded = settings.nameBound().apply(name).name();
    String key = (person ? "p:" : "e:") + bounded;
    PreparedQuery p = queries.get(key);
    if (p == null) {
      NameMatcher.Prepared prepared = NameMatcher.prepareQuery(person ? Names.person(bounded) : Names.entity(bounded));
      p = new PreparedQuery(bounded, prepared, CeilingTokens.of(prepared));
      if (queries.size() > 100_000) {
        queries.clear();
      }
      queries.put(key, p);
    }
    return p.name().equals(name) ? p : new PreparedQuery(name, p.prepared(), p.ceiling());
  }

  /** "male"/"female" from M/F/Male/Female (any case), else null. */
  static String genderOf(String g) {
    String t = g.trim().toLowerCase(Locale.ROOT);
    if (t.equals("m") || t.equals("male")) {
      return "male";
    }
    if (t.equals("f") || t.equals("female")) {
      return "female";
    }
    return null;
  }

  /** A list-side identifier: kind, comparison value, entry, and what OFAC calls it. */
  public record Identifier(String kind, String value, int entryIndex, String label, double score,
      String published) implements Serializable {}

  /** Free-mail and other shared domains: an SDN e-mail there says nothing about its domain. */
  static final Set<String> SHARED_DOMAINS = Set.of("gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
      "mail.ru", "yandex.ru", "qq.com", "163.com", "126.com", "protonmail.com", "proton.me", "aol.com",
      "icloud.com", "live.com", "github.com", "gmx.com", "inbox.ru", "bk.ru", "list.ru", "sina.com",
      "naver.com", "yahoo.co.jp", "t.me", "telegram.me", "facebook.com", "twitter.com", "x.com",
      "instagram.com", "linkedin.com", "youtube.com", "medium.com", "google.com");

  /** Every identifier of the list in comparison form (emails canonical, phones E.164, …). */
  public List<Identifier> identifiers() {
    List<Identifier> out = new ArrayList<>();
    for (int e = 0; e < list.size(); e++) {
      SanctionsEntry entry = list.get(e);
      for (String raw : entry.emails()) {
        String c = Emails.canonical(raw);
        if (c != null) {
          out.add(new Identifier("email", c, e, "Email Address", 1.0, raw));
          int at = c.indexOf('@');
          String local = c.substring(0, at);
          if (local.length() >= 6 && local.matches(".*\\d.*")) {
            out.add(new Identifier("handle", local, e, "Email Address (local part)",
                settings.handleEmailLocalPartScore(), raw));
          }
        }
      }
      for (String raw : entry.phones()) {
        String p = sdnPhone(raw);
        if (p != null) {
          out.add(new Identifier("phone", p, e, "Phone Number", 1.0, raw));
        }
      }
      // one identifier per address: an EVM address is often listed once per chain (ETH, ARB, BSC)
      java.util.Map<String, List<String>> currencies = new java.util.LinkedHashMap<>();
      java.util.Map<String, String> published = new java.util.HashMap<>();
      for (SanctionsEntry.Wallet w : entry.wallets()) {
        String k = walletKey(w.address());
        currencies.computeIfAbsent(k, x -> new ArrayList<>()).add(w.currency());
        published.putIfAbsent(k, w.address());
      }
      for (var w : currencies.entrySet()) {
        out.add(new Identifier("wallet", w.getKey(), e, "Digital Currency Address - " + String.join(" / ", w.getValue()),
            1.0, published.get(w.getKey())));
      }
      for (String raw : entry.websites()) {
        String host = host(raw);
        if (host == null) {
          continue;
        }
        String gh = githubHandle(raw);
        if (gh != null) {
          out.add(new Identifier("handle", gh, e, "Website (GitHub)", 1.0, raw));
        } else if (!SHARED_DOMAINS.contains(host)) {
          out.add(new Identifier("domain", host, e, "Website", settings.emailDomainWebsiteScore(), raw));
        }
      }
      for (SanctionsEntry.Alias a : entry.aliases()) {
        String h = a.name().trim();
        if (a.weak() && h.matches("@?[A-Za-z0-9_.-]{4,39}") && h.matches(".*[0-9_@].*")) {
          out.add(new Identifier("handle", h.replace("@", "").toLowerCase(Locale.ROOT), e,
              "a.k.a. (handle)", settings.handleAliasScore(), h));
        }
      }
    }
    return out;
  }

  /** Wallet comparison form: trimmed; EVM {@code 0x…} addresses lower-cased, others case kept. */
  public static String walletKey(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String t = raw.trim();
    return t.startsWith("0x") || t.startsWith("0X") ? t.toLowerCase(Locale.ROOT) : t;
  }

  /** SDN phone numbers are mostly international digits without '+' (8613…, 009613…). */
  static String sdnPhone(String raw) {
    String t = raw.trim();
    String digits = t.replaceAll("\\D", "");
    if (digits.length() < 7) {
      return null;
    }
    String candidate;
    if (t.startsWith("+")) {
      candidate = "+" + digits;
    } else if (digits.startsWith("00")) {
      candidate = "+" + digits.substring(2);
    } else if (digits.length() >= 11) {
      candidate = "+" + digits;
    } else {
      return null; // a national number without a country: not comparable
    }
    return Phones.toE164(candidate, "US");
  }

  /** Lower-case host of a website without {@code www.}, or null. */
  public static String host(String raw) {
    if (raw == null) {
      return null;
    }
    String t = raw.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
    int slash = t.indexOf('/');
    String h = slash >= 0 ? t.substring(0, slash) : t;
    h = h.replaceFirst("^www\\.", "");
    return h.contains(".") ? h : null;
  }

  /** The user of a github.com/&lt;user&gt; website, lower case, or null. */
  static String githubHandle(String raw) {
    String t = raw.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
    if (!t.startsWith("github.com/")) {
      return null;
    }
    String rest = t.substring("github.com/".length());
    int slash = rest.indexOf('/');
    rest = slash >= 0 ? rest.substring(0, slash) : rest;
    return rest.isEmpty() ? null : rest;
  }
}
