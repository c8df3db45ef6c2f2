package io.foilint.scan;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Detector;
import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.Limits;
import io.foilint.extract.TypeSniffer;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.source.BoundedCopy;
import io.foilint.source.PartKind;
import io.foilint.source.ZipGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Inspects one file: sniff, guard, extract (recursing into embedded documents), detect. Not
 * thread-safe; one instance per file, run on one worker thread.
 */
final class FileScan {

  private final Path file;
  private final Limits limits;
  private final DetectorFanout fanout;
  private final List<Finding> engineFindings = new ArrayList<>();
  private final Function<FileType, Optional<Extractor>> extractors;
  private volatile FileType type = FileType.UNKNOWN;
  private volatile boolean opened;

  /** Embedded documents whose fixes differ from the general one (PDF, ods), by container path. */
  private final Map<String, FileType> containerTypes = new ConcurrentHashMap<>();

  /**
   * Bytes of every embedded document copied out of this file so far, at any depth: together they
   * may not exceed {@link Limits#maxInflatedBytes()}, so a document that embeds the same large
   * workbook a thousand times, or a chain of containers each holding the next, ends in a named
   * BLOCK rather than in filling the disk or running out the clock.
   */
  private long embeddedBytes;

  /** The file's type when the engine has already sniffed it; null to sniff here. */
  private final FileType knownType;

  FileScan(
      Path file,
      FileType knownType,
      Limits limits,
      long deadlineNanos,
      Function<FileType, Optional<Extractor>> extractors,
      io.foilint.detect.DetectorSettings settings) {
    this.file = file;
    this.knownType = knownType;
    this.limits = limits;
    this.extractors = extractors;
    this.fanout = new DetectorFanout(BuiltInDetectors.newInstances(settings), deadlineNanos);
  }

  FileType type() {
    return type;
  }

  /** True once the file could be read (or measured as over the size limit): it counts as inspected. */
  boolean opened() {
    return opened;
  }

  DetectorFanout fanout() {
    return fanout;
  }

