package dev.ownership.checker;

import java.util.List;
import java.util.Map;

/**
 * JSON written by hand, so that the checker jar needs no JSON library for its SARIF log ({@link
 * SarifWriter}): maps (in their iteration order), lists, strings, numbers and booleans, indented by
 * two spaces.
 */
final class Json {
  private Json() {}

  /** The JSON text of a value made of maps with string keys, lists, strings, numbers, booleans. */
  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, "", sb);
    return sb.toString();
  }

  private static void write(Object value, String indent, StringBuilder sb) {
    String inner = indent + "  ";
    if (value instanceof Map<?, ?> map) {
      sb.append('{');
      String sep = "\n";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(sep).append(inner);
        string((String) e.getKey(), sb);
        sb.append(": ");
        write(e.getValue(), inner, sb);
        sep = ",\n";
      }
      sb.append(map.isEmpty() ? "}" : "\n" + indent + "}");
    } else if (value instanceof List<?> list) {
      sb.append('[');
      String sep = "\n";
      for (Object element : list) {
        sb.append(sep).append(inner);
        write(element, inner, sb);
        sep = ",\n";
      }
      sb.append(list.isEmpty() ? "]" : "\n" + indent + "]");
    } else if (value instanceof String s) {
      string(s, sb);
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  /**
   * A JSON string: quotes, backslashes and control characters escaped (RFC 8259 §7), and a lone
   * surrogate written as its code (backslash, {@code u}, four hex digits), since it has no UTF-8
   * form.
   */
  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          boolean pair =
              Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1));
          if (pair) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
