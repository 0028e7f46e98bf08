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
 */
record BodyContext(
    Mode receiver,
    boolean constructor,
    boolean lambda,
    MovePlan plan,
    OwnershipAnnotations annotations) {

  /** The context of a method or constructor body. */
  static BodyContext ofMethod(
      ExecutableElement method, MovePlan plan, OwnershipAnnotations annotations) {
    boolean ctor = method.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR;
    Mode receiver = ctor ? Mode.MUT : annotations.signature(method).receiver();
    return new BodyContext(receiver, ctor, false, plan, annotations);
  }

  /**
   * Why {@code path} may not be moved from in this body (SPEC §4, {@code move.out.of.borrow}), as
   * a key of {@link Keys} naming the reason, or {@code null} if it may be moved.
   *
   * @param path the path, or {@code null} for an {@code @Owned} static field
   */
  String whyNotMovable(Path path) {
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
    if (!plan.declares(root)) {
      return Keys.CAPTURED;
    }
    if (annotations.local(root).isBorrow()) {
      return path.isRoot() ? Keys.BORROWED_PATH : Keys.BEHIND_BORROW;
    }
    return null;
  }

  /** True if the path holds an owned value, so that storing it in an unannotated local moves it. */
  boolean isOwner(Path path, OwnershipStore store) {
    if (path.isThisRooted() && path.isRoot()) {
      return receiver == Mode.OWNED;
    }
    if (!path.isRoot()) {
      return annotations.field(path.field()) == Mode.OWNED;
    }
    Mode m = annotations.local(path.root());
    return m == Mode.OWNED || (m == Mode.NONE && store.isOwner(path.root()));
  }
}
