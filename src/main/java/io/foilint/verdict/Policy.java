package io.foilint.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.foilint.detect.DetectorSettings;
import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's adjustments to the built-in rules: a rule's findings can be given another
 * severity or switched off. Read from JSON or YAML:
 *
 * <pre>
 * rules:
 *   data-validation-list: off
 *   comments: block
 *   hidden-columns: { severity: review }
 * </pre>
 *
 * <p>The fail-closed rules (a file that could not be inspected) cannot be relaxed: a policy that
 * tries is refused, because it would let unread files pass.
 */
public final class Policy {

  /** Rules whose findings mean "not inspected"; no policy may lower them. */
  public static final Set<String> FAIL_CLOSED_RULES =
      Set.of("unreadable-file", "limit-exceeded", "encrypted-file");

  public static final Policy DEFAULT = new Policy(Map.of(), DetectorSettings.DEFAULT, List.of());

  /** rule id → new severity; an empty Optional switches the rule off. */
  private final Map<String, Optional<Severity>> overrides;

  private final DetectorSettings settings;

  private final List<Waiver> waivers;

  /**
   * An officer's recorded decision to release a file although a rule flags it: the file's SHA-256,
   * the rule, why, and who decided. It applies to that exact file only; any change to the file
   * changes its hash and the waiver no longer applies.
   */
  public record Waiver(String sha256, String rule, String reason, String by) {}

  private Policy(Map<String, Optional<Severity>> overrides, DetectorSettings settings, List<Waiver> waivers) {
    this.overrides = Map.copyOf(overrides);
    this.settings = settings;
    this.waivers = List.copyOf(waivers);
  }

  public List<Waiver> waivers() {
    return waivers;
  }

  /** Whether any waiver exists (only then do files need hashing). */
  public boolean hasWaivers() {
    return !waivers.isEmpty();
  }

  /** What the detectors are told (e.g. the small-count threshold of the chosen preset). */
  public DetectorSettings settings() {
    return settings;
  }

