package io.foilint.extract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes PDFs object by object, as a hostile or broken writer would: whatever dictionaries,
 * filter chains and page trees a test needs, which PDFBox's own writer would not produce. Object
 * numbers are the order of {@link #add} calls, from 1; object 1 must be the catalog.
 */
public final class RawPdf {

  /** Writes a stream's data to the file; given the output, it writes and returns its length. */
  public interface Data {
    void write(OutputStream out) throws IOException;
  }

  private record Obj(String dict, Data data) {}

  private final List<Obj> objects = new ArrayList<>();
  private final List<Integer> missing = new ArrayList<>();

  /** Adds a plain object; returns its number. */
  public int add(String dict) {
    objects.add(new Obj(dict, null));
    return objects.size();
  }

  /** Adds a stream whose dictionary is {@code dict} without /Length (written here). */
  public int stream(String dict, byte[] data) {
    return stream(dict, out -> out.write(data));
  }

  public int stream(String dict, Data data) {
    objects.add(new Obj(dict, data));
    return objects.size();
  }

  /** Leaves an object number out of the file (a reference to it points nowhere). */
  public int reserveMissing() {
    objects.add(null);
    missing.add(objects.size());
    return objects.size();
  }

  public Path write(Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        CountingOut out = new CountingOut(new java.io.BufferedOutputStream(raw))) {
      out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
      long[] offsets = new long[objects.size()];
      for (int i = 0; i < objects.size(); i++) {
        Obj o = objects.get(i);
        if (o == null) {
          continue;
        }
        offsets[i] = out.count;
        ascii(out, (i + 1) + " 0 obj\n");
        if (o.data() == null) {
          ascii(out, o.dict());
        } else {
          // The data goes to a temp file first so its length is known without holding it.
          Path tmp = Files.createTempFile("rawpdf", ".bin");
          try {
            try (OutputStream t = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
              o.data().write(t);
            }
            String dict = o.dict().trim();
            dict = dict.substring(0, dict.length() - 2) + " /Length " + Files.size(tmp) + " >>";
            ascii(out, dict + "\nstream\n");
            Files.copy(tmp, out);
            ascii(out, "\nendstream");
          } finally {
            Files.delete(tmp);
          }
        }
        ascii(out, "\nendobj\n");
      }
      long xref = out.count;
      StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
      for (int i = 0; i < objects.size(); i++) {
        x.append(objects.get(i) == null ? "0000000000 00000 f \n" : String.format("%010d 00000 n \n", offsets[i]));
      }
      x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
          .append(xref).append("\n%%EOF\n");
      ascii(out, x.toString());
    }
    return file;
  }

  private static void ascii(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  public static byte[] deflate(byte[] b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(o)) {
      d.write(b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return o.toByteArray();
  }

  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A one-line page content stream showing {@code text} in Helvetica (resource /F1). */
  public static byte[] showText(String text) {
    return ascii("BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET");
  }

  public static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

  /**
   * A zlib stream that inflates to {@code megabytes} MB of spaces, written without ever holding
   * more than a megabyte: deflating identical megabytes with a sync flush gives identical bytes
   * once the window is full, so the middle is one block repeated.
   */
  public static void spacesBomb(OutputStream out, long megabytes) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) ' ');
    Deflater d = new Deflater(9);
    byte[] first = flushed(d, chunk);
    byte[] steady = flushed(d, chunk);
    d.end();
    out.write(first);
    Adler32 adler = new Adler32();
    adler.update(chunk);
    for (long i = 1; i < megabytes; i++) {
      out.write(steady);
      adler.update(chunk);
    }
    out.write(new byte[] {3, 0}); // an empty final block
    long a = adler.getValue();
    out.write(new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a});
  }

  private static byte[] flushed(Deflater d, byte[] input) {
    d.setInput(input);
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    int n;
    do {
      n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
      o.write(buf, 0, n);
    } while (n == buf.length || !d.needsInput());
    return o.toByteArray();
  }

  private static final class CountingOut extends java.io.FilterOutputStream {
    long count;

    CountingOut(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
