package dev.fivewhys.logbook;

/** Whether an amount at risk is monthly or annual recurring revenue. */
public enum RevenueBasis {
    MRR,
    ARR
}
