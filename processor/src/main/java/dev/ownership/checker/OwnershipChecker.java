package dev.ownership.checker;

import com.google.auto.service.AutoService;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;
import org.checkerframework.framework.source.SupportedOptions;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The ownership checker: Rust's ownership and borrowing rules for Java source (see the SPEC).
 *
 * <p>It is a Checker Framework {@link SourceChecker}, so it runs inside javac after attribution,
 * reports diagnostics as {@code [key] message} with texts from {@code messages.properties}, honours
 * {@code @SuppressWarnings("ownership")} and {@code "ownership:KEY"}, {@code -Awarns}, {@code
 * -AonlyDefs} and {@code -AskipDefs}. It deliberately is not a {@code BaseTypeChecker}: that
 * machinery gives every expression a qualified type and runs a dataflow analysis over every method,
 * which costs several times javac on code that has nothing to check. The rules here need neither;
 * see {@link OwnershipVisitor} for how the work is kept to the bodies that need it.
 *
 * <p>Registered with auto-service, it runs whenever its jar is on the processor path.
 *
 * <p>Its own options (declared, so javac does not call them unrecognised): {@code
 * -Aownership.baseline=FILE} and {@code -Aownership.baseline.write} (see {@link Baseline}), and
 * {@code -Aownership.sarif=FILE} (see {@link SarifWriter}). Both files are written once, when the
 * compilation ends. {@code -Aownership.sourceLines} decides whether errors carry their source line
 * (see {@link SourceLines}). The framework's own {@code -Astubs=PATH} names users' library models,
 * which {@link ModelFiles} reads (SPEC §13).
 */
@AutoService(Processor.class)
@SupportedOptions({
  "ownership.baseline",
  "ownership.baseline.write",
  "ownership.sarif",
  SourceLines.OPTION,
  Reporter.RESOURCES_OPTION
})
public final class OwnershipChecker extends SourceChecker {

  /**
   * The framework's key for a suppression that suppressed nothing. Checker Framework 4 no longer
   * exposes it as a constant; the text is the one its {@code messages.properties} defines.
   */
  private static final String UNNEEDED_SUPPRESSION_KEY = "unneeded.suppression";

  /** The baseline of this compilation: off unless {@code -Aownership.baseline} is given. */
  private Baseline baseline;

  /** The SARIF log of this compilation, or null without {@code -Aownership.sarif}. */
  private SarifWriter sarif;

  /** Whether errors carry their source line, for compilers that print the message alone. */
  private SourceLines sourceLines;

  /** Whether {@code -AskipDefs} or {@code -AonlyDefs} is given, so that a class may be skipped. */
  private boolean selectsDefs;

  /** Creates the checker; javac's service loader calls this. */
  public OwnershipChecker() {}

  @Override
  public void initChecker() {
    super.initChecker();
    // SourceChecker.setRoot clears the tree-path cache, which only BaseTypeChecker creates
    // eagerly; a SourceChecker of its own must create it before the first compilation unit.
    getTreePathCacher();
    baseline = Baseline.fromOptions(this);
    sarif = SarifWriter.fromOptions(this);
    sourceLines = SourceLines.of(getOption(SourceLines.OPTION));
    selectsDefs = hasOption("skipDefs") || hasOption("onlyDefs");
  }

  /**
   * As the framework's {@link #shouldSkipDefs(com.sun.source.tree.ClassTree)}, which formats the
   * class's type and matches two patterns for every class, nested and anonymous ones included;
   * without {@code -AskipDefs} and {@code -AonlyDefs} no class is skipped, so that is not done.
   */
  boolean skipsClass(com.sun.source.tree.ClassTree tree) {
    return selectsDefs && shouldSkipDefs(tree);
  }

  /** As the framework prints it, with the source line under the first line where it is wanted. */
  @Override
  protected void printOrStoreMessage(
      javax.tools.Diagnostic.Kind kind,
      String message,
      Tree source,
      com.sun.source.tree.CompilationUnitTree root) {
    super.printOrStoreMessage(kind, sourceLines.addTo(message, source, root), source, root);
  }

  /** Writes the baseline and the SARIF log, if asked for, once every class has been checked. */
  @Override
  public void typeProcessingOver() {
    try {
      if (visitor instanceof OwnershipVisitor) {
        ((OwnershipVisitor) visitor).flushModelDiagnostics(); // if no class was checked
      }
      if (baseline != null) {
        baseline.finish(javacErrored);
      }
      if (sarif != null) {
        sarif.finish(javacErrored);
      }
    } finally {
      super.typeProcessingOver();
    }
  }

  /** The baseline of this compilation, which decides whether a violation is an error. */
  Baseline baseline() {
    return baseline;
  }

  /** The SARIF log being collected, or null if none was asked for. */
  SarifWriter sarif() {
    return sarif;
  }

  /** Whether {@code -Awarns} turns every error into a warning. */
  boolean warns() {
    return hasOption("warns");
  }

  /**
   * As the framework decides, except for its {@code unneeded.suppression} warning: in Checker
   * Framework 3.54.1 a bare {@code @SuppressWarnings("ownership")} that suppressed nothing also
   * suppressed the warning about itself, so {@code -AwarnUnneededSuppressions} never reported it
   * (the bug and its fix are described in eisop/checker-framework#1908). Here only a suppression
   * that names that key, {@code "ownership:unneeded.suppression"}, silences it.
   */
  @Override
  public boolean shouldSuppressWarnings(Tree tree, String errKey) {
    if (!UNNEEDED_SUPPRESSION_KEY.equals(errKey)) {
      return super.shouldSuppressWarnings(tree, errKey);
    }
    String option = getOption("suppressWarnings");
    if (option != null && namesUnneededSuppression(Arrays.asList(option.split(",")))) {
      return true;
    }
    for (TreePath p = trees.getPath(currentRoot, tree); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf.getKind() == Tree.Kind.METHOD
          || leaf.getKind() == Tree.Kind.VARIABLE
          || TreeUtils.isClassTree(leaf)) {
        Element element = TreeUtils.elementFromTree(leaf);
        SuppressWarnings sw =
            element == null ? null : element.getAnnotation(SuppressWarnings.class);
        if (sw != null && namesUnneededSuppression(Arrays.asList(sw.value()))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean namesUnneededSuppression(List<String> strings) {
    for (String s : strings) {
      int colon = s.indexOf(':');
      String key = colon < 0 ? s : s.substring(colon + 1);
      if (key.equals(UNNEEDED_SUPPRESSION_KEY)
          && (colon < 0 || getSuppressWarningsPrefixes().contains(s.substring(0, colon)))) {
        return true;
      }
    }
    return false;
  }

  /** A text from {@code messages.properties}, formatted. */
  String text(String key, Object... args) {
    String format = getMessagesProperties().getProperty(key);
    if (format == null) {
      throw new IllegalStateException("no message text for key " + key);
    }
    return String.format(format, args);
  }

  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    return new OwnershipVisitor(this);
  }
}
