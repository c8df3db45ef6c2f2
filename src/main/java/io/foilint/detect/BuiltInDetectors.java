package io.foilint.detect;

import io.foilint.detect.failclosed.EncryptedFileDetector;
import io.foilint.detect.failclosed.LimitExceededDetector;
import io.foilint.detect.failclosed.UnreadableFileDetector;
import java.util.List;
import java.util.function.Supplier;

/** Every built-in detector, in report order. */
public final class BuiltInDetectors {

  public static final List<Supplier<Detector>> ALL =
      List.of(EncryptedFileDetector::new, UnreadableFileDetector::new, LimitExceededDetector::new);

  private BuiltInDetectors() {}

  public static List<Detector> newInstances() {
    return ALL.stream().map(Supplier::get).toList();
  }

  public static List<RuleInfo> rules() {
    return newInstances().stream().map(Detector::info).toList();
  }
}
