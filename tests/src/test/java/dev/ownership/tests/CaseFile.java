package dev.ownership.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case: a Java source file whose expected diagnostics are written in the Checker Framework's
 * comment form, {@code // :: error: [use.after.move]} on the line before the reported line.
 * Several such comments in a row all apply to the next line that is not one of them.
 */
final class CaseFile {

  /** An expected or actual diagnostic: where, of which kind, under which key. */
  record Expectation(long line, String kind, String key) implements Comparable<Expectation> {
    @Override
    public int compareTo(Expectation o) {
      int c = Long.compare(line, o.line);
      if (c != 0) {
        return c;
      }
      c = kind.compareTo(o.kind);
      return c != 0 ? c : key.compareTo(o.key);
    }

    @Override
    public String toString() {
      return line + ": " + kind + ": [" + key + "]";
    }
  }

  private static final Pattern MARKER = Pattern.compile("^\\s*// :: (error|warning):(.*)$");
  private static final Pattern KEY = Pattern.compile("\\[([a-z][a-z.]*)\\]");
  /** A line {@code // javac: -Xfoo -Xbar} gives the compilation those options. */
  private static final Pattern OPTIONS = Pattern.compile("^// javac: (.+)$");

  private static final Pattern REQUIRES = Pattern.compile("//\\s*requires:\\s*java\\s*(\\d+)");

  final Path file;
  final String source;
  final List<Expectation> expected;
  final int requiredJava;
  final List<String> options = new ArrayList<>();

  private CaseFile(Path file, String source, List<Expectation> expected, int requiredJava) {
    this.file = file;
    this.source = source;
    this.expected = expected;
    this.requiredJava = requiredJava;
  }

  static CaseFile read(Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = source.split("\n", -1);
    List<Expectation> expected = new ArrayList<>();
    List<String[]> pending = new ArrayList<>();
    int requiredJava = 17;
    List<String> options = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher opts = OPTIONS.matcher(lines[i]);
      if (opts.find()) {
        options.addAll(List.of(opts.group(1).trim().split("\\s+")));
      }
      Matcher requires = REQUIRES.matcher(lines[i]);
      if (requires.find()) {
        requiredJava = Integer.parseInt(requires.group(1));
      }
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        Matcher k = KEY.matcher(m.group(2));
        boolean any = false;
        while (k.find()) {
          pending.add(new String[] {m.group(1), k.group(1)});
          any = true;
        }
        if (!any) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": marker names no [key]");
        }
        continue;
      }
      for (String[] p : pending) {
        expected.add(new Expectation(i + 1, p[0], p[1]));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(file + ": a marker at the end applies to no line");
    }
    expected.sort(null);
    CaseFile c = new CaseFile(file, source, expected, requiredJava);
    c.options.addAll(options);
    return c;
  }

  /** The class name javac expects for the file: its public top-level class, or its file name. */
  String binaryName() {
    String name = file.getFileName().toString();
    name = name.substring(0, name.length() - ".java".length());
    Matcher pkg = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;").matcher(source);
    return pkg.find() ? pkg.group(1) + "." + name : name;
  }
}
