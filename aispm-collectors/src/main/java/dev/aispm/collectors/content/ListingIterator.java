package dev.aispm.collectors.content;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A store's listing as {@link ObjectStore#list} hands it out: the SDK's items turned into
 * {@link ListedObject}s one at a time as the caller asks, those that are no object (a folder
 * placeholder, a key outside the prefix) passed over. Only as many SDK pages are fetched as the
 * caller reads, so a scan whose budget runs out stops listing there.
 */
public final class ListingIterator<T> implements Iterator<ListedObject> {
  private final Iterator<T> items;
  private final Function<T, ListedObject> object;
  private ListedObject next;

  /**
   * @param items  the SDK's items, fetching pages as they are iterated
   * @param object the listed object an item stands for, or null to pass it over
   */
  public ListingIterator(Iterator<T> items, Function<T, ListedObject> object) {
    this.items = items;
    this.object = object;
  }

  @Override
  public boolean hasNext() {
    while (next == null && items.hasNext()) {
      next = object.apply(items.next());
    }
    return next != null;
  }

  @Override
  public ListedObject next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ListedObject o = next;
    next = null;
    return o;
  }
}
