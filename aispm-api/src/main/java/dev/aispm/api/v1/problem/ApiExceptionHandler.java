package dev.aispm.api.v1.problem;

import dev.aispm.api.v1.InvalidParameterException;
import dev.aispm.api.v1.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps the API's errors to RFC 9457 problem details, so every client sees one error shape with
 * a stable {@code type}, a title, and the offending parameter when there is one.
 */
@RestControllerAdvice
public class ApiExceptionHandler {
  static final String TYPE_BASE = "https://aispm.dev/problems/";

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalid(InvalidParameterException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
    p.setProperty("parameter", e.parameter());
    return p;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
        e.getName() + ": cannot read '" + e.getValue() + "'");
    p.setProperty("parameter", e.getName());
    return p;
  }

  @ExceptionHandler({ConstraintViolationException.class, HandlerMethodValidationException.class})
  ProblemDetail constraint(Exception e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create(TYPE_BASE + type));
    p.setTitle(title);
    return p;
  }
}
