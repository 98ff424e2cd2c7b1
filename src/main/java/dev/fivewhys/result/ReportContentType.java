package dev.fivewhys.result;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A report is taken only as the body itself, typed application/xml or text/xml (with parameters or not). Anything else
 * is answered 415 here, after the caller's role is checked and before the body is read: a form or a multipart upload
 * (what {@code curl -d} and {@code curl -F} send) would otherwise be read and parsed as a form first, and one that
 * does not parse answered 400 as if the report were broken.
 */
@Provider
@XmlReportBody
@Priority(Priorities.HEADER_DECORATOR)
public class ReportContentType implements ContainerRequestFilter {

    static final String TAKEN = "Send the report itself as the body, with Content-Type application/xml or text/xml";
    static final String NOT_A_FORM = ": a form or a file field is not read (curl: --data-binary @junit.xml "
            + "-H 'Content-Type: application/xml', not -F or -d)";

    @Override
    public void filter(ContainerRequestContext request) {
        String sent = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        MediaType type = parse(sent);
        if (type != null && isXml(type)) {
            return;
        }
        String message = TAKEN;
        if (type != null && isForm(type)) {
            message += NOT_A_FORM;
        } else if (sent != null && !sent.isBlank()) {
            message += ", not " + (type == null ? sent.strip() : type.getType() + "/" + type.getSubtype());
        }
        throw new ClientErrorException(message + ". Nothing was stored.", 415);
    }

    private static MediaType parse(String contentType) {
        try {
            return contentType == null || contentType.isBlank() ? null : MediaType.valueOf(contentType.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isXml(MediaType type) {
        return type.getSubtype().equalsIgnoreCase("xml")
                && (type.getType().equalsIgnoreCase("application") || type.getType().equalsIgnoreCase("text"));
    }

    private static boolean isForm(MediaType type) {
        return type.getType().equalsIgnoreCase("multipart") || (type.getType().equalsIgnoreCase("application")
                && type.getSubtype().equalsIgnoreCase("x-www-form-urlencoded"));
    }
}
