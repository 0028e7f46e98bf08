package dev.ownership.sample;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical connection behind a {@link PooledConnection}, here a log of the statements sent
 * over it. The pool keeps links and lends them out; clients never see one, so it carries no
 * annotations.
 */
final class Link {
  private final String url;
  private final int id;
  private final List<String> sent = new ArrayList<>();
  private final List<String> pending = new ArrayList<>();
  private boolean autoCommit = true;
  private boolean failNext;

  Link(String url, int id) {
    this.url = url;
    this.id = id;
  }

  String name() {
    return url + "#" + id;
  }

  boolean autoCommit() {
    return autoCommit;
  }

  void autoCommit(boolean on) throws SQLException {
    check("SET autocommit " + on);
    if (on && !pending.isEmpty()) {
      commit();
    }
    autoCommit = on;
  }

  /** Makes the next request over this link fail, as a dropped network connection would. */
  void failNext() {
    failNext = true;
  }

  int execute(String sql) throws SQLException {
    check(sql);
    if (autoCommit) {
      sent.add(sql);
    } else {
      pending.add(sql);
    }
    return 1;
  }

  void commit() throws SQLException {
    check("COMMIT");
    sent.addAll(pending);
    pending.clear();
  }

  void rollback() {
    pending.clear();
  }

  /** Statements committed over this link so far. */
  int committed() {
    return sent.size();
  }

  /** Back to the state a new lease expects: auto-commit on, nothing pending. */
  void reset() {
    pending.clear();
    autoCommit = true;
  }

  private void check(String sql) throws SQLException {
    if (failNext) {
      failNext = false;
      throw new SQLException("connection " + name() + " reset while sending: " + sql, "08S01");
    }
  }
}
