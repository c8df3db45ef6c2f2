package io.foilint.detect.failclosed;

import io.foilint.detect.About;
import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;

/**
 * Reported by the scan engine: the file is over a size, zip-entry, inflation or time limit.
 * Fail closed: a file too big to inspect is not cleared.
 */
@Rule(
    id = "limit-exceeded",
    about = About.INSPECTION,
    severity = Severity.BLOCK,
    summary = "The file is over a size, compression or time limit and was not fully inspected",
    fix = "Check why the file is so large (hidden rows, caches, embedded files); split it or export"
        + " only the data meant for release, then scan again")
public final class LimitExceededDetector extends Detector {}
