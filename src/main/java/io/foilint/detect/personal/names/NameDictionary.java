package io.foilint.detect.personal.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Offline dictionaries of first names and surnames. The bundled one ({@link #bundled()}) is read
 * from the lists in this package's resources (sources and licences in {@code PROVENANCE.md} there
 * and in {@code docs/personal-data-sources.md}) the first time it is asked for, once per JVM, and
 * is immutable and safe to share between threads.
 *
 * <p>Names are kept as sorted arrays of {@link NameKey canonical keys} searched by binary search:
 * about 44,000 short strings, a few MB of heap, no per-lookup allocation beyond the key itself.
 *
 * <p>Lookups accept a name as written: any case, accents, straight or curly apostrophes. A
 * hyphenated name counts when every part is known ({@code Smith-Jones}, {@code Anne-Marie}). A
 * surname with a {@code Mc}/{@code Mac}, {@code O'} or {@code D'} prefix counts when the whole is
 * known or the rest is a known name of at least three letters ({@code McAllister}, {@code
 * O'Hagan}, {@code D'Arcy}).
 */
public final class NameDictionary {

  private static final String[] FIRST_NAME_FILES = {
    "first-names-moby.txt",
    "first-names-ssa.txt",
    "first-names-faker-en-in.txt",
    "first-names-foilint.txt",
  };
  private static final String[] SURNAME_FILES = {
    "surnames-moby.txt", "surnames-faker-en.txt", "surnames-faker-en-in.txt", "surnames-foilint.txt",
  };

  private final String[] firstNames;
  private final String[] surnames;

  private NameDictionary(String[] firstNames, String[] surnames) {
    this.firstNames = firstNames;
    this.surnames = surnames;
  }

  /** The dictionary built from the bundled lists, loaded on first use. */
  public static NameDictionary bundled() {
    return Bundled.INSTANCE;
  }

  /** A dictionary of the given names (written any way; they are normalised), for tests and tools. */
  public static NameDictionary of(Collection<String> firstNames, Collection<String> surnames) {
    return new NameDictionary(keys(firstNames), keys(surnames));
  }

  /** Whether {@code name} is a known first name. */
  public boolean isFirstName(String name) {
    return known(firstNames, name, false);
  }

  /** Whether {@code name} is a known surname (see the class comment for prefixes and hyphens). */
  public boolean isSurname(String name) {
    return known(surnames, name, true);
  }

  /** Number of distinct first-name keys. */
  public int firstNameCount() {
    return firstNames.length;
  }

  /** Number of distinct surname keys. */
  public int surnameCount() {
    return surnames.length;
  }

  private boolean known(String[] list, String name, boolean surname) {
    if (name == null) {
      return false;
    }
    String trimmed = name.strip();
    if (trimmed.indexOf('-') >= 0) {
      String[] parts = trimmed.split("-", -1);
      for (String part : parts) {
        if (!knownWord(list, part, surname)) {
          return false;
        }
      }
      return parts.length > 0;
    }
    return knownWord(list, trimmed, surname);
  }

  private boolean knownWord(String[] list, String word, boolean surname) {
    String key = NameKey.of(word);
    if (key == null) {
      return false;
    }
    if (Arrays.binarySearch(list, key) >= 0) {
      return true;
    }
    if (!surname) {
      return false;
    }
    // Patronymic and particle prefixes: Mc/Mac/O'/D' + a known name is a surname even when the
    // list lacks the whole.
    String rest = null;
    if (key.startsWith("mac") && key.length() >= 6) {
      rest = key.substring(3);
    } else if (key.startsWith("mc") && key.length() >= 5) {
      rest = key.substring(2);
    } else if (key.length() >= 4 && "OoDd".indexOf(word.charAt(0)) >= 0
        && NameKey.isApostrophe(word.charAt(1))) {
      rest = key.substring(1);
    }
    return rest != null
        && (Arrays.binarySearch(surnames, rest) >= 0 || Arrays.binarySearch(firstNames, rest) >= 0);
  }

  private static String[] keys(Collection<String> names) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String name : names) {
      String key = NameKey.of(name);
      if (key != null) {
        sorted.add(key);
      }
    }
    return sorted.toArray(new String[0]);
  }

  private static String[] load(String[] files) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String file : files) {
      try (InputStream in = NameDictionary.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("bundled name list missing from the build: " + file);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String key = NameKey.of(line);
          if (key != null) {
            sorted.add(key);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled name list " + file, e);
      }
    }
    return sorted.toArray(new String[0]);
  }

  /** Initialisation-on-demand holder: the JVM guarantees one thread-safe, lazy load. */
  private static final class Bundled {
    static final NameDictionary INSTANCE =
        new NameDictionary(load(FIRST_NAME_FILES), load(SURNAME_FILES));
  }
}
