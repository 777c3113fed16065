package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ListingIteratorTest {
  /** SDK items that count how many were fetched. */
  private static final class Items implements Iterator<String> {
    private final Iterator<String> all;
    int fetched;

    Items(String... keys) {
      this.all = List.of(keys).iterator();
    }

    @Override
    public boolean hasNext() {
      return all.hasNext();
    }

    @Override
    public String next() {
      fetched++;
      return all.next();
    }
  }

  private static ListingIterator<String> objects(Items items) {
    return new ListingIterator<>(items, k -> k.endsWith("/") ? null : new ListedObject(k, 1L, null, null));
  }

  @Test
  void passesOverWhatIsNoObject() {
    List<String> keys = new ArrayList<>();
    objects(new Items("data/", "data/a", "data/sub/", "data/b")).forEachRemaining(o -> keys.add(o.key()));
    assertThat(keys).containsExactly("data/a", "data/b");
  }

  @Test
  void fetchesOnlyWhatTheCallerAsksFor() {
    Items items = new Items("a", "b", "c", "d");
    ListingIterator<String> listing = objects(items);
    assertThat(listing.next().key()).isEqualTo("a");
    assertThat(listing.hasNext()).isTrue();
    assertThat(items.fetched).isEqualTo(2);
  }

  @Test
  void anEmptyOrFolderOnlyListingHasNothing() {
    ListingIterator<String> listing = objects(new Items("x/", "y/"));
    assertThat(listing.hasNext()).isFalse();
    assertThatThrownBy(listing::next).isInstanceOf(NoSuchElementException.class);
  }
}
