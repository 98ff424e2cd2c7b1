package dev.fivewhys.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
@Table(name = "app_user")
public class User extends PanacheEntity {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    public static final String PASSWORD_RULE = "At least 10 characters (and at most 200)";

    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    public String role;
    public boolean active = true;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static Optional<User> findActiveByUsername(String username) {
        return find("username = ?1 and active = true", username).firstResultOptional();
    }

    public static List<User> listByUsername() {
        return list("order by username");
    }

    public static User create(String username, PasswordHash password, String role, Instant now) {
        User user = new User();
        user.username = username;
        user.setPassword(password);
        user.role = role;
        user.createdAt = now;
        user.persist();
        return user;
    }

    public void setPassword(PasswordHash password) {
        passwordHash = password.value();
    }

    public boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }
}
