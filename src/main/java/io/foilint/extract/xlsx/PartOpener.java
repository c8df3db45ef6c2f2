package io.foilint.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;

/** Opens a package part (again); the caller closes the stream. */
@FunctionalInterface
interface PartOpener {
  InputStream open() throws IOException;
}
