package dev.aispm.api.v1.problem;

import dev.aispm.api.problem.Problems;
import dev.aispm.api.v1.ConflictException;
import dev.aispm.api.v1.InvalidParameterException;
import dev.aispm.api.v1.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quartz.SchedulerException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
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
// Before Spring Boot's generic problem-details advice, so these exceptions get aispm's types.
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {
  public static final String TYPE_BASE = Problems.TYPE_BASE;

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

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError f : e.getBindingResult().getFieldErrors()) {
      errors.add(Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())));
    }
    errors.sort(java.util.Comparator.comparing((Map<String, String> m) -> m.get("field")));
    String detail = errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
        .collect(java.util.stream.Collectors.joining("; "));
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-body", "Invalid request body", detail);
    p.setProperty("errors", errors);
    return p;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    String detail = cause instanceof com.fasterxml.jackson.core.JsonProcessingException j
        ? j.getOriginalMessage() : "the request body is missing or not JSON";
    return problem(HttpStatus.BAD_REQUEST, "invalid-body", "Invalid request body", detail);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
        e.getParameterName() + ": required");
    p.setProperty("parameter", e.getParameterName());
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
  }

  @ExceptionHandler(SchedulerException.class)
  ProblemDetail scheduler(SchedulerException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "scheduler-unavailable", "Scheduler unavailable",
        "the scan could not be queued: " + e.getMessage());
  }

  public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    return Problems.problem(status, type, title, detail);
  }
}
