package dev.fivewhys.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every JAX-RS operation of the app, as "METHOD /path/{param}", read from its resource classes. */
final class JaxRsOperations {

    private JaxRsOperations() {
    }

    static Set<String> all() {
        Set<String> operations = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.fivewhys")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    operations.add(verb + " " + join(base, sub == null ? "" : sub.value()));
                }
            }
        }
        return operations;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
