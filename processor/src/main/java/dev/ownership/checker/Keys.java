package dev.ownership.checker;

/**
 * Every message key the checker uses, in one place, so that a test can hold them against {@code
 * messages.properties}: each key here has a text, and each text has a key here.
 *
 * <p>The first group are diagnostic keys (SPEC §4), shown in brackets and accepted by
 * {@code @SuppressWarnings("ownership:KEY")}. The others are the pieces messages are built from.
 */
final class Keys {
  private Keys() {}

  // Diagnostic keys (SPEC §4), each with its Rust counterpart.

  /** E0382: a read of a path that is moved on some path to here. */
  static final String USE_AFTER_MOVE = "use.after.move";

  /** E0507: a move out of a borrow, a capture, a non-owned {@code this} or an owned static. */
  static final String MOVE_OUT_OF_BORROW = "move.out.of.borrow";

  /** E0596, E0594: a modification through a {@code @Borrowed} path. */
  static final String MUTATION_THROUGH_BORROW = "mutation.through.borrow";

  /** E0502, E0506, E0499: a modification while a loan of an overlapping path is live. */
  static final String MUTATION_WHILE_BORROWED = "mutation.while.borrowed";

  /** E0499, E0502: a read while a mutable loan of an overlapping path is live. */
  static final String USE_WHILE_MUTABLY_BORROWED = "use.while.mutably.borrowed";

  /** E0505: a move while a loan of an overlapping path is live. */
  static final String MOVE_WHILE_BORROWED = "move.while.borrowed";

  /** E0499, E0502: one call gets overlapping paths in a @Mut and another borrowed position. */
  static final String ALIASED_ARGUMENT = "aliased.argument";

  /** E0515, E0597, E0521, E0373: a borrow that would outlive what it borrows. */
  static final String BORROW_ESCAPES = "borrow.escapes";

  /** E0507 (moving out of {@code &mut self}): an owned field left moved when a method ends. */
  static final String FIELD_MOVED_AT_EXIT = "field.moved.at.exit";

  /** Rust's drop: an owned resource that reaches an exit without being released. */
  static final String OWNED_NOT_RELEASED = "owned.not.released";

  /** Rust's MutexGuard dropped on unwind: a lock still held where another path releases it. */
  static final String LOCK_NOT_RELEASED = "lock.not.released";

  /** E0106 and syntax errors: an ownership annotation where it means nothing. */
  static final String ANNOTATION_INVALID = "ownership.annotation.invalid";

  /** E0053: an override that asks more of its callers or promises less. */
  static final String OVERRIDE_INVALID = "override.invalid";

  /** The diagnostic keys, as users see and suppress them. */
  static final String[] DIAGNOSTICS = {
    USE_AFTER_MOVE,
    MOVE_OUT_OF_BORROW,
    MUTATION_THROUGH_BORROW,
    MUTATION_WHILE_BORROWED,
    USE_WHILE_MUTABLY_BORROWED,
    MOVE_WHILE_BORROWED,
    ALIASED_ARGUMENT,
    BORROW_ESCAPES,
    FIELD_MOVED_AT_EXIT,
    OWNED_NOT_RELEASED,
    LOCK_NOT_RELEASED,
    ANNOTATION_INVALID,
    OVERRIDE_INVALID,
  };

  // Diagnostics about model files (SPEC §13), which stand at no position in the code compiled.

  /** A model file that cannot be parsed: it is left out of the compilation. */
  static final String MODEL_INVALID = "model.invalid";

  /** A class or method a model names that the compilation does not know (version skew). */
  static final String MODEL_UNKNOWN = "model.unknown";

  static final String MODEL_UNKNOWN_CLASS = "model.unknown.class";
  static final String MODEL_UNKNOWN_METHOD = "model.unknown.method";
  static final String MODEL_UNREADABLE = "model.unreadable";

  // What a model file's parser expected (ModelReader), the second half of a model.invalid.

  static final String MODEL_SYNTAX_TOKEN = "model.syntax.token";
  static final String MODEL_SYNTAX_NAME = "model.syntax.name";
  static final String MODEL_SYNTAX_TYPE = "model.syntax.type";
  static final String MODEL_SYNTAX_METHOD_NAME = "model.syntax.method.name";
  static final String MODEL_SYNTAX_RESULT = "model.syntax.result";
  static final String MODEL_SYNTAX_PARAMETER = "model.syntax.parameter";
  static final String MODEL_SYNTAX_UNBALANCED = "model.syntax.unbalanced";
  static final String MODEL_SYNTAX_UNCLOSED_COMMENT = "model.syntax.unclosed.comment";
  static final String MODEL_SYNTAX_UNCLOSED_LITERAL = "model.syntax.unclosed.literal";
  static final String MODEL_SYNTAX_CHARACTER = "model.syntax.character";
  static final String MODEL_SYNTAX_END_OF_FILE = "model.syntax.end.of.file";

