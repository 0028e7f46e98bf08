package dev.ownership.checker;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * What the rules need to know about the body being analysed: how its receiver is held, whether
 * it is a constructor or a lambda, and which locals it declares.
 *
 * @param receiver the mode of {@code this} in the body
 * @param constructor true in a constructor, where {@code this} is {@code @Mut} (SPEC §3)
 * @param lambda true in a lambda body, where {@code this} and outer locals are captured
 * @param plan the body's plan, which knows the locals it declares
 * @param method the method whose body this is, or {@code null} for a lambda or an initializer
 * @param ownsCaptures true in a lambda that is moved: it owns what it captures (Rust's
 *     {@code FnOnce}), so it may move a captured local
 */
record BodyContext(
    Mode receiver,
    boolean constructor,
    boolean lambda,
    MovePlan plan,
    OwnershipAnnotations annotations,
    ExecutableElement method,
    boolean ownsCaptures) {

  /** The context of a method or constructor body. */
  static BodyContext ofMethod(
      ExecutableElement method, MovePlan plan, OwnershipAnnotations annotations) {
    boolean ctor = method.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR;
    Mode receiver = ctor ? Mode.MUT : annotations.declared(method).receiver();
    return new BodyContext(receiver, ctor, false, plan, annotations, method, false);
  }

  /** The mode of the body's result: {@link Mode#NONE} for lambdas and initializers. */
  Mode returns() {
    return method == null ? Mode.NONE : annotations.declared(method).returns();
  }

  /**
   * Why {@code path} may not be moved from in this body (SPEC §4, {@code move.out.of.borrow}), as
   * a key of {@link Keys} naming the reason, or {@code null} if it may be moved.
   *
   * @param path the path, or {@code null} for an {@code @Owned} static field
   */
  String whyNotMovable(Path path, OwnershipStore store) {
    if (path == null) {
      return Keys.STATIC_FIELD;
    }
    if (path.isThisRooted()) {
      if (lambda) {
        return Keys.CAPTURED;
      }
      if (path.isRoot()) {
        if (receiver == Mode.OWNED) {
          return null;
        }
        return constructor ? Keys.THIS_IN_CONSTRUCTOR : Keys.THIS_NOT_OWNED;
      }
      return receiver == Mode.BORROWED ? Keys.BEHIND_BORROW : null;
    }
    VariableElement root = path.root();
    if (!plan.declares(root) && !ownsCaptures && !isLegacyParameter(root)) {
      return Keys.CAPTURED;
    }
    Mode mode = borrowMode(root, store);
    if (path.isRoot() && mode.isBorrow()) {
      return plan.elementContainerOf(root) != null && annotations.local(root) == Mode.NONE
          ? Keys.ELEMENT_BORROW
          : Keys.BORROWED_PATH;
    }
    // Through a @Mut path a field may be moved out, if a value is put back (mem::replace).
    return !path.isRoot() && mode == Mode.BORROWED ? Keys.BEHIND_BORROW : null;
  }

  /**
   * True for an unannotated parameter of a method or lambda: a legacy value (SPEC §3), which the
   * body that declares it does not own, so a lambda capturing it may hand it on as that body
   * could ({@code return () -> closeConnection(conn);}).
   */
  private boolean isLegacyParameter(VariableElement root) {
    return root.getKind() == javax.lang.model.element.ElementKind.PARAMETER
        && annotations.local(root) == Mode.NONE;
  }

  /**
   * How a local holds its value if it borrows: its declared {@code @Borrowed}/{@code @Mut}, or,
   * for an unannotated local, the mode of the borrow it was last given (a reborrow, SPEC §3).
   */
  Mode borrowMode(VariableElement local, OwnershipStore store) {
    Mode declared = annotations.local(local);
    if (declared != Mode.NONE) {
      return declared;
    }
    return store.reborrowOf(local);
  }

  /**
   * The mode of the borrow a path is reached through, or {@link Mode#NONE}: a borrowed local or
   * reborrow, or {@code this} under a borrowed receiver.
   */
  Mode borrowModeOf(Path path, OwnershipStore store) {
    if (path.isThisRooted()) {
      return lambda || !receiver.isBorrow() ? Mode.NONE : receiver;
    }
    Mode m = borrowMode(path.root(), store);
    return m.isBorrow() ? m : Mode.NONE;
  }

  /**
   * True if the JDK model leaves this value alone: its static type is (or extends) a concurrent
   * collection, or it is a local that was given one (SPEC §6).
   */
  boolean isUnmodelled(org.checkerframework.dataflow.cfg.node.Node value) {
    Path p = Paths.ofModel(value);
    if (p != null && p.isRoot() && p.isStaticRooted()) {
      return annotations.model().isUnmodelledField(p.root())
          || annotations.model().isUnmodelled(value.getType());
    }
    if (p != null && p.isRoot() && p.root() != null && plan.isUnmodelled(p.root())) {
      return true;
    }
    if (p != null && !p.isRoot() && annotations.model().isUnmodelledField(p.field())) {
      return true;
    }
    return annotations.model().isUnmodelled(value.getType());
  }

  /**
   * True if {@code path} is reached through a {@code @Borrowed} path, so that nothing may be
   * changed through it (SPEC §2, deep): a {@code @Borrowed} local or parameter, {@code this}
   * under a {@code @Borrowed} receiver, or a field of either.
   */
  boolean isThroughSharedBorrow(Path path, OwnershipStore store) {
    if (borrowModeOf(path, store) != Mode.BORROWED) {
      return false;
    }
    // Deep through what the object owns: @Owned fields, and the collections and builders of
    // the JDK model it holds; other unannotated fields are legacy (SPEC §2).
    return path.isRoot()
        || annotations.field(path.field()) == Mode.OWNED
        || annotations.model().isModelledType(path.field().asType());
  }

  /** True if the path holds an owned value, so that storing it in an unannotated local moves it. */
  boolean isOwner(Path path, OwnershipStore store) {
    if (path.isThisRooted() && path.isRoot()) {
      return receiver == Mode.OWNED;
    }
    if (!path.isRoot()) {
      // An owned field reached through a borrow is only borrowed: storing it reborrows.
      return annotations.field(path.field()) == Mode.OWNED
          && borrowModeOf(path.base(), store) == Mode.NONE;
    }
    Mode m = annotations.local(path.root());
    return m == Mode.OWNED || (m == Mode.NONE && store.isOwner(path.root()));
  }
}
