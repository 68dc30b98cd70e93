package news.xuhui.query.rest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the article stream, {@code GET /api/articles/stream} ({@code xuhui.stream.*}). */
@ConfigMapping(prefix = "xuhui.stream")
public interface StreamConfig {

    /**
     * How often an idle stream sends a comment, so that proxies and load balancers do not close it as idle and a
     * follower can tell a quiet archive from a dead connection.
     */
    @WithDefault("15s")
    Duration heartbeat();

    /**
     * Database reads of all followers at once, at most: a crowd of followers (all reconnecting after a restart, or
     * replaying the archive from 0) must not take the connections the consumer and the searches need (the pool has
     * {@code quarkus.datasource.jdbc.max-size}).
     */
    @WithDefault("4")
    int maxConcurrentReads();
}
