package io.smartstore.support.apidocs;

import java.util.Map;

/**
 * What an app says of its API: the document's title and description, what its enrolled clients are (a kiosk, a store),
 * its default host and port, and its tags (by feature) with their descriptions.
 */
public record ApiDocsInfo(String title, String description, String clientName, String server, Map<String, String> tags) {

    public ApiDocsInfo {
        tags = Map.copyOf(tags);
    }
}
