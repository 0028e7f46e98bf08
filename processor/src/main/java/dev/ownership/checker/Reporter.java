package dev.ownership.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Properties;
import javax.tools.Diagnostic;

/**
 * The one way rules speak: an error under a diagnostic key, at the path expression whose use is
 * wrong, followed by a javac {@code note:} at each other party's position (SPEC §8), so that both
 * places show in a terminal and in an IDE. Every word comes from {@code messages.properties}.
 */
final class Reporter {

  /** A secondary position and what happened there. */
  record Note(Tree at, String text) {}

  private final OwnershipChecker checker;
  private final Trees trees;
  private final Properties messages;
  private CompilationUnitTree root;

  Reporter(OwnershipChecker checker) {
    this.checker = checker;
    this.trees = Trees.instance(checker.getProcessingEnvironment());
    this.messages = checker.getMessagesProperties();
  }

  void setRoot(CompilationUnitTree root) {
    this.root = root;
  }

  CompilationUnitTree root() {
    return root;
  }

  SourcePositions positions() {
    return trees.getSourcePositions();
  }

  Trees trees() {
    return trees;
  }

  Describe.Position position(Tree tree) {
    return Describe.position(tree, root, trees.getSourcePositions());
  }

  long start(Tree tree) {
    return trees.getSourcePositions().getStartPosition(root, tree);
  }

  /** A message piece: the text of {@code key} in {@code messages.properties}, formatted. */
  String text(String key, Object... args) {
    String format = messages.getProperty(key);
    if (format == null) {
      throw new IllegalStateException("no message text for key " + key);
    }
    return String.format(format, args);
  }

  /** Reports an error, then its notes; nothing at all if the key is suppressed there. */
  void error(Tree at, String key, List<Note> notes, Object... args) {
    if (checker.shouldSuppressWarnings(at, key)) {
      return;
    }
    checker.reportError(at, key, args);
    for (Note n : notes) {
      trees.printMessage(Diagnostic.Kind.NOTE, n.text(), n.at(), root);
    }
  }
}
