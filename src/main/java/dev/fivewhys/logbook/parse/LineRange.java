package dev.fivewhys.logbook.parse;

/** "2352-2353" or a single line "88" (from == to). */
public record LineRange(int from, int to) {

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
