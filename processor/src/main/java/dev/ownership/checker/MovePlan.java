package dev.ownership.checker;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * What one body (a method, a lambda, an initializer) can move, found by one cheap pass over its
 * syntax tree before any control-flow graph exists.
 *
 * <p>The plan answers, per tree, the questions the flow analysis asks at each CFG node: is this
 * path expression moved when it is evaluated, and into what; is it only part of a larger path
 * expression, or the target of an assignment, so that it is not a read on its own; which paths
 * a lambda or anonymous class captures. It also answers the question that keeps the checker
 * cheap on ordinary code: {@link #isWorthAnalysing() is there anything to check at all}. A body
 * that moves nothing cannot read a moved value, and gets no control-flow graph. What the same
 * walk finds for the release rules (resources, hand-offs, locks) is kept in its {@link
 * ReleasePlan}.
 */
final class MovePlan {

  /** Where a moved value went, as message pieces: a key of {@link Keys} and its arguments. */
  record Destination(String key, Object... args) {
    @Override
    public boolean equals(Object o) {
      // Written out, as Path's are: generated ones are bootstrapped in every javac run.
      return o instanceof Destination d && key.equals(d.key) && args == d.args;
    }

    @Override
    public int hashCode() {
      return key.hashCode() * 31 + System.identityHashCode(args);
    }
  }

  /**
   * A move that happens when a tree is evaluated.
   *
   * @param at the moved expression (for a consuming call: the receiver), where messages point
   * @param path the moved path, or {@code null} for an {@code @Owned} static field
   * @param destination what the value was moved into
   * @param onlyIfOwned true for an unannotated local initialized from a path: the path is moved
   *     only if it holds an owned value at that point (SPEC §3, "takes the mode of its
   *     initializer")
   */
  record Move(Tree at, Path path, Destination destination, boolean onlyIfOwned) {
    @Override
    public boolean equals(Object o) {
      // Written out, as Path's are: generated ones are bootstrapped in every javac run.
      return o instanceof Move m
          && at == m.at
          && onlyIfOwned == m.onlyIfOwned
          && java.util.Objects.equals(path, m.path)
          && java.util.Objects.equals(destination, m.destination);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(at) * 31 + java.util.Objects.hashCode(path);
    }
  }

  /** A path a lambda or anonymous class captures, and the first place it names it. */
  record Capture(Path path, Tree at) {}

  /** A captured path a lambda modifies or reads, and where. */
  record Effect(Path path, Tree at, boolean mutation) {}

  /**
   * A table of this plan. Most bodies leave most tables empty, and a plan is made for every body,
   * so a table allocates its entries only when the first is put (an identity map allocates room
   * for 21 at once). Trees and elements are equal only to themselves (and a move is made once per
   * tree), so a hash map of them is an identity map.
   */
  private static <K, V> Map<K, V> smallMap() {
    return new java.util.HashMap<>();
  }

  /** A set of this plan, empty until used for the same reason. */
  private static <T> Set<T> smallSet() {
    return new java.util.HashSet<>();
  }

  private final OwnershipAnnotations annotations;
  /** What the body opens, closes and hands on, and the locks it takes (SPEC §11). */
  private final ReleasePlan release = new ReleasePlan();
  private final Map<Tree, Move> moves = smallMap();
  private final Set<Tree> notReads = smallSet();
  private final Map<Tree, Tree> readWhereEvaluated = smallMap();
  private final Map<Element, Path> fieldTakes = smallMap();
  private final Map<Move, Element> fieldTakeMoves = smallMap();
  private final Set<Path> reassignedFields = new java.util.HashSet<>();
  private final Map<Tree, Destination> escapingLambdas = smallMap();
  private final Map<Tree, Destination> ownedLambdas = smallMap();
  private final Map<Tree, List<Move>> captureMoves = smallMap();
  private final Set<Tree> mutatedArguments = smallSet();
  private final Set<Tree> consumingCalls = smallSet();
  private final Map<Tree, List<Capture>> captures = smallMap();
  private final Set<Element> declared = smallSet();
  private final List<LambdaExpressionTree> lambdas = new ArrayList<>();
  private final Set<Element> unmodelled = smallSet();
  private final Map<Tree, List<Effect>> effects = smallMap();
  private boolean annotatedBorrows;
  /** The JDK model's loans and changes in the body, and whether any can conflict. */
  private final ModelConflicts model;
  private final Mode returnMode;
  /** The method planned, or {@code null} for lambdas and initializers. */
  private final ExecutableElement method;
  /** The method's name as messages give it, made when a message may need it. */
  private String methodName;
  /** The declared result type of the method planned, or {@code null} for other bodies. */
  private TypeMirror returnType;
  private boolean ownedSource;



  /**
   * Moves of an element the container still owns, given to a position that takes ownership
   * ({@code consume(list.get(0))}): always {@code move.out.of.borrow} (SPEC §12).
   */
  private final Map<Tree, Move> elementMoves = smallMap();

  /** The container each element look of {@link #elementMoves} looks into. */
  private final Map<Tree, ExpressionTree> elementMoveContainers = smallMap();

  /** For-each variables over a container of owned elements: the loop variable, the container. */
  private final Map<Element, ExpressionTree> elementVariables = smallMap();

  /** A put-in that may refuse its argument: how it says so, and the moves it then takes back. */
  record Refusable(OwnedElements.Refusal when, List<Move> moves) {}

  /** Put-ins that may refuse their argument ({@code offer}), with the moves they make. */
  private final Map<Tree, Refusable> refusablePuts = smallMap();

  private MovePlan(
      OwnershipAnnotations annotations,
      EffectSummaries summaries,
      Mode returnMode,
      ExecutableElement method) {
    this.annotations = annotations;
    this.model = new ModelConflicts(summaries);
    this.returnMode = returnMode;
    this.method = method;
  }

  /** The planned method as messages name it ({@code send(ByteBuffer)}), or empty. */
  private String methodName() {
    if (methodName == null) {
      methodName = method == null ? "" : Describe.method(method);
    }
    return methodName;
  }

  /**
   * Plans a body.
   *
   * @param summaries the effect summaries of the compilation, which the plan asks whether a call
   *     can change what the body lends
   * @param body the method body, lambda body or initializer
   * @param parameters the parameters the body declares (a method's or a lambda's)
   * @param method the method whose body this is, or {@code null} for lambdas and initializers
   */
  static MovePlan of(
      OwnershipAnnotations annotations,
      EffectSummaries summaries,
      Tree body,
      List<? extends VariableTree> parameters,
      ExecutableElement method) {
    Mode returnMode =
        method == null ? Mode.NONE : annotations.declared(method).returns();
    MovePlan plan =
        new MovePlan(annotations, summaries, returnMode, method);
    if (method != null) {
      plan.returnType = method.getReturnType();
      OwnershipAnnotations.Signature sig = annotations.declared(method);
      for (Mode m : sig.params()) {
        plan.ownedSource |= m == Mode.OWNED;
        plan.annotatedBorrows |= m.isBorrow();
      }
      plan.ownedSource |= sig.receiver() == Mode.OWNED;
      if (sig.receiver() == Mode.OWNED) {
        for (Element member : method.getEnclosingElement().getEnclosedElements()) {
          if (Paths.isInstanceField(member)
              && annotations.field((VariableElement) member) == Mode.OWNED
              && annotations.model().isCloseable(member.asType())) {
            plan.release.ownedResourceField((VariableElement) member);
          }
        }
      }
      plan.annotatedBorrows |= sig.receiver().isBorrow() || sig.returns().isBorrow();
    }
    for (VariableTree p : parameters) {
      VariableElement v = TreeUtils.elementFromDeclaration(p);
      plan.declared.add(v);
      if (method != null
          && annotations.model().isCloseable(v.asType())
          && !(annotations.local(v) == Mode.OWNED
              && annotations.handOffs().isDisposal(method, v.asType()))) {
        plan.release.declare(v, p);
      }
    }
    plan.new Scanner().scan(body, null);
    return plan;
  }

  /**
   * The move of an element its container still owns, planned where the element is looked at
   * ({@code list.get(0)} given to an {@code @Owned} position), or {@code null} (SPEC §12).
   */
  Move elementMoveAt(Tree look) {
    return elementMoves.get(look);
  }

  /** The container the element look of {@link #elementMoveAt} looks into. */
  ExpressionTree elementMoveContainer(Tree look) {
    return elementMoveContainers.get(look);
  }

  /**
   * The container a for-each variable looks at the elements of, if they are owned; {@code null}
   * for other locals (SPEC §12: the loop variable is a borrow of the container).
   */
  ExpressionTree elementContainerOf(Element local) {
    return elementVariables.get(local);
  }

  /**
   * The moves a put-in makes that it takes back when it reports a refusal: {@code offer(x)}
   * returning false, {@code putIfAbsent(k, x)} returning a value (SPEC §12); {@code null} for
   * other calls.
   */
  Refusable refusableAt(Tree call) {
    return refusablePuts.get(call);
  }

  /** What the body opens, closes and hands on, and the locks it takes (SPEC §11). */
  ReleasePlan release() {
    return release;
  }

  /** False when the body cannot move anything, so no flow analysis can find a use after move. */
  boolean isWorthAnalysing() {
    if (release.isWorthAnalysing(ownedSource)
        || hasBorrows()
        || !ownedLambdas.isEmpty()
        || !elementMoves.isEmpty()) {
      return true;
    }
    return movesSomething();
  }

  /**
   * True if a planned move can take effect: one that always moves, or one that moves only an
   * owned value in a body where an owned value can come from (SPEC §3). An unannotated local
   * initialized from a path, in code that meets no ownership annotation, moves nothing.
   */
  private boolean movesSomething() {
    for (Move m : moves.values()) {
      if (!m.onlyIfOwned() || ownedSource) {
        return true;
      }
    }
    return false;
  }

  /** The move that happens when this tree is evaluated, or {@code null}. */
  Move moveAt(Tree tree) {
    return moves.get(tree);
  }

  /**
   * True for the receiver of a call that does not borrow it: for the move rules it is read where
   * it is evaluated, before the arguments, not when the call is made (SPEC §4, Order).
   */
  boolean isReadWhereEvaluated(Tree receiver) {
    return readWhereEvaluated.containsKey(receiver);
  }

  /** The call whose receiver, not borrowed by it, {@code receiver} is; or {@code null}. */
  Tree callOfReceiver(Tree receiver) {
    return readWhereEvaluated.get(receiver);
  }

  /** True if the tree is a path expression that is not read where it is evaluated. */
  boolean isNotRead(Tree tree) {
    return notReads.contains(tree);
  }

  /**
   * Where a lambda or anonymous class goes if it outlives the body: returned, stored in a field,
   * or given to an {@code @Owned} position; {@code null} if it does not escape.
   */
  Destination escapeOf(Tree lambda) {
    return escapingLambdas.get(lambda);
  }

  /**
   * True for a lambda or anonymous class that is moved: given to an {@code @Owned} parameter
   * (such as a thread's or an executor's task). It owns what it captures, and runs once.
   */
  boolean isMovedLambda(Tree lambda) {
    return ownedLambdas.containsKey(lambda);
  }

  /** The moves a moved lambda makes of the owners it captures, one per captured path. */
  List<Move> captureMovesOf(Tree lambda) {
    Destination where = ownedLambdas.get(lambda);
    if (where == null) {
      return List.of();
    }
    return captureMoves.computeIfAbsent(
        lambda,
        l -> {
          List<Move> result = new ArrayList<>();
          for (Capture c : capturesOf(l)) {
            result.add(new Move(c.at(), c.path(), new Destination(Keys.INTO_CAPTURE, where), true));
          }
          return result;
        });
  }

  /**
   * True for an unannotated local initialized from an {@code @Owned} field that the body assigns
   * a new value as well: {@code var con = this.connection; this.connection = null; return con;}
   * takes the value out of the field (Rust's {@code mem::replace}, {@code Option::take}), where a
   * local that only reads the field would reborrow it.
   */
  boolean takesField(Element local) {
    Path from = fieldTakes.get(local);
    return from != null && reassignedFields.contains(from);
  }

  /** True for the move of an {@code @Owned} field into a local that {@link #takesField takes} it. */
  boolean isFieldTake(Move move) {
    Element local = fieldTakeMoves.get(move);
    return local != null && takesField(local);
  }

  /** True for a path given to a {@code @Mut} parameter or {@code @Mut} local: a modification. */
  boolean isMutatedArgument(Tree tree) {
    return mutatedArguments.contains(tree);
  }

  /** True for a call whose receiver path it consumes, already read where it was evaluated. */
  boolean consumesReceiverPath(Tree call) {
    return consumingCalls.contains(call);
  }

  /** What a lambda, method reference or anonymous class captures. */
  List<Capture> capturesOf(Tree tree) {
    List<Capture> c = captures.get(tree);
    return c == null ? List.of() : c;
  }

  /** True if the local variable is declared inside the planned body (not captured). */
  boolean declares(Element local) {
    return declared.contains(local);
  }

  /** The lambdas directly inside the body: each is planned and analysed on its own. */
  List<LambdaExpressionTree> lambdas() {
    return lambdas;
  }

  /** True if the local was given a collection the JDK model leaves alone (SPEC §6). */
  boolean isUnmodelled(Element local) {
    return unmodelled.contains(local);
  }

  /**
   * What a lambda or method reference does to the paths it captures, when it runs during the
   * call it is passed to (SPEC §5): each modification and each read, where it happens.
   */
  List<Effect> effectsOf(Tree lambda) {
    List<Effect> e = effects.get(lambda);
    return e == null ? List.of() : e;
  }

  /** Locals declared with a new object ({@code Set<V> s = new HashSet<>();}). */
  private final Set<Element> freshLocals = smallSet();

  /** True for a local that holds the new object it was declared with: it is never null. */
  boolean isFreshLocal(Element local) {
    return freshLocals.contains(local) && !model.aliases().isAssigned(local);
  }

  /**
   * The path a local of the body is an alias of, or the path itself: {@code this.items} for
   * {@code a} after {@code List<String> a = this.items;} when {@code a} is given nothing else.
   */
  Path unaliased(Path p) {
    return model.unaliased(p);
  }

  /** The paths the body moves, which a JDK-model loan of the same path cannot outlive. */
  private List<Path> movedPaths() {
    List<Path> result = new ArrayList<>();
    for (Move m : moves.values()) {
      result.add(m.path());
    }
    return result;
  }

  /** True if the body borrows: annotated borrows, or a JDK view and a modification together. */
  boolean hasBorrows() {
    return annotatedBorrows
        || model.possible(movedPaths())
        // A live lambda holds what it captures: against a move, or against another lambda.
        || (!captures.isEmpty() && movesSomething())
        || (captures.size() > 1 && ownedSource);
  }

  /** For-each loops followed by a {@code clear()} of what they iterate: they drain it. */
  private final Set<Tree> drainingLoops = smallSet();

  /** The variables of draining loops: each element is theirs to give away. */
  private final Set<Element> drainedVariables =
      smallSet();

  /**
   * The collection a loop walks: {@code open} of {@code open}, {@code open.values()},
   * {@code open.entrySet()}, {@code open.keySet()}; {@code null} if it is no path.
   */
  private static Path collectionOf(ExpressionTree iterated) {
    ExpressionTree e = TreeUtils.withoutParens(iterated);
    if (e instanceof MethodInvocationTree
        && ((MethodInvocationTree) e).getArguments().isEmpty()
        && TreeUtils.withoutParens(((MethodInvocationTree) e).getMethodSelect())
            instanceof MemberSelectTree) {
      MemberSelectTree select =
          (MemberSelectTree) TreeUtils.withoutParens(((MethodInvocationTree) e).getMethodSelect());
      String name = select.getIdentifier().toString();
      if (name.equals("values") || name.equals("entrySet") || name.equals("keySet")) {
        return Paths.of(select.getExpression());
      }
      return null;
    }
    return Paths.of(e);
  }

  /** True for the statement {@code c.clear();} of the path {@code c}. */
  private static boolean clears(com.sun.source.tree.StatementTree s, Path c) {
    if (c == null || !(s instanceof com.sun.source.tree.ExpressionStatementTree)) {
      return false;
    }
    ExpressionTree e = ((com.sun.source.tree.ExpressionStatementTree) s).getExpression();
    if (!(e instanceof MethodInvocationTree) || !((MethodInvocationTree) e).getArguments().isEmpty()) {
      return false;
    }
    ExpressionTree select = TreeUtils.withoutParens(((MethodInvocationTree) e).getMethodSelect());
    return select instanceof MemberSelectTree
        && ((MemberSelectTree) select).getIdentifier().contentEquals("clear")
        && c.equals(Paths.of(((MemberSelectTree) select).getExpression()));
  }

  /** Switch statements with a {@code default} that is not their last case. */
  private final List<com.sun.source.tree.SwitchTree> fallthroughDefaults = new ArrayList<>();

  /** Switch statements whose {@code default} is followed by another case (SwitchFallthrough). */
  List<com.sun.source.tree.SwitchTree> fallthroughDefaults() {
    return fallthroughDefaults;
  }

  /** Walks the body once; lambda and class bodies are entered only to find their captures. */
  private final class Scanner extends TreeScanner<Void, Void> {

    @Override
    public Void visitBinary(com.sun.source.tree.BinaryTree tree, Void unused) {
      if (tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO) {
        // `stmt != null` asks nothing of the object: a closed resource answers it.
        if (tree.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL) {
          release.format(TreeUtils.withoutParens(tree.getLeftOperand()));
        } else if (tree.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL) {
          release.format(TreeUtils.withoutParens(tree.getRightOperand()));
        }
      }
      return super.visitBinary(tree, unused);
    }

    @Override
    public Void visitSwitch(com.sun.source.tree.SwitchTree tree, Void unused) {
      List<? extends com.sun.source.tree.CaseTree> cases = tree.getCases();
      for (int i = 0; i < cases.size() - 1; i++) {
        if (cases.get(i).getExpressions().isEmpty()) {
          fallthroughDefaults.add(tree);
          break;
        }
      }
      return super.visitSwitch(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      ModelConflicts.Place outer = model.enterCall();
      try {
        return planInvocation(tree);
      } finally {
        model.exitCall(outer); // the call runs after its receiver and arguments
      }
    }

    /** Every loop statement, whatever its kind, is entered and left here, for the places. */
    @Override
    public Void scan(Tree tree, Void unused) {
      if (!(tree instanceof com.sun.source.tree.StatementTree) || !isLoop(tree.getKind())) {
        return super.scan(tree, unused);
      }
      model.enterLoop(tree);
      try {
        return super.scan(tree, unused);
      } finally {
        model.exitLoop();
      }
    }

    private boolean isLoop(Tree.Kind kind) {
      return kind == Tree.Kind.FOR_LOOP
          || kind == Tree.Kind.ENHANCED_FOR_LOOP
          || kind == Tree.Kind.WHILE_LOOP
          || kind == Tree.Kind.DO_WHILE_LOOP;
    }

    private Void planInvocation(MethodInvocationTree tree) {
      Void unused = null;
      ExecutableElement callee = TreeUtils.elementFromUse(tree);
      OwnershipAnnotations.Signature sig = annotations.signature(callee);
      ExpressionTree select = TreeUtils.withoutParens(tree.getMethodSelect());
      model.summarizedCall(
          callee,
          sig,
          select instanceof MemberSelectTree ? ((MemberSelectTree) select).getExpression() : null,
          tree.getArguments());
      if (select instanceof MemberSelectTree) {
        ExpressionTree receiver = ((MemberSelectTree) select).getExpression();
        Path rp = Paths.of(receiver);
        if (rp != null) {
          ExpressionTree r = TreeUtils.withoutParens(receiver);
          if (sig.receiver() == Mode.OWNED) {
            // A consuming call moves its receiver as it is evaluated, before the arguments,
            // like an @Owned argument (Rust: `s.consume(s.len())` is a borrow of a moved value).
            moves.put(
                r, new Move(r, rp, new Destination(Keys.INTO_RECEIVER, Describe.method(callee)), false));
            consumingCalls.add(tree);
          } else {
            // Any other receiver is read when the call is made, after the arguments (SPEC §4),
            // if the call borrows it; a receiver the call does not borrow is only read where it
            // is evaluated, before the arguments: `this.pool.recycle(this)` reads `this.pool`
            // before `this` is moved.
            notReads.add(r);
            if (!sig.receiver().isBorrow()) {
              readWhereEvaluated.put(r, tree);
            }
          }
        }
      } else if (sig.receiver() == Mode.OWNED && !callee.getModifiers().contains(
          javax.lang.model.element.Modifier.STATIC)) {
        moves.put(
            tree,
            new Move(
                select,
                Path.THIS,
                new Destination(Keys.INTO_RECEIVER, Describe.method(callee)),
                false));
      }
      ownedSource |= sig.returns() == Mode.OWNED;
      noteResource(
          tree,
          callee,
          select instanceof MemberSelectTree
              ? TreeUtils.typeOf(((MemberSelectTree) select).getExpression())
              : null,
          tree.getArguments());
      if (select instanceof MemberSelectTree && sig.receiver() == Mode.NONE) {
        ExpressionTree r = TreeUtils.withoutParens(((MemberSelectTree) select).getExpression());
        Path rp = Paths.of(r);
        TypeMirror rt = TreeUtils.typeOf(r);
        if (rp != null
            && annotations.model().isRelease(callee, rt)
            && annotations.model().isCloseable(rt)) {
          release.releaseAt(tree, r, rp);
        }
      }
      for (int i = 0; i < tree.getArguments().size() && release.hasResources(); i++) {
        if (annotations.handOffs().onlyFormats(callee, i)) {
          release.format(TreeUtils.withoutParens(tree.getArguments().get(i)));
        }
      }
      noteBorrows(sig, select, tree.getArguments());
      if (release.hasResources()) { // a resource is declared before it is handed on
        noteHandedOn(callee, sig, tree.getArguments());
      }
      planArguments(callee, sig, tree.getArguments());
      planElements(tree);
      return super.visitMethodInvocation(tree, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      ModelConflicts.Place outer = model.enterCall();
      try {
        return planNewClass(tree);
      } finally {
        model.exitCall(outer);
      }
    }

    private Void planNewClass(NewClassTree tree) {
      ExecutableElement ctor = TreeUtils.elementFromUse(tree);
      model.summarizedCall(ctor, annotations.signature(ctor), null, tree.getArguments());
      ownedSource |= annotations.isOwnedClass(TreeUtils.typeOf(tree));
      noteResource(tree, ctor, null, tree.getArguments());
      planArguments(ctor, annotations.signature(ctor), tree.getArguments());
      if (release.hasResources()) {
        noteHandedOn(ctor, annotations.signature(ctor), tree.getArguments());
      }
      scan(tree.getEnclosingExpression(), null);
      scan(tree.getArguments(), null);
      if (tree.getClassBody() != null) {
        captures.put(tree, capturesIn(tree.getClassBody()));
      }
      return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      lambdas.add(tree);
      captures.put(tree, capturesIn(tree));
      return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      // `list::remove` passed to a call modifies `list` when the call runs it.
      Path qualifier = Paths.ofModel(tree.getQualifierExpression());
      Element el = TreeUtils.elementFromUse(tree);
      if (qualifier != null && el instanceof ExecutableElement
          && annotations.signature((ExecutableElement) el).receiver() == Mode.MUT) {
        effects.put(tree, List.of(new Effect(qualifier, tree, true)));
        model.changedWhenRun(qualifier);
      }
      return super.visitMemberReference(tree, unused);
    }

    @Override
    public Void visitTry(com.sun.source.tree.TryTree tree, Void unused) {
      for (Tree r : tree.getResources()) {
        Element e =
            r instanceof VariableTree
                ? TreeUtils.elementFromDeclaration((VariableTree) r)
                : r instanceof ExpressionTree ? TreeUtils.elementFromUse((ExpressionTree) r) : null;
        if (e != null) {
          release.tryResource(e, r, tree);
        }
      }
      return super.visitTry(tree, unused);
    }

    @Override
    public Void visitBlock(com.sun.source.tree.BlockTree tree, Void unused) {
      List<? extends com.sun.source.tree.StatementTree> ss = tree.getStatements();
      for (int i = 0; i + 1 < ss.size(); i++) {
        if (ss.get(i) instanceof EnhancedForLoopTree
            && clears(ss.get(i + 1), collectionOf(((EnhancedForLoopTree) ss.get(i)).getExpression()))) {
          drainingLoops.add(ss.get(i));
        }
      }
      return super.visitBlock(tree, unused);
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
      Path p = Paths.ofModel(tree.getExpression());
      if (p != null && TreeUtils.typeOf(tree.getExpression()).getKind() != TypeKind.ARRAY) {
        // The loop's iterator borrows the collection while the loop runs. A loop over an array
        // calls nothing, so the JDK model lends nothing there (owned elements are borrows of
        // their own, below).
        model.lentByLoop(p, tree);
      }
      if (drainingLoops.contains(tree)) {
        // `for (Conn c : open.values()) c.close(); open.clear();` empties the collection: the
        // loop gives each element away, as Rust's `drain()` does.
        drainedVariables.add(TreeUtils.elementFromDeclaration(tree.getVariable()));
      } else if (annotations.hasOwnedElements(tree.getExpression())) {
        elementVariables.put(
            TreeUtils.elementFromDeclaration(tree.getVariable()), tree.getExpression());
        annotatedBorrows = true;
      }
      return super.visitEnhancedForLoop(tree, unused);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      // A local class: its methods are analysed when the visitor reaches them.
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      Element el = TreeUtils.elementFromUse(tree);
      if (Paths.isInstanceField(el) && Paths.of(tree.getExpression()) != null) {
        // `x` in `x.f` is part of the path `x.f`, not a read of `x` as a whole.
        notReads.add(TreeUtils.withoutParens(tree.getExpression()));
      }
      if (Paths.isInstanceField(el) && annotations.field((VariableElement) el) == Mode.OWNED) {
        ownedSource = true;
      }
      return super.visitMemberSelect(tree, unused);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      Element el = TreeUtils.elementFromUse(tree);
      if (Paths.isInstanceField(el) && annotations.field((VariableElement) el) == Mode.OWNED) {
        ownedSource = true;
      }
      return null;
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      VariableElement v = TreeUtils.elementFromDeclaration(tree);
      declared.add(v);
      if (tree.getInitializer() != null
          && (TreeUtils.withoutParens(tree.getInitializer()).getKind() == Tree.Kind.NEW_CLASS
              || TreeUtils.withoutParens(tree.getInitializer()).getKind() == Tree.Kind.NEW_ARRAY)) {
        freshLocals.add(v);
      }
      if (annotations.model().isCloseable(v.asType())) {
        release.declare(v, tree);
      }
      if (tree.getInitializer() != null && OwnershipAnnotations.isTrackable(v.asType())) {
        planStore(v, tree.getInitializer());
      }
      if (tree.getInitializer() != null && ReleasePlan.closesACapture(tree.getInitializer())) {
        // `Runnable closer = () -> r.close();`: the closure now holds the release of `r`.
        release.handOff(tree.getInitializer());
      }
      return super.visitVariable(tree, unused);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      ExpressionTree lhs = TreeUtils.withoutParens(tree.getVariable());
      if (Paths.of(lhs) != null) {
        notReads.add(lhs);
      }
      Path assigned = Paths.of(lhs);
      if (assigned != null && !assigned.isRoot()) {
        reassignedFields.add(assigned);
      } else if (assigned != null && assigned.root() != null) {
        model.aliases().assigned(assigned.root());
      }
      if (lhs instanceof com.sun.source.tree.ArrayAccessTree) {
        release.handOff(tree.getExpression()); // an array element keeps the value
        ExpressionTree array = ((com.sun.source.tree.ArrayAccessTree) lhs).getExpression();
        if (annotations.hasOwnedElements(array)) {
          planMove(
              tree.getExpression(), new Destination(Keys.INTO_COLLECTION, array.toString()), false);
        }
      }
      Element target = TreeUtils.elementFromUse(lhs);
      if (target instanceof VariableElement && OwnershipAnnotations.isTrackable(target.asType())) {
        if (Paths.isLocal(target)) {
          planStore((VariableElement) target, tree.getExpression());
        }
        if (Paths.isInstanceField(target) || Paths.isStaticField(target)) {
          planFill(
              target.asType(),
              target,
              tree.getExpression(),
              () -> target.getSimpleName().toString());
          release.handOff(tree.getExpression());
          noteEscape(
              tree.getExpression(),
              new Destination(Keys.ESCAPE_LAMBDA_FIELD, target.getSimpleName()));
        }
        if (Paths.isInstanceField(target)
            && annotations.field((VariableElement) target) == Mode.OWNED
            && annotations.model().isCloseable(target.asType())) {
          release.assignsOwnedResourceField(); // may overwrite a value it owes (owned.not.released)
        }
        if ((Paths.isInstanceField(target) || Paths.isStaticField(target))
            && annotations.field((VariableElement) target) == Mode.OWNED) {
          ExpressionTree bare = TreeUtils.withoutParensOrCasts(tree.getExpression());
          if (bare instanceof LambdaExpressionTree) {
            ownedLambdas.put(bare, new Destination(Keys.INTO_FIELD, target.getSimpleName()));
          }
          planMove(
              tree.getExpression(),
              new Destination(Keys.INTO_FIELD, target.getSimpleName()),
              false);
        }
      }
      return super.visitAssignment(tree, unused);
    }

    @Override
    public Void visitReturn(ReturnTree tree, Void unused) {
      if (returnType != null && tree.getExpression() != null) {
        planFill(returnType, null, tree.getExpression(), MovePlan.this::methodName);
      }
      release.handOff(tree.getExpression());
      noteEscape(tree.getExpression(), new Destination(Keys.ESCAPE_LAMBDA_RETURNED));
      if (tree.getExpression() != null && returnMode == Mode.OWNED) {
        ExpressionTree bare = TreeUtils.withoutParensOrCasts(tree.getExpression());
        if (bare instanceof LambdaExpressionTree) {
          ownedLambdas.put(bare, new Destination(Keys.INTO_RETURN, methodName()));
        }
        planMove(tree.getExpression(), new Destination(Keys.INTO_RETURN, methodName()), false);
      }
      return super.visitReturn(tree, unused);
    }

    private void planArguments(
        ExecutableElement callee,
        OwnershipAnnotations.Signature sig,
        List<? extends ExpressionTree> args) {
      if (sig == OwnershipAnnotations.Signature.LEGACY) {
        return;
      }
      for (int i = 0; i < args.size(); i++) {
        if (sig.param(i, callee.isVarArgs()) == Mode.MUT) {
          mutatedArguments.add(TreeUtils.withoutParens(args.get(i)));
        }
        if (sig.param(i, callee.isVarArgs()) == Mode.OWNED) {
          ExpressionTree bare = TreeUtils.withoutParensOrCasts(args.get(i));
          if (bare instanceof LambdaExpressionTree
              || (bare instanceof NewClassTree && ((NewClassTree) bare).getClassBody() != null)) {
            // A task given away moves what it captures (Rust's `move` closure).
            ownedLambdas.put(
                bare,
                new Destination(
                    Keys.INTO_PARAMETER,
                    callee.getParameters().get(i).getSimpleName(),
                    Describe.method(callee)));
          }
          noteEscape(
              args.get(i),
              new Destination(
                  Keys.ESCAPE_LAMBDA_OWNED,
                  callee.getParameters().get(i).getSimpleName(),
                  Describe.method(callee)));
          // The JDK model's @Owned positions (a thread's task) take only values the checker
          // already tracks as owned: unannotated code gets no other finding than SPEC §6's.
          planMove(
              args.get(i),
              new Destination(
                  Keys.INTO_PARAMETER,
                  callee.getParameters().get(i).getSimpleName(),
                  Describe.method(callee)),
              sig.model());
        }
      }
    }

    /**
     * What a call does with owned elements (SPEC §12): the elements it puts in move into the
     * container, and an element it gives back is an owner (taken out) or a borrow (looked at).
     */
    private void planElements(MethodInvocationTree tree) {
      OwnershipAnnotations.ElementCall ec = annotations.elementCall(tree);
      if (ec == null) {
        return;
      }
      ownedSource |= ec.result() == OwnedElements.Result.OWNER;
      annotatedBorrows |= ec.result() == OwnedElements.Result.BORROW;
      List<Move> refusable = new ArrayList<>();
      for (int i : ec.moved()) {
        if (i >= tree.getArguments().size()) {
          continue;
        }
        ExpressionTree arg = tree.getArguments().get(i);
        planMove(arg, new Destination(Keys.INTO_COLLECTION, ec.container().toString()), false);
        Move m = moves.get(TreeUtils.withoutParensOrCasts(arg));
        if (m != null) {
          refusable.add(m);
        }
      }
      if (ec.refusal() != OwnedElements.Refusal.NEVER && !refusable.isEmpty()) {
        refusablePuts.put(tree, new Refusable(ec.refusal(), List.copyOf(refusable)));
      }
    }

    /**
     * A call that opens a JDK resource makes the body worth analysing for the release rule; the
     * argument a JDK wrapper joins is noted, since the wrapper carries its resource on.
     */
    private void noteResource(
        ExpressionTree call,
        ExecutableElement callee,
        TypeMirror receiver,
        List<? extends ExpressionTree> args) {
      JdkResources jdk = annotations.model().resources();
      if (jdk.opens(callee, receiver)) {
        release.opens();
      }
      JdkResources.LockOp op = receiver == null ? null : jdk.lockOp(callee, receiver);
      if (op == JdkResources.LockOp.ACQUIRE || op == JdkResources.LockOp.TRY_ACQUIRE) {
        release.acquires();
      }
      if (release.hasResources()) {
        int joined = jdk.joinedArgument(callee);
        if (joined >= 0 && joined < args.size()) {
          release.join(TreeUtils.withoutParensOrCasts(args.get(joined)));
        }
      }
    }

    /** Arguments given to positions that keep them, for {@link #isHandOff}. */
    private void noteHandedOn(
        ExecutableElement callee,
        OwnershipAnnotations.Signature sig,
        List<? extends ExpressionTree> args) {
      for (int i = 0; i < args.size(); i++) {
        if (!sig.param(i, callee.isVarArgs()).isBorrow()
            && annotations.handOffs().takes(callee, i)) {
          release.handOff(args.get(i));
        }
      }
    }

    @Override
    public Void visitNewArray(com.sun.source.tree.NewArrayTree tree, Void unused) {
      if (tree.getInitializers() != null && release.hasResources()) {
        tree.getInitializers().forEach(release::handOff);
      }
      return super.visitNewArray(tree, unused);
    }

    /** A lambda or anonymous class that outlives the body through {@code where}. */
    private void noteEscape(ExpressionTree value, Destination where) {
      ExpressionTree e = value == null ? null : TreeUtils.withoutParensOrCasts(value);
      if (e instanceof LambdaExpressionTree
          || (e instanceof NewClassTree && ((NewClassTree) e).getClassBody() != null)) {
        escapingLambdas.put(e, where);
      }
    }

    /** Records whether a call borrows, for {@link #hasBorrows()}. */
    private void noteBorrows(
        OwnershipAnnotations.Signature sig,
        ExpressionTree select,
        List<? extends ExpressionTree> args) {
      if (sig == OwnershipAnnotations.Signature.LEGACY) {
        return;
      }
      Path receiver =
          select instanceof MemberSelectTree
              ? (sig.model() ? Paths.ofModel(((MemberSelectTree) select).getExpression())
                  : Paths.of(((MemberSelectTree) select).getExpression()))
              : null;
      if (!sig.model()) {
        annotatedBorrows |= sig.receiver().isBorrow() || sig.returns().isBorrow();
        for (Mode m : sig.params()) {
          annotatedBorrows |= m.isBorrow();
        }
        return;
      }
      boolean runsCode = false;
      for (ExpressionTree a : args) {
        runsCode |= a instanceof LambdaExpressionTree || a instanceof MemberReferenceTree;
      }
      // A view borrows its receiver for as long as it lives; a call borrows it only while it
      // runs, which matters only if it runs a lambda that could change the same collection.
      if (receiver != null
          && (sig.returns().isBorrow() || (sig.receiver().isBorrow() && runsCode))) {
        model.lentByCall(receiver);
      }
      if (receiver != null && sig.receiver() == Mode.MUT) {
        model.changedByCall(receiver);
      }
      // A static mutator of the model changes its @Mut argument, and holds it while the code it
      // is given runs; a static view borrows its @Borrowed one (Collections.sort(list, cmp),
      // Collections.unmodifiableList(list)).
      for (int i = 0; i < args.size(); i++) {
        Path ap = Paths.ofModel(args.get(i));
        Mode m = sig.param(i, false);
        if (ap != null && m == Mode.MUT) {
          model.changedByCall(ap);
        }
        if (ap != null && m.isBorrow() && (runsCode || sig.returns().isBorrow())) {
          model.lentByCall(ap);
        }
      }
    }

    /** A store into a local: moves into an {@code @Owned} local, maybe into an unannotated one. */
    private void planStore(VariableElement local, ExpressionTree value) {
      ExpressionTree bare = TreeUtils.withoutParensOrCasts(value);
      planFill(local.asType(), local, value, () -> local.getSimpleName().toString());
      if (annotations.model().isUnmodelled(local.asType())
          || annotations.model().isUnmodelled(TreeUtils.typeOf(bare))) {
        unmodelled.add(local); // given a concurrent collection, whatever its declared type
      }
      Mode mode = annotations.local(local);
      annotatedBorrows |= mode.isBorrow();
      if (mode == Mode.MUT) {
        mutatedArguments.add(TreeUtils.withoutParens(value));
      }
      if (mode == Mode.OWNED) {
        ownedSource = true;
        planMove(value, new Destination(Keys.INTO_OWNED_LOCAL, local.getSimpleName()), false);
      } else if (mode == Mode.NONE) {
        planMove(value, new Destination(Keys.INTO_LOCAL, local.getSimpleName()), true);
        ExpressionTree container = elementContainer(bare);
        if (container != null) {
          elementVariables.put(local, container); // a borrow of the container
          annotatedBorrows = true;
        }
        Path from = Paths.of(bare);
        if (annotations.model().isModelledType(local.asType())) {
          model.aliases().given(local, bare); // a static collection field may be aliased too
        }
        if (from != null
            && !from.isRoot()
            && annotations.field(from.field()) == Mode.OWNED) {
          fieldTakes.put(local, from);
          Move taken = moves.get(bare);
          if (taken != null) {
            fieldTakeMoves.put(taken, local);
          }
        }
      }
    }
  }

  /**
   * Records that the value of {@code value} moves: a path expression directly, or each operand
   * of a {@code ?:} or {@code switch} expression on the branch that yields it.
   */
  private void planMove(ExpressionTree value, Destination destination, boolean onlyIfOwned) {
    ExpressionTree e = value;
    while (true) {
      e = TreeUtils.withoutParens(e);
      if (e instanceof TypeCastTree) {
        e = ((TypeCastTree) e).getExpression();
      } else {
        break;
      }
    }
    if (e instanceof ConditionalExpressionTree) {
      ConditionalExpressionTree c = (ConditionalExpressionTree) e;
      planMove(c.getTrueExpression(), destination, onlyIfOwned);
      planMove(c.getFalseExpression(), destination, onlyIfOwned);
      return;
    }
    if (e instanceof SwitchExpressionTree) {
      for (ExpressionTree result : CaptureScan.switchResults((SwitchExpressionTree) e)) {
        planMove(result, destination, onlyIfOwned);
      }
      return;
    }
    Path path = Paths.of(e);
    if (path != null) {
      moves.put(e, new Move(e, path, destination, onlyIfOwned));
      return;
    }
    ExpressionTree container = onlyIfOwned ? null : elementContainer(e);
    if (container != null) {
      elementMoves.put(e, new Move(e, null, destination, false));
      elementMoveContainers.put(e, container);
      return;
    }
    Element el =
        e instanceof IdentifierTree || e instanceof MemberSelectTree
            ? TreeUtils.elementFromUse(e)
            : null;
    if (!onlyIfOwned
        && Paths.isStaticField(el)
        && annotations.field((VariableElement) el) == Mode.OWNED) {
      moves.put(e, new Move(e, null, destination, false));
    }
  }

  /**
   * A new container filled where it is made, for a place whose elements are owned: the values
   * of {@code List.of(a, b)}, {@code Set.of}, {@code Map.of} (values), {@code Optional.of(x)},
   * {@code Collections.singletonList(x)}, and of an array initializer {@code {a, b}} move into it
   * (SPEC §12).
   *
   * @param type the declared type of the place (a local, a field, a method's result)
   * @param variable the local or field, or {@code null} for a result
   */
  private void planFill(
      TypeMirror type, Element variable, ExpressionTree value, Supplier<String> into) {
    ExpressionTree e = TreeUtils.withoutParensOrCasts(value);
    if (e instanceof com.sun.source.tree.NewArrayTree) {
      List<? extends ExpressionTree> init = ((com.sun.source.tree.NewArrayTree) e).getInitializers();
      if (init != null && variable != null && annotations.hasOwnedComponents(variable)) {
        Destination where = new Destination(Keys.INTO_COLLECTION, into.get());
        init.forEach(x -> planMove(x, where, false));
      }
      return;
    }
    if (!(e instanceof MethodInvocationTree) || !annotations.hasOwnedTypeArgument(type)) {
      return;
    }
    Destination where = new Destination(Keys.INTO_COLLECTION, into.get());
    ExecutableElement factory = TreeUtils.elementFromUse((MethodInvocationTree) e);
    List<? extends ExpressionTree> args = ((MethodInvocationTree) e).getArguments();
    for (int i : annotations.model().elements().filledArguments(factory, args.size())) {
      planMove(args.get(i), where, false);
    }
  }

  /**
   * The container an expression looks at an owned element of ({@code list} of
   * {@code list.get(0)}, {@code bufs} of {@code bufs[i]}), or {@code null} (SPEC §12).
   */
  private ExpressionTree elementContainer(ExpressionTree e) {
    if (e instanceof MethodInvocationTree) {
      OwnershipAnnotations.ElementCall look = annotations.elementCall((MethodInvocationTree) e);
      if (look == null || look.result() != OwnedElements.Result.BORROW) {
        return null;
      }
      Path c = Paths.of(look.container());
      if (c != null && c.isRoot() && drainedVariables.contains(c.root())) {
        return null; // `e.getValue()` of an entry a draining loop gives away
      }
      return look.container();
    }
    if (e instanceof com.sun.source.tree.ArrayAccessTree) {
      ExpressionTree array = ((com.sun.source.tree.ArrayAccessTree) e).getExpression();
      return annotations.hasOwnedElements(array) ? array : null;
    }
    return null;
  }

  /**
   * Records what a lambda or class body captures (each read where it is created, SPEC §4) and,
   * for a lambda, what it modifies and reads of its captures (SPEC §5).
   */
  private List<Capture> capturesIn(Tree body) {
    CaptureScan scan = CaptureScan.of(body, annotations);
    effects.put(body, scan.effects());
    for (Effect e : scan.effects()) {
      if (e.mutation()) {
        model.changedWhenRun(e.path()); // when it runs, which may be anywhere
      }
    }
    return scan.captures();
  }
}
