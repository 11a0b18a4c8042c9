package dev.artificer.component.testsupport.services;

import java.net.URI;

/**
 * Where a test's Redis server is: host, port and the database index the test may use freely.
 *
 * @param host     host name or address
 * @param port     TCP port
 * @param database database index (0-15 on a default server)
 */
public record RedisEndpoint(String host, int port, int database) {

    /**
     * Reads an endpoint from a URL such as {@code redis://127.0.0.1:6379/15}.
     *
     * @param url the URL; the path, when present, is the database index
     * @return the endpoint
     * @throws IllegalArgumentException when the URL is not a redis URL with host and port
     */
    public static RedisEndpoint parse(String url) {
        URI uri = URI.create(url.strip());
        if (!"redis".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("not a redis://host:port[/db] URL: " + url);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        int database = path.isEmpty() ? 0 : Integer.parseInt(path);
        return new RedisEndpoint(uri.getHost(), uri.getPort(), database);
    }
}
