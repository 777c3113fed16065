package dev.aispm.scanners.data.inspect;

/**
 * Where a piece of text sits in its object, so a hit at offset {@code k} in the text can be
 * reported at the right line and column.
 *
 * @param line      1-based line of the text's first character (for notebooks: the cell number)
 * @param column    1-based column of the text's first character
 * @param multiline whether newlines inside the text start new lines of the object; false for a
 *                  decoded JSON string, whose newlines were {@code \n} escapes on one line
 * @param cell      whether {@code line} is a notebook cell number; hits then report the line
 *                  inside the cell as a detail
 * @param field     the JSON field, CSV column or notebook part the text came from, or null
 */
public record Origin(long line, long column, boolean multiline, boolean cell, String field) {

  /** Text starting at {@code line}, {@code column} whose newlines are the object's own. */
  public static Origin text(long line, long column) {
    return new Origin(line, column, true, false, null);
  }

  /** A decoded string value on one physical line. */
  public static Origin value(long line, long column, String field) {
    return new Origin(line, column, false, false, field);
  }

  /** Text of notebook cell {@code cell} (1-based), in part {@code field}. */
  public static Origin cell(long cell, String field) {
    return new Origin(cell, 1, true, true, field);
  }
}
