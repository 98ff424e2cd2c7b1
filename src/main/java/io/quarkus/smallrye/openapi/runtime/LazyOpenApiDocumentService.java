package io.quarkus.smallrye.openapi.runtime;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.jboss.logging.Logger;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;

/**
 * Prepares the API's description ({@code /q/openapi}) at its first request instead of while the app starts.
 * <p>
 * Quarkus 3.31 prepares it during start-up: it parses the document the build wrote
 * ({@code META-INF/quarkus-generated-openapi-doc.JSON}, 109 KB) into a model and writes it out again as JSON and as
 * YAML, although the app's only filter ({@code dev.fivewhys.web.ApiOnlyDescription}) runs at build time and the
 * document never changes: a sixth of the main thread's work until ready (quarkusio/quarkus#54826, fixed upstream by
 * quarkusio/quarkus#55538, which prepares it at the first request). This class does the same on 3.31: it takes the
 * extension's document service's place, notes what the start-up asks to prepare, and runs the extension's own
 * preparation, with the start-up's class loader, when a document is first asked for.
 * <p>
 * It lives in the extension's package because the method the start-up calls is package-private, so it only works where
 * the app and the extension share a class loader: the packaged app. Dev mode and {@code @QuarkusTest} load the app's
 * classes apart from the extension's (making the extension reloadable instead breaks its build steps), so there it is
 * off and the extension's own service prepares the document at start. {@code OpenApiPackagedIT}, which
 * {@code ./mvnw verify} runs against the packaged app, checks that this class prepared the document after the start
 * and that it answers in JSON and YAML. Remove it with the Quarkus upgrade that has #55538.
 */
// looked up by type at start and at each request, never injected: ArC would drop it as unused
@Unremovable
@IfBuildProfile("prod")
@Alternative
@Priority(1)
@ApplicationScoped
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    private static final Logger LOG = Logger.getLogger(LazyOpenApiDocumentService.class);

    private record Request(AutoSecurityFilter autoSecurityFilter, List<String> runtimeFilters, String documentName,
            ClassLoader classLoader) {
    }

    private final List<Request> pending = new ArrayList<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter, List<String> runtimeFilters,
            String documentName) {
        pending.add(new Request(autoSecurityFilter, runtimeFilters, documentName,
                Thread.currentThread().getContextClassLoader()));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        prepareNoted();
        return super.getDocument(documentName, format);
    }

    private synchronized void prepareNoted() {
        if (pending.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        try {
            for (Request request : pending) {
                thread.setContextClassLoader(request.classLoader());
                super.prepareDocument(request.autoSecurityFilter(), request.runtimeFilters(), request.documentName());
            }
        } finally {
            thread.setContextClassLoader(own);
        }
        pending.clear();
        LOG.infof("Prepared the API's description at its first request (%d ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
