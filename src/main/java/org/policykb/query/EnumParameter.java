package org.policykb.query;

import java.util.Arrays;
import java.util.Locale;

/** Reads a parameter that takes one of an enum's values, by name in any case: the one place that rule lives. */
public final class EnumParameter {
  private EnumParameter() {}

  /**
   * @param parameter the parameter's name, for the message
   * @param absent what a missing or blank value means
   * @throws InvalidRequestException naming the parameter and the values it takes
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value, E absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(parameter + " must be " + choices(type) + ", was '" + value + "'");
    }
  }

  /** "a, b or c", in lower case. */
  static String choices(Class<? extends Enum<?>> type) {
    return Parameter.spoken(Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
  }
}
