/**
 * DrawingML pieces shared by the Office readers that draw pictures with it (Word, sheets,
 * slides): {@link io.foilint.extract.drawing.DrawingCrop}, how a picture is cropped.
 */
package io.foilint.extract.drawing;
