package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Active content in a PDF: scripts, actions that start programs or send the form somewhere,
 * and links. Scripts, launches and submissions are REVIEW (they can change what a reader sees,
 * reach out to a server or hold text of their own); links to web addresses and other files are
 * INFO, as published documents link to web sites all the time, but the list is given (masked)
 * so an internal address or an e-mail link can be spotted.
 */
@Rule(
    id = "pdf-actions",
    severity = Severity.REVIEW,
    summary = "The PDF runs scripts or actions, or links out to addresses and files",
    fix = "Remove the scripts and actions (Acrobat: Redact > Remove Hidden Information, or Print"
        + " to PDF a fresh copy), or check each one is meant to be published; then scan again")
public final class PdfActionsDetector extends Detector {

  /** Actions that run code, start programs or send data. */
  static final Set<String> ACTIVE =
      Set.of("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToE", "RichMediaExecute",
          "Rendition", "Movie", "Sound", "SetOCGState", "Hide");

  private static final class Actions {
    Location firstActive;
    long active;
    final List<String> triggers = new ArrayList<>();
    final List<String> activeTargets = new ArrayList<>();
    Location firstLink;
    long links;
    long mailLinks;
    final List<String> linkTargets = new ArrayList<>();
  }

  private final Map<String, Actions> files = new LinkedHashMap<>();

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.PDF_ACTION) {
      return;
    }
    Actions a = files.computeIfAbsent(fact.location().container(), k -> new Actions());
    String type = fact.value();
    String target = fact.get(FactAttr.TARGET);
    if (ACTIVE.contains(type)) {
      if (a.firstActive == null) {
        a.firstActive = fact.location();
      }
      a.active++;
      String what = describe(type, fact) + " (" + fact.name() + ")";
      PdfWords.addUpTo(a.triggers, what, 5);
      if (!target.isBlank()) {
        PdfWords.addUpTo(a.activeTargets, Evidence.mask(target), 3);
      }
    } else if (!target.isBlank()) {
      if (a.firstLink == null) {
        a.firstLink = fact.location();
      }
      a.links++;
      if (target.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
        a.mailLinks++;
      }
      PdfWords.addUpTo(a.linkTargets, shown(target), 3);
    }
  }

  /**
   * A web address as its site in clear (sites are not personal, and an internal host is what the
   * officer needs to spot) with the rest masked; anything else (e-mail, file) masked whole.
   */
  static String shown(String target) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)^(https?|ftp)://([^/?#@\\s]+)(.*)$").matcher(target.strip());
    if (m.matches()) {
      String rest = m.group(3);
      return m.group(1).toLowerCase(Locale.ROOT) + "://" + m.group(2)
          + (rest.isEmpty() || rest.equals("/") ? "" : Evidence.mask(rest));
    }
    return Evidence.mask(target);
  }

  private static String describe(String type, Fact fact) {
    return switch (type) {
      case "JavaScript" -> "a script" + (fact.get(FactAttr.SCRIPT_BYTES) > 0
          ? " of " + PdfWords.count(fact.get(FactAttr.SCRIPT_BYTES), "byte") : "");
      case "Launch" -> "an action that starts a program or opens a file";
      case "SubmitForm" -> "an action that sends the form to an address";
      case "ImportData" -> "an action that loads form data from a file";
      case "GoToE" -> "a jump into an attached file";
      case "SetOCGState" -> "an action that switches layers on or off";
      case "Hide" -> "an action that shows or hides fields";
      default -> "a " + type + " action";
    };
  }

  @Override
  public void finish() {
    for (Actions a : files.values()) {
      if (a.active > 0) {
        report(Severity.REVIEW, a.firstActive,
            "The PDF has " + PdfWords.count(a.active, "script or action", "scripts or actions")
                + (a.active == 1 ? " that runs by itself" : " that run by themselves")
                + " or on a click: " + PdfWords.listWithMore(a.triggers, a.active)
                + " — scripts can hold text, change what is shown or contact a server",
            a.activeTargets.isEmpty() ? "" : "targets: " + String.join("; ", a.activeTargets));
      }
      if (a.links > 0) {
        report(Severity.INFO, a.firstLink,
            "The PDF links to " + PdfWords.count(a.links, "address or file", "addresses or files")
                + (a.mailLinks > 0 ? " (" + PdfWords.count(a.mailLinks, "e-mail link") + ")" : "")
                + " — check none points to an internal system or a person",
            "e.g. " + String.join("; ", a.linkTargets));
      }
    }
  }
}
