package io.foilint.bench;

import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Baseline (a): only inflate every worksheet's XML (or, with a second argument, every part whose
 * name starts with it: {@code word/}), discarding the bytes.
 */
public final class InflateSheets {

  private InflateSheets() {}

  public static void main(String[] args) throws Exception {
    long total = 0;
    String prefix = args.length > 1 ? args[1] : null;
    try (ZipFile zip = new ZipFile(args[0])) {
      Enumeration<? extends ZipEntry> e = zip.entries();
      byte[] buf = new byte[1 << 16];
      while (e.hasMoreElements()) {
        ZipEntry entry = e.nextElement();
        if (prefix != null ? entry.getName().startsWith(prefix)
            : entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
          try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buf)) > 0) {
              total += n;
            }
          }
        }
      }
    }
    System.out.println("inflated " + total + " bytes");
  }
}
