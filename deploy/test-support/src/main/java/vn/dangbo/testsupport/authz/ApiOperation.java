package vn.dangbo.testsupport.authz;

import java.util.List;
import java.util.Map;

/**
 * One operation of an OpenAPI document.
 *
 * @param pathParameters     the names in the path template, in order
 * @param requiredQuery      the required query parameters: name → schema type or format (uuid, date, string...)
 * @param requestMediaTypes  the media types of the request body, empty when it takes none
 * @param successStatuses    the 2xx statuses the document declares
 */
public record ApiOperation(String method, String path, String operationId, List<String> pathParameters,
        Map<String, String> requiredQuery, List<String> requestMediaTypes, List<Integer> successStatuses) {

    /** "GET /organisations/{id}": the key of the policy's and the fixture's tables. */
    public String key() {
        return method + " " + path;
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** The success status to expect when the document declares exactly one, else 200 for reads and 2xx otherwise. */
    public int declaredSuccess() {
        if (successStatuses.size() == 1) {
            return successStatuses.get(0);
        }
        if (successStatuses.contains(200)) {
            return 200;
        }
        return successStatuses.isEmpty() ? 200 : successStatuses.get(0);
    }
}
