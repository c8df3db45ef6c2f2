package io.foilint.detect.structure;

import io.foilint.detect.Evidence;
import java.util.ArrayList;
import java.util.List;

/** Keeps the first few values, masked on arrival so no raw value is ever held. */
final class MaskedSamples {

  private final int max;
  private final List<String> masked = new ArrayList<>();

  MaskedSamples(int max) {
    this.max = max;
  }

  void offer(String raw) {
    if (masked.size() < max && raw != null && !raw.isBlank()) {
      masked.add(Evidence.mask(raw));
    }
  }

  /** Offers a whole row as one sample ({@code S**** | J | C*****}), at most four cells of it. */
  void offerRow(List<String> rawCells) {
    if (masked.size() >= max) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (String v : rawCells) {
      if (parts.size() == 4) {
        parts.add("…");
        break;
      }
      if (v != null && !v.isBlank()) {
        parts.add(Evidence.mask(v));
      }
    }
    if (!parts.isEmpty()) {
      masked.add(String.join(" | ", parts));
    }
  }

  /** Adds another list's samples, up to this one's limit. */
  void addAll(MaskedSamples other) {
    for (String m : other.masked) {
      if (masked.size() < max) {
        masked.add(m);
      }
    }
  }

  boolean isFull() {
    return masked.size() >= max;
  }

  boolean isEmpty() {
    return masked.isEmpty();
  }

  @Override
  public String toString() {
    return String.join("; ", masked);
  }
}
