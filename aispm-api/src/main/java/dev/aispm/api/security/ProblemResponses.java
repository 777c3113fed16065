package dev.aispm.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.api.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem detail from a servlet filter. Authentication, authorisation and rate limiting
 * answer before any controller runs, so the API's exception handler never sees their errors; this
 * gives them the same shape and the same {@code type} URIs.
 */
public final class ProblemResponses {
  private final ObjectMapper json;

  public ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
      String title, String detail, Map<String, Object> extra) throws IOException {
    ProblemDetail p = Problems.problem(status, type, title, detail);
    p.setInstance(URI.create(request.getRequestURI()));
    extra.forEach(p::setProperty);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), p);
  }
}
