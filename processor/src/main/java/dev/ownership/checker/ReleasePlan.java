package dev.ownership.checker;

import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The part of a body's {@link MovePlan} that the release rules read (SPEC §11: {@code
 * owned.not.released}, {@code lock.not.released} and the use of a closed resource): the resources
 * the body declares, what opens, closes and hands them on, and whether it takes a lock. The
 * plan's one walk of the body fills it in; the rules and the flow analysis only ask.
 */
final class ReleasePlan {

  /** The releases made by {@code close()} calls, by call (planned, or made on demand). */
  private final Map<Tree, MovePlan.Move> releases = new HashMap<>();
  /** The resource locals and parameters of the body, each with its declaration. */
  private final Map<Element, Tree> resources = new HashMap<>();
  /** The resources of a try-with-resources: declaration and {@code try}. */
  private final Map<Element, Tree[]> tryResources = new HashMap<>();
  /** Reads of a local that hand its value to code that keeps it. */
  private final Set<Tree> handOffs = new HashSet<>();
  /** Lambdas and anonymous classes handed on: they take over what they capture. */
  private final Set<Tree> handingLambdas = new HashSet<>();
  /** Calls whose value is handed on: a JDK resource they carry is no longer the body's. */
  private final Set<Tree> handedCalls = new HashSet<>();
  /** Arguments a JDK wrapper joins: the wrapper carries their resource on. */
  private final Set<Tree> joinedArguments = new HashSet<>();
  /** Operands only formatted or compared with {@code null}, which a closed resource allows. */
  private final Set<Tree> formatted = new HashSet<>();
  /** In a consuming method, the owned resource fields the object must release. */
  private final List<VariableElement> ownedResourceFields = new ArrayList<>();
  /** True if the body calls something that opens a JDK resource. */
  private boolean opensResources;
  /** True if the body acquires a lock. */
  private boolean acquiresLock;
  /** True if the body assigns an {@code @Owned} field of an {@code AutoCloseable} type. */
  private boolean storesOwnedResourceField;

  // What the plan's walk finds.

  /** A resource local or parameter, and its declaration. */
  void declare(Element local, Tree declaration) {
    resources.put(local, declaration);
  }

  /** A resource of a try-with-resources: its declaration (or expression) and the {@code try}. */
  void tryResource(Element local, Tree resource, Tree tryStatement) {
    tryResources.put(local, new Tree[] {resource, tryStatement});
  }

  /** The body calls something that opens a JDK resource. */
  void opens() {
    opensResources = true;
  }

  /** The body calls {@code lock()}, {@code lockInterruptibly()} or {@code tryLock()}. */
  void acquires() {
    acquiresLock = true;
  }

  /** An argument a JDK wrapper joins ({@code in} in {@code new BufferedReader(in)}). */
  void join(ExpressionTree argument) {
    joinedArguments.add(argument);
  }

  /** An operand only formatted or compared with {@code null}. */
  void format(ExpressionTree operand) {
    formatted.add(operand);
  }

  /** An owned resource field of the object a consuming method consumes. */
  void ownedResourceField(VariableElement field) {
    ownedResourceFields.add(field);
  }

  /** The body assigns an owned resource field: it may overwrite a value it owes. */
  void assignsOwnedResourceField() {
    storesOwnedResourceField = true;
  }

  /** True once the body has declared a resource: only then is a hand-off worth noting. */
  boolean hasResources() {
    return !resources.isEmpty();
  }

  /**
   * True if the release rules need the flow analysis: the body opens a resource, consumes or
   * stores an owned resource field, or declares a resource where an owned value can come from.
   */
  boolean isWorthAnalysing(boolean ownedSource) {
    return opensResources
        || !ownedResourceFields.isEmpty()
        || storesOwnedResourceField
        || (!resources.isEmpty() && ownedSource);
  }

  // What the rules ask.

  /**
   * True if the exit rules must look for an unreleased value: the body declares a resource,
   * consumes an object with owned resource fields, or assigns such a field.
   */
  boolean owesReleases() {
    return !resources.isEmpty() || !ownedResourceFields.isEmpty() || storesOwnedResourceField;
  }

  /** True if the body calls something that opens a JDK resource (SPEC §11). */
  boolean opensResources() {
    return opensResources;
  }

  /** True if the body calls {@code lock()}, {@code lockInterruptibly()} or {@code tryLock()}. */
  boolean acquiresLock() {
    return acquiresLock;
  }

  /** True for a call whose value is handed on (returned, stored, given to code that keeps it). */
  boolean isHandedCall(Tree tree) {
    return handedCalls.contains(tree);
  }

  /** True for the argument a JDK wrapper joins ({@code in} in {@code new BufferedReader(in)}). */
  boolean isJoinedArgument(Tree tree) {
    return joinedArguments.contains(tree);
  }

  /**
   * True for an argument given to a parameter of type {@code Object} of code the compilation does
   * not have (a logger, a formatter), or an operand compared with {@code null}: it is only
   * formatted or tested, which a closed resource allows.
   */
  boolean isFormatted(Tree argument) {
    return formatted.contains(argument);
  }

  /**
   * The release a {@code close()} call makes of an owned resource (its receiver), planned for
   * calls in the source and made on demand for the implicit {@code close()} of a
   * try-with-resources. It is a move: after it the resource may not be used (Rust's drop).
   */
  MovePlan.Move releaseAt(Tree call, Tree receiver, Path path) {
    return releases.computeIfAbsent(
        call,
        c -> new MovePlan.Move(receiver, path, new MovePlan.Destination(Keys.INTO_CLOSE), true));
  }

