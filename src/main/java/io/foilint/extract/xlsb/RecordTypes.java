package io.foilint.extract.xlsb;

/** Record type numbers from [MS-XLSB] section 2.3, only those foilint reads. */
final class RecordTypes {

  private RecordTypes() {}

  // sheet cells
  static final int ROW_HDR = 0;
  static final int CELL_BLANK = 1;
  static final int CELL_RK = 2;
  static final int CELL_ERROR = 3;
  static final int CELL_BOOL = 4;
  static final int CELL_REAL = 5;
  static final int CELL_ST = 6;
  static final int CELL_ISST = 7;
  static final int FMLA_STRING = 8;
  static final int FMLA_NUM = 9;
  static final int FMLA_BOOL = 10;
  static final int FMLA_ERROR = 11;
  static final int CELL_RSTRING = 62;
  static final int COL_INFO = 60;
  static final int BEGIN_SHEET_DATA = 145;
  static final int END_SHEET_DATA = 146;
  static final int WS_FMT_INFO = 485;
  static final int BEGIN_AFILTER = 161;
  static final int BEGIN_HEADER_FOOTER = 479;

  // shared strings
  static final int SST_ITEM = 19;

  // workbook
  static final int NAME = 39;
  static final int BUNDLE_SH = 156;
  static final int SUP_BOOK_SRC = 355;
  static final int SUP_SELF = 357;
  static final int SUP_SAME = 358;
  static final int EXTERN_SHEET = 362;
  static final int SUP_ADDIN = 667;
  static final int ABS_PATH_15 = 2071;

  // styles
  static final int FONT = 43;
  static final int FMT = 44;
  static final int FILL = 45;
  static final int XF = 47;
  static final int BEGIN_CELL_XFS = 617;
  static final int END_CELL_XFS = 618;

  // comments
  static final int COMMENT_AUTHOR = 632;
  static final int BEGIN_COMMENT = 635;
  static final int END_COMMENT = 636;
  static final int COMMENT_TEXT = 637;

  // pivot caches
  static final int PCDI_MISSING = 20;
  static final int PCDI_DATETIME = 25;
  static final int PCDI_STRING = 24;
  static final int PCDIA_STRING = 31;
  static final int PCR_RECORD = 33;
  static final int PCR_RECORD_DT = 34;
}
