package dev.aispm.scanners.packages;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell script text into simple commands and their words the way a POSIX shell would
 * before any expansion: quotes and backslashes are resolved, {@code ; & | && || ( )} and line ends
 * separate commands, comments are dropped and redirections with their targets are removed. It
 * never expands anything: a word that holds a parameter, command or arithmetic expansion is
 * marked {@linkplain Word#dynamic() dynamic}, because its value is known only when the script runs.
 *
 * <p>Written for {@link InstallCommands}, which must read hostile scripts: it is a single linear
 * pass with no backtracking, an unclosed quote ends at the end of the text, and a word longer than
 * {@link #MAX_WORD} characters is cut there and marked dynamic (nothing that long names a package).
 */
final class ShellWords {
  /** The longest word kept whole. */
  static final int MAX_WORD = 4096;

  /**
   * One word of a command.
   *
   * @param text    the word after quote removal
   * @param dynamic whether it holds an expansion ({@code $VAR}, {@code $(..)}, backticks) or was cut
   */
  record Word(String text, boolean dynamic) {}

  /**
   * One simple command.
   *
   * @param line  the 1-based line it starts on
   * @param words its words, redirections removed
   */
  record Command(int line, List<Word> words) {}

  private ShellWords() {}

  /** The simple commands of {@code script}, in order; commands without words are left out. */
  static List<Command> commands(String script) {
    List<Command> out = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean dynamic = false;
    boolean dropNext = false;
    int line = 1;
    int commandLine = 1;
    int n = script.length();
    int i = 0;
    while (i < n) {
      char c = script.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char next = script.charAt(i + 1);
        if (next == '\n') {
          line++;
          i += 2;
          continue;
        }
        if (next == '\r' && i + 2 < n && script.charAt(i + 2) == '\n') {
          line++;
          i += 3;
          continue;
        }
        inWord = append(word, next, inWord);
        i += 2;
        continue;
      }
      if (c == '\'') {
        int end = script.indexOf('\'', i + 1);
        end = end < 0 ? n : end;
        line += count(script, i + 1, end);
        word.append(script, i + 1, Math.min(end, i + 1 + MAX_WORD));
        inWord = true;
        i = end + 1;
        continue;
      }
      if (c == '"') {
        int j = i + 1;
        while (j < n && script.charAt(j) != '"') {
          char d = script.charAt(j);
          if (d == '\\' && j + 1 < n && "\"\\$`\n".indexOf(script.charAt(j + 1)) >= 0) {
            if (script.charAt(j + 1) == '\n') {
              line++;
            } else {
              append(word, script.charAt(j + 1), true);
            }
            j += 2;
            continue;
          }
          if (d == '$' || d == '`') {
            dynamic = true;
          }
          if (d == '\n') {
            line++;
          }
          append(word, d, true);
          j++;
        }
        inWord = true;
        i = j + 1;
        continue;
      }
      if (c == '$' && i + 1 < n && script.charAt(i + 1) == '(') {
        // A command substitution is one word whose value only the run knows; skip to its end.
        int depth = 0;
        int j = i + 1;
        for (; j < n; j++) {
          char d = script.charAt(j);
          if (d == '(') {
            depth++;
          } else if (d == ')' && --depth == 0) {
            break;
          } else if (d == '\n') {
            line++;
          }
        }
        inWord = true;
        dynamic = true;
        word.append('$');
        i = j + 1;
        continue;
      }
      if (c == '`') {
        int end = script.indexOf('`', i + 1);
        end = end < 0 ? n : end;
        line += count(script, i + 1, end);
        inWord = append(word, '`', inWord);
        dynamic = true;
        i = end + 1;
        continue;
      }
      if (c == '$') {
        dynamic = true;
        inWord = append(word, c, inWord);
        i++;
        continue;
      }
      if (c == '#' && !inWord) {
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '>' || c == '<') {
        // "2>&1", ">> log", "<<'EOF'": a redirection and its target are not arguments. A heredoc's
        // body is read as ordinary lines, which is what lets installs run through
        // "sudo -u ec2-user -i <<'EOF'" be seen.
        if (inWord && isDigits(word)) {
          word.setLength(0);
          inWord = false;
          dynamic = false;
        } else {
          inWord = flush(words, word, inWord, dynamic, dropNext);
          dropNext = false;
          dynamic = false;
        }
        while (i < n && (script.charAt(i) == '>' || script.charAt(i) == '<' || script.charAt(i) == '|')) {
          i++;
        }
        if (i < n && script.charAt(i) == '&') {
          i++;
          while (i < n && (Character.isDigit(script.charAt(i)) || script.charAt(i) == '-')) {
            i++;
          }
        } else {
          dropNext = true;
        }
        continue;
      }
      if (c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '\n') {
        flush(words, word, inWord, dynamic, dropNext);
        inWord = false;
        dynamic = false;
        dropNext = false;
        if (!words.isEmpty()) {
          out.add(new Command(commandLine, List.copyOf(words)));
          words.clear();
        }
        if (c == '\n') {
          line++;
        }
        commandLine = line;
        i++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
        if (inWord) {
          flush(words, word, true, dynamic, dropNext);
          dropNext = false;
          dynamic = false;
        }
        inWord = false;
        if (words.isEmpty()) {
          commandLine = line;
        }
        i++;
        continue;
      }
      inWord = append(word, c, inWord);
      i++;
    }
    flush(words, word, inWord, dynamic, dropNext);
    if (!words.isEmpty()) {
      out.add(new Command(commandLine, List.copyOf(words)));
    }
    return out;
  }

  private static boolean append(StringBuilder word, char c, boolean inWord) {
    if (word.length() <= MAX_WORD) {
      word.append(c);
    }
    return true;
  }

  /** Ends the current word; returns false (no word in progress any more). */
  private static boolean flush(List<Word> words, StringBuilder word, boolean inWord, boolean dynamic,
      boolean drop) {
    if (inWord && !drop) {
      boolean cut = word.length() > MAX_WORD;
      words.add(new Word(cut ? word.substring(0, MAX_WORD) : word.toString(), dynamic || cut));
    }
    word.setLength(0);
    return false;
  }

  private static boolean isDigits(StringBuilder s) {
    if (s.length() == 0) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
