package dev.artificer.component.testsupport.services;

/**
 * Where a test's InfluxDB 2 server is and how to use it; the token is never printed.
 *
 * @param url    base URL, e.g. {@code http://127.0.0.1:8086}
 * @param token  an API token that may write and read the bucket
 * @param org    organisation
 * @param bucket a bucket the test may write to freely
 */
public record InfluxEndpoint(String url, String token, String org, String bucket) {

    @Override
    public String toString() {
        return "InfluxEndpoint[url=" + url + ", token=****, org=" + org + ", bucket=" + bucket + "]";
    }
}
