package io.foilint.detect.failclosed;

import io.foilint.detect.About;
import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;

/**
 * Reported by the scan engine, not from content events: the file could not be fully read
 * (corrupt, truncated, unsupported, zip confusion, XML entity tricks). Fail closed.
 */
@Rule(
    id = "unreadable-file",
    about = About.INSPECTION,
    severity = Severity.BLOCK,
    summary = "The file could not be fully inspected, so it cannot be cleared for release",
    fix = "Open the file in the application that made it, check its content by hand, and save a"
        + " clean copy (ideally as CSV or PDF); then scan that copy")
public final class UnreadableFileDetector extends Detector {}
