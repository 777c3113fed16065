package dev.aispm.api.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details every error answer of the service uses. It lives apart from
 * the controllers' exception handler because the security filters answer before any controller
 * runs and must produce the same shape without depending on the API's controllers.
 */
public final class Problems {
  /** Prefix of every problem type URI. */
  public static final String TYPE_BASE = "https://aispm.dev/problems/";

  private Problems() {}

  public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create(TYPE_BASE + type));
    p.setTitle(title);
    return p;
  }
}
