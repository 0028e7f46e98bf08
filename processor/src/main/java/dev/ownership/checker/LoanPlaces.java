package dev.ownership.checker;

import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where in a body the JDK model's loans are made and its changes happen, as a body's plan meets
 * them, so that the plan can tell whether a loan may still be live at a change (SPEC §6, §10).
 * Only a body where one may is worth its flow analysis. The test is a filter and never a verdict:
 * a pair it keeps is decided by the analysis; a pair it drops cannot conflict.
 *
 * <p>A for-each loop lends what it walks while its statement runs, so only a change inside the
 * loop meets that loan. Any other loan (a view, an iterator, a call that runs code) may live on
 * after the place it is made, so it meets a change made after it, or made anywhere inside a loop
 * around both: code runs backwards only through a loop. A change whose place is not known (what a
 * lambda or a method reference does when it runs) meets every loan.
 */
final class LoanPlaces {

  /**
   * Where something happens: its rank in the order the body runs, the outermost loop around it,
   * and the for-each loops around it. A call's place is ranked after its receiver and arguments.
   */
  static final class Place {
    private int rank;
    private final Tree outermostLoop;
    private final List<Tree> forEachLoops;

    private Place(int rank, Tree outermostLoop, List<Tree> forEachLoops) {
      this.rank = rank;
      this.outermostLoop = outermostLoop;
      this.forEachLoops = forEachLoops;
    }
  }

  /** The place of a change whose place is not known: it meets every loan. */
  static final Place ANYWHERE = new Place(Integer.MAX_VALUE, null, List.of());

  /** A loan of {@code path}, made at {@code place}; {@code forEach} is the loop whose it is. */
  record Lent(Path path, Place place, Tree forEach) {}

  /** A change of {@code path} at {@code place}. */
  record Changed(Path path, Place place) {}

  /** The loops open where the scan is, innermost first. */
  private final Deque<Tree> loops = new ArrayDeque<>();

  private int rank;

  /** The scan enters a loop statement. */
  void enterLoop(Tree loop) {
    loops.push(loop);
  }

  /** The scan leaves the loop it entered last. */
  void exitLoop() {
    loops.pop();
  }

  /** The place the scan is at. */
  Place here() {
    List<Tree> forEach = new ArrayList<>();
    for (Tree l : loops) {
      if (l.getKind() == Tree.Kind.ENHANCED_FOR_LOOP) {
        forEach.add(l);
      }
    }
    return new Place(++rank, loops.peekLast(), forEach);
  }

  /** Ranks a call's place after everything the scan met since it was made: its operands. */
  void settle(Place call) {
    call.rank = ++rank;
  }

  /** Whether {@code loan} may be live at {@code change}. */
  static boolean meets(Lent loan, Place change) {
    if (change == ANYWHERE) {
      return true;
    }
    if (loan.forEach() != null) {
      return change.forEachLoops.contains(loan.forEach());
    }
    Place made = loan.place();
    return change.rank > made.rank
        || (made.outermostLoop != null && made.outermostLoop == change.outermostLoop);
  }
}
