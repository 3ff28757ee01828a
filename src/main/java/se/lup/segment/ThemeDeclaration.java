package se.lup.segment;

/** "arbetar utifrån tre prioriterade teman": how many themes a district declares, and the text after the declaration. */
public record ThemeDeclaration(int count, String rest) {}
