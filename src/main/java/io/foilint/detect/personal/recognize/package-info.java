/**
 * Value recognizers for personal data in UK public-sector tables: identifiers
 * ({@link io.foilint.detect.personal.recognize.Recognizers}), police ranks and staff grades
 * ({@link io.foilint.detect.personal.recognize.PoliceRanks}) and dates of birth
 * ({@link io.foilint.detect.personal.recognize.DatesOfBirth}).
 *
 * <p>A building block for column classification and free-text detection: it judges single values
 * and spans of text, never columns or tables, and keeps no state. Each class states the rules it
 * applies and where they come from. Matching is ASCII and locale-free, and cheap tests run before
 * anything allocates.
 */
package io.foilint.detect.personal.recognize;
