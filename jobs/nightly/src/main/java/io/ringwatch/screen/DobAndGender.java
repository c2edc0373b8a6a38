package io.ringwatch.screen;

import io.ringwatch.reference.sanctions.SanctionsEntry;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a record's date of birth and gender do to a name score against one entry: found without
 * matching the name, so the score and its ceiling ({@link ScreenContext#scoreCeiling}) apply the
 * same change. {@link #apply} never lowers a higher name score below a lower one's result (it adds,
 * subtracts and clamps), so applied to a ceiling of the name score it gives a ceiling of the score.
 */
final class DobAndGender {
  private final ScreenSettings settings;
  private final LocalDate dob;
  private final String gender;
  private final SanctionsEntry entry;
  /** The most precise published DOB the record's falls in; null when none does or none is compared. */
  private final SanctionsEntry.Dob agreeing;
  private final boolean dobContradicts;
  private final boolean genderContradicts;
  private final boolean corroborates;

  private DobAndGender(ScreenSettings settings, SanctionsEntry entry, LocalDate dob, String gender) {
    this.settings = settings;
    this.entry = entry;
    this.dob = dob;
    this.gender = gender;
    boolean individual = entry.type() == SanctionsEntry.Type.INDIVIDUAL;
    SanctionsEntry.Dob best = null;
    boolean compared = individual && dob != null && !entry.dobs().isEmpty();
    if (compared) {
      for (SanctionsEntry.Dob x : entry.dobs()) {
        if (x.covers(dob, settings.circaToleranceYears())
            && (best == null || x.to().toEpochDay() - x.from().toEpochDay()
                < best.to().toEpochDay() - best.from().toEpochDay())) {
          best = x; // the most precise agreeing DOB
        }
      }
    }
    this.agreeing = best;
    this.dobContradicts = compared && best == null;
    this.corroborates = best != null && !best.circa() && best.to().toEpochDay() - best.from().toEpochDay() <= 31;
    String g = gender == null ? null : ScreenContext.genderOf(gender);
    String listed = entry.gender() == null ? null : ScreenContext.genderOf(entry.gender());
    this.genderContradicts = individual && g != null && listed != null && !g.equals(listed);
  }

  /** {@code dob} and {@code gender} may be null. */
  static DobAndGender of(ScreenSettings settings, SanctionsEntry entry, LocalDate dob, String gender) {
    return new DobAndGender(settings, entry, dob, gender);
  }

  /** The DOB agrees to the day or month (a year or range agreeing raises the score, corroborates nothing). */
  boolean corroborates() {
    return corroborates;
  }

  private double bonus() {
    return corroborates ? settings.dobAgreeBonus() : settings.dobPartialAgreeBonus();
  }

  /** The score the threshold sees, from the (weighed) name score. */
  double apply(double nameScore) {
    double score = nameScore;
    if (agreeing != null) {
      score = Math.min(1.0, score + bonus());
    } else if (dobContradicts) {
      score = Math.max(0.0, score - settings.dobContradictPenalty());
    }
    if (genderContradicts) {
      score = Math.max(0.0, score - settings.genderContradictPenalty());
    }
    return score;
  }

  /** The evidence of what applied (empty when nothing did). */
  String notes() {
    StringBuilder notes = new StringBuilder();
    if (agreeing != null) {
      notes.append(String.format(Locale.ROOT, "; date of birth %s agrees with DOB %s (%s, +%.2f)", dob,
          agreeing.text(), corroborates ? "day or month" : "year or range only", bonus()));
    } else if (dobContradicts) {
      notes.append(String.format(Locale.ROOT, "; date of birth %s contradicts DOB %s (-%.2f)", dob,
          String.join(" / ", entry.dobs().stream().map(SanctionsEntry.Dob::text).toList()),
          settings.dobContradictPenalty()));
    }
    if (genderContradicts) {
      notes.append(String.format(Locale.ROOT, "; gender %s contradicts Gender %s (-%.2f)", gender, entry.gender(),
          settings.genderContradictPenalty()));
    }
    return notes.toString();
  }
}
