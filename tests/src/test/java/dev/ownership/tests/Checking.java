package dev.ownership.tests;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.ownership.checker.OwnershipChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles sources with the ownership checker, in-process, and reads back its diagnostics. */
final class Checking {
  private Checking() {}

  private static final Pattern KEYED = Pattern.compile("^\\[([a-z][a-z.]*)\\]");

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new OwnershipChecker()).withOptions(options).compile(sources);
  }

  static Compilation compile(String binaryName, String source, String... options) {
    return compile(List.of(options), JavaFileObjects.forSourceString(binaryName, source));
  }

  /**
   * Every error and warning as (line, kind, key). A diagnostic without a key is javac's own; it is
   * kept under the key {@code javac} so that a case that does not compile fails visibly.
   */
  static List<CaseFile.Expectation> diagnostics(Compilation compilation) {
    List<CaseFile.Expectation> result = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String kind;
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        kind = "error";
      } else if (d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        kind = "warning";
      } else {
        continue;
      }
      String message = d.getMessage(Locale.ROOT);
      Matcher m = KEYED.matcher(message);
      result.add(
          new CaseFile.Expectation(
              d.getLineNumber(), kind, m.find() ? m.group(1) : "javac: " + message));
    }
    result.sort(null);
    return result;
  }

  /** Every note's line and text, in order: the checker's secondary positions. */
  static List<String> notes(Compilation compilation) {
    List<String> result = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE && d.getSource() != null) {
        result.add(d.getLineNumber() + ":" + d.getColumnNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return result;
  }
}
