package dev.ownership.checker;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.UnderlyingAST;
import org.checkerframework.dataflow.cfg.builder.CFGBuilder;
import org.checkerframework.framework.source.SourceVisitor;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Walks each compilation unit once and hands every declaration to its rules, and every body to
 * the move analysis when — and only when — its {@link MovePlan} finds something to check.
 *
 * <p>This is where the checker's cost is decided. The visitor computes no types: javac has
 * attributed the tree already, and the rules read declarations' annotations directly. A body
 * is planned by one pass over its syntax; a control-flow graph is built, once, only for a body
 * the plan finds something to check in. Code that never meets an ownership annotation, a JDK
 * resource, a lock or a collection that changes while it is walked costs two plain walks of each
 * body (the plan's, and {@link BodyChecks} for the types and locals written in it) and one walk
 * with paths of the declarations around them.
 */
final class OwnershipVisitor extends SourceVisitor<Void, Void> {

  private final OwnershipChecker checker;
  private final OwnershipAnnotations annotations;
  private final Reporter reporter;
  private final AnnotationRules annotationRules;
  private final OverrideRules overrideRules;
  private final Deque<ClassTree> classes = new ArrayDeque<>();
  private final EffectSummaries effects;

  OwnershipVisitor(OwnershipChecker checker) {
    super(checker);
    this.checker = checker;
    ModelFiles.Loaded models = ModelFiles.load(checker);
    this.annotations =
        new OwnershipAnnotations(new JdkModel(types, trees, models.models()), trees);
    this.modelDiagnostics = models.diagnostics();
    this.reporter = new Reporter(checker);
    this.effects = new EffectSummaries(trees, types, elements, annotations);
    this.annotationRules = new AnnotationRules(reporter, annotations);
    this.overrideRules = new OverrideRules(reporter, annotations, elements, types);
  }

  /** What the model files' reader found wrong, printed before the first class is checked. */
  private List<ModelFiles.Pending> modelDiagnostics;

  /** Prints the diagnostics about model files (SPEC §13), once. */
  void flushModelDiagnostics() {
    for (ModelFiles.Pending p : modelDiagnostics) {
      checker.getProcessingEnvironment().getMessager().printMessage(p.kind(), p.text());
    }
    modelDiagnostics = List.of();
  }

  @Override
  public void setRoot(CompilationUnitTree newRoot) {
    flushModelDiagnostics();
    annotations.forgetCalls();
    super.setRoot(newRoot);
    reporter.setRoot(newRoot);
  }

  @Override
  public Void visitClass(ClassTree tree, Void p) {
    if (checker.skipsClass(tree)) {
      return null;
    }
    annotationRules.checkClass(tree);
    classes.push(tree);
    try {
      return super.visitClass(tree, p);
    } finally {
      classes.pop();
    }
  }

  @Override
  public Void visitMethod(MethodTree tree, Void p) {
    ClassTree cls = classes.peek();
    // The class itself was not skipped (visitClass), so only the method's own test is left: the
    // framework's test of the class formats its type, which is not worth doing per method.
    if (cls != null && checker.shouldSkipDefs(tree)) {
      return null;
    }
    ExecutableElement method = TreeUtils.elementFromDeclaration(tree);
    annotationRules.checkMethod(tree, method);
    overrideRules.check(tree, method);
    if (tree.getBody() != null && cls != null) {
      MovePlan plan =
          MovePlan.of(annotations, effects, tree.getBody(), tree.getParameters(), method);
      BodyContext context = BodyContext.ofMethod(method, plan, annotations);
      analyse(new UnderlyingAST.CFGMethod(tree, cls), context, cls, tree);
    }
    return visitMember(tree.getBody(), () -> super.visitMethod(tree, p));
  }

  /**
   * The code of the member being visited (a method's body, a field's initializer), which {@link
   * #scan} leaves to {@link BodyChecks}.
   */
  private Tree code;

  private Void visitMember(Tree memberCode, java.util.function.Supplier<Void> visit) {
    Tree outer = code;
    code = memberCode;
    try {
      return visit.get();
    } finally {
      code = outer;
    }
  }

  private final BodyChecks bodyChecks = new BodyChecks();

  /**
   * As the framework's scan, except for the code of a member, which {@link BodyChecks} walks: the
   * rules that look at a body's own trees need no path to them, and this visitor would make one
   * for every node of every body.
   */
  @Override
  public Void scan(Tree tree, Void p) {
    if (tree != null && tree == code) {
      return bodyChecks.scan(tree, p);
    }
    return super.scan(tree, p);
  }

  /**
   * The checks of the trees of a method body, a field initializer or an initializer block: the
   * types written in expressions, locals, and each class declared there, which is handed back to
   * the visitor (a class's members are told by their path). Lambdas are walked as part of the
   * code they are in.
   */
  private final class BodyChecks extends TreeScanner<Void, Void> {
    @Override
    public Void visitClass(ClassTree tree, Void p) {
      return OwnershipVisitor.this.scan(tree, p);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void p) {
      storeSuppressWarningsAnno(tree);
      annotationRules.checkVariable(tree, false);
      return super.visitVariable(tree, p);
    }

    @Override
    public Void visitTypeCast(com.sun.source.tree.TypeCastTree tree, Void p) {
      annotationRules.checkType(tree.getType());
      return super.visitTypeCast(tree, p);
    }

    @Override
    public Void visitInstanceOf(com.sun.source.tree.InstanceOfTree tree, Void p) {
      annotationRules.checkType(tree.getType());
      return super.visitInstanceOf(tree, p);
    }

    @Override
    public Void visitNewArray(com.sun.source.tree.NewArrayTree tree, Void p) {
      annotationRules.checkType(tree.getType());
      return super.visitNewArray(tree, p);
    }

    @Override
    public Void visitNewClass(com.sun.source.tree.NewClassTree tree, Void p) {
      annotationRules.checkType(tree.getIdentifier());
      return super.visitNewClass(tree, p);
    }

    @Override
    public Void visitMethodInvocation(com.sun.source.tree.MethodInvocationTree tree, Void p) {
      for (Tree t : tree.getTypeArguments()) {
        annotationRules.checkType(t);
      }
      return super.visitMethodInvocation(tree, p);
    }
  }

  @Override
  public Void visitVariable(VariableTree tree, Void p) {
    VariableElement v = TreeUtils.elementFromDeclaration(tree);
    boolean field = v != null && v.getKind() == ElementKind.FIELD;
    annotationRules.checkVariable(tree, field);
    ClassTree cls = classes.peek();
    if (field && tree.getInitializer() != null && cls != null && isMember(tree, cls)) {
      analyseStatement(tree, cls);
    }
    return visitMember(field ? tree.getInitializer() : null, () -> super.visitVariable(tree, p));
  }

  @Override
  public Void visitBlock(BlockTree tree, Void p) {
    ClassTree cls = classes.peek();
    if (cls != null && isMember(tree, cls)) {
      analyseStatement(tree, cls); // an initializer block
    }
    return bodyChecks.scan(tree.getStatements(), p);
  }

  /** Whether the tree being visited is a member of {@code cls} (its parent is the class). */
  private boolean isMember(Tree tree, ClassTree cls) {
    TreePath path = getCurrentPath();
    return path != null
        && path.getLeaf() == tree
        && path.getParentPath() != null
        && path.getParentPath().getLeaf() == cls;
  }

  /** A field initializer or initializer block: moves only, with an unannotated receiver. */
  private void analyseStatement(Tree tree, ClassTree cls) {
    MovePlan plan = MovePlan.of(annotations, effects, tree, List.of(), null);
    BodyContext context = new BodyContext(Mode.NONE, false, false, plan, annotations, null, false);
    analyse(new UnderlyingAST.CFGStatement(tree, cls), context, cls, null);
  }

  /**
   * Runs the move analysis and its rules over one body if its plan finds anything to check, then
   * does the same for each lambda in it: a lambda's body is a body of its own, in which what it
   * captures is borrowed (SPEC §4).
   */
  private void analyse(UnderlyingAST ast, BodyContext context, ClassTree cls, MethodTree method) {
    if (context.plan().release().opensResources()) {
      new UnstoredResources(context, reporter).check(ast.getCode());
    }
    boolean worth = context.plan().isWorthAnalysing();
    ControlFlowGraph cfg =
        worth || context.plan().release().acquiresLock()
            ? CFGBuilder.build(root, ast, false, false, checker.getProcessingEnvironment())
            : null;
    if (cfg != null && !context.plan().fallthroughDefaults().isEmpty()) {
      SwitchFallthrough.repair(cfg, context.plan().fallthroughDefaults());
    }
    if (context.plan().release().acquiresLock()) {
      new LockRules(context, reporter).check(cfg);
    }
    if (worth) {
      OwnershipTransfer transfer = new OwnershipTransfer(context);
      Liveness liveness = Liveness.of(cfg, context.plan());
      OwnershipAnalysis analysis =
          new OwnershipAnalysis(
                  cfg, transfer, liveness, context.plan().release()::isResource, false)
              .run();
      MoveRules moveRules = new MoveRules(context, reporter);
      if (context.plan().hasBorrows()) {
        BorrowRules borrowRules = new BorrowRules(context, reporter, transfer, liveness, effects);
        EscapeRules escapeRules = new EscapeRules(context, reporter);
        analysis.forEachNode(
            (node, before) -> {
              moveRules.visit(node, before);
              borrowRules.visit(node, before);
              escapeRules.visit(node, before);
            });
      } else {
        analysis.forEachNode(moveRules);
      }
      moveRules.finish(cfg);
      boolean fieldExits = context.receiver() == Mode.MUT || context.plan().hasBorrows();
      boolean releases = context.plan().release().owesReleases();
      if (fieldExits || releases) {
        // The exit rules follow only the exceptions that count (SPEC §4, field.moved.at.exit).
        OwnershipAnalysis exitAnalysis =
            new OwnershipAnalysis(
                    cfg,
                    new OwnershipTransfer(context),
                    liveness,
                    context.plan().release()::isResource,
                    true)
                .run();
        List<OwnershipAnalysis.Exit> exits = exitAnalysis.exits();
        if (fieldExits) {
          new FieldExitRules(context, reporter).check(exits);
        }
        if (releases) {
          new ReleaseRules(context, reporter).check(exitAnalysis, exits);
        }
      }
    }
    for (LambdaExpressionTree lambda : context.plan().lambdas()) {
      MovePlan plan =
          MovePlan.of(annotations, effects, lambda.getBody(), lambda.getParameters(), null);
      BodyContext inner =
          new BodyContext(
              context.receiver(),
              false,
              true,
              plan,
              annotations,
              null,
              context.plan().isMovedLambda(lambda));
      analyse(new UnderlyingAST.CFGLambda(lambda, cls, method), inner, cls, method);
    }
  }
}
