package io.foilint.detect.pdf;

import io.foilint.detect.Evidence;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wording helpers for the PDF rules ("3 lines", "a, b and 4 more") and masked samples. */
final class PdfWords {

  private PdfWords() {}

  static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  static String count(long n, String singular, String plural) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(n) + " " + (n == 1 ? singular : plural);
  }

  /** {@code a, b, c} or {@code a, b, c and 5 more} when {@code total} exceeds what is listed. */
  static String listWithMore(List<String> items, long total) {
    String joined = String.join(", ", items);
    long more = total - items.size();
    return more > 0 ? joined + " and " + NumberFormat.getIntegerInstance(Locale.UK).format(more) + " more" : joined;
  }

  /** Keeps the first few values, masked on arrival so no raw value is held. */
  static final class Samples {
    private final int max;
    private final List<String> masked = new ArrayList<>();

    Samples(int max) {
      this.max = max;
    }

    void offer(String raw) {
      if (masked.size() < max && raw != null && !raw.isBlank()) {
        masked.add(Evidence.mask(raw));
      }
    }

    boolean isEmpty() {
      return masked.isEmpty();
    }

    @Override
    public String toString() {
      return String.join("; ", masked);
    }
  }

  /** Up to {@code max} distinct items, in arrival order. */
  static void addUpTo(List<String> list, String item, int max) {
    if (list.size() < max && !list.contains(item)) {
      list.add(item);
    }
  }
}
