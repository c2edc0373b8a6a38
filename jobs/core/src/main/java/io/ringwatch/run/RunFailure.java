package io.ringwatch.run;

/** A run that cannot go on for a reason the user can act on (missing dataset, too many rejects). */
public class RunFailure extends RuntimeException {
  public RunFailure(String message) {
    super(message);
  }

  public RunFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
