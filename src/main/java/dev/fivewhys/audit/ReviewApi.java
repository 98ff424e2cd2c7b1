package dev.fivewhys.audit;

import java.net.URI;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.audit.AuditJson.ReviewWrite;
import dev.fivewhys.fix.Fix;
import dev.fivewhys.web.ApiProblem;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The API of audits and stability validations, the same for both: a body is the content's fields beside fixId (to
 * record) or version (to update), checked by {@link Reviews} as the pages are.
 */
abstract class ReviewApi<R extends FixReview, C extends ReviewContent<R>> {

    @Inject
    Reviews reviews;
    @Inject
    SecurityIdentity identity;

    /** Where the API keeps one of them, e.g. "/api/audits/". */
    abstract String path();

    /** The message paths as the JSON names its fields, where they differ from the content's. */
    UnaryOperator<String> jsonField() {
        return UnaryOperator.identity();
    }

    Response create(ReviewWrite<C> request, R review, Function<R, Object> read) {
        C content = content(request);
        Fix fix = request.fixId == null ? null : Fix.findById(request.fixId);
        if (fix == null) {
            throw new BadRequestException("fixId must name an existing fix");
        }
        FormErrors errors = FormErrors.none();
        reviews.record(fix, review, content, identity.getPrincipal().getName(), errors);
        refuse(errors);
        return Response.created(URI.create(path() + review.id)).entity(read.apply(review)).build();
    }

    R update(R review, ReviewWrite<C> request, String what) {
        C content = content(request);
        Forms.requireVersion(request.version, review.version, what);
        FormErrors errors = FormErrors.none();
        reviews.save(review, content, identity.getPrincipal().getName(), errors);
        refuse(errors);
        return review;
    }

    private C content(ReviewWrite<C> request) {
        if (request == null || request.content == null) {
            throw new BadRequestException("body: send the record as a JSON object");
        }
        return request.content;
    }

    private void refuse(FormErrors errors) {
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors.renamed(jsonField()));
        }
    }
}
