package io.foilint.detect.personal.names;

/**
 * A person's name found inside free text by {@link NameShapes#find(String)}: {@code text} is
 * {@code freeText.substring(start, end)} (UTF-16 offsets, end exclusive), so it can be masked in
 * place or reported by position.
 */
public record NameMention(int start, int end, String text, NameShape shape, double confidence) {}
