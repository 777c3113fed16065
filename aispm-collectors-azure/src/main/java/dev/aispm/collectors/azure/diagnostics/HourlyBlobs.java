package dev.aispm.collectors.azure.diagnostics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Azure Monitor archive layout of one resource's logs, as pure functions: one append blob per
 * hour, {@code <folder>y=YYYY/m=MM/d=DD/h=HH/m=00/PT1H.json}, so names sort by hour within the
 * folder. A read lists one day's prefix at a time, from the day of the checkpoint (or of the
 * backfill floor on a first run) to today, and never lists the folder's whole history.
 */
public final class HourlyBlobs {
  private static final Pattern HOUR = Pattern.compile(
      "y=(\\d{4})/m=(\\d{2})/d=(\\d{2})/h=(\\d{2})/m=(\\d{2})/PT1H\\.json$");
  /** How long after its hour a blob may still receive late records. */
  static final Duration LATE = Duration.ofMinutes(15);

  private HourlyBlobs() {}

  /** One blob as List Blobs named it, with its size at listing time. */
  public record Listed(String name, long size) {}

  /** Bytes {@code [from, to)} of blob {@code name} to read. */
  public record Read(String name, long from, long to) {}

  /** The prefix of one day's blobs in {@code folder}. */
  public static String dayPrefix(String folder, LocalDate day) {
    return folder + String.format("y=%04d/m=%02d/d=%02d/", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /** The days to list, oldest first: from the checkpoint's blob's day, or the floor's, to {@code now}'s. */
  public static List<LocalDate> days(BlobPosition after, Instant floor, Instant now) {
    Instant from = floor;
    if (after != null) {
      Instant hour = hourOf(after.blob());
      from = hour == null ? floor : hour;
    }
    LocalDate first = from.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate last = now.atZone(ZoneOffset.UTC).toLocalDate();
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  /** The start of the hour a blob holds, or null when the name is not an hourly log blob. */
  public static Instant hourOf(String name) {
    Matcher m = HOUR.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          .atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(Integer.parseInt(m.group(4))))
          .plus(Duration.ofMinutes(Integer.parseInt(m.group(5))));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * What to read of one day's listing: the hourly blobs after {@code after} (the new tail of
   * {@code after}'s own blob, from its offset), skipping on a first run the hours that ended before
   * {@code floor}. Blobs that are not hourly logs are ignored.
   */
  public static List<Read> reads(List<Listed> day, BlobPosition after, Instant floor) {
    List<Read> out = new ArrayList<>();
    List<Listed> sorted = new ArrayList<>(day);
    sorted.sort(java.util.Comparator.comparing(Listed::name));
    for (Listed b : sorted) {
      Instant hour = hourOf(b.name());
      if (hour == null) {
        continue;
      }
      long from = 0;
      if (after != null) {
        int cmp = b.name().compareTo(after.blob());
        if (cmp < 0) {
          continue;
        }
        from = cmp == 0 ? after.offset() : 0;
      } else if (floor != null && hour.plus(Duration.ofHours(1)).plus(LATE).isBefore(floor)) {
        continue;
      }
      if (b.size() > from) {
        out.add(new Read(b.name(), from, b.size()));
      }
    }
    return out;
  }

  /** Whether the blob's hour is over, late records included: nothing more will be appended. */
  public static boolean closed(String name, Instant now) {
    Instant hour = hourOf(name);
    return hour != null && hour.plus(Duration.ofHours(1)).plus(LATE).isBefore(now);
  }
}
