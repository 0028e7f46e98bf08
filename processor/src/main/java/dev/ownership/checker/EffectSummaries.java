package dev.ownership.checker;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.checkerframework.javacutil.BugInCF;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Effect summaries (SPEC §10): for a method or constructor whose source is in the compilation,
 * the paths it may structurally modify on some path through it, in terms of its receiver
 * ({@code this}, {@code this.items}), its parameters ({@code p}, {@code p.items}) and the static
 * collection fields it names ({@code Registry.NAMES}, the same object in every method). A
 * modification is a call of a JDK-model mutator (SPEC §6) or a call of a resolved method whose
 * summary modifies what it is given; recursion is solved by a fixpoint over the methods a
 * summary reaches.
 *
 * <p>This class is analysis only: it knows nothing of loans. The rules ask it, at a call made
 * while a JDK-model loan is live, what the call modifies; nothing is computed otherwise, and each
 * method's body is scanned at most once.
 */
final class EffectSummaries {

  /**
   * One modification a summary holds.
   *
   * @param path what is modified, in the summarized method's terms (or the caller's, once
   *     translated)
   * @param at the modifying call, inside the method {@code in}
   * @param unit the compilation unit of {@code at}
   * @param in the method whose body holds {@code at}
   * @param guard the test of a parameter the modification is made under, or {@code null}
   */
  record Effect(
      Path path, Tree at, CompilationUnitTree unit, ExecutableElement in, Guard guard) {

    /** The same modification, made whatever the arguments. */
    Effect unguarded(Path p) {
      return new Effect(p, at, unit, in, null);
    }
  }

  /**
   * A modification made only when parameter {@code parameter} is {@code null} ({@code whenNull})
   * or only when it is not: {@code if (vertices == null) ordered.addFirst(v);}. A call that gives
   * that parameter a value the test rules out ({@code new HashSet<>()} for {@code == null}) does
   * not make it.
   */
  record Guard(int parameter, boolean whenNull) {

    /** True if an argument of {@code nullness} rules the modification out. */
    boolean ruledOutBy(Nullness nullness) {
      return nullness == (whenNull ? Nullness.NON_NULL : Nullness.NULL);
    }
  }

  /** What is known of an argument's value at a call: {@code null}, a new object, or nothing. */
  enum Nullness {
    NULL,
    NON_NULL,
    UNKNOWN;

    /** Of an argument in the source. */
    static Nullness of(ExpressionTree e) {
      ExpressionTree bare = e == null ? null : TreeUtils.withoutParens(e);
      if (bare == null) {
        return UNKNOWN;
      }
      switch (bare.getKind()) {
        case NULL_LITERAL:
          return NULL;
        case NEW_CLASS:
        case NEW_ARRAY:
        case STRING_LITERAL:
        case LAMBDA_EXPRESSION:
        case MEMBER_REFERENCE:
          return NON_NULL;
        default:
          return UNKNOWN;
      }
    }
  }

  /** True if a guarded modification cannot happen at a call given {@code args}. */
  static boolean ruledOut(Effect e, List<Nullness> args) {
    Guard g = e.guard();
    return g != null && g.parameter() < args.size() && g.ruledOutBy(args.get(g.parameter()));
  }

  /** A call made in a summarized body, with what it is given as paths of that body. */
  private record Site(
      ExecutableElement callee, Path receiver, List<Path> args, List<Nullness> nullness) {}

  /** What one scan of a body found: its direct modifications and the resolved calls it makes. */
  private record Scan(List<Effect> direct, List<Site> sites) {}

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final OwnershipAnnotations annotations;
  private final Map<ExecutableElement, Scan> scans = new HashMap<>();
  private final Map<ExecutableElement, List<Effect>> summaries = new HashMap<>();
  private final Map<Element, Map<TypeElement, Set<TypeElement>>> subtypesInPackage =
      new HashMap<>();
  private final Map<Element, CompilationUnitTree> units = new HashMap<>();

