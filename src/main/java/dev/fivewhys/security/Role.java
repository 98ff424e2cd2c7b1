package dev.fivewhys.security;

/** The three roles; the strings are what {@code @RolesAllowed} and the database hold. */
public final class Role {

    public static final String ADMIN = "admin";
    public static final String ENGINEER = "engineer";
    public static final String MANAGER = "manager";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, ENGINEER, MANAGER);

    private Role() {
    }

    public static boolean isValid(String role) {
        return role != null && ALL.contains(role);
    }
}
