package io.foilint.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The line protocol between the scan and its worker processes. One request per top-level file
 * ({@code {"path","display"}} on the worker's stdin); the worker answers on its stdout with one
 * {@code R <report>} line per file report (a {@link FileReport} as JSON, already masked: the
 * worker builds it through the same constructor as an in-process scan) and a closing
 * {@code D <inspected> <recycle>} line. Lines without one of these prefixes are ignored, so
 * anything a library or the JVM prints to stdout cannot be taken for a result.
 */
final class WorkerWire {

  static final String READY = "FOILINT-WORKER-READY";
  static final String REPORT = "R ";
  static final String DONE = "D ";

  /** One top-level file for a worker. */
  record Request(String path, String display) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private WorkerWire() {}

  /** JSON on one line: Jackson escapes line breaks inside strings. */
  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String line, Class<T> type) throws JsonProcessingException {
    return JSON.readValue(line, type);
  }
}
