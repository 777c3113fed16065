package dev.aispm.api.v1.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One channel of a route in a request. {@code url} and {@code signingKey} are write-only: they are
 * stored encrypted and no answer ever contains them.
 *
 * @param type       slack, teams, webhook or email
 * @param url        the webhook URL (slack, teams, webhook)
 * @param signingKey HMAC-SHA256 key a generic webhook is signed with
 * @param recipients e-mail addresses (email)
 */
public record ChannelRequest(@NotBlank String type, @Size(max = 2000) String url,
    @Size(max = 200) String signingKey, @Size(max = 50) List<String> recipients) {

  @Override
  public String toString() {
    return "ChannelRequest[" + type + "]";
  }
}
