package io.foilint.extract;

/**
 * The file cannot be fully inspected. Always ends in a BLOCK verdict naming {@link #reason()}.
 * The message is for a disclosure officer: plain words, no stack trace, no file content.
 */
public final class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a file could not be inspected. */
  public enum Reason {
    ENCRYPTED("encrypted"),
    CORRUPT("corrupt"),
    TRUNCATED("truncated"),
    UNSUPPORTED("unsupported format"),
    DUPLICATE_ZIP_ENTRY("duplicate zip entry names"),
    XML_ENTITY("XML entity declarations"),
    LIMIT_EXCEEDED("over a limit"),
    TIMEOUT("time limit");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Reason reason;

  public ExtractionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ExtractionException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
