import java.io.IOException;
import java.io.StringReader;
import java.io.BufferedReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

// A small order workflow and a tokenizer, written as ordinary Java: no diagnostics expected.
class LegacyStateMachine {
  enum State {
    NEW,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    boolean terminal() {
      return this == DELIVERED || this == CANCELLED;
    }
  }

  enum Event {
    PAY,
    SHIP,
    DELIVER,
    CANCEL
  }

  static final class IllegalTransition extends Exception {
    IllegalTransition(State from, Event event) {
      super("cannot " + event + " when " + from);
    }
  }

  interface Listener {
    void changed(State from, State to);
  }

  static final class Order {
    private final String id;
    private State state = State.NEW;
    private final List<Listener> listeners = new ArrayList<>();
    private final Deque<State> history = new ArrayDeque<>();
    private final Map<State, Integer> visits = new EnumMap<>(State.class);

    Order(String id) {
      this.id = id;
      visits.put(State.NEW, 1);
    }

    void addListener(Listener l) {
      listeners.add(l);
    }

    State state() {
      return state;
    }

    void fire(Event event) throws IllegalTransition {
      State next =
          switch (state) {
            case NEW -> switch (event) {
              case PAY -> State.PAID;
              case CANCEL -> State.CANCELLED;
              default -> null;
            };
            case PAID -> event == Event.SHIP ? State.SHIPPED
                : event == Event.CANCEL ? State.CANCELLED : null;
            case SHIPPED -> event == Event.DELIVER ? State.DELIVERED : null;
            case DELIVERED, CANCELLED -> null;
          };
      if (next == null) {
        throw new IllegalTransition(state, event);
      }
      State previous = state;
      history.push(previous);
      state = next;
      visits.merge(next, 1, Integer::sum);
      for (Listener l : listeners) {
        l.changed(previous, next);
      }
    }

    boolean undo() {
      if (history.isEmpty() || state.terminal()) {
        return false;
      }
      state = history.pop();
      return true;
    }

    String describe() {
      StringBuilder sb = new StringBuilder("order ").append(id).append(": ").append(state);
      if (!history.isEmpty()) {
        sb.append(" (was");
        for (State s : history) {
          sb.append(' ').append(s.name().toLowerCase());
        }
        sb.append(')');
      }
      visits.forEach((s, n) -> {
        if (n > 1) {
          sb.append(", ").append(s).append(" x").append(n);
        }
      });
      return sb.toString();
    }
  }

  // A line-oriented tokenizer with its own little state machine.
  static List<String> tokenize(String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      String line;
      while ((line = in.readLine()) != null) {
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
          char c = line.charAt(i);
          if (c == '"') {
            quoted = !quoted;
          } else if (Character.isWhitespace(c) && !quoted) {
            if (current.length() > 0) {
              tokens.add(current.toString());
              current.setLength(0);
            }
          } else if (c == '#' && !quoted) {
            break;
          } else {
            current.append(c);
          }
        }
        if (current.length() > 0) {
          tokens.add(current.toString());
        }
      }
    }
    return tokens;
  }

  static List<String> run(String script) {
    List<String> out = new ArrayList<>();
    Order order = new Order("o-1");
    order.addListener((from, to) -> out.add(from + "->" + to));
    order.addListener(
        new Listener() {
          private int count;

          @Override
          public void changed(State from, State to) {
            count++;
            if (to.terminal()) {
              out.add("done after " + count + " steps");
            }
          }
        });
    try {
      for (String token : tokenize(script)) {
        if (token.equals("undo")) {
          out.add(order.undo() ? "undone" : "nothing to undo");
          continue;
        }
        try {
          order.fire(Event.valueOf(token.toUpperCase()));
        } catch (IllegalArgumentException e) {
          out.add("unknown event " + token);
        } catch (IllegalTransition e) {
          out.add(e.getMessage());
        }
        if (order.state().terminal()) {
          break;
        }
      }
    } catch (IOException e) {
      out.add("read failed: " + e);
    } finally {
      out.add(order.describe());
    }
    return out;
  }

  public static void main(String[] args) {
    String script = "pay undo pay # comment\n\"ship\" bogus deliver cancel";
    for (String line : run(script)) {
      System.out.println(line);
    }
  }
}
