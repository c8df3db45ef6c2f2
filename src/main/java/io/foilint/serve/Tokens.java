package io.foilint.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The bearer tokens the service accepts: one a line in a file ({@code #} starts a comment) or
 * separated by commas or spaces in {@code FOILINT_TOKENS}. Compared in constant time, so a
 * caller cannot learn a token character by character from response times.
 */
public final class Tokens {

  /** No token: only allowed on a loopback address. */
  public static final Tokens NONE = new Tokens(List.of());

  private final List<byte[]> tokens;

  private Tokens(List<byte[]> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  public static Tokens of(String... values) {
    List<byte[]> list = new ArrayList<>();
    for (String v : values) {
      add(list, v);
    }
    return new Tokens(list);
  }

  /** Tokens from a file, one a line; blank lines and lines starting with # are skipped. */
  public static Tokens fromFile(Path file) throws IOException {
    List<byte[]> list = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!t.startsWith("#")) {
        add(list, t);
      }
    }
    return new Tokens(list);
  }

  /** Tokens from an environment variable's value: separated by commas or white space. */
  public static Tokens fromEnv(String value) {
    return value == null ? NONE : of(value.split("[,\\s]+"));
  }

  private static void add(List<byte[]> list, String token) {
    String t = token.strip();
    if (!t.isEmpty()) {
      list.add(t.getBytes(StandardCharsets.UTF_8));
    }
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  public int size() {
    return tokens.size();
  }

  /** Whether an {@code Authorization} header carries one of the tokens. */
  public boolean admits(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (byte[] t : tokens) {
      ok |= MessageDigest.isEqual(t, given); // every token compared: no early exit to time
    }
    return ok;
  }
}
