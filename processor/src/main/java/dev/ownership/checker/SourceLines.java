package dev.ownership.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree;
import java.io.IOException;

/**
 * The source line and caret under the first line of an error, for the compilers that print a
 * diagnostic's message alone. javac on the command line prints them itself; Maven's compiler
 * plugin, which compiles in process through a diagnostic listener, prints only {@code
 * FILE:[LINE,COLUMN] message}. {@code -Aownership.sourceLines=true|false} overrides the choice.
 */
final class SourceLines {
  /** Option that forces the source lines on ({@code true}) or off ({@code false}). */
  static final String OPTION = "ownership.sourceLines";

  private final boolean on;
  private CompilationUnitTree cachedRoot;
  private CharSequence cachedText;

  private SourceLines(boolean on) {
    this.on = on;
  }

  static SourceLines of(String option) {
    if (option != null) {
      return new SourceLines(Boolean.parseBoolean(option));
    }
    return new SourceLines(listenerPrintsMessageOnly());
  }

  /**
   * True if Maven's compiler plugin runs this compilation in process: its compiler (Plexus's
   * javac driver) is on the stack that starts the processor, and it prints diagnostics from their
   * message alone. The listener javac is given is wrapped, so the caller is what tells.
   */
  private static boolean listenerPrintsMessageOnly() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames.anyMatch(f -> f.getClassName().startsWith("org.codehaus.plexus.compiler.")));
  }

  /**
   * {@code message} with the line of {@code at} and a caret at its column after its first line,
   * where javac would print them; the message itself if source lines are off or not known.
   */
  String addTo(String message, Tree at, CompilationUnitTree root) {
    if (!on || !(at instanceof JCTree) || root == null) {
      return message;
    }
    int pos = ((JCTree) at).getPreferredPosition();
    CharSequence text = text(root);
    if (pos < 0 || text == null || pos >= text.length()) {
      return message;
    }
    LineMap lines = root.getLineMap();
    int start = (int) lines.getStartPosition(lines.getLineNumber(pos));
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    StringBuilder caret = new StringBuilder();
    for (int i = start; i < pos; i++) {
      caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
    }
    caret.append('^');
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    String rest = nl < 0 ? "" : message.substring(nl);
    return first + "\n" + text.subSequence(start, end) + "\n" + caret + rest;
  }

  private CharSequence text(CompilationUnitTree root) {
    if (root != cachedRoot) {
      cachedRoot = root;
      try {
        cachedText = root.getSourceFile().getCharContent(true);
      } catch (IOException e) {
        cachedText = null;
      }
    }
    return cachedText;
  }
}
