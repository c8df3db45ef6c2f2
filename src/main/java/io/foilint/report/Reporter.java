package io.foilint.report;

import io.foilint.scan.ScanReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a scan's results in one format. Reporters only format: evidence arrives masked. */
public interface Reporter {

  void write(ScanReport report, Writer out) throws IOException;
}
