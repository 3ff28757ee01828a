package se.lup.repair;

/**
 * Repairers shared by the repair tests of one JVM: loading the repair knowledge and building the spelling index takes
 * seconds, and every test class would otherwise pay it again. Built on first use; repairers are thread-safe.
 */
final class SharedRepairers {
    private SharedRepairers() {}

    /** With the settings in pipeline/repair/settings.json. */
    static SwedishOcrRepairer standard() {
        return Standard.INSTANCE;
    }

    /** Repairs every page whatever its garble score, to see what repair does to correct text. */
    static SwedishOcrRepairer alwaysRepair() {
        return AlwaysRepair.INSTANCE;
    }

    private static final class Standard {
        static final SwedishOcrRepairer INSTANCE = SwedishOcrRepairer.load();
    }

    private static final class AlwaysRepair {
        static final SwedishOcrRepairer INSTANCE = SwedishOcrRepairer.load(RepairSettings.load().withGarbleThreshold(-1));
    }
}
