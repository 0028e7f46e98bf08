import java.util.*;

// StringBuilder and StringBuffer are modelled for mutation (append, insert, delete, ...)
// but have no views or iterators: building a string in a loop over a list is silent.
class StringBuilderLoops {
  private final StringBuilder log = new StringBuilder();

  String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p);
    }
    return sb.toString();
  }

  String joinMapEntries(Map<String, Integer> map) {
    StringBuffer sb = new StringBuffer("{");
    for (Map.Entry<String, Integer> e : map.entrySet()) {
      sb.append(e.getKey()).append('=').append(e.getValue()).append(';');
    }
    sb.setLength(sb.length() - 1);
    return sb.append('}').toString();
  }

  void logEach(List<String> lines) {
    lines.forEach(l -> log.append(l).append('\n'));
    for (String l : lines) {
      log.insert(0, l.length());
      log.deleteCharAt(log.length() - 1);
    }
  }

  String reverseWords(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.split(" ")) {
      sb.insert(0, new StringBuilder(w).reverse()).insert(0, ' ');
    }
    sb.delete(0, 1);
    return sb.toString();
  }

  // The builder is edited while its own contents are read.
  String squeezeSpaces(StringBuilder sb) {
    for (int i = sb.length() - 1; i > 0; i--) {
      if (sb.charAt(i) == ' ' && sb.charAt(i - 1) == ' ') {
        sb.deleteCharAt(i);
      }
    }
    sb.replace(0, 0, "");
    return sb.toString();
  }

  // The string from toString() is a copy.
  String doubled(StringBuilder sb) {
    String before = sb.toString();
    sb.append(before);
    for (char c : sb.toString().toCharArray()) {
      sb.append(c);
    }
    return sb.toString();
  }

  // The list's loop also appends to a list afterwards: the loop is over.
  void summarize(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.charAt(0));
    }
    lines.add(sb.toString());
  }
}
