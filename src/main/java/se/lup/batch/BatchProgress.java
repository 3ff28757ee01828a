package se.lup.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Tells the user how far an ingest run is: a progress bar with ETA on a terminal, plain log lines otherwise. */
public interface BatchProgress extends AutoCloseable {
    void started(int documents);

    void finished(DocumentReport report);

    @Override
    void close();

    /** The bar when a person is watching a terminal, log lines when output goes to a file or another program. */
    static BatchProgress forConsole(PrintStream err) {
        return System.console() != null ? new Bar() : new LogLines(err);
    }

    final class Bar implements BatchProgress {
        private ProgressBar bar;

        @Override
        public void started(int documents) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(documents)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().build();
        }

        @Override
        public synchronized void finished(DocumentReport report) {
            bar.setExtraMessage(report.documentId());
            bar.step();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    final class LogLines implements BatchProgress {
        private final PrintStream out;
        private int total;
        private int done;

        public LogLines(PrintStream out) {
            this.out = out;
        }

        @Override
        public void started(int documents) {
            total = documents;
            out.println("ingest: " + documents + " documents");
        }

        @Override
        public synchronized void finished(DocumentReport report) {
            done++;
            out.printf(java.util.Locale.ROOT, "ingest: [%d/%d] %s %s (%.1f s)%n", done, total, report.status().id(),
                    report.file(), report.seconds());
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
