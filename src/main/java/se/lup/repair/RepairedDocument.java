package se.lup.repair;

import se.lup.clean.CleanDocument;

public record RepairedDocument(CleanDocument document, RepairReport report) {}
