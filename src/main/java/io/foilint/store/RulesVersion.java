package io.foilint.store;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Detector;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import io.foilint.extract.Limits;
import io.foilint.verdict.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What a stored result was judged by: {@code <foilint version>+<12 hex digits>}, the digits from
 * a SHA-256 over everything that can change a verdict without changing the file — each built-in
 * rule (id, severity, since) and the compiled bytes of its detector class, the policy (severity
 * overrides, detector settings, waivers) and the limits (file size, time, zip limits). A stored
 * result whose rules version differs from the run's is scanned again; so a new release, a changed
 * detector, another {@code --policy} or {@code --max-file-size} re-scans everything once.
 */
public final class RulesVersion {

  private RulesVersion() {}

  public static String of(String toolVersion, Policy policy, Limits limits) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Supplier<Detector> s : BuiltInDetectors.ALL) {
        Detector d = s.get();
        RuleInfo r = d.info();
        add(md, "rule " + r.id() + " " + r.severity() + " " + r.since());
        md.update(classBytes(d.getClass()));
      }
      Map<String, String> overrides = new TreeMap<>();
      for (Map.Entry<String, Optional<Severity>> e : policy.overrides().entrySet()) {
        overrides.put(e.getKey(), e.getValue().map(Enum::name).orElse("off"));
      }
      add(md, "overrides " + overrides);
      add(md, "settings " + policy.settings());
      add(md, "waivers " + policy.waivers());
      add(md, "limits " + limits);
      return toolVersion + "+" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  private static void add(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  /** The class file as loaded; its name if the class loader does not show it. */
  private static byte[] classBytes(Class<?> c) {
    String name = c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getClassLoader().getResourceAsStream(name)) {
      return in == null ? name.getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
    } catch (IOException e) {
      return name.getBytes(StandardCharsets.UTF_8);
    }
  }
}
