package io.foilint.detect.structure;

import java.util.ArrayList;
import java.util.List;

/** Optional details of a finding, shown as {@code " (a, b)"} when any is present. */
final class Details {

  private final List<String> items = new ArrayList<>();

  Details add(String item) {
    if (item != null && !item.isBlank()) {
      items.add(item);
    }
    return this;
  }

  @Override
  public String toString() {
    return items.isEmpty() ? "" : " (" + String.join(", ", items) + ")";
  }
}
