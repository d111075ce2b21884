package org.policykb.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of the API, stated once: its name, where it goes, its type, default, limits, values and
 * description. The router checks requests against it ({@link #check}), the OpenAPI document renders it, and the
 * workbench reads its URL state from that document, so a default or a limit is never written twice.
 *
 * <p>A value is given once unless the parameter {@link Shape#REPEATED repeats} ({@code source=A&source=B}) or is a
 * {@link Shape#COMMA_LIST comma-separated list} ({@code facets=year,source}). A blank single value is the default.
 * Lengths and patterns are checked where the value is read (with messages that say more); their bounds are the
 * constants this table points at.
 *
 * @param label the workbench's name for a filter (发文地区), null for other parameters
 * @param filter whether it is one of the filters that name a subcorpus ({@link FilterParameters})
 */
public record Parameter(
    String name,
    In in,
    Type type,
    Shape shape,
    boolean required,
    String defaultValue,
    Long min,
    Long max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    List<String> choices,
    List<String> example,
    String description,
    String label,
    boolean filter) {
  /** Values a repeated parameter may take at once. */
  public static final int MAX_VALUES = 100;

  /** Where the parameter is given. */
  public enum In {
    QUERY,
    PATH
  }

  /** What one value is. */
  public enum Type {
    STRING,
    INTEGER,
    BOOLEAN
  }

  /** How many values it takes and how. */
  public enum Shape {
    ONE,
    REPEATED,
    COMMA_LIST
  }

  public Parameter {
    choices = List.copyOf(choices);
    example = List.copyOf(example);
  }

  // ---- how the table states parameters

  /** A string given once. */
  public static Parameter text(String name, String description) {
    return new Parameter(name, In.QUERY, Type.STRING, Shape.ONE, false, null, null, null, null, null, null, List.of(),
        List.of(), description, null, false);
  }

  /** An integer given once, {@code min..max}, {@code defaultValue} when absent (null: none). */
  public static Parameter integer(String name, Integer defaultValue, long min, long max, String description) {
    return new Parameter(name, In.QUERY, Type.INTEGER, Shape.ONE, false, defaultValue == null ? null : defaultValue.toString(),
        min, max, null, null, null, List.of(), List.of(), description, null, false);
  }

  /** {@code true} or {@code false}, in any case. */
  public static Parameter bool(String name, boolean defaultValue, String description) {
    return new Parameter(name, In.QUERY, Type.BOOLEAN, Shape.ONE, false, Boolean.toString(defaultValue), null, null, null, null,
        null, List.of(), List.of(), description, null, false);
  }

  /** One of an enum's values, by name in lower case (read in any case); {@code absent} (may be null) when not given. */
  public static <E extends Enum<E>> Parameter choice(String name, Class<E> values, E absent, String description) {
    return new Parameter(name, In.QUERY, Type.STRING, Shape.ONE, false, absent == null ? null : lower(absent), null, null, null,
        null, null, names(values), List.of(), description, null, false);
  }

  /** Comma-separated values of an enum, each once. */
  public static <E extends Enum<E>> Parameter choices(String name, Class<E> values, String description) {
    return new Parameter(name, In.QUERY, Type.STRING, Shape.COMMA_LIST, false, null, null, null, null, null, null, names(values),
        List.of(), description, null, false);
  }

  /** Comma-separated values among {@code values}, each once. */
  public static Parameter commaList(String name, List<String> values, String description) {
    return new Parameter(name, In.QUERY, Type.STRING, Shape.COMMA_LIST, false, null, null, null, null, null, null, values,
        List.of(), description, null, false);
  }

  /** A string that may be given up to {@value #MAX_VALUES} times. */
  public static Parameter repeated(String name, String description) {
    return new Parameter(name, In.QUERY, Type.STRING, Shape.REPEATED, false, null, null, null, 1, null, null, List.of(), List.of(),
        description, null, false);
  }

  /** A string of the path. */
  public static Parameter path(String name, String description) {
    return new Parameter(name, In.PATH, Type.STRING, Shape.ONE, true, null, null, null, null, null, null, List.of(), List.of(),
        description, null, false);
  }

  public Parameter asRequired() {
    return new Parameter(name, in, type, shape, true, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, filter);
  }

  /** Its length in characters, as the reader of the value checks it. */
  public Parameter length(Integer minLength, Integer maxLength) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, filter);
  }

  /** The regular expression its values match (checked by their reader). */
  public Parameter pattern(String pattern) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, filter);
  }

  /** Values of its own, not of an enum (as a filter's levels are names). */
  public Parameter values(List<String> choices) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, filter);
  }

  /** What it is when not given, as the answer states it. */
  public Parameter withDefault(String defaultValue) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, filter);
  }

  public Parameter example(String... example) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices,
        Arrays.asList(example), description, label, filter);
  }

  /** This parameter as a filter of subcorpora, with the workbench's name for it. */
  public Parameter filter(String label) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, true);
  }

  /** This parameter under another name and description, not a filter of the workbench's (a reference's filters). */
  public Parameter renamed(String name, String description) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, null, false);
  }

  /** This parameter, not required. */
  public Parameter optional() {
    return new Parameter(name, in, type, shape, false, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, filter);
  }

  /** This parameter with another description (one name used by several endpoints in different senses). */
  public Parameter describe(String description) {
    return new Parameter(name, in, type, shape, required, defaultValue, min, max, minLength, maxLength, pattern, choices, example,
        description, label, filter);
  }

  // ---- checking a request

  /**
   * Checks what a request gives for this parameter (no value: an empty list) as the router does before any handler
   * reads it: how often it is given, integers, booleans, and values among the choices. An integer's bounds are
   * checked when it is read ({@link #integerValue}), as one endpoint's bound may depend on another parameter (a
   * concordance exported takes more lines than a page).
   *
   * @throws InvalidRequestException naming the parameter and what it takes
   */
  public void check(List<String> given) {
    if (given.isEmpty()) {
      return;
    }
    if (shape != Shape.REPEATED && given.size() > 1) {
      throw new InvalidRequestException(name + " is given " + given.size() + " times; give it once");
    }
    if (shape == Shape.REPEATED) {
      if (given.size() > MAX_VALUES) {
        throw new InvalidRequestException(name + " is given " + given.size() + " times; the limit is " + MAX_VALUES);
      }
      for (String v : given) {
        if (v == null || v.isBlank()) {
          throw new InvalidRequestException(name + " must not be empty");
        }
      }
    }
    String value = given.get(0);
    if (shape == Shape.ONE && (value == null || value.isBlank())) {
      return;
    }
    switch (type) {
      case INTEGER -> parse(value);
      case BOOLEAN -> booleanValue(value);
      case STRING -> {
        if (!choices.isEmpty()) {
          for (String v : shape == Shape.COMMA_LIST ? commaItems(value) : given) {
            if (!choices.contains(v.strip().toLowerCase(Locale.ROOT)) && !choices.contains(v.strip())) {
              throw new InvalidRequestException(name + " must be " + (shape == Shape.COMMA_LIST ? "a comma-separated list of " : "")
                  + spoken(choices) + ", was '" + v + "'");
            }
          }
        }
      }
    }
  }

  /** The integer given, or the default (null when it has none); checked against the bounds. */
  public Integer integerValue(String raw) {
    if (raw == null || raw.isBlank()) {
      return defaultValue == null ? null : Integer.valueOf(defaultValue);
    }
    return within(parse(raw), max);
  }

  /** The integer given, or the default; checked against the minimum and {@code max} instead of this one's maximum. */
  public Integer integerValue(String raw, long max) {
    if (raw == null || raw.isBlank()) {
      return defaultValue == null ? null : Integer.valueOf(defaultValue);
    }
    return within(parse(raw), max);
  }

  private long parse(String raw) {
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " must be an integer, was '" + raw + "'");
    }
  }

  private int within(long value, Long max) {
    if (min != null && value < min || max != null && value > max) {
      throw new InvalidRequestException(name + " must be " + min + ".." + max + ", was " + value);
    }
    return (int) value;
  }

  /** The boolean given, or the default. */
  public boolean booleanValue(String raw) {
    if (raw == null || raw.isBlank()) {
      return Boolean.parseBoolean(defaultValue);
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRequestException(name + " must be true or false, was '" + raw + "'");
    };
  }

  private List<String> commaItems(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      if (item.isBlank()) {
        throw new InvalidRequestException(name + " is a comma-separated list of " + spoken(choices)
            + ", with no empty entry: '" + value + "'");
      }
      items.add(item);
    }
    return items;
  }

  /** "a, b or c". */
  static String spoken(List<String> names) {
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static <E extends Enum<E>> List<String> names(Class<E> values) {
    return Arrays.stream(values.getEnumConstants()).map(Parameter::lower).toList();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
