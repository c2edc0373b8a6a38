package io.ringwatch.synth;

import java.util.Set;
import picocli.CommandLine;

/**
 * The value of {@code --variations} (generate, calibrate): a comma-separated list of
 * {@link Variation} names, {@code all} or {@code none}. An unknown name is refused with one line
 * that lists the known ones.
 */
public record VariationsOption(Set<Variation> set) {
  public static final String DESCRIPTION = "habits of other companies to switch on, comma-separated, "
      + "'all' or 'none' (jobs/docs/generator-variations.md): egress-abroad, contractors-abroad, "
      + "national-placeholders, cloud-desktops, moved-without-hr, hr-typos, large-households, "
      + "foreign-company, shared-devices";

  /** picocli's converter. */
  public static final class Converter implements CommandLine.ITypeConverter<VariationsOption> {
    @Override
    public VariationsOption convert(String value) {
      try {
        return new VariationsOption(Variation.parse(value));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
