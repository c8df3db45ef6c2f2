package io.foilint.detect;

import java.util.Locale;
import java.util.Map;

/**
 * Settings a policy gives the detectors that take any (most take none).
 *
 * @param smallCountThreshold counts from 1 up to this are "small" in statistical tables
 */
public record DetectorSettings(int smallCountThreshold) {

  /** FOI practice: counts of 1–4 are reviewed. */
  public static final DetectorSettings DEFAULT = new DetectorSettings(4);

  /** Named disclosure-control rules a policy can choose: NHS Digital suppresses 1–7, the ONS 1–9. */
  public static final Map<String, Integer> DISCLOSURE_CONTROL_PRESETS =
      Map.of("default", 4, "nhs", 7, "ons", 9);

  public DetectorSettings {
    if (smallCountThreshold < 1 || smallCountThreshold > 99) {
      throw new IllegalArgumentException("small-count threshold must be 1 to 99, not " + smallCountThreshold);
    }
  }

  /** The preset's settings, e.g. {@code nhs}; null when there is no such preset. */
  public static DetectorSettings preset(String name) {
    Integer t = DISCLOSURE_CONTROL_PRESETS.get(name.trim().toLowerCase(Locale.ROOT));
    return t == null ? null : new DetectorSettings(t);
  }

  /** Implemented by detectors that take settings; called once, before any event. */
  public interface Configurable {
    void configure(DetectorSettings settings);
  }
}
