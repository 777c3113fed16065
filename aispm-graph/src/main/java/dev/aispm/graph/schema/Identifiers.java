package dev.aispm.graph.schema;

import java.util.regex.Pattern;

/**
 * Validation of names that end up inlined in Cypher text.
 *
 * <p>Labels and relationship types cannot be passed as query parameters, so the query builder
 * inlines them; accepting only plain identifiers here is what keeps that safe.
 */
public final class Identifiers {
  private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");
  private static final Pattern REL_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern PROPERTY = Pattern.compile("[a-z][A-Za-z0-9_]{0,63}");

  private Identifiers() {}

  /** Returns the label when it is a CamelCase identifier, else throws. */
  public static String requireLabel(String label) {
    if (label == null || !LABEL.matcher(label).matches()) {
      throw new IllegalArgumentException("not a valid node label: " + label);
    }
    return label;
  }

  /** Returns the type when it is an UPPER_SNAKE identifier, else throws. */
  public static String requireRelType(String type) {
    if (type == null || !REL_TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("not a valid relationship type: " + type);
    }
    return type;
  }

  /** Returns the name when it is a lowerCamel identifier, else throws. */
  public static String requireProperty(String name) {
    if (name == null || !PROPERTY.matcher(name).matches()) {
      throw new IllegalArgumentException("not a valid property name: " + name);
    }
    return name;
  }
}
