package io.foilint.store;

import io.foilint.scan.FileReport;
import java.util.List;

/** An input as the store holds it: how many files it inspected and their reports. */
public record StoredInput(int inspected, List<FileReport> reports) {

  public StoredInput {
    reports = List.copyOf(reports);
  }
}
