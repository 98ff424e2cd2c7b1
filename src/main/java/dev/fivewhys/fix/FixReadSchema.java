package dev.fivewhys.fix;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A fix's JSON carries the fields of its {@link FixJson.Review} as its own. The review's type lives above fix, so the
 * generated schema cannot see them; this names the review's schema in the fix's.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FixReadSchema implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema read = openAPI.getComponents().getSchemas().get(FixJson.Read.SCHEMA);
        if (read != null) {
            read.addAllOf(OASFactory.createSchema().ref(FixJson.Review.SCHEMA));
        }
    }
}
