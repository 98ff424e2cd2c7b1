package dev.fivewhys.session;

/** Whether an amount at risk is monthly or annual recurring revenue; the two are never added silently. */
public enum ImpactBasis {
    MRR,
    ARR
}
