package dev.aispm.scanners.packages.version;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A Maven artifact version ordered the way Maven's {@code ComparableVersion} orders it, which is
 * the order OSV uses for the Maven ecosystem. Maven versions are free text, so the order is a set
 * of conventions rather than a grammar: the version splits into numbers and words at dots,
 * hyphens and digit/letter changes; a hyphen opens a sub-list; the words {@code alpha < beta <
 * milestone < rc = cr < snapshot < (release) = ga = final = release < sp} rank in that order and
 * any other word after them, alphabetically; {@code a1}, {@code b1}, {@code m1} abbreviate alpha,
 * beta and milestone; and trailing zeros and release words are dropped ({@code 1.0.0 = 1 =
 * 1-ga}).
 */
public final class MavenVersion implements Comparable<MavenVersion> {
  private static final List<String> QUALIFIERS =
      List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");
  private static final String RELEASE_INDEX = String.valueOf(QUALIFIERS.indexOf(""));

  private final String text;
  private final ListItem items;

  private MavenVersion(String text, ListItem items) {
    this.text = text;
    this.items = items;
  }

  /**
   * Parses a version; every non-blank string is a Maven version.
   *
   * @throws IllegalArgumentException when the text is blank
   */
  public static MavenVersion parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty Maven version");
    }
    String version = text.trim().toLowerCase(Locale.ROOT);
    ListItem list = new ListItem();
    ListItem root = list;
    Deque<ListItem> stack = new ArrayDeque<>();
    stack.push(list);
    boolean isDigit = false;
    int start = 0;
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c == '.') {
        list.add(i == start ? IntItem.ZERO : parseItem(isDigit, version.substring(start, i)));
        start = i + 1;
      } else if (c == '-') {
        list.add(i == start ? IntItem.ZERO : parseItem(isDigit, version.substring(start, i)));
        start = i + 1;
        ListItem sub = new ListItem();
        list.add(sub);
        list = sub;
        stack.push(list);
      } else if (Character.isDigit(c)) {
        if (!isDigit && i > start) {
          // a word directly followed by a number, like "rc1": a1/b1/m1 are abbreviations
          list.add(new StringItem(version.substring(start, i), true));
          start = i;
          ListItem sub = new ListItem();
          list.add(sub);
          list = sub;
          stack.push(list);
        }
        isDigit = true;
      } else {
        if (isDigit && i > start) {
          list.add(parseItem(true, version.substring(start, i)));
          start = i;
          ListItem sub = new ListItem();
          list.add(sub);
          list = sub;
          stack.push(list);
        }
        isDigit = false;
      }
    }
    if (version.length() > start) {
      // "1.0.0.x" is read like "1.0.0-x": a word after a dot opens a sub-list too
      if (!isDigit && !list.isEmpty()) {
        ListItem sub = new ListItem();
        list.add(sub);
        list = sub;
        stack.push(list);
      }
      list.add(parseItem(isDigit, version.substring(start)));
    }
    while (!stack.isEmpty()) {
      stack.pop().normalize();
    }
    return new MavenVersion(text, root);
  }

  private static Item parseItem(boolean isDigit, String buf) {
    return isDigit ? new IntItem(new BigInteger(buf)) : new StringItem(buf, false);
  }

  @Override
  public int compareTo(MavenVersion o) {
    return items.compareTo(o.items);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MavenVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return items.canonical().hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  private interface Item {
    /** Compares with another item, or with "nothing" when {@code other} is null. */
    int compareTo(Item other);

    boolean isNull();

    String canonical();
  }

  private record IntItem(BigInteger value) implements Item {
    static final IntItem ZERO = new IntItem(BigInteger.ZERO);

    @Override
    public int compareTo(Item other) {
      if (other == null) {
        return value.signum() == 0 ? 0 : 1;
      }
      if (other instanceof IntItem i) {
        return value.compareTo(i.value);
      }
      return 1; // a number is newer than a word or a sub-list
    }

    @Override
    public boolean isNull() {
      return value.signum() == 0;
    }

    @Override
    public String canonical() {
      return value.toString();
    }
  }

  private static final class StringItem implements Item {
    private final String value;

    StringItem(String value, boolean followedByDigit) {
      if (followedByDigit && value.length() == 1) {
        value = switch (value.charAt(0)) {
          case 'a' -> "alpha";
          case 'b' -> "beta";
          case 'm' -> "milestone";
          default -> value;
        };
      }
      this.value = switch (value) {
        case "ga", "final", "release" -> "";
        case "cr" -> "rc";
        default -> value;
      };
    }

    static String comparable(String qualifier) {
      int i = QUALIFIERS.indexOf(qualifier);
      return i == -1 ? (QUALIFIERS.size() + "-" + qualifier) : String.valueOf(i);
    }

    @Override
    public int compareTo(Item other) {
      if (other == null) {
        return comparable(value).compareTo(RELEASE_INDEX);
      }
      if (other instanceof StringItem s) {
        return comparable(value).compareTo(comparable(s.value));
      }
      return -1; // a word is older than a number or a sub-list
    }

    @Override
    public boolean isNull() {
      return comparable(value).equals(RELEASE_INDEX);
    }

    @Override
    public String canonical() {
      return value;
    }
  }

  private static final class ListItem extends ArrayList<Item> implements Item {
    private static final long serialVersionUID = 1L;

    void normalize() {
      for (int i = size() - 1; i >= 0; i--) {
        Item last = get(i);
        if (last.isNull()) {
          remove(i);
        } else if (!(last instanceof ListItem)) {
          break;
        }
      }
    }

    @Override
    public int compareTo(Item other) {
      if (other == null) {
        for (Item i : this) {
          int r = i.compareTo(null);
          if (r != 0) {
            return r;
          }
        }
        return 0;
      }
      if (other instanceof IntItem) {
        return -1;
      }
      if (other instanceof StringItem) {
        return 1;
      }
      Iterator<Item> left = iterator();
      Iterator<Item> right = ((ListItem) other).iterator();
      while (left.hasNext() || right.hasNext()) {
        Item l = left.hasNext() ? left.next() : null;
        Item r = right.hasNext() ? right.next() : null;
        int result = l == null ? (r == null ? 0 : -1 * r.compareTo(null)) : l.compareTo(r);
        if (result != 0) {
          return result;
        }
      }
      return 0;
    }

    @Override
    public boolean isNull() {
      return isEmpty();
    }

    @Override
    public String canonical() {
      StringBuilder b = new StringBuilder("[");
      for (Item i : this) {
        b.append(i.canonical()).append(',');
      }
      return b.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