  /** Thrown for a policy file that is malformed or names unknown rules. */
  public static final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
      super(message);
    }
  }

  public static Policy load(Path file, Collection<RuleInfo> knownRules) throws PolicyException {
    JsonNode root;
    try {
      String text = Files.readString(file);
      ObjectMapper mapper =
          text.stripLeading().startsWith("{") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
      root = mapper.readTree(text);
    } catch (IOException e) {
      throw new PolicyException("cannot read policy " + file + ": " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PolicyException("policy " + file + " must be a JSON or YAML object with a 'rules' map");
    }
    Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
    JsonNode rules = root.path("rules");
    if (!rules.isMissingNode() && !rules.isObject()) {
      throw new PolicyException("'rules' in " + file + " must be a map of rule id to severity");
    }
    Set<String> known = new java.util.HashSet<>();
    knownRules.forEach(r -> known.add(r.id()));
    Iterator<Map.Entry<String, JsonNode>> it = rules.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      if (!known.contains(id)) {
        throw new PolicyException("policy names an unknown rule '" + id + "' (see: foilint rules)");
      }
      JsonNode v = e.getValue();
      String setting = v.isObject() ? v.path("severity").asText("") : v.asText("");
      if (v.isBoolean()) {
        setting = v.asBoolean() ? "" : "off";
      }
      if (FAIL_CLOSED_RULES.contains(id)) {
        throw new PolicyException(
            "rule '" + id + "' reports files that could not be inspected; a policy cannot relax it");
      }
      overrides.put(id, parseSetting(id, setting));
    }
    return new Policy(overrides, settings(root, file), waivers(root, file, known));
  }

  /**
   * {@code waivers: [{file: <sha256>, rule: <id>, reason: "...", by: "..."}]}. Every field is
   * required: a waiver without a reason or a name is not a recorded decision.
   */
  private static List<Waiver> waivers(JsonNode root, Path file, Set<String> known) throws PolicyException {
    JsonNode list = root.path("waivers");
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new PolicyException("'waivers' in " + file + " must be a list");
    }
    List<Waiver> out = new ArrayList<>();
    for (JsonNode w : list) {
      String hash = w.path("file").asText("").trim().toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "");
      String rule = w.path("rule").asText("").trim();
      String reason = w.path("reason").asText("").trim();
      String by = w.path("by").asText("").trim();
      if (!hash.matches("[0-9a-f]{64}")) {
        throw new PolicyException("a waiver in " + file + " needs 'file': the file's SHA-256 (64 hex digits)");
      }
      if (!known.contains(rule)) {
        throw new PolicyException("a waiver in " + file + " names an unknown rule '" + rule + "'");
      }
      if (FAIL_CLOSED_RULES.contains(rule)) {
        throw new PolicyException("rule '" + rule + "' reports files that could not be inspected; it cannot be waived");
      }
      if (reason.isEmpty() || by.isEmpty()) {
        throw new PolicyException("a waiver in " + file + " needs a 'reason' and who decided ('by')");
      }
      out.add(new Waiver(hash, rule, reason, by));
    }
    return out;
  }

  /**
   * The findings as this policy sees them for a file with the given SHA-256 (null when unknown):
   * re-graded, dropped when their rule is off, and turned into INFO notes where a waiver covers
   * the file and rule.
   */
  public List<Finding> apply(List<Finding> findings, String sha256) {
    List<Finding> graded = apply(findings);
    if (waivers.isEmpty() || sha256 == null) {
      return graded;
    }
    List<Finding> out = new ArrayList<>(graded.size());
    for (Finding f : graded) {
      Waiver w = waivers.stream()
          .filter(x -> x.sha256().equals(sha256) && x.rule().equals(f.rule()))
          .findFirst().orElse(null);
      if (w == null || f.severity() == Severity.INFO) {
        out.add(f);
      } else {
        out.add(new Finding(f.rule(), Severity.INFO, f.location(),
            "Waived by " + w.by() + " (" + w.reason() + "): " + f.message(), f.evidence(), f.fix(),
            new Finding.Waiver(w.reason(), w.by())));
      }
    }
    return out;
  }

  /**
   * {@code disclosure-control: default | nhs | ons} picks the small-count threshold (4, 7, 9);
   * {@code small-count-threshold: N} sets it outright.
   */
  private static DetectorSettings settings(JsonNode root, Path file) throws PolicyException {
    DetectorSettings s = DetectorSettings.DEFAULT;
    JsonNode preset = root.path("disclosure-control");
    if (!preset.isMissingNode()) {
      s = DetectorSettings.preset(preset.asText(""));
      if (s == null) {
        throw new PolicyException("'disclosure-control' in " + file + " must be one of "
            + new java.util.TreeSet<>(DetectorSettings.DISCLOSURE_CONTROL_PRESETS.keySet())
            + ", not '" + preset.asText() + "'");
      }
    }
    JsonNode threshold = root.path("small-count-threshold");
    if (!threshold.isMissingNode()) {
      if (!threshold.canConvertToInt() || threshold.asInt() < 1 || threshold.asInt() > 99) {
        throw new PolicyException("'small-count-threshold' in " + file + " must be a whole number from 1 to 99");
      }
      s = new DetectorSettings(threshold.asInt());
    }
    return s;
  }

  private static Optional<Severity> parseSetting(String id, String setting) throws PolicyException {
    String s = setting.trim().toLowerCase(Locale.ROOT);
    if (s.equals("off") || s.equals("false") || s.equals("none")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Severity.parse(s));
    } catch (IllegalArgumentException ex) {
      throw new PolicyException(
          "rule '" + id + "': severity must be block, review, info or off, not '" + setting + "'");
    }
  }

  /** The findings as this policy sees them: re-graded, or dropped when their rule is off. */
  public List<Finding> apply(List<Finding> findings) {
    if (overrides.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Optional<Severity> o = overrides.get(f.rule());
      if (o == null) {
        out.add(f);
      } else {
        o.ifPresent(s -> out.add(f.withSeverity(s)));
      }
    }
    return out;
  }

  public Map<String, Optional<Severity>> overrides() {
    return overrides;
  }
}