  // What state the value read is in: the first words of a use.after.move message.

  static final String VALUE_MOVED = "value.moved";
  static final String VALUE_MAYBE_MOVED = "value.maybe.moved";
  static final String VALUE_PARTIALLY_MOVED = "value.partially.moved";
  static final String VALUE_CLOSED = "value.closed";

  // Where a value was moved to: the second half of "`x` was moved at line 3, column 9, ...".

  static final String INTO_PARAMETER = "into.parameter";
  static final String INTO_RECEIVER = "into.receiver";
  static final String INTO_LOCAL = "into.local";
  static final String INTO_CLOSE = "into.close";
  static final String INTO_IMPLICIT_CLOSE = "into.implicit.close";
  static final String INTO_OWNED_LOCAL = "into.owned.local";
  static final String INTO_FIELD = "into.field";
  static final String INTO_RETURN = "into.return";
  static final String INTO_CAPTURE = "into.capture";
  static final String INTO_COLLECTION = "into.collection";

  // Which path to here the move was on, for a value moved on some paths only.

  static final String ON_PREVIOUS_ITERATION = "on.previous.iteration";
  static final String ON_PREVIOUS_ITERATION_OUTER = "on.previous.iteration.outer";
  static final String ON_BRANCH = "on.branch";
  static final String MOVED_AT = "moved.at";
  static final String CLOSED_AT = "closed.at";
  static final String HELP_MOVE_ABOVE = "help.move.above";

  // Why a path may not be moved from.

  static final String BORROWED_PATH = "why.borrowed.path";
  static final String BEHIND_BORROW = "why.behind.borrow";
  static final String CAPTURED = "why.captured";
  static final String THIS_NOT_OWNED = "why.this.not.owned";
  static final String THIS_IN_CONSTRUCTOR = "why.this.in.constructor";
  static final String STATIC_FIELD = "why.static.field";
  static final String ELEMENT_BORROW = "why.element.borrow";
  static final String ELEMENT_BORROW_ARRAY = "why.element.borrow.array";

  // Notes printed at the other party's position.

  static final String NOTE_MOVED_HERE = "note.moved.here";
  static final String NOTE_CLOSED_HERE = "note.closed.here";
  static final String NOTE_BORROWED_HERE = "note.borrowed.here";
  static final String NOTE_LATER_USE = "note.later.use";
  static final String NOTE_MODIFIED_IN_CALLEE = "note.modified.in.callee";

  // The parts of a conflict with a loan: its kind, its later use, the usual fix.

  static final String KIND_SHARED = "kind.shared";
  static final String KIND_MUTABLE = "kind.mutable";
  static final String LATER_USE = "later.use";
  static final String LATER_USE_LOOP = "later.use.loop";
  static final String LATER_USE_CALL = "later.use.call";
  static final String LATER_USE_NEXT_ITERATION = "later.use.next.iteration";
  static final String HINT_MODEL = "hint.model";
  static final String HINT_MODEL_CALL = "hint.model.call";
  static final String HINT_MODEL_CALLEE = "hint.model.callee";
  static final String WHY_SHARED = "why.shared";
  static final String BY_MUT_RECEIVER = "by.mut.receiver";
  static final String BY_MUT_PARAMETER = "by.mut.parameter";
  static final String WHY_SHARED_DEEP = "why.shared.deep";
  static final String WHY_SHARED_RECEIVER = "why.shared.receiver";
  static final String WHY_SHARED_REBORROW = "why.shared.reborrow";

  // How a borrow escapes.

  static final String ESCAPE_RETURN = "escape.return";
  static final String ESCAPE_FIELD = "escape.field";
  static final String ESCAPE_STATIC_FIELD = "escape.static.field";
  static final String ESCAPE_ARRAY = "escape.array";
  static final String ESCAPE_LAMBDA = "escape.lambda";
  static final String ESCAPE_LAMBDA_RETURNED = "escape.lambda.returned";
  static final String ESCAPE_LAMBDA_FIELD = "escape.lambda.field";
  static final String ESCAPE_LAMBDA_OWNED = "escape.lambda.owned";
  static final String ESCAPE_NOT_DERIVED = "escape.not.derived";

  // Where an owned resource leaks.

