package io.foilint.store;

import io.foilint.extract.Limits;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import java.io.PrintWriter;
import java.sql.SQLException;

/** A scan writing to a results store: opens it, hooks it into the engine, says what it did. */
public final class StoreRun implements AutoCloseable {

  private final ResultStore store;
  private final StoringHook hook;

  private StoreRun(ResultStore store, StoringHook hook) {
    this.store = store;
    this.hook = hook;
  }

  /** Opens the store at {@code target} and makes {@code engine} write to it and resume from it. */
  public static StoreRun attach(String target, ScanEngine engine, String toolVersion, Policy policy, Limits limits)
      throws ResultStore.StoreException {
    ResultStore store = ResultStore.open(target);
    StoringHook hook = new StoringHook(store, RulesVersion.of(toolVersion, policy, limits));
    engine.withInputHook(hook);
    return new StoreRun(store, hook);
  }

  /** One line on stderr: what was scanned and what was taken from the store unchanged. */
  public void summary(PrintWriter err) {
    err.println("foilint: results store " + store.describe() + ": " + hook.scanned() + " input(s) scanned and stored, "
        + hook.resumed() + " unchanged since an earlier run taken from the store");
    err.flush();
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
