package dev.aispm.posture.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are escaped for the template's kind, and a missing value is an error. */
class TemplateTest {
  @Test
  void valuesAreEscapedForTheKindOfFile() {
    assertThat(Template.json("a\"b\\c\nd\u0001")).isEqualTo("a\\\"b\\\\c\\nd\\u0001");
    assertThat(Template.html("<a href='x'>&\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
    String body = Template.of("email/test.html").render(Map.of("routeName", "<script>", "routeId", "rte-1",
        "requestedBy", "admin", "at", "now", "dashboard", "https://aispm.test"));
    assertThat(body).contains("&lt;script&gt;").doesNotContain("<script>");
    String text = Template.of("email/test.txt").render(Map.of("routeName", "<script>", "routeId", "rte-1",
        "requestedBy", "admin", "at", "now", "dashboard", "https://aispm.test"));
    assertThat(text).contains("<script>");
    assertThatThrownBy(() -> Template.of("email/test.txt").render(Map.of("routeName", "x")))
        .hasMessageContaining("needs a value");
  }
}
