package io.foilint.model;

import java.util.Map;

/**
 * A structural fact about a file (see {@link FactKind} for what each kind carries).
 *
 * @param kind what sort of fact
 * @param location where it is
 * @param name the fact's own name (property name, defined name, part name)
 * @param value its value (property value, target path); may hold personal data and is masked
 *     before any report shows it
 * @param attrs further details by kind-specific key; never null
 */
public record Fact(FactKind kind, Location location, String name, String value, Map<String, String> attrs) {

  public Fact {
    name = name == null ? "" : name;
    value = value == null ? "" : value;
    attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
  }

  public Fact(FactKind kind, Location location, String name, String value) {
    this(kind, location, name, value, Map.of());
  }

  /** The attribute under a typed key, or its type's empty value (0, false, "") when absent. */
  public <T> T get(FactAttr<T> key) {
    return key.read(attrs);
  }

  public String attr(String key) {
    return attrs.getOrDefault(key, "");
  }

  public int intAttr(String key) {
    try {
      return Integer.parseInt(attrs.getOrDefault(key, "0").trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public boolean flag(String key) {
    return Boolean.parseBoolean(attrs.get(key));
  }
}
