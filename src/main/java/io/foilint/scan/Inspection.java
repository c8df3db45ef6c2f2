package io.foilint.scan;

import io.foilint.detect.About;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import java.util.List;
import java.util.Set;

/**
 * How completely foilint looked inside one file, read from the findings of its inspection rules
 * ({@link About#INSPECTION}), so reports state it without a second source of truth:
 *
 * <ul>
 *   <li>{@code not-inspected}: the file itself could not be opened or read to the end (an
 *       {@code unreadable-file}, {@code encrypted-file} or {@code limit-exceeded} finding about
 *       the whole file, not about a part of it or a document inside it);
 *   <li>{@code partial}: the file was read, but some part of it was not ({@code uninspected-part},
 *       or one of the rules above about an embedded document);
 *   <li>{@code complete}: neither.
 * </ul>
 *
 * {@code unusual-path} is an inspection rule about how a file was reached, not about its content,
 * so it leaves the status alone.
 *
 * @param status {@code complete}, {@code partial} or {@code not-inspected}
 * @param reason the message of the first finding that set the status; empty when complete
 */
public record Inspection(String status, String reason) {

  public static final String COMPLETE = "complete";
  public static final String PARTIAL = "partial";
  public static final String NOT_INSPECTED = "not-inspected";

  private static final Set<String> WHOLE_FILE = Set.of("unreadable-file", "encrypted-file", "limit-exceeded");

  static Inspection of(List<Finding> findings) {
    Finding partial = null;
    for (Finding f : findings) {
      if (BuiltInDetectors.about(f.rule()) != About.INSPECTION || f.rule().equals("unusual-path")) {
        continue;
      }
      if (WHOLE_FILE.contains(f.rule()) && f.location().container().isEmpty()
          && f.location().place().isEmpty()) {
        return new Inspection(NOT_INSPECTED, f.message());
      }
      if (partial == null) {
        partial = f;
      }
    }
    return partial == null ? new Inspection(COMPLETE, "") : new Inspection(PARTIAL, partial.message());
  }
}
