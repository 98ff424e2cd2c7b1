package dev.fivewhys.audit;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import dev.fivewhys.fix.Fix;
import dev.fivewhys.web.FormErrors;
import dev.fivewhys.web.Forms;
import dev.fivewhys.web.RowAction;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The pages that record and correct a review of a fix, the same for audits and stability validations: a row button
 * shows the form again, a stale edit is a conflict (409), what cannot be taken shows the form again with messages
 * (400), and a save goes back to the fix page. They are read on the fix page.
 */
abstract class ReviewPages<R extends FixReview, F extends ReviewForm<R>> {

    @Inject
    Forms forms;
    @Inject
    Reviews reviews;
    @Inject
    SecurityIdentity identity;

    abstract TemplateInstance page(F form, FormErrors errors, Fix fix, R editing);

    /** The id of the record on the fix page is this plus "-" and its id. */
    abstract String anchor();

    /** The flash message after recording one. */
    abstract String recorded(R review);

    /** "this audit", for the message of a stale edit. */
    abstract String what();

    TemplateInstance newPage(F form, Long fixId) {
        Fix fix = fix(fixId);
        form.fixId = fix.id;
        return page(form, FormErrors.none(), fix, null);
    }

    Response create(F form, R review) {
        Fix fix = fix(form.fixId);
        Optional<Response> rows = rowChange(form, fix, null);
        if (rows.isPresent()) {
            return rows.get();
        }
        FormErrors errors = FormErrors.none();
        if (reviews.record(fix, review, form.content(errors), identity.getPrincipal().getName(), errors) == null) {
            return Forms.invalid(page(form, form.placed(errors), fix, null));
        }
        return forms.redirect("/fixes/" + fix.id + "#" + anchor() + "-" + review.id, recorded(review));
    }

    Response update(R review, F form, String saved) {
        Optional<Response> rows = rowChange(form, review.fix, review);
        if (rows.isPresent()) {
            return rows.get();
        }
        FormErrors errors = FormErrors.none();
        if (Forms.staleEdit(form.version, review.version, what(), errors)) {
            form.version = review.version;
            return Forms.conflict(page(form, errors, review.fix, review));
        }
        reviews.save(review, form.content(errors), identity.getPrincipal().getName(), errors);
        if (!errors.isEmpty()) {
            return Forms.invalid(page(form, form.placed(errors), review.fix, review));
        }
        return forms.redirect("/fixes/" + review.fix.id + "#" + anchor() + "-" + review.id, saved);
    }

    /** A row button was pressed: the form again with the row added, removed or moved; nothing is saved. */
    private Optional<Response> rowChange(F form, Fix fix, R editing) {
        Optional<RowAction> rowAction = form.rowAction();
        rowAction.ifPresent(form::apply);
        return rowAction.map(a -> Forms.shown(page(form, FormErrors.none(), fix, editing)));
    }

    private static Fix fix(Long id) {
        Fix fix = id == null ? null : Fix.findById(id);
        if (fix == null) {
            throw new NotFoundException();
        }
        return fix;
    }
}