  /** True if the body closes {@code local}: a {@code close()} on it, or a try-with-resources. */
  boolean closes(Element local) {
    if (tryResources.containsKey(local)) {
      return true;
    }
    for (MovePlan.Move m : releases.values()) {
      if (m.path() != null && m.path().isRoot() && m.path().root() == local) {
        return true;
      }
    }
    return false;
  }

  /** The release a call made, if it is a {@code close()} that released an owned resource. */
  MovePlan.Move releaseOf(Tree call) {
    return releases.get(call);
  }

  /**
   * The release made by the implicit {@code close()} of a try-with-resources, which javac
   * synthesizes: shown at the resource's declaration, never at the synthesized call.
   */
  MovePlan.Move implicitReleaseAt(
      Tree call, org.checkerframework.dataflow.cfg.node.Node receiver, Path path) {
    return releases.computeIfAbsent(
        call,
        c -> {
          Tree[] resource =
              path.isRoot() && !path.isThisRooted() ? tryResources.get(path.root()) : null;
          if (resource == null) {
            return new MovePlan.Move(
                receiver.getTree(), path, new MovePlan.Destination(Keys.INTO_CLOSE), true);
          }
          return new MovePlan.Move(
              resource[0],
              path,
              new MovePlan.Destination(Keys.INTO_IMPLICIT_CLOSE, resource[1]),
              true);
        });
  }

  /**
   * For a resource of a try-with-resources, its declaration and the {@code try}; {@code null}
   * for other locals.
   */
  Tree[] tryResourceOf(Element local) {
    return tryResources.get(local);
  }

  /** True for a local or parameter of an {@code AutoCloseable} type declared in the body. */
  boolean isResource(Element local) {
    return resources.containsKey(local);
  }

  /**
   * True for a local's read that hands its value to code that keeps it, so that the body no
   * longer has to release it from there on (SPEC §4, {@code owned.not.released}): a returned
   * value, a store into a field or an array, an array initializer, or an argument that the call
   * takes (see {@link HandOffs}). Handing on is per path: an exit reached before it still leaks.
   */
  boolean isHandOff(Tree read) {
    return handOffs.contains(read);
  }

  /**
   * True for a lambda or anonymous class that is handed on (returned, stored, or given to a
   * position that takes it): it takes over the release of the resources it captures.
   */
  boolean handsOnCaptures(Tree lambda) {
    return handingLambdas.contains(lambda);
  }

  /**
   * In a consuming method ({@code @Owned} receiver), the {@code @Owned} fields of an
   * {@code AutoCloseable} type that the object owns: consuming the object must release them.
   */
  List<VariableElement> ownedResourceFields() {
    return ownedResourceFields;
  }

  /** The resource locals of the body, each with its declaration. */
  Map<Element, Tree> resources() {
    return resources;
  }

  /**
   * True for a lambda that calls {@code close()} on a local it captures, or a method reference
   * {@code r::close} bound to a local.
   */
  static boolean closesACapture(ExpressionTree value) {
    ExpressionTree e = TreeUtils.withoutParensOrCasts(value);
    if (e instanceof MemberReferenceTree) {
      MemberReferenceTree ref = (MemberReferenceTree) e;
      return ref.getName().contentEquals("close")
          && isLocal(TreeUtils.elementFromTree(ref.getQualifierExpression()));
    }
    if (!(e instanceof LambdaExpressionTree)) {
      return false;
    }
    LambdaExpressionTree lambda = (LambdaExpressionTree) e;
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        ExpressionTree select = TreeUtils.withoutParens(call.getMethodSelect());
        if (select instanceof MemberSelectTree
            && ((MemberSelectTree) select).getIdentifier().contentEquals("close")
            && call.getArguments().isEmpty()) {
          Element closed = TreeUtils.elementFromTree(((MemberSelectTree) select).getExpression());
          found[0] |=
              isLocal(closed)
                  && lambda.getParameters().stream()
                      .noneMatch(p -> TreeUtils.elementFromDeclaration(p) == closed);
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(lambda.getBody(), null);
    return found[0];
  }

  private static boolean isLocal(Element e) {
    return e != null && Paths.isLocal(e);
  }

  /**
   * Records that a value is handed on where it is evaluated: a local's read (through casts and
   * the branches of {@code ?:}), a lambda or anonymous class, which takes what it captures, or a
   * method reference bound to a local ({@code in::close}), which takes that local.
   */
  void handOff(ExpressionTree value) {
    if (value == null) {
      return;
    }
    ExpressionTree e = TreeUtils.withoutParensOrCasts(value);
    if (e instanceof ConditionalExpressionTree) {
      handOff(((ConditionalExpressionTree) e).getTrueExpression());
      handOff(((ConditionalExpressionTree) e).getFalseExpression());
      return;
    }
    if (e instanceof LambdaExpressionTree
        || (e instanceof NewClassTree && ((NewClassTree) e).getClassBody() != null)) {
      handingLambdas.add(e);
      return;
    }
    if (e instanceof MemberReferenceTree) {
      // `in::close` keeps `in`: the reference is bound to it, and calls it when it is run.
      ExpressionTree qualifier = ((MemberReferenceTree) e).getQualifierExpression();
      Element bound = TreeUtils.elementFromTree(qualifier);
      if (bound == null || !(bound.getKind().isClass() || bound.getKind().isInterface())) {
        handOff(qualifier);
      }
      return;
    }
    if (e instanceof MethodInvocationTree || e instanceof NewClassTree) {
      handedCalls.add(e);
      return;
    }
    Path p = Paths.of(e);
    if (p != null && p.isRoot() && !p.isThisRooted()) {
      handOffs.add(e);
    }
  }
}
