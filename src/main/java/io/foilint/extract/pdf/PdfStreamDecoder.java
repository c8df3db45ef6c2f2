package io.foilint.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Decodes a stream's whole filter chain, one filter after another, as foilint's own loop rather
 * than PDFBox's: PDFBox 3 drops a filter named twice in a chain ({@code [/FlateDecode
 * /FlateDecode]} is decoded once, so the text inside is never seen). Every stage writes into a
 * {@link Spill} that counts its bytes, stops at a cap and moves to a temp file past a few
 * megabytes, so neither a bomb nor a large honest stream is held on the heap.
 *
 * <p>Flate is inflated here (not by PDFBox's lenient filter, which returns what it has when the
 * data is cut short) so a damaged or truncated stream is known as such. Image codecs (DCT, JPX,
 * CCITT, JBIG2) end a chain and are not decoded: what they hold is a picture, and the renderer
 * decodes it subsampled.
 */
final class PdfStreamDecoder {

  /** What decoding a stream found. */
  record Result(long bytes, boolean overCap, String damage, boolean imageCodec) {
    boolean damaged() {
      return damage != null;
    }
  }

  /** Filters whose output is a picture; a chain stops before them. */
  static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
      COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION,
      COSName.JBIG2_DECODE);

  private PdfStreamDecoder() {}

  /** The stream's filter names, in order, with PDFBox's abbreviations kept as written. */
  static List<COSName> filters(COSStream s) {
    COSBase f = s.getFilters();
    if (f instanceof COSName name) {
      return List.of(name);
    }
    List<COSName> names = new ArrayList<>();
    if (f instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        COSBase item = array.getObject(i);
        if (item instanceof COSObject o) {
          item = o.getObject();
        }
        if (item instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** True when PDFBox would decode the chain wrongly: it removes repeated filter names. */
  static boolean pdfboxDropsFilters(COSStream s) {
    List<COSName> names = filters(s);
    return names.size() > 1 && new HashSet<>(names).size() < names.size();
  }

  /** Decodes and counts, keeping nothing. */
  static Result count(COSStream s, long cap) {
    try (Spill out = new Spill(cap, false)) {
      return decode(s, out);
    }
  }

  /**
   * Decodes into {@code out} (which the caller closes); the result says how far it got. Stops
   * before a trailing image codec.
   */
  static Result decode(COSStream s, Spill out) {
    List<COSName> names = filters(s);
    int stages = names.size();
    boolean image = stages > 0 && IMAGE_CODECS.contains(names.get(stages - 1));
    if (image) {
      stages--;
    }
    String damage = null;
    Spill input = null;
    try {
      try (InputStream raw = s.createRawInputStream()) {
        if (stages == 0) {
          if (!out.keep) {
            // nothing to decode: the stored length is the size
            long n = Math.max(0, s.getLength());
            if (n > out.cap) {
              return new Result(out.cap, true, null, image);
            }
            return new Result(n, false, null, image);
          }
          raw.transferTo(out);
          return new Result(out.count, false, null, image);
        }
        for (int i = 0; i < stages; i++) {
          Spill target = i == stages - 1 ? out : new Spill(out.cap, true);
          try (InputStream in = input == null ? raw : input.read()) {
            String d = stage(names.get(i), s, i, in, target);
            if (d != null && damage == null) {
              damage = d;
            }
          } finally {
            if (input != null) {
              input.close();
            }
          }
          input = target == out ? null : target;
        }
      }
    } catch (Spill.Full full) {
      return new Result(out.cap, true, damage, image);
    } catch (IOException | RuntimeException e) {
      damage = damage != null ? damage : "it could not be decoded";
    } finally {
      if (input != null) {
        input.close();
      }
    }
    return new Result(out.count, false, damage, image);
  }

  /** One filter: returns a description of the damage, or null when it decoded cleanly. */
  private static String stage(COSName name, COSStream s, int index, InputStream in, Spill out)
      throws IOException {
    if ((COSName.FLATE_DECODE.equals(name) || COSName.FLATE_DECODE_ABBREVIATION.equals(name))
        && !hasPredictor(s, index)) {
      return inflate(in, out);
    }
    Filter filter = FilterFactory.INSTANCE.getFilter(name);
    filter.decode(in, out, s, index);
    return null;
  }

  private static boolean hasPredictor(COSStream s, int index) {
    COSBase parms = s.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
    if (parms instanceof COSArray a) {
      parms = index < a.size() ? a.getObject(index) : null;
    }
    return parms instanceof COSDictionary d && d.getInt(COSName.PREDICTOR, 1) > 1;
  }

  /**
   * Inflates a zlib stream; the two-byte header is read here and the data inflated raw, so a
   * missing checksum (common, harmless) is not taken for damage but data that stops before its
   * last block is.
   */
  private static String inflate(InputStream in, Spill out) throws IOException {
    int b0 = in.read();
    int b1 = in.read();
    if (b0 < 0 || b1 < 0) {
      return b0 < 0 ? null : "its compressed data is cut short";
    }
    boolean zlib = (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0 && (b1 & 0x20) == 0;
    Inflater inflater = new Inflater(true);
    try {
      byte[] buf = new byte[16384];
      byte[] result = new byte[65536];
      if (!zlib) {
        // Raw deflate without a header: some writers leave it out; inflate from the first byte.
        inflater.setInput(new byte[] {(byte) b0, (byte) b1});
      }
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int n = in.read(buf);
          if (n < 0) {
            return "its compressed data is cut short";
          }
          inflater.setInput(buf, 0, n);
        }
        int n = inflater.inflate(result);
        if (n > 0) {
          out.write(result, 0, n);
        } else if (inflater.needsDictionary()) {
          return "it needs a preset dictionary";
        }
      }
      return null;
    } catch (DataFormatException e) {
      return "its compressed data is damaged";
    } finally {
      inflater.end();
    }
  }

  /**
   * An output that counts, stops at a cap ({@link Full}) and, when it keeps what it is given,
   * holds up to 4 MB in memory and the rest in a temp file.
   */
  static final class Spill extends OutputStream implements AutoCloseable {
    private static final int IN_MEMORY = 4 * 1024 * 1024;

    final long cap;
    final boolean keep;
    long count;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;

    Spill(long cap, boolean keep) {
      this.cap = cap;
      this.keep = keep;
    }

    /** Thrown to stop a decoder; an IOException so filters pass it up. */
    static final class Full extends IOException {
      Full() {
        super("decoded size cap reached");
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (count + len > cap) {
        count = cap;
        throw new Full();
      }
      count += len;
      if (!keep) {
        return;
      }
      if (fileOut == null && memory.size() + len > IN_MEMORY) {
        file = io.foilint.extract.TempFiles.createTempFile("pdf-", ".bin");
        file.toFile().deleteOnExit();
        fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file));
        memory.writeTo(fileOut);
        memory = null;
      }
      if (fileOut != null) {
        fileOut.write(b, off, len);
      } else {
        memory.write(b, off, len);
      }
    }

    /** The bytes kept so far. */
    InputStream read() throws IOException {
      if (fileOut != null) {
        fileOut.flush();
        return new java.io.BufferedInputStream(Files.newInputStream(file));
      }
      return new ByteArrayInputStream(memory == null ? new byte[0] : memory.toByteArray());
    }

    /** The first {@code max} bytes kept. */
    byte[] head(int max) throws IOException {
      try (InputStream in = read()) {
        return in.readNBytes(max);
      }
    }

    @Override
    public void close() {
      try {
        if (fileOut != null) {
          fileOut.close();
        }
        if (file != null) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        // a temp file left behind is removed at exit (deleteOnExit)
      }
      memory = null;
    }
  }
}