  EffectSummaries(Trees trees, Types types, Elements elements, OwnershipAnnotations annotations) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.annotations = annotations;
  }

  /**
   * The method a call runs, if the compilation knows it (SPEC §10, "Which calls are resolved"):
   * static, private and final methods, constructors, methods of final classes, records and
   * enums, and other methods of a class in the compilation when no subclass declared beside it
   * overrides them. {@code null} for interface methods, abstract ones, and code outside the
   * compilation.
   */
  ExecutableElement resolve(ExecutableElement method) {
    if (method == null || bodyOf(method) == null) {
      return null;
    }
    if (method.getKind() == ElementKind.CONSTRUCTOR) {
      return method;
    }
    Set<Modifier> mods = method.getModifiers();
    if (mods.contains(Modifier.STATIC) || mods.contains(Modifier.PRIVATE)
        || mods.contains(Modifier.FINAL)) {
      return method;
    }
    Element owner = method.getEnclosingElement();
    if (!(owner instanceof TypeElement)) {
      return null;
    }
    TypeElement cls = (TypeElement) owner;
    if (cls.getKind() == ElementKind.INTERFACE) {
      return null; // a default method: which implementation runs is not known
    }
    if (cls.getModifiers().contains(Modifier.FINAL) || cls.getKind() == ElementKind.RECORD) {
      return method;
    }
    for (TypeElement sub : subclasses(cls)) {
      for (ExecutableElement m : ElementFilter.methodsIn(sub.getEnclosedElements())) {
        if (elements.overrides(m, method, sub)) {
          return null;
        }
      }
    }
    return method;
  }

  /**
   * The types declared in source in the package of {@code cls} (with their nested types) that
   * extend it; any of them may override a method of it.
   */
  private Set<TypeElement> subclasses(TypeElement cls) {
    return subtypesInPackage
        .computeIfAbsent(elements.getPackageOf(cls), this::indexSubtypes)
        .getOrDefault(cls, Set.of());
  }

  /**
   * For each type that a type declared in source in {@code pkg} extends, directly or not, those
   * types of {@code pkg}: made once per package, by walking each type's supertypes (erased).
   */
  private Map<TypeElement, Set<TypeElement>> indexSubtypes(Element pkg) {
    Map<TypeElement, Set<TypeElement>> index = new HashMap<>();
    Deque<Element> todo = new ArrayDeque<>(pkg.getEnclosedElements());
    while (!todo.isEmpty()) {
      Element e = todo.removeFirst();
      if (!(e instanceof TypeElement) || trees.getTree(e) == null) {
        continue;
      }
      todo.addAll(e.getEnclosedElements());
      for (TypeElement s : annotations.model().supertypes((TypeElement) e)) {
        if (!s.equals(e)) {
          index.computeIfAbsent(s, k -> new HashSet<>()).add((TypeElement) e);
        }
      }
    }
    return index;
  }

  /** The compilation unit that declares a type of the compilation, by its outermost type. */
  private CompilationUnitTree unitOf(Element e) {
    Element top = e;
    while (top.getEnclosingElement() != null
        && !(top.getEnclosingElement() instanceof javax.lang.model.element.PackageElement)) {
      top = top.getEnclosingElement();
    }
    return units.computeIfAbsent(
        top,
        t -> {
          // The path of a top-level class is found from its unit at once; a method's would be
          // found by a walk of everything declared before it in the file.
          TreePath p = trees.getPath(t);
          return p == null ? null : p.getCompilationUnit();
        });
  }

  /** Per package of a callee: whether it may hold code of the compilation (not the platform's). */
  private final Map<Element, Boolean> platformPackages = new java.util.IdentityHashMap<>();

  /**
   * A cheap first test, made while a body is planned: a call that is not in the JDK model and
   * not into the platform may reach code of the compilation, whose summary the rules may ask.
   */
  boolean mayBeSummarized(ExecutableElement callee, OwnershipAnnotations.Signature sig) {
    if (callee == null || sig.model()) {
      return false;
    }
    Element e = callee.getEnclosingElement();
    while (e != null && !(e instanceof javax.lang.model.element.PackageElement)) {
      e = e.getEnclosingElement();
    }
    if (e == null) {
      return true;
    }
    return !platformPackages.computeIfAbsent(e, EffectSummaries::isPlatform);
  }

  private static boolean isPlatform(Element pkg) {
    String name = ((javax.lang.model.element.PackageElement) pkg).getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  private MethodTree bodyOf(ExecutableElement method) {
    Tree t = trees.getTree(method);
    return t instanceof MethodTree && ((MethodTree) t).getBody() != null ? (MethodTree) t : null;
  }

  /**
   * What a resolved method may modify, in its own terms, with the first place each path is
   * modified. Computed once, with every method it reaches, to a fixpoint.
   */
  List<Effect> of(ExecutableElement method) {
    List<Effect> done = summaries.get(method);
    if (done != null) {
      return done;
    }
    // The methods this summary depends on, each scanned once.
    List<ExecutableElement> reach = new ArrayList<>();
    Deque<ExecutableElement> todo = new ArrayDeque<>();
    todo.add(method);
    Set<ExecutableElement> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      ExecutableElement m = todo.removeFirst();
      if (!seen.add(m) || summaries.containsKey(m)) {
        continue;
      }
      reach.add(m);
      for (Site s : scan(m).sites()) {
        todo.add(s.callee());
      }
    }
    Map<ExecutableElement, Map<Path, Effect>> current = new HashMap<>();
    for (ExecutableElement m : reach) {
      Map<Path, Effect> start = new LinkedHashMap<>();
      for (Effect e : scan(m).direct()) {
        Effect known = start.get(e.path());
        if (known == null) {
          start.put(e.path(), e);
        } else if (known.guard() != null && !known.guard().equals(e.guard())) {
          start.put(e.path(), known.unguarded(e.path())); // under two tests, or under none
        }
      }
      current.put(m, start);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ExecutableElement m : reach) {
        Map<Path, Effect> mine = current.get(m);
        for (Site s : scan(m).sites()) {
          // A copy: under recursion the callee's summary is the one being extended.
          List<Effect> calleeEffects =
              List.copyOf(
                  summaries.containsKey(s.callee())
                      ? summaries.get(s.callee())
                      : current.get(s.callee()).values());
          for (Effect e : calleeEffects) {
            if (ruledOut(e, s.nullness())) {
              continue; // the call gives the tested parameter what the test rules out
            }
            Path p = translate(e.path(), s.callee(), s.receiver(), s.args());
            if (p != null && keeps(p, m) && !mine.containsKey(p)) {
              mine.put(p, e.unguarded(p));
              changed = true;
            }
          }
        }
      }
    }
    for (ExecutableElement m : reach) {
      summaries.put(m, List.copyOf(current.get(m).values()));
    }
    return summaries.get(method);
  }

  /**
   * A callee's path in the caller's terms: {@code this.f} of the callee is {@code receiver.f},
   * its parameter {@code p} (or {@code p.f}) is the argument given for it. {@code null} when the
   * caller gave no path there.
   */
  static Path translate(
      Path calleePath, ExecutableElement callee, Path receiver, List<Path> args) {
    Path base;
    if (calleePath.isStaticRooted()) {
      return calleePath; // one object wherever it is named
    } else if (calleePath.isThisRooted()) {
      base = receiver;
    } else {
      int i = callee.getParameters().indexOf(calleePath.root());
      base = i < 0 || i >= args.size() ? null : args.get(i);
    }
    if (base == null) {
      return null;
    }
    if (calleePath.isRoot()) {
      return base;
    }
    Path p = base.selectModel(calleePath.field());
    return calleePath.sub() == null ? p : p.selectModel(calleePath.sub());
  }

  /** True if a path of {@code m}'s body is part of its summary: its receiver or a parameter. */
  private static boolean keeps(Path p, ExecutableElement m) {
    if (p.isStaticRooted()) {
      return true; // a static collection field is the caller's as much as the callee's
    }
    if (p.isThisRooted()) {
      return !m.getModifiers().contains(Modifier.STATIC);
    }
    return m.getParameters().contains(p.root());
  }

  private Scan scan(ExecutableElement method) {
    Scan s = scans.get(method);
    if (s == null) {
      s = new BodyScanner(method).run();
      scans.put(method, s);
    }
    return s;
  }

  /**
   * Scans one body: the JDK-model mutators it calls on its receiver's or parameters' paths (or
   * on a local that is an alias of one), and the resolved calls it makes. Lambdas and classes
   * declared in it are left out: when their code runs is not known.
   */
  private final class BodyScanner extends TreeScanner<Void, Void> {
    private final ExecutableElement method;
    private final CompilationUnitTree unit;
    private final MethodTree tree;
    private final List<Effect> direct = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();

    /** Unannotated locals of a JDK-model type given one path and nothing else (SPEC §10). */
    private final AliasLocals aliases = new AliasLocals();

    /** The test of a parameter the scan is under, or {@code null}. */
    private Guard guard;

    @Override
    public Void visitIf(com.sun.source.tree.IfTree node, Void v) {
      Guard then = guardOf(node.getCondition(), true);
      Guard otherwise = guardOf(node.getCondition(), false);
      if (then == null && otherwise == null) {
        return super.visitIf(node, v);
      }
      scan(node.getCondition(), v);
      Guard outer = guard;
      // An inner test replaces an outer one: a weaker condition, never a wrong one.
      guard = then != null ? then : outer;
      scan(node.getThenStatement(), v);
      guard = otherwise != null ? otherwise : outer;
      scan(node.getElseStatement(), v);
      guard = outer;
      return null;
    }

    /**
     * The test of a parameter that holds where {@code condition} is {@code when}: {@code p ==
     * null} is a test either way, a conjunct of {@code &&} one where it is true, a disjunct of
     * {@code ||} one where it is false; else {@code null}.
     */
    private Guard guardOf(ExpressionTree condition, boolean when) {
      ExpressionTree c = TreeUtils.withoutParens(condition);
      if (c.getKind() == Tree.Kind.CONDITIONAL_AND && when
          || c.getKind() == Tree.Kind.CONDITIONAL_OR && !when) {
        com.sun.source.tree.BinaryTree b = (com.sun.source.tree.BinaryTree) c;
        Guard g = guardOf(b.getLeftOperand(), when);
        return g != null ? g : guardOf(b.getRightOperand(), when);
      }
      Guard g = guardOf(c);
      return g == null || when ? g : new Guard(g.parameter(), !g.whenNull());
    }

    /**
     * {@code p == null} or {@code p != null} (either way round) of a parameter {@code p} that the
     * body never assigns, as the test its then-branch is under; else {@code null}.
     */
    private Guard guardOf(ExpressionTree condition) {
      ExpressionTree c = TreeUtils.withoutParens(condition);
      if (c.getKind() != Tree.Kind.EQUAL_TO && c.getKind() != Tree.Kind.NOT_EQUAL_TO) {
        return null;
      }
      com.sun.source.tree.BinaryTree b = (com.sun.source.tree.BinaryTree) c;
      ExpressionTree other =
          b.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL ? b.getLeftOperand()
              : b.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL ? b.getRightOperand()
              : null;
      other = other == null ? null : TreeUtils.withoutParens(other);
      if (!(other instanceof com.sun.source.tree.IdentifierTree)) {
        return null;
      }
      Element e = TreeUtils.elementFromUse(other);
      int i = method.getParameters().indexOf(e);
      if (i < 0 || aliases.isAssigned(e)) {
        return null;
      }
      return new Guard(i, c.getKind() == Tree.Kind.EQUAL_TO);
    }

    BodyScanner(ExecutableElement method) {
      this.method = method;
      this.tree = bodyOf(method);
      this.unit = tree == null ? null : unitOf(method);
    }

    Scan run() {
      if (tree == null || unit == null) {
        return new Scan(List.of(), List.of());
      }
      try {
        new AliasFinder().scan(tree.getBody(), null);
        scan(tree.getBody(), null);
      } catch (BugInCF notAttributedYet) {
        // A class javac has not attributed yet (its default compile policy attributes one
        // class at a time): its code is not known, and has no effect (SPEC §10).
        return new Scan(List.of(), List.of());
      }
      return new Scan(direct, sites);
    }

    /** The path an expression denotes in this body, through an alias local. */
    private Path pathOf(ExpressionTree e) {
      Path p = Paths.ofModel(e);
      Path alias = p != null && p.isRoot() && p.root() != null ? aliases.of(p.root()) : null;
      return alias != null ? alias : p;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void v) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void v) {
      return null;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void v) {
      ExecutableElement m = TreeUtils.elementFromUse(node);
      if (m != null) {
        ExpressionTree select = node.getMethodSelect();
        ExpressionTree receiverTree =
            select instanceof MemberSelectTree ? ((MemberSelectTree) select).getExpression() : null;
        Path receiver =
            m.getModifiers().contains(Modifier.STATIC) ? null
                : receiverTree == null ? Path.THIS : pathOf(receiverTree);
        boolean superCall = receiverTree != null && receiverTree.toString().equals("super");
        List<Path> args = new ArrayList<>();
        List<Nullness> nullness = new ArrayList<>();
        for (ExpressionTree a : node.getArguments()) {
          args.add(pathOf(a));
          nullness.add(Nullness.of(a));
        }
        OwnershipAnnotations.Signature sig = annotations.signature(m);
        if (sig.model()) {
          TypeMirror rt = receiverTree == null ? null : TreeUtils.typeOf(receiverTree);
          boolean unmodelled = rt != null && annotations.model().isUnmodelled(rt);
          if (receiver != null && sig.receiver() == Mode.MUT && !unmodelled) {
            direct.add(new Effect(receiver, node, unit, method, guard));
          }
          for (int i = 0; i < args.size(); i++) {
            if (args.get(i) != null && sig.param(i, m.isVarArgs()) == Mode.MUT) {
              direct.add(new Effect(args.get(i), node, unit, method, guard));
            }
          }
        } else {
          ExecutableElement target = superCall ? (bodyOf(m) == null ? null : m) : resolve(m);
          if (target != null) {
            sites.add(new Site(target, receiver, args, nullness));
          }
        }
      }
      return super.visitMethodInvocation(node, v);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void v) {
      ExecutableElement ctor = TreeUtils.elementFromUse(node);
      if (ctor != null && node.getClassBody() == null && resolve(ctor) != null) {
        List<Path> args = new ArrayList<>();
        List<Nullness> nullness = new ArrayList<>();
        for (ExpressionTree a : node.getArguments()) {
          args.add(pathOf(a));
          nullness.add(Nullness.of(a));
        }
        sites.add(new Site(ctor, null, args, nullness));
      }
      return super.visitNewClass(node, v);
    }

    /**
     * Finds the alias locals: an unannotated local of a JDK-model type whose every assignment
     * is one and the same path; a local given anything else is no alias.
     */
    private final class AliasFinder extends TreeScanner<Void, Void> {
      @Override
      public Void visitVariable(VariableTree node, Void v) {
        VariableElement local = TreeUtils.elementFromDeclaration(node);
        if (local != null && node.getInitializer() != null) {
          given(local, node.getInitializer());
        }
        return super.visitVariable(node, v);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void v) {
        Element e = TreeUtils.elementFromUse(node.getVariable());
        if (e instanceof VariableElement && Paths.isLocal(e)) {
          aliases.assigned(e);
          given((VariableElement) e, node.getExpression());
        }
        return super.visitAssignment(node, v);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void v) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void v) {
        return null;
      }

      private void given(VariableElement local, ExpressionTree value) {
        if (!annotations.model().isModelledType(local.asType())
            || annotations.local(local) != Mode.NONE) {
          return;
        }
        aliases.given(local, value);
      }
    }
  }
}
