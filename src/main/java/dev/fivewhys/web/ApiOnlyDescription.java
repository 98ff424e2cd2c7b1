package dev.fivewhys.web;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The OpenAPI document (and Swagger UI) describes the JSON API only: the pages' form endpoints are no API a tool
 * should call, and listed beside it they hid it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiOnlyDescription implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.equals("/api") && !path.startsWith("/api/")).toList();
        pages.forEach(openAPI.getPaths()::removePathItem);
    }
}