  static final String LEAK_UNRELEASED = "leak.unreleased";
  static final String LEAK_OVERWRITTEN = "leak.overwritten";
  static final String LEAK_FIELD_OVERWRITTEN = "leak.field.overwritten";
  static final String LEAK_HELP = "leak.help";
  static final String LEAK_HELP_OVERWRITE = "leak.help.overwrite";
  static final String LEAK_END = "leak.end";
  static final String LEAK_EXIT = "leak.exit";
  static final String LEAK_THROW = "leak.throw";
  static final String LEAK_EXCEPTION = "leak.exception";
  static final String LEAK_CAUGHT = "leak.caught";
  static final String LEAK_LEAVES_AT = "leak.leaves.at";
  static final String LEAK_LEAVES_END = "leak.leaves.end";
  static final String LEAK_IMPLICIT_CLOSE = "leak.implicit.close";
  static final String LEAK_UNCLOSED = "leak.unclosed";
  static final String LEAK_UNSTORED = "leak.unstored";
  static final String LEAK_HELP_JDK = "leak.help.jdk";
  static final String LEAK_HELP_UNSTORED = "leak.help.unstored";
  static final String LEAK_UNSTORED_RECEIVER = "leak.unstored.receiver";
  static final String LEAK_UNSTORED_LENT = "leak.unstored.lent";
  static final String LEAK_UNSTORED_DROPPED = "leak.unstored.dropped";
  static final String LEAK_UNSTORED_ITERATED = "leak.unstored.iterated";
  static final String LOCK_HELD_THROWN = "lock.held.thrown";
  static final String LOCK_HELD_EXIT = "lock.held.exit";
  static final String LOCK_HELD_EXIT_END = "lock.held.exit.end";
  static final String LOCK_HELP = "lock.help";
  static final String LOCK_HELP_FINALLY = "lock.help.finally";
  static final String NOTE_LOCK_RELEASED = "note.lock.released";

  // Where an owned field was left moved.

  static final String EXIT_END = "exit.end";
  static final String EXIT_AT = "exit.at";
  static final String EXIT_HINT_RECEIVER = "exit.hint.receiver";
  static final String EXIT_HINT_CONSTRUCTOR = "exit.hint.constructor";
  static final String EXIT_HINT_PARAMETER = "exit.hint.parameter";

  // Annotation misuse, the "where" and "write instead" parts of ownership.annotation.invalid.

  static final String INVALID_PRIMITIVE = "invalid.primitive";
  static final String INVALID_PRIMITIVE_ARRAY = "invalid.primitive.array";
  static final String INVALID_TWO = "invalid.two";
  static final String INVALID_BORROW_FIELD = "invalid.borrow.field";
  static final String INVALID_BORROW_CLASS = "invalid.borrow.class";
  static final String INVALID_BORROW_RETURN_STATIC = "invalid.borrow.return.static";
  static final String INVALID_BORROW_RETURN_CONSUMING = "invalid.borrow.return.consuming";

  // Override misuse: which position, and what the two sides say.

  static final String OVERRIDE_PARAMETER = "override.parameter";
  static final String OVERRIDE_RECEIVER = "override.receiver";
  static final String OVERRIDE_RETURN = "override.return";

  // Baseline and SARIF output (SPEC §7, issue 4): misconfiguration, summaries, file texts.

  static final String BASELINE_WRITE_NEEDS_FILE = "baseline.write.needs.file";
  static final String BASELINE_CANNOT_READ = "baseline.cannot.read";
  static final String BASELINE_LINE_MALFORMED = "baseline.line.malformed";
  static final String BASELINE_DOWNGRADED = "baseline.downgraded.summary";
  static final String BASELINE_UNUSED = "baseline.unused.summary";
  static final String BASELINE_WRITTEN = "baseline.written.summary";
  static final String BASELINE_NOT_WRITTEN = "baseline.not.written";
  static final String BASELINE_FILE_HEADER = "baseline.file.header";
  static final String REPORT_FILE_CANNOT_WRITE = "report.file.cannot.write";
  static final String SARIF_TOOL_NAME = "sarif.tool.name";

  // One line per diagnostic key: the rule's description in the SARIF log's rules array.

  static final String RULE_USE_AFTER_MOVE = "rule.use.after.move";
  static final String RULE_MOVE_OUT_OF_BORROW = "rule.move.out.of.borrow";
  static final String RULE_MUTATION_THROUGH_BORROW = "rule.mutation.through.borrow";
  static final String RULE_MUTATION_WHILE_BORROWED = "rule.mutation.while.borrowed";
  static final String RULE_USE_WHILE_MUTABLY_BORROWED = "rule.use.while.mutably.borrowed";
  static final String RULE_MOVE_WHILE_BORROWED = "rule.move.while.borrowed";
  static final String RULE_ALIASED_ARGUMENT = "rule.aliased.argument";
  static final String RULE_BORROW_ESCAPES = "rule.borrow.escapes";
  static final String RULE_FIELD_MOVED_AT_EXIT = "rule.field.moved.at.exit";
  static final String RULE_OWNED_NOT_RELEASED = "rule.owned.not.released";
  static final String RULE_LOCK_NOT_RELEASED = "rule.lock.not.released";
  static final String RULE_ANNOTATION_INVALID = "rule.ownership.annotation.invalid";
  static final String RULE_OVERRIDE_INVALID = "rule.override.invalid";
}
