package se.lup.clean;

public enum BlockType { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, TOC }
