package nl.ijw.gateway.run;

import org.apache.camel.builder.RouteBuilder;

/**
 * {@code DIR/inbox/} (subfolders too): a file is taken when it is complete, i.e. unchanged for
 * {@code folder.stable.ms} (a file renamed into the inbox is complete at once after that wait);
 * hidden files (a name starting with '.') are never taken, so write as {@code .name.tmp} and
 * rename. A file older than that is taken at once (readLockMinAge); a younger one is watched until
 * it has not changed for a check interval. The bean moves each file itself, to archive or rejected.
 */
final class FolderRoutes extends RouteBuilder {

    static final String ROUTE = "folder-in";

    @Override
    public void configure() {
        from("file:{{folder.inbox}}?recursive=true&noop=true&idempotent=false&readLock=changed"
                + "&readLockMinAge={{folder.stable.ms}}&readLockCheckInterval=100&readLockMinLength=0"
                + "&readLockTimeout=0&delay=200&sortBy=file:modified")
                .routeId(ROUTE)
                .to("bean:folderIntake?method=take");
    }
}
