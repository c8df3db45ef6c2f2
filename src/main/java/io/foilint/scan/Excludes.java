package io.foilint.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the user asked to leave out ({@code --exclude GLOB}, repeatable). A glob without a
 * {@code /} is matched against every file or folder name ({@code *.tmp}, {@code .git}, {@code
 * ~$*}); one with a {@code /} against the path below the folder being scanned ({@code
 * 2015/drafts/**}), or against the path as given for a file named on the command line or in
 * {@code --files-from}. An excluded folder is not entered. Excluded paths are counted, so the run
 * can say how many it left out; nothing else is ever skipped by name.
 */
public final class Excludes {

  public static final Excludes NONE = new Excludes(List.of());

  private final List<PathMatcher> byName = new ArrayList<>();
  private final List<PathMatcher> byPath = new ArrayList<>();
  private final AtomicLong excluded = new AtomicLong();

  public Excludes(List<String> globs) {
    for (String g : globs) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
      (g.contains("/") ? byPath : byName).add(m);
    }
  }

  public boolean isEmpty() {
    return byName.isEmpty() && byPath.isEmpty();
  }

  /** Whether {@code relative} (below the scanned folder, or a path as given) is left out; counted. */
  boolean test(Path relative) {
    // the folder being scanned is relative path "" (one empty name, which a bare * matches)
    if (isEmpty() || relative.toString().isEmpty()) {
      return false;
    }
    Path name = relative.getFileName();
    boolean hit = (name != null && byName.stream().anyMatch(m -> m.matches(name)))
        || byPath.stream().anyMatch(m -> m.matches(relative));
    if (hit) {
      excluded.incrementAndGet();
    }
    return hit;
  }

  /** How many files and folders were left out so far (a folder counts once, not its contents). */
  public long excluded() {
    return excluded.get();
  }
}
