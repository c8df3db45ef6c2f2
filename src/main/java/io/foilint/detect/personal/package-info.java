/**
 * Personal-data detection (issue 3), built in pieces: {@code columns} reads headers and profiles
 * columns in bounded memory; value recognizers and name dictionaries follow. Nothing here is wired
 * into the verdict yet.
 */
package io.foilint.detect.personal;
