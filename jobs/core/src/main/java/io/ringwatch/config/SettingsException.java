package io.ringwatch.config;

/** A setting that is missing, malformed or out of range. The message is one line naming it. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
