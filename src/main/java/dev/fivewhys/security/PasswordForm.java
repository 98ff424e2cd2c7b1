package dev.fivewhys.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** Changing your own password: the current one proves it is you, the new one twice guards against a typo. */
public class PasswordForm {

    @RestForm
    @NotBlank(message = "Type your current password")
    public String currentPassword;

    @RestForm
    @NotBlank(message = "Choose a new password")
    @Size(min = User.MIN_PASSWORD, max = User.MAX_PASSWORD, message = User.PASSWORD_RULE)
    public String newPassword;

    @RestForm
    public String repeatPassword;
}
