package dev.ownership.checker;

/**
 * What one position (a parameter, a receiver, a return, a field, a local) says about the value
 * it holds. {@link #NONE} is legacy: the position asks nothing and promises nothing.
 */
enum Mode {
  /** {@code @Owned}: the position holds the only owner; putting a value there moves it. */
  OWNED("@Owned"),
  /** {@code @Borrowed}: shared, read-only access (Rust's {@code &T}). */
  BORROWED("@Borrowed"),
  /** {@code @Mut}: exclusive read/write access (Rust's {@code &mut T}). */
  MUT("@Mut"),
  /** No ownership annotation: legacy code, never checked on its own. */
  NONE("unannotated");

  private final String display;

  Mode(String display) {
    this.display = display;
  }

  /** True for {@code @Borrowed} and {@code @Mut}: the position holds a borrow, not an owner. */
  boolean isBorrow() {
    return this == BORROWED || this == MUT;
  }

  /** How the mode is written in source, for messages. */
  String display() {
    return display;
  }

  /**
   * How much a parameter or receiver in this mode asks of its callers: {@code @Owned} asks the
   * most (the caller gives the value up), {@code @Borrowed} the least. Used by the override rule.
   */
  int demand() {
    switch (this) {
      case OWNED:
        return 3;
      case MUT:
        return 2;
      case BORROWED:
        return 1;
      default:
        return 0;
    }
  }
}