  /** Runs the whole inspection; never throws for anything the file does. */
  void run() {
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        opened = true;
        throw new ExtractionException(
            Reason.LIMIT_EXCEEDED,
            String.format(
                java.util.Locale.ROOT,
                "The file is %,d bytes, over the %,d-byte limit",
                size,
                limits.maxFileBytes()));
      }
      type = knownType != null ? knownType : TypeSniffer.sniff(file);
      opened = true;
      extract(file, type, fanout, 0, Location.of(""));
    } catch (ExtractionException e) {
      // an extractor may wrap the time-up signal as damage; the clock says what really happened
      engineFindings.add(fanout.timeUp() ? timeUp(Location.of("")) : FailClosed.of(e, Location.of("")));
    } catch (DetectorFanout.TimeUp e) {
      engineFindings.add(timeUp(Location.of("")));
    } catch (IOException e) {
      engineFindings.add(
          FailClosed.of(
              new ExtractionException(Reason.CORRUPT, "The file could not be read: " + e.getMessage(), e),
              Location.of("")));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // An exception escaping an extractor is a bug or a hostile file; either way: fail closed.
      engineFindings.add(FailClosed.internalError("reading the " + type.description(), e, Location.of("")));
    }
  }

  private Finding timeUp(Location where) {
    return FailClosed.of(ScanEngine.timeUp(limits), where);
  }

  private void extract(Path path, FileType t, ContentHandler out, int depth, Location where)
      throws IOException, ExtractionException {
    Extractor extractor =
        extractors
            .apply(t)
            .orElseThrow(
                () ->
                    new ExtractionException(
                        Reason.UNSUPPORTED,
                        t == FileType.UNKNOWN
                            ? "foilint does not recognise this kind of file"
                            : "foilint cannot inspect " + t.description() + " files yet"));
    if (t == FileType.XLSX || t == FileType.XLSB || t == FileType.ODS || t == FileType.DOCX
        || t == FileType.ODT || t == FileType.ODP) {
      guardPackage(path);
    }
    extractor.extract(path, new Context(depth, out, where), out);
  }

  private void guardPackage(Path path) throws ExtractionException {
    ZipGuard.check(path, limits);
    ZipGuard.checkPackage(path);
  }

  /** Findings of every detector plus the engine's own, in a stable order. */
  List<Finding> findings() {
    List<Finding> all = new ArrayList<>(engineFindings);
    for (Detector d : fanout.detectors()) {
      if (!fanout.failed().containsKey(d.info().id())) {
        all.addAll(d.findings());
      }
    }
    for (Map.Entry<String, RuntimeException> e : fanout.failed().entrySet()) {
      all.add(FailClosed.internalError("running rule " + e.getKey(), e.getValue(), Location.of("")));
    }
    return formatFixes(all);
  }

  /**
   * A rule's general fix speaks of Excel's menus; for findings in a PDF or an OpenDocument
   * spreadsheet (the file itself or a document embedded in it) the rule's fix for that format is
   * given instead ({@link RuleInfo#fixFor(FileType)}). Fixes a detector wrote for the finding
   * itself are kept.
   */
  private List<Finding> formatFixes(List<Finding> findings) {
    if (!hasOwnFixes(type) && containerTypes.isEmpty()) {
      return findings;
    }
    Map<String, RuleInfo> rules = new HashMap<>();
    for (Detector d : fanout.detectors()) {
      rules.put(d.info().id(), d.info());
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      RuleInfo rule = rules.get(f.rule());
      FileType in = f.location().container().isEmpty() ? type
          : containerTypes.getOrDefault(f.location().container(), FileType.UNKNOWN);
      if (rule != null && hasOwnFixes(in) && f.fix().equals(rule.fix())) {
        f = new Finding(f.rule(), f.severity(), f.location(), f.message(), f.evidence(), rule.fixFor(in), f.waiver());
      }
      out.add(f);
    }
    return out;
  }

  private static boolean hasOwnFixes(FileType t) {
    return t == FileType.PDF || t == FileType.ODS || t == FileType.FODS;
  }

  /** The engine as an extractor sees it, for the document at one nesting depth. */
  private final class Context implements ExtractionContext {
    private final int depth;
    private final ContentHandler out;
    private final Location where;

    Context(int depth, ContentHandler out, Location where) {
      this.depth = depth;
      this.out = out;
      this.where = where;
    }

    @Override
    public Limits limits() {
      return limits;
    }

    @Override
    public void checkPackage(Path zipPackage) throws ExtractionException {
      guardPackage(zipPackage);
    }

    @Override
    public void checkDeadline() throws ExtractionException {
      if (fanout.timeUp()) {
        throw new ExtractionException(Reason.TIMEOUT, "time limit reached");
      }
    }

    @Override
    public void embedded(String name, InputStream content) throws IOException {
      Location child = new Location(inner(name), "", "");
      if (depth + 1 > limits.maxNestingDepth()) {
        engineFindings.add(
            FailClosed.of(
                new ExtractionException(
                    Reason.LIMIT_EXCEEDED,
                    "Embedded documents are nested more than " + limits.maxNestingDepth() + " deep"),
                child));
        return;
      }
      Path tmp = null;
      try {
        tmp = copyWithinBudget(name, content);
        FileType childType = TypeSniffer.sniff(tmp);
        if (childType == FileType.ZIP) {
          zipOfFiles(name, tmp, child);
          return;
        }
        if (childType == FileType.UNKNOWN) {
          notRead(name, tmp);
          return;
        }
        if (hasOwnFixes(childType)) {
          containerTypes.put(child.container(), childType);
        }
        // out already places events inside this document; the child adds only its own name
        extract(tmp, childType, new LocatingHandler(name, out), depth + 1, child);
      } catch (ExtractionException e) {
        engineFindings.add(FailClosed.of(e, child));
      } catch (DetectorFanout.TimeUp e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        engineFindings.add(FailClosed.internalError("reading embedded document " + name, e, child));
      } finally {
        if (tmp != null) {
          BoundedCopy.delete(tmp);
        }
      }
    }

    /** The embedded document copied to a temp file, within the per-document and total limits. */
    private Path copyWithinBudget(String name, InputStream content) throws IOException, ExtractionException {
      long total = limits.maxInflatedBytes();
      long left = Math.max(0, total - embeddedBytes);
      try {
        Path tmp = BoundedCopy.toNamedTempFile(content, Math.min(limits.maxFileBytes(), left),
            "Embedded document '" + name + "'", name);
        embeddedBytes += Files.size(tmp);
        return tmp;
      } catch (ExtractionException e) {
        if (e.reason() != Reason.LIMIT_EXCEEDED || left >= limits.maxFileBytes()) {
          throw e;
        }
        embeddedBytes = total; // what comes after is over the total too, however small
        throw new ExtractionException(Reason.LIMIT_EXCEEDED, String.format(Locale.ROOT,
            "The documents embedded in this file come to more than %,d bytes together when"
                + " unpacked; '%s' was not read", total, name));
      }
    }

    /**
     * A zip inside the document (an attachment, an embedded package): checked as a bundle is,
     * then each file in it read as an embedded document of this one, named {@code zip!/entry};
     * an entry no decoder here can read is BLOCK on its own.
     */
    private void zipOfFiles(String name, Path zipPath, Location child) throws IOException {
      Map<Long, ExtractionException> unreadable;
      try {
        unreadable = ZipGuard.checkBundle(zipPath, limits);
      } catch (ExtractionException e) {
        engineFindings.add(FailClosed.of(e, child));
        return;
      }
      Context inside = new Context(depth + 1, new LocatingHandler(name, out), child);
      try (ZipFile zip = ZipFile.builder().setPath(zipPath).get()) {
        for (ZipArchiveEntry entry : BundleEntries.files(zip)) {
          Location at = new Location(inside.inner(entry.getName()), "", "");
          if (BundleEntries.escapesFolder(entry.getName())) {
            engineFindings.add(BundleEntries.zipSlip(at));
          }
          ExtractionException problem = unreadable.get(entry.getLocalHeaderOffset());
          if (problem != null) {
            engineFindings.add(FailClosed.of(problem, at));
            continue;
          }
          try (InputStream in = zip.getInputStream(entry)) {
            inside.embedded(entry.getName(), in);
          }
        }
      }
    }

    /**
     * An embedded object of no kind foilint reads. Pictures are listed by the embedded-objects
     * rule already; anything else is reported as not inspected, never dropped in silence.
     */
    private void notRead(String name, Path copy) throws IOException {
      byte[] head = new byte[PartKind.HEAD];
      int n;
      try (InputStream in = Files.newInputStream(copy)) {
        n = in.readNBytes(head, 0, head.length);
      }
      PartKind kind = PartKind.sniff(head, n);
      if (kind == PartKind.EMPTY || kind == PartKind.PICTURE) {
        return;
      }
      long size = Files.size(copy);
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("bytes", Long.toString(size));
      attrs.put("kind", kind.name().toLowerCase(Locale.ROOT));
      attrs.put("embedded", "true");
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
          String.format(Locale.ROOT, "embedded object, %,d bytes, %s, of no kind foilint can read",
              size, kind.description()),
          attrs));
    }

    private String inner(String name) {
      return where.container().isEmpty() ? name : where.container() + "!/" + name;
    }
  }
}
