package dev.fivewhys.web;

import java.io.IOException;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * A JSON body that says nothing ({@code null}, or no body at all) is refused with a 400 that says so, before any
 * endpoint sees it: the endpoints take their body as an object to read fields from.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    static final String MISSING = "The request needs a JSON object as its body";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            throw new BadRequestException(MISSING + ", not null or nothing");
        }
        return body;
    }
}
