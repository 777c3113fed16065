package dev.aispm.scanners.packages.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each ordering against sequences its ecosystem's own tools and specifications give. */
class VersionOrderTest {

  /** Asserts each version is strictly below the next, and that a shuffle sorts back. */
  private static <T extends Comparable<T>> void ascending(Function<String, T> parse,
      String... versions) {
    for (int i = 0; i + 1 < versions.length; i++) {
      T a = parse.apply(versions[i]);
      T b = parse.apply(versions[i + 1]);
      assertThat(a.compareTo(b)).as(versions[i] + " < " + versions[i + 1]).isNegative();
      assertThat(b.compareTo(a)).as(versions[i + 1] + " > " + versions[i]).isPositive();
    }
    List<String> shuffled = new ArrayList<>(List.of(versions));
    Collections.shuffle(shuffled, new java.util.Random(7));
    shuffled.sort((x, y) -> parse.apply(x).compareTo(parse.apply(y)));
    assertThat(shuffled).containsExactly(versions);
  }

  private static <T extends Comparable<T>> void same(Function<String, T> parse, String a,
      String b) {
    assertThat(parse.apply(a).compareTo(parse.apply(b))).as(a + " == " + b).isZero();
  }

  @Test
  void pep440FollowsThePepsExampleOrder() {
    // the ordering example of PEP 440's "Summary of permitted suffixes and relative ordering"
    ascending(Pep440Version::parse, "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456",
        "1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456",
        "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456",
        "1.0.15", "1.1.dev1");
  }

  @Test
  void pep440NumbersAreNumbersAndEpochsWin() {
    ascending(Pep440Version::parse, "0.0.9", "0.0.10", "0.0.131", "0.1", "2.2.0", "2.2.1",
        "2.10", "10.0", "1!0.1", "1!1.0", "2!0.0.1");
  }

  @Test
  void pep440NormalisesSpellings() {
    same(Pep440Version::parse, "1.0", "1.0.0");
    same(Pep440Version::parse, "1.0.0", "v1.0");
    same(Pep440Version::parse, "1.0alpha1", "1.0a1");
    same(Pep440Version::parse, "1.0-beta.2", "1.0b2");
    same(Pep440Version::parse, "1.0c1", "1.0rc1");
    same(Pep440Version::parse, "1.0pre1", "1.0rc1");
    same(Pep440Version::parse, "1.0-1", "1.0.post1");
    same(Pep440Version::parse, "1.0rev2", "1.0.post2");
    same(Pep440Version::parse, "1.0.dev", "1.0.dev0");
    same(Pep440Version::parse, "1.0RC1", "1.0rc1");
    same(Pep440Version::parse, "0!1.0", "1.0");
    assertThat(Pep440Version.parse("2.0.0rc0").isPreRelease()).isTrue();
    assertThat(Pep440Version.parse("2.0.0.post1").isPreRelease()).isFalse();
  }

  @Test
  void pep440RejectsLegacyVersions() {
    for (String bad : List.of("", "dev", "2004d", "1.0-foo", "1..0", "1.0+")) {
      assertThatThrownBy(() -> Pep440Version.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEP 440");
    }
  }

  @Test
  void semverFollowsTheSpecificationsExample() {
    // semver.org, item 11
    ascending(SemVer::parse, "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
        "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.10.0",
        "2.0.0");
  }

  @Test
  void semverIgnoresBuildMetadataAndAcceptsLooseForms() {
    same(SemVer::parse, "1.0.0+build.5", "1.0.0");
    same(SemVer::parse, "v1.2.3", "1.2.3");
    same(SemVer::parse, "=1.2.3", "1.2.3");
    same(SemVer::parse, "1.2", "1.2.0");
    assertThat(SemVer.parse("4.0.0-beta.3").isPreRelease()).isTrue();
    for (String bad : List.of("", "01.2.3", "1.2.3.4", "1.x", "latest")) {
      assertThatThrownBy(() -> SemVer.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void mavenQualifiersRankAsMavenRanksThem() {
    // after Maven's ComparableVersionTest VERSIONS_QUALIFIER
    ascending(MavenVersion::parse, "1-alpha2snapshot", "1-alpha2", "1-alpha-123", "1-beta-2",
        "1-beta123", "1-m2", "1-m11", "1-rc", "1-cr2", "1-rc123", "1-SNAPSHOT", "1", "1-sp",
        "1-sp2", "1-sp123", "1-abc", "1-def", "1-pom-1", "1-1-snapshot", "1-1", "1-2", "1-123");
  }

  @Test
  void mavenNumbersAndEquivalences() {
    ascending(MavenVersion::parse, "1.0-alpha-1", "1.0-beta-1", "1.0-rc-1", "1.0", "1.0.1",
        "1.2", "1.10", "2.0.0-M1", "2.0.0", "2.17.1");
    same(MavenVersion::parse, "1", "1.0");
    same(MavenVersion::parse, "1", "1.0.0");
    same(MavenVersion::parse, "1.0", "1-ga");
    same(MavenVersion::parse, "1.0", "1.0-final");
    same(MavenVersion::parse, "1.0", "1.0.RELEASE");
    same(MavenVersion::parse, "1-cr1", "1-rc1");
    same(MavenVersion::parse, "1a1", "1-alpha-1");
    same(MavenVersion::parse, "1m3", "1-milestone-3");
    assertThat(MavenVersion.parse("1.0").hashCode()).isEqualTo(MavenVersion.parse("1").hashCode());
    assertThatThrownBy(() -> MavenVersion.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
