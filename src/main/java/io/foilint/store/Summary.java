package io.foilint.store;

import io.foilint.verdict.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of stored files by verdict, per folder and per year last modified: where the files that
 * need taking down sit, and from when. A bundle entry counts in the bundle's folder.
 */
public final class Summary {

  /** Files per verdict under one key (a folder or a year). */
  public static final class Counts {
    private final EnumMap<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);

    void add(Verdict v) {
      byVerdict.merge(v, 1, Integer::sum);
    }

    public int get(Verdict v) {
      return byVerdict.getOrDefault(v, 0);
    }

    public int total() {
      return byVerdict.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final Map<String, Counts> byFolder = new TreeMap<>();
  private final Map<String, Counts> byYear = new TreeMap<>();
  private final Counts all = new Counts();

  public static Summary of(List<StoreQuery.StoredFile> files) {
    Summary s = new Summary();
    for (StoreQuery.StoredFile f : files) {
      Verdict v = f.report().verdict();
      s.byFolder.computeIfAbsent(folder(f.report().path()), k -> new Counts()).add(v);
      s.byYear.computeIfAbsent(f.modifiedAt() == null ? "unknown" : f.modifiedAt().substring(0, 4),
          k -> new Counts()).add(v);
      s.all.add(v);
    }
    return s;
  }

  /** The folder of the file on disk: {@code a/b/bundle.zip!/x/y.csv} is in {@code a/b}. */
  static String folder(String path) {
    int inner = path.indexOf("!/");
    String onDisk = inner < 0 ? path : path.substring(0, inner);
    int slash = onDisk.lastIndexOf('/');
    return slash < 0 ? "." : slash == 0 ? "/" : onDisk.substring(0, slash);
  }

  public Map<String, Counts> byFolder() {
    return byFolder;
  }

  public Map<String, Counts> byYear() {
    return byYear;
  }

  public Counts all() {
    return all;
  }
}
