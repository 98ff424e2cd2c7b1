package dev.fivewhys.logbook;

/** "LOW RISK", "MEDIUM RISK", "HIGH RISK". */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
