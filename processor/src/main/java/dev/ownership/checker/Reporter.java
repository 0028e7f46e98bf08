package dev.ownership.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.util.List;
import javax.tools.Diagnostic;

/**
 * The one way rules speak: an error under a diagnostic key, at the path expression whose use is
 * wrong, followed by a javac {@code note:} at each other party's position (SPEC §8), so that both
 * places show in a terminal and in an IDE. Every word comes from {@code messages.properties}.
 */
final class Reporter {

  /**
   * A secondary position and what happened there; {@code unit} is the compilation unit of
   * {@code at} when it is not the one being checked (a line inside a callee, SPEC §10).
   */
  record Note(Tree at, String text, CompilationUnitTree unit) {
    Note(Tree at, String text) {
      this(at, text, null);
    }
  }

  private final OwnershipChecker checker;
  private final Trees trees;
  private CompilationUnitTree root;

  Reporter(OwnershipChecker checker) {
    this.checker = checker;
    this.trees = Trees.instance(checker.getProcessingEnvironment());
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

  /**
   * True with {@code -Aownership.resources=strict}: every category of JDK-resource finding is
   * reported, the ones below the precision bar for code nobody annotated included (SPEC §11).
   */
  boolean strictResources() {
    return "strict".equals(checker.getOption(RESOURCES_OPTION));
  }

  /** The option that turns on every category of JDK-resource finding. */
  static final String RESOURCES_OPTION = "ownership.resources";

  /** A message piece: the text of {@code key} in {@code messages.properties}, formatted. */
  String text(String key, Object... args) {
    return checker.text(key, args);
  }

  /**
   * Reports an error, then its notes; nothing at all if the key is suppressed there. A violation
   * the baseline records is reported as a warning instead (SPEC §7); every one that is reported
   * also goes to the SARIF log, if one is being written.
   */
  void error(Tree at, String key, List<Note> notes, Object... args) {
    if (checker.shouldSuppressWarnings(at, key)) {
      return;
    }
    Baseline baseline = checker.baseline();
    boolean excused = baseline != null && baseline.excuses(root, at, key);
    if (excused) {
      checker.reportWarning(at, key, args);
    } else {
      checker.reportError(at, key, args);
    }
    for (Note n : notes) {
      trees.printMessage(
          Diagnostic.Kind.NOTE, n.text(), n.at(), n.unit() != null ? n.unit() : root);
    }
    SarifWriter sarif = checker.sarif();
    if (sarif != null) {
      // The framework has expanded the arguments in place, so this is the text javac printed.
      String state =
          baseline == null || !baseline.isReading() ? null : excused ? "unchanged" : "new";
      sarif.add(root, at, key, !excused && !checker.warns(), text(key, args), notes, state);
    }
  }
}
