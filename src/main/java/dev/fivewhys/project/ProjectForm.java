package dev.fivewhys.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

public class ProjectForm {

    @RestForm
    @NotBlank(message = "Give the project a name")
    @Size(max = 120, message = "At most 120 characters")
    public String name;

    @RestForm
    @NotBlank(message = "Give the project a short name for its address")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "Lower-case letters, digits and dashes, at most 60")
    public String slug;

    @RestForm
    @Pattern(regexp = "|[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}", message = "Write it as owner/name, e.g. netra-systems/netra-apex")
    public String githubRepository;

    @RestForm
    @Size(max = 500, message = "At most 500 characters")
    @Pattern(regexp = "[^<>\"]*", message = "Labels are separated by commas and cannot contain < > or \"")
    public String defaultLabels;

    @RestForm
    @Pattern(regexp = "|CRITICAL|HIGH|MEDIUM|LOW", message = "Choose a severity from the list")
    public String githubAutoSeverity;

    @RestForm
    public long version;

    public static ProjectForm from(Project project) {
        ProjectForm form = new ProjectForm();
        form.name = project.name;
        form.slug = project.slug;
        form.githubRepository = project.githubRepository;
        form.defaultLabels = project.defaultLabels;
        form.githubAutoSeverity = project.githubAutoSeverity == null ? "" : project.githubAutoSeverity.name();
        form.version = project.version;
        return form;
    }

    void applyTo(Project project) {
        project.name = name.trim();
        project.slug = slug.trim();
        project.githubRepository = githubRepository == null || githubRepository.isBlank() ? null : githubRepository.trim();
        project.githubAutoSeverity = githubAutoSeverity == null || githubAutoSeverity.isBlank() ? null
                : Severity.valueOf(githubAutoSeverity);
        project.defaultLabels = defaultLabels == null ? ""
                : String.join(", ",
                        java.util.Arrays.stream(defaultLabels.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }
}
