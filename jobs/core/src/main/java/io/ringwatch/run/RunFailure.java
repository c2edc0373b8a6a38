package io.ringwatch.run;

/**
 * A run that cannot go on for a reason the user can act on. Its {@link Kind} is the exit status a
 * scheduler sees (../shared/contracts/cli.md "Exit status"), so a DAG can tell a late export from a
 * failed quality gate without reading the message.
 */
public class RunFailure extends RuntimeException {
  /** Why a run stopped, and the exit status that says it. */
  public enum Kind {
    /** A command-line argument or setting is wrong or missing ({@code SettingsException} exits with the same status). */
    USAGE(2),
    /** An input or reference dataset is missing or cannot be read at all. */
    INPUT(3),
    /** The data was read but fails a quality gate (too many rejects, a shrunken sanctions list, `check`). */
    QUALITY(4),
    /** The output root cannot be used: another run holds it, a published table is damaged, it is unreachable. */
    OUTPUT(5);

    private final int exitStatus;

    Kind(int exitStatus) {
      this.exitStatus = exitStatus;
    }

    public int exitStatus() {
      return exitStatus;
    }
  }

  private final Kind kind;

  private RunFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static RunFailure usage(String message) {
    return new RunFailure(Kind.USAGE, message, null);
  }

  public static RunFailure input(String message) {
    return new RunFailure(Kind.INPUT, message, null);
  }

  public static RunFailure input(String message, Throwable cause) {
    return new RunFailure(Kind.INPUT, message, cause);
  }

  public static RunFailure quality(String message) {
    return new RunFailure(Kind.QUALITY, message, null);
  }

  public static RunFailure output(String message) {
    return new RunFailure(Kind.OUTPUT, message, null);
  }

  public static RunFailure output(String message, Throwable cause) {
    return new RunFailure(Kind.OUTPUT, message, cause);
  }
}
