package news.xuhui.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.xuhui.ingest.watch.InboxGauges;
import news.xuhui.ingest.watch.InboxWatcher;

@Path("/api/inbox")
@Tag(name = "inbox", description = "The inbox at a glance")
public class InboxResource {

    @Inject
    InboxWatcher watcher;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Files waiting, in flight and failed today",
            description = "waiting: page files in the inbox as of the watcher's last scan (every file-system event, "
                    + "at least every ingest.rescan-interval); inFlight: files this instance has taken and not yet "
                    + "brought to an outcome; failedToday: failure reports in failed/ since midnight, server time. "
                    + "All zero but failedToday when ingest.watch is false.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "401", description = "Reads need a login (ingest.security.read-requires-auth) and "
            + "none or a wrong one was given (problem+json)")
    public InboxGauges gauges() {
        return watcher.gauges();
    }
}
