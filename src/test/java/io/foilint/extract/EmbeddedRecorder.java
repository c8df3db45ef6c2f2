package io.foilint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A context for extractor tests that keeps what an extractor hands to the engine as embedded
 * documents (name → bytes), and can be told its deadline has passed.
 */
public final class EmbeddedRecorder implements ExtractionContext {

  public final Map<String, byte[]> embedded = new LinkedHashMap<>();
  public boolean timeUp;

  @Override
  public Limits limits() {
    return Limits.DEFAULT;
  }

  @Override
  public void embedded(String name, InputStream content) throws IOException {
    embedded.put(name, content.readAllBytes());
  }

  @Override
  public void checkDeadline() throws ExtractionException {
    if (timeUp) {
      throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "time limit reached");
    }
  }
}
