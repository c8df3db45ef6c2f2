package io.foilint.detect.failclosed;

import io.foilint.detect.About;
import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;

/**
 * Reported by the scan engine, not from content: something about a path needs a person's eye. A
 * zip entry whose name climbs out of the folder it is unpacked into (zip-slip: {@code ../x},
 * {@code /etc/x}, {@code C:\x}) is scanned like any other entry and noted; a FIFO, device or
 * socket is never opened; a link leading outside the folder scanned, or nowhere, is not followed.
 * A second path to a file already scanned is noted at INFO.
 */
@Rule(
    id = "unusual-path",
    about = About.INSPECTION,
    severity = Severity.REVIEW,
    summary = "A path needs checking: a zip entry name that escapes its folder, a special file or a"
        + " link that was not followed",
    fix = "For a zip entry named outside its folder, rebuild the bundle from the files meant for"
        + " release; for a special file or a link, check what it stands for and scan the real file"
        + " on its own")
public final class UnusualPathDetector extends Detector {}
