package dev.ownership.checker;

import java.util.Objects;
import javax.lang.model.element.VariableElement;

/**
 * A place the checker tracks (SPEC §2): a local variable or parameter {@code x}, the receiver
 * {@code this}, or a field path {@code x.f} / {@code this.f}. Deeper paths count as their
 * two-level prefix. A static field is a root only for the JDK model ({@link Paths#ofModel}): a
 * loop over a static collection field that changes it throws like any other.
 *
 * <p>The JDK model keeps one level more ({@link #selectModel}): the collections of one object are
 * apart, so a loop over {@code this.doc.pages} does not conflict with a change of {@code
 * this.doc.objects}, as it does not at two levels ({@code this.pages}, {@code this.objects}).
 * Such a path overlaps its two-level prefix, which every other rule uses.
 *
 * @param root the local variable or parameter, a static field (JDK model only), or {@code null}
 *     for {@code this}
 * @param field the field selected from the root, or {@code null} for the root itself
 * @param sub the field selected from {@code field}, for the JDK model only; else {@code null}
 */
record Path(VariableElement root, VariableElement field, VariableElement sub) {

  /** The path of {@code this}. */
  static final Path THIS = new Path(null, null, null);

  /** The path of a local variable or parameter. */
  static Path of(VariableElement local) {
    return new Path(local, null, null);
  }

  /** The path of a static field, as the JDK model sees it (SPEC §2 as amended). */
  static Path ofStatic(VariableElement field) {
    return new Path(field, null, null);
  }

  /** True for a path rooted at a static field: the same object wherever it is named. */
  boolean isStaticRooted() {
    return root != null && root.getKind() == javax.lang.model.element.ElementKind.FIELD;
  }

  /** This path with a field selected, truncated to two levels. */
  Path select(VariableElement f) {
    return field == null ? new Path(root, f, null) : this;
  }

  /** This path with a field selected, as the JDK model sees it: truncated to three levels. */
  Path selectModel(VariableElement f) {
    return field == null ? new Path(root, f, null) : sub == null ? new Path(root, field, f) : this;
  }

  /** The path without its field: {@code x} for {@code x.f}, itself for a root. */
  Path base() {
    return field == null ? this : new Path(root, null, null);
  }

  boolean isThisRooted() {
    return root == null;
  }

  boolean isRoot() {
    return field == null;
  }

  /** True if this path is {@code other} or a prefix of it ({@code a} of {@code a.f}). */
  boolean isPrefixOf(Path other) {
    return Objects.equals(root, other.root)
        && (field == null || (field.equals(other.field) && (sub == null || sub.equals(other.sub))));
  }

  /** Two paths overlap when one is a prefix of the other (SPEC §2). */
  boolean overlaps(Path other) {
    return isPrefixOf(other) || other.isPrefixOf(this);
  }

  @Override
  public boolean equals(Object o) {
    // Written out: a record's generated equals and hashCode are bootstrapped through method
    // handles the first time they run, in every javac run, which costs more than they do here.
    return o instanceof Path p
        && Objects.equals(root, p.root)
        && Objects.equals(field, p.field)
        && Objects.equals(sub, p.sub);
  }

  @Override
  public int hashCode() {
    return (31 * Objects.hashCode(root) + Objects.hashCode(field)) * 31 + Objects.hashCode(sub);
  }

  @Override
  public String toString() {
    String r =
        root == null ? "this"
            : isStaticRooted()
                ? root.getEnclosingElement().getSimpleName() + "." + root.getSimpleName()
                : root.getSimpleName().toString();
    return field == null ? r
        : sub == null ? r + "." + field.getSimpleName()
        : r + "." + field.getSimpleName() + "." + sub.getSimpleName();
  }
}
