package dev.ownership.checker;

import com.google.auto.service.AutoService;
import javax.annotation.processing.Processor;
import org.checkerframework.framework.source.SourceChecker;
import org.checkerframework.framework.source.SourceVisitor;

/**
 * The ownership checker: Rust's ownership and borrowing rules for Java source (see the SPEC).
 *
 * <p>It is a Checker Framework {@link SourceChecker}, so it runs inside javac after attribution,
 * reports diagnostics as {@code [key] message} with texts from {@code messages.properties},
 * honours {@code @SuppressWarnings("ownership")} and {@code "ownership:KEY"}, {@code -Awarns},
 * {@code -AonlyDefs} and {@code -AskipDefs}. It deliberately is not a {@code BaseTypeChecker}:
 * that machinery gives every expression a qualified type and runs a dataflow analysis over every
 * method, which costs several times javac on code that has nothing to check. The rules here need
 * neither; see {@link OwnershipVisitor} for how the work is kept to the bodies that need it.
 *
 * <p>Registered with auto-service, it runs whenever its jar is on the processor path.
 */
@AutoService(Processor.class)
public final class OwnershipChecker extends SourceChecker {

  /** Creates the checker; javac's service loader calls this. */
  public OwnershipChecker() {}

  @Override
  public void initChecker() {
    super.initChecker();
    // SourceChecker.setRoot clears the tree-path cache, which only BaseTypeChecker creates
    // eagerly; a SourceChecker of its own must create it before the first compilation unit.
    getTreePathCacher();
  }

  @Override
  protected SourceVisitor<?, ?> createSourceVisitor() {
    return new OwnershipVisitor(this);
  }
}
