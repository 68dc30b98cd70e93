package news.xuhui.ingest.watch;

import java.nio.file.Files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.PageLedger;

/** Ready when the inbox is usable and the page ledger has read the broker's ledger to its end. */
@Readiness
@ApplicationScoped
public class InboxHealthCheck implements HealthCheck {

    @Inject
    IngestConfig config;

    @Inject
    PageLedger ledger;

    @Override
    public HealthCheckResponse call() {
        boolean inbox = !config.watch() || (Files.isDirectory(config.inbox()) && Files.isWritable(config.inbox()));
        boolean ledgerReady = ledger.isCaughtUp();
        return HealthCheckResponse.named("inbox")
                .status(inbox && ledgerReady)
                .withData("inbox", config.inbox().toAbsolutePath().toString())
                .withData("inboxWritable", inbox)
                .withData("pageLedgerCaughtUp", ledgerReady)
                .build();
    }
}
